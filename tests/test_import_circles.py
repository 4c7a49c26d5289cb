"""No import circles between mtaudit's modules: every import counts, at the top
of a module or inside a function (hiding one in a function does not untangle
it). A package's own __init__ is left out: any submodule's import runs it."""
from __future__ import annotations

import ast

from conftest import ROOT


def _import_graph() -> dict[str, set[str]]:
    files = {}
    for p in (ROOT / "mtaudit").rglob("*.py"):
        parts = list(p.relative_to(ROOT).with_suffix("").parts)
        files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = p
    graph: dict[str, set[str]] = {m: set() for m in files}
    for mod, path in files.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join(up + ([node.module] if node.module else []))
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names]
            else:
                continue
            for t in targets:
                while t and t not in files:
                    t = t.rpartition(".")[0]
                if t and t != mod and files[t].name != "__init__.py":
                    graph[mod].add(t)
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_circles_between_modules():
    assert _circles(_import_graph()) == []


def test_the_scan_sees_a_circle_and_imports_inside_functions():
    graph = _import_graph()
    assert "mtaudit.transcription" in graph["mtaudit.names"]
    assert "mtaudit.names" in graph["mtaudit.names_translit"]
    assert "mtaudit.distributed" in graph["mtaudit.pipeline"]     # imported inside audit()
    graph["mtaudit.transcription"].add("mtaudit.names")        # a circle made on purpose
    assert ["mtaudit.gazetteer", "mtaudit.names", "mtaudit.transcription"] in _circles(graph)
