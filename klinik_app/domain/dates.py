"""Calendar arithmetic as rules.md defines it (month clamping, leap days, age in whole years)."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(d: date, months: int) -> date:
    """Keep the day of the month, clamped to the last day of a shorter month.

    2024-01-31 + 1 month = 2024-02-29 (rules.md "The due date").
    """
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last))


def add_years(d: date, years: int) -> date:
    """Whole years; 29 February becomes 28 February in a common year."""
    return add_months(d, 12 * years)


def age_on(birth: date, on: date) -> int:
    """Age in whole years: the largest n with birth + n years <= on.

    Someone born on 29 February turns a year older on 28 February in common years.
    """
    n = on.year - birth.year
    if add_years(birth, n) > on:
        n -= 1
    return n


def year_end(year: int) -> date:
    return date(year, 12, 31)


def first_of_next_month(d: date) -> date:
    return add_months(d.replace(day=1), 1)
