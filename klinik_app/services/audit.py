"""R-SE-2 (HSLF-FS 2016:40): checking, reviewing and disclosing the access log (loggkontroll).

- `verify`: walks the whole hash chain in id order and says where an entry was edited, deleted,
  inserted or reordered, and whether entries were cut off the end (against the seal that every
  append rewrites, services.access_log). It streams the table through the driver's cursor in large
  batches, with the canonical text of each entry built by the database: ten million entries in
  about 30 s on two cores, 3 µs an entry (benchmarks/bench_audit.py). It reads no patient data and
  writes nothing.

  The limit of the seal: someone who can write to the database can rewrite the log and the seal
  together (recomputing every hash), and the database alone cannot show that. Only a copy of the
  seal kept outside it can: `verify` prints the current seal as a line for staff to note down (for
  instance at every monthly review, which also stores it), and `verify(expect=...)` (`klinik audit
  verify --expect HASH`) checks that a noted seal is still a point of the chain. Every signed-off
  review's seal is checked the same way. Entries appended after the last noted seal by someone who
  also rewrites the seal cannot be told from real ones.
- Retention: the log is kept at least `access_log.retention_years` (default 10, never under the
  legal 5). Nothing in the application deletes an entry.
- Review: entries for a patient, a user or a period, a reproducible monthly random sample and the
  head of clinic's sign-off. Reading the log about a patient is itself logged.
- The patient's extract ("vem har läst min journal") as a PDF; handing it out is logged.
"""

from __future__ import annotations

import hashlib
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time as clock, timedelta, timezone
from pathlib import Path

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from klinik_app.db.models import (
    AccessLogEntry,
    AccessLogReview,
    AccessLogSeal,
    AppSetting,
    Clinic,
    Patient,
    StaffMember,
)
from klinik_app.domain.dates import add_months
from klinik_app.domain.hsa import parse_hsa_id
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import AUDIT_READ, AUDIT_RETENTION, AUDIT_SIGN_OFF, AUDIT_VERIFY, STAFF_ROLES
from klinik_app.letters import AccessRow, Recipient, Rendered, access_extract_pdf
from klinik_app.letters.dates import swedish_date
from klinik_app.services import access_log
from klinik_app.services.access_log import GENESIS, SEAL_ID
from klinik_app.services.context import STOCKHOLM, ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.listing_documents import letterhead
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.patient_lookup import patient_id_by_number
from klinik_app.services.permissions import require

# --- Labels -------------------------------------------------------------------------------------

ACTION_LABELS = {
    "read": "Läste uppgifter",
    "write": "Ändrade uppgifter",
    "search": "Sökte i registret",
    "list": "Visade en lista",
    "import": "Importerade uppgifter",
    "export": "Lämnade ut uppgifter",
    "letter": "Skrev ut brev",
    "report": "Tog fram en rapport",
    "audit": "Loggkontroll",
    "disclose": "Lämnade ut loggutdrag",
}
ROLE_LABELS = {
    "tandlakare": "Tandläkare",
    "tandhygienist": "Tandhygienist",
    "tandskoterska": "Tandsköterska",
    "reception": "Reception",
    "administrator": "Administratör",
    "verksamhetschef": "Verksamhetschef",
}
KIND_LABELS = {"os-account": "Datorkonto", "system": "Systemet"}


def _role_label(role: str | None, kind: str) -> str:
    """The logged roles (comma-separated) in Swedish; the account's kind where no role is known."""
    if not role:
        return KIND_LABELS.get(kind, "")
    return ", ".join(ROLE_LABELS.get(r) or STAFF_ROLES.get(r) or KIND_LABELS.get(kind, r) for r in role.split(","))

# --- Retention ----------------------------------------------------------------------------------

RETENTION_KEY = "access_log.retention_years"
DEFAULT_RETENTION_YEARS = 10
MINIMUM_RETENTION_YEARS = 5  # HSLF-FS 2016:40
MAXIMUM_RETENTION_YEARS = 100


def retention_years(ctx: ServiceContext) -> int:
    """How many years the access log is kept at least (the setting, or 10)."""
    with ctx.sessions() as s:
        value = s.scalar(select(AppSetting.value).where(AppSetting.key == RETENTION_KEY))
    try:
        years = int(value) if value is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS
    return max(years, MINIMUM_RETENTION_YEARS)


def set_retention_years(ctx: ServiceContext, years: int) -> int:
    """Set how long the log is kept; anything under the legal five years is refused."""
    require(ctx, AUDIT_RETENTION)
    if years < MINIMUM_RETENTION_YEARS:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Åtkomstloggen måste sparas i minst {min_years} år (HSLF-FS "
                                                       "2016:40), så {years} år går inte att välja. Ange {min_years} "
                                                       "år eller fler; standard är {default_years} år."),
                         min_years=MINIMUM_RETENTION_YEARS, years=years, default_years=DEFAULT_RETENTION_YEARS)
    if years > MAXIMUM_RETENTION_YEARS:
        raise UsageError(QT_TRANSLATE_NOOP("services", "{years} år är orimligt länge. Ange högst {max_years} år."),
                         years=years, max_years=MAXIMUM_RETENTION_YEARS)
    now, who = ctx.now(), ctx.actor.user_id
    with ctx.begin() as s:
        row = s.get(AppSetting, RETENTION_KEY)
        if row is None:
            s.add(AppSetting(key=RETENTION_KEY, value=str(years), created_at=now, created_by=who,
                             modified_at=now, modified_by=who))
        elif row.value != str(years):
            row.value, row.modified_at, row.modified_by = str(years), now, who
        access_log.record(s, ctx, "write", [None], detail=f"åtkomstloggens lagringstid {years} år")
    return years


