"""The PyInstaller bundle (build.spec): built from the working tree, then started like a clinic would.

Built afresh for every run, into a temporary folder (about a minute): a cached build could hide a
file that a change forgot to add to the spec, and correctness is the point of this test. The
checks run the frozen `klinik` only, so a file, font, migration or hidden import missing from the
bundle fails here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from klinik_app import __version__
from klinik_app.db.migrate import head_revision
from tests.conftest import CLINIC_HSA_ID

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ADMIN = "SE2321000222-A0001"
BUILD_TIMEOUT = 1800  # a safety net only: the build takes a minute or two


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """dist/klinik of a fresh build; the executable is dist/klinik/klinik."""
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=BUILD_TIMEOUT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    return out / "dist" / "klinik"


def klinik(bundle: Path, *args: str) -> subprocess.CompletedProcess:
    # The user folders come from tests/conftest.py (a temporary folder per test); offscreen Qt.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KLINIK_DB", None)
    return subprocess.run([str(bundle / "klinik"), *args], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=300)


def test_the_bundle_reports_its_version(bundle):
    result = klinik(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"klinik {__version__}"


def test_the_bundle_opens_the_main_window_on_a_fresh_database_it_migrates(bundle):
    result = klinik(bundle, "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (f"Röktestet gick bra: en ny databas skapades (schemaversion {head_revision()}) "
                                     "med 20 demopatienter och huvudfönstret visades.")
    assert "Traceback" not in result.stderr


def test_the_bundle_makes_demo_data_writes_letters_in_the_embedded_font_and_an_archive_in_workers(bundle, tmp_path):
    db, pdf, password = str(tmp_path / "klinik.sqlite"), tmp_path / "kallelser.pdf", tmp_path / "losen.txt"
    password.write_text("Testbyns-arkiv-2026", encoding="utf-8")
    steps = [
        ("init", "--clinic-hsa-id", CLINIC_HSA_ID, "--clinic-name", "Tandkliniken Testbyn",  # migrations, rule set
         "--admin-hsa-id", ADMIN, "--admin-name", "Ada Admin", "--admin-password-file", str(password)),
        ("demo", "--patients", "60"),  # the demo name lists
        ("letters", "recall", "--from", "2026-12-01", "--to", "2026-12-31", "--out", str(pdf)),  # fonts
        # The archive's worker processes: the frozen executable started again (freeze_support).
        ("--user", ADMIN, "archive", "export", "--out", str(tmp_path / "arkiv"), "--workers", "2"),
    ]
    for step in steps:
        result = klinik(bundle, "--db", db, "--today", "2026-11-22", *step)
        assert result.returncode == 0, (step, result.stderr)
    assert (tmp_path / "arkiv" / "fhir" / "Patient" / "001.ndjson").is_file()
    content = pdf.read_bytes()
    assert content.startswith(b"%PDF") and b"DejaVuSans" in content and b"/FontFile2" in content


def test_the_bundle_carries_qt_translations_in_swedish_and_english_only(bundle):
    names = {path.name for path in bundle.rglob("*.qm")}
    assert "qtbase_sv.qm" in names
    assert all(name.endswith(("_sv.qm", "_en.qm")) for name in names), sorted(names)
