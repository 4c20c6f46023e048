"""R-RP-1 / R-RP-2: the indicator definitions, their predicates and the status against a target."""

from __future__ import annotations

from datetime import date

import pytest

from klinik_app.domain import indicators as ind
from klinik_app.domain.indicators import DEFINITIONS, status

ISSUE_IDS = ("listed_choice", "listed_assigned", "examined_within_interval", "overdue_revisions",
             "overdue_over_90_days", "first_exam_year_of_3", "absence_rate", "absence_fees", "reoffers_on_time",
             "deviations", "deviation_answer_days", "deft_3", "deft_6", "dft_12", "dft_19", "caries_free_3",
             "caries_free_6", "caries_free_12", "caries_free_19", "listing_stop_days")


def test_r_rp_1_every_indicator_of_the_issue_has_a_complete_swedish_definition_in_report_order():
    assert tuple(DEFINITIONS) == ISSUE_IDS
    for d in DEFINITIONS.values():
        assert all((d.name, d.numerator, d.denominator, d.period, d.exclusions)), d.id
        assert d.unit in ("antal", "andel", "dagar", "medel") and d.better in ("higher", "lower", "none")
    assert "mätdagen" in DEFINITIONS["overdue_revisions"].numerator
    assert "exakt 90 dagar räknas inte" in DEFINITIONS["overdue_over_90_days"].numerator


@pytest.mark.parametrize(("value", "better", "expected"), [
    (0.90, "higher", "met"), (0.95, "higher", "met"),  # at the target is met
    (0.87, "higher", "close"), (0.85, "higher", "close"),  # 0.90 - 0.05 = 0.85: still close
    (0.84, "higher", "missed"),
    (0.90, "lower", "met"), (0.94, "lower", "close"), (0.96, "lower", "missed"),
    (0.50, "none", None), (None, "higher", None),
])
def test_r_rp_2_status_against_target_with_a_close_margin(value, better, expected):
    assert status(value, 0.90, better, 0.05) == expected


def test_the_90_day_boundary_exactly_90_days_is_overdue_but_not_over_90():
    day = date(2025, 12, 31)
    assert ind.overdue(date(2025, 10, 2), day) and not ind.overdue_over_limit(date(2025, 10, 2), day)  # 90 days
    assert ind.overdue_over_limit(date(2025, 10, 1), day)  # 91 days
    assert not ind.overdue(day, day) and not ind.overdue(None, day)  # due today; care-ends


def test_examined_within_interval_counts_only_patients_with_an_interval_to_keep():
    day = date(2025, 12, 31)
    # Examined before: in the denominator, within when the due date is not passed.
    assert ind.has_interval(date(2026, 1, 1), date(2025, 1, 1), day)
    assert ind.within_interval(day, date(2025, 1, 1), day)
    assert not ind.within_interval(date(2025, 12, 30), date(2024, 12, 30), day)
    # Never examined: only once the first examination (R-RV-4) is overdue, and then never within.
    assert not ind.has_interval(day, None, day)
    assert ind.has_interval(date(2025, 12, 30), None, day) and not ind.within_interval(date(2025, 12, 30), None, day)
    assert not ind.has_interval(None, date(2025, 1, 1), day)  # care-ends (R-RV-9)


def test_r_rv_4_the_year_of_the_3rd_birthday_also_for_a_leap_day_birth():
    assert ind.third_birthday_year(date(2020, 2, 29)) == 2023  # turns 3 on 28 February 2023
    assert ind.third_birthday_year(date(2022, 12, 31)) == 2025


def test_measuring_day_is_the_periods_end_never_after_today():
    assert ind.measuring_day(date(2025, 12, 31), date(2026, 11, 22)) == date(2025, 12, 31)
    assert ind.measuring_day(date(2026, 12, 31), date(2026, 11, 22)) == date(2026, 11, 22)


def test_listing_stop_days_count_each_day_once_both_ends_included():
    spans = [(date(2025, 2, 20), date(2025, 3, 10)), (date(2025, 3, 5), date(2025, 3, 12)), (date(2025, 12, 30), None)]
    # Overlap counted once: 20 Feb..12 Mar = 9 (Feb 20-28) + 12 = 21 days; the open stop: 30-31 Dec = 2.
    assert ind.days_covered(spans, date(2025, 1, 1), date(2025, 12, 31)) == 23
    assert ind.days_covered(spans, date(2025, 3, 1), date(2025, 3, 31)) == 12  # cut to the period


def test_measured_values_and_nothing_to_measure():
    assert ind.measured("absence_rate", date(2025, 1, 1), date(2025, 1, 31), 2, 8).value == 0.25
    assert ind.measured("absence_rate", date(2025, 1, 1), date(2025, 1, 31), 0, 0).value is None
    assert ind.measured("deviations", date(2025, 1, 1), date(2025, 1, 31), 0).value == 0  # a count of none is 0


def test_values_are_written_the_swedish_way():
    assert ind.format_value(DEFINITIONS["absence_rate"], 0.925) == "92,5 %"
    assert ind.format_value(DEFINITIONS["overdue_revisions"], 1234) == "1\u00a0234"
    assert ind.format_value(DEFINITIONS["deft_3"], 1.25) in ("1,2", "1,3")
    assert ind.format_value(DEFINITIONS["deft_3"], None) == "–"
