"""R-SE-2: every read and write of a patient's data is written to a hash-chained access log.

Entries carry ids, never identity numbers. Each entry's hash covers the previous entry's hash and
its own fields, so an edited, deleted, inserted or reordered entry breaks the chain; entries cut
off the end leave the chain whole, so every append also rewrites the one-row seal (entry count and
last hash) in the same transaction. `services.audit.verify` checks both.

Two writers never fork the chain: the seal row is read `FOR UPDATE`, so on PostgreSQL the second
workstation waits until the first has committed and then chains onto its entries; on SQLite the
database allows one write transaction at a time anyway (a writer whose snapshot has gone stale is
refused with "database is locked" rather than allowed to write).

Nothing in the application deletes or rewrites an entry (tests/services/test_audit.py greps the
code base for it); how long the log is kept is a setting that can only be raised above the legal
minimum (services.audit).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timezone

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from klinik_app.db.models import AccessLogEntry, AccessLogSeal, Clinic

GENESIS = "0" * 64
SEAL_ID = 1
FIELDS = ("at", "user_id", "user_kind", "role", "workstation", "care_unit", "action", "patient_id", "detail")


def canonical_time(at: datetime) -> str:
    """UTC to the microsecond, without offset: the same text whether the database keeps the zone or not."""
    if at.tzinfo is not None:
        at = at.astimezone(timezone.utc).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def canonical_text(prev_hash: str, fields: dict) -> str:
    """What an entry's hash covers: the previous hash and the fields, "|"-separated, None as ""."""
    canonical = "|".join(str(fields[k] if fields[k] is not None else "") for k in FIELDS)
    return f"{prev_hash}|{canonical}"


def entry_hash(prev_hash: str, fields: dict) -> str:
    return hashlib.sha256(canonical_text(prev_hash, fields).encode()).hexdigest()


def _utc(at: datetime) -> datetime:
    # SQLite keeps a datetime's wall-clock digits and drops the zone: store UTC, as the hash does.
    return at.astimezone(timezone.utc) if at.tzinfo is not None else at.replace(tzinfo=timezone.utc)


_LOG = AccessLogEntry.__table__
_SEAL = AccessLogSeal.__table__
# Core statements on the session's connection, built once: record() runs on every read of a patient.
_LOCK_SEAL = (
    select(_SEAL.c.last_hash, select(Clinic.__table__.c.hsa_id).limit(1).scalar_subquery())
    .where(_SEAL.c.id == SEAL_ID)
    .with_for_update(of=_SEAL)
)
_INSERT = _LOG.insert()
_UPDATE_SEAL = (
    _SEAL.update()
    .where(_SEAL.c.id == SEAL_ID)
    .values(
        entry_count=_SEAL.c.entry_count + bindparam("added"),
        # Under the seal's lock (or SQLite's write lock, taken by the insert) the highest id is ours.
        last_id=select(func.max(_LOG.c.id)).scalar_subquery(),
        last_at=bindparam("at"),
        last_hash=bindparam("hash"),
    )
)


def lock_seal(session: Session) -> tuple[str | None, str | None]:
    """The chain's last hash from the seal (None when the seal row is missing) and the care unit.

    The seal row is locked for the rest of the transaction where the database can (PostgreSQL:
    SELECT ... FOR UPDATE), so a second workstation waits here and then chains onto our entries.
    Columns, never an ORM object: a second append in the same session must see the new seal.
    """
    row = session.connection().execute(_LOCK_SEAL).first()
    if row is None:
        return None, session.scalar(select(Clinic.hsa_id).limit(1))
    return row[0], row[1]


def record(session: Session, ctx, action: str, patient_ids: Iterable[int | None], detail: str | None = None) -> None:
    """Append one entry per patient (or one without a patient for `[None]`) in the caller's transaction."""
    patient_ids = list(patient_ids)
    if not patient_ids:
        return
    prev, care_unit = lock_seal(session)
    if prev is None:
        prev = _rebuild_seal(session, ctx)
    at = _utc(ctx.now())
    at_text = canonical_time(at)
    actor = ctx.actor
    rows = []
    for patient_id in patient_ids:
        fields = {
            "at": at_text,
            "user_id": actor.user_id,
            "user_kind": actor.kind,
            "role": actor.role,
            "workstation": actor.workstation,
            "care_unit": care_unit,
            "action": action,
            "patient_id": patient_id,
            "detail": detail,
        }
        h = entry_hash(prev, fields)
        rows.append({**fields, "at": at, "prev_hash": prev, "hash": h})
        prev = h
    conn = session.connection()
    conn.execute(_INSERT, rows)
    conn.execute(_UPDATE_SEAL, {"added": len(rows), "at": at, "hash": prev})


def _rebuild_seal(session: Session, ctx) -> str:
    """The seal row is gone (migration 0005 makes it and nothing deletes it): seal the log as it
    stands, marked as rebuilt, so that `verify` reports that whatever it sealed before is lost."""
    last = session.execute(
        select(AccessLogEntry.id, AccessLogEntry.at, AccessLogEntry.hash).order_by(AccessLogEntry.id.desc()).limit(1)
    ).first()
    count = session.scalar(select(func.count()).select_from(AccessLogEntry))
    last_hash = last.hash if last else GENESIS
    session.execute(insert(AccessLogSeal).values(
        id=SEAL_ID, entry_count=count, last_id=last.id if last else None, last_at=last.at if last else None,
        last_hash=last_hash, rebuilt_at=_utc(ctx.now()),
    ))
    return last_hash
