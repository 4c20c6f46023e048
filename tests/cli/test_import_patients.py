"""`klinik import patients`, driven through the real command in-process (interchange.md)."""

from __future__ import annotations

import json
import re

import pytest

from klinik_app.cli import main
from tests.cli.importing import import_runner, only_error, write_csv
from tests.conftest import make_ctx
from tests.factories import add_staff
from tests.sql import fail_inserts_as_disk_full
from klinik_app.domain.identity import luhn_check_digit

pytestmark = pytest.mark.backends("sqlite", "postgresql")

CLINIC = "SE2321000222-E12345"
USER = "SE2321000222-P0001"
DENTIST = "SE2321000222-T0001"
TABLES = ("patient", "guardian", "patient_guardian", "listing", "consent", "outbox_item", "access_log")


def pnr(birth: str, serial: int = 123, *, coordination: bool = False, sep: str = "") -> str:
    """A valid identity number for a birth date YYYY-MM-DD: 12 digits, or YYYYMMDD{sep}NNNC."""
    y, m, d = birth.split("-")
    day = int(d) + (60 if coordination else 0)
    nine = f"{y[2:]}{m}{day:02d}{serial:03d}"
    return f"{y}{m}{day:02d}{sep}{serial:03d}{luhn_check_digit(nine)}"


def short(number: str, sep: str = "-") -> str:
    """The 10-digit written form YYMMDD-NNNC of a 12-digit number."""
    return f"{number[2:8]}{sep}{number[8:]}"


ELLA = pnr("2015-03-10", 123)
OLLE = pnr("2017-08-02", 456)
ANNA = pnr("1985-06-01", 246)  # the mother of both


def child(number: str = ELLA, **cells: str) -> dict[str, str]:
    """A listed child in Umeå whose mother consented: a valid row."""
    base = {
        "personnummer": number, "fornamn": "Ella", "efternamn": "Lind", "adress": "Storgatan 1",
        "postnummer": "90325", "postort": "Umeå", "kommunkod": "2480", "telefon": "070-123 45 67",
        "vardnadshavare1_personnummer": ANNA, "vardnadshavare1_namn": "Anna Lind",
        "vardnadshavare1_telefon": "070-765 43 21", "listningstyp": "val", "listad_fran": "2024-01-15",
        "samtycke_datum": "2024-01-10", "samtycke_givare": "vardnadshavare1", "samtycke_metod": "pa-plats",
        "ansvarig_tandlakare": DENTIST,
    }  # fmt: skip
    return base | cells


UNLISTED = {"listningstyp": "", "listad_fran": "", "samtycke_datum": "", "samtycke_givare": "", "samtycke_metod": ""}




@pytest.fixture
def klinik(db_path, tmp_path, capsys):
    """Run `klinik import patients` against a database initialised with `klinik init`."""
    assert main(["--db", str(db_path), "init", "--clinic-hsa-id", CLINIC, "--clinic-name", "Test"]) == 0
    capsys.readouterr()
    ctx = make_ctx(db_path)
    add_staff(ctx, USER, "Vera Chef", "verksamhetschef")  # --as-new imports by the head of clinic
    ctx.close()
    return import_runner("patients", db_path, tmp_path, capsys)



