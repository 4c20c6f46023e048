"""R-LI-5: the written notice of a listing stop to the orderer, and of its lifting."""

from __future__ import annotations

from datetime import date

import pytest

from klinik_app.letters import listing_stop_lifted_notice, listing_stop_notice
from tests.letters.conftest import WRITTEN_ON
from tests.letters.pdf import base_fonts, fonts_without_file, page_texts

SIGNER = "Anna Berg, verksamhetschef"


def _notice(path, letterhead, orderer, listed_count=412, minimum=30):
    start = date(2027, 3, 1)
    return listing_stop_notice(path, letterhead, orderer, start, listed_count, minimum, WRITTEN_ON, SIGNER)


def test_r_li_5_notice_states_the_stop_date_the_listed_count_and_the_minimum(tmp_path, letterhead, orderer):
    path = tmp_path / "stop.pdf"
    result = _notice(path, letterhead, orderer)

    assert (result.letters, result.pages) == (1, 1)
    text = page_texts(path)[0]
    assert "Meddelande om listningsstopp" in text
    assert "från och med den 1 mars 2027" in text
    assert "saknar kliniken kapacitet att ta emot fler patienter än de som redan är listade" in text
    assert "412 listade patienter" in text
    assert "minst 30 patienter" in text
    assert "22 november 2026" in text  # written on
    assert "Region Västerbotten Beställarenheten Hälsoval tandvård 901 89 Umeå" in text
    assert "kontakta Anna Berg, verksamhetschef på telefon 090-12 34 56" in text
    assert "SE2321000222-E12345" in text


def test_r_li_5_notice_embeds_its_font_and_is_byte_identical(tmp_path, letterhead, orderer):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    _notice(first, letterhead, orderer)
    _notice(second, letterhead, orderer)
    assert first.read_bytes() == second.read_bytes()
    assert base_fonts(first) == {"DejaVuSans", "DejaVuSans-Bold"}
    assert fonts_without_file(first) == set()


def test_r_li_5_no_stop_below_the_minimum(tmp_path, letterhead, orderer):
    path = tmp_path / "stop.pdf"
    with pytest.raises(ValueError, match="kan inte anmälas: kliniken har 29 listade patienter"):
        _notice(path, letterhead, orderer, listed_count=29)
    assert not path.exists()


def test_r_li_5_stop_allowed_at_exactly_the_minimum(tmp_path, letterhead, orderer):
    _notice(tmp_path / "stop.pdf", letterhead, orderer, listed_count=30)
    assert "30 listade patienter" in page_texts(tmp_path / "stop.pdf")[0]


def test_r_li_5_lifted_notice_states_the_end_date(tmp_path, letterhead, orderer):
    path = tmp_path / "lifted.pdf"
    result = listing_stop_lifted_notice(path, letterhead, orderer, date(2027, 6, 1), date(2027, 5, 3), SIGNER)

    assert result.pages == 1
    text = page_texts(path)[0]
    assert "Meddelande om upphävt listningsstopp" in text
    assert "upphör den 1 juni 2027" in text
    assert "tar emot nya val av klinik som vanligt" in text
    assert "3 maj 2027" in text
