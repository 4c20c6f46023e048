"""Fee schedules and the treatments of a visit (issue 5 item 4).

Which price list prices what: a treatment at an ordinary visit (an appointment) is priced from the
region's tandvårdstaxa ("regional"), which is also what the R-TG-4 invoice for protected identity
charges; a treatment at an emergency visit is priced from Folktandvården's price list
("folktandvarden"), which R-EM-1 says the paying clinic is charged. The price is fixed when the
treatment is saved, from the schedule valid on the treatment date, and kept with a reference to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from klinik_app.db.models import Appointment, EmergencyVisit, FeeItem, FeeSchedule, StaffMember, Treatment
from klinik_app.domain import fee_schedule as fs
from klinik_app.domain.dates import add_months
from klinik_app.domain.local_time import local_day
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import APPOINTMENT_READ, FEE_SCHEDULE_LOAD, TREATMENT_RECORD
from klinik_app.letters import Treatment as InvoiceTreatment
from klinik_app.resources import resources_dir
from klinik_app.services import access_log
from klinik_app.services.concurrency import check_version, guarded
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require

REGIONAL, FOLKTANDVARDEN = "regional", "folktandvarden"


def _stamp(ctx: ServiceContext) -> dict:
    now, who = ctx.now(), ctx.actor.user_id
    return dict(created_at=now, created_by=who, modified_at=now, modified_by=who)


# --- fee schedules -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScheduleInfo:
    id: int
    kind: str
    version: str
    name: str
    valid_from: date
    valid_to: date | None
    items: int


def _store(session: Session, ctx: ServiceContext, schedule: fs.FeeSchedule, source: str) -> ScheduleInfo:
    for other in stored_schedules(session, schedule.kind):
        if other.version == schedule.version:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "{schedule_kind} version {version} är redan inläst."),
                               schedule_kind=fs.KINDS[schedule.kind], version=schedule.version)
        if other.valid_from == schedule.valid_from:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "{fee_schedule} gäller redan från {valid_from}. En ny "
                                                             "version måste börja ett annat datum."),
                               fee_schedule=other.name, valid_from=other.valid_from.isoformat())
    row = FeeSchedule(kind=schedule.kind, version=schedule.version, name=schedule.name, valid_from=schedule.valid_from,
                      valid_to=schedule.valid_to, source=source[-300:], loaded_at=ctx.now(),
                      loaded_by=ctx.actor.user_id, **_stamp(ctx))
    session.add(row)
    session.flush()
    session.add_all(FeeItem(schedule_id=row.id, code=i.code, name=i.name, price_ore=i.price_ore, **_stamp(ctx))
                    for i in schedule.items.values())
    return ScheduleInfo(row.id, row.kind, row.version, row.name, row.valid_from, row.valid_to, len(schedule.items))


def read_schedule_file(path: Path) -> fs.FeeSchedule:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Filen {path} finns inte."), path=path) from None
    except (OSError, UnicodeDecodeError) as e:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Filen {path} kunde inte läsas ({error}). Spara den som "
                                                         "UTF-8 och försök igen."),
                           path=path, error=e) from None
    try:
        return fs.parse_schedule(text, Path(path).name)
    except fs.FeeScheduleError as e:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "{file}: {error}"), file=Path(path).name, error=e) from None


def load_fee_schedule(ctx: ServiceContext, path: Path) -> ScheduleInfo:
    """Load the region's tandvårdstaxa or Folktandvården's price list from a TOML or CSV file."""
    require(ctx, FEE_SCHEDULE_LOAD)
    schedule = read_schedule_file(path)
    with ctx.begin() as s:
        return _store(s, ctx, schedule, str(path))


def sample_schedule_files() -> list[Path]:
    return sorted((resources_dir() / "fee_schedules").glob("*.toml"))


def load_sample_schedules(session: Session, ctx: ServiceContext) -> int:
    """At the clinic's creation: the sample schedules shipped in resources/, if none is loaded yet."""
    if session.scalar(select(FeeSchedule.id).limit(1)) is not None:
        return 0
    files = sample_schedule_files()
    for path in files:
        _store(session, ctx, read_schedule_file(path), f"resources/fee_schedules/{path.name}")
    return len(files)


