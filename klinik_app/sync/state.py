"""What the sync remembers between cycles (app settings) and the counts the user always sees.

regional-listing-api.md "Guarantees": the user always sees online/offline, the last successful
sync, items waiting, items needing attention and conflicts.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from klinik_app.db.models import AppSetting, OutboxItem

WATERMARK = "sync.watermark"  # Bundle.meta.lastUpdated of the last complete `_history` call: the next `_since`
LAST_SUCCESS = "sync.last_success"  # UTC instant of the last cycle that pushed and pulled without a failure
NEXT_ATTEMPT = "sync.next_attempt_at"  # the region was unreachable: the scheduler waits until then
LAST_ATTEMPT = "sync.last_attempt"
LOCK = "sync.lock"  # SQLite: "<lease expiry>|<holder>" while a cycle runs (PostgreSQL uses an advisory lock)

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


log = logging.getLogger("klinik.sync.state")

# --- one cycle at a time per database ---------------------------------------------------------------

ADVISORY_KEY = 0x6B6C_696E_6B73_796E  # "klinksyn": the clinic database's one sync lock (PostgreSQL)
LEASE = timedelta(minutes=30)  # SQLite: a lease left by a killed process lapses after this


class SyncBusy(Exception):
    """Another workstation (or process) is running a cycle on this database right now."""


@contextmanager
def cycle_lock(engine: Engine, *, holder: str, who: str, now: datetime) -> Iterator[None]:
    """Hold the database's sync lock for the block, or raise SyncBusy at once (never waits).

    PostgreSQL: a session-level advisory lock on a dedicated connection (released by the server
    if the process dies). SQLite: a lease row written in its own transaction; SQLite serialises
    writers, so of two workstations racing for it one insert fails and that one is busy.
    `holder` names this cycle uniquely (workstation and a token), `who` is the acting user."""
    if engine.dialect.name == "postgresql":
        with _advisory_lock(engine):
            yield
        return
    sessions = sessionmaker(engine)
    _take_lease(sessions, holder, who, now)
    try:
        yield
    finally:
        with sessions.begin() as s:
            row = s.get(AppSetting, LOCK)
            if row is not None and row.value.endswith("|" + holder):
                s.delete(row)


@contextmanager
def _advisory_lock(engine: Engine) -> Iterator[None]:
    conn = engine.connect()
    try:
        got = conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_KEY})
        conn.commit()  # the lock is the session's: no transaction stays open for the cycle
        if not got:
            raise SyncBusy()
        try:
            yield
        finally:
            try:
                conn.scalar(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
                conn.commit()
            except DBAPIError:  # closing the connection frees the lock; never pool it still held
                log.exception("releasing the sync lock failed; dropping the connection")
                conn.invalidate()
    finally:
        conn.close()


def _lease_instant(at: datetime) -> str:
    """Fixed width, so lease expiries compare as text."""
    return at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _lease_value(until: datetime, holder: str) -> str:
    return f"{_lease_instant(until)}|{holder}"


def _holder_gone(held_by: str, holder: str) -> bool:
    """A lease of this workstation whose process no longer runs (killed, crashed) is free at once,
    not after LEASE. Holders read "<workstation>:<pid>:<token>" (services/sync._lock). POSIX only:
    on Windows os.kill would end the process."""
    theirs, ours = held_by.split(":"), holder.split(":")
    if os.name != "posix" or len(theirs) < 3 or theirs[0] != ours[0] or not theirs[1].isdigit():
        return False
    try:
        os.kill(int(theirs[1]), 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive under another account, or unknowable: the lease stands
        return False
    return False


def _take_lease(sessions: sessionmaker, holder: str, who: str, now: datetime) -> None:
    try:
        with sessions.begin() as s:
            row = s.get(AppSetting, LOCK)
            if row is not None:
                if row.value.split("|", 1)[0] > _lease_instant(now) and \
                        not _holder_gone(row.value.split("|", 1)[-1], holder):
                    raise SyncBusy()
                log.warning("sync lease of %s lapsed; taken over", row.value.split("|", 1)[-1])
                s.delete(row)
                s.flush()
            s.add(AppSetting(key=LOCK, value=_lease_value(now + LEASE, holder), created_at=now, created_by=who,
                             modified_at=now, modified_by=who))
    except (IntegrityError, DBAPIError) as e:  # the other writer won the race (or holds the write lock)
        if isinstance(e, DBAPIError) and not isinstance(e, IntegrityError) and "locked" not in str(e.orig).lower():
            raise
        raise SyncBusy() from None


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
