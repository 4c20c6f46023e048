"""The revision forecast (issue 12 part 1) against a small hand-computed set; dates as rules.md "The due date"."""

from datetime import date

from klinik_app.domain.revision_forecast import MONTH, WEEK, PatientDue, RevisionLengths, forecast, monday
from klinik_app.domain.ruleset import default_rules_dir, load_rule_set

RULES = load_rule_set(default_rules_dir() / "vasterbotten.toml")
TODAY = date(2026, 11, 22)  # a Sunday: the window starts on Monday 2026-11-16 and ends before 2028-11-13
LENGTHS = RevisionLengths(((30, 30, 45), (30, 45, 60), (30, 45, 60)))
T1, T2 = "SE2321000222-T0001", "SE2321000222-T0002"


def patient(birth, due, dentist_needed, last, last_dentist, interval, *, risk=1, who=T1, kind="val", booked=None,
            listing_end=None):
    return PatientDue(birth, due, dentist_needed, last, last_dentist, interval, risk, who, kind, listing_end, booked)


def dues(result, **filters) -> dict[date, tuple[int, int]]:
    """Week -> (dentist required, hygienist possible), the weeks with something due."""
    return {line.start: (line.dentist, line.hygienist) for line in result.lines(WEEK, **filters) if line.due}


def run(*patients):
    return forecast(patients, TODAY, 104, RULES, LENGTHS)


def test_the_window_is_104_iso_weeks_from_the_monday_of_today():
    result = run()
    weeks = result.periods(WEEK)
    assert (weeks[0], weeks[-1], len(weeks)) == (date(2026, 11, 16), date(2028, 11, 6), 104)
    assert result.periods(MONTH)[0] == date(2026, 11, 1) and result.periods(MONTH)[-1] == date(2028, 11, 1)


def test_r_rv_1_a_revision_recurs_at_the_patients_interval_inside_the_window():
    # 14 years old, dentist 2026-06-01 with 12 months: due 2027-06-01 (hygienist possible), then 2028-06-01.
    result = run(patient(date(2012, 3, 1), date(2027, 6, 1), False, date(2026, 6, 1), date(2026, 6, 1), 12))
    assert dues(result) == {date(2027, 5, 31): (0, 1), date(2028, 5, 29): (0, 1)}
    months = {line.start: line.hygienist for line in result.lines(MONTH) if line.due}
    assert months == {date(2027, 6, 1): 1, date(2028, 6, 1): 1}


def test_r_rv_9_a_revision_on_the_last_day_of_free_care_counts_and_the_next_one_is_dropped():
    # Turns 23 in 2027: care ends 2027-12-31; due exactly then, the next (2029) is after care ends.
    result = run(patient(date(2004, 2, 10), date(2027, 12, 31), False, date(2025, 12, 31), date(2025, 12, 31), 24),
                 patient(date(2004, 5, 5), None, False, date(2025, 6, 1), date(2025, 6, 1), 36))
    assert dues(result) == {date(2027, 12, 27): (0, 1)}


def test_r_rv_3_the_dentist_cap_makes_a_later_revision_dentist_required():
    # Dentist at 12 (2023-03-01): the next dentist examination by 2027-03-01. The hygienist revision due
    # 2027-01-15 (age 16) is hygienist possible; the next one is the dentist cap's, then hygienist again.
    result = run(patient(date(2011, 1, 10), date(2027, 1, 15), False, date(2026, 1, 15), date(2023, 3, 1), 12))
    assert dues(result) == {date(2027, 1, 11): (0, 1), date(2027, 3, 1): (1, 0), date(2028, 2, 28): (0, 1)}


def test_a_patient_born_on_a_leap_day_ages_on_28_february_in_common_years():
    # Born 2012-02-29: 15 on 2027-02-28, still 15 on 2028-02-28; hygienist 2026-02-28 with 12 months,
    # last dentist 2024-06-01 at 12 (cap 4 years: 2028-06-01).
    result = run(patient(date(2012, 2, 29), date(2027, 2, 28), False, date(2026, 2, 28), date(2024, 6, 1), 12))
    assert dues(result) == {date(2027, 2, 22): (0, 1), date(2028, 2, 28): (0, 1), date(2028, 5, 29): (1, 0)}


def test_the_overdue_backlog_is_its_own_bucket_and_recurs_from_today():
    # 8 years old, due 2026-10-01 with a dentist (R-RV-6): in the backlog; done today, then every 6 months.
    result = run(patient(date(2018, 4, 1), date(2026, 10, 1), True, date(2026, 4, 1), date(2026, 4, 1), 6, risk=2))
    backlog = result.backlog_line()
    assert (backlog.dentist, backlog.hygienist, backlog.dentist_minutes) == (1, 0, 60)
    assert dues(result) == {monday(date(2027, 5, 22)): (1, 0), monday(date(2027, 11, 22)): (1, 0),
                            monday(date(2028, 5, 22)): (1, 0)}


def test_a_booked_revision_counts_as_planned_not_due():
    result = run(patient(date(2012, 3, 1), date(2027, 1, 20), False, date(2026, 1, 20), date(2026, 1, 20), 12,
                         booked=date(2027, 1, 10)))
    lines = {line.start: line for line in result.lines(WEEK)}
    assert lines[date(2027, 1, 4)].planned == 1 and lines[date(2027, 1, 4)].due == 0
    assert lines[date(2027, 1, 18)].due == 0
    assert dues(result) == {date(2028, 1, 10): (0, 1)}  # the next one: 12 months after the booked day
    assert result.backlog_line().due == 0


def test_a_listing_ending_early_drops_the_revisions_after_it():
    result = run(patient(date(2012, 3, 1), date(2027, 6, 1), False, date(2026, 6, 1), date(2026, 6, 1), 12,
                         listing_end=date(2027, 12, 31)))
    assert dues(result) == {date(2027, 5, 31): (0, 1)}


def test_filters_by_responsible_dentist_and_listing_type_and_minutes_by_age_and_risk():
    a = patient(date(2012, 3, 1), date(2027, 6, 1), False, date(2026, 6, 1), date(2026, 6, 1), 12, risk=2, who=T1)
    b = patient(date(2012, 3, 2), date(2027, 6, 2), False, date(2026, 6, 2), date(2026, 6, 2), 12, risk=0, who=T2,
                kind="icke-val")
    result = run(a, b)
    week = date(2027, 5, 31)
    assert dues(result)[week] == (0, 2)
    assert dues(result, dentist=T1)[week] == (0, 1)
    assert dues(result, listing_type="icke-val")[week] == (0, 1)
    assert dues(result, dentist=T1, listing_type="icke-val") == {}
    line = next(x for x in result.lines(WEEK) if x.start == week)
    assert line.hygienist_minutes == 60 + 30  # 15 years old: risk 2 -> 60, risk 0 -> 30
    assert result.dentists() == [T1, T2]
