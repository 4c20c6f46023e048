"""The read side of the Listning page: filtered, paged listings, the filter choices and the forms.

Region scale: 400,000 listed patients. The effective status (domain.listing.effective_status) and
"listed on a month end" (R-LI-8) are written as SQL on the listing's dates, so the database
filters and counts; Python only formats the 200 rows of a page.

Plans (measured in benchmarks/bench_listing_view.py). Rows are ordered by the patient's sort name,
so a page that matches many listings is read by walking `ix_patient_sort_name` and probing
`ix_listing_patient_status` per patient until the page is full: a few milliseconds, with no sort
of the whole result. SQLite's planner, without statistics, often prefers to scan every listing
and sort them all instead (100 ms for the first page, 1.5 s deep down), so on SQLite that order
is fixed with CROSS JOIN. When few listings match, walking patients would visit all of them to
find nothing: then the planner chooses freely (scan the listings, sort the few matches).

Deep pages: the model passes the sort key of the last row of the page before (keyset paging, as
fast at row 300,000 as at row 1); without it, an offset in the second half is read backwards from
the end, so no jump walks more than half of the list.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, literal, not_, or_, select, tuple_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Join

from klinik_app.db.models import Guardian, Listing, Patient, PatientGuardian, StaffMember
from klinik_app.domain import listing as rules
from klinik_app.domain.dates import age_on
from klinik_app.domain.identity import IdentityNumber, IdKind
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import PATIENT_READ
from klinik_app.services import access_log
from klinik_app.services.context import ServiceContext
from klinik_app.services.listing_stop import StopInfo, choice_listing_count, current_listing_stop
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.patients import PatientNotFound
from klinik_app.services.permissions import require

LISTING_TYPES = (rules.CHOICE, rules.ASSIGNED)
STATUSES = (rules.PLANNED, rules.ACTIVE, rules.FINISHED, rules.ERROR)
NO_DENTIST = ""  # the responsible_dentist filter value for "no responsible dentist" (R-LI-6)
# End reasons staff may choose when ending a listing (felregistrering has its own action).
END_CHOICES = {code: label for code, label in rules.END_REASONS.items() if code != "felregistrering"}

# Reaching row n of m matches by walking the patients visits about n / m of them; walk when that is
# at most a quarter (else scan the listings and sort the matches).
_WALK_SHARE = 4
# From this offset on, skip over listing ids only and then read the page by id.
_NARROW_FROM = 2_000


class ListingFilterError(ValueError):
    """A filter value the view cannot mean (a programming error, never shown to staff)."""


@dataclass(frozen=True, slots=True)
class ListingFilter:
    """What the Listning page shows. None (or for responsible_dentist: None) means "all"."""

    listing_type: str | None = None  # "val" | "icke-val"
    status: str | None = None  # planned | active | finished | entered-in-error (effective, by date)
    responsible_dentist: str | None = None  # HSA-ID, or "" for patients without one
    municipality_code: str | None = None  # kommunkod; protected identities never match (R-TG-4)
    month_end: date | None = None  # listed on that month's last day (R-LI-8)

    def __post_init__(self) -> None:
        if self.listing_type is not None and self.listing_type not in LISTING_TYPES:
            raise ListingFilterError(f"unknown listing type {self.listing_type!r}")
        if self.status is not None and self.status not in STATUSES:
            raise ListingFilterError(f"unknown status {self.status!r}")
        if self.month_end is not None and self.month_end != month_end(self.month_end):
            object.__setattr__(self, "month_end", month_end(self.month_end))

    @property
    def touches_patient(self) -> bool:
        return self.responsible_dentist is not None or self.municipality_code is not None


SortKey = tuple[str, int, date, int]  # patient sort_name, patient id, start date, listing id


@dataclass(frozen=True, slots=True)
class ListingRow:
    """One line of the Listning table."""

    listing_id: int
    row_version: int
    patient_id: int
    personnummer: str  # YYYYMMDD-NNNN
    first_name: str
    last_name: str
    listing_type: str  # val | icke-val
    listing_type_label: str
    status: str  # the effective status (by date)
    status_label: str
    start_date: date
    end_date: date | None
    end_reason: str | None  # code (avslutsorsak)
    end_reason_label: str
    responsible_dentist: str  # the dentist's name ("" when none)
    municipality: str  # the municipality's name; "" for protected identity (R-TG-4)
    protected: bool
    sort_key: SortKey  # where the row stands in the order: for keyset paging

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def is_current(self) -> bool:
        """Planned or active: it can still be ended."""
        return self.status in (rules.PLANNED, rules.ACTIVE)


@dataclass(frozen=True, slots=True)
class FilterOptions:
    dentists: list[tuple[str, str]]  # (HSA-ID, label) for the dentist filter
    municipalities: list[tuple[str, str]]  # (kommunkod, name) present among listed patients
    month_ends: list[date]  # newest first: this month back to the month of the first listing
    has_no_dentist: bool  # some listed patient has no responsible dentist (R-LI-6)


# Swedish alphabetical order puts å, ä, ö after z ("{|}" follow "z" in code point order).
_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})


def swedish_key(text: str) -> str:
    """Sort key for names in Swedish alphabetical order (Umeå before Åsele, Åsele before Östersund)."""
    return text.casefold().translate(_SWEDISH_ORDER)


# --- dates ---------------------------------------------------------------------------------------


def month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def month_ends_between(first: date, last: date) -> list[date]:
    """Month ends from first's month to last's month, both included, oldest first."""
    ends = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        ends.append(month_end(date(year, month, 1)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ends


# --- SQL -----------------------------------------------------------------------------------------


class _PatientsFirst(Join):
    """patient JOIN listing, read patient by patient (in name order) on SQLite: see the module doc."""

    inherit_cache = True


@compiles(_PatientsFirst)
def _patients_first_default(element, compiler, **kw):
    return compiler.visit_join(element, **kw)


@compiles(_PatientsFirst, "sqlite")
def _patients_first_sqlite(element, compiler, **kw):
    # SQLite keeps the left table of a CROSS JOIN as the outer loop (and CROSS JOIN ... ON is an
    # inner join there). The left side is the plain patient table, so the first JOIN is this one.
    return compiler.visit_join(element, **kw).replace(" JOIN ", " CROSS JOIN ", 1)


def _status_condition(status: str, today: date):
    error = Listing.status == rules.ERROR
    ended = or_(Listing.status == rules.FINISHED, Listing.end_date < today)
    running = and_(Listing.status.not_in((rules.ERROR, rules.FINISHED)),
                   or_(Listing.end_date.is_(None), Listing.end_date >= today))
    if status == rules.ERROR:
        return error
    if status == rules.FINISHED:
        return and_(not_(error), ended)
    if status == rules.PLANNED:
        return and_(running, Listing.start_date > today)
    return and_(running, Listing.start_date <= today)


def _conditions(ctx: ServiceContext, f: ListingFilter) -> list:
    where = []
    if f.listing_type is not None:
        where.append(Listing.listing_type == f.listing_type)
    if f.status is not None:
        where.append(_status_condition(f.status, ctx.today))
    if f.month_end is not None:  # R-LI-8: listed on the month's last day
        m = f.month_end
        where += [Listing.start_date <= m, or_(Listing.end_date.is_(None), Listing.end_date >= m),
                  Listing.status != rules.ERROR]
    if f.responsible_dentist is not None:
        if f.responsible_dentist == NO_DENTIST:
            where.append(or_(Patient.responsible_dentist_hsa_id.is_(None), Patient.responsible_dentist_hsa_id == ""))
        else:
            where.append(Patient.responsible_dentist_hsa_id == f.responsible_dentist)
    if f.municipality_code is not None:
        # R-TG-4: a protected patient's municipality is never shown, so no filter may reveal it.
        where += [Patient.municipality_code == f.municipality_code, Patient.protected_identity.is_(False)]
    return where


def _count(s: Session, ctx: ServiceContext, f: ListingFilter) -> int:
    q = select(func.count()).select_from(Listing)
    if f.touches_patient:
        q = q.join(Patient, Patient.id == Listing.patient_id)
    return s.scalar(q.where(*_conditions(ctx, f))) or 0


def count_listings(ctx: ServiceContext, f: ListingFilter = ListingFilter()) -> int:
    """How many listings the filter matches (no patient data: not logged)."""
    require(ctx, PATIENT_READ)
    with ctx.sessions() as s:
        return _count(s, ctx, f)


_ROW_COLUMNS = (
    Listing.id, Listing.row_version, Listing.patient_id, Listing.listing_type, Listing.status,
    Listing.start_date, Listing.end_date, Listing.end_reason,
    Patient.personnummer, Patient.id_kind, Patient.birth_date, Patient.first_name, Patient.last_name,
    Patient.sort_name, Patient.responsible_dentist_hsa_id, Patient.municipality_code, Patient.protected_identity,
)
_ORDER = (Patient.sort_name, Patient.id, Listing.start_date, Listing.id)


def listing_page(
    ctx: ServiceContext,
    f: ListingFilter,
    offset: int,
    limit: int,
    *,
    count: int | None = None,
    after: SortKey | None = None,
) -> list[ListingRow]:
    """Rows offset+1 .. offset+limit in name order (then start date).

    `count` (the filter's count, when the caller has it) picks the plan; `after` (the sort key of
    the row just before `offset`) makes a deep page as quick as the first. Showing names and
    personnummer is a read of patient data: each page is one access-log entry (R-SE-2).
    """
    require(ctx, PATIENT_READ)
    if limit <= 0 or offset < 0:
        return []
    with ctx.begin() as s:
        total = _count(s, ctx, f) if count is None else count
        rows = [] if total == 0 or offset >= total else _fetch(s, ctx, f, offset, limit, total, after)
        result = _to_rows(s, ctx, rows)
        if result:
            access_log.record(s, ctx, "list", [None], detail=f"listningar, rad {offset + 1}-{offset + len(result)}")
        return result


def _fetch(s: Session, ctx: ServiceContext, f: ListingFilter, offset: int, limit: int, total: int,
           after: SortKey | None):
    where = _conditions(ctx, f)
    all_listings = s.scalar(select(func.count()).select_from(Listing)) or 1
    backwards = after is None and offset + limit / 2 > total / 2
    position = (total - offset - limit) if backwards else (0 if after is not None else offset)
    position = max(position, 0)
    walk = _should_walk(position, limit, total, all_listings)
    joined = (_PatientsFirst(Patient.__table__, Listing.__table__, Patient.id == Listing.patient_id)
              if walk and s.get_bind().dialect.name == "sqlite"
              else Patient.__table__.join(Listing.__table__, Patient.id == Listing.patient_id))
    q = select(*_ROW_COLUMNS).select_from(joined).where(*where)
    if after is not None:
        q = q.where(Patient.sort_name >= after[0], tuple_(*_ORDER) > tuple_(*(literal(v) for v in after)))
        return list(s.execute(q.order_by(*_ORDER).limit(limit)))
    if backwards:
        last = total - offset  # rows offset .. offset+limit counted from the end
        skip = max(last - limit, 0)
        order, limit = [c.desc() for c in _ORDER], last - skip
    else:
        skip, order = offset, list(_ORDER)
    if skip < _NARROW_FROM:
        rows = list(s.execute(q.order_by(*order).offset(skip).limit(limit)))
    else:
        # Skip on the narrowest rows (ids), then read the page's own rows: twice as fast.
        ids = select(Listing.id).select_from(joined).where(*where).order_by(*order).offset(skip).limit(limit)
        found = s.scalars(ids).all()
        rows = list(s.execute(select(*_ROW_COLUMNS).select_from(
            Patient.__table__.join(Listing.__table__, Patient.id == Listing.patient_id)
        ).where(Listing.id.in_(found)).order_by(*order)))
    return rows[::-1] if backwards else rows


def _should_walk(position: int, limit: int, total: int, all_listings: int) -> bool:
    """Walk the patients in name order when the wanted rows come early in that walk, or when so many
    listings match that sorting them all would cost more than any walk (see the module doc)."""
    return (position + limit) * _WALK_SHARE <= total or total * _WALK_SHARE >= all_listings


def _formatted(pnr: str) -> str:
    return f"{pnr[:8]}-{pnr[8:]}"


def _staff_names(s: Session) -> dict[str, str]:
    return dict(s.execute(select(StaffMember.hsa_id, StaffMember.name)).all())


def _to_rows(s: Session, ctx: ServiceContext, rows) -> list[ListingRow]:
    if not rows:
        return []
    staff = _staff_names(s)
    municipalities = ctx.rules.target_group
    result = []
    for r in rows:
        status = rules.effective_status(r.status, r.start_date, r.end_date, ctx.today)
        dentist = r.responsible_dentist_hsa_id or ""
        result.append(ListingRow(
            listing_id=r.id,
            row_version=r.row_version,
            patient_id=r.patient_id,
            personnummer=_formatted(r.personnummer),
            first_name=r.first_name,
            last_name=r.last_name,
            listing_type=r.listing_type,
            listing_type_label=rules.LISTING_TYPE_LABELS.get(r.listing_type, r.listing_type),
            status=status,
            status_label=rules.STATUS_LABELS[status],
            start_date=r.start_date,
            end_date=r.end_date,
            end_reason=r.end_reason,
            end_reason_label=rules.END_REASONS.get(r.end_reason, r.end_reason or "") if r.end_reason else "",
            responsible_dentist=staff.get(dentist, dentist),
            municipality="" if r.protected_identity else (
                municipalities.municipality_name(r.municipality_code) or r.municipality_code or ""),
            protected=bool(r.protected_identity),
            sort_key=(r.sort_name, r.patient_id, r.start_date, r.id),
        ))
    return result


def filter_options(ctx: ServiceContext) -> FilterOptions:
    """The choices of the filter row: dentists, municipalities present, and the month ends."""
    with ctx.sessions() as s:
        # One pass over the listings (about 200 distinct combinations at region scale).
        groups = s.execute(
            select(Patient.municipality_code, Patient.responsible_dentist_hsa_id, Patient.protected_identity)
            .distinct()
            .select_from(Listing)
            .join(Patient, Patient.id == Listing.patient_id)
        ).all()
        staff = s.execute(
            select(StaffMember.hsa_id, StaffMember.name, StaffMember.active).where(StaffMember.role == "tandlakare")
        ).all()
        first = s.scalar(select(func.min(Listing.start_date)))
    # A dentist who has left is named so ("Anna Berg (slutat)"; a `Text` the window translates).
    names = {hsa: (name if active else Text(QT_TRANSLATE_NOOP("services", "{name} (slutat)"), name=name))
             for hsa, name, active in staff}
    in_use = {g.responsible_dentist_hsa_id for g in groups if g.responsible_dentist_hsa_id}
    dentists = sorted(((hsa, names.get(hsa, hsa)) for hsa in set(names) | in_use),
                      key=lambda d: (d[1].endswith("(slutat)"), swedish_key(d[1])))
    target_group = ctx.rules.target_group
    codes = {g.municipality_code for g in groups if g.municipality_code and not g.protected_identity}
    municipalities = sorted(((c, target_group.municipality_name(c) or c) for c in codes),
                            key=lambda m: (target_group.municipality_name(m[0]) is None, swedish_key(m[1])))
    last = month_end(ctx.today)
    months = list(reversed(month_ends_between(min(first, last), last))) if first else [last]
    return FilterOptions(dentists=dentists, municipalities=municipalities, month_ends=months,
                         has_no_dentist=any(not g.responsible_dentist_hsa_id for g in groups))


# --- the "Lista patient" form (R-LI-1) -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListingForm:
    """What the consent dialog needs to know about one patient."""

    patient_id: int
    name: str
    personnummer: str
    birth_date: date
    protected: bool
    guardians: dict[int, str]  # position -> name
    dentists: list[tuple[str, str]]  # active dentists (HSA-ID, name)
    current_dentist: str | None  # the patient's responsible dentist (HSA-ID)
    listed_by_choice: bool  # a planned or active choice listing here already
    stop: StopInfo | None  # the listing stop in force or declared (R-LI-5)


def listing_form(ctx: ServiceContext, patient_id: int) -> ListingForm:
    """Read for the consent form (logged: it shows the patient's guardians, R-SE-2)."""
    require(ctx, PATIENT_READ)
    with ctx.begin() as s:
        p = s.get(Patient, patient_id)
        if p is None:
            raise PatientNotFound(patient_id)
        guardians = dict(s.execute(
            select(PatientGuardian.position, Guardian.name)
            .join(Guardian, Guardian.id == PatientGuardian.guardian_id)
            .where(PatientGuardian.patient_id == patient_id)
            .order_by(PatientGuardian.position)
        ).all())
        listings = s.execute(select(Listing.listing_type, Listing.status, Listing.start_date, Listing.end_date)
                             .where(Listing.patient_id == patient_id)).all()
        listed = any(li.listing_type == rules.CHOICE
                     and rules.is_current(li.status, li.start_date, li.end_date, ctx.today) for li in listings)
        access_log.record(s, ctx, "read", [p.id], detail="listning: samtyckesformulär")
        identity = IdentityNumber(p.personnummer, IdKind(p.id_kind), p.birth_date)
        form = dict(patient_id=p.id, name=f"{p.first_name} {p.last_name}", personnummer=identity.formatted(),
                    birth_date=p.birth_date, protected=p.protected_identity, guardians=guardians,
                    current_dentist=p.responsible_dentist_hsa_id, listed_by_choice=listed)
    return ListingForm(**form, dentists=active_dentists(ctx), stop=current_listing_stop(ctx))


def active_dentists(ctx: ServiceContext) -> list[tuple[str, str]]:
    """Active dentists of the clinic (R-LI-6), by name."""
    with ctx.sessions() as s:
        rows = s.execute(select(StaffMember.hsa_id, StaffMember.name)
                         .where(StaffMember.role == "tandlakare", StaffMember.active.is_(True))).all()
    return sorted(((r.hsa_id, r.name) for r in rows), key=lambda d: swedish_key(d[1]))


def consent_givers(form: ListingForm, consent_date: date) -> list[tuple[str, str]]:
    """Who may consent on that date (R-LI-1): the patient from 18, else the guardians on record."""
    if age_on(form.birth_date, consent_date) >= rules.ADULT_AGE:
        return [("patient", f"Patienten själv ({form.name})")]
    return [(f"vardnadshavare{position}", name) for position, name in sorted(form.guardians.items())]


def care_starts_on(ctx: ServiceContext, consent_date: date) -> date:
    """R-LI-3: the day care responsibility starts for a choice made on consent_date."""
    return rules.care_start(consent_date, ctx.rules)


# --- the listing stop (R-LI-5) -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StopOverview:
    stop: StopInfo | None  # in force today or declared to start later
    choice_count: int  # active choice listings today, as the region counts them
    minimum: int  # a stop needs at least this many (rule set)


def stop_overview(ctx: ServiceContext) -> StopOverview:
    require(ctx, PATIENT_READ)
    with ctx.sessions() as s:
        count = choice_listing_count(s, ctx.today)
    return StopOverview(current_listing_stop(ctx), count, ctx.rules.listing.minimum_capacity)


__all__ = [
    "ListingFilter",
    "ListingRow",
    "FilterOptions",
    "ListingForm",
    "StopOverview",
    "NO_DENTIST",
    "END_CHOICES",
    "count_listings",
    "listing_page",
    "filter_options",
    "listing_form",
    "active_dentists",
    "consent_givers",
    "care_starts_on",
    "stop_overview",
    "month_end",
    "month_ends_between",
]
