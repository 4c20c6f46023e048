"""The service calls of test_permissions for issue 5's appointments actions (see test_permissions._act).

`calls(ctx, w)` returns {Action: zero-argument callable}; `ctx` acts in the role under test, `w` is
the world fixture of test_permissions. Anything a call needs first is set up by a permitted actor."""

from __future__ import annotations

from datetime import datetime

from klinik_app.domain import permissions as perm
from klinik_app.services import appointment_import, appointments


def calls(ctx, w) -> dict:
    def book():
        return appointments.book(ctx, appointments.Booking(w["ella"], datetime.combine(ctx.today, datetime.min.time())
                                                           .replace(hour=9), 30, "revision", None,
                                                           agreed_with="Anna Lind", agreed_how="telefon"))

    def import_appointments():
        csv = w["csv"].with_name("tider.csv")
        csv.write_text("personnummer;start;langd_minuter;typ;overenskommen;status\n"
                       f"{_pnr_of(ctx, w['ella'])};2025-05-05 09:00;30;revision;ja;genomford\n", encoding="utf-8")
        return appointment_import.import_appointments(ctx, csv, partial=False, as_new=False)

    return {
        perm.APPOINTMENT_READ: lambda: appointments.book_view(ctx, ctx.today),
        perm.APPOINTMENT_BOOK: book,
        perm.APPOINTMENT_IMPORT: import_appointments,
    }


def _pnr_of(ctx, patient_id: int) -> str:
    from klinik_app.db.models import Patient

    with ctx.sessions() as s:
        return s.get(Patient, patient_id).personnummer
