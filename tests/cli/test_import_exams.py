"""`klinik import exams`, driven through the real command in-process (interchange.md "exams", "Import rules")."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from klinik_app.cli import main
from tests.cli.importing import import_runner, only_error, write_csv
from klinik_app.domain.revision import ExamRecord, compute_due
from tests.conftest import make_ctx
from tests.factories import add_patient, add_staff, pnr
from tests.sql import fail_inserts_as_disk_full

pytestmark = pytest.mark.backends("sqlite", "postgresql")

CLINIC = "SE2321000222-E12345"
USER = "SE2321000222-P0001"
DENTIST = "SE2321000222-T0001"
HYGIENIST = "SE2321000222-H0001"
NURSE = "SE2321000222-S0001"
TODAY = date(2026, 11, 22)

ELLA = pnr(date(2015, 3, 10), 123)  # 10 at the examinations below: bite check age (R-RV-6)
TEEN = pnr(date(2011, 5, 20), 456)  # 14: tobacco habits are documented (R-RV-7), cap 24 months (R-RV-2)
ADULT = pnr(date(2005, 2, 1), 246)  # 20: cap 36 months
SECRET = pnr(date(2012, 1, 5), 358)  # protected identity (R-TG-4)
STRANGER = pnr(date(2014, 7, 7), 111)  # not in the register

TABLES = ("examination", "revision_due", "outbox_item", "access_log")


def exam(number: str = ELLA, **cells: str) -> dict[str, str]:
    """A dentist's revision of Ella at 10 with the bite check: a valid row that breaks no rule."""
    base = {
        "personnummer": number, "datum": "2025-09-15", "undersokare_roll": "tandlakare",
        "undersokare_hsa_id": DENTIST, "risk_karies": "1", "risk_parodontit": "0", "risk_allman": "0",
        "risk_teknisk": "0", "revisionsintervall_manader": "12", "bettutvecklingskontroll": "ja", "tobak": "",
        "deft": "2", "DFT": "0",
    }  # fmt: skip
    return base | cells


HEALTH_CHECK = {"undersokare_roll": "tandskoterska", "undersokare_hsa_id": NURSE, "risk_karies": "",
                "risk_parodontit": "", "risk_allman": "", "risk_teknisk": "", "revisionsintervall_manader": "",
                "bettutvecklingskontroll": "", "deft": "", "DFT": ""}  # fmt: skip




@pytest.fixture
def klinik(db_path, tmp_path, capsys):
    """`klinik import exams` against a database with a clinic and four patients."""
    assert main(["--db", str(db_path), "init", "--clinic-hsa-id", CLINIC, "--clinic-name", "Test"]) == 0
    capsys.readouterr()
    ctx = make_ctx(db_path)
    for number, first in ((ELLA, "Ella"), (TEEN, "Tove"), (ADULT, "Adam")):
        add_patient(ctx, number, first, "Lind", listing="val", listed_from=date(2020, 1, 1))
    add_patient(ctx, SECRET, "Sara", "Berg", protected=True, listing="val", listed_from=date(2020, 1, 1))
    add_staff(ctx, USER, "Vera Chef", "verksamhetschef")  # --as-new imports by the head of clinic
    ctx.close()
    return import_runner("exams", db_path, tmp_path, capsys)



