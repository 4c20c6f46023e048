"""The revision due date: rules.md "The due date (how R-RV-2..6 combine)", R-RV-9."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klinik_app.domain.dates import add_years, age_on
from klinik_app.domain.revision import (
    CARE_ENDS,
    DENTIST_CAP,
    FIRST_EXAM,
    INTERVAL_CAP,
    PLANNED_INTERVAL,
    DueDate,
    ExamRecord,
    care_end_warning,
    compute_due,
    explain,
)
from klinik_app.domain.ruleset import default_rules_dir, load_rule_set

RULES = load_rule_set(default_rules_dir() / "vasterbotten.toml")
TODAY = date(2026, 11, 22)


def dentist(on: date, months: int | None = 12) -> ExamRecord:
    return ExamRecord(on, "tandlakare", months)


def hygienist(on: date, months: int | None = 12) -> ExamRecord:
    return ExamRecord(on, "tandhygienist", months)


def nurse(on: date) -> ExamRecord:
    return ExamRecord(on, "tandskoterska", None)


def due(birth: date, *exams: ExamRecord, today: date = TODAY, rules=RULES) -> DueDate:
    return compute_due(birth, exams, today, rules)


# --- R-RV-1: the planned interval ---------------------------------------------------------------------


def test_r_rv_1_planned_interval_sets_the_due_date():
    d = due(date(2008, 5, 10), dentist(date(2025, 3, 10), 12))
    assert d == DueDate(
        due=date(2026, 3, 10), reason=PLANNED_INTERVAL, requires_dentist=False, care_ends=date(2031, 12, 31),
        last_exam=date(2025, 3, 10), last_dentist_exam=date(2025, 3, 10),
        due_general=date(2026, 3, 10), due_dentist=date(2031, 3, 10),
    )


def test_r_rv_1_month_arithmetic_clamps_to_the_last_day_of_a_shorter_month():
    birth = date(2005, 5, 5)
    assert due(birth, dentist(date(2024, 1, 31), 1)).due == date(2024, 2, 29)
    assert due(birth, dentist(date(2023, 1, 31), 1)).due == date(2023, 2, 28)
    assert due(birth, dentist(date(2024, 8, 31), 6)).due == date(2025, 2, 28)
    assert due(birth, dentist(date(2023, 8, 31), 6)).due == date(2024, 2, 29)
    assert due(birth, dentist(date(2024, 3, 31), 6)).due == date(2024, 9, 30)


def test_r_rv_1_legacy_revision_without_interval_is_read_as_the_age_cap():
    # [tolkning] (revision.py): never later than the rules allow; the cap alone sets the date.
    d = due(date(2012, 6, 1), hygienist(date(2024, 5, 1), None), dentist(date(2023, 5, 1), 12))
    assert (d.due, d.reason) == (date(2026, 5, 1), INTERVAL_CAP)
    d = due(date(2007, 6, 1), dentist(date(2024, 5, 1), None))
    assert (d.due, d.reason) == (date(2027, 5, 1), INTERVAL_CAP)


# --- R-RV-2: the general cap by the age at the examination -------------------------------------------


def test_r_rv_2_rules_md_example_dentist_at_15_with_30_months_is_capped_at_24():
    birth = date(2010, 4, 20)
    d = due(birth, dentist(date(2025, 9, 1), 30))
    assert age_on(birth, date(2025, 9, 1)) == 15
    assert (d.due, d.reason, d.due_general) == (date(2027, 9, 1), INTERVAL_CAP, date(2027, 9, 1))


def test_r_rv_2_cap_24_months_the_day_before_the_16th_birthday():
    d = due(date(2009, 6, 15), dentist(date(2025, 6, 14), 36))
    assert (d.due, d.reason) == (date(2027, 6, 14), INTERVAL_CAP)


def test_r_rv_2_cap_36_months_on_the_16th_birthday():
    d = due(date(2009, 6, 15), dentist(date(2025, 6, 15), 36))
    assert (d.due, d.reason) == (date(2028, 6, 15), PLANNED_INTERVAL)


def test_r_rv_2_interval_above_36_months_at_16_is_capped():
    d = due(date(2009, 6, 15), dentist(date(2025, 6, 15), 48))
    assert (d.due, d.reason) == (date(2028, 6, 15), INTERVAL_CAP)


def test_r_rv_2_interval_equal_to_the_cap_is_planned():
    d = due(date(2012, 1, 1), dentist(date(2025, 1, 10), 24))
    assert (d.due, d.reason) == (date(2027, 1, 10), PLANNED_INTERVAL)


def test_r_rv_2_cap_is_chosen_by_the_age_at_the_examination_not_today():
    # 15 at the examination, 17 today: the 24-month cap still holds.
    d = due(date(2009, 6, 15), dentist(date(2025, 6, 14), 36), today=date(2026, 11, 22))
    assert d.due == date(2027, 6, 14)
    by_today = replace(RULES, revision=replace(RULES.revision, cap_age_basis="age-today"))
    assert due(date(2009, 6, 15), dentist(date(2025, 6, 14), 36), rules=by_today).due == date(2028, 6, 14)


# --- R-RV-3: the dentist cap by the age at the last dentist examination --------------------------------


def test_r_rv_3_dentist_cap_four_years_until_15():
    # Dentist the day before the 16th birthday, then a hygienist at 17 with 36 months.
    birth = date(2009, 6, 15)
    d = due(birth, dentist(date(2025, 6, 14), 24), hygienist(date(2027, 6, 1), 36), today=date(2028, 1, 1))
    assert d.due_dentist == date(2029, 6, 14)
    assert d.due_general == date(2030, 6, 1)
    assert (d.due, d.reason, d.requires_dentist) == (date(2029, 6, 14), DENTIST_CAP, True)


def test_r_rv_3_dentist_cap_six_years_after_16():
    # Dentist on the 16th birthday: the hygienist's interval binds, no dentist needed at 20.
    birth = date(2009, 6, 15)
    d = due(birth, dentist(date(2025, 6, 15), 24), hygienist(date(2027, 6, 1), 36), today=date(2028, 1, 1))
    assert d.due_dentist == date(2031, 6, 15)
    assert (d.due, d.reason, d.requires_dentist) == (date(2030, 6, 1), PLANNED_INTERVAL, False)


def test_r_rv_3_both_caps_binding_the_same_day_is_dentist_cap():
    birth = date(2012, 1, 10)
    d = due(birth, dentist(date(2020, 3, 1), 24), hygienist(date(2022, 3, 1), 24), today=date(2023, 1, 1))
    assert d.due_general == d.due_dentist == date(2024, 3, 1)
    assert (d.due, d.reason, d.requires_dentist) == (date(2024, 3, 1), DENTIST_CAP, True)


def test_r_rv_3_rules_md_example_hygienist_only_10_year_old():
    birth = date(2015, 4, 20)
    d = due(birth, hygienist(date(2025, 1, 10), 12), today=date(2025, 6, 1))
    assert age_on(birth, date(2025, 6, 1)) == 10
    assert d == DueDate(
        due=date(2018, 12, 31), reason=DENTIST_CAP, requires_dentist=True, care_ends=date(2038, 12, 31),
        last_exam=date(2025, 1, 10), last_dentist_exam=None,
        due_general=date(2026, 1, 10), due_dentist=date(2018, 12, 31),
    )


def test_r_rv_3_hygienist_only_adult_still_owes_the_first_dentist_examination():
    d = due(date(2005, 2, 2), hygienist(date(2026, 1, 1), 36))
    assert (d.due, d.reason, d.requires_dentist) == (date(2008, 12, 31), DENTIST_CAP, True)


# --- R-RV-4: the first examination in the year of the 3rd birthday -------------------------------------


@pytest.mark.parametrize("birth", [date(2023, 1, 1), date(2023, 5, 5), date(2023, 12, 31)])
def test_r_rv_4_first_exam_due_31_december_of_the_3rd_birthday_year(birth):
    d = due(birth)
    assert d == DueDate(
        due=date(2026, 12, 31), reason=FIRST_EXAM, requires_dentist=True, care_ends=date(2046, 12, 31),
        last_exam=None, last_dentist_exam=None, due_general=None, due_dentist=date(2026, 12, 31),
    )


def test_r_rv_4_patient_listed_late_without_exams_is_overdue_from_the_start():
    d = due(date(2009, 8, 8))
    assert (d.due, d.reason, d.requires_dentist) == (date(2012, 12, 31), FIRST_EXAM, True)


def test_r_rv_4_first_exam_rule_is_a_rule_set_parameter():
    before_4 = replace(RULES, revision=replace(RULES.revision, first_exam="before-4th-birthday"))
    assert due(date(2023, 5, 5), rules=before_4).due == date(2027, 5, 4)
    assert due(date(2015, 4, 20), hygienist(date(2025, 1, 10)), rules=before_4).due == date(2019, 4, 19)


# --- R-RV-5: which examinations are revisions -----------------------------------------------------------


def test_r_rv_5_nurse_checks_are_never_revisions():
    assert due(date(2022, 3, 3), nurse(date(2025, 6, 1))).reason == FIRST_EXAM
    d = due(date(2012, 3, 3), dentist(date(2024, 5, 5), 12), nurse(date(2025, 6, 1)))
    assert (d.last_exam, d.due) == (date(2024, 5, 5), date(2025, 5, 5))


def test_r_rv_5_hygienist_revision_counts_as_revision_but_not_as_dentist_examination():
    d = due(date(2012, 3, 3), dentist(date(2023, 5, 5), 12), hygienist(date(2024, 5, 5), 12))
    assert (d.last_exam, d.last_dentist_exam) == (date(2024, 5, 5), date(2023, 5, 5))
    assert (d.due, d.due_dentist) == (date(2025, 5, 5), date(2027, 5, 5))


def test_r_rv_5_tie_on_the_same_day_takes_the_dentists_examination():
    birth, on = date(2007, 3, 3), date(2025, 5, 5)
    assert due(birth, hygienist(on, 6), dentist(on, 12)).due == date(2026, 5, 5)
    assert due(birth, dentist(on, 6), hygienist(on, 12)).due == date(2025, 11, 5)


def test_r_rv_5_two_records_of_one_role_on_one_day_take_the_earlier_due_date():
    # Not storable (unique patient + date + role), but the function stays safe if given them.
    on = date(2025, 5, 5)
    assert due(date(2007, 3, 3), dentist(on, 24), dentist(on, 6)).due == date(2025, 11, 5)


def test_r_rv_5_examinations_after_today_are_ignored():
    birth = date(2012, 3, 3)
    d = due(birth, dentist(date(2024, 5, 5), 12), dentist(date(2026, 11, 23), 24), hygienist(date(2027, 1, 1)))
    assert (d.last_exam, d.last_dentist_exam, d.due) == (date(2024, 5, 5), date(2024, 5, 5), date(2025, 5, 5))
    assert due(birth, dentist(date(2026, 11, 22), 12)).last_exam == date(2026, 11, 22)  # today counts
    assert due(birth, dentist(date(2026, 11, 23), 12)).reason == FIRST_EXAM


def test_r_rv_5_accepts_any_iterable_of_examinations():
    exams = (e for e in [dentist(date(2024, 5, 5), 12)])
    assert compute_due(date(2012, 3, 3), exams, TODAY, RULES).due == date(2025, 5, 5)


# --- R-RV-6: a dentist for revisions due at 6-13 ------------------------------------------------------


def test_r_rv_6_due_at_5_needs_no_dentist_due_at_6_does():
    birth = date(2015, 3, 10)
    at_5 = due(birth, dentist(date(2020, 3, 9), 12), today=date(2020, 6, 1))
    at_6 = due(birth, dentist(date(2020, 3, 10), 12), today=date(2020, 6, 1))
    assert (at_5.due, at_5.reason, at_5.requires_dentist) == (date(2021, 3, 9), PLANNED_INTERVAL, False)
    assert (at_6.due, at_6.reason, at_6.requires_dentist) == (date(2021, 3, 10), PLANNED_INTERVAL, True)


def test_r_rv_6_due_at_13_needs_a_dentist_due_at_14_does_not():
    birth = date(2010, 3, 10)
    at_13 = due(birth, dentist(date(2023, 3, 9), 12), today=date(2023, 6, 1))
    at_14 = due(birth, dentist(date(2023, 3, 10), 12), today=date(2023, 6, 1))
    assert (at_13.due, at_13.requires_dentist) == (date(2024, 3, 9), True)
    assert (at_14.due, at_14.requires_dentist) == (date(2024, 3, 10), False)


def test_r_rv_6_hygienists_patient_due_at_9_needs_a_dentist_for_the_bite_check():
    d = due(date(2016, 1, 1), dentist(date(2023, 2, 1), 12), hygienist(date(2024, 2, 1), 12), today=date(2024, 6, 1))
    assert (d.due, d.reason, d.requires_dentist) == (date(2025, 2, 1), PLANNED_INTERVAL, True)


# --- 29 February -------------------------------------------------------------------------------------------


def test_r_rv_2_born_29_february_is_15_on_28_february_2027():
    birth = date(2012, 2, 29)
    assert age_on(birth, date(2027, 2, 27)) == 14
    assert age_on(birth, date(2027, 2, 28)) == 15
    d = due(birth, dentist(date(2027, 2, 28), 36), today=date(2027, 3, 1))
    assert (d.due, d.reason, d.due_dentist) == (date(2029, 2, 28), INTERVAL_CAP, date(2031, 2, 28))


def test_r_rv_3_born_29_february_dentist_cap_switches_on_the_16th_birthday():
    birth = date(2012, 2, 29)
    assert due(birth, dentist(date(2028, 2, 28)), today=date(2028, 3, 1)).due_dentist == date(2032, 2, 28)
    assert due(birth, dentist(date(2028, 2, 29)), today=date(2028, 3, 1)).due_dentist == date(2034, 2, 28)


def test_r_rv_6_born_29_february_turns_6_and_14_on_28_february_in_common_years():
    birth = date(2012, 2, 29)
    assert due(birth, dentist(date(2017, 2, 28), 12), today=date(2017, 3, 1)).requires_dentist  # due 2018-02-28, 6
    assert not due(birth, dentist(date(2017, 2, 27), 12), today=date(2017, 3, 1)).requires_dentist
    assert due(birth, dentist(date(2025, 2, 27), 12), today=date(2025, 3, 1)).requires_dentist  # 13 on 2026-02-27
    assert not due(birth, dentist(date(2025, 2, 28), 12), today=date(2025, 3, 1)).requires_dentist


def test_r_rv_1_examination_on_29_february():
    d = due(date(2010, 7, 7), hygienist(date(2024, 2, 29), 12), dentist(date(2024, 2, 29), 12), today=date(2024, 3, 1))
    assert (d.due, d.due_dentist) == (date(2025, 2, 28), date(2028, 2, 29))
    d = due(date(2006, 7, 7), dentist(date(2024, 2, 29), 36), today=date(2024, 3, 1))
    assert (d.due, d.due_dentist) == (date(2027, 2, 28), date(2030, 2, 28))


# --- R-RV-9: care ends 31 December of the year the patient turns 23 ---------------------------------------


def test_r_rv_9_due_on_31_december_of_the_23rd_year_is_still_due():
    d = due(date(2003, 7, 1), dentist(date(2024, 12, 31), 24), today=date(2025, 1, 1))
    assert (d.due, d.reason, d.care_ends) == (date(2026, 12, 31), PLANNED_INTERVAL, date(2026, 12, 31))


def test_r_rv_9_due_after_31_december_of_the_23rd_year_is_care_ends():
    d = due(date(2003, 7, 1), dentist(date(2025, 1, 1), 24), today=date(2025, 2, 1))
    assert d == DueDate(
        due=None, reason=CARE_ENDS, requires_dentist=False, care_ends=date(2026, 12, 31),
        last_exam=date(2025, 1, 1), last_dentist_exam=date(2025, 1, 1),
        due_general=date(2027, 1, 1), due_dentist=date(2031, 1, 1),
    )


def test_r_rv_9_dentist_cap_after_care_ends_needs_no_dentist():
    # Dentist at 17 (6 years) and hygienist at 20 (36 months): both fall on 2027-01-01, after care ends.
    d = due(date(2003, 7, 1), dentist(date(2021, 1, 1), 36), hygienist(date(2024, 1, 1), 36), today=date(2024, 2, 1))
    assert d.due_general == d.due_dentist == date(2027, 1, 1)
    assert (d.due, d.reason, d.requires_dentist) == (None, CARE_ENDS, False)


def test_r_rv_9_care_end_warning_from_1_january_of_the_23rd_year():
    birth = date(2003, 7, 1)
    assert care_end_warning(birth, date(2025, 12, 31), RULES) is None
    assert care_end_warning(birth, date(2026, 1, 1), RULES).startswith(
        "Fri tandvård upphör 2026-12-31; remisser måste skickas i tid"
    )
    assert "(R-RV-9)" in care_end_warning(birth, date(2026, 12, 31), RULES)
    assert "upphörde 2026-12-31" in care_end_warning(birth, date(2027, 1, 1), RULES)


# --- explain -------------------------------------------------------------------------------------------


def test_explain_names_the_binding_rule():
    birth = date(2015, 4, 20)
    assert explain(due(birth, dentist(date(2023, 3, 14), 24), hygienist(date(2025, 6, 1), 24))) == (
        "Tandläkarundersökning senast 2027-03-14: högst 4 år sedan förra tandläkarundersökningen (R-RV-3)."
    )
    assert explain(due(date(2023, 5, 5))) == (
        "Tandläkarundersökning senast 2026-12-31: den första undersökningen görs av tandläkare under året "
        "patienten fyller 3 år (R-RV-4)."
    )
    assert "(R-RV-3, R-RV-4)" in explain(due(birth, hygienist(date(2025, 1, 10))))
    assert explain(due(date(2010, 4, 20), dentist(date(2025, 9, 1), 30))) == (
        "Revision senast 2027-09-01: högst 24 månader mellan revisionsundersökningar (R-RV-2)."
    )
    assert explain(due(date(2008, 5, 10), hygienist(date(2025, 3, 10), 12), dentist(date(2024, 1, 1)))) == (
        "Revision senast 2026-03-10: planerat revisionsintervall 12 månader från undersökningen 2025-03-10 (R-RV-1)."
    )
    assert explain(due(date(2016, 1, 1), dentist(date(2025, 2, 1), 12))).endswith(
        "bettutvecklingskontroll av tandläkare krävs (R-RV-6)."
    )
    assert "(R-RV-9)" in explain(due(date(2003, 7, 1), dentist(date(2025, 1, 1), 24), today=date(2025, 2, 1)))


# --- property: the implementation against a naive reading of rules.md --------------------------------------


def naive_is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def naive_days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if naive_is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def naive_plus_months(d: date, months: int) -> date:
    """Step month by month; keep the day, or the month's last day when it is shorter."""
    year, month = d.year, d.month
    for _ in range(months):
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return date(year, month, min(d.day, naive_days_in_month(year, month)))


