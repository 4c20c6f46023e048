"""The demo's appointment book (demo.appointments), written in the demo's own transaction after the
patients and their examinations (services.demo), so the book matches the examination history."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta
from operator import itemgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from klinik_app.db.bulk import _sqlite_value as sqlite_value  # the same text forms
from klinik_app.db.bulk import bulk_insert
from klinik_app.db.models import Appointment, Examination, Guardian, Patient, PatientGuardian, StaffMember
from klinik_app.demo.appointments import FIELDS, AppointmentGenerator, PastExam
from klinik_app.domain.absence import contribution
from klinik_app.domain.dates import add_years
from klinik_app.domain.local_time import day_bounds
from klinik_app.domain.permissions import CARE, RECEPTION
from klinik_app.domain.ruleset import AbsenceRules
from klinik_app.services import absence, appointment_counts
from klinik_app.services.context import ServiceContext

CHUNK = 5000  # patients per read and per insert batch
_PATIENT, _REOFFER, _AGREED = FIELDS.index("patient_id"), FIELDS.index("reoffer_of"), FIELDS.index("agreed")
_FACTS = itemgetter(*(FIELDS.index(f) for f in appointment_counts.Facts._fields))
_TIMES = tuple(i for i, f in enumerate(FIELDS)
               if f in ("starts_at", "status_set_at", "cancelled_at", "agreed_at", "first_agreed_start"))
_STAMP = ("row_version", "created_at", "created_by", "modified_at", "modified_by")
_COLUMNS = ("id", "uuid", *("reoffer_of_id" if f == "reoffer_of" else f for f in FIELDS), "absence_counted", "origin",
            *_STAMP)


def add_demo_appointments(session: Session, ctx: ServiceContext, seed: int, stamp: dict) -> int:
    """Times for every demo patient; returns how many were made."""
    staff = session.execute(select(StaffMember.hsa_id, StaffMember.role).where(StaffMember.active.is_(True))
                            .order_by(StaffMember.hsa_id)).all()
    caregivers = [(hsa, role) for hsa, role in staff if role in CARE]
    if not caregivers:
        return 0
    generator = AppointmentGenerator(seed, ctx.today, caregivers, [hsa for hsa, role in staff if role == RECEPTION],
                                     ctx.rules.absence.fee_sek)
    writer = _Writer(session, seed, stamp, ctx.rules.absence)
    since = add_years(ctx.today, -6)  # the latest revision before the three years shows what is due
    last_id = session.scalar(select(func.max(Patient.id))) or 0
    for low in range(1, last_id + 1, CHUNK):
        high = low + CHUNK
        patients = session.execute(select(Patient.id, Patient.birth_date).where(Patient.id >= low, Patient.id < high)
                                   .order_by(Patient.id)).all()
        guardians = dict(session.execute(
            select(PatientGuardian.patient_id, Guardian.name).join(Guardian, Guardian.id == PatientGuardian.guardian_id)
            .where(PatientGuardian.position == 1, PatientGuardian.patient_id >= low, PatientGuardian.patient_id < high)
        ).all())
        exams: dict[int, list[PastExam]] = {}
        for pid, on, role, hsa, interval, exam_id in session.execute(
                select(Examination.patient_id, Examination.examined_on, Examination.examiner_role,
                       Examination.examiner_hsa_id, Examination.planned_interval_months, Examination.id)
                .where(Examination.patient_id >= low, Examination.patient_id < high, Examination.examined_on >= since)
                .order_by(Examination.patient_id, Examination.examined_on)):
            exams.setdefault(pid, []).append(PastExam(_day(on), role, hsa, interval, exam_id))
        writer.write([row for pid, birth in patients
                      for row in generator.rows(pid, _day(birth), guardians.get(pid), exams.get(pid, []))],
                     {pid: _day(birth).year for pid, birth in patients})
    writer.tally.write(session)
    _open_recent_tasks(session, ctx)
    return writer.made


def _open_recent_tasks(session: Session, ctx: ServiceContext, days: int = 90) -> None:
    """The to-do list as a clinic has it: the tasks the absences of the last months opened (R-AB-4/5)."""
    since, _ = day_bounds(ctx.today - timedelta(days=days))
    latest = (select(Appointment.patient_id, func.max(Appointment.starts_at).label("at"))
              .where(Appointment.absence_counted.is_(True), Appointment.starts_at >= since)
              .group_by(Appointment.patient_id).subquery())
    for appointment in session.scalars(select(Appointment).join(
            latest, (latest.c.patient_id == Appointment.patient_id) & (latest.c.at == Appointment.starts_at))):
        absence.open_tasks_after(session, ctx, appointment)


class _Writer:
    """Numbers the generator's rows (ids from the next free one; `reoffer_of` becomes an id) and
    inserts them: on SQLite in its text forms with the driver's executemany, as services.demo does."""

    def __init__(self, session: Session, seed: int, stamp: dict, rules: AbsenceRules) -> None:
        self.session, self.rules, self.tally = session, rules, appointment_counts.Tally()
        self.conn = session.connection()
        self.sqlite = self.conn.dialect.name == "sqlite"
        self.first_id = (session.scalar(select(func.max(Appointment.id))) or 0) + 1
        # A random v4 prefix per seed and a counter: unique, and inserted in index order.
        bits = random.Random(f"appointment-uuids-{seed}").getrandbits(128)
        self.uuid_prefix = str(uuid.UUID(int=bits, version=4))[:24]
        tail = itemgetter(*_STAMP)(stamp)
        self.tail = ("demo", *(map(sqlite_value, tail) if self.sqlite else tail))
        self.made = 0

    def write(self, rows: list[tuple], birth_years: dict[int, int]) -> None:
        """Insert one batch of patients' rows; the statistics' columns and counts follow
        (services.appointment_counts: R-AB-6 with the listing that day, then the re-offers)."""
        listings = appointment_counts.listings(self.session, birth_years)
        out = []
        for n, row in enumerate(rows, start=self.made):
            facts = appointment_counts.Facts(*_FACTS(row))
            pid = row[_PATIENT]
            self.tally.add(contribution(facts, birth_years[pid]))
            counted = appointment_counts.decide(facts, listings.get(pid, ()), self.rules)
            row = list(row)
            if row[_REOFFER] is not None:
                row[_REOFFER] += self.first_id
            if self.sqlite:
                for i in _TIMES:
                    if row[i] is not None:
                        row[i] = _text(row[i])
                row[_AGREED] = int(row[_AGREED])
            out.append((self.first_id + n, f"{self.uuid_prefix}{n:012x}", *row,
                        int(counted) if self.sqlite else counted, *self.tail))
        self.made += len(out)
        if not out:
            return
        if self.sqlite:
            sql = (f"INSERT INTO {Appointment.__tablename__} ({', '.join(_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(_COLUMNS))})")
            self.conn.connection.driver_connection.executemany(sql, out)
        else:
            bulk_insert(self.conn, Appointment.__table__, [dict(zip(_COLUMNS, row, strict=True)) for row in out])
        appointment_counts.refresh_reoffers(self.session, birth_years)


def _text(at: datetime) -> str:
    """SQLite's form of a whole-second UTC time (as db.bulk writes it), without strftime's cost."""
    return at.replace(tzinfo=None).isoformat(" ")


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)
