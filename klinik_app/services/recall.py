"""Staff's handling of recalls: the worklist, contact status, overrides and pauses (issue 4).

The computed due date (revision_due) is never edited. What staff decide is kept apart, in `recall`
(the Open Dental lesson, design.md): a date of their own (`override_due`) or a pause until a date
(`disabled_until`), each with a reason, and the contact status. Every contact and decision is
appended to `recall_contact`. A new revision examination starts a new cycle: the status, count,
override and pause of the old one are cleared (and that too is on record).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Date, bindparam, select, text
from sqlalchemy.orm import Session

from klinik_app.db.models import Patient, Recall, RecallContact, StaffMember
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import PATIENT_READ, RECALL_MANAGE
from klinik_app.domain.revision import DueDate, explain
from klinik_app.services import access_log, revision_due
from klinik_app.services.concurrency import check_version, guarded
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.settings import get_setting, read_settings, set_settings

NOT_CONTACTED, SUMMONED, BOOKED, DECLINED, UNREACHABLE = (
    "not-contacted", "summons-sent", "booked", "declined", "unreachable")
STATUSES = (NOT_CONTACTED, SUMMONED, BOOKED, DECLINED, UNREACHABLE)
STATUS_LABELS = {NOT_CONTACTED: "Ej kontaktad", SUMMONED: "Kallad", BOOKED: "Bokad", DECLINED: "Avböjt",
                 UNREACHABLE: "Ej nåbar"}
PAUSED = "paused"  # not a stored status: disabled_until lies after today
PAUSED_LABEL = "Pausad"
# Statuses for which no letter is written: the patient has a time, said no, or is paused.
NO_LETTER = (BOOKED, DECLINED)

REMINDER_DAYS = "recall.reminder_days"  # days after a summons before a reminder is due
MAX_REMINDERS = "recall.max_reminders"  # reminders after the first summons
DEFAULT_REMINDER_DAYS, DEFAULT_MAX_REMINDERS = 28, 2


@dataclass(frozen=True, slots=True)
class ReminderPolicy:
    days: int
    max_reminders: int

    def reminder_due(self, status: str, count: int, last: date | None, today: date) -> bool:
        return (status == SUMMONED and last is not None and count <= self.max_reminders
                and last + timedelta(days=self.days) <= today)

    def exhausted(self, status: str, count: int) -> bool:
        """Every reminder has gone out: time to call, or to mark the patient unreachable."""
        return status == SUMMONED and count > self.max_reminders


def reminder_policy(ctx: ServiceContext) -> ReminderPolicy:
    def number(key: str, default: int) -> int:
        try:
            return max(0, int(get_setting(ctx, key)))
        except ValueError:
            return default
    return ReminderPolicy(number(REMINDER_DAYS, DEFAULT_REMINDER_DAYS), number(MAX_REMINDERS, DEFAULT_MAX_REMINDERS))


REMINDER_LABELS = {REMINDER_DAYS: QT_TRANSLATE_NOOP("changed_elsewhere", "Påminnelse efter (dagar)"),
                   MAX_REMINDERS: QT_TRANSLATE_NOOP("changed_elsewhere", "Antal påminnelser")}
REMINDER_DAYS_RANGE, MAX_REMINDERS_RANGE = (7, 180), (0, 5)


def reminder_versions(ctx: ServiceContext) -> dict[str, int]:
    """The versions of the reminder settings a window shows, for save_reminder_policy (issue 10)."""
    return read_settings(ctx, REMINDER_LABELS)[1]


_WHAT_REMINDERS = QT_TRANSLATE_NOOP("services", "Påminnelserna")  # named when saved elsewhere meanwhile


def save_reminder_policy(ctx: ServiceContext, days: int, max_reminders: int, *,
                         expected_versions: dict[str, int] | None = None) -> dict[str, int]:
    """How long after a summons a reminder is due, and how many reminders before the clinic calls."""
    (low_days, high_days), (low_count, high_count) = REMINDER_DAYS_RANGE, MAX_REMINDERS_RANGE
    if not low_days <= days <= high_days:
        raise UsageError(QT_TRANSLATE_NOOP("services", "En påminnelse ska skickas {low_days} till {high_days} dagar "
                                                       "efter kallelsen. {days} dagar går inte att välja."),
                         low_days=low_days, high_days=high_days, days=days)
    if not low_count <= max_reminders <= high_count:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Ange {low_count} till {high_count} påminnelser (0: ingen "
                                                       "påminnelse, kliniken ringer i stället)."),
                         low_count=low_count, high_count=high_count)
    return set_settings(ctx, {REMINDER_DAYS: str(days), MAX_REMINDERS: str(max_reminders)},
                        expected_versions=expected_versions, labels=REMINDER_LABELS, what=_WHAT_REMINDERS)


@dataclass(frozen=True, slots=True)
class Contact:
    contacted_on: date
    kind: str
    status: str | None
    note: str | None
    by: str  # HSA-ID (or os:/system: account)
    by_name: str | None = None  # from the staff register


@dataclass(frozen=True, slots=True)
class RecallState:
    status: str
    summons_count: int
    last_summons_on: date | None
    override_due: date | None
    disabled_until: date | None
    reason: str | None
    contacts: list[Contact] = field(default_factory=list)  # newest first
    row_version: int = 0  # 0: no recall row yet (services.concurrency)

    def label(self, today: date) -> Text:
        """The status in Swedish ("Kallad 2 gånger, senast 2026-11-02"), a `Text` the window translates."""
        if self.disabled_until and self.disabled_until > today:
            return Text(QT_TRANSLATE_NOOP("services", "{paused} till {date}"), paused=PAUSED_LABEL,
                        date=self.disabled_until.isoformat())
        text = Text(STATUS_LABELS.get(self.status, self.status))
        if self.status == SUMMONED and self.summons_count:
            text = (Text(QT_TRANSLATE_NOOP("services", "{status} 1 gång"), status=text) if self.summons_count == 1
                    else Text(QT_TRANSLATE_NOOP("services", "{status} {count} gånger"), status=text,
                              count=self.summons_count))
            if self.last_summons_on:
                text = Text(QT_TRANSLATE_NOOP("services", "{status}, senast {date}"), status=text,
                            date=self.last_summons_on.isoformat())
        return text


EMPTY = RecallState(NOT_CONTACTED, 0, None, None, None, None)

CONTACT_LABELS = {"summons": "Kallelse skickad", "reminder": "Påminnelse skickad", "status": "Status ändrad",
                  "override": "Eget datum", "disable": "Pausad", "enable": "Paus hävd", "reset": "Ny revision gjord"}


def state_of(session: Session, ctx: ServiceContext, patient_id: int) -> RecallState:
    row = session.get(Recall, patient_id)
    found = session.scalars(
        select(RecallContact).where(RecallContact.patient_id == patient_id).order_by(RecallContact.id.desc())).all()
    names = dict(session.execute(select(StaffMember.hsa_id, StaffMember.name).where(
        StaffMember.hsa_id.in_({c.created_by for c in found}))).all()) if found else {}
    contacts = [Contact(c.contacted_on, c.kind, c.status, c.note, c.created_by, names.get(c.created_by)) for c in found]
    if row is None:
        return RecallState(NOT_CONTACTED, 0, None, None, None, None, contacts)
    return RecallState(row.status, row.summons_count, row.last_summons_on, row.override_due, row.disabled_until,
                       row.reason, contacts, row.row_version)


def _rows(session: Session, ctx: ServiceContext, patient_ids: Iterable[int]) -> list[Recall]:
    """The recall rows of these patients, created where missing."""
    ids = sorted(set(patient_ids))
    found = {r.patient_id: r for r in session.scalars(select(Recall).where(Recall.patient_id.in_(ids)))}
    now, who = ctx.now(), ctx.actor.user_id
    for pid in ids:
        if pid not in found:
            found[pid] = Recall(patient_id=pid, status=NOT_CONTACTED, summons_count=0, created_at=now,
                                created_by=who, modified_at=now, modified_by=who)
            session.add(found[pid])
    return [found[pid] for pid in ids]


def _touch(row: Recall, ctx: ServiceContext) -> None:
    row.modified_at, row.modified_by = ctx.now(), ctx.actor.user_id


def _contact(session: Session, ctx: ServiceContext, patient_id: int, kind: str, status: str | None,
             note: str | None) -> None:
    session.add(RecallContact(patient_id=patient_id, contacted_on=ctx.today, kind=kind, status=status, note=note,
                              created_at=ctx.now(), created_by=ctx.actor.user_id))


# What a conflicting save shows of a recall (services.concurrency), both sides.
_LABELS = {"status": QT_TRANSLATE_NOOP("changed_elsewhere", "Status"),
           "override_due": QT_TRANSLATE_NOOP("changed_elsewhere", "Eget datum"),
           "disabled_until": QT_TRANSLATE_NOOP("changed_elsewhere", "Pausad till"),
           "reason": QT_TRANSLATE_NOOP("changed_elsewhere", "Orsak")}
_SHOWN = {"status": lambda v: STATUS_LABELS.get(v, v)}
Versions = Mapping[int, int]  # patient id -> the recall's row_version the window showed (0: none yet)


def _check(session: Session, rows: Iterable[Recall], versions: Versions | None, mine: dict) -> None:
    """Refuse when a recall was saved elsewhere after the window showed it (versions None: no check)."""
    if versions is None:
        return
    for row in rows:
        def what(pid=row.patient_id) -> str:
            p = session.get(Patient, pid)
            return (Text(QT_TRANSLATE_NOOP("services", "Kallelsen för {name}"), name=f"{p.first_name} {p.last_name}")
                    if p else Text(QT_TRANSLATE_NOOP("services", "Kallelsen")))
        check_version(row, versions.get(row.patient_id), mine, _LABELS, what=what, key=row.patient_id,
                      patient_id=row.patient_id, shown=_SHOWN)


def _saving(ctx: ServiceContext, patient_ids: list[int], versions: Versions | None, mine: dict):
    """The conflict guard of one recall change (services.concurrency.guarded)."""
    def recheck(s: Session) -> None:
        _check(s, s.scalars(select(Recall).where(Recall.patient_id.in_(patient_ids))), versions, mine)
    return guarded(ctx, recheck, QT_TRANSLATE_NOOP("services", "Kallelsen"))


def _reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Skriv en orsak. Den sparas med ändringen så att kollegorna "
                                                       "ser varför."))
    if len(reason) > 200:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Orsaken får vara högst 200 tecken."))
    return reason


def set_status(ctx: ServiceContext, patient_ids: Iterable[int], status: str, note: str | None = None, *,
               expected_versions: Versions | None = None) -> int:
    """Staff mark the outcome of a contact (booked, declined, unreachable, or back to not contacted)."""
    require(ctx, RECALL_MANAGE)
    if status not in STATUSES:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Okänd kallelsestatus '{status}'."), status=status)
    note = (note or "").strip()[:200] or None
    ids, mine = sorted(set(patient_ids)), {"status": status}
    with _saving(ctx, ids, expected_versions, mine), ctx.begin() as s:
        rows = _rows(s, ctx, ids)
        _check(s, rows, expected_versions, mine)
        for row in rows:
            row.status = status
            _touch(row, ctx)
            _contact(s, ctx, row.patient_id, "status", status, note)
        access_log.record(s, ctx, "write", [r.patient_id for r in rows], detail=f"kallelsestatus {status}")
    return len(rows)


def set_override(ctx: ServiceContext, patient_id: int, due: date | None, reason: str | None = None, *,
                 expected_version: int | None = None) -> None:
    """Staff's own date for the next revision (None clears it). The computed date stays as it is."""
    require(ctx, RECALL_MANAGE)
    versions = None if expected_version is None else {patient_id: expected_version}
    mine = {"override_due": due} if due is None else {"override_due": due, "reason": (reason or "").strip()}
    with _saving(ctx, [patient_id], versions, mine), ctx.begin() as s:
        (row,) = _rows(s, ctx, [patient_id])
        _check(s, [row], versions, mine)
        if due is None:
            row.override_due = None
            note = "eget datum borttaget"
        else:
            if due < ctx.today:
                raise UsageError(QT_TRANSLATE_NOOP("services", "Det egna datumet ligger i det förflutna. Välj dagens "
                                                               "datum eller ett senare."))
            row.override_due, row.reason = due, _reason(reason)
            note = f"{due.isoformat()}: {row.reason}"
        _touch(row, ctx)
        _contact(s, ctx, patient_id, "override", row.status, note)
        access_log.record(s, ctx, "write", [patient_id], detail="eget revisionsdatum")


