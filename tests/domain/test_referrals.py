"""Referral deadlines (R-RV-9) and the referral state machine, without a database."""

from datetime import date

import pytest

from klinik_app.domain import referrals as r
from klinik_app.domain.ruleset import default_rules_dir, load_rule_set
from klinik_app.domain.target_group import membership_window

RULES = load_rule_set(default_rules_dir() / "vasterbotten.toml")


def deadline_for(birth: date, lead_days: int) -> r.Deadline:
    return r.deadline(membership_window(birth, RULES.target_group)[1], lead_days)


# --- R-RV-9: the deadline at the year boundary of the 24th year ---------------------------------------


def test_r_rv_9_born_31_december_care_ends_a_year_before_someone_born_the_next_day():
    december, january = deadline_for(date(2003, 12, 31), 120), deadline_for(date(2004, 1, 1), 120)
    assert december.care_ends == date(2026, 12, 31)  # turns 23 on 31 December 2026
    assert january.care_ends == date(2027, 12, 31)  # turns 23 on 1 January 2027
    assert december.latest_send == date(2026, 9, 2)
    assert january.latest_send == date(2027, 9, 2)


def test_r_rv_9_the_latest_send_date_leaves_the_lead_time_before_the_year_the_patient_turns_24():
    d = deadline_for(date(2004, 6, 15), 120)
    assert (d.care_ends - d.latest_send).days == 120
    assert d.care_ends < date(2004 + 24, 1, 1)


def test_r_rv_9_leap_day_birth_and_leap_year_care_end():
    born_on_leap_day = deadline_for(date(2004, 2, 29), 365)  # turns 23 in 2027, which has no 29 February
    assert born_on_leap_day.care_ends == date(2027, 12, 31)
    assert born_on_leap_day.latest_send == date(2026, 12, 31)
    in_leap_year = deadline_for(date(2005, 3, 1), 365)  # care ends in 2028, a leap year: 366 days long
    assert in_leap_year.latest_send == date(2028, 1, 1)


# --- R-RV-9: the warning -------------------------------------------------------------------------------


def test_r_rv_9_the_warning_starts_on_1_january_of_the_year_the_patient_turns_23():
    d = deadline_for(date(2004, 5, 5), 120)  # turns 23 in 2027
    assert d.warn_from == date(2027, 1, 1)
    assert d.warning(date(2026, 12, 31)) is None
    assert d.state(date(2026, 12, 31)) == r.ON_TIME
    assert d.warning(date(2027, 1, 1)) == "Skicka senast 2027-09-02."
    assert d.warning(date(2027, 9, 2)) == "Skicka senast 2027-09-02."


def test_r_rv_9_a_long_lead_time_starts_the_warning_before_the_year_the_patient_turns_23():
    d = deadline_for(date(2004, 5, 5), 365)  # latest send 2026-12-31, before the year of the 23rd birthday
    assert d.latest_send == date(2026, 12, 31)
    assert d.warn_from == date(2026, 10, 2)  # WARN_AHEAD_DAYS before the latest send date
    assert d.state(date(2026, 10, 1)) == r.ON_TIME
    assert d.state(date(2026, 10, 2)) == r.SEND_SOON


def test_r_rv_9_after_the_latest_send_date_it_is_too_late_for_free_care():
    d = deadline_for(date(2004, 5, 5), 120)
    assert d.state(date(2027, 9, 3)) == r.TOO_LATE
    assert d.warning(date(2027, 9, 3)) == ("För sent för avgiftsfri vård: skulle ha skickats senast 2027-09-02 "
                                           "(den avgiftsfria vården upphör 2027-12-31).")


def test_r_rv_9_default_lead_times_orthodontics_a_year_others_120_days():
    assert r.DEFAULT_LEAD_DAYS["ortodonti"] == 365
    assert {days for code, days in r.DEFAULT_LEAD_DAYS.items() if code != "ortodonti"} == {120}
    assert set(r.DEFAULT_LEAD_DAYS) == set(r.SPECIALTIES)


def test_lead_days_outside_zero_to_three_years_are_refused():
    assert r.lead_days_problem(0) is None and r.lead_days_problem(r.MAX_LEAD_DAYS) is None
    assert r.lead_days_problem(-1) and r.lead_days_problem(r.MAX_LEAD_DAYS + 1)


# --- the state machine ---------------------------------------------------------------------------------


@pytest.mark.parametrize("state, step, allowed", [
    (r.DRAFT, r.SEND, True), (r.DRAFT, r.ANSWER, False), (r.DRAFT, r.CLOSE, False), (r.DRAFT, r.WITHDRAW, True),
    (r.SENT, r.SEND, False), (r.SENT, r.ANSWER, True), (r.SENT, r.CLOSE, False), (r.SENT, r.WITHDRAW, True),
    (r.ANSWERED, r.ANSWER, False), (r.ANSWERED, r.CLOSE, True), (r.ANSWERED, r.WITHDRAW, False),
    (r.CLOSED, r.SEND, False), (r.CLOSED, r.WITHDRAW, False), (r.WITHDRAWN, r.SEND, False),
    (r.WITHDRAWN, r.ANSWER, False),
])
def test_referral_steps_follow_draft_sent_answered_closed_or_withdrawn(state, step, allowed):
    problem = r.step_problem(state, step)
    assert (problem is None) == allowed
    if not allowed:
        assert problem.startswith(f"Remissen är {r.STATES[state].lower()}.")


def test_an_answer_cannot_be_recorded_before_the_referral_is_sent():
    assert r.step_problem(r.DRAFT, r.ANSWER) == ("Remissen är ej skickad. Svar kan bara registreras på en skickad "
                                                 "remiss som inte redan är besvarad.")