def counts(db) -> dict[str, int]:
    return {t: db(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}




# --- a good file -----------------------------------------------------------------------------------


def test_valid_file_is_imported_with_guardians_listing_and_consent(klinik, db, tmp_path):
    olle = child(OLLE, fornamn="Olle", listningstyp="icke-val", listad_fran="2027-01-01",
                 samtycke_datum="", samtycke_givare="", samtycke_metod="", ansvarig_tandlakare="")
    out = klinik(write_csv(tmp_path / "patienter.csv", [child(), olle]))
    assert out.code == 0
    assert out.report == {"imported": 2, "rejected": []}
    assert out.stderr.startswith("Import klar: 2 rader importerade") and "2 nya patienter" in out.stderr

    patients = db("SELECT personnummer, id_kind, birth_date, first_name, postal_code, sort_name, phone_digits, "
                  "protected_identity, responsible_dentist_hsa_id, row_version FROM patient ORDER BY id")
    assert patients == [
        (ELLA, "personnummer", "2015-03-10", "Ella", "903 25", "lind ella", "0701234567", 0, DENTIST, 1),
        (OLLE, "personnummer", "2017-08-02", "Olle", "903 25", "lind olle", "0701234567", 0, None, 1),
    ]
    # Siblings share their mother: one guardian row, linked at position 1 for both.
    assert db("SELECT personnummer, name, phone FROM guardian") == [(ANNA, "Anna Lind", "070-765 43 21")]
    assert db("SELECT patient_id, position, guardian_id FROM patient_guardian ORDER BY patient_id") == [(1, 1, 1), (2, 1, 1)]
    listings = db("SELECT patient_id, listing_type, status, start_date, end_date, origin, consent_id IS NOT NULL "
                  "FROM listing ORDER BY patient_id")
    assert listings == [(1, "val", "active", "2024-01-15", None, "import", 1),
                        (2, "icke-val", "planned", "2027-01-01", None, "import", 0)]
    consent = db("SELECT patient_id, giver, guardian_id, given_on, method, recorded_by FROM consent")
    assert consent[0][:5] == (1, "vardnadshavare", 1, "2024-01-10", "pa-plats") and len(consent) == 1
    assert consent[0][5].startswith("os:")  # no --user: the operating-system account, marked as such
    assert counts(db)["outbox_item"] == 0  # imported rows are history, never sent


def test_r_se_2_one_import_entry_per_written_patient_without_identity_numbers(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / f"export-{ELLA}.csv", [child(), child(OLLE, fornamn="Olle")]), user=USER)
    assert out.code == 0
    log = db("SELECT action, patient_id, user_id, detail FROM access_log ORDER BY id")
    assert [(a, p, u) for a, p, u, _ in log] == [("import", 1, USER), ("import", 2, USER)]
    for *_, detail in log:
        assert detail.startswith("import export-") and not re.search(r"[0-9]{6,}", detail)


@pytest.mark.parametrize("sep", [";", ","])
@pytest.mark.parametrize("bom", [False, True])
def test_separator_and_bom(klinik, db, tmp_path, sep, bom):
    rows = [child(adress="Storgatan 1, lgh 1101"), child(OLLE, fornamn="Olle")]  # a quoted separator
    out = klinik(write_csv(tmp_path / "p.csv", rows, sep=sep, bom=bom))
    assert (out.code, out.report["imported"]) == (0, 2)
    assert db("SELECT street FROM patient ORDER BY id")[0] == ("Storgatan 1, lgh 1101",)


def test_columns_in_any_order_and_optional_ones_left_out(klinik, db, tmp_path):
    columns = ["kommunkod", "efternamn", "listad_fran", "samtycke_metod", "personnummer", "samtycke_givare",
               "fornamn", "listningstyp", "samtycke_datum", "vardnadshavare1_namn"]
    out = klinik(write_csv(tmp_path / "p.csv", [child()], columns=columns))
    assert out.code == 0
    assert db("SELECT personnummer, first_name, last_name, municipality_code, street FROM patient") == [
        (ELLA, "Ella", "Lind", "2480", None)]


@pytest.mark.parametrize("written, expected", [
    (short(ELLA), ELLA),  # YYMMDD-NNNC
    (short(ELLA, ""), ELLA),  # YYMMDDNNNC
    (ELLA[:8] + "-" + ELLA[8:], ELLA),  # YYYYMMDD-NNNC
    (ELLA, ELLA),
])  # fmt: skip
def test_identity_number_forms_are_stored_as_12_digits(klinik, db, tmp_path, written, expected):
    out = klinik(write_csv(tmp_path / "p.csv", [child(written)]))
    assert out.code == 0
    assert db("SELECT personnummer FROM patient") == [(expected,)]