def disable(ctx: ServiceContext, patient_ids: Iterable[int], until: date, reason: str | None, *,
            expected_versions: Versions | None = None) -> int:
    """Pause the recall until a date (never delete it), with a reason: a stay abroad, care elsewhere."""
    require(ctx, RECALL_MANAGE)
    if until <= ctx.today:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Pausen måste gälla till ett datum efter i dag."))
    reason = _reason(reason)
    ids, mine = sorted(set(patient_ids)), {"disabled_until": until, "reason": reason}
    with _saving(ctx, ids, expected_versions, mine), ctx.begin() as s:
        rows = _rows(s, ctx, ids)
        _check(s, rows, expected_versions, mine)
        for row in rows:
            row.disabled_until, row.reason = until, reason
            _touch(row, ctx)
            _contact(s, ctx, row.patient_id, "disable", row.status, f"till {until.isoformat()}: {reason}")
        access_log.record(s, ctx, "write", [r.patient_id for r in rows], detail="kallelse pausad")
    return len(rows)


def enable(ctx: ServiceContext, patient_ids: Iterable[int], *, expected_versions: Versions | None = None) -> int:
    require(ctx, RECALL_MANAGE)
    ids, mine = sorted(set(patient_ids)), {"disabled_until": None}
    with _saving(ctx, ids, expected_versions, mine), ctx.begin() as s:
        rows = _rows(s, ctx, ids)
        _check(s, rows, expected_versions, mine)
        rows = [r for r in rows if r.disabled_until is not None]
        for row in rows:
            row.disabled_until = None
            _touch(row, ctx)
            _contact(s, ctx, row.patient_id, "enable", row.status, None)
        access_log.record(s, ctx, "write", [r.patient_id for r in rows], detail="paus hävd")
    return len(rows)


