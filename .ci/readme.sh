#!/usr/bin/env bash
# Writes README.md from nbs/index.ipynb (nbdev_readme needs quarto; nbconvert does the same job here).
# Usage: bash .ci/readme.sh [OUT_DIR]   (default: the project root)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.}
jupyter nbconvert --to markdown nbs/index.ipynb --output-dir "$out" --output README \
  --RegexRemovePreprocessor.patterns="['^#\\| ?hide']" --log-level=WARN
# nbdev directives (#| ...) are for the notebook, not the reader
sed -i '/^#| /d' "$out/README.md"
