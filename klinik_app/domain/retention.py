"""R-SE-3 (rulebook L766-780): how long patient records are kept, and when a review is due. Pure.

A record is kept at least `years` (never under 10) after its newest entry; a record whose newest
entry is exactly `years` before the day of the review is still kept. Nothing is removed
automatically: in January the head of clinic is reminded that the yearly review is due.
"""

from __future__ import annotations

from datetime import date
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal

MINIMUM_YEARS = 10  # patientdatalagen 3 kap. 17 §
MAXIMUM_YEARS = 100


class RetentionRefused(Refusal, ValueError):
    """A Swedish message for the person at the desk (a marked template and its values)."""


def check_years(years: int) -> int:
    if years < MINIMUM_YEARS:
        raise RetentionRefused(QT_TRANSLATE_NOOP("domain", "Journaler ska sparas i minst {minimum} år efter den "
                                                           "senaste anteckningen, så {years} år går inte att välja. "
                                                           "Ange {minimum} år eller fler."),
                               minimum=MINIMUM_YEARS, years=years)
    if years > MAXIMUM_YEARS:
        raise RetentionRefused(QT_TRANSLATE_NOOP("domain", "{years} år är orimligt länge. Ange högst {maximum} år."),
                               years=years, maximum=MAXIMUM_YEARS)
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