@dataclass(frozen=True, slots=True)
class RetentionInfo:
    years: int
    oldest: datetime | None  # the oldest entry, Swedish local time
    entries: int


def retention_info(ctx: ServiceContext) -> RetentionInfo:
    with ctx.sessions() as s:
        oldest = s.scalar(select(AccessLogEntry.at).order_by(AccessLogEntry.id).limit(1))
        count = s.scalar(select(AccessLogSeal.entry_count).where(AccessLogSeal.id == SEAL_ID))
        if count is None:
            count = s.scalar(select(func.count()).select_from(AccessLogEntry))
    return RetentionInfo(retention_years(ctx), _local(oldest) if oldest else None, count)


# --- Times --------------------------------------------------------------------------------------


def _local(at: datetime) -> datetime:
    """A stored time (UTC; naive from SQLite) in Swedish local time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(STOCKHOLM)


def _utc_start(day: date) -> datetime:
    """Midnight at the start of `day` in Sweden, in UTC (how the log stores its times)."""
    return datetime.combine(day, clock(0), STOCKHOLM).astimezone(timezone.utc)


def _bounds(first: date | None, last: date | None) -> list:
    if first and last and first > last:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Perioden börjar {first_day}, efter att den slutar {last_day}. "
                                                       "Rätta datumen."),
                         first_day=first.isoformat(), last_day=last.isoformat())
    where = []
    if first:
        where.append(AccessLogEntry.at >= _utc_start(first))
    if last:
        where.append(AccessLogEntry.at < _utc_start(last + timedelta(days=1)))
    return where


_UNKNOWN_TIME = Text(QT_TRANSLATE_NOOP("services", "okänd tid"))


def _shown(value) -> str:
    """A stored time as staff read it in a report ('2026-11-22 10:15:03', Swedish time)."""
    if value is None:
        return _UNKNOWN_TIME
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value[:40]
    return _local(value).strftime("%Y-%m-%d %H:%M:%S")


def _number(n: int) -> str:
    return f"{n:,}".replace(",", " ")


# --- Review services ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LogEntryView:
    """One access-log entry as the head of clinic reads it."""

    id: int
    at: datetime  # Swedish local time
    user_id: str
    user_name: str | None  # from staff_member, when known
    user_kind: str
    role: str | None
    role_label: str
    workstation: str | None
    care_unit: str | None
    action: str
    action_label: str
    patient_id: int | None
    detail: str | None
    hash: str
    patient: str | None = None  # "Ella Lind, 20150310-2343" (patient_text), when the entry names a patient

    @property
    def who(self) -> str:
        return self.user_name or self.user_id

    @property
    def what(self) -> str:
        if not self.detail:
            return self.action_label
        if self.detail.lower().startswith(self.action_label.lower()):  # "loggkontroll: ...": no stutter
            return self.detail[0].upper() + self.detail[1:]
        return f"{self.action_label}: {self.detail}"


_VIEW_COLUMNS = (
    AccessLogEntry.id, AccessLogEntry.at, AccessLogEntry.user_id, AccessLogEntry.user_kind, AccessLogEntry.role,
    AccessLogEntry.workstation, AccessLogEntry.care_unit, AccessLogEntry.action, AccessLogEntry.patient_id,
    AccessLogEntry.detail, AccessLogEntry.hash,
)


def patient_text(first_name: str, last_name: str, personnummer: str, protected: bool) -> str:
    """How the review names a patient: name and formatted number, protected identity marked (its
    address and municipality are never part of it)."""
    number = f"{personnummer[:8]}-{personnummer[8:]}" if personnummer.isdigit() else personnummer
    return f"{first_name} {last_name}, {number}" + (" – skyddad identitet" if protected else "")


def _patient_texts(s: Session, ids: set[int]) -> dict[int, str]:
    """Names for the entries' patients; the callers log the read of these patients."""
    ids, texts = sorted(ids), {}
    for start in range(0, len(ids), 500):
        texts.update({r.id: patient_text(r.first_name, r.last_name, r.personnummer, r.protected_identity)
                      for r in s.execute(select(Patient.id, Patient.first_name, Patient.last_name, Patient.personnummer,
                                                Patient.protected_identity).where(Patient.id.in_(ids[start:start + 500])))})
    return texts


def _views(s: Session, rows) -> list[LogEntryView]:
    rows = list(rows)
    users = {r.user_id for r in rows}
    staff = {}
    if users:
        staff = {h: (n, role) for h, n, role in s.execute(
            select(StaffMember.hsa_id, StaffMember.name, StaffMember.role).where(StaffMember.hsa_id.in_(users)))}
    patients = _patient_texts(s, {r.patient_id for r in rows if r.patient_id is not None})
    views = []
    for r in rows:
        name, staff_role = staff.get(r.user_id, (None, None))
        role = r.role or staff_role
        views.append(LogEntryView(
            id=r.id, at=_local(r.at), user_id=r.user_id, user_name=name, user_kind=r.user_kind, role=r.role,
            role_label=_role_label(role, r.user_kind),
            workstation=r.workstation, care_unit=r.care_unit, action=r.action,
            action_label=ACTION_LABELS.get(r.action, r.action), patient_id=r.patient_id, detail=r.detail,
            hash=r.hash, patient=patients.get(r.patient_id),
        ))
    return views


def _period_detail(first: date | None, last: date | None) -> str:
    if not first and not last:
        return "hela loggen"
    return f"{first.isoformat() if first else ''}–{last.isoformat() if last else ''}"


def _log_review_read(s: Session, ctx: ServiceContext, views: list[LogEntryView], what: str) -> None:
    """Reading the log about patients is a read of their data: one entry per patient shown (one
    without a patient when none was)."""
    patients = sorted({v.patient_id for v in views if v.patient_id is not None})
    access_log.record(s, ctx, "audit", patients or [None], detail=f"loggkontroll: {what}")


