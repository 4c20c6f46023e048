"""The outbox: changes waiting for the region, written in the change's own transaction.

R-TG-4: nothing about a patient with protected identity is ever queued. `enqueue` refuses such a
patient whatever the caller believes, and `withdraw_for_patient` empties the queue of a patient who
becomes protected before the items were sent.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from klinik_app.db.models import OutboxItem, Patient

WAITING = "waiting"
UNSENT = ("waiting", "attention", "conflict")


class ProtectedPatientNotQueued(RuntimeError):
    """A programming error: a protected patient's data was about to be queued for the region."""


def enqueue(session: Session, ctx, kind: str, payload: dict, patient_id: int | None = None) -> OutboxItem:
    if patient_id is not None:
        protected = session.scalar(select(Patient.protected_identity).where(Patient.id == patient_id))
        if protected:
            raise ProtectedPatientNotQueued(f"refused to queue {kind} for a protected patient (R-TG-4)")
    item = OutboxItem(idempotency_key=str(uuid.uuid4()), patient_id=patient_id, kind=kind, payload=payload,
                      status=WAITING, attempts=0, staff_hsa_id=ctx.actor.user_id, created_at=ctx.now())
    session.add(item)
    return item


def withdraw_for_patient(session: Session, patient_id: int) -> int:
    """Remove every unsent item of the patient (they must never reach the region)."""
    result = session.execute(
        delete(OutboxItem).where(OutboxItem.patient_id == patient_id, OutboxItem.status.in_(UNSENT))
    )
    return result.rowcount or 0