def stored_schedules(session: Session, kind: str) -> list[fs.FeeSchedule]:
    rows = session.scalars(select(FeeSchedule).where(FeeSchedule.kind == kind)).all()
    items: dict[int, dict[str, fs.FeeItem]] = {r.id: {} for r in rows}
    if rows:
        for i in session.scalars(select(FeeItem).where(FeeItem.schedule_id.in_(items))):
            items[i.schedule_id][i.code] = fs.FeeItem(i.code, i.name, i.price_ore)
    return [fs.FeeSchedule(r.kind, r.version, r.name, r.valid_from, r.valid_to, items[r.id], id=r.id) for r in rows]


def list_schedules(ctx: ServiceContext) -> list[ScheduleInfo]:
    with ctx.sessions() as s:
        return [ScheduleInfo(x.id, x.kind, x.version, x.name, x.valid_from, x.valid_to, len(x.items))
                for kind in fs.KINDS for x in sorted(stored_schedules(s, kind), key=lambda x: x.valid_from)]


def schedule_on(ctx: ServiceContext, kind: str, day: date) -> fs.FeeSchedule:
    """The schedule of `kind` valid on `day` (the treatments dialog searches its codes)."""
    with ctx.sessions() as s:
        try:
            return fs.schedule_on(stored_schedules(s, kind), day)
        except fs.FeeScheduleError as e:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "{schedule_kind}: {error}"),
                               schedule_kind=fs.KINDS[kind], error=e) from None


# --- treatments ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TreatmentRow:
    id: int
    treated_on: date
    code: str
    name: str
    tooth: int | None
    caregiver_hsa_id: str
    caregiver_name: str
    price_ore: int
    schedule_name: str
    row_version: int


def _visit(session: Session, appointment_id: int | None, emergency_visit_id: int | None):
    """(patient id, treatment date, price list kind) of the visit the treatments belong to."""
    if (appointment_id is None) == (emergency_visit_id is None):
        raise ValueError("give exactly one of appointment_id and emergency_visit_id")
    if appointment_id is not None:
        a = session.get(Appointment, appointment_id)
        if a is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Besöket finns inte längre i tidboken."))
        return a.patient_id, local_day(a.starts_at), REGIONAL
    v = session.get(EmergencyVisit, emergency_visit_id)
    if v is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Akutbesöket finns inte längre."))
    return v.patient_id, v.visited_on, FOLKTANDVARDEN


def visit_schedule(ctx: ServiceContext, *, appointment_id: int | None = None,
                   emergency_visit_id: int | None = None) -> fs.FeeSchedule:
    """The price list the visit's treatments are priced from (its kind, valid on the visit's date)."""
    with ctx.sessions() as s:
        _, day, kind = _visit(s, appointment_id, emergency_visit_id)
    return schedule_on(ctx, kind, day)


def record_treatment(ctx: ServiceContext, *, code: str, caregiver_hsa_id: str, tooth: int | None = None,
                     appointment_id: int | None = None, emergency_visit_id: int | None = None) -> int:
    """A treatment given at a visit, priced from the schedule valid on the visit's date."""
    require(ctx, TREATMENT_RECORD)
    try:
        tooth = fs.valid_tooth(tooth)
    except fs.FeeScheduleError as e:
        raise ServiceError.passing_on(e) from None
    with ctx.begin() as s:
        patient_id, day, kind = _visit(s, appointment_id, emergency_visit_id)
        if s.scalar(select(StaffMember.id).where(StaffMember.hsa_id == caregiver_hsa_id)) is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Välj vem som utförde behandlingen (en behandlare i "
                                                             "personallistan)."))
        try:
            priced = fs.price_on(stored_schedules(s, kind), code, day)
        except fs.FeeScheduleError as e:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "{schedule_kind}: {error}"),
                               schedule_kind=fs.KINDS[kind], error=e) from None
        item_id = s.scalar(select(FeeItem.id).where(FeeItem.schedule_id == priced.schedule.id,
                                                    FeeItem.code == priced.item.code))
        t = Treatment(patient_id=patient_id, appointment_id=appointment_id, emergency_visit_id=emergency_visit_id,
                      treated_on=day, code=priced.item.code, name=priced.item.name, tooth=tooth,
                      caregiver_hsa_id=caregiver_hsa_id, price_ore=priced.item.price_ore, fee_item_id=item_id,
                      schedule_id=priced.schedule.id, **_stamp(ctx))
        s.add(t)
        s.flush()
        access_log.record(s, ctx, "write", [patient_id], detail=f"behandling {t.code} registrerad")
        return t.id


