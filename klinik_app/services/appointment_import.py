"""`klinik import appointments`: times from an earlier system's CSV file (interchange.md "appointments").

The file is read and checked before anything is written (services.csv_import, domain.appointment_rows);
the patient must already be in the database (`okand-patient`). A time is matched on patient + start:
one already stored is left as it is, so a re-import of the same file changes nothing.

Imported rows are history: no fee is decided and no task opened (services.absence is not called);
whether a missed time counts (R-AB-6) is decided as for any outcome, for the statistics.
`overenskommen=ja` records the time as agreed "in the earlier system" (R-AB-3). Nothing about a time
goes to the region, so `--as-new` only marks the rows as entered here, agreed as recorded by the
acting user.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from klinik_app.db.models import Appointment, Patient
from klinik_app.domain.appointment_rows import (
    COLUMNS,
    REQUIRED_COLUMNS,
    AppointmentImportRow,
    check_header,
    duplicate_key,
    validate_row,
)
from klinik_app.domain.absence import contribution
from klinik_app.domain.appointments import BOOKED
from klinik_app.domain.csv_cells import ErrorCode, Rejection, in_column_order
from klinik_app.domain.local_time import to_local
from klinik_app.domain.permissions import APPOINTMENT_IMPORT
from klinik_app.services import access_log, appointment_counts, csv_import
from klinik_app.services.context import ServiceContext
from klinik_app.services.csv_import import EXIT_INVALID, identity_digits, rows_text, safe_name
from klinik_app.services.permissions import require


@dataclass
class AppointmentImportResult(csv_import.ImportResult):
    created: int = 0

    def done(self) -> str:
        existing = self.imported - self.created
        new = "1 ny tid" if self.created == 1 else f"{self.created} nya tider"
        return (f"{rows_text(self.imported, 'importerad', 'importerade')} från {self.file_name} "
                f"({new}, {existing} fanns redan)")

    def nothing(self) -> str:
        return f"{self.file_name} innehåller inga tider; ingenting importerades."


def import_appointments(ctx: ServiceContext, path: Path, *, partial: bool, as_new: bool) -> AppointmentImportResult:
    """Import an appointments CSV. All or nothing unless `partial`."""
    require(ctx, APPOINTMENT_IMPORT)
    path = Path(path)
    result = AppointmentImportResult(file_name=path.name)
    opened = csv_import.open_csv(path, result, REQUIRED_COLUMNS, check_header)
    if opened is None:
        return result
    header, rows = opened
    today = ctx.today
    checked = csv_import.check_rows(
        header, rows,
        validate=lambda cells, line: validate_row(cells, line, today),
        duplicate_key=lambda cells, record: record.key if record else duplicate_key(cells, today),
        duplicate_message=lambda first: (f"Samma tid (patient och start) finns redan på rad {first} i filen, och den "
                                         "raden gäller. Ta bort den här raden."),
    )
    with ctx.begin() as session:
        patients = _known_patients(session, checked, today)
        for row in checked:
            digits = row.record.personnummer if row.record else (
                identity_digits(row.cells.get("personnummer"), today) if row.cells else None)
            if digits is not None and digits not in patients:
                row.problems = in_column_order([*row.problems, _unknown_patient(row)], header, COLUMNS)
                row.record = None
        records: list[AppointmentImportRow] = csv_import.finish(result, checked, partial)
        if result.exit_code == EXIT_INVALID or not records:
            return result
        written = _write(session, ctx, records, patients, as_new)
        access_log.record(session, ctx, "import", sorted({patients[r.personnummer] for r in written}),
                          detail=f"import {safe_name(path)}")
    result.imported, result.created = len(records), len(written)
    return result


def _unknown_patient(row: csv_import.CheckedRow) -> Rejection:
    return Rejection(row.line, "personnummer", row.cells.get("personnummer") or None, ErrorCode.UNKNOWN_PATIENT.value,
                     "Patienten finns inte i registret. Importera patienten först (klinik import patients) och "
                     "sedan tiderna, eller kontrollera personnumret.")


def _known_patients(session, checked: list[csv_import.CheckedRow], today) -> dict[str, int]:
    wanted = sorted({d for d in (
        row.record.personnummer if row.record else identity_digits(row.cells.get("personnummer"), today)
        for row in checked if row.cells) if d is not None})
    found: dict[str, int] = {}
    for chunk in csv_import.chunks(wanted):
        q = select(Patient.personnummer, Patient.id).where(Patient.personnummer.in_(chunk))
        found.update(session.execute(q).all())
    return found


def _write(session, ctx: ServiceContext, records: list[AppointmentImportRow], patients: dict[str, int],
           as_new: bool) -> list[AppointmentImportRow]:
    """Insert the times not stored yet; return them."""
    ids = sorted({patients[r.personnummer] for r in records})
    stored: set[tuple[int, object]] = set()
    for chunk in csv_import.chunks(ids):
        q = select(Appointment.patient_id, Appointment.starts_at).where(Appointment.patient_id.in_(chunk))
        stored.update((pid, to_local(at)) for pid, at in session.execute(q))
    now, who = ctx.now(), ctx.actor.user_id
    stamp = {"row_version": 1, "created_at": now, "created_by": who, "modified_at": now, "modified_by": who}
    listings, births = appointment_counts.listings(session, ids), appointment_counts.birth_years(session, ids)
    tally = appointment_counts.Tally()
    new, rows = [], []
    for r in records:
        pid = patients[r.personnummer]
        if (pid, to_local(r.starts_at)) in stored:
            continue  # the same time: a re-import changes nothing
        new.append(r)
        facts = appointment_counts.Facts(r.starts_at, r.kind, r.status, r.agreed)
        tally.add(contribution(facts, births[pid]))
        rows.append({
            "uuid": str(uuid.uuid4()), "patient_id": pid, "caregiver_hsa_id": None, "room_id": None,
            "starts_at": r.starts_at, "minutes": r.minutes, "kind": r.kind, "status": r.status,
            "status_set_at": None if r.status == BOOKED else now, "status_set_by": None if r.status == BOOKED else who,
            "cancelled_at": r.cancelled_at, "agreed": r.agreed, "agreed_at": now if r.agreed and as_new else None,
            "agreed_by": who if r.agreed and as_new else None, "agreed_with": None,
            "agreed_how": "import" if r.agreed else None, "first_agreed_start": r.starts_at if r.agreed else None,
            "origin": "local" if as_new else "import", **stamp,
            "absence_counted": appointment_counts.decide(facts, listings.get(pid, ()), ctx.rules.absence),
        })
    for chunk in csv_import.chunks(rows):
        session.execute(insert(Appointment.__table__), list(chunk))
    # The statistics follow (services.appointment_counts): the counts, and a later time re-offers.
    tally.write(session)
    appointment_counts.refresh_reoffers(session, {row["patient_id"] for row in rows})
    return new

