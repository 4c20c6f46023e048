"""The archive's `fhir/<ResourceType>/<part>.ndjson`: every patient's record as FHIR R4 resources.

The resources are the record copy's own (services.record_bundle.record_entries), so the copy and the
archive cannot drift; only the reading differs: here every table is read in chunks of patients (in
the export's snapshot), a few queries a chunk instead of a dozen a patient, into the same
RecordContents the copy fills. Each resource is validated with the R4B models once per shape
(domain.fhir_shapes explains why that is the same verdict). Patients with protected identity
(R-TG-4) are included, since the archive stays with the clinic, but every one of their resources
carries the security label R (restricted) and, as in the record copy, no address or telecom; and the
files are plain NDJSON of resources, never a Bundle, so nothing here can be taken for a sync payload
(those are transaction Bundles the outbox builds, and refuse protected patients). A part file holds
the patients of one id range, so worker processes can write the parts at once (archive_workers).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import orjson
from sqlalchemy import select

from klinik_app.db.models import (
    Appointment,
    Consent,
    EmergencyVisit,
    Examination,
    Guardian,
    Listing,
    Patient,
    PatientGuardian,
    RecallContact,
    Room,
    StaffMember,
    Task,
    Treatment,
)
from klinik_app.domain import record_copy as rules
from klinik_app.domain.revision import ExamRecord, compute_due, explain
from klinik_app.services.appointments import _rows as appointment_rows
from klinik_app.services.archive_format import CHUNK, FHIR, HashedFile
from klinik_app.services.examinations import _line
from klinik_app.domain.fhir_shapes import ShapeValidator
from klinik_app.services.record_bundle import record_entries
from klinik_app.services.record_copy import LETTER_KINDS, RecordContents

RESTRICTED = {"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R",
              "display": "restricted"}
# The archive is the clinic's own copy: recorded as the clinic's request, with no disclosure consent.
ARCHIVE_REQUEST = rules.CopyRequest(recipient_kind=rules.PATIENT, recipient_name="Klinikarkiv")
RANGE = 10_000  # patients per part file: the unit of work a worker process takes (archive_workers)


def fhir_ranges(conn, limit: int | None = None) -> list[tuple[int, int, int, int]]:
    """(part, first id, last id, patients) for every RANGE patients in id order; `limit`: the first
    patients only."""
    query = select(Patient.id).order_by(Patient.id)
    ids = conn.scalars(query if limit is None else query.limit(limit)).all()
    return [(n + 1, ids[i], ids[j - 1], j - i)
            for n, (i, j) in enumerate((i, min(i + RANGE, len(ids))) for i in range(0, len(ids), RANGE))]


def part_path(kind: str, part: int) -> str:
    """`fhir/<ResourceType>/<part>.ndjson`: several files per type, as FHIR bulk data allows."""
    return f"{FHIR}/{kind}/{part:03d}.ndjson"


def write_fhir(session, ctx, folder: Path, step, limit: int | None = None) -> int:
    """Every part in this thread (the tests, the benchmark's sample); `step(n)` after each chunk of n
    patients. Returns how many resources went through the models."""
    conn = session.connection()
    check = ShapeValidator()
    for part, first, last, _ in fhir_ranges(conn, limit):
        write_fhir_part(conn, ctx, folder, part, first, last, step, check)
    return check.validated


def write_fhir_part(conn, ctx, folder: Path, part: int, first: int, last: int, step, check: ShapeValidator) -> dict:
    """The resources of the patients with ids first..last into their part files; returns each file's
    path in the archive and SHA-256."""
    staff = dict(conn.execute(select(StaffMember.hsa_id, StaffMember.name)).all())
    rooms = dict(conn.execute(select(Room.id, Room.name)).all())
    now, by = ctx.now(), ctx.actor.user_id
    files: dict[str, HashedFile] = {}
    try:
        for patients in _patient_chunks(conn, first, last):
            for contents in _contents(conn, ctx, patients, staff, rooms):
                for entry in record_entries(contents, ARCHIVE_REQUEST, by, now):
                    resource = entry["resource"]
                    if contents.protected:
                        resource.setdefault("meta", {}).setdefault("security", []).append(RESTRICTED)
                    line = orjson.dumps(resource)
                    check(resource, line.decode())
                    kind = resource["resourceType"]
                    if kind not in files:
                        files[kind] = HashedFile(folder / part_path(kind, part))
                    files[kind].write(line + b"\n")
            check.forget_values()
            step(len(patients))
    finally:
        digests = {part_path(kind, part): out.close() for kind, out in files.items()}
    return digests


def _patient_chunks(conn, first: int, last: int):
    """The patients with ids first..last, CHUNK at a time (keyset: each query starts after the last id)."""
    table, after = Patient.__table__, first - 1
    while True:
        rows = conn.execute(select(table).where(table.c.id > after, table.c.id <= last).order_by(table.c.id)
                            .limit(CHUNK)).all()
        if not rows:
            return
        yield rows
        after = rows[-1].id


def _by_patient(conn, query, key: str = "patient_id") -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in conn.execute(query):
        grouped[getattr(row, key)].append(row)
    return grouped


def _contents(conn, ctx, patients, staff: dict[str, str], rooms: dict[int, str]):
    """Each patient's RecordContents, in the record copy's orders, from one query per table."""
    lo, hi = patients[0].id, patients[-1].id

    def of(model, *order, where=()):
        t = model.__table__
        return _by_patient(conn, select(t).where(t.c.patient_id.between(lo, hi), *where)
                           .order_by(t.c.patient_id, *[t.c[name] for name in order]))

    link = PatientGuardian.__table__
    guardians = _by_patient(conn, select(link.c.patient_id, Guardian.__table__)
                            .join(Guardian.__table__, Guardian.__table__.c.id == link.c.guardian_id)
                            .where(link.c.patient_id.between(lo, hi)).order_by(link.c.patient_id, link.c.position))
    listings = of(Listing, "start_date", "id")
    consents = of(Consent, "id")
    givers = {g.id: g for g in conn.execute(select(Guardian.__table__).where(Guardian.__table__.c.id.in_(
        select(Consent.guardian_id).where(Consent.patient_id.between(lo, hi)))))}
    exams = of(Examination, "examined_on", "id")
    booked = of(Appointment, "starts_at", "id")
    treatments = of(Treatment, "treated_on", "id", where=(Treatment.__table__.c.removed_at.is_(None),))
    visits = of(EmergencyVisit, "visited_on", "id")
    letters = of(RecallContact, "contacted_on", "id", where=(RecallContact.__table__.c.kind.in_(LETTER_KINDS),))
    tasks = of(Task, "opened_on", "id")
    for p in patients:
        own_consents = {c.id: c for c in consents.get(p.id, ())}
        own_exams = exams.get(p.id, [])
        due = compute_due(p.birth_date, [ExamRecord(e.examined_on, e.examiner_role, e.planned_interval_months)
                                         for e in own_exams], ctx.today, ctx.rules)
        appointments = appointment_rows(ctx, [
            (a, p.first_name, p.last_name, p.personnummer, p.protected_identity, staff.get(a.caregiver_hsa_id),
             rooms.get(a.room_id), staff.get(a.agreed_by)) for a in booked.get(p.id, ())])
        yield RecordContents(
            p, guardians.get(p.id, []), listings.get(p.id, []), own_consents,
            {c.guardian_id: givers[c.guardian_id] for c in own_consents.values() if c.guardian_id},
            own_exams, [_line(p.birth_date, e, staff.get(e.examiner_hsa_id), ctx) for e in own_exams],
            due, explain(due), appointments, treatments.get(p.id, []), visits.get(p.id, []),
            letters.get(p.id, []), tasks.get(p.id, []), [], staff)