def naive_age(birth: date, on: date) -> int:
    """Walk day by day, counting birthdays (28 February for a 29 February birth in a common year)."""
    age, day = 0, birth
    while day < on:
        day += timedelta(days=1)
        if (day.month, day.day) == (birth.month, birth.day):
            age += 1
        elif (birth.month, birth.day) == (2, 29) and (day.month, day.day) == (2, 28) and not naive_is_leap(day.year):
            age += 1
    return age


def naive_due(birth: date, exams: list[ExamRecord], today: date) -> DueDate:
    care_ends = date(birth.year + 23, 12, 31)
    third_year_end = date(birth.year + 3, 12, 31)
    revisions = [e for e in exams if e.role in ("tandlakare", "tandhygienist") and e.examined_on <= today]
    dentists = [e for e in revisions if e.role == "tandlakare"]
    if not revisions:
        due_at, reason, requires_dentist = third_year_end, "first-exam", True
        last, last_dentist, due_general, due_dentist = None, None, None, third_year_end
    else:
        e = sorted(revisions, key=lambda r: (r.examined_on, r.role == "tandlakare"))[-1]
        last = e.examined_on
        cap = 24 if naive_age(birth, last) <= 15 else 36
        interval = e.planned_interval_months
        if interval is None or interval > cap:
            due_general, general_reason = naive_plus_months(last, cap), "interval-cap"
        else:
            due_general, general_reason = naive_plus_months(last, interval), "planned-interval"
        if dentists:
            last_dentist = max(r.examined_on for r in dentists)
            years = 4 if naive_age(birth, last_dentist) <= 15 else 6
            due_dentist = naive_plus_months(last_dentist, 12 * years)
        else:
            last_dentist, due_dentist = None, third_year_end
        if due_dentist <= due_general:
            due_at, reason = due_dentist, "dentist-cap"
        else:
            due_at, reason = due_general, general_reason
        requires_dentist = due_dentist <= due_general or 6 <= naive_age(birth, due_at) <= 13
    if due_at > care_ends:
        due_at, reason, requires_dentist = None, "care-ends", False
    return DueDate(due_at, reason, requires_dentist, care_ends, last, last_dentist, due_general, due_dentist)


