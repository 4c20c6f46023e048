"""Emergency visits of patients not listed here (R-EM-1..3): who pays, the report back, the invoice.

The payer comes from the regional look-up (regional-listing-api.md "Look-up for emergency care"),
asked outside any database transaction. Offline, not configured, refused or an unusable answer:
the visit waits on the "Betalare okänd" list, and `resolve_unknown_payers` (also run after each
successful sync cycle) asks again; nothing is lost. A patient with protected identity is never
looked up (R-TG-4: nothing about them leaves the machine): the area clinic pays, marked as such.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from klinik_app.db.models import EmergencyVisit, Listing, Patient, Treatment
from klinik_app.domain import listing as listing_rules
from klinik_app.domain import payer as pay
from klinik_app.domain.identity import IdKind, InvalidIdentityNumber, parse_identity_number
from klinik_app.domain.permissions import APPOINTMENT_READ, INVOICE_READ, TREATMENT_RECORD
from klinik_app.domain.text import name_columns
from klinik_app.letters import InvoiceRow, Recipient, Rendered
from klinik_app.letters.emergency_invoice import PayerInvoice, emergency_invoice_csv, emergency_invoice_pdf
from klinik_app.letters.emergency_report import EmergencyReport, ReportedTreatment, emergency_report_pdf
from klinik_app.services import access_log, area_clinics
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.listing_documents import letterhead
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.sync import SyncSettings, clinic_hsa_id, sync_settings
from klinik_app.services.treatments import invoice_line, month_bounds
from klinik_app.sync.client import RegionClient, RegionRefused, RegionUnreachable, SyncSetupError

log = logging.getLogger("klinik.emergency")


@dataclass(frozen=True, slots=True)
class EmergencyInput:
    personnummer: str
    first_name: str
    last_name: str
    visited_on: date
    summary: str
    residence: str = "lan"  # R-EM-3: lan | tillfalligt-utanfor-lanet | annat-lan
    street: str | None = None
    postal_code: str | None = None
    postal_town: str | None = None
    municipality_code: str | None = None
    listing_clinic: pay.Clinic | None = None  # R-EM-3: the home county's listing clinic, as the patient says
    appointment_id: int | None = None


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: int
    patient_id: int
    patient_name: str
    personnummer: str  # display form; the protected text for protected identity
    visited_on: date
    summary: str
    residence: str
    payer_kind: str
    payer_hsa_id: str | None
    payer_name: str | None
    payer_reason: str
    protected: bool
    report_letter_on: date | None
    row_version: int

    @property
    def payer_text(self) -> str:
        return self.payer_name or pay.PAYER_KINDS[self.payer_kind]


PROTECTED_TEXT = "Skyddad identitet"


def _ask_region(ctx: ServiceContext, digits: str, kind: str, settings: SyncSettings | None, transport) -> list[pay.Clinic] | None:
    """The clinics responsible for the person today, or None when the region gave no usable answer."""
    try:
        chosen = settings or sync_settings(ctx)
        with RegionClient(chosen.server, client_cert=chosen.client_cert, client_key=chosen.client_key, ca=chosen.ca,
                          transport=transport, timeout=15.0) as client:
            found = client.lookup_listing(digits, coordination=kind == IdKind.SAMORDNINGSNUMMER)
    except (SyncSetupError, RegionRefused, RegionUnreachable) as e:
        log.info("emergency look-up not answered: %s", getattr(e, "reason", None) or type(e).__name__)
        return None
    return [pay.Clinic(hsa_id, name) for hsa_id, name in found]


def _listed_here(session: Session, patient_id: int, day: date) -> bool:
    rows = session.execute(select(Listing.status, Listing.start_date, Listing.end_date)
                           .where(Listing.patient_id == patient_id)).all()
    return any(listing_rules.is_current(r.status, r.start_date, r.end_date, day) for r in rows)


def _decide(ctx: ServiceContext, session: Session, p: Patient, residence: str, listed_at, named) -> pay.Payer:
    try:
        return pay.decide_payer(own_hsa_id=clinic_hsa_id(ctx), listed_at=listed_at, area_rules=area_clinics.rules(session),
                                municipality_code=p.municipality_code, postal_code=p.postal_code, residence=residence,
                                protected=p.protected_identity, named_clinic=named)
    except pay.ListedHere as e:
        raise ServiceError.passing_on(e) from None


def _new_patient(ctx: ServiceContext, visit: EmergencyInput, ident) -> Patient:
    first, last = visit.first_name.strip(), visit.last_name.strip()
    if not first or not last:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Ange patientens för- och efternamn."))
    now, who = ctx.now(), ctx.actor.user_id
    return Patient(personnummer=ident.digits, id_kind=ident.kind.value, first_name=first, last_name=last,
                   birth_date=ident.birth_date, protected_identity=False, street=visit.street,
                   postal_code=visit.postal_code, postal_town=visit.postal_town,
                   municipality_code=visit.municipality_code, **name_columns(first, last),
                   created_at=now, created_by=who, modified_at=now, modified_by=who)


def record_emergency_visit(ctx: ServiceContext, visit: EmergencyInput, *, settings: SyncSettings | None = None,
                           transport=None) -> VisitRow:
    """Record the visit (the patient found by personnummer, or registered here unlisted) and its payer."""
    require(ctx, TREATMENT_RECORD)
    try:
        ident = parse_identity_number(visit.personnummer, ctx.today)
    except InvalidIdentityNumber as e:
        raise ServiceError.passing_on(e) from None
    if visit.residence not in pay.RESIDENCES:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Välj var patienten bor (i länet, tillfälligt utanför eller "
                                                         "i ett annat län)."))
    if not visit.summary.strip():
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Skriv kort vilka besvär patienten hade och vad som gjordes."))
    if visit.visited_on > ctx.today:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Besöksdatumet kan inte ligga i framtiden."))
    with ctx.sessions() as s:
        known = s.scalars(select(Patient).where(Patient.personnummer == ident.digits)).first()
        if known is not None and _listed_here(s, known.id, visit.visited_on):
            raise ServiceError(pay.ListedHere.message)
        protected = known is not None and known.protected_identity
    listed_at = None if protected else _ask_region(ctx, ident.digits, ident.kind, settings, transport)
    with ctx.begin() as s:
        p = s.scalars(select(Patient).where(Patient.personnummer == ident.digits)).first()
        if p is None:
            p = _new_patient(ctx, visit, ident)
            s.add(p)
            s.flush()
        decided = _decide(ctx, s, p, visit.residence, listed_at, visit.listing_clinic)
        now, who = ctx.now(), ctx.actor.user_id
        v = EmergencyVisit(patient_id=p.id, visited_on=visit.visited_on, appointment_id=visit.appointment_id,
                           summary=visit.summary.strip(), residence=visit.residence, payer_kind=decided.kind,
                           payer_hsa_id=decided.clinic.hsa_id if decided.clinic else None,
                           payer_name=decided.clinic.name if decided.clinic else None, payer_reason=decided.reason,
                           looked_up_at=now if listed_at is not None else None,
                           created_at=now, created_by=who, modified_at=now, modified_by=who)
        s.add(v)
        s.flush()
        access_log.record(s, ctx, "write", [p.id], detail=f"akutbesök registrerat, betalare: {decided.kind}")
        return _row(v, p)


def _row(v: EmergencyVisit, p: Patient) -> VisitRow:
    shown = PROTECTED_TEXT if p.protected_identity else f"{p.personnummer[:8]}-{p.personnummer[8:]}"
    return VisitRow(v.id, p.id, f"{p.first_name} {p.last_name}", shown, v.visited_on, v.summary, v.residence,
                    v.payer_kind, v.payer_hsa_id, v.payer_name, v.payer_reason or "", p.protected_identity,
                    v.report_letter_on, v.row_version)


def _visits(ctx: ServiceContext, detail: str, *where) -> list[VisitRow]:
    with ctx.begin() as s:
        found = s.execute(select(EmergencyVisit, Patient).join(Patient, Patient.id == EmergencyVisit.patient_id)
                          .where(*where).order_by(EmergencyVisit.visited_on, EmergencyVisit.id)).all()
        access_log.record(s, ctx, "read", sorted({p.id for _, p in found}), detail=detail)
        return [_row(v, p) for v, p in found]


def visits_in(ctx: ServiceContext, month: date) -> list[VisitRow]:
    require(ctx, APPOINTMENT_READ)
    first, last = month_bounds(month)
    return _visits(ctx, f"akutbesök {first:%Y-%m}", EmergencyVisit.visited_on.between(first, last))


def unknown_payers(ctx: ServiceContext) -> list[VisitRow]:
    """The "Betalare okänd" list."""
    require(ctx, APPOINTMENT_READ)
    return _visits(ctx, "akutbesök med okänd betalare", EmergencyVisit.payer_kind == pay.UNKNOWN)


def resolve_unknown_payers(ctx: ServiceContext, *, settings: SyncSettings | None = None, transport=None) -> int:
    """Ask again for every visit whose payer is unknown; returns how many now have one."""
    require(ctx, TREATMENT_RECORD)
    return retry_unknown(ctx, settings=settings, transport=transport)


def retry_unknown(ctx: ServiceContext, *, settings: SyncSettings | None = None, transport=None) -> int:
    """`resolve_unknown_payers` without the permission check: the sync calls it after a good cycle."""
    with ctx.sessions() as s:
        waiting = s.execute(select(EmergencyVisit.id, Patient.personnummer, Patient.id_kind, Patient.protected_identity,
                                   EmergencyVisit.residence)
                            .join(Patient, Patient.id == EmergencyVisit.patient_id)
                            .where(EmergencyVisit.payer_kind == pay.UNKNOWN)).all()
    resolved = 0
    for visit_id, digits, kind, protected, residence in waiting:
        if residence != "lan":
            continue  # R-EM-3: staff name the listing clinic; asking again changes nothing
        listed_at = None if protected else _ask_region(ctx, digits, kind, settings, transport)
        if listed_at is None and not protected:
            break  # the region is not answering: the rest waits for the next try too
        with ctx.begin() as s:
            v = s.get(EmergencyVisit, visit_id)
            if v is None or v.payer_kind != pay.UNKNOWN:
                continue
            p = s.get(Patient, v.patient_id)
            try:
                decided = _decide(ctx, s, p, v.residence, listed_at, None)
            except ServiceError:  # listed here since: left for staff to see on the list
                continue
            _set_payer(ctx, v, decided, looked_up=listed_at is not None)
            access_log.record(s, ctx, "write", [p.id], detail=f"akutbesök, betalare fastställd: {decided.kind}")
            resolved += decided.kind != pay.UNKNOWN
    return resolved


def _set_payer(ctx: ServiceContext, v: EmergencyVisit, decided: pay.Payer, *, looked_up: bool) -> None:
    v.payer_kind, v.payer_reason = decided.kind, decided.reason
    v.payer_hsa_id = decided.clinic.hsa_id if decided.clinic else None
    v.payer_name = decided.clinic.name if decided.clinic else None
    v.modified_at, v.modified_by = ctx.now(), ctx.actor.user_id
    if looked_up:
        v.looked_up_at = v.modified_at


def name_listing_clinic(ctx: ServiceContext, visit_id: int, clinic: pay.Clinic) -> None:
    """R-EM-3: the listing clinic in the patient's home county, as staff found out."""
    require(ctx, TREATMENT_RECORD)
    with ctx.begin() as s:
        v = s.get(EmergencyVisit, visit_id)
        if v is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Akutbesöket finns inte längre."))
        if not clinic.hsa_id.strip() or not clinic.name.strip():
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Ange både klinikens HSA-id och namn."))
        _set_payer(ctx, v, pay.Payer(pay.LISTING_CLINIC, clinic, f"Listningskliniken {clinic.name} enligt uppgift "
                                     f"(R-EM-3: {pay.RESIDENCES[v.residence].lower()})."), looked_up=False)
        access_log.record(s, ctx, "write", [v.patient_id], detail="akutbesök, listningsklinik angiven")