def counts(db) -> dict[str, int]:
    return {t: db(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}




def stored(db, number: str) -> list[tuple]:
    return db("SELECT e.examined_on, e.examiner_role, e.flags FROM examination e JOIN patient p ON p.id = e.patient_id "
              "WHERE p.personnummer = :pnr ORDER BY e.examined_on, e.examiner_role", pnr=number)


# --- a good file -----------------------------------------------------------------------------------


def test_valid_file_is_imported_with_every_value(klinik, db, tmp_path):
    rows = [exam(), exam(TEEN, undersokare_roll="tandhygienist", undersokare_hsa_id=HYGIENIST, risk_karies="0",
                         revisionsintervall_manader="24", bettutvecklingskontroll="", tobak="snus", deft="", DFT="3")]
    out = klinik(write_csv(tmp_path / "us.csv", rows))
    assert out.code == 0
    assert out.report == {"imported": 2, "rejected": []}
    assert out.stderr.startswith("Import klar: 2 rader importerade") and "2 nya undersökningar" in out.stderr
    got = db("SELECT patient_id, examined_on, examiner_role, examiner_hsa_id, risk_caries, risk_periodontal, "
             "risk_general, risk_technical, planned_interval_months, deft, dft, tobacco, bite_check, flags, origin, "
             "row_version FROM examination ORDER BY patient_id")
    assert got == [
        (1, "2025-09-15", "tandlakare", DENTIST, 1, 0, 0, 0, 12, 2, 0, None, 1, None, "import", 1),
        (2, "2025-09-15", "tandhygienist", HYGIENIST, 0, 0, 0, 0, 24, None, 3, "snus", None, None, "import", 1),
    ]
    assert all(re.fullmatch(r"[0-9a-f-]{36}", u) for (u,) in db("SELECT uuid FROM examination"))
    assert counts(db)["outbox_item"] == 0  # imported rows are history the region already has


def test_separator_comma_and_10_digit_numbers(klinik, db, tmp_path):
    short = f"{ELLA[2:8]}-{ELLA[8:]}"
    out = klinik(write_csv(tmp_path / "us.csv", [exam(short)], sep=","))
    assert (out.code, out.report["imported"]) == (0, 1)
    assert stored(db, ELLA) == [("2025-09-15", "tandlakare", None)]


def test_the_due_dates_of_the_imported_patients_are_recomputed_in_the_same_import(klinik, db, tmp_path):
    klinik(write_csv(tmp_path / "us.csv", [exam(), exam(datum="2023-09-01", revisionsintervall_manader="24")]))
    row = db("SELECT d.due, d.reason, d.requires_dentist, d.last_exam, d.last_dentist_exam, d.rule_set "
             "FROM revision_due d JOIN patient p ON p.id = d.patient_id WHERE p.personnummer = :pnr", pnr=ELLA)
    # E = 2025-09-15 with 12 months; Ella is 11 on the due date, so a dentist (R-RV-6).
    assert row == [("2026-09-15", "planned-interval", 1, "2025-09-15", "2025-09-15", "vasterbotten 2022.1")]
    expected = compute_due(date(2015, 3, 10), [ExamRecord(date(2023, 9, 1), "tandlakare", 24),
                                              ExamRecord(date(2025, 9, 15), "tandlakare", 12)], TODAY, _rules())
    assert (expected.due, expected.reason) == (date(2026, 9, 15), "planned-interval")


def _rules():
    from klinik_app.domain.ruleset import default_rules_dir, load_rule_set

    return load_rule_set(default_rules_dir() / "vasterbotten.toml")


# --- rule breaks are stored and flagged, not refused -----------------------------------------------


def test_r_rv_2_interval_above_the_age_cap_is_imported_and_flagged(klinik, db, tmp_path):
    row = exam(TEEN, datum="2025-06-02", revisionsintervall_manader="36", tobak="ingen", bettutvecklingskontroll="")
    out = klinik(write_csv(tmp_path / "us.csv", [row]))
    assert out.code == 0 and "1 med regelbrott flaggade" in out.stderr
    assert stored(db, TEEN) == [("2025-06-02", "tandlakare", "R-RV-2")]
    assert db("SELECT planned_interval_months FROM examination") == [(36,)]  # stored as planned
    # The cap is used for the due date: 14 at the examination, so 24 months (interval-cap).
    assert db("SELECT due, reason FROM revision_due WHERE patient_id = 2") == [("2027-06-02", "interval-cap")]


def test_r_rv_6_a_dentists_revision_of_a_10_year_old_without_the_bite_check_is_flagged(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "us.csv", [exam(bettutvecklingskontroll=""),
                                                 exam(datum="2024-09-16", bettutvecklingskontroll="nej")]))
    assert out.code == 0
    assert stored(db, ELLA) == [("2024-09-16", "tandlakare", "R-RV-6"), ("2025-09-15", "tandlakare", "R-RV-6")]


def test_r_rv_6_a_hygienists_revision_of_a_10_year_old_is_flagged(klinik, db, tmp_path):
    row = exam(undersokare_roll="tandhygienist", undersokare_hsa_id=HYGIENIST, bettutvecklingskontroll="")
    assert klinik(write_csv(tmp_path / "us.csv", [row])).code == 0
    assert stored(db, ELLA) == [("2025-09-15", "tandhygienist", "R-RV-6")]


