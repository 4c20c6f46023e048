"""The shared letter base: embedded font, Swedish dates, deterministic output, window, pagination."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from klinik_app.letters import AddressDoesNotFit, Recipient, clinic_moving_letters, window
from klinik_app.letters.dates import plain_amount, swedish_amount, swedish_date, swedish_month
from klinik_app.letters.fonts import REGULAR, fonts_dir, register_fonts
from klinik_app.letters.layout import BODY
from klinik_app.letters.render import Letter, render_letters
from tests.letters.conftest import MOVING_DATE, WRITTEN_ON
from tests.letters.pdf import base_fonts, fonts_without_file, page_texts, text_runs

NEW_ADDRESS = ["Nygatan 5", "903 27 Umeå"]
LONG_STREET = "Kungliga Tekniska Högskolans Gamla Långa Promenadvägen 123 lägenhet 1102 uppgång B"


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2027, 3, 1), "1 mars 2027"),
        (date(2026, 11, 22), "22 november 2026"),
        (date(2027, 6, 30), "30 juni 2027"),
    ],
)
def test_dates_are_written_the_swedish_way(day, text):
    assert swedish_date(day) == text


def test_month_and_amounts_are_swedish():
    assert swedish_month(date(2026, 11, 5)) == "november 2026"
    assert swedish_amount(Decimal("1234.5")) == "1\u00a0234,50"  # no break inside an amount
    assert plain_amount(Decimal("1234.5")) == "1234,50"


def test_the_font_files_and_their_licence_ship_in_resources():
    names = {path.name for path in fonts_dir().iterdir()}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= names


def test_the_font_is_embedded_and_no_other_font_is_used(tmp_path, letterhead, recipients):
    path = tmp_path / "moving.pdf"
    clinic_moving_letters(path, letterhead, NEW_ADDRESS, MOVING_DATE, recipients, WRITTEN_ON)
    assert base_fonts(path) == {"DejaVuSans", "DejaVuSans-Bold"}
    assert fonts_without_file(path) == set()


def test_same_input_gives_byte_identical_pdfs(tmp_path, letterhead, recipients):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for path in (first, second):
        clinic_moving_letters(path, letterhead, NEW_ADDRESS, MOVING_DATE, recipients, WRITTEN_ON)
    assert first.read_bytes() == second.read_bytes()
    assert not list(tmp_path.glob("*.part"))


def test_a_long_street_is_shown_in_full_inside_the_window(tmp_path, letterhead):
    path = tmp_path / "long.pdf"
    address = (LONG_STREET, "c/o Familjen Mårtensson-Öberg", "931 33 Skellefteå")
    recipient = Recipient(("Johan Andersson",), address)
    clinic_moving_letters(path, letterhead, NEW_ADDRESS, MOVING_DATE, [recipient], WRITTEN_ON)

    assert LONG_STREET in page_texts(path)[0]
    street_words = set(LONG_STREET.split())
    runs = [run for run in text_runs(path, 0) if set(run.text.split()) <= street_words]
    assert " ".join(run.text for run in runs) == LONG_STREET
    for run in runs:
        top_mm = (297 * mm - run.y) / mm
        assert window.TEXT_TOP_MM < top_mm < window.TEXT_BOTTOM_MM
        assert run.x / mm >= window.TEXT_LEFT_MM - 0.01
        assert (run.x + stringWidth(run.text, REGULAR, run.size)) / mm <= window.TEXT_RIGHT_MM + 0.01


def test_fit_address_shrinks_before_it_wraps_and_never_leaves_the_window():
    plain = window.fit_address(("Omar Haddad", "Rönnvägen 14", "931 33 Skellefteå"), "Omar Haddad")
    assert plain.size == 10.0 and len(plain.lines) == 3

    street = "Storskogsvägen 114 lägenhet 1201 uppgång C vån 3"  # too wide at 10 pt, fits at 8
    slightly_long = window.fit_address(("Omar Haddad", street, "931 33 Skellefteå"), "x")
    assert len(slightly_long.lines) == 3 and slightly_long.size < 10.0

    wrapped = window.fit_address(("Johan Andersson", LONG_STREET, "931 33 Skellefteå"), "x")
    assert " ".join(wrapped.lines[1:-1]) == LONG_STREET
    register_fonts()
    assert all(stringWidth(line, REGULAR, wrapped.size) <= window.text_width_pt() for line in wrapped.lines)


def test_an_address_that_cannot_fit_is_refused_in_swedish(tmp_path, letterhead):
    recipient = Recipient(("Johan Andersson",), tuple(f"Adressrad nummer {n}" for n in range(12)))
    path = tmp_path / "too_long.pdf"
    with pytest.raises(AddressDoesNotFit, match="får inte plats i kuvertfönstret"):
        clinic_moving_letters(path, letterhead, ["Nygatan 5"], MOVING_DATE, [recipient], WRITTEN_ON)
    assert not path.exists()  # nothing half-written


def test_each_letter_starts_on_a_new_page_and_numbers_its_own_pages(tmp_path, letterhead, recipients):
    register_fonts()
    long_body = [Paragraph(f"Stycke {n}. " + "Lång text om tandvård. " * 40, BODY) for n in range(8)]
    short_body = [Paragraph("Ett kort brev.", BODY)]
    letters = [
        Letter(recipients[0], "Information", (("Datum", "22 november 2026"),), long_body),
        Letter(recipients[1], "Information", (("Datum", "22 november 2026"),), short_body),
    ]
    path = tmp_path / "batch.pdf"
    result = render_letters(path, letterhead, letters, "Test")
    texts = page_texts(path)

    assert result.letters == 2 and result.pages == len(texts) >= 3
    long_pages = result.pages - 1
    for number, text in enumerate(texts[:long_pages], start=1):
        assert f"{number} ({long_pages})" in text
    assert "Omar Haddad" in texts[-1] and "Ett kort brev." in texts[-1]
    assert "(1)" not in texts[-1]  # a one-page letter carries no page number
    assert "Stycke 7." in texts[long_pages - 1]  # the body continued, nothing lost


def test_letters_package_imports_no_qt_and_no_database():
    code = (
        "import sys, klinik_app.letters;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'alembic')"
        " or m.startswith(('klinik_app.db', 'klinik_app.services', 'klinik_app.ui'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
