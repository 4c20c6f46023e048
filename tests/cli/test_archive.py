"""`klinik archive export|import` (R-SE-4, rulebook L780): the round trip from the command line,
its refusals and exit codes."""

from __future__ import annotations

import pytest

from klinik_app.cli import FILE_OR_DB, OK, USAGE, main
from klinik_app.domain.permissions import HEAD_OF_CLINIC
from tests.factories import add_patient, add_staff, pnr

HEAD = "SE2321000222-V0003"


@pytest.fixture
def clinic(ctx):
    from datetime import date

    add_staff(ctx, HEAD, "Vera Chef", HEAD_OF_CLINIC)
    add_patient(ctx, pnr(date(2015, 3, 10), 234), "Ella", "Lind", guardians=["Anna Lind"], listing="val")


def run(*args, capsys):
    code = main(list(args))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.strip().splitlines()[-1]


def test_archive_cli_exports_and_imports_into_a_new_database(db_path, clinic, tmp_path, capsys):
    folder = tmp_path / "arkiv"
    code, last = run("--db", str(db_path), "--user", HEAD, "archive", "export", "--out", str(folder), capsys=capsys)
    assert code == OK and last.startswith(f"Klinikarkivet är skrivet till {folder}")
    new = tmp_path / "ny.sqlite"
    code, last = run("--db", str(new), "archive", "import", str(folder), capsys=capsys)
    assert code == OK and last.startswith("Klinikarkivet är inläst:")
    code, _ = run("--db", str(new), "audit", "verify", capsys=capsys)
    assert code == OK


def test_archive_cli_refuses_export_without_user_and_import_into_a_database_with_data(db_path, clinic, tmp_path,
                                                                                       capsys):
    folder = tmp_path / "arkiv"
    code, last = run("--db", str(db_path), "archive", "export", "--out", str(folder), capsys=capsys)
    assert code == USAGE and "--user" in last
    run("--db", str(db_path), "--user", HEAD, "archive", "export", "--out", str(folder), capsys=capsys)
    code, last = run("--db", str(db_path), "archive", "import", str(folder), capsys=capsys)
    assert code == FILE_OR_DB and "ny, tom databas" in last


def test_archive_export_by_worker_processes_from_the_installed_command(db_path, clinic, tmp_path):
    """`python -m klinik_app` as the window and the command start: the spawned workers import the
    main module again, which must not start another `klinik`."""
    import json
    import os
    import subprocess
    import sys

    folder = tmp_path / "arkiv"
    env = {**os.environ, "KLINIK_DATA_DIR": str(tmp_path / "data"), "KLINIK_LOG_DIR": str(tmp_path / "logs")}
    result = subprocess.run([sys.executable, "-m", "klinik_app", "--db", str(db_path), "--user", HEAD, "archive",
                             "export", "--out", str(folder), "--workers", "2"], capture_output=True, text=True,
                            env=env, stdin=subprocess.DEVNULL, timeout=300)
    assert result.returncode == OK, result.stderr
    assert "100 %" in result.stderr and "Traceback" not in result.stderr
    files = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert "fhir/Patient/001.ndjson" in files and "tabeller/patient.ndjson" in files
