"""R-SE-3 (rulebook L766-780): how long patient records are kept, and when a review is due. Pure.

A record is kept at least `years` (never under 10) after its newest entry; a record whose newest
entry is exactly `years` before the day of the review is still kept. Nothing is removed
automatically: in January the head of clinic is reminded that the yearly review is due.
"""

from __future__ import annotations

from datetime import date

MINIMUM_YEARS = 10  # patientdatalagen 3 kap. 17 §
MAXIMUM_YEARS = 100


class RetentionRefused(ValueError):
    """A Swedish message for the person at the desk."""


def check_years(years: int) -> int:
    if years < MINIMUM_YEARS:
        raise RetentionRefused(f"Journaler ska sparas i minst {MINIMUM_YEARS} år efter den senaste anteckningen, "
                               f"så {years} år går inte att välja. Ange {MINIMUM_YEARS} år eller fler.")
    if years > MAXIMUM_YEARS:
        raise RetentionRefused(f"{years} år är orimligt länge. Ange högst {MAXIMUM_YEARS} år.")
    return years


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def past_retention(newest_entry: date, as_of: date, years: int) -> bool:
    """More than `years` before `as_of`: the last day kept is exactly `years` before."""
    return newest_entry < years_before(as_of, years)


def review_due(today: date, reviewed_years: set[int]) -> int | None:
    """The year whose review the head of clinic is reminded of (in January, until done); else None."""
    if today.month != 1 or today.year in reviewed_years:
        return None
    return today.year
