"""`vp_desktop.reports` turns report data into bytes: it reads no vault and calls no use case."""

from __future__ import annotations

import ast
from pathlib import Path

import vp_desktop.reports

# Owned by professional development, which still reads its activities itself.
_NOT_YET_PURE = {"development.py"}


def test_reports_import_neither_services_nor_store() -> None:
    folder = Path(vp_desktop.reports.__file__).parent
    offenders = []
    for path in sorted(folder.glob("*.py")):
        if path.name in _NOT_YET_PURE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            offenders += [f"{path.name}: {n}" for n in names
                          if n.startswith(("vp_desktop.services", "vp_desktop.store"))]  # fmt: skip
    assert offenders == []


def test_the_disclosure_solver_is_pure() -> None:
    folder = Path(vp_desktop.reports.__file__).parents[1] / "domain" / "disclosure"
    for path in folder.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "vp_desktop.services" not in source and "vp_desktop.store" not in source
        assert "sqlalchemy" not in source
