"""Swedish wall-clock time and the UTC instants the database stores.

Appointments are agreed in Swedish local time (interchange.md: `YYYY-MM-DD HH:MM`); the database
keeps UTC, because SQLite drops the offset of an aware datetime and a day view must not move an
hour at a daylight-saving change.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def to_utc(at: datetime) -> datetime:
    """An instant for storing: naive means Swedish local time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=STOCKHOLM)
    return at.astimezone(timezone.utc)


def to_local(stored: datetime) -> datetime:
    """A stored instant as Swedish local time (SQLite hands it back naive, in UTC)."""
    if stored.tzinfo is None:
        stored = stored.replace(tzinfo=timezone.utc)
    return stored.astimezone(STOCKHOLM)


def local_day(stored: datetime) -> date:
    return to_local(stored).date()


def day_bounds(first: date, days: int = 1) -> tuple[datetime, datetime]:
    """[start, end) in UTC of `days` Swedish calendar days from `first` (23 or 25 hours at a change)."""
    start = datetime.combine(first, time(0), STOCKHOLM)
    end = datetime.combine(first + timedelta(days=days), time(0), STOCKHOLM)
    return start.astimezone(timezone.utc), end.astimezone(timezone.utc)