def test_plus_sign_means_100_or_older(klinik, db, tmp_path):
    old = pnr("1920-05-17", 111)
    out = klinik(write_csv(tmp_path / "p.csv", [child(short(old, "+"), fornamn="Greta", **UNLISTED)]))
    assert out.code == 0
    assert db("SELECT personnummer, birth_date FROM patient") == [(old, "1920-05-17")]


def test_header_only_file_imports_nothing(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "p.csv", [], columns=list(child())))
    assert (out.code, out.report) == (0, {"imported": 0, "rejected": []})
    assert "inga patientrader" in out.stderr


def test_quoted_newline_keeps_line_numbers(klinik, tmp_path):
    rows = [child(adress="c/o Berg\nStorgatan 1"), child(OLLE, fornamn="")]
    out = klinik(write_csv(tmp_path / "p.csv", rows))
    assert (out.code, only_error(out)["line"], only_error(out)["column"]) == (2, 4, "fornamn")


# --- idempotency -----------------------------------------------------------------------------------


def test_reimport_of_the_same_file_changes_nothing(klinik, db, tmp_path):
    rows = [child(), child(OLLE, fornamn="Olle", vardnadshavare1_personnummer="", vardnadshavare2_namn="Per Lind")]
    path = write_csv(tmp_path / "p.csv", rows)
    assert klinik(path, "--as-new", user=USER).code == 0
    before = counts(db)
    versions = {t: db(f"SELECT id, row_version FROM {t} ORDER BY id") for t in ("patient", "guardian", "listing", "consent")}
    again = klinik(path, "--as-new", user=USER)
    assert again.code == 0 and again.report == {"imported": 2, "rejected": []}
    assert "0 nya patienter, 0 uppdaterade, 2 oförändrade" in again.stderr
    assert counts(db) == before
    assert {t: db(f"SELECT id, row_version FROM {t} ORDER BY id") for t in versions} == versions


def test_changed_field_updates_only_that_patient(klinik, db, tmp_path):
    klinik(write_csv(tmp_path / "p.csv", [child(), child(OLLE, fornamn="Olle")]))
    out = klinik(write_csv(tmp_path / "p2.csv", [child(telefon="090-10 20 30"), child(OLLE, fornamn="Olle")]))
    assert out.code == 0 and "1 uppdaterade" in out.stderr
    assert db("SELECT personnummer, phone, phone_digits, row_version FROM patient ORDER BY id") == [
        (ELLA, "090-10 20 30", "090102030", 2), (OLLE, "070-123 45 67", "0701234567", 1)]
    assert db("SELECT count(*) FROM access_log")[0][0] == 3  # two first, one for the update


def test_new_listing_start_adds_a_listing_and_keeps_the_old(klinik, db, tmp_path):
    klinik(write_csv(tmp_path / "p.csv", [child()]))
    klinik(write_csv(tmp_path / "p.csv", [child(listad_fran="2025-02-01", samtycke_datum="2025-01-20")]))
    assert db("SELECT listing_type, start_date FROM listing ORDER BY id") == [("val", "2024-01-15"), ("val", "2025-02-01")]
    assert db("SELECT row_version FROM patient") == [(1,)]  # the patient's own fields did not change


def test_guardian_without_personnummer_is_not_duplicated_on_reimport(klinik, db, tmp_path):
    path = write_csv(tmp_path / "p.csv", [child(vardnadshavare1_personnummer="")])
    klinik(path)
    klinik(path)
    assert db("SELECT personnummer, name FROM guardian") == [(None, "Anna Lind")]
    # A later file gives her personnummer: the same guardian row gets it.
    klinik(write_csv(tmp_path / "p2.csv", [child()]))
    assert db("SELECT id, personnummer, name, row_version FROM guardian") == [(1, ANNA, "Anna Lind", 2)]


