"""R-LI-8: the listed count on the last day of each month."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from klinik_app.domain.capitation import (
    ERROR,
    ListingSpan,
    is_listed_on,
    listed_per_month,
    month_end,
    month_ends,
)

DENTIST = "SE2321000222-T0001"
VAL = ("val", DENTIST, "2480", False)


def span(start: date, end: date | None = None, **kw) -> ListingSpan:
    values = {"listing_type": "val", "dentist": DENTIST, "municipality": "2480", "protected": False, **kw}
    return ListingSpan(start, end, **values)


def counted(s: ListingSpan, first: date, last: date) -> dict[date, int]:
    """Month end -> count for one span's group."""
    return {m: n for (m, _key), n in listed_per_month([s], month_ends(first, last)).items()}


def test_month_ends_run_from_the_first_month_to_the_last_with_leap_days():
    assert month_ends(date(2023, 11, 15), date(2024, 3, 1)) == [
        date(2023, 11, 30), date(2023, 12, 31), date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31),
    ]
    assert month_ends(date(2025, 2, 1), date(2025, 2, 28)) == [date(2025, 2, 28)]
    assert month_ends(date(2025, 3, 1), date(2025, 2, 1)) == []
    assert month_end(date(2100, 2, 3)) == date(2100, 2, 28)  # a century that is not a leap year


def test_r_li_8_a_listing_starting_on_the_last_day_of_a_month_counts_that_month():
    assert counted(span(date(2026, 4, 30)), date(2026, 3, 1), date(2026, 5, 31)) == {
        date(2026, 4, 30): 1, date(2026, 5, 31): 1,
    }


def test_r_li_8_a_listing_ending_on_the_last_day_of_a_month_counts_that_month():
    result = counted(span(date(2026, 1, 1), date(2026, 4, 30)), date(2026, 3, 1), date(2026, 5, 31))
    assert result == {date(2026, 3, 31): 1, date(2026, 4, 30): 1}


def test_r_li_8_a_listing_ending_the_day_before_the_month_end_does_not_count_that_month():
    result = counted(span(date(2026, 1, 1), date(2026, 4, 29)), date(2026, 3, 1), date(2026, 5, 31))
    assert result == {date(2026, 3, 31): 1}


def test_r_li_8_care_start_on_the_first_counts_from_that_months_end():
    # R-LI-3: a choice listing starts on the first day of the month after the consent.
    result = counted(span(date(2026, 3, 1)), date(2026, 2, 1), date(2026, 3, 31))
    assert result == {date(2026, 3, 31): 1}


@pytest.mark.parametrize(("last_day", "day_before"), [
    (date(2024, 2, 29), date(2024, 2, 28)),  # leap year
    (date(2025, 2, 28), date(2025, 2, 27)),  # common year
])
def test_r_li_8_february_month_end_in_leap_and_common_years(last_day, day_before):
    first, last = last_day.replace(day=1), last_day
    assert counted(span(last_day), first, last) == {last_day: 1}
    assert counted(span(date(2020, 1, 1), last_day), first, last) == {last_day: 1}
    assert counted(span(date(2020, 1, 1), day_before), first, last) == {}
    if last_day.day == 29:  # 28 February is not the month end in a leap year
        assert counted(span(date(2024, 2, 28), date(2024, 2, 28)), first, last) == {}


def test_r_li_8_year_end():
    result = counted(span(date(2025, 12, 31), date(2025, 12, 31)), date(2025, 11, 1), date(2026, 1, 31))
    assert result == {date(2025, 12, 31): 1}


def test_r_li_8_entered_in_error_never_counts():
    start, m = date(2026, 1, 1), date(2026, 3, 31)
    assert is_listed_on("active", start, None, m)
    assert is_listed_on("finished", start, m, m)  # the stored status does not matter, the dates do
    assert is_listed_on("planned", start, None, m)
    assert not is_listed_on(ERROR, start, None, m)
    assert not is_listed_on("planned", m + timedelta(days=1), None, m)


def test_r_li_8_a_patient_turning_24_counts_in_december_and_not_in_january():
    # Born 2003-05-10: 23 in 2026, so the listing ends on 31 December 2026 (R-TG-1).
    result = counted(span(date(2006, 1, 1), date(2026, 12, 31)), date(2026, 11, 1), date(2027, 2, 28))
    assert result == {date(2026, 11, 30): 1, date(2026, 12, 31): 1}


def test_r_li_8_groups_keep_type_dentist_and_municipality_but_never_a_protected_municipality():
    ends = [date(2026, 1, 31)]
    spans = [
        span(date(2025, 1, 1)),
        span(date(2025, 6, 1), listings=2),
        span(date(2025, 1, 1), listing_type="icke-val", dentist=None, municipality=None),
        span(date(2025, 1, 1), municipality="2482", protected=True),
    ]
    assert listed_per_month(spans, ends) == {
        (ends[0], VAL): 3,
        (ends[0], ("icke-val", "", "", False)): 1,
        (ends[0], ("val", DENTIST, "", True)): 1,
    }


def test_r_li_8_nothing_listed_gives_nothing_and_no_months_gives_nothing():
    assert listed_per_month([], month_ends(date(2026, 1, 1), date(2026, 6, 30))) == {}
    assert listed_per_month([span(date(2026, 1, 1))], []) == {}


DAY0 = date(2023, 10, 1)
dates = st.integers(min_value=0, max_value=900).map(lambda n: DAY0 + timedelta(days=n))
spans_strategy = st.builds(
    ListingSpan,
    start=dates,
    end=st.none() | dates,  # an end before the start is never listed
    listing_type=st.sampled_from(["val", "icke-val"]),
    dentist=st.sampled_from([None, "SE2321000222-T0001", "SE2321000222-T0002"]),
    municipality=st.sampled_from([None, "2480", "2482"]),
    protected=st.booleans(),
    listings=st.integers(min_value=1, max_value=3),
)


@given(st.lists(spans_strategy, max_size=40), dates, st.integers(min_value=0, max_value=30))
def test_r_li_8_difference_arrays_equal_a_naive_count_per_month(spans, first, months):
    ends = month_ends(first, first + timedelta(days=31 * months))
    naive: dict = {}
    for m in ends:
        for s in spans:
            if is_listed_on("active", s.start, s.end, m):
                naive[(m, s.group)] = naive.get((m, s.group), 0) + s.listings
    assert listed_per_month(spans, ends) == naive