def test_r_rv_7_tobacco_habits_missing_from_13_are_flagged(klinik, db, tmp_path):
    rows = [exam(TEEN, bettutvecklingskontroll=""),  # 14: flagged
            exam(TEEN, datum="2024-06-03", tobak="rokning-och-snus"),  # 13, with the bite check too
            exam(TEEN, datum="2023-06-05")]  # 12: not yet
    assert klinik(write_csv(tmp_path / "us.csv", rows)).code == 0
    assert stored(db, TEEN) == [("2023-06-05", "tandlakare", None), ("2024-06-03", "tandlakare", None),
                                ("2025-09-15", "tandlakare", "R-RV-7")]


def test_r_rv_2_r_rv_6_r_rv_7_every_broken_rule_is_named_in_order(klinik, db, tmp_path):
    # 13 on 2024-06-03: bite check age and tobacco age at once; 36 months is above the cap of 24.
    row = exam(TEEN, datum="2024-06-03", revisionsintervall_manader="36", bettutvecklingskontroll="")
    assert klinik(write_csv(tmp_path / "us.csv", [row])).code == 0
    assert stored(db, TEEN) == [("2024-06-03", "tandlakare", "R-RV-2 R-RV-6 R-RV-7")]


def test_r_rv_5_a_tandskoterska_row_is_a_health_check_without_risks_and_never_a_revision(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "us.csv", [exam(ADULT, datum="2026-03-02", tobak="ingen", **HEALTH_CHECK)]))
    assert out.code == 0
    assert db("SELECT examiner_role, risk_caries, planned_interval_months, flags FROM examination") == [
        ("tandskoterska", None, None, None)]
    # Not a revision: Adam still has no revision on record (rules.md "The due date", step 1).
    assert db("SELECT reason, last_exam, last_dentist_exam FROM revision_due WHERE patient_id = 3") == [
        ("first-exam", None, None)]


def test_r_rv_5_r_rv_7_a_health_check_from_13_without_tobacco_is_flagged(klinik, db, tmp_path):
    assert klinik(write_csv(tmp_path / "us.csv", [exam(TEEN, **HEALTH_CHECK)])).code == 0
    assert stored(db, TEEN) == [("2025-09-15", "tandskoterska", "R-RV-7")]


def test_same_day_revision_and_health_check_are_two_examinations(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "us.csv", [exam(), exam(**HEALTH_CHECK)]))
    assert out.code == 0 and out.report["imported"] == 2
    assert [r[1] for r in stored(db, ELLA)] == ["tandlakare", "tandskoterska"]


def test_an_examination_after_today_is_stored_and_not_yet_counted(klinik, db, tmp_path):
    assert klinik(write_csv(tmp_path / "us.csv", [exam(), exam(datum="2026-12-01")])).code == 0
    assert len(stored(db, ELLA)) == 2
    # The stored due date counts every examination on record (services.revision_due); the recall
    # list computes live while an examination lies after the day treated as today.
    assert db("SELECT last_exam FROM revision_due WHERE patient_id = 1") == [("2026-12-01",)]


# --- rejected rows ---------------------------------------------------------------------------------


