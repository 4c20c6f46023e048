"""What follows an appointment's outcome (R-AB-2..6): the absence fee, the re-offer, the written
information and the child-at-risk assessment. services.appointments calls `after_outcome` inside the
transaction that sets the outcome, so a no-show and its consequences are saved together."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from klinik_app.db.models import Appointment
from klinik_app.services.context import ServiceContext


@dataclass(frozen=True, slots=True)
class Consequences:
    """What the outcome led to, for the message the receptionist sees."""

    fee_sek: int | None = None  # R-AB-3: None when no fee is charged
    fee_reason: str = ""  # Swedish, shown either way
    reoffer_by: date | None = None  # R-AB-2: a new time must be offered by this day
    tasks_opened: tuple[str, ...] = field(default_factory=tuple)  # task kinds opened (R-AB-4, R-AB-5)


def after_outcome(session: Session, ctx: ServiceContext, appointment: Appointment) -> Consequences:
    """Decide the fee and open the tasks for the outcome just set on `appointment` (flushed)."""
    return Consequences()
