"""A patient's id from an identity number typed by staff (the commands' --patient, the log review's
search); the caller checks its own permission first."""

from __future__ import annotations

from sqlalchemy import select

from klinik_app.db.models import Patient
from klinik_app.domain.identity import InvalidIdentityNumber, parse_identity_number
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP


def patient_id_by_number(ctx: ServiceContext, personnummer: str) -> int:
    """The patient's id from a personnummer or samordningsnummer in any written form."""
    try:
        digits = parse_identity_number(personnummer, ctx.today).digits
    except InvalidIdentityNumber as exc:
        raise UsageError.passing_on(exc) from None
    with ctx.sessions() as s:
        pid = s.scalar(select(Patient.id).where(Patient.personnummer == digits))
    if pid is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Det finns ingen patient med det personnumret i registret. "
                                                         "Kontrollera numret."))
    return pid
