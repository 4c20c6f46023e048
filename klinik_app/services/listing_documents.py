"""Documents about listings: the listing-stop notice (R-LI-5), moving letters (R-LI-7) and the
invoice basis for patients with protected identity (R-TG-4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from klinik_app.db.models import Listing, ListingStop, Patient, PatientGuardian
from klinik_app.domain import listing as rules
from klinik_app.domain.dates import add_months
from klinik_app.domain.mailing import PatientContact, plan_mailing
from klinik_app.domain.permissions import INVOICE_READ, LISTING_STOP, PATIENT_REGISTER
from klinik_app.letters import (
    InvoiceRow,
    Letterhead,
    Recipient,
    Rendered,
    clinic_moving_letters,
    listing_stop_lifted_notice,
    listing_stop_notice,
    protected_invoice_basis_csv,
    protected_invoice_basis_pdf,
)
from klinik_app.services import access_log
from klinik_app.services.contacts import patient_contact
from klinik_app.services.clinic import get_clinic, set_clinic_address
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.treatments import invoice_line, visit_treatments_in
from klinik_app.services.settings import ORDERER_ADDRESS, ORDERER_NAME, get_setting


def letterhead(ctx: ServiceContext) -> Letterhead:
    clinic = get_clinic(ctx)
    if clinic is None or not clinic.street:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Klinikens adress saknas. Fyll i den under Dokument → "
                                                         "Klinikens uppgifter innan brev skrivs ut."))
    town = " ".join(x for x in (clinic.postal_code, clinic.postal_town) if x)
    return Letterhead(clinic.name, (clinic.street, town), clinic.phone or "", clinic.hsa_id)


def orderer(ctx: ServiceContext) -> Recipient:
    return Recipient((get_setting(ctx, ORDERER_NAME),), tuple(get_setting(ctx, ORDERER_ADDRESS).splitlines()))


def listing_stop_notice_pdf(ctx: ServiceContext, stop_id: int, path: Path, *, signer: str) -> Rendered:
    """The written notice of a listing stop (or of its end, once it has one) to the orderer."""
    require(ctx, LISTING_STOP)
    with ctx.sessions() as s:
        stop = s.get(ListingStop, stop_id)
        if stop is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Listningsstoppet finns inte längre."))
    head, to = letterhead(ctx), orderer(ctx)
    if stop.end_date is not None:
        return listing_stop_lifted_notice(path, head, to, stop.end_date, ctx.today, signer)
    return listing_stop_notice(path, head, to, stop.start_date, stop.listed_count,
                               ctx.rules.listing.minimum_capacity, ctx.today, signer)


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


@dataclass(frozen=True, slots=True)
class MovingResult:
    rendered: Rendered
    manual: list[str]  # patients to reach by hand (protected identity, no address): names only


def _listed_contacts(ctx: ServiceContext) -> list[PatientContact]:
    """Every patient with a listing that holds today or later, with guardians and addresses."""
    with ctx.sessions() as s:
        patients = s.scalars(
            select(Patient)
            .where(Patient.id.in_(select(Listing.patient_id).where(
                Listing.status.in_((rules.PLANNED, rules.ACTIVE)),
                or_(Listing.end_date.is_(None), Listing.end_date >= ctx.today))))
            .options(selectinload(Patient.guardian_links).selectinload(PatientGuardian.guardian))
        ).all()
        return [patient_contact(p) for p in patients]


def clinic_moving(ctx: ServiceContext, *, street: str, postal_code: str, postal_town: str, phone: str | None,
                  moving_date: date, path: Path) -> MovingResult:
    """R-LI-7: set the new address and write one letter per household of every listed patient."""
    require(ctx, PATIENT_REGISTER)
    plan = plan_mailing(_listed_contacts(ctx), ctx.today)
    if not plan.letters:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Det finns inga listade patienter med adress att skriva "
                                                         "till."))
    recipients = [Recipient(tuple(m.name_lines), m.address_lines, _names(m.concerning) if m.concerning else None)
                  for m in plan.letters]
    set_clinic_address(ctx, street, postal_code, postal_town, phone)
    new_address = [street.strip(), f"{postal_code.strip()} {postal_town.strip()}"]
    rendered = clinic_moving_letters(path, letterhead(ctx), new_address, moving_date, recipients, ctx.today)
    with ctx.begin() as s:  # addresses went into a document: a read of each patient's data
        ids = [pid for m in plan.letters for pid in m.patient_ids]
        access_log.record(s, ctx, "letter", ids, detail=f"flyttbrev till ny adress från {moving_date.isoformat()}")
    return MovingResult(rendered, [p.name for p in plan.manual])


def protected_invoice_rows(ctx: ServiceContext, month: date) -> list[InvoiceRow]:
    """R-TG-4: the protected-identity patients listed here during the month, each row with its listed
    period and the treatments of that period (services/treatments.py: priced from the regional schedule)."""
    require(ctx, INVOICE_READ)
    first = month.replace(day=1)
    last = add_months(first, 1) - timedelta(days=1)
    rows = []
    with ctx.begin() as s:
        found = s.execute(
            select(Patient.id, Patient.personnummer, Patient.first_name, Patient.last_name,
                   Listing.start_date, Listing.end_date)
            .join(Listing, Listing.patient_id == Patient.id)
            .where(Patient.protected_identity.is_(True), Listing.status != rules.ERROR,
                   Listing.start_date <= last, or_(Listing.end_date.is_(None), Listing.end_date >= first))
            .order_by(Patient.sort_name, Listing.start_date)
        ).all()
        done = visit_treatments_in(s, [r.id for r in found], first, last)
        for r in found:
            start, end = max(r.start_date, first), min(r.end_date or last, last)
            items = tuple(invoice_line(t) for t in done[r.id] if start <= t.treated_on <= end)
            rows.append(InvoiceRow(f"{r.personnummer[:8]}-{r.personnummer[8:]}", f"{r.first_name} {r.last_name}",
                                   start, end, items, sum((t.amount_sek for t in items), Decimal(0))))
        access_log.record(s, ctx, "report", [r.id for r in found], detail=f"fakturaunderlag skyddad identitet {first:%Y-%m}")
    return rows


def protected_invoice_basis(ctx: ServiceContext, month: date, pdf: Path | None = None, csv: Path | None = None) -> int:
    require(ctx, INVOICE_READ)
    rows = protected_invoice_rows(ctx, month)
    if not rows:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Inga patienter med skyddad identitet var listade under "
                                                         "{month:%Y-%m}."),
                           month=month)
    if pdf is not None:
        protected_invoice_basis_pdf(pdf, letterhead(ctx), orderer(ctx), month.replace(day=1), rows, ctx.today)
    if csv is not None:
        protected_invoice_basis_csv(csv, rows)
    return len(rows)