def test_guardians_follow_the_file(klinik, db, tmp_path):
    per = pnr("1983-11-30", 358)
    klinik(write_csv(tmp_path / "p.csv", [child(vardnadshavare2_personnummer=per, vardnadshavare2_namn="Per Lind")]))
    # A new phone for the mother (shared with Olle), and no second guardian any more.
    rows = [child(vardnadshavare1_telefon="070-111 22 33", vardnadshavare2_personnummer="", vardnadshavare2_namn=""),
            child(OLLE, fornamn="Olle", vardnadshavare1_telefon="")]
    out = klinik(write_csv(tmp_path / "p2.csv", rows))
    assert out.code == 0 and "1 nya patienter, 1 uppdaterade" in out.stderr
    assert db("SELECT personnummer, phone, row_version FROM guardian ORDER BY id") == [
        (ANNA, "070-111 22 33", 2), (per, None, 1)]
    assert db("SELECT patient_id, position, guardian_id FROM patient_guardian ORDER BY patient_id, position") == [
        (1, 1, 1), (2, 1, 1)]


def test_import_never_lifts_protected_identity(klinik, db, tmp_path):
    klinik(write_csv(tmp_path / "p.csv", [child(skyddad_identitet="ja")]))
    out = klinik(write_csv(tmp_path / "p.csv", [child(skyddad_identitet="nej")]))
    assert out.code == 0
    assert db("SELECT protected_identity, row_version FROM patient") == [(1, 1)]


# --- rejected rows: all or nothing, --partial ------------------------------------------------------


@pytest.mark.parametrize("cells, column, error, words", [
    ({"personnummer": ELLA[:-1] + str((int(ELLA[-1]) + 1) % 10)}, "personnummer", "ogiltigt-personnummer", "kontrollsiffra"),
    ({"fornamn": ""}, "fornamn", "saknas", "Skriv patientens förnamn"),
    ({"listad_fran": "2023-02-29"}, "listad_fran", "ogiltigt-datum", "inte finns i kalendern"),
    ({"kommunkod": "248"}, "kommunkod", "ogiltigt-varde", "fyra siffror"),
    ({"samtycke_metod": "sms"}, "samtycke_metod", "ogiltigt-varde", "pa-plats, telefon, papper eller e-tjanst"),
    ({"ansvarig_tandlakare": "Dr Berg"}, "ansvarig_tandlakare", "ogiltigt-varde", "HSA-ID"),
    ({"vardnadshavare1_personnummer": "12345"}, "vardnadshavare1_personnummer", "ogiltigt-personnummer", "10 eller 12 siffror"),
    ({"kommunkod": "0180"}, "personnummer", "utanfor-malgrupp", "R-TG-2"),
])  # fmt: skip
def test_invalid_row_rejects_the_whole_file(klinik, db, tmp_path, cells, column, error, words):
    rows = [child(OLLE, fornamn="Olle"), child(**cells)]
    out = klinik(write_csv(tmp_path / "p.csv", rows))
    assert out.code == 2
    assert out.report["imported"] == 0
    e = out.report["rejected"][0]
    assert (e["line"], e["column"], e["error"]) == (3, column, error)
    assert e["value"] == (rows[1][column] or None)
    assert words in e["message"]
    assert counts(db) == dict.fromkeys(TABLES, 0)  # nothing half-written
    assert out.stderr.startswith("Ingenting importerades") and "--partial" in out.stderr


def test_report_lists_every_invalid_row_in_column_order(klinik, tmp_path):
    columns = ["kommunkod", "fornamn", "efternamn", "personnummer"]
    rows = [child(kommunkod="x", fornamn="", personnummer="1"), child(OLLE), child(pnr("2016-01-01"), efternamn="")]
    out = klinik(write_csv(tmp_path / "p.csv", rows, columns=columns))
    found = [(e["line"], e["column"], e["error"], e["value"]) for e in out.report["rejected"]]
    assert found == [(2, "kommunkod", "ogiltigt-varde", "x"), (2, "fornamn", "saknas", None),
                     (2, "personnummer", "ogiltigt-personnummer", "1"), (4, "efternamn", "saknas", None)]
    assert "2 rader felaktiga" in out.stderr


