"""R-AB-2..6 as pure rules: what counts, the fee, the re-offer deadline, repeated absence, the child age."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from klinik_app.domain import absence
from klinik_app.domain.ruleset import AbsenceRules

RULES = AbsenceRules(reoffer_days=30, repeated_count=2, repeated_window_months=12, child_at_risk_under_age=18,
                     late_cancellation_counts=False, late_cancellation_hours=24, fee_sek=400)
COUNTING = replace(RULES, late_cancellation_counts=True)


@pytest.mark.parametrize("status, kind, agreed, listed, rules, counts", [
    ("no-show", "revision", True, True, RULES, True),
    ("no-show", "revision", False, True, RULES, False),  # never confirmed
    ("no-show", "emergency", True, True, RULES, False),  # emergency appointments never count
    ("no-show", "treatment", True, False, RULES, False),  # not listed that day
    ("late-cancellation", "revision", True, True, RULES, False),  # the default: does not count
    ("late-cancellation", "revision", True, True, COUNTING, True),
    ("late-cancellation", "emergency", True, True, COUNTING, False),
    ("cancelled", "revision", True, True, COUNTING, False),
    ("attended", "revision", True, True, RULES, False),
])
def test_r_ab_6_what_counts_as_an_absence(status, kind, agreed, listed, rules, counts):
    assert absence.counts_as_absence(status, kind, agreed, listed, rules) is counts


def test_r_ab_3_no_fee_for_a_time_never_confirmed():
    assert absence.fee_decision("no-show", False, False, RULES) == (
        None, "Ingen avgift: tiden var bara föreslagen i kallelsebrevet och aldrig bekräftad")
    fee, reason = absence.fee_decision("no-show", True, False, RULES)
    assert fee == 400 and "överenskommen" in reason


def test_r_ab_3_a_late_cancellation_is_charged_only_where_the_rule_set_counts_it():
    assert absence.fee_decision("late-cancellation", True, True, RULES) == (None, absence.NO_FEE_LATE_NOT_COUNTED)
    assert absence.fee_decision("late-cancellation", True, True, COUNTING) == (400, absence.FEE_CHARGED_LATE)
    assert absence.fee_decision("late-cancellation", False, True, COUNTING)[0] is None
    assert absence.fee_decision("cancelled", True, False, COUNTING) == (None, absence.NO_FEE_CANCELLED)
    assert absence.fee_decision("attended", True, False, COUNTING) == (None, "")


def test_r_ab_3_the_hour_boundary_of_a_late_cancellation():
    at = datetime(2026, 11, 20, 9, 0)
    exactly = at - timedelta(hours=24)
    assert not COUNTING.is_late_cancellation(exactly, at)  # 24 hours before is in time
    late = COUNTING.is_late_cancellation(exactly + timedelta(minutes=1), at)
    assert late
    assert absence.fee_decision("cancelled", True, late, COUNTING)[0] == 400
    assert absence.fee_decision("cancelled", True, False, COUNTING)[0] is None


def test_r_ab_2_the_reoffer_deadline_counts_from_the_first_agreed_time():
    assert absence.reoffer_deadline(date(2026, 10, 1), RULES) == date(2026, 10, 31)
    assert absence.reoffer_deadline(date(2026, 10, 1), replace(RULES, reoffer_days=14)) == date(2026, 10, 15)


def test_r_ab_4_the_12_month_window_counts_back_from_the_latest_both_days_included():
    latest = date(2026, 11, 20)
    assert absence.repeated([date(2025, 11, 20), latest], latest, RULES)  # exactly 12 months back
    assert not absence.repeated([date(2025, 11, 19), latest], latest, RULES)  # one day more
    assert not absence.repeated([latest], latest, RULES)
    assert not absence.repeated([latest, date(2026, 12, 1)], latest, RULES)  # after the latest: not counted
    assert absence.repeated([latest] * 2, latest, replace(RULES, repeated_count=2))


def test_r_ab_4_the_window_from_a_leap_day():
    latest = date(2028, 2, 29)
    assert absence.repeated([date(2027, 2, 28), latest], latest, RULES)  # 12 months back: 28 Feb
    assert not absence.repeated([date(2027, 2, 27), latest], latest, RULES)
    assert absence.repeated([date(2028, 2, 29), date(2029, 2, 28)], date(2029, 2, 28), RULES)


def test_r_ab_5_under_18_on_the_latest_absence_opens_the_assessment():
    birth = date(2008, 11, 21)
    assert absence.child_at_risk(birth, date(2026, 11, 20), RULES)  # the day before the 18th birthday
    assert not absence.child_at_risk(birth, date(2026, 11, 21), RULES)  # 18 on the day: not under 18


def test_r_ab_5_a_leap_day_birth_turns_18_on_28_february_in_a_common_year():
    birth = date(2008, 2, 29)
    assert absence.child_at_risk(birth, date(2026, 2, 27), RULES)
    assert not absence.child_at_risk(birth, date(2026, 2, 28), RULES)
