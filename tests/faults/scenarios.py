"""The data each killed stream works on, made once per test session as a template database (copied
for every run), and what both sides of a run agree on: the date, the staff, the file names."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from tests.cli.importing import write_csv
from tests.conftest import CLINIC_HSA_ID, STAFF_HSA_ID, TODAY, make_ctx
from tests.factories import add_patient, add_staff, pnr

STAFF = STAFF_HSA_ID
DENTIST = "SE2321000222-T0001"
SAVES_PATIENTS = 40
SAVES_PER_RUN = 300  # more than any run lives through: the kill always lands inside the stream
IMPORT_FOLDER = "imports"
IMPORT_PAIRS = 8
IMPORT_ROWS = 30
PROTECTED_EVERY = 7  # every 7th patient has a protected identity: nothing of theirs is ever queued (R-TG-4)


def context(db: str | Path):
    return make_ctx(db, user=STAFF, today=TODAY)


def finish(path: Path) -> Path:
    """Fold the WAL into the file, so a plain copy is the whole database."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def _clinic(path: Path):
    from klinik_app.services.clinic import init_clinic

    ctx = context(path)
    init_clinic(ctx, CLINIC_HSA_ID, "Tandkliniken Testbyn")
    return ctx


def _birth(n: int) -> date:
    return date(2014, 1, 1) + timedelta(days=n * 13)  # 10 to 12 years old: bite checks, no tobacco question


def saves_template(folder: Path) -> Path:
    path = folder / "saves.sqlite"
    ctx = _clinic(path)
    for n in range(SAVES_PATIENTS):
        add_patient(ctx, pnr(_birth(n), 100 + n), "Ella", f"Lind{n}", listing="val",
                    protected=n % PROTECTED_EVERY == 0)
    ctx.close()
    return finish(path)


def saves_patients(ctx) -> list[int]:
    from sqlalchemy import select

    from klinik_app.db.models import Patient

    with ctx.sessions() as s:
        return list(s.scalars(select(Patient.id).order_by(Patient.id)))


def import_numbers(k: int) -> list[str]:
    return [pnr(_birth(k * IMPORT_ROWS + n), 500 + n) for n in range(IMPORT_ROWS)]


def import_template(folder: Path) -> Path:
    """A database with the clinic only, and IMPORT_PAIRS pairs of files (patients, then their revisions)."""
    from klinik_app.domain.permissions import STAFF_ROLES

    path = folder / "import.sqlite"
    ctx = _clinic(path)
    add_staff(ctx, STAFF, "Tova Test", *STAFF_ROLES, profession="tandlakare")  # `--user` must be an account
    ctx.close()
    files = folder / IMPORT_FOLDER
    files.mkdir()
    for k in range(IMPORT_PAIRS):
        numbers = import_numbers(k)
        write_csv(files / f"patients-{k}.csv", [
            {"personnummer": number, "fornamn": "Ella", "efternamn": f"Berg{k}x{n}", "kommunkod": "2480",
             "skyddad_identitet": "ja" if n % PROTECTED_EVERY == 0 else "nej"}
            for n, number in enumerate(numbers)])
        write_csv(files / f"exams-{k}.csv", [
            {"personnummer": number, "datum": "2026-10-01", "undersokare_roll": "tandlakare",
             "undersokare_hsa_id": DENTIST, "risk_karies": "1", "risk_parodontit": "0", "risk_allman": "0",
             "risk_teknisk": "0", "revisionsintervall_manader": "12", "bettutvecklingskontroll": "ja",
             "tobak": "", "deft": "0", "DFT": "0"}
            for number in numbers])
    return finish(path)


def copy_for_run(template: Path, run_dir: Path) -> Path:
    """The template's copy in a folder of its own (with the import files beside it, where it has them)."""
    run_dir.mkdir(parents=True)
    db = run_dir / template.name
    shutil.copyfile(template, db)
    files = template.parent / IMPORT_FOLDER
    if files.is_dir():
        (run_dir / IMPORT_FOLDER).symlink_to(files)
    return db