def _clinic_recipient(name: str, hsa_id: str) -> Recipient:
    # The look-up names a clinic only by HSA-ID; it goes by the region's internal mail.
    return Recipient((name,), (f"HSA-id {hsa_id}", "Regionens internpost"))


def report_back_letter_pdf(ctx: ServiceContext, visit_id: int, path: Path) -> Rendered:
    """R-EM-2: the report to the patient's own clinic: what was done; the follow-up is theirs."""
    require(ctx, TREATMENT_RECORD)
    head = letterhead(ctx)
    with ctx.begin() as s:
        v = s.get(EmergencyVisit, visit_id)
        if v is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Akutbesöket finns inte längre."))
        if v.payer_kind == pay.UNKNOWN:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Patientens egen klinik är inte känd ännu. Rapporten kan "
                                                             "skrivas när betalaren har fastställts (listan Betalare "
                                                             "okänd)."))
        p = s.get(Patient, v.patient_id)
        done = s.scalars(select(Treatment).where(Treatment.emergency_visit_id == v.id, Treatment.removed_at.is_(None))
                         .order_by(Treatment.id)).all()
        report = EmergencyReport(f"{p.first_name} {p.last_name}", f"{p.personnummer[:8]}-{p.personnummer[8:]}",
                                 v.visited_on, v.summary, [ReportedTreatment(t.code, t.name, t.tooth) for t in done])
        rendered = emergency_report_pdf(path, head, _clinic_recipient(v.payer_name, v.payer_hsa_id), report,
                                        ctx.today, ctx.actor.name or None)
        v.report_letter_on = ctx.today
        v.modified_at, v.modified_by = ctx.now(), ctx.actor.user_id
        access_log.record(s, ctx, "letter", [p.id], detail="rapport om akut tandvård till ordinarie klinik")
        return rendered


