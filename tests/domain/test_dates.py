"""Calendar arithmetic as rules.md "The due date" defines it."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from klinik_app.domain.dates import add_months, add_years, age_on, first_of_next_month, year_end


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # rules.md example: leap year
        (date(2023, 1, 31), 1, date(2023, 2, 28)),  # common year
        (date(2024, 3, 31), 1, date(2024, 4, 30)),
        (date(2024, 1, 15), 1, date(2024, 2, 15)),  # the day of the month is kept
        (date(2023, 12, 31), 2, date(2024, 2, 29)),  # across the year end
        (date(2024, 11, 30), 24, date(2026, 11, 30)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),  # backwards clamps too
        (date(2024, 1, 31), -13, date(2022, 12, 31)),
        (date(2024, 5, 5), 0, date(2024, 5, 5)),
    ],
)
def test_add_months_keeps_the_day_and_clamps_to_a_shorter_month(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (date(2024, 2, 29), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 4, date(2028, 2, 29)),
        (date(2020, 2, 29), 3, date(2023, 2, 28)),
        (date(2000, 2, 29), 100, date(2100, 2, 28)),  # 2100 is not a leap year
        (date(2024, 2, 29), -1, date(2023, 2, 28)),
        (date(2023, 3, 1), 1, date(2024, 3, 1)),
    ],
)
def test_add_years_on_february_29_gives_february_28_in_a_common_year(start, years, expected):
    assert add_years(start, years) == expected


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(2012, 2, 29), date(2027, 2, 28), 15),  # rules.md example
        (date(2012, 2, 29), date(2027, 2, 27), 14),
        (date(2012, 2, 29), date(2028, 2, 28), 15),  # leap year: the birthday is 29 February again
        (date(2012, 2, 29), date(2028, 2, 29), 16),
        (date(2020, 2, 29), date(2023, 2, 28), 3),
        (date(2010, 6, 15), date(2025, 6, 14), 14),
        (date(2010, 6, 15), date(2025, 6, 15), 15),
        (date(2010, 6, 15), date(2010, 6, 15), 0),
        (date(2002, 12, 31), date(2025, 12, 31), 23),
        (date(2002, 12, 31), date(2025, 12, 30), 22),
    ],
)
def test_age_on_is_whole_years_with_29_february_births_ageing_on_28_february(birth, on, age):
    assert age_on(birth, on) == age


def test_year_end_and_first_of_next_month():
    assert year_end(2026) == date(2026, 12, 31)
    assert first_of_next_month(date(2024, 12, 15)) == date(2025, 1, 1)
    assert first_of_next_month(date(2024, 1, 31)) == date(2024, 2, 1)
    assert first_of_next_month(date(2024, 2, 1)) == date(2024, 3, 1)


dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(birth=dates, on=dates)
def test_age_on_is_the_largest_n_with_birth_plus_n_years_not_after_the_day(birth, on):
    if on < birth:
        on, birth = birth, on
    n = age_on(birth, on)
    assert add_years(birth, n) <= on < add_years(birth, n + 1)


@given(d=dates, months=st.integers(min_value=-600, max_value=600))
def test_add_months_lands_in_the_right_month_on_the_kept_or_last_day(d, months):
    result = add_months(d, months)
    assert (result.year * 12 + result.month) - (d.year * 12 + d.month) == months
    next_day = result + timedelta(days=1)
    assert result.day == d.day or (result.day < d.day and next_day.day == 1)
