"""The derived due date per patient (table revision_due): rewritten from the examinations, never edited.

rules.md "The due date" is computed by domain.revision.compute_due; this module keeps its result
for every patient, so the recall list is a range scan at region scale (the Open Dental lesson,
design.md: recompute derived recall state from the source events, never patch it).

What a row means: the due date computed from **every** examination on record with the rule set
named in `rule_set` ("<id> <version>"). That equals the computation for any day treated as today
on or after the patient's latest examination (an examination after today is not yet done, so a
past `--today` with later examinations needs a live computation: `usable_for`). The age caps are
chosen by the age at the examination (cap_age_basis `age-at-examination`); a rule set that chooses
them by the age today makes the date depend on today, and then the rows are never used.

- `recompute(session, ctx, patient_ids)`: in the caller's transaction, after examinations of those
  patients changed (an import, an entry in the window).
- `ensure_current(ctx)`: every patient has a row computed with the rule set in force; a different
  rule set (a new version, another region) recomputes everyone in one bulk pass.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, exists, func, select, text
from sqlalchemy.orm import Session

from klinik_app.db.bulk import bulk_insert
from klinik_app.db.models import Examination, Patient, RevisionDue
from klinik_app.domain.revision import DueDate, ExamRecord, compute_due
from klinik_app.domain.ruleset import RuleSet

CHUNK = 500  # patient ids per IN (...) query
AGE_AT_EXAMINATION = "age-at-examination"


def rule_set_label(rules: RuleSet) -> str:
    """What the rows record about the rule set they were computed with."""
    return f"{rules.id} {rules.version}"


def depends_on_today(rules: RuleSet) -> bool:
    """True when the due date changes with the day treated as today beyond which examinations count."""
    return rules.revision.cap_age_basis != AGE_AT_EXAMINATION


@dataclass(frozen=True, slots=True)
class CacheState:
    stale: bool  # some row was computed with another rule set: recompute everyone
    missing: int  # patients without a row


def state(session: Session, rules: RuleSet) -> CacheState:
    """Cheap: one scan for a row of another rule set (to the first found), the rows and patients
    counted on their smallest indexes."""
    stale = session.scalar(select(exists().where(RevisionDue.rule_set != rule_set_label(rules))))
    rows = session.scalar(select(func.count()).select_from(RevisionDue)) or 0
    patients = session.scalar(select(func.count()).select_from(Patient)) or 0
    # Rows go with their patient (ON DELETE CASCADE), so equal counts mean every patient has one.
    return CacheState(stale=bool(stale), missing=patients - rows)


def usable_for(session: Session, rules: RuleSet, today: date) -> bool:
    """Whether current rows equal the computation for `today`: no examination is dated after it.

    (One index lookup: ix_examination_examined_on.)
    """
    if depends_on_today(rules):
        return False
    latest = session.scalar(select(func.max(Examination.examined_on)))
    return latest is None or latest <= today


def ensure_current(ctx) -> int:
    """Make every patient's row current for ctx.rules; return the number of rows written."""
    with ctx.begin() as session:
        return make_current(session, ctx)


def make_current(session: Session, ctx) -> int:
    """As ensure_current, in the caller's transaction."""
    now = state(session, ctx.rules)
    if now.stale:
        return recompute_all(session, ctx)
    if now.missing:
        missing = session.scalars(
            select(Patient.id).where(~select(RevisionDue.patient_id)
                                     .where(RevisionDue.patient_id == Patient.id).exists())
        ).all()
        return recompute(session, ctx, missing)
    return 0


def recompute(session: Session, ctx, patient_ids: Iterable[int]) -> int:
    """Rewrite the rows of these patients from their examinations, in the caller's transaction."""
    ids = sorted(set(patient_ids))
    writer = DueWriter(session, ctx.rules, ctx.today)
    t = RevisionDue.__table__
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        births = session.execute(select(Patient.id, Patient.birth_date).where(Patient.id.in_(chunk))).all()
        exams = session.execute(
            select(Examination.patient_id, Examination.examined_on, Examination.examiner_role,
                   Examination.planned_interval_months)
            .where(Examination.patient_id.in_(chunk))
            .order_by(Examination.patient_id, Examination.examined_on)
        ).all()
        session.execute(delete(t).where(t.c.patient_id.in_(chunk)))
        writer.write(births, exams)
    return writer.written