def record_letters(session: Session, ctx: ServiceContext, patient_ids: Iterable[int]) -> None:
    """A summons (or the next reminder) went out to these patients today, in the caller's transaction."""
    for row in _rows(session, ctx, patient_ids):
        kind = "reminder" if row.status == SUMMONED and row.summons_count else "summons"
        row.status = SUMMONED
        row.summons_count = (row.summons_count if kind == "reminder" else 0) + 1
        row.last_summons_on = ctx.today
        _touch(row, ctx)
        _contact(session, ctx, row.patient_id, kind, SUMMONED, None)


def mark_booked(session: Session, ctx: ServiceContext, patient_id: int, note: str | None) -> None:
    """A time was booked from the worklist (services.appointments), in the caller's transaction."""
    (row,) = _rows(session, ctx, [patient_id])
    row.status = BOOKED
    _touch(row, ctx)
    _contact(session, ctx, patient_id, "status", BOOKED, note)


def start_new_cycle(session: Session, ctx: ServiceContext, revisions: dict[int, date]) -> None:
    """A patient's latest revision is new (patient id -> its date): the old cycle's contacts, date
    and pause no longer apply."""
    ids = sorted(revisions)
    rows = [r for i in range(0, len(ids), 500)
            for r in session.scalars(select(Recall).where(Recall.patient_id.in_(ids[i:i + 500])))]
    for row in rows:
        if (row.status, row.summons_count, row.override_due, row.disabled_until) == (NOT_CONTACTED, 0, None, None):
            continue
        row.status, row.summons_count, row.last_summons_on = NOT_CONTACTED, 0, None
        row.override_due = row.disabled_until = row.reason = None
        _touch(row, ctx)
        _contact(session, ctx, row.patient_id, "reset", NOT_CONTACTED, f"revision {revisions[row.patient_id].isoformat()}")


