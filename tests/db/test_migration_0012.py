"""Migration 0012 fills what services.appointment_counts keeps for the appointments already stored: the
counted absences, their re-offer days and the monthly counts."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from alembic import command
from sqlalchemy import select

from klinik_app.db.migrate import alembic_config
from klinik_app.db.models import Appointment, AppointmentMonth
from klinik_app.services import appointments
from tests.factories import add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _kept(ctx) -> tuple[list, list]:
    """(id, absence_counted, reoffered_on) of every time, and appointment_month."""
    m = AppointmentMonth
    with ctx.sessions() as s:
        return (s.execute(select(Appointment.id, Appointment.absence_counted, Appointment.reoffered_on)
                          .order_by(Appointment.id)).all(),
                s.execute(select(m.month, m.kind, m.birth_year, m.due, m.late_cancellations, m.fees, m.fee_sum)
                          .order_by(m.month, m.kind, m.birth_year)).all())


def _migrate(ctx, revision: str, step) -> None:
    cfg = alembic_config()
    with ctx.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        step(cfg, revision)


def test_0012_fills_the_counted_absences_and_the_monthly_counts_of_the_stored_times(ctx):
    ella = add_patient(ctx, pnr(date(2014, 5, 5)), "Ella", "Lind", listing="val")
    olle = add_patient(ctx, pnr(date(2016, 1, 1)), "Olle", "Ek")  # not listed: charged, never counted
    ctx.now = lambda: datetime(2026, 3, 12, 9, 0, tzinfo=timezone.utc)
    for patient, starts, kind, status in ((ella, datetime(2026, 3, 10, 9, 0), "revision", "no-show"),
                                          (ella, datetime(2026, 3, 31, 9, 0), "treatment", "attended"),
                                          (olle, datetime(2026, 4, 1, 0, 30), "revision", "no-show")):
        aid = appointments.book(ctx, appointments.Booking(patient, starts, 30, kind, None, agreed_with="patient",
                                                          agreed_how="telefon"))
        appointments.set_outcome(ctx, aid, status, expected_version=appointments.get(ctx, aid).row_version)
    kept = _kept(ctx)
    assert kept[0][0][1:] == (True, date(2026, 3, 12)) and len(kept[1]) == 3

    _migrate(ctx, "0011", command.downgrade)
    _migrate(ctx, "head", command.upgrade)
    assert _kept(ctx) == kept