def test_partial_imports_the_valid_rows_and_exits_3(klinik, db, tmp_path):
    rows = [child(), child(OLLE, fornamn="Olle", kommunkod="0180")]
    out = klinik(write_csv(tmp_path / "p.csv", rows), "--partial")
    assert out.code == 3
    assert out.report["imported"] == 1 and [e["line"] for e in out.report["rejected"]] == [3]
    assert db("SELECT personnummer FROM patient") == [(ELLA,)]
    assert out.stderr.startswith("Delvis importerad") and "1 rad avvisad" in out.stderr


def test_partial_with_every_row_rejected_exits_3(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "p.csv", [child(fornamn="")]), "--partial")
    assert (out.code, out.report["imported"]) == (3, 0)
    assert counts(db)["patient"] == 0


def test_partial_with_every_row_valid_exits_0(klinik, tmp_path):
    assert klinik(write_csv(tmp_path / "p.csv", [child()]), "--partial").code == 0


def test_dubblett_later_row_rejected_first_stands(klinik, db, tmp_path):
    rows = [child(), child(OLLE, fornamn="Olle"), child(short(ELLA), fornamn="Elin")]
    out = klinik(write_csv(tmp_path / "p.csv", rows), "--partial")
    assert out.code == 3
    e = only_error(out)
    assert (e["line"], e["column"], e["error"], e["value"]) == (4, "personnummer", "dubblett", short(ELLA))
    assert "rad 2" in e["message"]
    assert db("SELECT first_name FROM patient WHERE personnummer = :pnr", pnr=ELLA) == [("Ella",)]


def test_wrong_number_of_cells_is_a_broken_row(klinik, tmp_path):
    path = write_csv(tmp_path / "p.csv", [child()], columns=["personnummer", "fornamn", "efternamn", "kommunkod"])
    path.write_text(path.read_text() + f"{OLLE};Olle;Lind\r\n{pnr('2016-01-01')};Ola;Lind;2480;extra\r\n")
    out = klinik(path)
    assert out.code == 2
    found = [(e["line"], e["column"], e["error"], e["value"]) for e in out.report["rejected"]]
    assert found == [(3, "kommunkod", "ogiltigt-varde", None), (4, "personnummer", "ogiltigt-varde", "extra")]
    assert "avgränsarna" in out.report["rejected"][0]["message"]


# --- header errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize("flags", [(), ("--partial",)])
def test_unknown_column_rejects_the_file_even_with_partial(klinik, db, tmp_path, flags):
    out = klinik(write_csv(tmp_path / "p.csv", [child() | {"skostorlek": "32"}]), *flags)
    assert out.code == 2
    assert only_error(out) | {"message": ""} == {"line": 1, "column": "skostorlek", "value": "skostorlek",
                                                 "error": "okand-kolumn", "message": ""}
    assert "finns inte i formatet" in only_error(out)["message"]
    assert counts(db)["patient"] == 0
    assert "rubrikraden" in out.stderr


@pytest.mark.parametrize("flags", [(), ("--partial",)])
def test_missing_required_column_rejects_the_file_even_with_partial(klinik, db, tmp_path, flags):
    columns = [c for c in child() if c != "kommunkod"]
    out = klinik(write_csv(tmp_path / "p.csv", [child()], columns=columns), *flags)
    assert out.code == 2
    assert only_error(out) | {"message": ""} == {"line": 1, "column": "kommunkod", "value": None,
                                                 "error": "saknas", "message": ""}
    assert "Lägg till kolumnen" in only_error(out)["message"]
    assert counts(db)["patient"] == 0


def test_empty_file_misses_the_required_columns(klinik, tmp_path):
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    out = klinik(path)
    assert out.code == 2
    assert [(e["line"], e["column"], e["error"]) for e in out.report["rejected"]] == [
        (1, "personnummer", "saknas"), (1, "fornamn", "saknas"), (1, "efternamn", "saknas"), (1, "kommunkod", "saknas")]