def contacts_of(ctx: ServiceContext, patient_id: int) -> list[Contact]:
    require(ctx, PATIENT_READ)
    with ctx.begin() as s:
        contacts = state_of(s, ctx, patient_id).contacts
        access_log.record(s, ctx, "read", [patient_id], detail="kallelsehistorik")
    return contacts


# ---------------------------------------------------------------------------------------------------
# The worklist


@dataclass(frozen=True, slots=True)
class WorklistFilter:
    first: date
    last: date
    include_overdue: bool = True
    requires_dentist: bool | None = None
    dentist_hsa_id: str | None = None  # "" = patients without a responsible dentist (R-LI-6)
    municipality_code: str | None = None
    listing_type: str | None = None  # val | icke-val
    status: str | None = None  # one of STATUSES, PAUSED, or "reminder" (a reminder is due)
    overdue_more_than: int | None = None  # days past the computed date: capitation at risk


@dataclass(frozen=True, slots=True)
class WorkItem:
    patient_id: int
    personnummer: str  # YYYYMMDD-NNNN
    name: str  # "Last, First" for sorting by eye
    protected: bool
    due: date  # computed (rules.md "The due date")
    effective_due: date  # staff's date where set, else the computed one
    reason: str
    requires_dentist: bool
    overdue_days: int  # by the computed date
    listing_type: str
    municipality: str  # the name; "" for a protected identity (R-TG-4)
    dentist_hsa_id: str
    dentist_name: str
    status: str
    summons_count: int
    last_summons_on: date | None
    override_due: date | None
    disabled_until: date | None
    note: str | None
    due_date: DueDate  # the rule behind `due` (see `explanation`)
    reminder_due: bool
    reminders_exhausted: bool
    row_version: int = 0  # of the recall row; 0: none yet (services.concurrency)

    @property
    def explanation(self) -> Text:
        """The rule that sets the due date, in words (a `Text`): made when asked (a tooltip), not for every row."""
        return explain(self.due_date)

    def status_label(self, today: date) -> str:
        return RecallState(self.status, self.summons_count, self.last_summons_on, self.override_due,
                           self.disabled_until, self.note).label(today)

    def paused(self, today: date) -> bool:
        return self.disabled_until is not None and self.disabled_until > today


