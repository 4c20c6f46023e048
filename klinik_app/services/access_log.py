"""R-SE-2: every read and write of a patient's data is written to a hash-chained access log.

Entries carry ids, never identity numbers. Each entry's hash covers the previous entry's hash, so
an edited, deleted, inserted or reordered entry breaks the chain (verified in issue 8's command).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timezone

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from klinik_app.db.models import AccessLogEntry, Clinic

GENESIS = "0" * 64


def canonical_time(at: datetime) -> str:
    """UTC to the microsecond, without offset: the same text whether the database keeps the zone or not."""
    if at.tzinfo is not None:
        at = at.astimezone(timezone.utc).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def entry_hash(prev_hash: str, fields: dict) -> str:
    canonical = "|".join(
        str(fields[k] if fields[k] is not None else "")
        for k in ("at", "user_id", "user_kind", "role", "workstation", "care_unit", "action", "patient_id", "detail")
    )
    return hashlib.sha256(f"{prev_hash}|{canonical}".encode()).hexdigest()


def record(session: Session, ctx, action: str, patient_ids: Iterable[int | None], detail: str | None = None) -> None:
    """Append one entry per patient (or one without a patient for `[None]`) in the caller's transaction."""
    prev = session.scalar(select(AccessLogEntry.hash).order_by(AccessLogEntry.id.desc()).limit(1)) or GENESIS
    care_unit = session.scalar(select(Clinic.hsa_id).limit(1))
    at = ctx.now()
    rows = []
    for patient_id in patient_ids:
        fields = {
            "at": canonical_time(at),
            "user_id": ctx.actor.user_id,
            "user_kind": ctx.actor.kind,
            "role": ctx.actor.role,
            "workstation": ctx.actor.workstation,
            "care_unit": care_unit,
            "action": action,
            "patient_id": patient_id,
            "detail": detail,
        }
        h = entry_hash(prev, fields)
        rows.append({**fields, "at": at, "prev_hash": prev, "hash": h})
        prev = h
    if rows:
        session.execute(insert(AccessLogEntry), rows)