@pytest.mark.parametrize("cells, column, error, words", [
    ({"personnummer": ELLA[:-1] + str((int(ELLA[-1]) + 1) % 10)}, "personnummer", "ogiltigt-personnummer", "kontrollsiffra"),
    ({"personnummer": ""}, "personnummer", "saknas", "personnummer är tom"),
    ({"personnummer": STRANGER}, "personnummer", "okand-patient", "finns inte i registret"),
    ({"datum": ""}, "datum", "saknas", "datum är tom"),
    ({"datum": "2025-02-29"}, "datum", "ogiltigt-datum", "inte finns i kalendern"),
    ({"datum": "15/9 2025"}, "datum", "ogiltigt-datum", "ÅÅÅÅ-MM-DD"),
    ({"datum": "2015-03-09"}, "datum", "ogiltigt-datum", "före patientens födelse"),
    ({"undersokare_roll": ""}, "undersokare_roll", "saknas", "tandlakare, tandhygienist eller tandskoterska"),
    ({"undersokare_roll": "läkare"}, "undersokare_roll", "ogiltigt-varde", "tandlakare, tandhygienist"),
    ({"undersokare_hsa_id": "Dr Berg"}, "undersokare_hsa_id", "ogiltigt-varde", "HSA-ID"),
    ({"risk_karies": ""}, "risk_karies", "saknas", "R-RV-10"),
    ({"risk_parodontit": "3"}, "risk_parodontit", "ogiltigt-varde", "0, 1 eller 2"),
    ({"risk_allman": "hög"}, "risk_allman", "ogiltigt-varde", "0, 1 eller 2"),
    ({"risk_teknisk": "-1"}, "risk_teknisk", "ogiltigt-varde", "0, 1 eller 2"),
    ({"revisionsintervall_manader": ""}, "revisionsintervall_manader", "saknas", "R-RV-1"),
    ({"revisionsintervall_manader": "73"}, "revisionsintervall_manader", "ogiltigt-varde", "1–72"),
    ({"revisionsintervall_manader": "0"}, "revisionsintervall_manader", "ogiltigt-varde", "1–72"),
    ({"revisionsintervall_manader": "12.5"}, "revisionsintervall_manader", "ogiltigt-varde", "heltal"),
    ({"bettutvecklingskontroll": "kanske"}, "bettutvecklingskontroll", "ogiltigt-varde", "ja eller nej"),
    ({"tobak": "cigarr"}, "tobak", "ogiltigt-varde", "rokning-och-snus"),
    ({"deft": "-1"}, "deft", "ogiltigt-varde", "0 eller större"),
    ({"DFT": "tre"}, "DFT", "ogiltigt-varde", "0 eller större"),
])  # fmt: skip
def test_every_error_code_rejects_the_whole_file(klinik, db, tmp_path, cells, column, error, words):
    rows = [exam(TEEN, tobak="ingen", bettutvecklingskontroll=""), exam(**cells)]
    out = klinik(write_csv(tmp_path / "us.csv", rows))
    assert out.code == 2
    assert out.report["imported"] == 0
    e = out.report["rejected"][0]
    assert (e["line"], e["column"], e["error"]) == (3, column, error)
    assert e["value"] == (rows[1][column] or None)
    assert words in e["message"]
    assert counts(db) == dict.fromkeys(TABLES, 0)  # nothing half-written
    assert out.stderr.startswith("Ingenting importerades") and "--partial" in out.stderr


def test_dubblett_the_same_patient_date_and_role_later_in_the_file(klinik, db, tmp_path):
    short = f"{ELLA[2:8]}-{ELLA[8:]}"
    rows = [exam(), exam(TEEN, tobak="ingen", bettutvecklingskontroll=""), exam(short, risk_karies="2")]
    out = klinik(write_csv(tmp_path / "us.csv", rows), "--partial")
    assert out.code == 3
    e = only_error(out)
    assert (e["line"], e["column"], e["error"], e["value"]) == (4, "personnummer", "dubblett", short)
    assert "rad 2" in e["message"]
    assert db("SELECT risk_caries FROM examination WHERE patient_id = 1") == [(1,)]  # the first stands


def test_okand_patient_and_dubblett_are_about_the_whole_row(klinik, tmp_path):
    rows = [exam(STRANGER), exam(STRANGER)]
    out = klinik(write_csv(tmp_path / "us.csv", rows))
    found = [(e["line"], e["column"], e["error"]) for e in out.report["rejected"]]
    assert found == [(2, "personnummer", "okand-patient"), (3, "personnummer", "dubblett"),
                     (3, "personnummer", "okand-patient")]


def test_report_lists_each_rows_errors_in_the_files_column_order(klinik, tmp_path):
    columns = ["tobak", "datum", "personnummer", "undersokare_roll", "risk_karies", "risk_parodontit", "risk_allman",
               "risk_teknisk", "revisionsintervall_manader"]
    rows = [exam(tobak="pipa", datum="2025-13-01", personnummer=STRANGER), exam(TEEN, tobak="ingen")]
    out = klinik(write_csv(tmp_path / "us.csv", rows, columns=columns))
    assert [(e["line"], e["column"], e["error"]) for e in out.report["rejected"]] == [
        (2, "tobak", "ogiltigt-varde"), (2, "datum", "ogiltigt-datum"), (2, "personnummer", "okand-patient")]


def test_partial_imports_the_valid_rows_and_exits_3(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "us.csv", [exam(), exam(TEEN, risk_karies="5")]), "--partial")
    assert out.code == 3
    assert out.report["imported"] == 1 and [e["line"] for e in out.report["rejected"]] == [3]
    assert stored(db, ELLA) and not stored(db, TEEN)
    assert out.stderr.startswith("Delvis importerad") and "1 rad avvisad" in out.stderr