@dataclass(frozen=True, slots=True)
class Worklist:
    items: list[WorkItem]
    policy: ReminderPolicy
    today: date

    @property
    def overdue(self) -> int:
        return sum(1 for i in self.items if i.overdue_days > 0)


_ACTIVE = ("l.status <> 'entered-in-error' AND l.start_date <= :today AND (l.end_date IS NULL OR "
           "l.end_date >= :today) AND NOT (l.status = 'finished' AND l.end_date IS NULL)")
_WORKLIST = f"""
SELECT d.patient_id, p.personnummer, p.last_name, p.first_name, p.protected_identity, p.municipality_code,
       p.responsible_dentist_hsa_id, d.due, d.reason, d.requires_dentist, d.care_ends, d.last_exam,
       d.last_dentist_exam, l.listing_type, r.status, r.summons_count, r.last_summons_on, r.override_due,
       r.disabled_until, r.reason, r.row_version
FROM {{source}} d
JOIN patient p ON p.id = d.patient_id
JOIN listing l ON l.patient_id = d.patient_id AND {_ACTIVE}
LEFT JOIN recall r ON r.patient_id = d.patient_id
WHERE d.due IS NOT NULL AND COALESCE(r.override_due, d.due) <= :hi {{where}}
ORDER BY COALESCE(r.override_due, d.due), p.personnummer, l.start_date DESC
"""


