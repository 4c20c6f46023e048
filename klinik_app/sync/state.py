"""What the sync remembers between cycles (app settings) and the counts the user always sees.

regional-listing-api.md "Guarantees": the user always sees online/offline, the last successful
sync, items waiting, items needing attention and conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from klinik_app.db.models import AppSetting, OutboxItem

WATERMARK = "sync.watermark"  # Bundle.meta.lastUpdated of the last complete `_history` call: the next `_since`
LAST_SUCCESS = "sync.last_success"  # UTC instant of the last cycle that pushed and pulled without a failure
NEXT_ATTEMPT = "sync.next_attempt_at"  # the region was unreachable: the scheduler waits until then
LAST_ATTEMPT = "sync.last_attempt"

WAITING, SENT, ATTENTION, CONFLICT, WITHDRAWN = "waiting", "sent", "attention", "conflict", "withdrawn"


def format_instant(at: datetime) -> str:
    """A FHIR instant in UTC with a Z, to the second unless it has microseconds. A naive time is UTC
    (SQLite gives back the UTC instants it was given without their zone)."""
    at = at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at.astimezone(timezone.utc)
    if at.microsecond:
        return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_instant(text: str) -> datetime:
    at = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if at.tzinfo is None:
        raise ValueError(f"an instant needs an offset: {text!r}")
    return at.astimezone(timezone.utc)


def get(session: Session, key: str) -> str | None:
    return session.scalar(select(AppSetting.value).where(AppSetting.key == key))


def put(session: Session, key: str, value: str | None, *, now: datetime, who: str) -> None:
    row = session.get(AppSetting, key)
    if value is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(AppSetting(key=key, value=value, created_at=now, created_by=who, modified_at=now, modified_by=who))
    elif row.value != value:
        row.value, row.modified_at, row.modified_by = value, now, who


@dataclass(frozen=True, slots=True)
class Status:
    last_sync: str | None  # UTC instant of the last successful cycle
    waiting: int
    attention: int
    conflicts: int
    next_attempt: str | None  # set while the region is unreachable

    def as_json(self) -> dict:
        """interchange.md `klinik sync-status --format json`."""
        return {"last_sync": self.last_sync, "waiting": self.waiting, "attention": self.attention,
                "conflicts": self.conflicts}


def status(session: Session) -> Status:
    counts = dict(session.execute(
        select(OutboxItem.status, func.count()).where(OutboxItem.status.in_((WAITING, ATTENTION, CONFLICT)))
        .group_by(OutboxItem.status)).all())
    return Status(get(session, LAST_SUCCESS), counts.get(WAITING, 0), counts.get(ATTENTION, 0),
                  counts.get(CONFLICT, 0), get(session, NEXT_ATTEMPT))