def recompute_all(session: Session, ctx) -> int:
    """Every patient, in bulk: two SELECTs, the computation in Python, delete and one bulk insert.

    Measured at 400,000 patients and 1.2 million examinations (benchmarks/bench_recall.py): about
    6 s; the SELECTs 1 s, the computation 2.5 s (some 6 µs a patient), the delete and insert 2.5 s.
    """
    with gc_paused():
        births = _select(session, "SELECT id, birth_date FROM patient")
        exams = _select(session, "SELECT patient_id, examined_on, examiner_role, planned_interval_months "
                                 "FROM examination ORDER BY patient_id, examined_on")
        session.execute(delete(RevisionDue))
        writer = DueWriter(session, ctx.rules, ctx.today)
        writer.write(births, exams)
        return writer.written


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a bulk pass (restored after, as it was).

    Millions of rows, records and results are allocated and kept; each allocation-triggered
    collection walks all of them, which costs a third of the computation at region scale. None of
    them forms a reference cycle, so nothing is left for the collector to free.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class DueWriter:
    """The bulk path: compute the rows of many patients and insert them (the caller deletes old ones).

    `write` takes (id, birth date) rows and (patient_id, examined_on, role, interval) rows ordered by
    patient, then date, dates as date or ISO text; it may be called once per batch (the demo writes its
    patients in batches). On SQLite the rows go to the driver's executemany in its text forms.
    """

    def __init__(self, session: Session, rules: RuleSet, today: date) -> None:
        self.session, self.rules, self.today = session, rules, today
        self.label = rule_set_label(rules)
        self.records: dict[tuple, ExamRecord] = {}  # shared across batches
        self.written = 0

    def write(self, births: Iterable[tuple], exams: Iterable[tuple]) -> int:
        conn = self.session.connection()
        results = compute_all(births, exams, self.rules, self.today, records=self.records)
        label, n = self.label, self.written
        if conn.dialect.name == "sqlite":
            iso = IsoText()
            rows = [(pid, iso[d.due], d.reason, int(d.requires_dentist), iso[d.care_ends], iso[d.last_exam],
                     iso[d.last_dentist_exam], label) for pid, d in results]
            conn.connection.driver_connection.executemany(
                f"INSERT INTO {RevisionDue.__tablename__} (patient_id, due, reason, requires_dentist, care_ends, "
                "last_exam, last_dentist_exam, rule_set) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        else:
            rows = [{"patient_id": pid, "due": d.due, "reason": d.reason, "requires_dentist": d.requires_dentist,
                     "care_ends": d.care_ends, "last_exam": d.last_exam, "last_dentist_exam": d.last_dentist_exam,
                     "rule_set": label} for pid, d in results]
            bulk_insert(conn, RevisionDue.__table__, rows)
        self.written = n + len(rows)
        return len(rows)


class IsoText(dict):
    """date -> its ISO text, None -> None; made once per distinct date (a few thousand at region scale)."""

    def __missing__(self, d: date | None) -> str | None:
        iso = self[d] = None if d is None else d.isoformat()
        return iso


def _select(session: Session, sql: str) -> list[tuple]:
    """Raw rows. On SQLite the driver's own cursor: dates stay ISO text (parsed once per value)."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        return conn.connection.driver_connection.execute(sql).fetchall()
    return [tuple(row) for row in conn.execute(text(sql))]


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def exams_by_patient(exams: Iterable[tuple], made: dict | None = None) -> Iterator[tuple[int, list[ExamRecord]]]:
    """(patient_id, examined_on, role, interval) rows ordered by patient (then date) -> (patient_id, records).

    Records are shared between patients (frozen): a million examinations hold a few thousand
    distinct (date, role, interval) values. `made` keeps them between calls.
    """
    made = {} if made is None else made
    current, records = None, []
    for patient_id, examined_on, role, interval in exams:
        key = (examined_on, role, interval)
        record = made.get(key)
        if record is None:
            record = made[key] = ExamRecord(_as_date(examined_on), role, interval)
        if patient_id != current:
            if current is not None:
                yield current, records
            current, records = patient_id, []
        records.append(record)
    if current is not None:
        yield current, records


def compute_all(births: Iterable[tuple], exams: Iterable[tuple], rules: RuleSet, today: date, *,
                horizon: bool = True, records: dict | None = None) -> Iterator[tuple[int, DueDate]]:
    """(patient_id, DueDate) for every patient in `births` ((id, birth date) rows), from `exams`
    ((patient_id, examined_on, role, interval) rows ordered by patient, then date).

    With `horizon` (the stored rows) each patient's examinations all count: the computation's today
    is at least the latest of them, so the result holds for any later day treated as today (module
    docstring). Without it, `today` is the day treated as today (a live computation).
    """
    by_patient = dict(exams_by_patient(exams, records))
    horizon = horizon and not depends_on_today(rules)
    birth_dates: dict = {}
    for patient_id, birth in births:
        history = by_patient.get(patient_id, ())
        on = today
        if horizon and history and history[-1].examined_on > today:  # ordered by date: the last is the latest
            on = history[-1].examined_on
        born = birth_dates.get(birth)
        if born is None:
            born = birth_dates[birth] = _as_date(birth)
        yield patient_id, compute_due(born, history, on, rules)
