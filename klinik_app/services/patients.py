"""The patient register: browse, search as you type, and the patient card."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import selectinload

from klinik_app.db.search import search_ids
from klinik_app.db.models import Listing, Patient, PatientGuardian, StaffMember
from klinik_app.domain.dates import age_on
from klinik_app.domain.identity import IdentityNumber, IdKind
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import PATIENT_READ, PATIENT_REGISTER, PROTECTED_REVEAL
from klinik_app.domain.target_group import IN_GROUP, OUTSIDE_COUNTY, OutsideReason, target_group_status
from klinik_app.domain.text import search_words
from klinik_app.services import access_log
from klinik_app.logs import redact
from klinik_app.services.context import ServiceContext
from klinik_app.services.concurrency import check_version, guarded
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require

MASKED = "Skyddad – visas inte"


class PatientNotFound(LookupError):
    message = QT_TRANSLATE_NOOP("services", "Patienten finns inte längre i registret.")


@dataclass(frozen=True, slots=True)
class PatientRow:
    """One line of the register table."""

    id: int
    personnummer: str  # YYYYMMDD-NNNN
    last_name: str
    first_name: str
    age: int
    municipality: str
    phone: str
    listing: str
    protected: bool


@dataclass(frozen=True, slots=True)
class SearchResult:
    rows: list[PatientRow]
    more: bool  # more hits than were returned: type more to narrow


@dataclass(frozen=True, slots=True)
class GuardianInfo:
    name: str
    personnummer: str | None
    phone: str | None


@dataclass(frozen=True, slots=True)
class ListingInfo:
    listing_type: str
    status: str
    start_date: date
    end_date: date | None
    end_reason: str | None


@dataclass(frozen=True, slots=True)
class PatientCard:
    id: int
    personnummer: str
    id_kind: str
    first_name: str
    last_name: str
    birth_date: date
    age: int
    protected: bool
    address: list[str]  # lines; [MASKED] for protected identity
    phone: str | None
    email: str | None
    municipality: str
    in_target_group: bool
    target_group_message: str  # Swedish (a `Text`: the window shows it translated)
    guardians: list[GuardianInfo]
    listings: list[ListingInfo]
    responsible_dentist: str | None
    flags: list[str]  # rule flags, e.g. R-LI-6 without a responsible dentist (each a `Text`)
    row_version: int
    language: str | None = None  # issue 12: the language care is given in, when not Swedish
    interpreter_needed: bool = False


LISTING_LABELS = {"val": "Eget val", "icke-val": "Icke-val"}
STATUS_LABELS = {"planned": "Planerad", "active": "Aktiv", "finished": "Avslutad", "entered-in-error": "Felregistrerad"}


def _formatted(pnr: str) -> str:
    return f"{pnr[:8]}-{pnr[8:]}"


def _municipality_name(ctx: ServiceContext, code: str | None) -> str:
    if not code:
        return ""
    return ctx.rules.target_group.municipality_name(code) or code


# The listing shown in the register: the latest one that has not ended on today.
def _current_listing_subquery(today: date):
    return (
        select(Listing.listing_type)
        .where(
            Listing.patient_id == Patient.id,
            Listing.status.in_(("planned", "active")),
            or_(Listing.end_date.is_(None), Listing.end_date >= today),
        )
        .order_by(Listing.start_date.desc())
        .limit(1)
        .scalar_subquery()
    )


def _row_select(ctx: ServiceContext) -> Select:
    return select(
        Patient.id,
        Patient.personnummer,
        Patient.last_name,
        Patient.first_name,
        Patient.birth_date,
        Patient.municipality_code,
        Patient.phone,
        Patient.protected_identity,
        _current_listing_subquery(ctx.today).label("listing_type"),
    )


def _to_rows(ctx: ServiceContext, result) -> list[PatientRow]:
    rules = ctx.rules.target_group
    rows = []
    for r in result:
        rows.append(
            PatientRow(
                id=r.id,
                personnummer=_formatted(r.personnummer),
                last_name=r.last_name,
                first_name=r.first_name,
                age=age_on(r.birth_date, ctx.today),
                municipality="" if r.protected_identity else (rules.municipality_name(r.municipality_code) or r.municipality_code or ""),
                phone=MASKED if r.protected_identity and r.phone else (r.phone or ""),
                listing=LISTING_LABELS.get(r.listing_type, ""),
                protected=r.protected_identity,
            )
        )
    return rows


def count_patients(ctx: ServiceContext) -> int:
    require(ctx, PATIENT_READ)
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(Patient))


def patient_page(ctx: ServiceContext, offset: int, limit: int) -> list[PatientRow]:
    """A page of the whole register in name order (the table loads pages as they scroll into view).

    Showing names and personnummer is a read of patient data: each page is one access-log entry.
    """
    require(ctx, PATIENT_READ)
    with ctx.begin() as s:
        q = _row_select(ctx).order_by(Patient.sort_name, Patient.id).offset(offset).limit(limit)
        rows = _to_rows(ctx, s.execute(q))
        access_log.record(s, ctx, "list", [None], detail=f"registret, rad {offset + 1}-{offset + len(rows)}")
        return rows


_IDENT_ONLY = re.compile(r"^[\d\s+-]+$")


def search_terms(query: str) -> list[tuple[str, str]]:
    """Split typed text into (kind, term): "digits" for personnummer/phone fragments, "name" otherwise.

    A text of digits and separators is one fragment ("120315-42", "070 123 45"), so the separators
    of any written form of a personnummer or phone number do not matter.
    """
    query = query.strip()
    if not query:
        return []
    if _IDENT_ONLY.match(query):
        digits = re.sub(r"\D", "", query)
        return [("digits", digits)] if digits else []
    terms = []
    for word in search_words(query):
        if word.isdigit():
            terms.append(("digits", word))
        elif word:
            terms.append(("name", word))
    return terms


def search_patients(ctx: ServiceContext, query: str, limit: int = 200) -> SearchResult:
    """Search as you type by personnummer (any form or fragment), name (fragments) or phone."""
    require(ctx, PATIENT_READ)
    terms = search_terms(query)
    if not terms:
        return SearchResult(rows=[], more=False)
    with ctx.begin() as s:
        ids = search_ids(s, terms, limit + 1).subquery()
        q = _row_select(ctx).where(Patient.id.in_(select(ids.c.id))).order_by(Patient.sort_name, Patient.id)
        rows = _to_rows(ctx, s.execute(q))
        # What was typed may be an identity number: log the search, never the text itself.
        access_log.record(s, ctx, "search", [None], detail=f"sökning, {min(len(rows), limit)} träffar")
    return SearchResult(rows=rows[:limit], more=len(rows) > limit)


def get_patient_card(ctx: ServiceContext, patient_id: int) -> PatientCard:
    """The patient card; opening it is a read of the patient's data and is logged (R-SE-2)."""
    require(ctx, PATIENT_READ)
    with ctx.begin() as s:
        p = s.scalars(
            select(Patient)
            .where(Patient.id == patient_id)
            .options(
                selectinload(Patient.guardian_links).selectinload(PatientGuardian.guardian),
                selectinload(Patient.listings),
            )
        ).one_or_none()
        if p is None:
            raise PatientNotFound(patient_id)
        access_log.record(s, ctx, "read", [p.id], detail="patientkort")
        dentist = None
        if p.responsible_dentist_hsa_id:
            name = s.scalar(select(StaffMember.name).where(StaffMember.hsa_id == p.responsible_dentist_hsa_id))
            dentist = f"{name} ({p.responsible_dentist_hsa_id})" if name else p.responsible_dentist_hsa_id
        return _card(ctx, p, dentist)