LEAP_BIRTHS = [date(2004, 2, 29), date(2008, 2, 29), date(2012, 2, 29), date(2016, 2, 29), date(2020, 2, 29)]
ROLES = ["tandlakare", "tandhygienist", "tandskoterska"]


@st.composite
def histories(draw):
    """Birth 2003-2023, today 2020-2030, 0-6 examinations, weighted towards the edges of the rules."""
    near_care_end = draw(st.booleans())
    if near_care_end:
        # The last revision a whole number of years before the last day of care (or a day off it), so
        # the due date often lands on 31 December of the 23rd year or the day after.
        birth = draw(st.dates(date(2003, 1, 1), date(2007, 12, 31)))
        years, offset = draw(st.integers(1, 3)), draw(st.sampled_from([0, 0, -1, 1]))
        seed = date(birth.year + 23 - years, 12, 31) + timedelta(days=offset)
        today = draw(st.dates(max(seed, date(2020, 1, 1)), date(2030, 12, 31)))
    else:
        birth = draw(st.one_of(st.dates(date(2003, 1, 1), date(2023, 12, 31)), st.sampled_from(LEAP_BIRTHS)))
        today = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
    near_birthday = st.tuples(st.integers(0, 24), st.integers(-2, 2)).map(
        lambda t: add_years(birth, t[0]) + timedelta(days=t[1])
    )
    near_today = st.integers(-1500, 10).map(lambda n: today + timedelta(days=n))
    anywhere = st.integers(0, max(0, (today - birth).days) + 400).map(lambda n: birth + timedelta(days=n))
    month_ends = st.tuples(st.integers(birth.year, birth.year + 24), st.sampled_from([1, 2, 3, 5, 8, 12])).map(
        lambda t: naive_plus_months(date(t[0], t[1], 1), 1) - timedelta(days=1)
    )
    # A small pool of dates makes same-day ties between a dentist and a hygienist common; dates a
    # whole number of years apart make the general and the dentist cap fall on the same day.
    pool = draw(st.lists(st.one_of(near_birthday, near_today, anywhere, month_ends), min_size=1, max_size=3))
    if near_care_end:
        pool.append(seed)
    for years in draw(st.lists(st.integers(1, 4), max_size=2)):
        pool.append(naive_plus_months(pool[-1], 12 * years))
    pool = [max(d, birth) for d in pool]
    interval = st.one_of(st.none(), st.integers(1, 72), st.sampled_from([6, 12, 24, 30, 36, 48]))
    exam = st.builds(ExamRecord, st.sampled_from(pool), st.sampled_from(ROLES), interval)
    size = min(draw(st.integers(0, 6)), 3 * len(set(pool)))
    exams = draw(st.lists(exam, min_size=size, max_size=6, unique_by=lambda e: (e.examined_on, e.role)))
    return birth, exams, today


@settings(max_examples=500, deadline=None)
@given(histories())
def test_r_rv_2_to_6_due_date_matches_a_naive_reading_of_rules_md(history):
    birth, exams, today = history
    assert compute_due(birth, exams, today, RULES) == naive_due(birth, exams, today)
