"""R-DV-3, R-DV-4, R-DV-6 as pure rules: what the Lex Maria checklist still lacks, which register
names a copy must be checked against, and when the annual report's reminder shows."""

from __future__ import annotations

from datetime import date

from klinik_app.domain.lex_maria import LexMaria, names_written_in
from klinik_app.domain.patient_safety import reminder_year, report_due_on

DAY = date(2026, 11, 22)


def test_r_dv_3_the_checklist_names_what_is_left_in_order():
    assert LexMaria("Vera").missing[:2] == ["anmälan till IVO", "information till patienten"]
    done = LexMaria("Vera", DAY, "post", DAY, True, DAY, "Ingen kritik", DAY, DAY)
    assert done.missing == []


def test_r_dv_4_register_names_are_kept_when_a_word_of_theirs_is_written():
    register = ["Noah Sandberg", "Wilma Berg", "Karl-Åke Öhman", "Selma Åhman", "Hugo Lind"]
    texts = ["Noahs mamma ringde; Berg:s tand", "karl-aake kom", "SELMA väntade"]
    assert names_written_in(texts, register) == ("Noah Sandberg", "Wilma Berg", "Karl-Åke Öhman", "Selma Åhman")


def test_r_dv_6_the_reminder_runs_from_new_year_to_1_march():
    assert report_due_on(2026) == date(2027, 3, 1)
    assert reminder_year(date(2027, 1, 1), set()) == 2026
    assert reminder_year(date(2027, 3, 1), set()) == 2026
    assert reminder_year(date(2027, 3, 2), set()) is None
    assert reminder_year(date(2027, 2, 1), {2026}) is None
    assert reminder_year(date(2026, 12, 31), set()) is None