def _target_group_message(status) -> str:
    """R-TG-4: for a protected identity the message must not name the municipality (or its code)."""
    if status.reason == IN_GROUP:
        return Text(QT_TRANSLATE_NOOP("services", "I målgruppen (R-TG-1, R-TG-2): folkbokförd i länet, ingår till "
                                                  "och med {end}."), end=status.window_end.isoformat())
    if status.reason == OUTSIDE_COUNTY:
        return Text(QT_TRANSLATE_NOOP("services", "Utanför målgruppen (R-TG-2): folkbokförd utanför länet."))
    return status.message


def _card(ctx: ServiceContext, p: Patient, dentist: str | None) -> PatientCard:
    identity = IdentityNumber(digits=p.personnummer, kind=IdKind(p.id_kind), birth_date=p.birth_date)
    status = target_group_status(
        identity,
        p.municipality_code,
        ctx.today,
        ctx.rules,
        outside_reason=OutsideReason(p.outside_reason) if p.outside_reason else None,
        deceased_on=p.deceased_on,
    )
    if p.protected_identity:
        address, phone, email = [MASKED], (MASKED if p.phone else None), (MASKED if p.email else None)
    else:
        address = [line for line in (p.street, " ".join(x for x in (p.postal_code, p.postal_town) if x)) if line]
        phone, email = p.phone, p.email
    flags = []
    has_listing = any(li.status in ("planned", "active") for li in p.listings)
    if has_listing and not p.responsible_dentist_hsa_id:
        flags.append(Text(QT_TRANSLATE_NOOP("services", "R-LI-6: Ansvarig tandläkare saknas.")))
    return PatientCard(
        id=p.id,
        personnummer=identity.formatted(),
        id_kind=p.id_kind,
        first_name=p.first_name,
        last_name=p.last_name,
        birth_date=p.birth_date,
        age=age_on(p.birth_date, ctx.today),
        protected=p.protected_identity,
        address=address,
        phone=phone,
        email=email,
        municipality="" if p.protected_identity else _municipality_name(ctx, p.municipality_code),
        in_target_group=status.in_group,
        target_group_message=_target_group_message(status) if p.protected_identity else status.message,
        guardians=[
            GuardianInfo(
                name=link.guardian.name,
                personnummer=_formatted(link.guardian.personnummer) if link.guardian.personnummer else None,
                phone=MASKED if p.protected_identity and link.guardian.phone else link.guardian.phone,
            )
            for link in p.guardian_links
        ],
        listings=[
            ListingInfo(li.listing_type, li.status, li.start_date, li.end_date, li.end_reason)
            for li in sorted(p.listings, key=lambda li: li.start_date, reverse=True)
        ],
        responsible_dentist=dentist,
        flags=flags,
        row_version=p.row_version,
        language=p.language,
        interpreter_needed=p.interpreter_needed,
    )


