"""The desktop application never imports the reference service (design.md "Shape")."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_klinik_app_does_not_import_regional_service():
    offenders = []
    for path in (ROOT / "klinik_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] == "regional_service"]
    assert offenders == []


def test_regional_service_uses_only_the_pure_domain_of_klinik_app():
    """The region shares the rules (klinik_app.domain), never the clinic's database, services or UI."""
    used = set()
    for path in (ROOT / "regional_service").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("klinik_app"):
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used |= {a.name for a in node.names if a.name.startswith("klinik_app")}
    assert used and all(name.startswith("klinik_app.domain.") for name in used), used
