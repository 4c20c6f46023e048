"""R-AB-4: the letter after repeated absence, read back with pypdf."""

from __future__ import annotations

from datetime import datetime

import pytest

from klinik_app.letters import Recipient
from klinik_app.letters.absence_letter import AbsenceNotice, absence_letters
from tests.letters.conftest import WRITTEN_ON
from tests.letters.pdf import fonts_without_file, page_texts

MISSED = (datetime(2026, 11, 20, 9, 0), datetime(2026, 9, 1, 14, 30))
LIND = Recipient(("Anna Lind", "Per Lind"), ("Björkvägen 3", "903 31 Umeå"))
NORA = Recipient(("Nora Berg",), ("Tallgatan 4", "903 26 Umeå"))


def test_r_ab_4_the_letter_to_the_guardians_names_the_child_the_missed_times_and_the_fee_rule(tmp_path, letterhead):
    path = tmp_path / "brev.pdf"
    result = absence_letters(path, letterhead, [AbsenceNotice(LIND, "Ella Lind", True, MISSED, 400)], WRITTEN_ON)
    (text,) = page_texts(path)
    assert (result.letters, result.pages) == (1, 1)
    assert "Anna Lind Per Lind Björkvägen 3 903 31 Umeå" in text
    assert "Vi saknade er vid besöken" in text and "Ella Lind" in text and "Tandkliniken Testbyn" in text
    # oldest first, as a Swedish letter writes dates
    assert text.index("1 september 2026 klockan 14.30") < text.index("20 november 2026 klockan 09.00")
    assert "avgift på 400 kronor" in text and "inte tider som bara föreslagits i en kallelse" in text
    assert "090-12 34 56" in text and "22 november 2026" in text
    assert "timmar före tiden" not in text  # a late cancellation does not count by default
    assert not fonts_without_file(path)


def test_r_ab_4_a_patient_of_18_gets_the_letter_as_du_and_the_late_cancellation_rule_when_it_counts(
        tmp_path, letterhead):
    path = tmp_path / "brev.pdf"
    absence_letters(path, letterhead, [AbsenceNotice(NORA, "Nora Berg", False, MISSED, 400, 24)], WRITTEN_ON)
    (text,) = page_texts(path)
    assert "Vi saknade dig vid besöken" in text and "Vi har saknat dig vid 2 tider" in text
    assert "Avbokar du senare än 24 timmar före tiden räknas det som ett uteblivet besök" in text


def test_r_ab_4_guardians_who_live_apart_get_a_letter_each(tmp_path, letterhead):
    path = tmp_path / "brev.pdf"
    other = Recipient(("Per Lind",), ("Ekvägen 9", "931 33 Skellefteå"))
    result = absence_letters(path, letterhead, [AbsenceNotice(LIND, "Ella Lind", True, MISSED, 400),
                                                AbsenceNotice(other, "Ella Lind", True, MISSED, 400)], WRITTEN_ON)
    texts = page_texts(path)
    assert result.letters == 2 and "Ekvägen 9" in texts[1]


def test_a_letter_without_missed_times_is_refused(letterhead):
    with pytest.raises(ValueError, match="saknar uteblivna tider"):
        AbsenceNotice(LIND, "Ella Lind", True, (), 400)
