"""A module's constants stand above the functions and classes that read them, so a reader meets a
word list or a threshold before the code using it. Needs no ../shared."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "exporter"


def _constant(name: str) -> bool:
    """An upper-case module-level name (``QUARTER_DAYS``, ``_COUNT``)."""
    bare = name.lstrip("_")
    return bool(bare) and bare[0].isalpha() and bare.upper() == bare


def _read_above(path: Path) -> list[str]:
    """The constants of ``path`` assigned below a top-level function or class that reads them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assigned: dict[str, int] = {}
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                for n in ast.walk(target):
                    if isinstance(n, ast.Name) and _constant(n.id):
                        assigned.setdefault(n.id, node.lineno)
    out = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for name in sorted({n.id for n in ast.walk(node) if isinstance(n, ast.Name)}):
                if assigned.get(name, 0) > node.lineno:
                    out.append(f"{path.relative_to(PACKAGE)}:{assigned[name]} {name} (read by {node.name})")
    return out


def test_no_constant_is_defined_below_a_function_reading_it() -> None:
    assert [line for path in sorted(PACKAGE.rglob("*.py")) for line in _read_above(path)] == []
