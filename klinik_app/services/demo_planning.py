"""The demo clinic's planning data (issue 12): working hours for its dentists and hygienists, one
planned leave, and a few referrals of young adults near the end of free care, so the Planering and
Remisser pages show what a clinic would see.

The chair time kept for revisions is set to roughly what the demo's patients need (a real clinic
does the same), so the board shows both weeks that suffice and weeks short of time.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from klinik_app.db.models import CapacityException, Patient, Referral, StaffMember, WorkingHours
from klinik_app.domain.capacity import ABSENCE
from klinik_app.domain.examination import DENTIST, HYGIENIST
from klinik_app.domain.referrals import DRAFT, SENT
from klinik_app.domain.revision_forecast import monday

DAY_START, DAY_END = 8 * 60, 16 * 60 + 30  # Monday to Friday
# A revision takes about 40 minutes and a listed child has one about every 16 months.
REVISION_HOURS_PER_PATIENT_AND_WEEK = 40 / 60 * 12 / 16 / 52
REFERRALS = (  # (specialty, state, reason)
    ("ortodonti", DRAFT, "Trångställning i överkäken, bedömning av tandreglering."),
    ("kakkirurgi", SENT, "Retinerade visdomständer 38 och 48 med återkommande perikoronit."),
    ("parodontologi", SENT, "Fördjupade tandköttsfickor regio 16-17 trots behandling."),
    ("endodonti", DRAFT, "Rotbehandling 46 med kvarstående besvär."),
)
RECIPIENTS = ("Specialisttandvården, Umeå", "Käkkirurgiska kliniken, Norrlands universitetssjukhus")


def add_demo_planning(session: Session, today: date, seed: int, stamp: dict) -> None:
    caregivers = session.execute(select(StaffMember.hsa_id, StaffMember.role).where(
        StaffMember.active.is_(True), StaffMember.role.in_((DENTIST, HYGIENIST))).order_by(StaffMember.hsa_id)).all()
    if not caregivers:
        return
    patients = session.scalar(select(func.count()).select_from(Patient)) or 0
    weekly_hours = (DAY_END - DAY_START) / 60 * 5 * len(caregivers)
    # At least about an hour and a quarter a day, so a day always holds a revision or two to propose.
    percent = max(15, min(60, round(100 * patients * REVISION_HOURS_PER_PATIENT_AND_WEEK / weekly_hours)))
    session.execute(insert(WorkingHours), [
        {"caregiver_hsa_id": hsa, "weekday": day, "start_minute": DAY_START, "end_minute": DAY_END,
         "revision_percent": percent, **stamp} for hsa, _role in caregivers for day in range(5)])
    # A dentist's leave some weeks ahead: the board shows the shortfall it makes.
    first_day = monday(today) + timedelta(weeks=6)
    session.execute(insert(CapacityException), [{
        "caregiver_hsa_id": next((hsa for hsa, role in caregivers if role == DENTIST), caregivers[0][0]),
        "kind": ABSENCE, "first_day": first_day, "last_day": first_day + timedelta(days=11),
        "note": "Semester", **stamp}])
    _add_referrals(session, today, Random(seed), stamp)


def _add_referrals(session: Session, today: date, rng: Random, stamp: dict) -> None:
    # Patients who turn 22 or 23 this year: the ones whose referrals are urgent (R-RV-9).
    young_adults = session.scalars(select(Patient.id).where(
        Patient.birth_date.between(date(today.year - 23, 1, 1), date(today.year - 22, 12, 31)),
        Patient.protected_identity.is_(False)).order_by(Patient.id).limit(200)).all()
    chosen = rng.sample(young_adults, min(len(young_adults), len(REFERRALS)))
    rows = []
    for patient_id, (specialty, state, reason) in zip(chosen, REFERRALS):
        written = today - timedelta(days=rng.randint(10, 60))
        sent = state == SENT
        rows.append({"patient_id": patient_id, "specialty": specialty, "reason": reason, "created_on": written,
                     "state": state, "sent_on": written + timedelta(days=3) if sent else None,
                     "recipient": rng.choice(RECIPIENTS) if sent else None, **stamp})
    if rows:
        session.execute(insert(Referral), rows)