@dataclass(frozen=True, slots=True)
class InvoiceBasis:
    payers: int
    visits: int
    waiting: int  # visits of the month whose payer is unknown: not in the basis


def emergency_payer_invoices(ctx: ServiceContext, month: date) -> tuple[list[PayerInvoice], int]:
    """Per paying clinic, the month's visits with their treatments (Folktandvården's prices)."""
    require(ctx, INVOICE_READ)
    first, last = month_bounds(month)
    by_payer: dict[tuple[str, str], list[InvoiceRow]] = defaultdict(list)
    with ctx.begin() as s:
        found = s.execute(select(EmergencyVisit, Patient).join(Patient, Patient.id == EmergencyVisit.patient_id)
                          .where(EmergencyVisit.visited_on.between(first, last))
                          .order_by(EmergencyVisit.payer_name, EmergencyVisit.visited_on, Patient.sort_name)).all()
        done = defaultdict(list)
        for t in s.scalars(select(Treatment).where(Treatment.emergency_visit_id.in_([v.id for v, _ in found]),
                                                   Treatment.removed_at.is_(None)).order_by(Treatment.id)):
            done[t.emergency_visit_id].append(t)
        waiting = 0
        for v, p in found:
            if v.payer_kind == pay.UNKNOWN:
                waiting += 1
                continue
            items = tuple(invoice_line(t) for t in done[v.id])
            by_payer[(v.payer_hsa_id, v.payer_name)].append(InvoiceRow(
                f"{p.personnummer[:8]}-{p.personnummer[8:]}", f"{p.first_name} {p.last_name}", v.visited_on,
                v.visited_on, items, sum((t.amount_sek for t in items), Decimal(0))))
        access_log.record(s, ctx, "report", sorted({p.id for v, p in found if v.payer_kind != pay.UNKNOWN}),
                          detail=f"fakturaunderlag akut tandvård {first:%Y-%m}")
    return [PayerInvoice(hsa, _clinic_recipient(name, hsa), rows) for (hsa, name), rows in by_payer.items()], waiting


def emergency_invoice_basis(ctx: ServiceContext, month: date, pdf: Path | None = None,
                            csv: Path | None = None) -> InvoiceBasis:
    """The invoice basis per payer for the month, as PDF (one letter per payer) and/or CSV."""
    require(ctx, INVOICE_READ)
    invoices, waiting = emergency_payer_invoices(ctx, month)
    if not invoices:
        if waiting:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Det finns inga akutbesök att fakturera för "
                                                             "{month:%Y-%m}. {waiting} besök väntar på att betalaren "
                                                             "blir känd."), month=month, waiting=waiting)
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Det finns inga akutbesök att fakturera för {month:%Y-%m}."),
                           month=month)
    if pdf is not None:
        emergency_invoice_pdf(pdf, letterhead(ctx), month.replace(day=1), invoices, ctx.today)
    if csv is not None:
        emergency_invoice_csv(csv, invoices)
    return InvoiceBasis(len(invoices), sum(len(i.visits) for i in invoices), waiting)

