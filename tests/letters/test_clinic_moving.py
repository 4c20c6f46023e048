"""R-LI-7: a moving clinic writes to every listed patient (and minors' guardians) in one batch."""

from __future__ import annotations

import pytest

from klinik_app.letters import Recipient, clinic_moving_letters
from tests.letters.conftest import MOVING_DATE, WRITTEN_ON
from tests.letters.pdf import page_texts

NEW_ADDRESS = ["Nygatan 5", "903 27 Umeå"]


def test_r_li_7_one_letter_per_recipient_each_on_its_own_page(tmp_path, letterhead, recipients):
    path = tmp_path / "moving.pdf"
    result = clinic_moving_letters(path, letterhead, NEW_ADDRESS, MOVING_DATE, recipients, WRITTEN_ON)

    texts = page_texts(path)
    assert (result.letters, result.pages, len(texts)) == (3, 3, 3)
    for recipient, text in zip(recipients, texts):
        assert " ".join(recipient.name_lines + recipient.address_lines) in text
        others = [r for r in recipients if r is not recipient]
        assert not any(r.address_lines[0] in text for r in others)


def test_r_li_7_letter_gives_the_new_address_the_date_and_that_the_listing_continues(
    tmp_path, letterhead, recipients
):
    path = tmp_path / "moving.pdf"
    clinic_moving_letters(path, letterhead, NEW_ADDRESS, MOVING_DATE, recipients, WRITTEN_ON)
    for text in page_texts(path):
        assert "Från och med den 1 mars 2027 finns Tandkliniken Testbyn på en ny adress" in text
        assert "Tandkliniken Testbyn Nygatan 5 903 27 Umeå" in text
        assert "fortsatt listad hos oss" in text
        assert "på telefon 090-12 34 56 eller e-post reception@tandkliniken-testbyn.se" in text
        assert "22 november 2026" in text


def test_r_li_7_guardians_read_about_their_child_and_patients_about_themselves(
    tmp_path, letterhead, recipients
):
    path = tmp_path / "moving.pdf"
    clinic_moving_letters(path, letterhead, NEW_ADDRESS, MOVING_DATE, recipients, WRITTEN_ON)
    guardian, patient, other_guardian = page_texts(path)

    assert "Angående Ella Lind" in guardian
    assert "Ella Lind är fortsatt listad hos oss" in guardian and "Ni behöver inte göra något" in guardian
    assert "Angående" not in patient
    assert "Du är fortsatt listad hos oss" in patient
    assert "Angående Vilgot Öberg" in other_guardian and "Ella Lind" not in other_guardian


def test_r_li_7_no_recipients_is_refused_rather_than_an_empty_pdf(tmp_path, letterhead):
    path = tmp_path / "moving.pdf"
    with pytest.raises(ValueError, match="Det finns inga mottagare"):
        clinic_moving_letters(path, letterhead, NEW_ADDRESS, MOVING_DATE, [], WRITTEN_ON)
    assert not path.exists()


def test_r_li_7_a_missing_new_address_is_refused(tmp_path, letterhead, recipients):
    with pytest.raises(ValueError, match="Den nya adressen saknas"):
        clinic_moving_letters(tmp_path / "m.pdf", letterhead, ["  "], MOVING_DATE, recipients, WRITTEN_ON)


def test_r_li_7_a_recipient_without_address_is_refused_in_swedish():
    with pytest.raises(ValueError, match="Omar Haddad saknar postadress"):
        Recipient(("Omar Haddad",), ())


def test_r_li_7_names_with_markup_characters_print_as_typed(tmp_path, letterhead):
    recipient = Recipient(("Ek & Söner <AB>",), ("Box 12", "903 25 Umeå"), concerning="Liv & Lo")
    path = tmp_path / "m.pdf"
    clinic_moving_letters(path, letterhead, NEW_ADDRESS, MOVING_DATE, [recipient], WRITTEN_ON)
    text = page_texts(path)[0]
    assert "Ek & Söner <AB>" in text and "Angående Liv & Lo" in text


def test_r_li_7_batch_is_byte_identical_for_the_same_input(tmp_path, letterhead, recipients):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for path in (first, second):
        clinic_moving_letters(path, letterhead, NEW_ADDRESS, MOVING_DATE, recipients, WRITTEN_ON)
    assert first.read_bytes() == second.read_bytes()
