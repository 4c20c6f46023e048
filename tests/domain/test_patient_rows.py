"""One patients CSV row: checked, normalised, and every error in the header's column order."""

from datetime import date

import pytest

from klinik_app.domain.identity import luhn_check_digit
from klinik_app.domain.patient_rows import (
    COLUMNS,
    ConsentRecord,
    ErrorCode,
    PatientRecord,
    Rejection,
    check_header,
    validate_row,
)
from klinik_app.domain.ruleset import default_rules_dir, load_rule_set

TODAY = date(2026, 11, 22)
RULES = load_rule_set(default_rules_dir() / "vasterbotten.toml")


def pnr(birth: str, serial: int = 123, *, coordination: bool = False, sep: str = "") -> str:
    """A valid identity number for a birth date YYYY-MM-DD (12 digits unless sep is given)."""
    y, m, d = birth.split("-")
    day = int(d) + (60 if coordination else 0)
    nine = f"{y[2:]}{m}{day:02d}{serial:03d}"
    return f"{y}{m}{day:02d}{sep}{serial:03d}{luhn_check_digit(nine)}"


CHILD = pnr("2015-03-10")
MOTHER = pnr("1985-06-01", 246)


def row(**cells: str) -> dict[str, str]:
    base = {
        "personnummer": CHILD, "fornamn": "Ella", "efternamn": "Lind", "kommunkod": "2480",
        "vardnadshavare1_personnummer": MOTHER, "vardnadshavare1_namn": "Anna Lind",
        "listningstyp": "val", "listad_fran": "2024-01-15", "samtycke_datum": "2024-01-10",
        "samtycke_givare": "vardnadshavare1", "samtycke_metod": "pa-plats",
    }  # fmt: skip
    return base | cells


def check(cells: dict[str, str], today: date = TODAY):
    return validate_row(cells, 7, today, RULES)


def errors(cells: dict[str, str]) -> list[tuple[str, str]]:
    result = check(cells)
    assert isinstance(result, list), result
    return [(r.column, r.error) for r in result]


def test_valid_row_is_normalised():
    r = check(row(personnummer=CHILD[2:8] + "-" + CHILD[8:], postnummer="90325", adress=" Storgatan 1 ",
                  skyddad_identitet="Ja", ansvarig_tandlakare="se2321000222-t0001"))
    assert isinstance(r, PatientRecord)
    assert r.personnummer == CHILD and r.birth_date == date(2015, 3, 10) and r.id_kind == "personnummer"
    assert (r.street, r.postal_code, r.protected) == ("Storgatan 1", "903 25", True)
    assert r.responsible_dentist_hsa_id == "SE2321000222-T0001"
    assert r.guardians[0].personnummer == MOTHER and r.guardians[0].position == 1
    assert r.listing.consent == ConsentRecord(date(2024, 1, 10), "vardnadshavare", 1, "pa-plats")
    assert r.line == 7


def test_errors_follow_the_files_column_order():
    cells = {"kommunkod": "248", "efternamn": "", "personnummer": "19xx", "fornamn": "Ella"}
    result = check(cells)
    assert [(r.column, r.error) for r in result] == [
        ("kommunkod", "ogiltigt-varde"), ("efternamn", "saknas"), ("personnummer", "ogiltigt-personnummer")]
    assert all(isinstance(r, Rejection) and r.line == 7 for r in result)
    assert result[1].value is None  # an empty cell


@pytest.mark.parametrize("cells, column, error, words", [
    ({"personnummer": CHILD[:-1] + str((int(CHILD[-1]) + 1) % 10)}, "personnummer", "ogiltigt-personnummer", "kontrollsiffra"),
    ({"personnummer": ""}, "personnummer", "saknas", "personnummer"),
    ({"fornamn": " "}, "fornamn", "saknas", "förnamn"),
    ({"kommunkod": "Umeå"}, "kommunkod", "ogiltigt-varde", "fyra siffror"),
    ({"postnummer": "9032"}, "postnummer", "ogiltigt-varde", "fem siffror"),
    ({"skyddad_identitet": "kanske"}, "skyddad_identitet", "ogiltigt-varde", "ja eller nej"),
    ({"telefon": "ring mamma"}, "telefon", "ogiltigt-varde", "telefonnummer"),
    ({"epost": "ella.lind"}, "epost", "ogiltigt-varde", "e-postadress"),
    ({"listningstyp": "vald"}, "listningstyp", "ogiltigt-varde", "val, icke-val"),
    ({"listad_fran": ""}, "listad_fran", "saknas", "vårdansvaret"),
    ({"listad_fran": "2023-02-29"}, "listad_fran", "ogiltigt-datum", "kalendern"),
    ({"listad_fran": "15/1/2024"}, "listad_fran", "ogiltigt-datum", "ÅÅÅÅ-MM-DD"),
    ({"samtycke_datum": ""}, "samtycke_datum", "saknas", "samtycke"),
    ({"samtycke_datum": "2027-01-01"}, "samtycke_datum", "ogiltigt-datum", "efter dagens datum"),
    ({"samtycke_metod": "brev"}, "samtycke_metod", "ogiltigt-varde", "pa-plats, telefon, papper eller e-tjanst"),
    ({"samtycke_givare": ""}, "samtycke_givare", "saknas", "vardnadshavare1"),
    ({"samtycke_givare": "mamma"}, "samtycke_givare", "ogiltigt-varde", "vardnadshavare2"),
    ({"ansvarig_tandlakare": "Dr Berg"}, "ansvarig_tandlakare", "ogiltigt-varde", "HSA-ID"),
    ({"vardnadshavare1_personnummer": "850601-2461"}, "vardnadshavare1_personnummer", "ogiltigt-personnummer", "kontrollsiffra"),
    ({"vardnadshavare2_telefon": "070-1"}, "vardnadshavare2_namn", "saknas", "vardnadshavare2_namn"),
    ({"vardnadshavare1_personnummer": CHILD}, "vardnadshavare1_personnummer", "ogiltigt-varde", "patientens eget"),
    ({"vardnadshavare2_personnummer": MOTHER}, "vardnadshavare2_personnummer", "ogiltigt-varde", "två olika"),
    ({"fornamn": "E" * 101}, "fornamn", "ogiltigt-varde", "högst 100"),
])  # fmt: skip
def test_each_error_names_the_column_and_what_to_write(cells, column, error, words):
    result = check(row(**cells))
    assert isinstance(result, list)
    first = result[0]
    assert (first.column, first.error) == (column, error)
    assert column in first.message or words in first.message
    assert words in first.message