def visit_treatments(ctx: ServiceContext, *, appointment_id: int | None = None,
                     emergency_visit_id: int | None = None) -> list[TreatmentRow]:
    require(ctx, APPOINTMENT_READ)
    with ctx.begin() as s:
        patient_id, _, _ = _visit(s, appointment_id, emergency_visit_id)
        of_visit = (Treatment.appointment_id == appointment_id if appointment_id is not None
                    else Treatment.emergency_visit_id == emergency_visit_id)
        rows = s.execute(
            select(Treatment, StaffMember.name, FeeSchedule.name)
            .join(FeeSchedule, FeeSchedule.id == Treatment.schedule_id)
            .outerjoin(StaffMember, StaffMember.hsa_id == Treatment.caregiver_hsa_id)
            .where(of_visit, Treatment.removed_at.is_(None)).order_by(Treatment.id)).all()
        access_log.record(s, ctx, "read", [patient_id], detail="behandlingar vid besök")
        return [TreatmentRow(t.id, t.treated_on, t.code, t.name, t.tooth, t.caregiver_hsa_id, who or t.caregiver_hsa_id,
                             t.price_ore, schedule, t.row_version) for t, who, schedule in rows]


_WHAT = QT_TRANSLATE_NOOP("services", "Behandlingen")  # named when saved elsewhere meanwhile


def remove_treatment(ctx: ServiceContext, treatment_id: int, *, expected_version: int | None = None) -> None:
    """Take back a treatment entered by mistake: it stays stored, marked removed (who and when)."""
    require(ctx, TREATMENT_RECORD)
    mine = {"removed_at": Text(QT_TRANSLATE_NOOP("services", "borttagen"))}
    labels = {"code": QT_TRANSLATE_NOOP("changed_elsewhere", "Åtgärd"),
              "tooth": QT_TRANSLATE_NOOP("changed_elsewhere", "Tand"),
              "removed_at": QT_TRANSLATE_NOOP("changed_elsewhere", "Borttagen")}

    def load(s: Session) -> Treatment:
        t = s.get(Treatment, treatment_id)
        if t is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Behandlingen finns inte längre."))
        check_version(t, expected_version, mine, labels, what=_WHAT, key=t.id, patient_id=t.patient_id)
        return t

    with guarded(ctx, load, _WHAT), ctx.begin() as s:
        t = load(s)
        if t.removed_at is not None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Behandlingen är redan borttagen."))
        t.removed_at, t.removed_by = ctx.now(), ctx.actor.user_id
        t.modified_at, t.modified_by = t.removed_at, t.removed_by
        access_log.record(s, ctx, "write", [t.patient_id], detail=f"behandling {t.code} borttagen (felregistrerad)")


def month_bounds(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    return first, add_months(first, 1) - timedelta(days=1)


def visit_treatments_in(session: Session, patient_ids: list[int], first: date, last: date) -> dict[int, list[Treatment]]:
    """The ordinary visits' treatments (regional schedule) of these patients within the dates, by patient."""
    found: dict[int, list[Treatment]] = {pid: [] for pid in patient_ids}
    if patient_ids:
        for t in session.scalars(select(Treatment).where(
                Treatment.patient_id.in_(patient_ids), Treatment.emergency_visit_id.is_(None),
                Treatment.removed_at.is_(None), Treatment.treated_on.between(first, last))
                .order_by(Treatment.treated_on, Treatment.id)):
            found[t.patient_id].append(t)
    return found


def invoice_line(t: Treatment) -> InvoiceTreatment:
    """A stored treatment as an invoice basis line (kronor from öre, the tooth with the name)."""
    return InvoiceTreatment(t.treated_on, t.code, t.name + (f", tand {t.tooth}" if t.tooth else ""),
                            Decimal(t.price_ore) / 100)