# --- files that cannot be read ---------------------------------------------------------------------


def test_missing_file_exits_1(klinik, tmp_path):
    out = klinik(tmp_path / "finns-inte.csv")
    assert out.code == 1
    assert out.report == {"imported": 0, "rejected": []}
    assert "finns inte" in out.stderr


def test_file_not_utf8_exits_1(klinik, db, tmp_path):
    path = write_csv(tmp_path / "p.csv", [child(efternamn="Östlund")])
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))
    out = klinik(path)
    assert out.code == 1
    assert "inte sparad som UTF-8" in out.stderr and "CSV UTF-8" in out.stderr
    assert counts(db)["patient"] == 0


def test_database_error_mid_write_rolls_everything_back(klinik, db, db_path, tmp_path):
    fail_inserts_as_disk_full(db_path, "listing")  # the disk fills up when the listings are written
    out = klinik(write_csv(tmp_path / "p.csv", [child(), child(OLLE, fornamn="Olle")]))
    assert out.code == 1
    assert "Disken är full" in out.stderr
    assert counts(db) == dict.fromkeys(TABLES, 0)


# --- target group (R-TG) ---------------------------------------------------------------------------


def test_r_tg_1_samordningsnummer_with_listing_is_outside_the_target_group(klinik, db, tmp_path):
    coordination = pnr("2015-03-10", 123, coordination=True)
    out = klinik(write_csv(tmp_path / "p.csv", [child(coordination)]))
    e = only_error(out)
    assert (out.code, e["column"], e["error"], e["value"]) == (2, "personnummer", "utanfor-malgrupp", coordination)
    assert "samordningsnummer" in e["message"] and "utan listningstyp" in e["message"]
    # The same person without a listing is stored (treated, never listed).
    assert klinik(write_csv(tmp_path / "p.csv", [child(coordination, **UNLISTED)])).code == 0
    assert db("SELECT id_kind FROM patient") == [("samordningsnummer",)]


def test_r_tg_2_municipality_outside_the_county(klinik, db, tmp_path):
    e = only_error(klinik(write_csv(tmp_path / "p.csv", [child(kommunkod="0180")])))
    assert e["error"] == "utanfor-malgrupp" and "0180" in e["message"]
    assert klinik(write_csv(tmp_path / "p.csv", [child(kommunkod="0180", **UNLISTED)])).code == 0


def test_r_tg_1_too_young_on_listad_fran(klinik, tmp_path):
    # Born 2022: in the group from 1 January 2025 (the year of the 3rd birthday), so not on 2024-06-01.
    row = child(pnr("2022-05-01"), listad_fran="2024-06-01", samtycke_datum="2024-05-20")
    e = only_error(klinik(write_csv(tmp_path / "p.csv", [row])))
    assert e["error"] == "utanfor-malgrupp" and "listad_fran (2024-06-01)" in e["message"]
    ok = child(pnr("2022-05-01"), listad_fran="2025-01-01", samtycke_datum="2024-12-20")
    assert klinik(write_csv(tmp_path / "p.csv", [ok])).code == 0


def test_r_tg_1_turned_24_is_outside_the_target_group_today(klinik, tmp_path):
    # Born 2002: in the group up to and including 31 December 2025, the year of the 23rd birthday.
    row = child(pnr("2002-04-01"), listad_fran="2021-01-01", samtycke_datum="2020-12-20", samtycke_givare="patient")
    e = only_error(klinik(write_csv(tmp_path / "p.csv", [row])))
    assert e["error"] == "utanfor-malgrupp" and "dagens datum (2026-11-22)" in e["message"]
    assert klinik(write_csv(tmp_path / "p.csv", [row]), today="2025-12-31").code == 0


# --- consent (R-LI-1) ------------------------------------------------------------------------------


