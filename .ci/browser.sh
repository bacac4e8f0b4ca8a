#!/usr/bin/env bash
# The live player in a real browser (nbs/11b_browser.ipynb, `browser_checks`): smolworld_play's page and JupyterLab on
# 127.0.0.1 with tiny random checkpoints, W held for 2 s in headless Chromium. Installs Debian's chromium and
# chromium-driver where they are missing (Selenium drives them; no browser download). Screenshots go to $1 if given.
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS=0
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
    || { echo "browser: could not install chromium and chromium-driver with apt-get"; exit 1; }
  echo "browser: installed chromium in ${SECONDS}s"
fi
python -c 'import selenium' 2>/dev/null || pip install -q selenium || { echo "browser: could not install selenium"; exit 1; }
shots=${1:-}
python - "$shots" <<'PY' || { echo "browser: FAILED after ${SECONDS}s"; exit 1; }
import sys
from smolworld.browser import browser_checks
browser_checks(shots=sys.argv[1] or None, timeout=300)
PY
echo "browser: passed in ${SECONDS}s"
