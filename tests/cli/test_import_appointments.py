"""`klinik import appointments`, driven through the real command in-process (interchange.md
"appointments", "Import rules")."""

from __future__ import annotations

from datetime import date

import pytest

from klinik_app.services import appointments
from tests.cli.importing import import_runner, only_error, write_csv
from tests.conftest import make_ctx
from tests.factories import add_patient, add_staff, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

CLINIC = "SE2321000222-E12345"
USER = "SE2321000222-P0001"
ELLA = pnr(date(2015, 3, 10), 123)
SARA = pnr(date(2012, 1, 5), 358)
STRANGER = pnr(date(2014, 7, 7), 111)  # not in the register


def time(number: str = ELLA, **cells: str) -> dict[str, str]:
    """An attended, agreed revision of Ella on a winter morning."""
    base = {"personnummer": number, "start": "2026-02-02 09:30", "langd_minuter": "30", "typ": "revision",
            "overenskommen": "ja", "status": "genomford", "avbokad_tid": ""}
    return base | cells


@pytest.fixture
def klinik(db_path, tmp_path, capsys):
    """`klinik import appointments` against a database with a clinic and two patients."""
    from klinik_app.cli import main

    assert main(["--db", str(db_path), "init", "--clinic-hsa-id", CLINIC, "--clinic-name", "Test"]) == 0
    capsys.readouterr()
    ctx = make_ctx(db_path)
    add_patient(ctx, ELLA, "Ella", "Lind", listing="val")
    add_patient(ctx, SARA, "Sara", "Berg", protected=True)
    add_staff(ctx, USER, "Vera Chef", "verksamhetschef")
    ctx.close()
    return import_runner("appointments", db_path, tmp_path, capsys)


def stored(db) -> list[tuple]:
    return db("SELECT p.personnummer, a.minutes, a.kind, a.status, a.agreed, a.agreed_how, a.agreed_by, a.origin, "
              "a.fee_sek, a.caregiver_hsa_id FROM appointment a JOIN patient p ON p.id = a.patient_id "
              "ORDER BY a.starts_at, p.personnummer")


def test_valid_file_is_imported_with_every_value(klinik, db, tmp_path, db_path):
    rows = [time(), time(SARA, start="2026-06-01 14:00", langd_minuter="60", typ="behandling", overenskommen="nej",
                          status="sen-avbokning", avbokad_tid="2026-05-31 20:00")]
    out = klinik(write_csv(tmp_path / "tider.csv", rows))
    assert out.code == 0
    assert out.report == {"imported": 2, "rejected": []}
    assert out.stderr == "Import klar: 2 rader importerade från tider.csv (2 nya tider, 0 fanns redan)."
    assert stored(db) == [(ELLA, 30, "revision", "attended", True, "import", None, "import", None, None),
                          (SARA, 60, "treatment", "late-cancellation", False, None, None, "import", None, None)]
    ctx = make_ctx(db_path, today=date(2026, 11, 22))
    try:
        (winter,) = appointments.book_view(ctx, date(2026, 2, 2))
        assert winter.starts.hour == 9 and winter.starts.minute == 30  # Swedish local time, stored in UTC
        assert winter.agreed_text == "Överenskommen enligt tidigare system"
        (summer,) = appointments.book_view(ctx, date(2026, 6, 1))
        assert summer.starts.hour == 14
    finally:
        ctx.close()
    assert db("SELECT cancelled_at IS NOT NULL FROM appointment WHERE status = 'late-cancellation'") == [(True,)]


def test_a_reimport_of_the_same_file_changes_nothing(klinik, db, tmp_path):
    path = write_csv(tmp_path / "tider.csv", [time(), time(start="2026-03-02 09:30")])
    assert klinik(path).code == 0
    before = db("SELECT id, row_version, modified_at FROM appointment ORDER BY id")
    out = klinik(path)
    assert (out.code, out.report["imported"]) == (0, 2)
    assert "0 nya tider, 2 fanns redan" in out.stderr
    assert db("SELECT id, row_version, modified_at FROM appointment ORDER BY id") == before


def test_an_unknown_patient_rejects_the_file(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "tider.csv", [time(), time(STRANGER)]))
    assert out.code == 2
    error = only_error(out)
    assert (error["line"], error["column"], error["error"]) == (3, "personnummer", "okand-patient")
    assert stored(db) == []
    assert out.stderr.startswith("Ingenting importerades")


def test_the_same_patient_and_start_later_in_the_file_is_a_duplicate(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "tider.csv", [time(), time(status="uteblev")]), "--partial")
    assert out.code == 3
    error = only_error(out)
    assert (error["line"], error["column"], error["error"]) == (3, "personnummer", "dubblett")
    assert "rad 2" in error["message"]
    assert [r[3] for r in stored(db)] == ["attended"]  # the first stands


def test_partial_imports_the_valid_rows_and_reports_the_rest(klinik, db, tmp_path):
    rows = [time(), time(start="2026-03-29 02:30"), time(start="2026-04-01 10:00", langd_minuter="3")]
    out = klinik(write_csv(tmp_path / "tider.csv", rows), "--partial")
    assert out.code == 3
    assert [(r["line"], r["column"], r["error"]) for r in out.report["rejected"]] == [
        (3, "start", "ogiltigt-datum"), (4, "langd_minuter", "ogiltigt-varde")]
    assert out.report["imported"] == 1 and len(stored(db)) == 1


def test_a_header_error_rejects_the_whole_file_in_every_mode(klinik, db, tmp_path):
    path = write_csv(tmp_path / "tider.csv", [time() | {"rum": "1"}], columns=[*time(), "rum"])
    out = klinik(path, "--partial")
    assert out.code == 2
    assert (out.report["rejected"][0]["line"], out.report["rejected"][0]["error"]) == (1, "okand-kolumn")
    missing = write_csv(tmp_path / "utan.csv", [time()], columns=[c for c in time() if c != "status"])
    assert [r["error"] for r in klinik(missing).report["rejected"]] == ["saknas"]
    assert stored(db) == []


def test_a_missing_file_is_exit_1(klinik, tmp_path):
    out = klinik(tmp_path / "finns-inte.csv")
    assert out.code == 1 and "finns inte" in out.stderr


def test_as_new_records_the_importing_user_as_the_one_who_recorded_the_agreement(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "tider.csv", [time()]), "--as-new", user=USER)
    assert out.code == 0
    assert stored(db) == [(ELLA, 30, "revision", "attended", True, "import", USER, "local", None, None)]


def test_imported_times_and_patients_are_in_the_access_log_without_identity_numbers(klinik, db, tmp_path):
    klinik(write_csv(tmp_path / f"tider-{ELLA}.csv", [time(), time(SARA)]))
    entries = db("SELECT action, patient_id, detail FROM access_log WHERE action = 'import' ORDER BY patient_id")
    assert [(a, p) for a, p, _ in entries] == [("import", 1), ("import", 2)]
    assert all(ELLA not in d for _, _, d in entries)