def test_listad_fran_without_listningstyp_and_consent_without_choice_listing_are_refused():
    assert errors(row(listningstyp="")) == [("listningstyp", "saknas"), ("samtycke_datum", "ogiltigt-varde"),
                                            ("samtycke_givare", "ogiltigt-varde"), ("samtycke_metod", "ogiltigt-varde")]
    assert errors(row(listningstyp="icke-val"))[0] == ("samtycke_datum", "ogiltigt-varde")
    plain = row(listningstyp="", listad_fran="", samtycke_datum="", samtycke_givare="", samtycke_metod="")
    assert check(plain).listing is None


def test_icke_val_listing_needs_no_consent():
    r = check(row(listningstyp="icke-val", samtycke_datum="", samtycke_givare="", samtycke_metod=""))
    assert r.listing.listing_type == "icke-val" and r.listing.consent is None


def test_r_li_1_patient_consents_only_from_18_on_the_consent_date():
    born = pnr("2006-05-20")
    adult = dict(personnummer=born, samtycke_givare="patient", listad_fran="2024-06-01")
    assert errors(row(**adult, samtycke_datum="2024-05-19")) == [("samtycke_givare", "ogiltigt-varde")]
    message = check(row(**adult, samtycke_datum="2024-05-19"))[0].message
    assert "17 år" in message and "vardnadshavare1" in message
    assert isinstance(check(row(**adult, samtycke_datum="2024-05-20")), PatientRecord)


def test_r_li_1_guardian_consent_needs_that_guardian_in_the_row():
    assert errors(row(samtycke_givare="vardnadshavare2")) == [("samtycke_givare", "ogiltigt-varde")]
    by_number_only = row(vardnadshavare1_namn="")
    assert check(by_number_only).listing.consent.guardian_position == 1
    by_name_only = row(vardnadshavare1_personnummer="", samtycke_givare="vardnadshavare2", vardnadshavare2_namn="Per Lind")
    assert check(by_name_only).listing.consent.guardian_position == 2


def test_r_tg_1_samordningsnummer_cannot_be_listed_but_can_be_stored():
    coordination = pnr("2015-03-10", coordination=True)
    result = check(row(personnummer=coordination))
    assert [(r.column, r.error) for r in result] == [("personnummer", "utanfor-malgrupp")]
    assert "samordningsnummer" in result[0].message and "utan listningstyp" in result[0].message
    unlisted = row(personnummer=coordination, listningstyp="", listad_fran="", samtycke_datum="",
                   samtycke_givare="", samtycke_metod="")
    assert check(unlisted).id_kind == "samordningsnummer"


def test_r_tg_2_municipality_outside_the_county_cannot_be_listed():
    result = check(row(kommunkod="0180"))
    assert result[0].error == "utanfor-malgrupp" and "0180" in result[0].message
    unlisted = row(kommunkod="0180", listningstyp="", listad_fran="", samtycke_datum="", samtycke_givare="",
                   samtycke_metod="")
    assert check(unlisted).municipality_code == "0180"


def test_r_tg_1_checked_on_listad_fran_and_on_today():
    too_young_then = row(personnummer=pnr("2022-05-01"), listad_fran="2024-06-01", samtycke_datum="2024-06-01")
    result = check(too_young_then)
    assert result[0].error == "utanfor-malgrupp" and "listad_fran (2024-06-01)" in result[0].message
    too_old_now = row(personnummer=pnr("2002-04-01"), listad_fran="2020-04-01", samtycke_datum="2020-04-01",
                      samtycke_givare="patient")
    result = check(too_old_now)
    assert result[0].error == "utanfor-malgrupp" and "dagens datum (2026-11-22)" in result[0].message
    assert isinstance(check(too_old_now, today=date(2025, 12, 31)), PatientRecord)  # last day of the year of 23


def test_r_tg_1_unlisted_patient_of_any_age_is_stored():
    r = check({"personnummer": "19200101+" + pnr("1920-01-01")[-4:], "fornamn": "Karl", "efternamn": "Ek",
               "kommunkod": "0180"})
    assert r.birth_date == date(1920, 1, 1) and r.listing is None


def test_check_header():
    assert check_header(list(COLUMNS)) == []
    found = check_header(["Förnamn", "personnummer", "efternamn", "x", "efternamn", ""])
    assert [(r.line, r.column, r.error) for r in found] == [
        (1, "Förnamn", "okand-kolumn"), (1, "x", "okand-kolumn"), (1, "efternamn", "ogiltigt-varde"),
        (1, "", "okand-kolumn"), (1, "fornamn", "saknas"), (1, "kommunkod", "saknas")]
    assert "'fornamn'" in found[0].message
    assert found[3].value is None and "saknar namn" in found[3].message
    assert {e.value for e in ErrorCode} == {"ogiltigt-personnummer", "saknas", "ogiltigt-datum", "ogiltigt-varde",
                                            "okand-kolumn", "okand-patient", "dubblett", "utanfor-malgrupp"}
