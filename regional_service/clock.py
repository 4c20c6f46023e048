"""The region's clock: the business date (Swedish local date) and the instants it stamps.

Two things that tests and demos need to hold apart:
- `today()` is the date the rules are applied on (ages, listing starts, listing stops). It can be
  fixed (`serve --today`, the tests) or follow the population simulator's date.
- `now()` is the real UTC time; `stamp()` makes it strictly increasing so that meta.lastUpdated
  orders every change and the `_history` watermark never skips one (history.py).
"""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


class Clock:
    def __init__(self, today: date | None = None) -> None:
        self._today = today
        self._last = datetime.min.replace(tzinfo=timezone.utc)
        self._lock = threading.Lock()

    def today(self) -> date:
        return self._today if self._today is not None else datetime.now(STOCKHOLM).date()

    @property
    def fixed(self) -> bool:
        return self._today is not None

    def set_today(self, day: date | None) -> None:
        self._today = day

    def advance(self, days: int = 1) -> date:
        self._today = self.today() + timedelta(days=days)
        return self._today

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def observe(self, instant: datetime) -> None:
        """Never stamp at or before an instant already stored (a restart on an existing database)."""
        with self._lock:
            if instant > self._last:
                self._last = instant

    def stamp(self) -> datetime:
        """A UTC instant later than every earlier stamp (microsecond resolution)."""
        with self._lock:
            now = self.now()
            if now <= self._last:
                now = self._last + timedelta(microseconds=1)
            self._last = now
            return now


def swedish_date(value: str) -> date:
    """The Swedish local date of a FHIR date or dateTime ("2026-11-22" or "2026-11-22T14:03:00Z")."""
    if len(value) == 10:
        return date.fromisoformat(value)
    if len(value) < 10:
        raise ValueError(f"partial date {value!r}")
    instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if instant.tzinfo is None:  # FHIR requires an offset with a time; read a missing one as Swedish time
        instant = instant.replace(tzinfo=STOCKHOLM)
    return instant.astimezone(STOCKHOLM).date()


def parse_instant(value: str) -> datetime:
    instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if instant.tzinfo is None:
        raise ValueError("an instant needs a time zone offset")
    return instant.astimezone(timezone.utc)


def format_instant(instant: datetime) -> str:
    """FHIR instant with microseconds, so `_since=<meta.lastUpdated>` round-trips exactly."""
    return instant.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
