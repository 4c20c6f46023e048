"""design.md: the domain imports no Qt or SQL; only klinik_app.ui imports PySide6 (import-linter)."""

import subprocess
import sys
from pathlib import Path


def test_layering_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run([str(lint)], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout
