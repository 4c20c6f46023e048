"""Listing use cases (R-LI, R-TG-4): choose the clinic with consent, end or correct, protected identity.

Every change is one transaction with its access-log entry and, where the region must know, its
outbox item (regional-listing-api.md "Guarantees").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from klinik_app.db.models import Consent, Guardian, Listing, ListingStop, Patient, PatientGuardian, StaffMember
from klinik_app.domain import listing as rules
from klinik_app.domain.hsa import parse_hsa_id
from klinik_app.domain.identity import IdentityNumber, IdKind
from klinik_app.domain.listing import ListingRefused
from klinik_app.domain.permissions import PATIENT_REGISTER
from klinik_app.domain.target_group import OutsideReason, target_group_status
from klinik_app.services import access_log, outbox
from klinik_app.services.concurrency import check_version, guarded
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require


@dataclass(frozen=True, slots=True)
class ListingResult:
    listing_id: int
    start_date: date
    queued_for_region: bool
    ended_assigned: bool  # an assigned listing here was replaced by this choice (eget-val)


def _patient(session: Session, patient_id: int) -> Patient:
    p = session.scalars(
        select(Patient).where(Patient.id == patient_id)
        .options(selectinload(Patient.guardian_links), selectinload(Patient.listings))
    ).one_or_none()
    if p is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Patienten finns inte längre i registret."))
    return p


def _status(ctx: ServiceContext, p: Patient, on: date):
    identity = IdentityNumber(p.personnummer, IdKind(p.id_kind), p.birth_date)
    reason = OutsideReason(p.outside_reason) if p.outside_reason else None
    return target_group_status(identity, p.municipality_code, on, ctx.rules, outside_reason=reason,
                               deceased_on=p.deceased_on)


def _stamp(ctx: ServiceContext) -> dict:
    now = ctx.now()
    return {"created_at": now, "created_by": ctx.actor.user_id, "modified_at": now, "modified_by": ctx.actor.user_id}


def _touch(ctx: ServiceContext, record) -> None:
    record.modified_at, record.modified_by = ctx.now(), ctx.actor.user_id


def stop_periods(session: Session) -> list[rules.StopPeriod]:
    return [rules.StopPeriod(s.start_date, s.end_date) for s in session.scalars(select(ListingStop))]


def list_patient(
    ctx: ServiceContext,
    patient_id: int,
    *,
    giver: str,
    consent_date: date,
    method: str,
    responsible_dentist: str | None = None,
) -> ListingResult:
    """A choice listing (R-LI-1, R-LI-3, R-LI-5, R-TG-1..4), with consent, in one transaction."""
    require(ctx, PATIENT_REGISTER)
    if method not in rules.CONSENT_METHODS:
        raise ListingRefused("samtycke-saknas", QT_TRANSLATE_NOOP("services", "Ange hur samtycket lämnades: på plats, telefon, papper eller e-tjänst."))
    with ctx.begin() as s:
        p = _patient(s, patient_id)
        rules.check_consent_date(consent_date, p.birth_date, ctx.today)
        positions = {link.position for link in p.guardian_links}
        rules.check_consent_giver(giver, p.birth_date, consent_date, positions)
        start = rules.care_start(consent_date, ctx.rules)
        rules.check_eligible(_status(ctx, p, consent_date), _status(ctx, p, start), start)
        current = [li for li in p.listings if rules.is_current(li.status, li.start_date, li.end_date, ctx.today)]
        if any(li.listing_type == rules.CHOICE for li in current):
            raise ListingRefused("redan-listad-har", QT_TRANSLATE_NOOP("services", "Patienten är redan listad här genom eget val."))
        rules.check_no_listing_stop(stop_periods(s), consent_date)
        dentist = _dentist(s, responsible_dentist) if responsible_dentist else None

        guardian_id = None
        if giver != "patient":
            position = 2 if giver == "vardnadshavare2" else 1
            guardian_id = next(link.guardian_id for link in p.guardian_links if link.position == position)
        consent = Consent(uuid=str(uuid.uuid4()), patient_id=p.id, given_on=consent_date, method=method,
                          giver="patient" if giver == "patient" else "vardnadshavare", guardian_id=guardian_id,
                          recorded_by=ctx.actor.user_id, **_stamp(ctx))
        s.add(consent)
        s.flush()
        listing = Listing(uuid=str(uuid.uuid4()), patient_id=p.id, listing_type=rules.CHOICE,
                          status=rules.PLANNED if start > ctx.today else rules.ACTIVE, start_date=start,
                          consent_id=consent.id, origin="local", **_stamp(ctx))
        s.add(listing)
        ended_assigned = False
        for li in current:  # an assigned listing here ends when the choice takes over
            li.end_date, li.end_reason = rules.assigned_end_for_choice(start), "eget-val"
            _touch(ctx, li)
            ended_assigned = True
        if dentist:
            p.responsible_dentist_hsa_id = dentist
            _touch(ctx, p)
        s.flush()
        queued = not p.protected_identity  # R-TG-4: never to the region
        if queued:
            outbox.enqueue(s, ctx, "listing", {"listing_uuid": listing.uuid, "consent_uuid": consent.uuid}, p.id)
        access_log.record(s, ctx, "write", [p.id], detail="listning (eget val) med samtycke")
        return ListingResult(listing.id, start, queued, ended_assigned)


def _dentist(session: Session, hsa_id: str) -> str:
    hsa_id = parse_hsa_id(hsa_id)
    role = session.scalar(select(StaffMember.role).where(StaffMember.hsa_id == hsa_id, StaffMember.active))
    if role != "tandlakare":
        raise ServiceError(QT_TRANSLATE_NOOP("services", "{hsa_id} är ingen aktiv tandläkare vid kliniken (R-LI-6)."),
                           hsa_id=hsa_id)
    return hsa_id


# What a conflicting save shows of a listing, both sides.
_LABELS = {"status": QT_TRANSLATE_NOOP("changed_elsewhere", "Status"),
           "end_date": QT_TRANSLATE_NOOP("changed_elsewhere", "Slutdatum"),
           "end_reason": QT_TRANSLATE_NOOP("changed_elsewhere", "Orsak")}
_SHOWN = {"status": lambda v: rules.STATUS_LABELS.get(v, v), "end_reason": lambda v: rules.END_REASONS.get(v, v)}


_WHAT = QT_TRANSLATE_NOOP("services", "Listningen")  # named when saved elsewhere meanwhile


def _listing(session: Session, listing_id: int, expected_version: int | None, mine: dict) -> Listing:
    li = session.get(Listing, listing_id)
    if li is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Listningen finns inte längre."))
    check_version(li, expected_version, mine, _LABELS, what=_WHAT, key=li.id, patient_id=li.patient_id,
                  shown=_SHOWN)
    return li


def _saving(ctx: ServiceContext, listing_id: int, expected_version: int | None, mine: dict):
    return guarded(ctx, lambda s: _listing(s, listing_id, expected_version, mine), _WHAT)


def end_listing(ctx: ServiceContext, listing_id: int, *, reason: str, end_date: date,
                expected_version: int | None = None) -> None:
    """Record that a listing ended (the region's population register reports the same; not sent)."""
    require(ctx, PATIENT_REGISTER)
    if reason not in rules.END_REASONS or reason == "felregistrering":
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Välj varför listningen avslutas."))
    mine = {"end_date": end_date, "end_reason": reason}
    with _saving(ctx, listing_id, expected_version, mine), ctx.begin() as s:
        li = _listing(s, listing_id, expected_version, mine)
        if not rules.is_current(li.status, li.start_date, li.end_date, ctx.today):
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Listningen är redan avslutad."))
        if end_date < li.start_date - timedelta(days=1):  # the day before the start: it never began
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Slutdatumet kan inte ligga före listningens början."))
        # Until its last day the listing still holds: only a date in the past finishes it now.
        li.end_date, li.end_reason = end_date, reason
        if end_date < ctx.today:
            li.status = rules.FINISHED
        _touch(ctx, li)
        access_log.record(s, ctx, "write", [li.patient_id], detail=f"listning avslutad: {reason}")


def correct_listing(ctx: ServiceContext, listing_id: int, *, expected_version: int | None = None) -> bool:
    """A listing registered by mistake: entered-in-error, and the correction goes to the region."""
    require(ctx, PATIENT_REGISTER)
    mine = {"status": rules.ERROR, "end_reason": "felregistrering"}
    with _saving(ctx, listing_id, expected_version, mine), ctx.begin() as s:
        li = _listing(s, listing_id, expected_version, mine)
        if li.status == rules.ERROR:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Listningen är redan markerad som felregistrerad."))
        li.status, li.end_reason = rules.ERROR, "felregistrering"
        _touch(ctx, li)
        protected = s.scalar(select(Patient.protected_identity).where(Patient.id == li.patient_id))
        if not protected:
            outbox.enqueue(s, ctx, "listing-correction", {"listing_uuid": li.uuid}, li.patient_id)
        access_log.record(s, ctx, "write", [li.patient_id], detail="listning felregistrerad")
        return not protected


def set_protected_identity(ctx: ServiceContext, patient_id: int) -> int:
    """R-TG-4: mark the patient protected and withdraw whatever still waits for the region.

    Returns the number of withdrawn outbox items. Protection is never lifted here: that would
    let the patient's data reach the listing system.
    """
    require(ctx, PATIENT_REGISTER)
    with ctx.begin() as s:
        p = _patient(s, patient_id)
        p.protected_identity = True
        _touch(ctx, p)
        withdrawn = outbox.withdraw_for_patient(s, p.id)
        access_log.record(s, ctx, "write", [p.id], detail=f"skyddad identitet markerad, {withdrawn} köade ändringar återkallade")
        return withdrawn


def guardian_positions(ctx: ServiceContext, patient_id: int) -> dict[int, str]:
    """The guardians on record, by position, for the consent form."""
    with ctx.sessions() as s:
        rows = s.execute(
            select(PatientGuardian.position, Guardian.name)
            .join(Guardian, Guardian.id == PatientGuardian.guardian_id)
            .where(PatientGuardian.patient_id == patient_id)
        ).all()
        return {r.position: r.name for r in rows}