def entries_for_patient(ctx: ServiceContext, patient_id: int, first: date | None = None,
                        last: date | None = None) -> list[LogEntryView]:
    """Every entry about a patient in the period (Swedish dates, inclusive), oldest first; logged."""
    require(ctx, AUDIT_READ)
    where = [AccessLogEntry.patient_id == patient_id, *_bounds(first, last)]
    with ctx.begin() as s:
        views = _views(s, s.execute(select(*_VIEW_COLUMNS).where(*where).order_by(AccessLogEntry.at, AccessLogEntry.id)))
        access_log.record(s, ctx, "audit", [patient_id],
                          detail=f"loggkontroll: patientens logg {_period_detail(first, last)}")
    return views


def entries_for_user(ctx: ServiceContext, user_id: str, first: date | None = None,
                     last: date | None = None) -> list[LogEntryView]:
    """Every entry made by a user (HSA-ID or 'os:name') in the period, oldest first; logged."""
    require(ctx, AUDIT_READ)
    where = [AccessLogEntry.user_id == user_id.strip(), *_bounds(first, last)]
    with ctx.begin() as s:
        views = _views(s, s.execute(select(*_VIEW_COLUMNS).where(*where).order_by(AccessLogEntry.id)))
        _log_review_read(s, ctx, views, f"användarens logg {_period_detail(first, last)}")
    return views


def entries_in_period(ctx: ServiceContext, first: date, last: date, *, offset: int = 0,
                      limit: int | None = None) -> list[LogEntryView]:
    """The entries in the period in log order, a page at a time (`offset`, `limit`); logged."""
    require(ctx, AUDIT_READ)
    with ctx.begin() as s:
        q = select(*_VIEW_COLUMNS).where(*_bounds(first, last)).order_by(AccessLogEntry.id).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        views = _views(s, s.execute(q))
        _log_review_read(s, ctx, views, f"period {_period_detail(first, last)}")
    return views


@dataclass(frozen=True, slots=True)
class LogUser:
    """Someone who appears in the log, for picking whose entries to review."""

    user_id: str
    name: str | None
    role_label: str
    entries: int

    @property
    def label(self) -> str:
        who = f"{self.name} ({self.user_id})" if self.name else self.user_id
        return f"{who}, {self.role_label}" if self.role_label else who


def log_users(ctx: ServiceContext) -> list[LogUser]:
    """Every user id in the log with its number of entries, by name. Reads no patient data; one
    pass over the log (no index on the user), so the window runs it in the background."""
    require(ctx, AUDIT_READ)
    with ctx.sessions() as s:
        counts = s.execute(select(AccessLogEntry.user_id, AccessLogEntry.user_kind, func.max(AccessLogEntry.role),
                                  func.count()).group_by(AccessLogEntry.user_id, AccessLogEntry.user_kind)).all()
        staff = {h: (n, r) for h, n, r in s.execute(select(StaffMember.hsa_id, StaffMember.name, StaffMember.role))}
    users: dict[str, LogUser] = {}
    for user_id, kind, role, n in counts:
        name, staff_role = staff.get(user_id, (None, None))
        seen = users.get(user_id)
        users[user_id] = LogUser(user_id, name, _role_label(role or staff_role, kind), n + (seen.entries if seen else 0))
    return sorted(users.values(), key=lambda u: ((u.name or u.user_id).casefold(), u.user_id))


# --- Monthly sample and sign-off ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewSample:
    """A reproducible random sample of a month's entries about patients, for the monthly review."""

    month: date  # the first day
    seed: int
    size: int  # as asked for
    population: int  # the month's entries about a patient
    entries: tuple[LogEntryView, ...]
    digest: str  # covers month, seed, size, population and the sampled entries' ids and hashes


def _month_start(month: date) -> date:
    return month.replace(day=1)


def _check_month_over(ctx: ServiceContext, month: date, doing: str) -> None:
    if add_months(month, 1) > ctx.today:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "{month:%Y-%m} är inte slut än, så {doing} förrän månaden är "
                                                         "över."),
                           month=month, doing=doing)


def _sample(s: Session, month: date, size: int, seed: int) -> tuple[int, list[int]]:
    lo, hi = _utc_start(month), _utc_start(add_months(month, 1))
    # Only the columns of ix_access_log_patient_at (and the row id): the index alone answers it.
    ids = s.scalars(select(AccessLogEntry.id).where(
        AccessLogEntry.patient_id.is_not(None), AccessLogEntry.at >= lo, AccessLogEntry.at < hi)).all()
    ids = sorted(ids)
    # A string seed is hashed with SHA-512 by `random`: the same sample on every machine and run.
    chosen = random.Random(f"{month:%Y-%m}/{seed}").sample(ids, min(size, len(ids)))
    return len(ids), sorted(chosen)


def _digest(month: date, seed: int, size: int, population: int, entries: Sequence[tuple[int, str]]) -> str:
    text_ = f"{month:%Y-%m}|{seed}|{size}|{population}|" + ",".join(f"{i}:{h}" for i, h in entries)
    return hashlib.sha256(text_.encode()).hexdigest()


def _sample_rows(s: Session, ids: list[int]) -> list:
    rows = []
    for start in range(0, len(ids), 500):
        rows += s.execute(select(*_VIEW_COLUMNS).where(AccessLogEntry.id.in_(ids[start:start + 500]))).all()
    return sorted(rows, key=lambda r: r.id)


