"""A deterministic appointment book for the demo patients: the past three years and the next eight weeks.

Pure: no database. services.demo_appointments reads the demo examinations back and inserts the rows
made here. What the book holds (shares approximate):
- an attended time at every examination of the last three years, by its examiner and linked to it (a revision, or
  "other" for a dental nurse's tandhälsokontroll);
- before some of them a time the patient missed (about 7 %: a no-show, agreed, with the absence fee)
  or cancelled (4 % late, 6 % in time), the examination's time being the re-offer;
- a treatment a few weeks after a revision of a patient at risk (a planned interval of 12 months or
  less), some of them missed too, and now and then an emergency visit;
- a booked revision for everyone whose next revision falls in the next eight weeks, most of them
  agreed, the rest only proposed in the summons letter (R-AB-3).
Times are weekdays from 08:00 in 30-minute slots per caregiver, never two at once (a full day
moves the time to the caregiver's next weekday). Agreements are with a guardian under 18, else
with the patient, recorded by a receptionist.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from random import Random

from klinik_app.domain.dates import add_years
from klinik_app.domain.local_time import to_utc

PAST_YEARS, FUTURE_DAYS = 3, 56
SLOT_MINUTES, SLOTS_PER_DAY, FIRST_SLOT = 30, 16, time(8, 0)
MISSED, LATE_CANCELLED, CANCELLED = 0.07, 0.04, 0.06
# Absences gather in a few families (what clinics see): they miss often, so the demo's to-do list
# has written-information tasks and child-at-risk assessments (R-AB-4/5).
OFTEN_MISSING, OFTEN_MISSED = 0.03, 0.5
TREATMENT_AFTER_RISK, EMERGENCY_PER_PATIENT = 0.5, 0.06
FUTURE_AGREED = 0.7
DAYS_PER_MONTH = 30.436875
NO_SHOW_REASON = "Uteblev från en överenskommen tid: avgift enligt regelverket (R-AB-3)."

# The row's fields, in this order (Appointment's columns; the writer adds id, uuid and stamps).
FIELDS = ("patient_id", "caregiver_hsa_id", "starts_at", "minutes", "kind", "status", "status_set_at",
          "status_set_by", "cancelled_at", "agreed", "agreed_at", "agreed_by", "agreed_with", "agreed_how",
          "first_agreed_start", "reoffer_of", "fee_sek", "fee_reason", "examination_id")


@dataclass(frozen=True, slots=True)
class PastExam:
    examined_on: date
    role: str  # tandlakare | tandhygienist | tandskoterska
    examiner_hsa_id: str | None
    planned_interval_months: int | None
    id: int | None = None  # the examination's id: its attended time links to it


class AppointmentGenerator:
    """`rows(patient_id, birth_date, guardian_name, exams)` gives one patient's times; `reoffer_of`
    is the running number (from 0) of the missed time a row re-offers, the writer turns it into an id."""

    def __init__(self, seed: int, today: date, caregivers: Sequence[tuple[str, str]], receptionists: Sequence[str],
                 fee_sek: int) -> None:
        self.random = Random(f"appointments-{seed}").random  # its own stream: the rest stays the same
        self.today, self.fee_sek = today, fee_sek
        self.first_day, self.last_day = add_years(today, -PAST_YEARS), today + timedelta(days=FUTURE_DAYS)
        self.caregivers = [hsa for hsa, _ in caregivers]
        self.dentists = [hsa for hsa, role in caregivers if role == "tandlakare"] or self.caregivers
        self.receptionists = list(receptionists) or self.caregivers
        self.taken: dict[tuple[str, date], int] = {}  # slots used per caregiver and day
        self.full: dict[tuple[str, date], date] = {}  # a full day -> a later day to look at (_not_full)
        self.count = 0  # rows made so far: the running number of the next one
        self.now = to_utc(datetime.combine(today, FIRST_SLOT))  # no agreement is recorded after this

    def rows(self, patient_id: int, birth_date: date, guardian_name: str | None,
             exams: Sequence[PastExam]) -> list[tuple]:
        out: list[tuple] = []
        self.missed = OFTEN_MISSED if self.random() < OFTEN_MISSING else MISSED
        for exam in exams:
            if exam.examined_on < self.first_day:
                continue
            caregiver = exam.examiner_hsa_id or self._pick(self.caregivers)
            kind = "other" if exam.role == "tandskoterska" else "revision"
            missed = self._before(out, patient_id, birth_date, guardian_name, caregiver, kind, exam.examined_on)
            self._add(out, patient_id, birth_date, guardian_name, caregiver, exam.examined_on, 30, kind, "attended",
                      reoffer_of=missed, examination_id=exam.id)
            at_risk = kind == "revision" and (exam.planned_interval_months or 99) <= 12
            if at_risk and self.random() < TREATMENT_AFTER_RISK:
                day = exam.examined_on + timedelta(days=14 + int(self.random() * 28))
                if day > self.last_day:
                    continue
                dentist = caregiver if exam.role == "tandlakare" else self._pick(self.dentists)
                status = self._outcome(day)
                self._add(out, patient_id, birth_date, guardian_name, dentist, day, 60, "treatment", status)
        if self.random() < EMERGENCY_PER_PATIENT:
            day = self.first_day + timedelta(days=int(self.random() * (self.today - self.first_day).days))
            self._add(out, patient_id, birth_date, guardian_name, self._pick(self.dentists), day, 30, "emergency",
                      "attended")
        self._next_revision(out, patient_id, birth_date, guardian_name, exams)
        return out

    def _before(self, out, patient_id, birth_date, guardian_name, caregiver, kind, day: date) -> int | None:
        """A missed or cancelled time some weeks before an attended one; the missed one's number."""
        draw = self.random()
        earlier = day - timedelta(days=14 + int(self.random() * 28))
        if earlier < self.first_day or draw >= self.missed + LATE_CANCELLED + CANCELLED:
            return None
        status = ("no-show" if draw < self.missed else "late-cancellation" if draw < self.missed + LATE_CANCELLED
                  else "cancelled")
        number = self.count
        self._add(out, patient_id, birth_date, guardian_name, caregiver, earlier, 30, kind, status)
        return number if status == "no-show" else None

    def _next_revision(self, out, patient_id, birth_date, guardian_name, exams: Sequence[PastExam]) -> None:
        revisions = [e for e in exams if e.role != "tandskoterska" and e.planned_interval_months]
        if not revisions:
            return
        last = revisions[-1]
        due = last.examined_on + timedelta(days=round(last.planned_interval_months * DAYS_PER_MONTH))
        if self.today < due <= self.last_day:
            agreed = self.random() < FUTURE_AGREED
            self._add(out, patient_id, birth_date, guardian_name, last.examiner_hsa_id or self._pick(self.dentists),
                      due, 30, "revision", "booked", agreed=agreed)

    def _outcome(self, day: date) -> str:
        if day > self.today:
            return "booked"
        return "no-show" if self.random() < self.missed else "attended"

    def _pick(self, values: Sequence[str]) -> str:
        return values[int(self.random() * len(values))]

    def _slot(self, caregiver: str, day: date, slots: int) -> datetime:
        """The caregiver's next free slot on the day (or the next weekday with room): Swedish local time."""
        while True:
            day = self._not_full(caregiver, day)
            if day.weekday() >= 5:  # as full as a full day
                self.full[(caregiver, day)] = day + timedelta(days=1)
                continue
            used = self.taken.get((caregiver, day), 0)
            if used + slots <= SLOTS_PER_DAY:
                self.taken[(caregiver, day)] = used + slots
                if used + slots == SLOTS_PER_DAY:
                    self.full[(caregiver, day)] = day + timedelta(days=1)
                return datetime.combine(day, FIRST_SLOT) + timedelta(minutes=SLOT_MINUTES * used)
            day += timedelta(days=1)

    def _not_full(self, caregiver: str, day: date) -> date:
        """The first day from `day` that is not full. A region-sized demo fills years of a caregiver's
        days, and walking them one by one for every time took hours: a full day points past itself,
        and the walk shortens those pointers (union-find), so the same days come out, quickly."""
        passed = []
        while (caregiver, day) in self.full:
            passed.append(day)
            day = self.full[(caregiver, day)]
        for full in passed:
            self.full[(caregiver, full)] = day
        return day

    def _add(self, out: list[tuple], patient_id: int, birth_date: date, guardian_name: str | None, caregiver: str,
             day: date, minutes: int, kind: str, status: str, *, agreed: bool = True,
             reoffer_of: int | None = None, examination_id: int | None = None) -> None:
        local = self._slot(caregiver, day, -(-minutes // SLOT_MINUTES))
        if local.date() > self.today:  # a full day pushed it past today: it has not happened yet
            status = "booked"
        starts = to_utc(local)
        child = add_years(birth_date, 18) > local.date()
        agreed_at = min(starts - timedelta(days=7 + int(self.random() * 50)), self.now)
        cancelled_at = None
        if status == "late-cancellation":
            cancelled_at = starts - timedelta(hours=2 + int(self.random() * 20))
        elif status == "cancelled":
            cancelled_at = starts - timedelta(days=2 + int(self.random() * 10))
        set_at = cancelled_at or (None if status == "booked" else starts + timedelta(minutes=minutes))
        fee = status == "no-show" and agreed
        out.append((
            patient_id, caregiver, starts, minutes, kind, status, set_at,
            None if status == "booked" else (self._pick(self.receptionists) if cancelled_at else caregiver),
            cancelled_at, agreed, agreed_at if agreed else None, self._pick(self.receptionists) if agreed else None,
            (guardian_name if child and guardian_name else "patient") if agreed else None,
            ("telefon" if self.random() < 0.6 else "pa-plats") if agreed else None,
            starts if agreed else None, reoffer_of, self.fee_sek if fee else None, NO_SHOW_REASON if fee else None,
            examination_id if status == "attended" else None,
        ))
        self.count += 1
