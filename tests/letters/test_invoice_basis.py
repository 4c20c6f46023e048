"""R-TG-4: the monthly invoice basis for patients with protected personal data (PDF and CSV)."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest

from klinik_app.letters import InvoiceRow, protected_invoice_basis_csv, protected_invoice_basis_pdf
from tests.letters.pdf import base_fonts, fonts_without_file, page_texts

MONTH = date(2026, 11, 1)
WRITTEN_ON = date(2026, 12, 1)
MARKING = "Skyddade personuppgifter – får inte registreras i listningssystemet"


def _row(n: int, treatments=(), total=Decimal(0), start=date(2026, 11, 1)) -> InvoiceRow:
    personnummer = f"2012010{n % 9 + 1}-{1000 + n}"
    return InvoiceRow(personnummer, f"Skyddad Patient{n}", start, date(2026, 11, 30), treatments, total)


def _rows(count: int) -> list[InvoiceRow]:
    return [_row(n) for n in range(count)]


def test_r_tg_4_pdf_reads_sensibly_without_treatments(tmp_path, letterhead, orderer):
    path = tmp_path / "basis.pdf"
    result = protected_invoice_basis_pdf(path, letterhead, orderer, MONTH, _rows(2), WRITTEN_ON)

    assert (result.letters, result.pages) == (1, 1)
    text = page_texts(path)[0]
    assert MARKING in text
    assert "Underlag för fakturering, november 2026" in text
    assert "Antal patienter: 2" in text and "Belopp att fakturera: 0,00 kr" in text
    assert text.count("Inga behandlingar registrerade under månaden") == 2
    assert "20120101-1000 Skyddad Patient0" in text
    assert "Region Västerbotten" in text and "1 december 2026" in text


def test_r_tg_4_pdf_lists_treatments_and_totals(tmp_path, letterhead, orderer):
    treatments = [
        (date(2026, 11, 12), "301", "Basundersökning", Decimal("850.00")),
        (date(2026, 11, 20), "311", "Fyllning, en yta", Decimal("1234.50")),
    ]
    rows = [_row(0), _row(1, treatments, Decimal("2084.50"), start=date(2026, 11, 10))]
    path = tmp_path / "basis.pdf"
    protected_invoice_basis_pdf(path, letterhead, orderer, MONTH, rows, WRITTEN_ON)

    text = page_texts(path)[0]
    assert "2026-11-12 301 Basundersökning, 850,00 kr" in text
    assert "2026-11-20 311 Fyllning, en yta, 1 234,50 kr" in text
    assert "2026-11-10 – 2026-11-30" in text
    assert "Summa att fakturera 2 084,50" in text
    assert "Belopp att fakturera: 2 084,50 kr" in text


def test_r_tg_4_every_page_is_marked_and_repeats_the_table_header(tmp_path, letterhead, orderer):
    path = tmp_path / "basis.pdf"
    result = protected_invoice_basis_pdf(path, letterhead, orderer, MONTH, _rows(45), WRITTEN_ON)

    texts = page_texts(path)
    assert result.pages == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert MARKING in text
        assert "Personnummer Namn Vid kliniken Behandlingar Belopp (kr)" in text
        assert f"{number} ({len(texts)})" in text
    everything = " ".join(texts)
    assert all(f"Skyddad Patient{n} " in everything for n in range(45))
    assert base_fonts(path) == {"DejaVuSans", "DejaVuSans-Bold"} and fonts_without_file(path) == set()


def test_r_tg_4_pdf_is_byte_identical_for_the_same_input(tmp_path, letterhead, orderer):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for path in (first, second):
        protected_invoice_basis_pdf(path, letterhead, orderer, MONTH, _rows(30), WRITTEN_ON)
    assert first.read_bytes() == second.read_bytes()


def test_r_tg_4_no_patients_is_refused_rather_than_an_empty_document(tmp_path, letterhead, orderer):
    with pytest.raises(ValueError, match="inga patienter med skyddade personuppgifter"):
        protected_invoice_basis_pdf(tmp_path / "b.pdf", letterhead, orderer, MONTH, [], WRITTEN_ON)
    with pytest.raises(ValueError, match="inga patienter med skyddade personuppgifter"):
        protected_invoice_basis_csv(tmp_path / "b.csv", [])
    assert list(tmp_path.iterdir()) == []


def test_r_tg_4_a_period_outside_the_month_is_refused(tmp_path, letterhead, orderer):
    row = _row(0, start=date(2026, 10, 20))
    with pytest.raises(ValueError, match="ligger utanför november 2026"):
        protected_invoice_basis_pdf(tmp_path / "b.pdf", letterhead, orderer, MONTH, [row], WRITTEN_ON)


def test_r_tg_4_a_total_that_does_not_match_the_treatments_is_refused():
    with pytest.raises(ValueError, match="stämmer inte med behandlingarna"):
        _row(0, [(date(2026, 11, 12), "301", "Basundersökning", Decimal("850"))], Decimal("900"))


def test_r_tg_4_csv_is_swedish_excel_friendly(tmp_path):
    treatments = [
        (date(2026, 11, 12), "301", "Basundersökning", Decimal("850")),
        (date(2026, 11, 20), "311", "Fyllning, en yta", Decimal("1234.5")),
    ]
    rows = [_row(0), _row(1, treatments, Decimal("2084.5"))]
    path = tmp_path / "basis.csv"
    assert protected_invoice_basis_csv(path, rows) == 3

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == (
        "Personnummer;Namn;Vid kliniken från;Vid kliniken till;"
        "Behandlingsdatum;Åtgärdskod;Åtgärd;Belopp (kr)"
    )
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert table[1] == ["20120101-1000", "Skyddad Patient0", "2026-11-01", "2026-11-30", "", "",
                        "Inga behandlingar registrerade under månaden", "0,00"]
    assert table[2][4:] == ["2026-11-12", "301", "Basundersökning", "850,00"]
    assert table[3][4:] == ["2026-11-20", "311", "Fyllning, en yta", "1234,50"]


def test_r_tg_4_csv_text_cannot_start_an_excel_formula(tmp_path):
    formula = '=HYPERLINK("x")'
    row = InvoiceRow("20120101-1000", formula, date(2026, 11, 1), date(2026, 11, 30), (), Decimal(0))
    path = tmp_path / "basis.csv"
    protected_invoice_basis_csv(path, [row])
    table = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert table[1][1] == "'" + formula
