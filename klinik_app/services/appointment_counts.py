"""What the absence statistics read instead of every appointment (issue 5, region scale): the monthly
counts (appointment_month) and, on each appointment, whether it counted as an absence (R-AB-6, decided
when its outcome was set) and when it was re-offered (R-AB-2). Kept exact in the transaction of every
change of an appointment:
- one change (book, move, confirm, cancel, outcome): `changing` around it, `added` after a booking;
- a bulk load (import, demo): `decide` each new row, a `Tally` of their counts written once, then
  `refresh_reoffers` for the patients;
- `rebuild` recomputes the counts from the appointments (the check, and the repair after a change
  made outside the services).
Counts only, no patient data leaves: no access log entry here (the callers log their own writes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import bindparam, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from klinik_app.db.models import Appointment, AppointmentMonth, Listing, Patient
from klinik_app.domain.absence import (
    DUE_STATUSES,
    Contribution,
    contribution,
    counts_as_absence,
    listed_on,
    reoffered_on,
)
from klinik_app.domain.local_time import local_day
from klinik_app.domain.ruleset import AbsenceRules

COUNTS = ("due", "late_cancellations", "fees", "fee_sum")
CHUNK = 5000  # patients per query


class Facts(NamedTuple):
    """The columns of a new appointment that `contribution` reads, for the bulk writers' plain rows."""

    starts_at: datetime
    kind: str
    status: str
    agreed: bool
    fee_sek: int | None = None


class Tally:
    """Changes of the counts per group, summed in memory and written in one upsert."""

    def __init__(self) -> None:
        self.deltas: dict[tuple[date, str, int], list[int]] = {}

    def add(self, part: Contribution | None, sign: int = 1) -> None:
        if part is not None:
            delta = self.deltas.setdefault(part.key, [0] * len(COUNTS))
            for n, value in enumerate(part.counts):
                delta[n] += sign * value

    def write(self, session: Session) -> None:
        rows = [{"month": month, "kind": kind, "birth_year": year, **dict(zip(COUNTS, delta, strict=True))}
                for (month, kind, year), delta in sorted(self.deltas.items()) if any(delta)]
        self.deltas.clear()
        if not rows:
            return
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        insert = dialect.insert(AppointmentMonth)
        session.execute(insert.on_conflict_do_update(
            index_elements=["month", "kind", "birth_year"],
            set_={name: getattr(AppointmentMonth, name) + getattr(insert.excluded, name) for name in COUNTS}), rows)


def apply(session: Session, before: Contribution | None, after: Contribution | None) -> None:
    """The change of ONE appointment in the counts: its contribution before out, after in."""
    tally = Tally()
    tally.add(before, -1)
    tally.add(after)
    tally.write(session)


def birth_year(session: Session, patient_id: int) -> int:
    return session.scalar(select(Patient.birth_date).where(Patient.id == patient_id)).year


def birth_years(session: Session, patient_ids: Iterable[int]) -> dict[int, int]:
    """Each patient's birth year, for a bulk writer's contributions."""
    ids, years = sorted(set(patient_ids)), {}
    for low in range(0, len(ids), CHUNK):
        years.update((pid, born.year) for pid, born in session.execute(
            select(Patient.id, Patient.birth_date).where(Patient.id.in_(ids[low:low + CHUNK]))))
    return years


@contextmanager
def changing(session: Session, a: Appointment) -> Iterator[None]:
    """`with changing(session, a):` around a change of a stored appointment (its start, agreement,
    status, fee or absence_counted): the counts and the patient's re-offer days follow it."""
    year = birth_year(session, a.patient_id)
    before = contribution(a, year)
    yield
    apply(session, before, contribution(a, year))
    refresh_reoffers(session, [a.patient_id])


def added(session: Session, a: Appointment) -> None:
    """After a new appointment is flushed: its counts, and it may re-offer the patient's absences."""
    apply(session, None, contribution(a, birth_year(session, a.patient_id)))
    refresh_reoffers(session, [a.patient_id])


def listings(session: Session, patient_ids: Iterable[int]) -> dict[int, list[tuple]]:
    """Each patient's listings as (status, start, end), for `decide`."""
    found: dict[int, list[tuple]] = {}
    ids = sorted(set(patient_ids))
    for low in range(0, len(ids), CHUNK):
        for pid, *listing in session.execute(
                select(Listing.patient_id, Listing.status, Listing.start_date, Listing.end_date)
                .where(Listing.patient_id.in_(ids[low:low + CHUNK]))):
            found.setdefault(pid, []).append(tuple(listing))
    return found


def decide(row: Facts, patient_listings: Iterable[tuple], rules: AbsenceRules) -> bool:
    """R-AB-6 for a row a bulk writer stores with its outcome: the listing on the Swedish day of the time
    (looked at only when the rest would count: the listing is one more condition)."""
    return (counts_as_absence(row.status, row.kind, row.agreed, True, rules)
            and listed_on(patient_listings, local_day(row.starts_at)))


def refresh_reoffers(session: Session, patient_ids: Iterable[int]) -> None:
    """Set reoffered_on on the patients' counted absences (and clear it elsewhere) from their times."""
    ids = sorted(set(patient_ids))
    a = Appointment.__table__.c
    changed = []
    for low in range(0, len(ids), CHUNK):
        times: dict[int, list] = {}
        for row in session.execute(select(a.id, a.patient_id, a.starts_at, a.kind, a.created_at, a.absence_counted,
                                          a.reoffered_on).where(a.patient_id.in_(ids[low:low + CHUNK]))):
            times.setdefault(row.patient_id, []).append(row)
        for mine in times.values():
            later = [(t.starts_at, t.kind, t.created_at) for t in mine]
            for t in mine:
                day = reoffered_on(t.starts_at, later) if t.absence_counted else None
                if day != t.reoffered_on:
                    changed.append({"b_id": t.id, "v_day": day})
    if changed:
        # Core, not the ORM: a derived column, not an edit (no new row version for the missed time).
        session.execute(update(Appointment.__table__).where(a.id == bindparam("b_id"))
                        .values(reoffered_on=bindparam("v_day")), changed)


def rebuild(session: Session) -> None:
    """Recompute appointment_month from every appointment (only the rows that count somewhere are read)."""
    session.execute(delete(AppointmentMonth))
    tally = Tally()
    query = (select(Appointment.starts_at, Appointment.kind, Appointment.status, Appointment.agreed,
                    Appointment.fee_sek, Patient.birth_date)
             .join(Patient, Patient.id == Appointment.patient_id)
             .where(or_(Appointment.status.in_(DUE_STATUSES), Appointment.fee_sek > 0)))
    for row in session.execute(query.execution_options(yield_per=50_000)):
        tally.add(contribution(row, row.birth_date.year))
    tally.write(session)