def test_partial_with_every_row_rejected_exits_3_and_imports_nothing(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "us.csv", [exam(STRANGER)]), "--partial")
    assert (out.code, out.report["imported"]) == (3, 0)
    assert counts(db)["examination"] == 0


def test_partial_with_every_row_valid_exits_0(klinik, tmp_path):
    assert klinik(write_csv(tmp_path / "us.csv", [exam()]), "--partial").code == 0


def test_a_row_with_too_few_cells_is_a_broken_row(klinik, tmp_path):
    path = write_csv(tmp_path / "us.csv", [exam()])
    path.write_text(path.read_text() + f"{TEEN};2025-01-02\r\n")
    out = klinik(path)
    assert out.code == 2
    e = only_error(out)
    assert (e["line"], e["column"], e["value"]) == (3, "undersokare_roll", None)


# --- header errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize("flags", [(), ("--partial",)])
def test_unknown_column_rejects_the_file_even_with_partial(klinik, db, tmp_path, flags):
    row = exam()
    row["dft"] = row.pop("DFT")  # the format writes DFT
    out = klinik(write_csv(tmp_path / "us.csv", [row]), *flags)
    assert out.code == 2
    e = only_error(out)
    assert (e["line"], e["column"], e["value"], e["error"]) == (1, "dft", "dft", "okand-kolumn")
    assert "Skriv 'DFT'" in e["message"]
    assert counts(db)["examination"] == 0 and "rubrikraden" in out.stderr


@pytest.mark.parametrize("flags", [(), ("--partial",)])
def test_missing_required_column_rejects_the_file_even_with_partial(klinik, db, tmp_path, flags):
    columns = [c for c in exam() if c != "datum"]
    out = klinik(write_csv(tmp_path / "us.csv", [exam()], columns=columns), *flags)
    assert out.code == 2
    assert only_error(out) | {"message": ""} == {"line": 1, "column": "datum", "value": None, "error": "saknas",
                                                 "message": ""}


def test_a_file_of_health_checks_needs_no_risk_columns(klinik, db, tmp_path):
    columns = ["personnummer", "datum", "undersokare_roll", "undersokare_hsa_id", "tobak"]
    out = klinik(write_csv(tmp_path / "us.csv", [exam(TEEN, tobak="ingen", **HEALTH_CHECK)], columns=columns))
    assert out.code == 0
    # ...but a revision in such a file lacks them: saknas in the missing column, after the file's own.
    out = klinik(write_csv(tmp_path / "us.csv", [exam(TEEN, tobak="ingen")], columns=columns))
    assert (out.code, out.report["rejected"][0]["column"], out.report["rejected"][0]["error"]) == (
        2, "risk_karies", "saknas")


def test_header_only_file_imports_nothing(klinik, tmp_path):
    out = klinik(write_csv(tmp_path / "us.csv", [], columns=list(exam())))
    assert (out.code, out.report) == (0, {"imported": 0, "rejected": []})
    assert "inga undersökningsrader" in out.stderr


def test_empty_file_misses_the_required_columns(klinik, tmp_path):
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    out = klinik(path)
    assert out.code == 2
    assert [(e["column"], e["error"]) for e in out.report["rejected"]] == [
        ("personnummer", "saknas"), ("datum", "saknas"), ("undersokare_roll", "saknas")]


# --- files that cannot be read, database errors ---------------------------------------------------


def test_missing_file_exits_1_and_the_report_is_still_written(klinik, tmp_path):
    out = klinik(tmp_path / "finns-inte.csv")
    assert out.code == 1
    assert out.report == {"imported": 0, "rejected": []}
    assert "finns inte" in out.stderr


def test_database_error_mid_write_rolls_everything_back(klinik, db, db_path, tmp_path):
    fail_inserts_as_disk_full(db_path, "revision_due")
    out = klinik(write_csv(tmp_path / "us.csv", [exam()]))
    assert out.code == 1 and "Disken är full" in out.stderr
    assert counts(db) == dict.fromkeys(TABLES, 0)  # the examination went with the due date


# --- idempotency -----------------------------------------------------------------------------------


