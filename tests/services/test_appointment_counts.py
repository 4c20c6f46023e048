"""The maintained counts behind the absence statistics (services.appointment_counts): after any sequence
of bookings, moves, confirmations, cancellations, outcomes and imports, appointment_month is what a
rebuild from the appointments gives, and the statistics are what the full scan gives."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from klinik_app.db.models import Appointment, AppointmentMonth, Patient
from klinik_app.domain.appointments import STATUSES
from klinik_app.services import appointment_counts, appointments
from klinik_app.services.absence_stats import Figures, month_statistics, year_statistics
from klinik_app.services.appointment_import import import_appointments
from tests.cli.importing import write_csv
from tests.factories import add_patient, pnr
from tests.services.absence_reference import reference_statistics

pytestmark = pytest.mark.backends("sqlite", "postgresql")

MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 1)
KIND_WEIGHTS = {"revision": 5, "treatment": 3, "emergency": 1, "other": 1}
CSV_KINDS = {"revision": "revision", "treatment": "behandling", "emergency": "akut", "other": "ovrigt"}
CSV_STATUSES = {"booked": "bokad", "attended": "genomford", "cancelled": "avbokad",
                "late-cancellation": "sen-avbokning", "no-show": "uteblev"}


@pytest.fixture
def patients(ctx):
    return {
        "ella": add_patient(ctx, pnr(date(2014, 5, 5)), "Ella", "Lind", listing="val"),
        "nora": add_patient(ctx, pnr(date(2004, 8, 8)), "Nora", "Berg", listing="val"),
        "olle": add_patient(ctx, pnr(date(2016, 1, 1)), "Olle", "Ek"),  # not listed here
        "stina": add_patient(ctx, pnr(date(2010, 2, 2)), "Stina", "Berg", listing="val",
                             listed_from=date(2026, 6, 1)),
    }


def month_rows(ctx) -> set[tuple]:
    """appointment_month without the groups whose counts went back to nothing."""
    with ctx.sessions() as s:
        return {tuple(r) for r in s.execute(select(
            AppointmentMonth.month, AppointmentMonth.kind, AppointmentMonth.birth_year, AppointmentMonth.due,
            AppointmentMonth.late_cancellations, AppointmentMonth.fees, AppointmentMonth.fee_sum))
            if any(r[3:])}


def rebuilt(ctx) -> set[tuple]:
    with ctx.begin() as s:
        appointment_counts.rebuild(s)
    return month_rows(ctx)


def shown(stats) -> tuple:
    """What a statistics screen shows (a kind with nothing to count has no line)."""
    return stats.months, stats.by_age, {k: f for k, f in stats.by_kind.items() if f != Figures()}


def at(ctx, when: datetime) -> None:
    """The clock of the next change (UTC, inside the hours where the UTC and Swedish days agree)."""
    ctx.now = lambda: when


def version(ctx, aid: int) -> int:
    return appointments.get(ctx, aid).row_version


class RandomBook:
    """Random changes of the book through the services, each at a random moment of 2026."""

    def __init__(self, ctx, patients: dict[str, int], seed: int, tmp_path) -> None:
        self.ctx, self.patients, self.rng, self.tmp_path = ctx, list(patients.values()), random.Random(seed), tmp_path
        self.imports = 0

    def day(self) -> date:
        return date(2026, 1, 1) + timedelta(days=self.rng.randrange(324))  # to 20 November

    def start(self) -> datetime:
        return datetime.combine(self.day(), datetime.min.time()) + timedelta(minutes=self.rng.randrange(7 * 60, 18 * 60, 5))

    def times(self, *statuses: str, agreed: bool | None = None) -> list[int]:
        query = select(Appointment.id).order_by(Appointment.id)
        if statuses:
            query = query.where(Appointment.status.in_(statuses))
        if agreed is not None:
            query = query.where(Appointment.agreed.is_(agreed))
        with self.ctx.sessions() as s:
            return list(s.scalars(query))

    def step(self) -> None:
        at(self.ctx, datetime.combine(self.day(), datetime.min.time(), timezone.utc)
           + timedelta(hours=self.rng.randrange(6, 20)))
        action = self.rng.choice(("book", "book", "book", "move", "confirm", "cancel", "outcome", "outcome",
                                  "outcome", "import_"))
        getattr(self, action)()

    def book(self) -> None:
        agreed = self.rng.random() < 0.75
        appointments.book(self.ctx, appointments.Booking(
            self.rng.choice(self.patients), self.start(), 30,
            self.rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0], None,
            agreed_with="patient" if agreed else None, agreed_how="telefon" if agreed else None))

    def move(self) -> None:
        if booked := self.times("booked"):
            aid = self.rng.choice(booked)
            appointments.move(self.ctx, aid, self.start(), expected_version=version(self.ctx, aid))

    def confirm(self) -> None:
        if proposed := self.times("booked", agreed=False):
            aid = self.rng.choice(proposed)
            appointments.confirm(self.ctx, aid, "patient", "sms", expected_version=version(self.ctx, aid))

    def cancel(self) -> None:
        if booked := self.times("booked"):
            aid = self.rng.choice(booked)
            appointments.cancel(self.ctx, aid, by_patient=self.rng.random() < 0.7,
                                expected_version=version(self.ctx, aid))

    def outcome(self) -> None:
        if every := self.times():
            aid = self.rng.choice(every)
            current = appointments.get(self.ctx, aid)
            choices = [s for s in (*STATUSES, "no-show", "no-show", "attended") if s != current.status]
            status = self.rng.choice(choices)  # no-shows most often: the absences are the point
            appointments.set_outcome(self.ctx, aid, status, expected_version=current.row_version)

    def import_(self) -> None:
        with self.ctx.sessions() as s:
            numbers = list(s.scalars(select(Patient.personnummer)))
        rows = [{"personnummer": self.rng.choice(numbers), "start": f"{self.start():%Y-%m-%d %H:%M}",
                 "langd_minuter": "30", "typ": CSV_KINDS[self.rng.choice(list(KIND_WEIGHTS))],
                 "overenskommen": self.rng.choice(("ja", "ja", "nej")),
                 "status": CSV_STATUSES[self.rng.choice(list(CSV_STATUSES))], "avbokad_tid": ""}
                for _ in range(self.rng.randint(1, 4))]
        self.imports += 1
        path = write_csv(self.tmp_path / f"tider{self.imports}.csv", rows)
        import_appointments(self.ctx, path, partial=True, as_new=False)


@pytest.mark.parametrize("seed", [1, 3])
def test_maintained_counts_equal_a_rebuild_and_the_full_scan_after_random_changes(ctx, patients, seed, tmp_path):
    book = RandomBook(ctx, patients, seed, tmp_path)
    for _ in range(100):
        book.step()
    assert month_rows(ctx) == rebuilt(ctx)
    assert shown(year_statistics(ctx, 2026)) == shown(reference_statistics(ctx, 2026))
    for month in (3, 7, 11):
        assert shown(month_statistics(ctx, 2026, month)) == shown(reference_statistics(ctx, 2026, month))
    total = year_statistics(ctx, 2026).total  # the sequence did reach every figure
    assert total.absences >= 3 and total.reoffered > 0 and total.late_cancellations > 0


def _time(ctx, patient_id: int, starts: datetime, kind: str = "revision") -> int:
    return appointments.book(ctx, appointments.Booking(patient_id, starts, 30, kind, None, agreed_with="patient",
                                                       agreed_how="telefon"))


def _outcome(ctx, aid: int, status: str):
    return appointments.set_outcome(ctx, aid, status, expected_version=version(ctx, aid))


def test_a_time_at_half_past_midnight_on_the_first_belongs_to_that_swedish_month(ctx, patients):
    aid = _time(ctx, patients["ella"], datetime(2026, 3, 1, 0, 30))  # 28 February 23:30 UTC
    _outcome(ctx, aid, "no-show")
    stats = year_statistics(ctx, 2026)
    assert stats.months[MARCH] == Figures(due=1, absences=1, fees=1, fee_sum=400, reoffer_due=1)
    assert stats.months[date(2026, 2, 1)] == Figures()
    assert month_rows(ctx) == {(MARCH, "revision", 2014, 1, 0, 1, 400)} == rebuilt(ctx)


def test_a_time_moved_across_months_counts_in_the_month_it_happened(ctx, patients):
    aid = _time(ctx, patients["nora"], datetime(2026, 3, 31, 15, 0), "treatment")
    appointments.move(ctx, aid, datetime(2026, 4, 1, 9, 0), expected_version=version(ctx, aid))
    _outcome(ctx, aid, "no-show")
    stats = year_statistics(ctx, 2026)
    assert stats.months[MARCH] == Figures()
    assert (stats.months[APRIL].due, stats.months[APRIL].absences, stats.months[APRIL].fees) == (1, 1, 1)
    assert month_rows(ctx) == rebuilt(ctx)


def test_a_corrected_outcome_removes_the_absence_and_the_fee(ctx, patients):
    at(ctx, datetime(2026, 3, 5, 8, 0, tzinfo=timezone.utc))
    aid = _time(ctx, patients["ella"], datetime(2026, 3, 10, 9, 0))
    _time(ctx, patients["ella"], datetime(2026, 3, 20, 9, 0))  # a later time: the absence is re-offered
    assert _outcome(ctx, aid, "no-show").counted
    assert year_statistics(ctx, 2026).months[MARCH] == Figures(due=1, absences=1, fees=1, fee_sum=400,
                                                               reoffer_due=1, reoffered=1)
    _outcome(ctx, aid, "attended")
    assert year_statistics(ctx, 2026).months[MARCH] == Figures(due=1)
    with ctx.sessions() as s:
        assert s.execute(select(Appointment.absence_counted, Appointment.reoffered_on)
                         .where(Appointment.id == aid)).one() == (False, None)
    assert month_rows(ctx) == rebuilt(ctx)


def test_r_ab_2_a_later_time_re_offers_from_the_day_it_was_booked_and_a_move_before_the_absence_undoes_it(
        ctx, patients):
    missed = _time(ctx, patients["ella"], datetime(2026, 3, 10, 9, 0))
    _outcome(ctx, missed, "no-show")
    at(ctx, datetime(2026, 4, 20, 8, 0, tzinfo=timezone.utc))  # after the deadline (9 April)
    later = _time(ctx, patients["ella"], datetime(2026, 4, 27, 9, 0))

    def reoffered_on():
        with ctx.sessions() as s:
            return s.scalar(select(Appointment.reoffered_on).where(Appointment.id == missed))

    assert reoffered_on() == date(2026, 4, 20)
    assert year_statistics(ctx, 2026).months[MARCH].reoffer_due == 1
    assert year_statistics(ctx, 2026).months[MARCH].reoffered == 0  # too late
    appointments.move(ctx, later, datetime(2026, 3, 9, 9, 0), expected_version=version(ctx, later))
    assert reoffered_on() is None  # no longer a later time


def test_an_import_decides_what_counts_with_the_listing_that_day(ctx, patients, tmp_path):
    rows = [{"personnummer": pnr(date(2010, 2, 2)), "start": start, "langd_minuter": "30", "typ": "revision",
             "overenskommen": "ja", "status": "uteblev", "avbokad_tid": ""}
            for start in ("2026-05-04 09:00", "2026-06-04 09:00")]  # Stina is listed from 1 June
    import_appointments(ctx, write_csv(tmp_path / "tider.csv", rows), partial=False, as_new=False)
    stats = year_statistics(ctx, 2026)
    assert (stats.months[date(2026, 5, 1)].due, stats.months[date(2026, 5, 1)].absences) == (1, 0)
    assert (stats.months[date(2026, 6, 1)].due, stats.months[date(2026, 6, 1)].absences) == (1, 1)
    assert stats.total.fees == 0  # history: no fee decided on import
    assert month_rows(ctx) == rebuilt(ctx)
