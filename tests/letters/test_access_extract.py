"""R-SE-2: the patient's extract of the access log as a letter (read back from the PDF)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from klinik_app.letters import AccessRow, Recipient, access_extract_pdf
from klinik_app.letters.access_extract import period_text
from tests.letters.conftest import WRITTEN_ON
from tests.letters.pdf import base_fonts, fonts_without_file, page_texts

ELLA = Recipient(("Ella Lind",), ("Björkvägen 3", "903 31 Umeå"))
PNR = "20150310-2343"
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))
WHO = [("Sara Berg", "Tandläkare"), ("SE2321000222-P0001", "Reception"), ("Vera Chef", "Verksamhetschef"),
       ("os:reception", "Datorkonto")]
WHAT = ["Läste uppgifter: patientkort", "Ändrade uppgifter: revision registrerad",
        "Skrev ut brev: kallelse till revision", "Loggkontroll: patientens logg"]


def _rows(count: int) -> list[AccessRow]:
    rows = []
    for n in range(count):
        who, role = WHO[n % len(WHO)]
        rows.append(AccessRow(datetime(2026, 10, 1 + n % 28, 8 + n % 10, n % 60), who, role, f"BEH-{n % 3}",
                              "Tandkliniken Testbyn", WHAT[n % len(WHAT)]))
    return rows


def test_r_se_2_extract_reads_back_with_when_who_role_where_and_what(tmp_path, letterhead):
    path = tmp_path / "utdrag.pdf"
    result = access_extract_pdf(path, letterhead, ELLA, "Ella Lind", PNR, *OCTOBER, _rows(4), WRITTEN_ON)

    assert (result.letters, result.pages) == (1, 1)
    text = page_texts(path)[0]
    assert "Loggutdrag" in text and "Utdrag ur åtkomstloggen" in text
    assert "Ella Lind Björkvägen 3 903 31 Umeå" in text  # the window
    assert f"Utdraget gäller Ella Lind, {PNR}." in text
    assert "Period: 1 oktober 2026 – 31 oktober 2026. Antal registrerade åtkomster: 4." in text
    assert "Tid Vem Roll Dator Vårdenhet Vad" in text
    assert "2026-10-01 08:00 Sara Berg Tandläkare BEH-0 Tandkliniken Testbyn Läste uppgifter: patientkort" in text
    assert "2026-10-02 09:01 SE2321000222-P0001 Reception BEH-1" in text  # an HSA-ID on one line
    assert "2026-10-03 10:02 Vera Chef Verksamhetschef" in text
    assert "os:reception Datorkonto" in text and "Loggkontroll: patientens logg" in text
    assert "22 november 2026" in text and "2026-10-01–2026-10-31" in text
    assert "Integritetsskyddsmyndigheten (IMY)" in text and "090-12 34 56" in text


def test_r_se_2_a_long_extract_repeats_the_table_header_on_every_page(tmp_path, letterhead):
    path = tmp_path / "utdrag.pdf"
    result = access_extract_pdf(path, letterhead, ELLA, "Ella Lind", PNR, None, None, _rows(120), WRITTEN_ON)

    texts = page_texts(path)
    assert result.pages == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert "Tid Vem Roll Dator Vårdenhet Vad" in text
        assert f"{number} ({len(texts)})" in text
    everything = " ".join(texts)
    assert everything.count("Tandkliniken Testbyn Läste uppgifter: patientkort") == 30
    assert "Period: hela den tid loggen omfattar." in everything and "Hela loggen" in everything
    assert base_fonts(path) == {"DejaVuSans", "DejaVuSans-Bold"} and fonts_without_file(path) == set()


def test_r_se_2_an_extract_without_entries_says_so(tmp_path, letterhead):
    path = tmp_path / "utdrag.pdf"
    access_extract_pdf(path, letterhead, ELLA, "Ella Lind", PNR, *OCTOBER, [], WRITTEN_ON)
    text = page_texts(path)[0]
    assert "Antal registrerade åtkomster: 0." in text
    assert "Inga åtkomster till dina uppgifter är registrerade under perioden." in text
    assert "Tid Vem Roll" not in text


def test_r_se_2_extract_is_byte_identical_for_the_same_input(tmp_path, letterhead):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for path in (first, second):
        access_extract_pdf(path, letterhead, ELLA, "Ella Lind", PNR, *OCTOBER, _rows(30), WRITTEN_ON)
    assert first.read_bytes() == second.read_bytes()


def test_r_se_2_text_is_data_not_markup(tmp_path, letterhead):
    row = AccessRow(datetime(2026, 10, 1, 8, 0), "Ek & <Son>", "Tandläkare", "A<B", "Enhet & Co", "Läste <b>x</b>")
    path = tmp_path / "utdrag.pdf"
    access_extract_pdf(path, letterhead, ELLA, "Ella & Lind", PNR, *OCTOBER, [row], WRITTEN_ON)
    text = page_texts(path)[0]
    assert "Ek & <Son>" in text and "A<B" in text and "Läste <b>x</b>" in text and "Ella & Lind" in text


def test_r_se_2_a_period_that_ends_before_it_starts_is_refused(tmp_path, letterhead):
    with pytest.raises(ValueError, match="efter att den slutar"):
        access_extract_pdf(tmp_path / "x.pdf", letterhead, ELLA, "Ella Lind", PNR, date(2026, 11, 1),
                           date(2026, 10, 1), [], WRITTEN_ON)
    assert list(tmp_path.iterdir()) == []


def test_period_texts():
    assert period_text(*OCTOBER) == "1 oktober 2026 – 31 oktober 2026"
    assert period_text(date(2026, 1, 1), None) == "från och med 1 januari 2026"
    assert period_text(None, date(2026, 1, 1)) == "till och med 1 januari 2026"
    assert period_text(None, None) == "hela den tid loggen omfattar"