def test_r_li_1_patient_consents_from_18_on_the_consent_date(klinik, db, tmp_path):
    born = pnr("2007-09-14")
    at_17 = child(born, samtycke_givare="patient", samtycke_datum="2025-09-13", listad_fran="2025-10-01")
    e = only_error(klinik(write_csv(tmp_path / "p.csv", [at_17])))
    assert (e["column"], e["error"]) == ("samtycke_givare", "ogiltigt-varde")
    assert "17 år" in e["message"] and "vardnadshavare1" in e["message"]
    at_18 = at_17 | {"samtycke_datum": "2025-09-14"}
    assert klinik(write_csv(tmp_path / "p.csv", [at_18])).code == 0
    assert db("SELECT giver, guardian_id, given_on FROM consent") == [("patient", None, "2025-09-14")]


def test_r_li_1_guardian_consent_needs_that_guardian_named(klinik, db, tmp_path):
    e = only_error(klinik(write_csv(tmp_path / "p.csv", [child(samtycke_givare="vardnadshavare2")])))
    assert (e["column"], e["error"], e["value"]) == ("samtycke_givare", "ogiltigt-varde", "vardnadshavare2")
    assert "vardnadshavare2_namn" in e["message"]
    second = child(samtycke_givare="vardnadshavare2", vardnadshavare2_namn="Per Lind")
    assert klinik(write_csv(tmp_path / "p.csv", [second])).code == 0
    per = db("SELECT id FROM guardian WHERE name = 'Per Lind'")[0][0]
    assert db("SELECT giver, guardian_id FROM consent") == [("vardnadshavare", per)]
    assert db("SELECT position, guardian_id FROM patient_guardian ORDER BY position")[1] == (2, per)


def test_r_li_6_empty_responsible_dentist_is_stored(klinik, db, tmp_path):
    assert klinik(write_csv(tmp_path / "p.csv", [child(ansvarig_tandlakare="")])).code == 0
    assert db("SELECT responsible_dentist_hsa_id FROM patient") == [(None,)]


# --- --as-new and the outbox (R-TG-4) --------------------------------------------------------------


def test_as_new_queues_each_new_choice_listing_with_its_consent(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "p.csv", [child()]), "--as-new", user=USER)
    assert out.code == 0 and "1 listningar köade" in out.stderr
    [(kind, payload, status, staff, patient_id)] = db(
        "SELECT kind, payload, status, staff_hsa_id, patient_id FROM outbox_item")
    assert (kind, status, staff, patient_id) == ("listing", "waiting", USER, 1)
    listing_uuid, consent_uuid = db("SELECT l.uuid, c.uuid FROM listing l JOIN consent c ON c.id = l.consent_id")[0]
    assert json.loads(payload) == {"listing_uuid": listing_uuid, "consent_uuid": consent_uuid}
    assert db("SELECT recorded_by FROM consent") == [(USER,)]


def test_r_tg_4_as_new_never_queues_a_protected_identity_patient(klinik, db, tmp_path):
    rows = [child(skyddad_identitet="ja"), child(OLLE, fornamn="Olle", skyddad_identitet="nej")]
    assert klinik(write_csv(tmp_path / "p.csv", rows), "--as-new", user=USER).code == 0
    assert db("SELECT patient_id FROM outbox_item") == [(2,)]
    assert db("SELECT count(*) FROM listing")[0][0] == 2  # both listed locally


def test_r_li_2_as_new_assigned_listing_is_not_sent(klinik, db, tmp_path):
    row = child(listningstyp="icke-val", samtycke_datum="", samtycke_givare="", samtycke_metod="")
    assert klinik(write_csv(tmp_path / "p.csv", [row]), "--as-new", user=USER).code == 0
    assert counts(db)["listing"] == 1 and counts(db)["outbox_item"] == 0


def test_as_new_without_user_is_wrong_use(klinik, db, tmp_path):
    out = klinik(write_csv(tmp_path / "p.csv", [child()]), "--as-new")
    assert out.code == 64 and "--user" in out.stderr
    assert counts(db)["patient"] == 0