def monthly_sample(ctx: ServiceContext, month: date, size: int, seed: int) -> ReviewSample:
    """`size` entries about patients drawn at random from `month` (a completed month); the same
    month, size and seed always give the same sample. Showing it is logged."""
    require(ctx, AUDIT_READ)
    month = _month_start(month)
    if size < 1:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Stickprovet måste omfatta minst en post."))
    _check_month_over(ctx, month, "stickprovet kan inte tas")
    with ctx.begin() as s:
        population, ids = _sample(s, month, size, seed)
        views = _views(s, _sample_rows(s, ids))
        _log_review_read(s, ctx, views, f"stickprov {month:%Y-%m}")
    digest = _digest(month, seed, size, population, [(v.id, v.hash) for v in views])
    return ReviewSample(month, seed, size, population, tuple(views), digest)


@dataclass(frozen=True, slots=True)
class ReviewSignOff:
    id: int
    month: date
    reviewer: str
    reviewer_name: str | None
    signed_at: datetime  # Swedish local time
    signed_by: str
    seed: int
    sample_size: int
    population: int
    sample_ids: tuple[int, ...]
    findings: str
    seal_count: int
    seal_hash: str
    replaces_id: int | None


def _sign_off_view(s: Session, r: AccessLogReview) -> ReviewSignOff:
    name = s.scalar(select(StaffMember.name).where(StaffMember.hsa_id == r.reviewer))
    ids = tuple(int(x) for x in r.sample_ids.split(",") if x)
    return ReviewSignOff(r.id, r.month, r.reviewer, name, _local(r.signed_at), r.signed_by, r.seed, r.sample_size,
                         r.population, ids, r.findings, r.seal_count, r.seal_hash, r.replaces_id)


def _current_sign_off(s: Session, month: date) -> AccessLogReview | None:
    replaced = select(AccessLogReview.replaces_id).where(AccessLogReview.replaces_id.is_not(None))
    return s.scalars(select(AccessLogReview).where(
        AccessLogReview.month == month, AccessLogReview.id.not_in(replaced)).order_by(AccessLogReview.id.desc())).first()


def sign_off_review(ctx: ServiceContext, month: date, reviewer: str, note: str, *, sample: ReviewSample,
                    replaces: bool = False) -> ReviewSignOff:
    """The head of clinic signs off the month's review: who, when, which sample, what was found.

    A month is signed off once; a second sign-off must say that it `replaces` the first (both are
    kept). The sample must still be what `monthly_sample` gives, and the log's seal at this moment is
    stored with the sign-off (and checked by every later `verify`).
    """
    require(ctx, AUDIT_SIGN_OFF)
    month = _month_start(month)
    reviewer = parse_hsa_id(reviewer)
    note = (note or "").strip()
    if not note:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Skriv vad granskningen kom fram till (till exempel ”Inga "
                                                       "avvikelser”) innan den kvitteras."))
    if sample.month != month:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Stickprovet gäller {sample_month:%Y-%m}, inte {month:%Y-%m}."),
                         sample_month=sample.month, month=month)
    _check_month_over(ctx, month, "granskningen kan inte kvitteras")
    with ctx.begin() as s:
        current = _current_sign_off(s, month)
        if current is not None and not replaces:
            name = s.scalar(select(StaffMember.name).where(StaffMember.hsa_id == current.reviewer)) or current.reviewer
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Loggkontrollen för {month:%Y-%m} kvitterades redan "
                                                             "{signed_on:%Y-%m-%d} av {name}. Ange att den nya "
                                                             "kvitteringen ersätter den tidigare om den ska gälla i "
                                                             "stället."),
                               month=month, signed_on=_local(current.signed_at), name=name)
        if current is None and replaces:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Det finns ingen kvittering för {month:%Y-%m} att "
                                                             "ersätta."),
                               month=month)
        population, ids = _sample(s, month, sample.size, sample.seed)
        hashes = dict(s.execute(select(AccessLogEntry.id, AccessLogEntry.hash).where(AccessLogEntry.id.in_(ids))).all()) if ids else {}
        if _digest(month, sample.seed, sample.size, population, [(i, hashes.get(i, "")) for i in ids]) != sample.digest:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Stickprovet stämmer inte längre med loggen. Ta ett nytt "
                                                             "stickprov och granska det."))
        seal = s.execute(select(AccessLogSeal.entry_count, AccessLogSeal.last_hash)
                         .where(AccessLogSeal.id == SEAL_ID)).first()
        review = AccessLogReview(
            month=month, reviewer=reviewer, signed_at=ctx.now().astimezone(timezone.utc), signed_by=ctx.actor.user_id,
            seed=sample.seed, sample_size=sample.size, population=population, sample_ids=",".join(map(str, ids)),
            sample_digest=sample.digest, findings=note, seal_count=seal.entry_count if seal else 0,
            seal_hash=seal.last_hash if seal else GENESIS, replaces_id=current.id if replaces else None,
        )
        s.add(review)
        s.flush()
        access_log.record(s, ctx, "audit", [None], detail=f"loggkontroll {month:%Y-%m} kvitterad"
                          + (" (ersätter tidigare)" if replaces else ""))
        return _sign_off_view(s, review)


def review_for_month(ctx: ServiceContext, month: date) -> ReviewSignOff | None:
    """The sign-off in force for the month (the latest, which replaced any earlier)."""
    require(ctx, AUDIT_READ)
    with ctx.sessions() as s:
        r = _current_sign_off(s, _month_start(month))
        return _sign_off_view(s, r) if r else None


# --- The patient's extract ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExtractResult:
    rendered: Rendered
    entries: int
    patient_name: str


NO_ADDRESS_LINE = "Lämnas ut på kliniken"


def find_patient(ctx: ServiceContext, personnummer: str) -> int:
    """The patient's id from a personnummer or samordningsnummer in any written form."""
    require(ctx, AUDIT_READ)
    return patient_id_by_number(ctx, personnummer)


