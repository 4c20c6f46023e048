"""Calendar arithmetic as rules.md "The due date" defines it."""

import calendar
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


# The table-based add_months, add_years and age_on against the straightforward definitions, on every
# day of 1999-2032 (leap years 2000..2032, the century year 2000) and around other century years and
# the ends of date's range (years 1 and 9999), where a mistake in the leap-year test would show.


def _reference_add_months(d: date, months: int) -> date:
    year, month = divmod(d.year * 12 + (d.month - 1) + months, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _reference_age_on(birth: date, on: date) -> int:
    n = on.year - birth.year
    return n - 1 if _reference_add_months(birth, 12 * n) > on else n


def _every_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _outcome(f, *args):
    try:
        return f(*args)
    except ValueError:  # outside date's years 1..9999: both must refuse
        return ValueError


def _first_difference(f, reference, cases) -> tuple | None:
    return next(((*case, f(*case), reference(*case)) for case in cases if f(*case) != reference(*case)), None)


def test_add_months_equals_the_calendar_definition_on_every_day_of_1999_to_2032():
    days = _every_day(date(1999, 1, 1), date(2032, 12, 31))
    for months in range(-30, 81):
        got = [add_months(d, months) for d in days]
        if got != [_reference_add_months(d, months) for d in days]:
            assert _first_difference(add_months, _reference_add_months, [(d, months) for d in days]) is None


def test_add_years_equals_twelve_months_on_every_day_of_1999_to_2032():
    days = _every_day(date(1999, 1, 1), date(2032, 12, 31))
    for years in (-25, -4, -3, -1, 0, 1, 3, 4, 6, 23, 100, 101):
        got = [add_years(d, years) for d in days]
        if got != [_reference_add_months(d, 12 * years) for d in days]:
            assert _first_difference(add_years, lambda d, y: _reference_add_months(d, 12 * y),
                                     [(d, years) for d in days]) is None


def test_age_on_equals_the_definition_around_every_birthday_of_births_in_1999_to_2032():
    cases = []
    for birth in _every_day(date(1999, 1, 1), date(2032, 12, 31)):
        for n in (0, 1, 3, 4, 13, 15, 23):
            birthday = _reference_add_months(birth, 12 * n)
            cases += [(birth, birthday - timedelta(days=1)), (birth, birthday), (birth, birthday + timedelta(days=1))]
    if [age_on(b, on) for b, on in cases] != [_reference_age_on(b, on) for b, on in cases]:
        assert _first_difference(age_on, _reference_age_on, cases) is None


@pytest.mark.parametrize("years", [(1, 12), (1596, 1604), (1696, 1704), (1896, 1904), (2096, 2104),
                                   (2396, 2404), (9988, 9999)])
def test_add_months_and_add_years_equal_the_definition_near_century_years_and_the_ends_of_date(years):
    days = [d for d in _every_day(date(years[0], 1, 1), date(years[1], 12, 31)) if d.day >= 27 or d.day == 1]
    for months in (*range(-30, 31), 48, 96, 120):
        for d in days:
            expected = _outcome(_reference_add_months, d, months)
            assert _outcome(add_months, d, months) == expected, (d, months)
            if months % 12 == 0:
                assert _outcome(add_years, d, months // 12) == expected, (d, months)
