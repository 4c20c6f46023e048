"""The archive's `interchange/` files: patients, exams and appointments in interchange.md's CSV
formats, so another system (or `klinik import`) reads them. Streamed a chunk of patients at a time.

The patients file carries what that format can: each patient's current (active) listing with its
consent; ended listings, like the format says, stay in `tabeller/` only.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import select

from klinik_app.db.models import Appointment, Consent, Examination, Guardian, Listing, Patient, PatientGuardian
from klinik_app.domain import appointment_rows, exam_rows, patient_rows
from klinik_app.domain.local_time import to_local
from klinik_app.services.archive_format import CHUNK, HashedFile

KIND_CODES = {v: k for k, v in appointment_rows.KINDS.items()}
STATUS_CODES = {v: k for k, v in appointment_rows.STATUSES.items()}


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("ja" if value else "nej")


def _text(value) -> str:
    return "" if value is None else str(value)


def _local_time(at) -> str:
    return "" if at is None else to_local(at).strftime("%Y-%m-%d %H:%M")


def write_interchange(conn, path: Path, step) -> str:
    """One of FILES (by its name); returns the file's SHA-256."""
    columns, rows_of = FILES[path.name]
    out, text = HashedFile(path), io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(columns)
    try:
        for rows in rows_of(conn):
            writer.writerows(rows)
            out.write(text.getvalue().encode("utf-8"))
            text.seek(0)
            text.truncate()
            step(len(rows))
        out.write(text.getvalue().encode("utf-8"))  # the header of a file without rows
    finally:
        digest = out.close()
    return digest


def _patients(conn):
    result = conn.execution_options(yield_per=CHUNK).execute(select(Patient.__table__).order_by(Patient.id))
    for chunk in result.partitions():
        ids = [p.id for p in chunk]
        guardians: dict[int, dict[int, object]] = {}
        for link in conn.execute(
            select(PatientGuardian.patient_id, PatientGuardian.position, Guardian.id, Guardian.personnummer,
                   Guardian.name, Guardian.phone)
            .join(Guardian, Guardian.id == PatientGuardian.guardian_id).where(PatientGuardian.patient_id.in_(ids))
        ):
            guardians.setdefault(link.patient_id, {})[link.position] = link
        listings = {}
        for li in conn.execute(
            select(Listing.patient_id, Listing.listing_type, Listing.start_date, Consent.given_on, Consent.giver,
                   Consent.guardian_id, Consent.method)
            .outerjoin(Consent, Consent.id == Listing.consent_id)
            .where(Listing.patient_id.in_(ids), Listing.status == "active").order_by(Listing.start_date)
        ):
            listings[li.patient_id] = li  # the latest active one
        yield [_patient_row(p, guardians.get(p.id, {}), listings.get(p.id)) for p in chunk]


def _patient_row(p, guardians: dict, li) -> list[str]:
    cells = [p.personnummer, p.first_name, p.last_name, _text(p.street), _text(p.postal_code), _text(p.postal_town),
             _text(p.municipality_code), _yes_no(p.protected_identity), _text(p.phone), _text(p.email)]
    for position in (1, 2):
        g = guardians.get(position)
        cells += [_text(g.personnummer), _text(g.name), _text(g.phone)] if g else ["", "", ""]
    if li is None:
        cells += ["", "", "", "", ""]
    else:
        giver = ""
        if li.giver == "patient":
            giver = "patient"
        elif li.giver is not None:
            giver = next((f"vardnadshavare{pos}" for pos, g in guardians.items() if g.id == li.guardian_id),
                         "vardnadshavare1")
        cells += [li.listing_type, li.start_date.isoformat(), _text(li.given_on and li.given_on.isoformat()),
                  giver, _text(li.method)]
    cells.append(_text(p.responsible_dentist_hsa_id))
    return cells


def _exams(conn):
    query = (select(Patient.personnummer, Examination.__table__).join(Patient, Patient.id == Examination.patient_id)
             .order_by(Examination.id))
    for chunk in conn.execution_options(yield_per=CHUNK).execute(query).partitions():
        yield [[e.personnummer, e.examined_on.isoformat(), e.examiner_role, _text(e.examiner_hsa_id),
                _text(e.risk_caries), _text(e.risk_periodontal), _text(e.risk_general), _text(e.risk_technical),
                _text(e.planned_interval_months), _yes_no(e.bite_check), _text(e.tobacco), _text(e.deft),
                _text(e.dft)] for e in chunk]


def _appointments(conn):
    query = (select(Patient.personnummer, Appointment.starts_at, Appointment.minutes, Appointment.kind,
                    Appointment.agreed, Appointment.status, Appointment.cancelled_at)
             .join(Patient, Patient.id == Appointment.patient_id).order_by(Appointment.id))
    for chunk in conn.execution_options(yield_per=CHUNK).execute(query).partitions():
        yield [[a.personnummer, _local_time(a.starts_at), str(a.minutes), KIND_CODES[a.kind], _yes_no(a.agreed),
                STATUS_CODES[a.status], _local_time(a.cancelled_at)] for a in chunk]


# Each file with its header and the chunks of its rows.
FILES = {"patients.csv": (patient_rows.COLUMNS, _patients), "exams.csv": (exam_rows.COLUMNS, _exams),
         "appointments.csv": (appointment_rows.COLUMNS, _appointments)}