def patient_extract_pdf(ctx: ServiceContext, patient_id: int, path: Path, first: date | None = None,
                        last: date | None = None) -> ExtractResult:
    """The patient's extract of the access log as a PDF letter; handing it out is logged.

    Only the patient's own entries are read (through ix_access_log_patient_at), so no other patient
    appears. A patient with protected identity or without an address gets no printed address.
    """
    require(ctx, AUDIT_READ)
    where = [AccessLogEntry.patient_id == patient_id, *_bounds(first, last)]
    head = letterhead(ctx)
    path = Path(path)
    written = False
    try:
        with ctx.begin() as s:
            p = s.execute(select(Patient.personnummer, Patient.first_name, Patient.last_name, Patient.street,
                                 Patient.postal_code, Patient.postal_town, Patient.protected_identity)
                          .where(Patient.id == patient_id)).first()
            if p is None:
                raise ServiceError(QT_TRANSLATE_NOOP("services", "Patienten finns inte längre i registret."))
            views = _views(s, s.execute(select(*_VIEW_COLUMNS).where(*where)
                                        .order_by(AccessLogEntry.at, AccessLogEntry.id)))
            units = dict(s.execute(select(Clinic.hsa_id, Clinic.name)).all())
            rows = [AccessRow(v.at, v.who, v.role_label, v.workstation or "", units.get(v.care_unit, v.care_unit or ""),
                              v.what) for v in views]
            name = f"{p.first_name} {p.last_name}"
            town = " ".join(x for x in (p.postal_code, p.postal_town) if x)
            address = (p.street, town) if p.street and town and not p.protected_identity else (NO_ADDRESS_LINE,)
            rendered = access_extract_pdf(path, head, Recipient((name,), address), name,
                                          f"{p.personnummer[:8]}-{p.personnummer[8:]}", first, last, rows, ctx.today)
            written = True
            access_log.record(s, ctx, "disclose", [patient_id],
                              detail=f"loggutdrag {_period_detail(first, last)}, {len(rows)} poster")
    except BaseException:
        if written:  # not logged, so not handed out
            path.unlink(missing_ok=True)
        raise
    return ExtractResult(rendered, len(rows), name)


def extract_summary(result: ExtractResult, path: Path, first: date | None, last: date | None,
                    day: Callable[[date], str] = swedish_date) -> Text:
    """What was written, in Swedish (a `Text`: the window shows it translated, its dates written by `day`
    in the window's language; the command's are the extract's own, "22 november 2026")."""
    entries = (Text(QT_TRANSLATE_NOOP("services", "1 åtkomst")) if result.entries == 1
               else Text(QT_TRANSLATE_NOOP("services", "{count} åtkomster"), count=result.entries))
    return Text(QT_TRANSLATE_NOOP("services", "Loggutdrag för {patient_name} ({period}): {entries}, skrivet till "
                                              "{path}. Utlämnandet är loggat."),
                patient_name=result.patient_name, period=_period(first, last, day), entries=entries, path=path)


def _period(first: date | None, last: date | None, day: Callable[[date], str]) -> Text:
    """The extract's period as the extract names it (letters.access_extract.period_text), as a `Text`."""
    if first and last:
        return Text(QT_TRANSLATE_NOOP("services", "{first} – {last}"), first=day(first), last=day(last))
    if first:
        return Text(QT_TRANSLATE_NOOP("services", "från och med {first}"), first=day(first))
    if last:
        return Text(QT_TRANSLATE_NOOP("services", "till och med {last}"), last=day(last))
    return Text(QT_TRANSLATE_NOOP("services", "hela den tid loggen omfattar"))


# --- Verify -------------------------------------------------------------------------------------

# The text each entry's hash covers (access_log.canonical_text), built by the database: far faster
# than in Python, and the same characters (tests compare the two).
_CANONICAL_SQL = {
    "sqlite": (
        "coalesce(prev_hash || '|' || CASE WHEN length(at) = 26 THEN substr(at, 1, 10) || 'T' || substr(at, 12) "
        "ELSE at END || '|' || user_id || '|' || user_kind || '|' || coalesce(role, '') || '|' || "
        "coalesce(workstation, '') || '|' || coalesce(care_unit, '') || '|' || action || '|' || "
        "coalesce(patient_id, '') || '|' || coalesce(detail, ''), '')"
    ),
    "postgresql": (
        "coalesce(prev_hash || '|' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') || '|' || "
        "user_id || '|' || user_kind || '|' || coalesce(role, '') || '|' || coalesce(workstation, '') || '|' || "
        "coalesce(care_unit, '') || '|' || action || '|' || coalesce(CAST(patient_id AS TEXT), '') || '|' || "
        "coalesce(detail, ''), '')"
    ),
}
BATCH = 100_000
MAX_ANOMALIES = 200  # examined and reported in detail; the rest are counted
WINDOW = 200  # entries either side of an anomaly searched for where its neighbours belong
_HEX = re.compile(r"^[0-9a-f]{16,64}$")


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # andrad | borttagen | inlagd | ordning | trunkerad | tillagd | sigill | noterat-sigill
    entry_id: int | None  # where (never an identity number)
    at: str | None  # the entry's time, Swedish local time
    message: str  # Swedish, naming the entry id and time (a `Text`: the window shows it translated)


@dataclass(frozen=True, slots=True)
class SealInfo:
    entry_count: int
    last_id: int | None
    last_at: str | None
    last_hash: str
    rebuilt_at: str | None


