"""The summons to a revision (kallelse) and its reminders: one letter per household in one PDF."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from klinik_app.letters import Cancelled, Recipient, SummonedPatient, Summons, summons_letters
from tests.letters.conftest import WRITTEN_ON
from tests.letters.pdf import base_fonts, fonts_without_file, page_texts

DECEMBER = date(2026, 12, 15)
MARCH = date(2027, 3, 1)

LIND = Recipient(("Anna Lind", "Per Lind"), ("Björkvägen 3", "903 31 Umeå"))
HADDAD = Recipient(("Omar Haddad",), ("Rönnvägen 14 lgh 1201", "931 33 Skellefteå"))
OBERG = Recipient(("Maja Öberg",), ("Skolgatan 2", "921 31 Lycksele"))


@pytest.fixture
def summonses() -> list[Summons]:
    return [
        Summons(
            LIND,
            (SummonedPatient("Ella Lind", DECEMBER, True), SummonedPatient("Vilgot Lind", MARCH, False)),
            to_guardian=True,
        ),
        Summons(HADDAD, (SummonedPatient("Omar Haddad", DECEMBER, False),), to_guardian=False),
        Summons(OBERG, (SummonedPatient("Stina Öberg", MARCH, True),), to_guardian=True, reminder=1),
    ]


def write(tmp_path, letterhead, summonses, name="kallelser.pdf", **kwargs):
    path = tmp_path / name
    return path, summons_letters(path, letterhead, summonses, WRITTEN_ON, **kwargs)


def test_summons_one_letter_per_household_names_every_child_with_due_month(
    tmp_path, letterhead, summonses
):
    path, result = write(tmp_path, letterhead, summonses)
    texts = page_texts(path)

    assert (result.letters, result.pages, len(texts)) == (3, 3, 3)
    for summons, text in zip(summonses, texts):
        recipient = summons.recipient
        assert " ".join(recipient.name_lines + recipient.address_lines) in text
        others = [s.recipient for s in summonses if s is not summons]
        assert not any(r.address_lines[0] in text for r in others)
    lind, _, oberg = texts
    assert "Angående Ella Lind och Vilgot Lind" in lind
    assert "Ella Lind ska undersökas senast i december 2026." in lind
    assert "Vilgot Lind ska undersökas senast i mars 2027." in lind
    assert "Angående Stina Öberg" in oberg and "Stina Öberg ska undersökas senast i mars 2027." in oberg


def test_summons_says_a_dentist_examines_when_one_is_required_otherwise_dentist_or_hygienist(
    tmp_path, letterhead, summonses
):
    path, _ = write(tmp_path, letterhead, summonses)
    lind, haddad, oberg = page_texts(path)

    assert ("Ella Lind ska undersökas senast i december 2026. Undersökningen görs av tandläkare. "
            "Vilgot Lind") in lind
    assert ("Vilgot Lind ska undersökas senast i mars 2027. Undersökningen görs av tandläkare eller "
            "tandhygienist.") in lind
    assert "Undersökningen görs av tandläkare eller tandhygienist." in haddad
    assert "Undersökningen görs av tandläkare." in oberg and "tandhygienist" not in oberg


def test_summons_to_guardians_says_ni_and_to_the_patient_du(tmp_path, letterhead, summonses):
    path, _ = write(tmp_path, letterhead, summonses)
    lind, haddad, oberg = page_texts(path)

    assert "Nu är det dags för era barn att komma på undersökning" in lind
    assert "Nu är det dags för ert barn att komma på undersökning" in oberg
    for guardian in (lind, oberg):
        assert "Boka en tid som passar er" in guardian and "Har ni valt en annan tandklinik" in guardian
        assert "Varmt välkomna!" in guardian and " du " not in guardian
    assert "Angående" not in haddad
    assert "Nu är det dags för dig att komma på undersökning" in haddad
    assert "Du ska undersökas senast i december 2026." in haddad
    assert "Boka en tid som passar dig" in haddad and "Har du valt en annan tandklinik" in haddad
    assert "Varmt välkommen!" in haddad and " ni " not in haddad


def test_summons_is_dated_says_care_is_free_and_how_to_book_or_decline(tmp_path, letterhead, summonses):
    path, _ = write(tmp_path, letterhead, summonses)
    for text in page_texts(path):
        assert "Datum 22 november 2026" in text
        assert "Hälsoval tandvård" in text and "till och med det år de fyller 23 år" in text
        assert "kostnadsfri" in text
        assert "kontakta oss på telefon 090-12 34 56 eller e-post reception@tandkliniken-testbyn.se" in text
        assert "avböja undersökningen" in text
        assert "Med vänliga hälsningar Tandkliniken Testbyn" in text
        assert "Kallelse" in text
    assert PdfReader(path).metadata.title == "Kallelse till revision"


def test_a_reminder_has_its_own_heading_and_a_first_summons_does_not(tmp_path, letterhead, summonses):
    path, _ = write(tmp_path, letterhead, summonses)
    lind, haddad, oberg = page_texts(path)

    assert "Påminnelse: dags för undersökning" in oberg
    assert "Vi har tidigare skickat en kallelse" in oberg and "bortse från den här påminnelsen" in oberg
    for first in (lind, haddad):
        assert "Dags för undersökning" in first and "Påminnelse" not in first
        assert "tidigare skickat" not in first


def test_a_reminder_after_the_due_month_says_the_examination_is_overdue(tmp_path, letterhead):
    overdue = Summons(HADDAD, (SummonedPatient("Omar Haddad", date(2026, 10, 31), False),), False, 2)
    path, _ = write(tmp_path, letterhead, [overdue])
    text = page_texts(path)[0]
    assert "Du skulle ha undersökts senast i oktober 2026." in text
    assert "ska undersökas" not in text


def test_four_children_with_long_names_fit_one_page(tmp_path, letterhead):
    names = [f"{first} Westerberg-Öhrström" for first in ("Maximilian", "Charlotte", "Alexander", "Wilhelmina")]
    patients = tuple(SummonedPatient(name, DECEMBER, n % 2 == 0) for n, name in enumerate(names))
    summons = Summons(LIND, patients, to_guardian=True, reminder=1)
    path, result = write(tmp_path, letterhead, [summons])

    assert result.pages == 1
    text = page_texts(path)[0]
    assert ("Angående Maximilian Westerberg-Öhrström, Charlotte Westerberg-Öhrström, "
            "Alexander Westerberg-Öhrström och Wilhelmina Westerberg-Öhrström") in text
    assert all(f"{name} ska undersökas senast i december 2026" in text for name in names)
    assert "Med vänliga hälsningar" in text


def test_names_with_markup_characters_print_as_typed(tmp_path, letterhead):
    recipient = Recipient(("Ek & Söner <AB>",), ("Box 12", "903 25 Umeå"))
    patients = (SummonedPatient("Liv & Lo <3>", DECEMBER, True), SummonedPatient("Kim </b>", MARCH, False))
    path, _ = write(tmp_path, letterhead, [Summons(recipient, patients, to_guardian=True)])
    text = page_texts(path)[0]
    assert "Ek & Söner <AB>" in text
    assert "Angående Liv & Lo <3> och Kim </b>" in text
    assert "Liv & Lo <3> ska undersökas senast i december 2026" in text
    assert "Kim </b> ska undersökas senast i mars 2027" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_the_font_is_embedded_and_no_other_font_is_used(tmp_path, letterhead, summonses):
    path, _ = write(tmp_path, letterhead, summonses)
    assert base_fonts(path) == {"DejaVuSans", "DejaVuSans-Bold"}
    assert fonts_without_file(path) == set()


def test_the_same_summonses_give_byte_identical_pdfs(tmp_path, letterhead, summonses):
    first, _ = write(tmp_path, letterhead, summonses, "a.pdf")
    second, _ = write(tmp_path, letterhead, summonses, "b.pdf")
    assert first.read_bytes() == second.read_bytes()
    assert not list(tmp_path.glob("*.part"))


def test_progress_rises_to_total_and_does_not_change_the_pdf(tmp_path, letterhead, summonses):
    calls: list[tuple[int, int]] = []
    with_progress, _ = write(tmp_path, letterhead, summonses, "a.pdf",
                             progress=lambda d, t: calls.append((d, t)), cancelled=lambda: False)
    without, _ = write(tmp_path, letterhead, summonses, "b.pdf")

    total = calls[-1][1]
    assert calls[-1] == (total, total) and total >= len(summonses)
    assert all(t == total for _, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert with_progress.read_bytes() == without.read_bytes()


@pytest.mark.parametrize("checks_before_cancel", [0, 1, 3, 4, 6])
def test_cancel_raises_cancelled_and_writes_no_file(tmp_path, letterhead, summonses, checks_before_cancel):
    # 3 letters: checks 0-2 come before laying out each letter, 3-5 before drawing each, 6 after saving.
    checks = iter(range(100))
    path = tmp_path / "kallelser.pdf"
    with pytest.raises(Cancelled, match="avbröts"):
        summons_letters(path, letterhead, summonses, WRITTEN_ON,
                        cancelled=lambda: next(checks) >= checks_before_cancel)
    assert list(tmp_path.iterdir()) == []  # neither the PDF nor a .part file


def test_cancel_leaves_an_earlier_file_at_the_path_as_it_was(tmp_path, letterhead, summonses):
    path = tmp_path / "kallelser.pdf"
    path.write_bytes(b"earlier batch")
    with pytest.raises(Cancelled):
        summons_letters(path, letterhead, summonses, WRITTEN_ON, cancelled=lambda: True)
    assert path.read_bytes() == b"earlier batch"
    assert [p.name for p in tmp_path.iterdir()] == ["kallelser.pdf"]


def test_no_summonses_is_refused_rather_than_an_empty_pdf(tmp_path, letterhead):
    path = tmp_path / "kallelser.pdf"
    with pytest.raises(ValueError, match="Det finns inga mottagare"):
        summons_letters(path, letterhead, [], WRITTEN_ON)
    assert not path.exists()


def test_a_summons_without_patients_is_refused_in_swedish():
    with pytest.raises(ValueError, match="Kallelsen till Anna Lind, Per Lind gäller ingen patient"):
        Summons(LIND, (), to_guardian=True)


def test_a_letter_to_the_patient_themself_names_only_that_patient():
    patients = (SummonedPatient("Omar Haddad", DECEMBER, False),
                SummonedPatient("Sara Haddad", MARCH, False))
    with pytest.raises(ValueError, match="skriven till patienten själv"):
        Summons(HADDAD, patients, to_guardian=False)
