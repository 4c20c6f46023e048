"""Fill a new database with a believable demo county (`klinik demo`, the first-start offer).

Patients and their households (demo.population), a five-year examination history for each patient
(demo.exams) and the due dates derived from it (services.revision_due), in one transaction.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from sqlalchemy import func, insert, select

from klinik_app.db.bulk import _sqlite_value as sqlite_value  # the same text forms
from klinik_app.db.bulk import bulk_insert, search_index_rebuilt_after
from klinik_app.db.models import (
    Clinic,
    Consent,
    Examination,
    Guardian,
    Listing,
    Patient,
    PatientGuardian,
    StaffMember,
    StaffRole,
)
from klinik_app.demo.exams import FIELDS as EXAM_FIELDS
from klinik_app.demo.exams import ExamGenerator
from klinik_app.demo.population import DemoHousehold, generate_households, generate_staff
from klinik_app.domain.text import name_columns, phone_digits
from klinik_app.services import access_log, revision_due
from klinik_app.services.demo_appointments import add_demo_appointments
from klinik_app.services.demo_planning import add_demo_planning
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP

CHUNK = 5000
# Their secondary indexes are built once after the load instead of row by row (SQLite).
LOADED_TABLES = ("patient", "guardian", "patient_guardian", "consent", "listing", "examination", "revision_due")
LOAD_CACHE_KIB = 256 * 1024  # SQLite's page cache while loading: the indexes' pages stay in memory
# What the due dates need of a generated examination: patient id, date, role, planned interval.
DUE_FIELDS = itemgetter(*(EXAM_FIELDS.index(f) for f in ("patient_id", "examined_on", "examiner_role",
                                                        "planned_interval_months")))
DEMO_CLINIC_HSA_ID = "SE2321000222-DEMO1"
DEMO_CLINIC_NAME = "Demokliniken Umeå"


class DemoRefused(ServiceError):
    """Demo data cannot go into this database (no clinic yet, or patients already)."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    patients: int
    guardians: int
    staff: int
    examinations: int = 0
    appointments: int = 0