@dataclass(slots=True)
class VerifyResult:
    entries: int
    seal: SealInfo | None
    findings: list[Finding] = field(default_factory=list)
    more_anomalies: int = 0  # broken places beyond those examined in detail
    expect: str | None = None
    expect_found_at: int | None = None  # the entry id whose hash is the noted seal
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.findings and not self.more_anomalies

    @property
    def seal_text(self) -> str:
        return self.seal.last_hash if self.seal else Text(QT_TRANSLATE_NOOP("services", "saknas"))

    def summary(self) -> Text:
        """The verdict in Swedish (a `Text` of marked templates: the window shows it translated)."""
        entries = _number(self.entries)
        if self.ok:
            if self.expect:
                return Text(QT_TRANSLATE_NOOP("services", "Åtkomstloggen är oförändrad: {entries} poster, sigill "
                                                          "{seal}. Det noterade sigillet finns kvar i kedjan (post id "
                                                          "{entry_id})."),
                            entries=entries, seal=self.seal_text, entry_id=self.expect_found_at)
            return Text(QT_TRANSLATE_NOOP("services", "Åtkomstloggen är oförändrad: {entries} poster, sigill {seal}."),
                        entries=entries, seal=self.seal_text)
        n = len(self.findings) + self.more_anomalies
        count = (Text(QT_TRANSLATE_NOOP("services", "1 avvikelse")) if n == 1
                 else Text(QT_TRANSLATE_NOOP("services", "{count} avvikelser"), count=_number(n)))
        first = self.findings[0] if self.findings else None
        if first and first.entry_id:
            return Text(QT_TRANSLATE_NOOP("services", "Åtkomstloggen har ändrats: {count} bland {entries} poster, den "
                                                      "första vid post id {entry_id} ({at}). Spara listan, ändra "
                                                      "ingenting i databasen och kontakta verksamhetschefen."),
                        count=count, entries=entries, entry_id=first.entry_id, at=str(first.at))
        return Text(QT_TRANSLATE_NOOP("services", "Åtkomstloggen har ändrats: {count} bland {entries} poster. Spara "
                                                  "listan, ändra ingenting i databasen och kontakta "
                                                  "verksamhetschefen."),
                    count=count, entries=entries)


@dataclass(slots=True)
class _Scan:
    count: int = 0
    first_id: int | None = None
    last_id: int | None = None
    last_hash: str = GENESIS
    anomalies: list[int] = field(default_factory=list)
    more: int = 0
    found: dict = field(default_factory=dict)  # watched hash -> (ordinal, id), the first occurrence
    expect_at: tuple[int, int] | None = None


def normalise_seal(text_: str) -> str:
    """A noted seal: its 64 hex digits, or the first 16 or more of them."""
    value = (text_ or "").strip().lower()
    if not _HEX.match(value):
        raise UsageError(QT_TRANSLATE_NOOP("services", "'{seal}' är inget sigill. Ange sigillet som det skrevs ut (64 "
                                                       "tecken 0–9 och a–f), eller minst de 16 första tecknen."),
                         seal=text_)
    return value


def verify(ctx: ServiceContext, *, expect: str | None = None, batch: int = BATCH) -> VerifyResult:
    """Walk the chain in id order and report every place it was altered (see the module doc)."""
    require(ctx, AUDIT_VERIFY)
    started = time.perf_counter()
    expect = normalise_seal(expect) if expect else None
    dialect = ctx.engine.dialect.name
    if dialect not in _CANONICAL_SQL:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Åtkomstloggen kan inte kontrolleras i en databas av typen "
                                                         "{dialect}."),
                           dialect=dialect)
    canonical = _CANONICAL_SQL[dialect]
    with ctx.engine.connect() as conn:
        if dialect == "postgresql":  # one snapshot for the seal and every batch
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            seal_row = conn.execute(select(
                AccessLogSeal.entry_count, AccessLogSeal.last_id, AccessLogSeal.last_at, AccessLogSeal.last_hash,
                AccessLogSeal.rebuilt_at).where(AccessLogSeal.id == SEAL_ID)).first()
            reviews = conn.execute(select(AccessLogReview.month, AccessLogReview.signed_at, AccessLogReview.seal_count,
                                          AccessLogReview.seal_hash).order_by(AccessLogReview.id)).all()
            watch = {r.seal_hash for r in reviews if r.seal_count}
            if seal_row is not None:
                watch.add(seal_row.last_hash)
            if expect and len(expect) == 64:
                watch.add(expect)
            scan = _scan(conn, canonical, dialect, watch, expect if expect and len(expect) < 64 else None, batch)
            findings: list[Finding] = []
            seen: set[tuple[str, int | None]] = set()
            last_hash = seal_row.last_hash if seal_row else None
            for anomaly in scan.anomalies:
                for f in _classify(conn, canonical, anomaly, last_hash):
                    if (f.kind, f.entry_id) not in seen:
                        seen.add((f.kind, f.entry_id))
                        findings.append(f)
            findings += _seal_findings(conn, scan, seal_row, findings)
            for r in reviews:
                if r.seal_count and r.seal_hash not in scan.found:
                    findings.append(Finding("sigill", None, None, Text(QT_TRANSLATE_NOOP(
                        "services", "Sigillet från loggkontrollen av {month} (kvitterad {signed_on}) finns inte "
                                    "längre i loggen: loggen har skrivits om eller kortats sedan dess."),
                        month=f"{r.month:%Y-%m}", signed_on=_shown(r.signed_at)[:10])))
            expect_found_at = None
            if expect:
                hit = scan.found.get(expect) if len(expect) == 64 else scan.expect_at
                if hit is None:
                    findings.append(Finding("noterat-sigill", None, None, Text(QT_TRANSLATE_NOOP(
                        "services", "Det noterade sigillet {seal}… finns inte i loggen: loggen har skrivits om eller "
                                    "kortats sedan sigillet noterades."), seal=expect[:16])))
                else:
                    expect_found_at = hit[1]
    seal = None
    if seal_row is not None:
        seal = SealInfo(seal_row.entry_count, seal_row.last_id, _shown(seal_row.last_at) if seal_row.last_at else None,
                        seal_row.last_hash, _shown(seal_row.rebuilt_at) if seal_row.rebuilt_at else None)
    return VerifyResult(scan.count, seal, findings, scan.more, expect, expect_found_at,
                        round(time.perf_counter() - started, 3))


