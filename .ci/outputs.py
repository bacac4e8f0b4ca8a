"CI: every notebook is committed executed: at least one of the code cells it runs in tests has outputs (issue 20)."
import json, sys
from pathlib import Path

def skipped(src: str) -> bool:
    "A cell `nbdev_test` does not run, so a commit cannot show its output without a real run."
    head = [l.replace(' ', '') for l in src.splitlines()[:5]]
    return any(l in ('#|slow', '#|eval:false') for l in head)

bad = []
for p in sorted(Path(sys.argv[1] if len(sys.argv) > 1 else 'nbs').glob('*.ipynb')):
    if p.name.startswith(('_', '.')): continue
    cells = [c for c in json.loads(p.read_text())['cells'] if c['cell_type'] == 'code' and not skipped(''.join(c['source']))]
    if cells and not any(c.get('outputs') for c in cells): bad.append(p.name)
if bad:
    print(f"CI: committed without any output: {', '.join(bad)}: execute them (slow cells skipped) and commit with outputs")
    sys.exit(1)
print("CI: every notebook shows outputs")