__all__ = [
    "PatientRow",
    "SearchResult",
    "PatientCard",
    "GuardianInfo",
    "ListingInfo",
    "PatientNotFound",
    "count_patients",
    "patient_page",
    "search_patients",
    "get_patient_card",
    "search_terms",
    "LISTING_LABELS",
    "STATUS_LABELS",
]


@dataclass(frozen=True, slots=True)
class ProtectedDetails:
    """What the card masks for a protected identity (R-TG-4), shown only with a logged reason."""

    address: list[str]
    phone: str | None
    email: str | None
    municipality: str
    guardian_phones: list[tuple[str, str | None]]


MIN_REASON = 10


def reveal_protected(ctx: ServiceContext, patient_id: int, reason: str) -> ProtectedDetails:
    """A protected patient's masked details, for a role with need (dentist, hygienist, head of clinic);
    the reason goes to the access log with the read (identity numbers in it are masked)."""
    require(ctx, PROTECTED_REVEAL)
    reason = " ".join(reason.split())
    if len(reason) < MIN_REASON:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Skriv varför du behöver uppgifterna (minst {min_length} "
                                                       "tecken). Skälet loggas."),
                         min_length=MIN_REASON)
    with ctx.begin() as s:
        p = s.scalars(select(Patient).where(Patient.id == patient_id)
                      .options(selectinload(Patient.guardian_links).selectinload(PatientGuardian.guardian))).one_or_none()
        if p is None:
            raise PatientNotFound(patient_id)
        if not p.protected_identity:
            raise UsageError(QT_TRANSLATE_NOOP("services", "Patienten har inte skyddad identitet; uppgifterna står "
                                                           "redan på patientkortet."))
        access_log.record(s, ctx, "reveal", [p.id], detail=f"skyddade uppgifter: {redact(reason)}"[:400])
        return ProtectedDetails(
            address=[line for line in (p.street, " ".join(x for x in (p.postal_code, p.postal_town) if x)) if line],
            phone=p.phone, email=p.email, municipality=_municipality_name(ctx, p.municipality_code),
            guardian_phones=[(link.guardian.name, link.guardian.phone) for link in p.guardian_links])


# Languages offered first in the language box; any other may be typed (Swedish names).
COMMON_LANGUAGES = ("arabiska", "somaliska", "tigrinja", "dari", "persiska", "kurdiska", "ukrainska", "polska",
                    "engelska", "finska", "nordsamiska", "romani", "teckenspråk")
_LANGUAGE_LABELS = {"language": QT_TRANSLATE_NOOP("changed_elsewhere", "Språk"),
                    "interpreter_needed": QT_TRANSLATE_NOOP("changed_elsewhere", "Tolk behövs")}
_NEEDED = {True: QT_TRANSLATE_NOOP("services", "ja"), False: QT_TRANSLATE_NOOP("services", "nej")}


def set_language(ctx: ServiceContext, patient_id: int, language: str | None, interpreter_needed: bool, *,
                 expected_version: int | None) -> None:
    """The patient's language and interpreter need (issue 12): an interpreter is reserved with every
    proposed revision time, and the time is longer (services.proposals)."""
    require(ctx, PATIENT_REGISTER)
    language = " ".join((language or "").split()).casefold()[:40] or None
    if interpreter_needed and not language:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Ange vilket språk tolken ska tala."))
    mine = {"language": language, "interpreter_needed": interpreter_needed}

    def recheck(s) -> None:
        p = s.get(Patient, patient_id)
        if p is not None:
            _check_language(p, expected_version, mine)
    with guarded(ctx, recheck, QT_TRANSLATE_NOOP("services", "Patienten")), ctx.begin() as s:
        p = s.get(Patient, patient_id)
        if p is None:
            raise ServiceError(PatientNotFound.message)
        _check_language(p, expected_version, mine)
        p.language, p.interpreter_needed = language, interpreter_needed
        p.modified_at, p.modified_by = ctx.now(), ctx.actor.user_id
        access_log.record(s, ctx, "write", [patient_id], detail="språk och tolk")


def _check_language(p: Patient, expected_version: int | None, mine: dict) -> None:
    check_version(p, expected_version, mine, _LANGUAGE_LABELS, what=f"{p.first_name} {p.last_name}", key=p.id,
                  patient_id=p.id, shown={"interpreter_needed": lambda v: _NEEDED[bool(v)]})