def _scan(conn: Connection, canonical: str, dialect: str, watch: set[str], prefix: str | None, batch: int) -> _Scan:
    """The fast pass: recompute every hash and check every link; remember where either fails."""
    dbapi = conn.connection.dbapi_connection
    # PostgreSQL: a named (server-side) cursor, so the rows come in batches, not all at once.
    cur = dbapi.cursor(name="klinik_audit_verify") if dialect == "postgresql" else dbapi.cursor()
    scan = _Scan()
    sha = hashlib.sha256
    prev_h = prev_c = GENESIS
    anomalies, found = scan.anomalies, scan.found
    n = 0
    plen = len(prefix) if prefix else 0
    try:
        cur.execute(f"SELECT id, {canonical}, hash FROM access_log ORDER BY id")
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                break
            if scan.first_id is None:
                scan.first_id = rows[0][0]
            for id_, text_, h in rows:
                n += 1
                c = sha(text_.encode()).hexdigest()
                if c != h or (text_[:64] != prev_h and text_[:64] != prev_c):
                    if len(anomalies) < MAX_ANOMALIES:
                        anomalies.append(id_)
                    else:
                        scan.more += 1
                if h in watch and h not in found:
                    found[h] = (n, id_)
                if plen and scan.expect_at is None and h[:plen] == prefix:
                    scan.expect_at = (n, id_)
                prev_h, prev_c = h, c
            scan.last_id, scan.last_hash = rows[-1][0], rows[-1][2]
    finally:
        cur.close()
    scan.count = n
    return scan


@dataclass(slots=True)
class _Row:
    id: int
    at: object
    prev: str
    hash: str
    computed: str


def _neighbourhood(conn: Connection, canonical: str, entry_id: int) -> tuple[list[_Row], int, bool, bool]:
    """The entries around `entry_id` (WINDOW either side), its index among them, and whether they
    reach the start and the end of the log."""
    cols = f"id, at, prev_hash, hash, {canonical} AS canon"
    before = conn.execute(text(f"SELECT {cols} FROM access_log WHERE id <= :x ORDER BY id DESC LIMIT :n"),
                          {"x": entry_id, "n": WINDOW + 1}).all()[::-1]
    after = conn.execute(text(f"SELECT {cols} FROM access_log WHERE id > :x ORDER BY id LIMIT :n"),
                         {"x": entry_id, "n": WINDOW}).all()
    rows = [_Row(r.id, r.at, r.prev_hash, r.hash, hashlib.sha256(r.canon.encode()).hexdigest()) for r in before + after]
    return rows, len(before) - 1, len(before) <= WINDOW, len(after) < WINDOW


def _classify(conn: Connection, canonical: str, entry_id: int, seal_hash: str | None) -> list[Finding]:
    """What happened at an entry whose hash or link failed, from where its neighbours belong."""
    rows, i, at_start, at_end = _neighbourhood(conn, canonical, entry_id)
    by_hash: dict[str, int] = {}
    for k, r in enumerate(rows):
        by_hash.setdefault(r.hash, k)
        by_hash.setdefault(r.computed, k)
    referenced = {by_hash[r.prev] for r in rows if r.prev in by_hash}
    if seal_hash in by_hash:
        referenced.add(by_hash[seal_hash])  # the seal points at the chain's end

    def where(k: int) -> Text:
        return Text(QT_TRANSLATE_NOOP("services", "post id {entry_id} ({at})"), entry_id=rows[k].id,
                    at=_shown(rows[k].at))

    def first_where(k: int) -> Text:  # where a sentence begins with it
        return Text(QT_TRANSLATE_NOOP("services", "Post id {entry_id} ({at})"), entry_id=rows[k].id,
                    at=_shown(rows[k].at))

    def finding(kind: str, k: int, message: Text) -> Finding:
        return Finding(kind, rows[k].id, _shown(rows[k].at), message)

    def displaced(k: int, home: int | None = None) -> Finding:
        if k not in referenced:
            return finding("inlagd", k, Text(QT_TRANSLATE_NOOP("services", "{where} har lagts in i efterhand: den "
                                                                           "ingår inte i kedjan."),
                                             where=first_where(k)))
        if home is not None:
            return finding("ordning", k, Text(QT_TRANSLATE_NOOP("services", "{where} ligger i fel ordning i kedjan: "
                                                                            "den hör hemma efter post id {home_id}."),
                                              where=first_where(k), home_id=rows[home].id))
        return finding("ordning", k, Text(QT_TRANSLATE_NOOP("services", "{where} ligger i fel ordning i kedjan."),
                                          where=first_where(k)))

    r = rows[i]
    if r.computed != r.hash:
        if i not in referenced and not (at_end and i == len(rows) - 1 and seal_hash is None):
            return [displaced(i)]
        return [finding("andrad", i, Text(QT_TRANSLATE_NOOP("services", "{where} har ändrats: innehållet stämmer inte "
                                                                        "med postens kontrollsumma."),
                                          where=first_where(i)))]
    pred = -1 if r.prev == GENESIS else by_hash.get(r.prev)
    if pred == -1:
        if i == 0 and at_start:
            return []
        return [displaced(i)]  # it claims to be the first entry
    if pred is None:
        if i not in referenced and i != len(rows) - 1:
            return [displaced(i)]
        if i == 0:
            return [finding("borttagen", i, Text(QT_TRANSLATE_NOOP("services", "Poster har tagits bort i början av "
                                                                               "loggen, före {where}."),
                                                 where=where(i)))]
        a, b = rows[i - 1].id, r.id
        if b - a > 1:
            missing = (Text(QT_TRANSLATE_NOOP("services", "id {entry_id} saknas"), entry_id=a + 1) if b - a == 2
                       else Text(QT_TRANSLATE_NOOP("services", "id {first_id}–{last_id} saknas"), first_id=a + 1,
                                 last_id=b - 1))
            return [finding("borttagen", i, Text(QT_TRANSLATE_NOOP("services", "Poster har tagits bort mellan "
                                                                               "{before} och {where}: {missing}."),
                                                 before=where(i - 1), where=where(i), missing=missing))]
        return [finding("borttagen", i, Text(QT_TRANSLATE_NOOP(
            "services", "Kedjan bryts mellan {before} och {where}: poster däremellan har tagits bort, eller post id "
                        "{entry_id} har ändrats och fått en ny kontrollsumma."),
            before=where(i - 1), where=where(i), entry_id=a))]
    if pred > i:
        return [displaced(i, pred)]
    if pred < i - 1:
        return [displaced(k) for k in range(pred + 1, i)]
    return []