def test_reimport_of_the_same_file_changes_nothing(klinik, db, tmp_path):
    rows = [exam(), exam(TEEN, tobak="", bettutvecklingskontroll=""), exam(ADULT, tobak="snus", **HEALTH_CHECK)]
    path = write_csv(tmp_path / "us.csv", rows)
    assert klinik(path, "--as-new", user=USER).code == 0
    before = counts(db)
    snapshot = db("SELECT * FROM examination ORDER BY id"), db("SELECT * FROM revision_due ORDER BY patient_id")
    again = klinik(path, "--as-new", user=USER)
    assert again.code == 0 and again.report == {"imported": 3, "rejected": []}
    assert "0 nya undersökningar, 3 fanns redan" in again.stderr
    assert counts(db) == before  # not a new outbox item, not a new access-log entry
    after = db("SELECT * FROM examination ORDER BY id"), db("SELECT * FROM revision_due ORDER BY patient_id")
    assert after == snapshot


def test_an_examination_already_stored_is_matched_on_patient_date_and_role(klinik, db, tmp_path):
    klinik(write_csv(tmp_path / "a.csv", [exam()]))
    out = klinik(write_csv(tmp_path / "b.csv", [exam(risk_karies="2"), exam(undersokare_roll="tandhygienist")]))
    assert out.code == 0 and "1 ny undersökning, 1 fanns redan" in out.stderr
    assert db("SELECT examiner_role, risk_caries FROM examination ORDER BY id") == [
        ("tandlakare", 1), ("tandhygienist", 1)]  # the stored one is left as it was


# --- --as-new: revisions reported to the region (R-RV-8) ------------------------------------------


def test_r_rv_8_as_new_exam_queues_revision_report(klinik, db, tmp_path):
    rows = [exam(), exam(TEEN, tobak="ingen", bettutvecklingskontroll="", undersokare_roll="tandhygienist"),
            exam(ADULT, tobak="ingen", **HEALTH_CHECK)]
    out = klinik(write_csv(tmp_path / "us.csv", rows), "--as-new", user=USER)
    assert out.code == 0 and "2 revisioner köade till regionen" in out.stderr
    items = db("SELECT o.kind, o.payload, o.patient_id, o.status, o.staff_hsa_id FROM outbox_item o ORDER BY o.id")
    uuids = dict(db("SELECT patient_id, uuid FROM examination WHERE examiner_role <> 'tandskoterska'"))
    assert [(k, json.loads(p), pid, s, who) for k, p, pid, s, who in items] == [
        ("revision-report", {"examination_uuid": uuids[1]}, 1, "waiting", USER),
        ("revision-report", {"examination_uuid": uuids[2]}, 2, "waiting", USER),
    ]  # never the tandhälsokontroll (R-RV-5)


def test_r_tg_4_as_new_never_queues_a_protected_patients_revision(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "us.csv", [exam(SECRET, tobak="ingen", bettutvecklingskontroll="")]),
                 "--as-new", user=USER)
    assert out.code == 0
    assert stored(db, SECRET) and counts(db)["outbox_item"] == 0


def test_r_rv_8_as_new_requires_user(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "us.csv", [exam()]), "--as-new")
    assert out.code == 64 and "--user" in out.stderr
    assert counts(db)["examination"] == 0


def test_r_rv_8_as_new_requires_the_examiners_hsa_id(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "us.csv", [exam(undersokare_hsa_id="")]), "--as-new", user=USER)
    assert out.code == 2
    e = only_error(out)
    assert (e["column"], e["error"]) == ("undersokare_hsa_id", "saknas") and "--as-new" in e["message"]
    # Without --as-new an examination from an old system may lack it.
    assert klinik(write_csv(tmp_path / "us.csv", [exam(undersokare_hsa_id="")])).code == 0


# --- the access log (R-SE-2) -----------------------------------------------------------------------


def test_r_se_2_one_import_entry_per_patient_written_without_identity_numbers(klinik, db, tmp_path):
    rows = [exam(), exam(datum="2024-09-16"), exam(TEEN, tobak="ingen", bettutvecklingskontroll="")]
    assert klinik(write_csv(tmp_path / f"export-{ELLA}.csv", rows), user=USER).code == 0
    log = db("SELECT action, patient_id, user_id, detail FROM access_log ORDER BY id")
    assert [(a, p, u) for a, p, u, _ in log] == [("import", 1, USER), ("import", 2, USER)]
    assert all(not re.search(r"[0-9]{6,}", detail) for *_, detail in log)