def worklist(ctx: ServiceContext, f: WorklistFilter) -> Worklist:
    """The due and overdue recalls of a period, with each row's rule in words; one access-log entry."""
    require(ctx, PATIENT_READ)
    if f.last < f.first:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Periodens slut ligger före dess början."))
    policy = reminder_policy(ctx)
    today = ctx.today
    params: dict = {"today": today, "hi": f.last}
    where = []
    if not f.include_overdue:
        where.append("COALESCE(r.override_due, d.due) >= :lo")
        params["lo"] = f.first
    if f.requires_dentist is not None:
        where.append("d.requires_dentist = :dentist")
        params["dentist"] = f.requires_dentist
    if f.dentist_hsa_id is not None:
        if f.dentist_hsa_id == "":
            where.append("(p.responsible_dentist_hsa_id IS NULL OR p.responsible_dentist_hsa_id = '')")
        else:
            where.append("p.responsible_dentist_hsa_id = :hsa")
            params["hsa"] = f.dentist_hsa_id
    if f.municipality_code:
        # R-TG-4: a protected patient's municipality is never shown, so no filter may reveal it.
        where.append("p.municipality_code = :municipality AND p.protected_identity = :no")
        params["no"] = False
        params["municipality"] = f.municipality_code
    if f.listing_type:
        where.append("l.listing_type = :listing_type")
        params["listing_type"] = f.listing_type
    if f.overdue_more_than is not None:
        where.append("d.due < :overdue_before")
        params["overdue_before"] = today - timedelta(days=f.overdue_more_than)
    # A paused recall is shown only when asked for; a status filter reads the stored status.
    if f.status == PAUSED:
        where.append("r.disabled_until > :today")
    else:
        where.append("(r.disabled_until IS NULL OR r.disabled_until <= :today)")
        if f.status == NOT_CONTACTED:
            where.append("(r.status IS NULL OR r.status = :status)")
            params["status"] = f.status
        elif f.status in STATUSES:
            where.append("r.status = :status")
            params["status"] = f.status
        elif f.status == "reminder":
            where.append("r.status = :status AND r.summons_count <= :max_count AND r.last_summons_on <= :remind_before")
            params |= {"status": SUMMONED, "max_count": policy.max_reminders,
                       "remind_before": today - timedelta(days=policy.days)}
    with ctx.begin() as s:
        source = _due_source(s, ctx)
        query = text(_WORKLIST.format(source=source, where="".join(f" AND {w}" for w in where)))
        # Typed, so SQLite gets ISO text and PostgreSQL dates.
        query = query.bindparams(*(bindparam(k, type_=Date) for k, v in params.items() if isinstance(v, date)))
        rows = s.execute(query, params).all()
        if source != "revision_due":
            s.execute(text(f"DROP TABLE {source}"))
        dentists = dict(s.execute(select(StaffMember.hsa_id, StaffMember.name)).all())
        items = _items(rows, dentists, ctx.rules.target_group.municipality_name, policy, today)
        access_log.record(s, ctx, "list", [None],
                          detail=f"kallelselista {f.first.isoformat()}–{f.last.isoformat()}: {len(items)} patienter")
    return Worklist(items, policy, today)


def _due_source(s: Session, ctx: ServiceContext) -> str:
    """The stored due dates when they hold for today; else computed now (services.recall_list)."""
    if revision_due.usable_for(s, ctx.rules, ctx.today):
        revision_due.make_current(s, ctx)
        return "revision_due"
    from klinik_app.services import recall_list

    recall_list._fill_live(s, ctx)  # noqa: SLF001 (one live computation for both lists)
    return recall_list._LIVE_TABLE  # noqa: SLF001


def _date(value) -> date | None:
    return value if value is None or isinstance(value, date) else date.fromisoformat(value)


def _items(rows, dentists: dict[str, str], municipality_name, policy: ReminderPolicy, today: date) -> list[WorkItem]:
    items, seen = [], set()
    for (pid, pnr, last_name, first_name, protected, municipality, dentist, due, reason, requires_dentist, care_ends,
         last_exam, last_dentist, listing_type, status, count, last_summons, override, disabled, note, version) in rows:
        if pid in seen:  # two active listings (a data mistake): the one that started last, sorted first
            continue
        seen.add(pid)
        due, override = _date(due), _date(override)
        status, count, last_summons = status or NOT_CONTACTED, count or 0, _date(last_summons)
        d = DueDate(due, reason, bool(requires_dentist), _date(care_ends), _date(last_exam), _date(last_dentist),
                    None, due)
        items.append(WorkItem(
            pid, f"{pnr[:8]}-{pnr[8:]}", f"{last_name}, {first_name}", bool(protected), due, override or due, reason,
            bool(requires_dentist), max(0, (today - due).days), listing_type,
            "" if protected or not municipality else municipality_name(municipality) or municipality, dentist or "",
            dentists.get(dentist or "", ""), status, count, last_summons, override, _date(disabled), note,
            d, policy.reminder_due(status, count, last_summons, today), policy.exhausted(status, count),
            version or 0,
        ))
    return items


def responsible_dentists(ctx: ServiceContext) -> list[tuple[str, str]]:
    """(HSA-ID, name) of the dentists, for the worklist's filter."""
    with ctx.sessions() as s:
        return [tuple(r) for r in s.execute(
            select(StaffMember.hsa_id, StaffMember.name).where(StaffMember.role == "tandlakare")
            .order_by(StaffMember.name))]


def require_patients(patient_ids: Iterable[int]) -> list[int]:
    ids = sorted(set(patient_ids))
    if not ids:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Markera minst en patient i listan först."))
    return ids