def _seal_findings(conn: Connection, scan: _Scan, seal, findings: list[Finding]) -> list[Finding]:
    """Compare the chain's end with the seal: entries cut off the end, or added behind its back."""
    if seal is None:
        return [Finding("sigill", None, None, Text(QT_TRANSLATE_NOOP(
            "services", "Loggens sigill saknas: det har tagits bort. Poster som tagits bort i slutet av loggen kan "
                        "inte upptäckas; jämför med ett noterat sigill (klinik audit verify --expect SIGILL).")))]
    out = []
    if seal.rebuilt_at is not None:
        out.append(Finding("sigill", None, None, Text(QT_TRANSLATE_NOOP(
            "services", "Loggens sigill har tagits bort och gjorts om {at}: poster som togs bort i slutet av loggen "
                        "före dess kan inte upptäckas; jämför med ett noterat sigill (klinik audit verify --expect "
                        "SIGILL)."), at=_shown(seal.rebuilt_at))))
    if scan.last_hash == seal.last_hash and scan.count == seal.entry_count:
        return out

    def at_of(entry_id: int | None) -> str:
        if entry_id is None:
            return _UNKNOWN_TIME
        return _shown(conn.execute(select(AccessLogEntry.at).where(AccessLogEntry.id == entry_id)).scalar())

    hit = scan.found.get(seal.last_hash) if seal.entry_count else (0, None)
    if scan.last_hash == seal.last_hash:
        if not findings:
            out.append(Finding("sigill", scan.last_id, at_of(scan.last_id), Text(QT_TRANSLATE_NOOP(
                "services", "Loggen har {count} poster men sigillet anger {sealed_count}: poster har tagits bort "
                            "eller lagts till utanför programmet."),
                count=_number(scan.count), sealed_count=_number(seal.entry_count))))
        return out
    if hit is not None:
        ordinal, sealed_id = hit
        added = scan.count - ordinal
        if not any(f.entry_id is not None and sealed_id is not None and f.entry_id > sealed_id for f in findings):
            after = (Text(QT_TRANSLATE_NOOP("services", "post id {entry_id} ({at})"), entry_id=sealed_id,
                          at=at_of(sealed_id)) if sealed_id
                     else Text(QT_TRANSLATE_NOOP("services", "loggens början")))
            out.append(Finding("tillagd", scan.last_id, at_of(scan.last_id), Text(QT_TRANSLATE_NOOP(
                "services", "{count} poster efter {after} har lagts till utanför programmet (sigillet har inte följt "
                            "med); den sista är post id {last_id}."),
                count=_number(added), after=after, last_id=scan.last_id)))
        return out
    sealed = (Text(QT_TRANSLATE_NOOP("services", "sista post id {entry_id} ({at})"), entry_id=seal.last_id,
                   at=_shown(seal.last_at)) if seal.last_id
              else Text(QT_TRANSLATE_NOOP("services", "inga poster")))
    if scan.count < seal.entry_count:
        if scan.count == 0:
            message = Text(QT_TRANSLATE_NOOP("services", "Loggen är tom, men sigillet anger {sealed_count} poster "
                                                         "({sealed})."),
                           sealed_count=_number(seal.entry_count), sealed=sealed)
        else:
            message = Text(QT_TRANSLATE_NOOP("services", "Poster har tagits bort i slutet av loggen: den slutar vid "
                                                         "post id {last_id} ({at}), men sigillet anger {sealed_count} "
                                                         "poster och {sealed}; {missing} poster saknas."),
                           last_id=scan.last_id, at=at_of(scan.last_id), sealed_count=_number(seal.entry_count),
                           sealed=sealed, missing=_number(seal.entry_count - scan.count))
        out.append(Finding("trunkerad", scan.last_id, at_of(scan.last_id) if scan.last_id else None, message))
        return out
    out.append(Finding("trunkerad", scan.last_id, at_of(scan.last_id), Text(QT_TRANSLATE_NOOP(
        "services", "Sista posten, id {last_id} ({at}), stämmer inte med sigillet ({sealed}): den har ändrats och "
                    "fått en ny kontrollsumma, eller loggens slut har tagits bort och skrivits om."),
        last_id=scan.last_id, at=at_of(scan.last_id), sealed=sealed)))
    return out


__all__ = [
    "ACTION_LABELS",
    "ExtractResult",
    "Finding",
    "LogEntryView",
    "LogUser",
    "ReviewSample",
    "ReviewSignOff",
    "SealInfo",
    "VerifyResult",
    "entries_for_patient",
    "entries_for_user",
    "entries_in_period",
    "find_patient",
    "log_users",
    "monthly_sample",
    "patient_extract_pdf",
    "patient_text",
    "retention_info",
    "retention_years",
    "review_for_month",
    "set_retention_years",
    "sign_off_review",
    "verify",
]
