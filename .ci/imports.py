"""Print the import graph of smolworld/ (every import, at any depth: lazy imports inside functions count) and exit 1
if it has a circle. A module importing itself (a pool worker looking itself up by name) is not a circle."""
import ast, sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / 'smolworld'

def imports(path: Path) -> set:
    "The smolworld modules `path` imports."
    out = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ''
            if node.level == 1: names = [mod] if mod else [a.name for a in node.names]   # from .x import / from . import x
            elif mod == 'smolworld': names = [a.name for a in node.names]
            elif mod.startswith('smolworld.'): names = [mod.split('.')[1]]
            else: continue
        elif isinstance(node, ast.Import): names = [a.name.split('.')[1] for a in node.names if a.name.startswith('smolworld.')]
        else: continue
        out |= {n.split('.')[0] for n in names if (PKG / f'{n.split(".")[0]}.py').exists()}
    return out - {path.stem}

def circles(graph: dict) -> list:
    "Strongly connected components of more than one module (Tarjan)."
    index, low, stack, on, out, n = {}, {}, [], set(), [], [0]
    def visit(v):
        index[v] = low[v] = n[0]; n[0] += 1; stack.append(v); on.add(v)
        for w in graph[v]:
            if w not in index: visit(w); low[v] = min(low[v], low[w])
            elif w in on: low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            if len(comp) > 1: out.append(sorted(comp))
    for v in sorted(graph):
        if v not in index: visit(v)
    return out

if __name__ == '__main__':
    graph = {p.stem: imports(p) for p in sorted(PKG.glob('*.py')) if p.stem not in ('__init__', '_modidx')}
    for m, deps in graph.items(): print(f"{m:18s} -> {', '.join(sorted(deps)) or '-'}")
    bad = circles(graph)
    for c in bad: print(f"imports: circle among {', '.join(c)}")
    print(f"imports: {len(graph)} modules, {sum(map(len, graph.values()))} imports, {len(bad)} circles")
    sys.exit(1 if bad else 0)
