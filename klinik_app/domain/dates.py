"""Calendar arithmetic as rules.md defines it (month clamping, leap days, age in whole years).

Hot: the bulk recomputation of due dates (services.revision_due) calls these millions of times, so
the month lengths come from a table and the leap-year test (Gregorian, as calendar.isleap) is
inline; no calendar.monthrange, which also computes a weekday. tests/domain/test_dates.py compares
them with calendar-based reference implementations over every day of 1999-2032 and more.
"""

from __future__ import annotations

from datetime import date

# Days in each month of a common year; index 0 unused, February's 28 becomes 29 in a leap year.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(d: date, months: int) -> date:
    """Keep the day of the month, clamped to the last day of a shorter month.

    2024-01-31 + 1 month = 2024-02-29 (rules.md "The due date"). A result outside date's years
    raises ValueError, as date() does.
    """
    year, month = divmod(d.year * 12 + d.month - 1 + months, 12)
    month += 1
    day = d.day
    if day > 28:  # only days 29-31 can be past the end of the month
        if month == 2:
            last = 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
        else:
            last = _MONTH_DAYS[month]
        if day > last:
            day = last
    return date(year, month, day)


def add_years(d: date, years: int) -> date:
    """Whole years; 29 February becomes 28 February in a common year (= add_months(d, 12 * years))."""
    year = d.year + years
    month, day = d.month, d.day
    if day == 29 and month == 2 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        day = 28
    return date(year, month, day)


def age_on(birth: date, on: date) -> int:
    """Age in whole years: the largest n with birth + n years <= on.

    Someone born on 29 February turns a year older on 28 February in common years. (birth + n
    years, n = the difference of the years, lies in on's year: compare month and day.)
    """
    year = on.year
    n = year - birth.year
    month, day = birth.month, birth.day
    if day == 29 and month == 2 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        day = 28
    if month > on.month or (month == on.month and day > on.day):
        n -= 1
    return n


def year_end(year: int) -> date:
    return date(year, 12, 31)


def first_of_next_month(d: date) -> date:
    return add_months(d.replace(day=1), 1)