@contextmanager
def _indexes_built_after(conn, tables: tuple[str, ...]) -> Iterator[None]:
    """For a bulk load on SQLite: drop the tables' own indexes and build each once at the end.

    Inside the caller's transaction (SQLite's DDL is transactional), from the indexes' stored SQL,
    so a failure or a killed process leaves them as they were. The unique constraints stay (they
    are the tables' own and check the load). A larger page cache for the load, restored after.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    marks = ", ".join("?" * len(tables))
    indexes = raw.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                          f"AND tbl_name IN ({marks})", tables).fetchall()
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    try:
        for name, _ in indexes:
            raw.execute(f'DROP INDEX "{name}"')
        yield
        for _, sql in indexes:
            raw.execute(sql)
    finally:
        raw.execute(f"PRAGMA cache_size = {int(cache)}")


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


class _Cancelled(Exception):
    """The user cancelled: the transaction rolls back."""


def create_demo_data(
    ctx: ServiceContext,
    n_patients: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    with_exams: bool = True,
) -> DemoSummary:
    """All or nothing, in one transaction; the clinic is marked as a demo clinic.

    Without exams the register alone is made (a third of the size): no examination history, so
    every patient's next revision is the first examination.
    """
    if n_patients < 1:
        raise DemoRefused(QT_TRANSLATE_NOOP("services", "Antalet patienter måste vara minst 1."))
    rng = random.Random(seed)  # for the clinic-made uuids, so a seed gives the same database
    # Whole seconds: at two timestamps on each of a million rows, microseconds cost 18 MB.
    now = ctx.now().replace(microsecond=0)
    stamp = {"row_version": 1, "created_at": now, "created_by": ctx.actor.user_id,
             "modified_at": now, "modified_by": ctx.actor.user_id}
    rules = ctx.rules  # read before the transaction: it opens its own session
    with ctx.begin() as s:
        clinic = s.scalars(select(Clinic)).first()
        if clinic is None:
            raise DemoRefused(QT_TRANSLATE_NOOP("services", "Databasen har ingen klinik än. Kör först: klinik init "
                                                            "--clinic-hsa-id ... --clinic-name ..."))
        if s.scalar(select(func.count()).select_from(Patient)):
            raise DemoRefused(QT_TRANSLATE_NOOP("services", "Databasen har redan patienter. Demodata kan bara läggas "
                                                            "i en ny, tom databas."))
        clinic.is_demo = True
        if not clinic.street:  # a letterhead, so the demo's letters can be written at once
            clinic.street, clinic.postal_code, clinic.postal_town = "Storgatan 12", "903 25", "Umeå"
            clinic.phone = clinic.phone or "090-12 34 56"
        staff = generate_staff(seed)
        s.execute(insert(StaffMember), [
            {"hsa_id": m.hsa_id, "name": m.name, "role": m.role, "active": True, **stamp} for m in staff
        ])
        ids = dict(s.execute(select(StaffMember.hsa_id, StaffMember.id)).all())
        s.execute(insert(StaffRole), [{"staff_id": ids[m.hsa_id], "role": m.role} for m in staff])  # the profession
        exams = ExamGenerator(seed, ctx.today, staff, rules) if with_exams else None
        # The due dates are computed batch by batch from the examinations as they are written, by
        # the bulk path of every recomputation (services.revision_due), so the list is ready at once.
        due = revision_due.DueWriter(s, rules, ctx.today)
        writer = _Writer(s, stamp, rng, ctx.today, exams, due, seed)
        with search_index_rebuilt_after(s.connection()), _indexes_built_after(s.connection(), LOADED_TABLES):
            for household in generate_households(n_patients, seed, ctx.today, staff):
                writer.add(household)
                if writer.pending >= CHUNK:
                    writer.flush()
                    if progress:
                        progress(writer.patients, n_patients)
                    if cancelled and cancelled():
                        raise _Cancelled  # rolls back the whole transaction, triggers included
            writer.flush()
        # The appointment book follows the examination history (services.demo_appointments). It reads
        # the examinations and its own times back as it goes, so it is written with every index in
        # place: without them each read was a scan, minutes at region scale.
        with _indexes_built_after(s.connection(), ()):  # only the load's larger page cache
            appointments = add_demo_appointments(s, ctx, seed, stamp) if with_exams else 0
            add_demo_planning(s, ctx.today, seed, stamp)  # working hours, a leave, referrals (issue 12)
        access_log.record(s, ctx, "write", [None], detail=f"demodata: {writer.patients} patienter skapade")
    if progress:
        progress(writer.patients, n_patients)
    return DemoSummary(patients=writer.patients, guardians=writer.guardians, staff=len(staff),
                       examinations=writer.examinations, appointments=appointments)


def create_demo_data_or_cancel(*args, **kwargs) -> DemoSummary | None:
    """As create_demo_data, but a cancel returns None (nothing was written)."""
    try:
        return create_demo_data(*args, **kwargs)
    except _Cancelled:
        return None


class _Writer:
    """Buffers rows and writes them with executemany (region-scale demo data in seconds)."""

    def __init__(self, session, stamp: dict, rng: random.Random, today, exams: ExamGenerator | None,
                 due: revision_due.DueWriter, seed: int) -> None:
        self.s, self.rng, self.today, self.exams, self.due = session, rng, today, exams, due
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        if self.sqlite:
            # In SQLite's text forms once, not per row: db.bulk converts every value of every row,
            # and at a million rows formatting the same two timestamps costs seconds.
            stamp = {key: sqlite_value(value) for key, value in stamp.items()}
        self.stamp = stamp
        # Dates in the form the rows are inserted in (ISO text on SQLite, see flush).
        self.day = date.isoformat if self.sqlite else (lambda d: d)
        self.patient_id = session.scalar(select(func.max(Patient.id))) or 0
        self.guardian_ids: dict[int, int] = {}
        self.next_guardian_id = session.scalar(select(func.max(Guardian.id))) or 0
        self.consent_id = session.scalar(select(func.max(Consent.id))) or 0
        self.rows: dict[type, list[dict]] = {Guardian: [], Patient: [], PatientGuardian: [], Consent: [], Listing: []}
        self.patients = self.guardians = self.pending = 0
        self.exam_rows: list[tuple] = []
        self.births: list[tuple] = []  # (patient id, birth date) of the batch, for the due dates
        self.examinations = 0
        # Examination uuids: a random v4 prefix per seed and a counter (unique, and inserted in index
        # order, which at a million rows is several times faster than random uuids).
        bits = random.Random(f"exam-uuids-{seed}").getrandbits(76)
        self.exam_uuid_prefix = (f"{bits >> 44:08x}-{bits >> 28 & 0xffff:04x}-4{bits >> 16 & 0xfff:03x}-"
                                 f"{8 | bits >> 14 & 3:x}{bits >> 2 & 0xfff:03x}-")
        self.exam_uuid_base = (bits & 3) << 46
        self.exam_stamp = ("demo", 1, stamp["created_at"], stamp["created_by"], stamp["modified_at"],
                           stamp["modified_by"])

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, h: DemoHousehold) -> None:
        for g in h.guardians:
            if g.key in self.guardian_ids:
                continue
            self.next_guardian_id += 1
            self.guardian_ids[g.key] = self.next_guardian_id
            self.guardians += 1
            self.rows[Guardian].append({
                "id": self.next_guardian_id, "personnummer": g.personnummer, "name": f"{g.first_name} {g.last_name}",
                "phone": g.phone, "street": g.address.street, "postal_code": g.address.postal_code,
                "postal_town": g.address.postal_town, **self.stamp,
            })
        for p in h.children:
            self.patient_id += 1
            self.patients += 1
            self.pending += 1
            pid = self.patient_id
            self.rows[Patient].append({
                "id": pid, "personnummer": p.personnummer, "id_kind": "personnummer",
                "first_name": p.first_name, "last_name": p.last_name, "birth_date": self.day(p.birth_date),
                "sex": p.sex,
                "protected_identity": p.protected_identity, "street": p.address.street,
                "postal_code": p.address.postal_code, "postal_town": p.address.postal_town,
                "municipality_code": p.address.municipality_code, "phone": p.phone, "email": p.email,
                "responsible_dentist_hsa_id": p.responsible_dentist_hsa_id,
                **name_columns(p.first_name, p.last_name), "phone_digits": phone_digits(p.phone),
                **self.stamp,
            })
            for position, key in enumerate(p.guardian_keys, start=1):
                self.rows[PatientGuardian].append(
                    {"patient_id": pid, "position": position, "guardian_id": self.guardian_ids[key]}
                )
            if p.listing_type:
                self._listing(pid, p)
            if self.exams is not None:
                self.exam_rows += self.exams.rows(pid, p.birth_date, p.responsible_dentist_hsa_id)
            self.births.append((pid, p.birth_date))

    def _listing(self, pid: int, p) -> None:
        consent_id = None
        if p.listing_type == "val" and p.consent_date:
            self.consent_id += 1
            consent_id = self.consent_id
            giver = "patient" if p.consent_giver == "patient" else "vardnadshavare"
            guardian_id = None
            if giver == "vardnadshavare":
                position = 2 if p.consent_giver == "vardnadshavare2" else 1
                guardian_id = self.guardian_ids[p.guardian_keys[position - 1]]
            self.rows[Consent].append({
                "id": consent_id, "uuid": self._uuid(), "patient_id": pid, "giver": giver,
                "guardian_id": guardian_id, "given_on": self.day(p.consent_date), "method": p.consent_method,
                "recorded_by": self.stamp["created_by"], **self.stamp,
            })
        self.rows[Listing].append({
            "uuid": self._uuid(), "patient_id": pid, "listing_type": p.listing_type,
            "status": "active" if p.listed_from <= self.today else "planned",
            "start_date": self.day(p.listed_from), "consent_id": consent_id, "origin": "demo", **self.stamp,
        })

    def flush(self) -> None:
        conn = self.s.connection()
        for model in (Guardian, Patient, PatientGuardian, Consent, Listing):
            rows = self.rows[model]
            if not rows:
                continue
            if self.sqlite:
                # Every value is in SQLite's form already (ISO dates, text stamps, bool is int): the
                # driver's executemany directly, as db.bulk does, without its conversion per value.
                columns = list(rows[0])
                sql = (f"INSERT INTO {model.__tablename__} ({', '.join(columns)}) "
                       f"VALUES ({', '.join('?' * len(columns))})")
                conn.connection.driver_connection.executemany(sql, map(itemgetter(*columns), rows))
            else:
                bulk_insert(conn, model.__table__, rows)
            self.rows[model] = []
        self._flush_exams(conn)
        self.pending = 0

    def _flush_exams(self, conn) -> None:
        # The generator's rows are ordered by patient, then date, as the due dates' bulk path wants.
        self.due.write(self.births, map(DUE_FIELDS, self.exam_rows))
        self.births = []
        if not self.exam_rows:
            return
        sqlite, tail = self.sqlite, self.exam_stamp
        prefix, base, n = self.exam_uuid_prefix, self.exam_uuid_base, self.examinations
        rows = [(f"{prefix}{base + n + i:012x}", *row, *tail) for i, row in enumerate(self.exam_rows)]
        self.examinations += len(rows)
        self.exam_rows = []
        columns = ("uuid", *EXAM_FIELDS, "origin", "row_version", "created_at", "created_by", "modified_at",
                   "modified_by")  # fmt: skip
        if sqlite:
            # db.bulk's raw path (the driver's executemany) without a dict and a conversion per value:
            # at a million rows those cost more than the insert.
            sql = (f"INSERT INTO {Examination.__tablename__} ({', '.join(columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))})")
            conn.connection.driver_connection.executemany(sql, rows)
        else:
            bulk_insert(conn, Examination.__table__, [
                dict(zip(columns, (*row[:2], date.fromisoformat(row[2]), *row[3:13], _bool(row[13]), *row[14:])))
                for row in rows
            ])
