"""The `klinik` command as a user meets it: Swedish help and errors, exit codes, init and demo."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from klinik_app.cli import main
from klinik_app.logs import redact
from tests.conftest import CLINIC_HSA_ID
from tests.sql import run_sql

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def klinik(*args: str, env_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KLINIK_DATA_DIR": str(env_dir / "data"), "KLINIK_LOG_DIR": str(env_dir / "logs")}
    return subprocess.run([sys.executable, "-m", "klinik_app", *args], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=120)


def test_help_is_swedish(tmp_path):
    result = klinik("--help", env_dir=tmp_path)
    assert result.returncode == 0
    assert "användning:" in result.stdout and "flaggor" in result.stdout


def test_wrong_use_exits_64_with_a_swedish_message(tmp_path):
    result = klinik("--db", str(tmp_path / "k.sqlite"), "import", "patients", env_dir=tmp_path)
    assert result.returncode == 64
    assert "fel:" in result.stderr and "Traceback" not in result.stderr
    assert klinik("--today", "2026-02-30", "init", env_dir=tmp_path).returncode == 64


def test_a_file_that_is_not_a_database_gives_one_swedish_line_and_exit_1(tmp_path):
    bad = tmp_path / "trasig.sqlite"
    bad.write_bytes(b"this is not a database at all, just text" * 100)
    result = klinik("--db", str(bad), "init", "--clinic-hsa-id", CLINIC_HSA_ID, "--clinic-name", "Test", env_dir=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "skadad" in result.stderr
    assert bad.read_bytes().startswith(b"this is not a database")  # nothing was written over it


def test_init_sets_the_clinic_and_refuses_another_clinic_on_the_same_database(db_path, capsys):
    db = str(db_path)
    assert main(["--db", db, "init", "--clinic-hsa-id", CLINIC_HSA_ID, "--clinic-name", "Tandkliniken Ön"]) == 0
    assert "Tandkliniken Ön" in capsys.readouterr().err
    assert main(["--db", db, "init", "--clinic-hsa-id", "SE2321000222-E99999", "--clinic-name", "Annan"]) == 1
    assert "tillhör redan kliniken" in capsys.readouterr().err
    assert main(["--db", db, "init", "--clinic-hsa-id", "nej", "--clinic-name", "X"]) == 64
    assert "inget giltigt HSA-ID" in capsys.readouterr().err


def test_r_se_1_init_creates_the_first_administrator_with_a_hashed_password(db_path, tmp_path):
    db = db_path
    secret = tmp_path / "losen.txt"
    secret.write_text("ett-langt-losenord\n", encoding="utf-8")
    assert main(["--db", str(db), "init", "--clinic-hsa-id", CLINIC_HSA_ID, "--clinic-name", "Test",
                 "--admin-hsa-id", "SE2321000222-A0001", "--admin-name", "Ada Admin",
                 "--admin-password-file", str(secret)]) == 0
    from klinik_app.services.accounts import verify_password

    [row] = run_sql(db, "SELECT role, password_hash FROM staff_member")
    assert row[0] == "administrator" and row[1].startswith("scrypt$")
    assert "ett-langt-losenord" not in row[1]
    assert verify_password("ett-langt-losenord", row[1]) and not verify_password("fel", row[1])


def _pnrs(db: Path | str) -> list[str]:
    return [r[0] for r in run_sql(db, "SELECT personnummer FROM patient ORDER BY id")]


def test_demo_is_deterministic_per_seed_and_marked_as_demo(tmp_path, capsys):
    # SQLite files only: it needs three databases; the other demo tests run on either backend.
    a, b, c = (str(tmp_path / f"{n}.sqlite") for n in "abc")
    for db, seed in ((a, "3"), (b, "3"), (c, "4")):
        assert main(["--db", db, "--today", "2026-11-22", "demo", "--patients", "120", "--seed", seed]) == 0
    assert "120 patienter" in capsys.readouterr().err
    assert _pnrs(Path(a)) == _pnrs(Path(b)) and len(_pnrs(Path(a))) == 120
    assert _pnrs(Path(a)) != _pnrs(Path(c))
    assert run_sql(a, "SELECT is_demo FROM clinic") == [(1,)]


def test_demo_refuses_a_database_that_already_has_patients(db_path, capsys):
    db = str(db_path)
    assert main(["--db", db, "demo", "--patients", "10"]) == 0
    assert main(["--db", db, "demo", "--patients", "10"]) == 1
    assert "redan patienter" in capsys.readouterr().err
    assert len(_pnrs(db)) == 10


@pytest.mark.parametrize("text", ["201203154248", "120315-4248", "19120315+4248", "1203154248"])
def test_log_lines_never_carry_identity_numbers(text):
    assert "4248" not in redact(f"failed for {text} in row 7")
    assert "row 7" in redact(f"failed for {text} in row 7")


def test_r_li_8_report_listed_per_month_takes_the_snapshots_and_writes_csv(db_path, tmp_path, capsys):
    db, out = str(db_path), tmp_path / "listade.csv"
    assert main(["--db", db, "--today", "2026-11-22", "demo", "--patients", "200"]) == 0
    assert main(["--db", db, "--today", "2026-11-22", "report", "listed-per-month", "--from", "2026-01",
                 "--to", "2026-11", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "10 månader" in err and "1 månad(er) är inte avslutade" in err
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Månad;") and {line[:7] for line in lines[1:]} == {f"2026-{m:02d}" for m in range(1, 11)}
    assert main(["--db", db, "report", "listed-per-month", "--from", "2026-13", "--to", "2026-11", "--out", str(out)]) == 64


def test_demo_without_exams_makes_the_register_only(db_path, capsys):
    db = str(db_path)
    assert main(["--db", db, "--today", "2026-11-22", "demo", "--patients", "50", "--no-exams"]) == 0
    assert "0 undersökningar" in capsys.readouterr().err
    assert run_sql(db, "SELECT count(*) FROM examination") == [(0,)]
    assert run_sql(db, "SELECT count(*) FROM revision_due") == [(50,)]
