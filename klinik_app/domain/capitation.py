"""R-LI-8: the listed population on the last day of each month, the basis of capitation.

A listing counts on a month end M when it is not entered in error, starts on or before M and has
no end date or ends on or after M (the end date is the last day listed). The stored status
(planned, active, finished) does not matter: the dates do.

Pure: the service layer reads the listings and stores the result.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from klinik_app.domain.listing import ERROR


# (listing_type, responsible dentist HSA-ID or "", municipality code or "", protected identity)
GroupKey = tuple[str, str, str, bool]


def month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def month_ends(first: date, last: date) -> list[date]:
    """The last day of every month from first's month to last's month, both included."""
    ends = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        ends.append(date(year, month, calendar.monthrange(year, month)[1]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ends


def is_listed_on(status: str, start: date, end: date | None, day: date) -> bool:
    """The rule itself, for one listing and one day (R-LI-8)."""
    return status != ERROR and start <= day and (end is None or end >= day)


@dataclass(frozen=True, slots=True)
class ListingSpan:
    """A counted listing's dates and the group it is reported in.

    `listings` is how many listings share exactly these values, so the service can read them
    already grouped by the database (tens of thousands of spans instead of 400,000 objects).
    """

    start: date
    end: date | None
    listing_type: str
    dentist: str | None
    municipality: str | None
    protected: bool
    listings: int = 1

    @property
    def group(self) -> GroupKey:
        # R-TG-4: a protected patient's municipality is never kept, not even in a count.
        municipality = "" if self.protected else (self.municipality or "")
        return (self.listing_type, self.dentist or "", municipality, bool(self.protected))


def listed_per_month(spans: Iterable[ListingSpan], month_ends: list[date]) -> dict[tuple[date, GroupKey], int]:
    """How many listings count on each of the (ascending) month ends, per group; zero counts left out.

    Spans must be of listings that count at all (not entered in error). Each span adds +1 at the
    first month end on or after its start and -1 after the last month end on or before its end;
    a running sum per group gives the counts: O(spans * log months + groups * months).
    """
    n = len(month_ends)
    diffs: dict[GroupKey, list[int]] = {}
    for span in spans:
        first = bisect_left(month_ends, span.start)
        stop = n if span.end is None else bisect_right(month_ends, span.end)
        if first >= stop:  # ends before the first month end it could count on (or outside the range)
            continue
        key = span.group
        diff = diffs.get(key)
        if diff is None:
            diff = diffs[key] = [0] * (n + 1)
        diff[first] += span.listings
        diff[stop] -= span.listings
    counts: dict[tuple[date, GroupKey], int] = {}
    for key, diff in diffs.items():
        running = 0
        for index in range(n):
            running += diff[index]
            if running:
                counts[(month_ends[index], key)] = running
    return counts
