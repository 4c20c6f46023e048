"""R-RP-2: orderers (beställare), their agreement per year, target values per indicator, and the
action plans made when a target is missed (seed 002: yearly goals, monthly follow-up, action plans).

Reading is REPORT_READ (every report and the dashboard show targets); every change is
FOLLOW_UP_MANAGE and names the row_version the window showed (issue 10: ChangedElsewhere, never a
silent overwrite). Before any orderer is stored, the one in the settings (ORDERER_NAME/ADDRESS)
stands in as the first, with id SETTINGS_ORDERER; the first save of anything stores it for real.
Changing the first orderer changes those settings in the same transaction, so the listing-stop
notices and invoices go to the orderer shown here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from klinik_app.db.models import ActionPlan, Agreement, IndicatorTarget, Orderer
from klinik_app.domain.hsa import parse_hsa_id
from klinik_app.domain.indicator_targets import plan_needed, target_text
from klinik_app.domain.indicators import DEFINITIONS, Value, status
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import FOLLOW_UP_MANAGE, REPORT_READ
from klinik_app.services.concurrency import check_version, guarded
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.settings import ORDERER_ADDRESS, ORDERER_NAME, get_setting, put_settings

SETTINGS_ORDERER = 0  # the settings' orderer while no orderer is stored

_ORDERER_LABELS = {"name": QT_TRANSLATE_NOOP("changed_elsewhere", "Namn"),
                   "hsa_id": QT_TRANSLATE_NOOP("changed_elsewhere", "HSA-id"),
                   "address": QT_TRANSLATE_NOOP("changed_elsewhere", "Adress")}
_AGREEMENT_LABELS = {"note": QT_TRANSLATE_NOOP("changed_elsewhere", "Anteckning")}
_TARGET_LABELS = {"value": QT_TRANSLATE_NOOP("changed_elsewhere", "Målvärde"),
                  "close_margin": QT_TRANSLATE_NOOP("changed_elsewhere", "Nära-marginal")}
_PLAN_LABELS = {"measure": QT_TRANSLATE_NOOP("changed_elsewhere", "Åtgärd"),
                "owner": QT_TRANSLATE_NOOP("changed_elsewhere", "Ansvarig"),
                "due_on": QT_TRANSLATE_NOOP("changed_elsewhere", "Klart senast"),
                "done_on": QT_TRANSLATE_NOOP("changed_elsewhere", "Genomförd"),
                "follow_up": QT_TRANSLATE_NOOP("changed_elsewhere", "Uppföljning")}


@dataclass(frozen=True, slots=True)
class OrdererRow:
    id: int
    name: str
    hsa_id: str | None
    address: str  # lines separated by newlines
    row_version: int = 0


@dataclass(frozen=True, slots=True)
class AgreementRow:
    id: int
    orderer_id: int
    year: int
    note: str | None
    row_version: int = 0


@dataclass(frozen=True, slots=True)
class Target:
    indicator_id: str
    value: float
    close_margin: float
    row_version: int = 0


@dataclass(frozen=True, slots=True)
class ActionPlanRow:
    id: int
    indicator_id: str
    measure: str
    owner: str
    due_on: date
    done_on: date | None
    row_version: int
    follow_up: str | None = None


@dataclass(frozen=True, slots=True)
class MissingPlan:
    """A target missed in a period that has ended, with no action plan answering it."""

    indicator_id: str
    name: str
    first: date
    last: date
    target_text: str

    def prompt(self) -> Text:
        """What to do, in Swedish (a `Text`: the window translates it, the indicator's name too)."""
        return Text(QT_TRANSLATE_NOOP("services", "{name}: målet nåddes inte {first}–{last} ({target}). Lägg in en "
                                                  "handlingsplan."),
                    name=self.name, first=self.first.isoformat(), last=self.last.isoformat(), target=self.target_text)


# --- reading -------------------------------------------------------------------------------------
def orderers(ctx: ServiceContext) -> list[OrdererRow]:
    require(ctx, REPORT_READ)
    with ctx.sessions() as s:
        rows = s.scalars(select(Orderer).order_by(Orderer.id)).all()
        if rows:
            return [_orderer_row(r) for r in rows]
    return [OrdererRow(SETTINGS_ORDERER, get_setting(ctx, ORDERER_NAME), None, get_setting(ctx, ORDERER_ADDRESS))]


def orderer(ctx: ServiceContext, orderer_id: int | None = None) -> OrdererRow:
    """One orderer; None: the first. An unknown id is refused."""
    found = orderers(ctx)
    if orderer_id is None or (orderer_id == SETTINGS_ORDERER and found[0].id == SETTINGS_ORDERER):
        return found[0]
    for row in found:
        if row.id == orderer_id:
            return row
    raise ServiceError(QT_TRANSLATE_NOOP("services", "Beställare {orderer_id} finns inte. Beställarna finns under "
                                                     "Arkiv → Beställare och mål."),
                       orderer_id=orderer_id)


def agreement(ctx: ServiceContext, orderer_id: int, year: int) -> AgreementRow | None:
    require(ctx, REPORT_READ)
    with ctx.sessions() as s:
        row = _agreement(s, orderer_id, year)
        return _agreement_row(row) if row is not None else None


def targets(ctx: ServiceContext, orderer_id: int, year: int) -> dict[str, Target]:
    require(ctx, REPORT_READ)
    with ctx.sessions() as s:
        return {t.indicator_id: Target(t.indicator_id, t.value, t.close_margin, t.row_version)
                for t in _targets(s, orderer_id, year)}


def target_statuses(ctx: ServiceContext, orderer_id: int, year: int,
                    values: Iterable[Value]) -> dict[str, tuple[str | None, str]]:
    """id -> (status key of domain.indicators.STATUSES or None, Swedish target text), for the
    values whose indicator has a target this year (the others are left out)."""
    goals = targets(ctx, orderer_id, year)
    result = {}
    for value in values:
        goal = goals.get(value.id)
        if goal is not None:
            definition = DEFINITIONS[value.id]
            result[value.id] = (status(value.value, goal.value, definition.better, goal.close_margin),
                                target_text(definition, goal.value))
    return result


def action_plans(ctx: ServiceContext, orderer_id: int, year: int) -> list[ActionPlanRow]:
    require(ctx, REPORT_READ)
    with ctx.sessions() as s:
        found = _agreement(s, orderer_id, year)
        if found is None:
            return []
        order = list(DEFINITIONS)
        plans = s.scalars(select(ActionPlan).where(ActionPlan.agreement_id == found.id).order_by(ActionPlan.id)).all()
        rows = [_plan_row(p) for p in plans]
    return sorted(rows, key=lambda p: (order.index(p.indicator_id) if p.indicator_id in order else len(order), p.id))


def missing_action_plans(ctx: ServiceContext, orderer_id: int, year: int,
                         values: Iterable[Value]) -> list[MissingPlan]:
    """The missed targets of periods that have ended (before today) that no action plan answers:
    a plan answers when it is still open, or was done on or after the period's last day."""
    values = list(values)
    statuses = target_statuses(ctx, orderer_id, year, values)
    plans = action_plans(ctx, orderer_id, year)
    missing = []
    for value in values:
        state, text = statuses.get(value.id, (None, ""))
        dones = [p.done_on for p in plans if p.indicator_id == value.id]
        if plan_needed(state, value.last, ctx.today, dones):
            missing.append(MissingPlan(value.id, DEFINITIONS[value.id].name, value.first, value.last, text))
    return missing


# --- changing ------------------------------------------------------------------------------------
def save_orderer(ctx: ServiceContext, orderer_id: int | None, name: str, hsa_id: str | None, address: str, *,
                 expected_version: int | None = None) -> OrdererRow:
    """Add an orderer (orderer_id None) or change one; the settings' orderer is stored first."""
    require(ctx, FOLLOW_UP_MANAGE)
    name, address = (name or "").strip(), "\n".join(line.strip() for line in (address or "").splitlines()
                                                      if line.strip())
    if not name:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Ange beställarens namn."))
    try:
        hsa = parse_hsa_id(hsa_id) if (hsa_id or "").strip() else None
    except ValueError as e:
        raise ServiceError.passing_on(e) from None
    mine = {"name": name, "hsa_id": hsa, "address": address}
    what = Text(QT_TRANSLATE_NOOP("services", "Beställaren {name}"), name=name)

    def stored(s: Session) -> Orderer:
        first, created = _first_orderer(s, ctx)
        row = None
        if orderer_id is not None:
            row = first if orderer_id == SETTINGS_ORDERER else s.get(Orderer, orderer_id)
            if row is None:
                raise ServiceError(QT_TRANSLATE_NOOP("services", "Beställaren har tagits bort på en annan "
                                                                 "arbetsstation."))
            if not created:  # the settings' orderer stored just now is the one the window showed
                check_version(row, expected_version, mine, _ORDERER_LABELS, what=what, key=orderer_id)
        clash = s.scalar(select(Orderer.id).where(Orderer.name == name))
        if clash is not None and (row is None or clash != row.id):
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Det finns redan en beställare som heter {name}. Välj "
                                                             "den i listan i stället."),
                               name=name)
        return row if row is not None else _new(s, ctx, Orderer, name=name)

    shown: dict = {}
    with guarded(ctx, _recheck(Orderer, shown, expected_version, mine, _ORDERER_LABELS, what, orderer_id), what), \
            ctx.begin() as s:
        row = stored(s)
        shown["id"] = row.id
        row.name, row.hsa_id, row.address = name, hsa, address
        _touch(row, ctx)
        s.flush()
        if row.id == _first_orderer(s, ctx)[0].id:
            # The first orderer is the settings' (listing-stop notices, invoices): kept in step, same transaction.
            put_settings(s, ctx, {ORDERER_NAME: name, ORDERER_ADDRESS: address})
        return _orderer_row(row)


def save_agreement(ctx: ServiceContext, orderer_id: int, year: int, note: str | None, *,
                   expected_version: int | None = None) -> AgreementRow:
    require(ctx, FOLLOW_UP_MANAGE)
    year = _check_year(year)
    note = (note or "").strip() or None
    what = Text(QT_TRANSLATE_NOOP("services", "Avtalet {year}"), year=year)
    mine, shown = {"note": note}, {}
    with guarded(ctx, _recheck(Agreement, shown, expected_version, mine, _AGREEMENT_LABELS, what, (orderer_id, year)),
                 what), ctx.begin() as s:
        row = _agreement(s, _orderer_id(s, ctx, orderer_id), year)
        if row is not None:
            check_version(row, expected_version, mine, _AGREEMENT_LABELS, what=what, key=(orderer_id, year))
            shown["id"] = row.id
        else:
            row = _agreement_for_change(s, ctx, orderer_id, year)
        row.note = note
        _touch(row, ctx)
        s.flush()
        return _agreement_row(row)


def save_target(ctx: ServiceContext, orderer_id: int, year: int, indicator_id: str, value: float,
                close_margin: float = 0.0, *, expected_version: int | None = None) -> Target:
    """Set an indicator's target in the year's agreement (made if missing). `close_margin`: how far
    on the wrong side of the target a value still counts as close (the indicator's own unit)."""
    require(ctx, FOLLOW_UP_MANAGE)
    year, definition = _check_year(year), _definition(indicator_id)
    if definition.better == "none":
        raise ServiceError(QT_TRANSLATE_NOOP("services", "{indicator} följs bara upp som antal och har inget mål att "
                                                         "jämföra med."),
                           indicator=definition.name)
    if value is None or value < 0 or close_margin is None or close_margin < 0:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Målvärdet och marginalen ska vara tal som är 0 eller "
                                                         "större."))
    mine = {"value": float(value), "close_margin": float(close_margin)}
    what = Text(QT_TRANSLATE_NOOP("services", "Målet för {indicator} {year}"), indicator=definition.name,
                year=year)

    def stored(s: Session) -> IndicatorTarget:
        parent = _agreement_for_change(s, ctx, orderer_id, year)
        row = s.scalar(select(IndicatorTarget).where(IndicatorTarget.agreement_id == parent.id,
                                                     IndicatorTarget.indicator_id == indicator_id))
        if row is None:
            row = _new(s, ctx, IndicatorTarget, agreement_id=parent.id, indicator_id=indicator_id)
        check_version(row, expected_version, mine, _TARGET_LABELS, what=what, key=indicator_id)
        return row

    shown: dict = {}
    with guarded(ctx, _recheck(IndicatorTarget, shown, expected_version, mine, _TARGET_LABELS, what, indicator_id),
                 what), ctx.begin() as s:
        row = stored(s)
        shown["id"] = row.id
        row.value, row.close_margin = mine["value"], mine["close_margin"]
        _touch(row, ctx)
        s.flush()
        return Target(row.indicator_id, row.value, row.close_margin, row.row_version)


def remove_target(ctx: ServiceContext, orderer_id: int, year: int, indicator_id: str, *,
                  expected_version: int | None = None) -> None:
    """Remove an indicator's target from the year's agreement; refused when it was changed elsewhere."""
    require(ctx, FOLLOW_UP_MANAGE)
    definition = _definition(indicator_id)
    what = Text(QT_TRANSLATE_NOOP("services", "Målet för {indicator} {year}"), indicator=definition.name,
                year=year)

    def load(s: Session) -> IndicatorTarget:
        row = next((t for t in _targets(s, orderer_id, year) if t.indicator_id == indicator_id), None)
        if row is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "{what} finns inte längre (borttaget på en annan "
                                                             "arbetsstation)."),
                               what=what)
        check_version(row, expected_version, {}, _TARGET_LABELS, what=what, key=indicator_id)
        return row

    with guarded(ctx, load, what), ctx.begin() as s:
        s.delete(load(s))


def copy_targets(ctx: ServiceContext, orderer_id: int, year: int) -> int:
    """Copy the year's targets into the next year's agreement (made if missing); targets the next
    year already has are kept. Returns how many were copied."""
    require(ctx, FOLLOW_UP_MANAGE)
    year = _check_year(year)
    with ctx.begin() as s:
        source = _targets(s, orderer_id, year)
        if not source:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Avtalet {year} har inga mål att kopiera."), year=year)
        parent = _agreement_for_change(s, ctx, orderer_id, year + 1)
        have = set(s.scalars(select(IndicatorTarget.indicator_id).where(IndicatorTarget.agreement_id == parent.id)))
        copied = [t for t in source if t.indicator_id not in have]
        for t in copied:
            _new(s, ctx, IndicatorTarget, agreement_id=parent.id, indicator_id=t.indicator_id, value=t.value,
                 close_margin=t.close_margin)
        return len(copied)


def save_action_plan(ctx: ServiceContext, orderer_id: int, year: int, indicator_id: str, measure: str, owner: str,
                     due_on: date | None, done_on: date | None = None, follow_up: str | None = None, *,
                     plan_id: int | None = None, expected_version: int | None = None) -> ActionPlanRow:
    """Add an action plan for an indicator of the year's agreement (plan_id None) or change one."""
    require(ctx, FOLLOW_UP_MANAGE)
    year, definition = _check_year(year), _definition(indicator_id)
    measure, owner, follow_up = (measure or "").strip(), (owner or "").strip(), (follow_up or "").strip() or None
    if not measure or not owner or due_on is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Skriv vad som ska göras, vem som ansvarar och när det ska "
                                                         "vara klart."))
    mine = {"measure": measure, "owner": owner, "due_on": due_on, "done_on": done_on, "follow_up": follow_up}
    what = Text(QT_TRANSLATE_NOOP("services", "Handlingsplanen för {indicator}"), indicator=definition.name)

    def stored(s: Session) -> ActionPlan:
        parent = _agreement_for_change(s, ctx, orderer_id, year)
        if plan_id is None:
            return _new(s, ctx, ActionPlan, agreement_id=parent.id, indicator_id=indicator_id)
        row = s.get(ActionPlan, plan_id)
        if row is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Handlingsplanen har tagits bort på en annan "
                                                             "arbetsstation."))
        check_version(row, expected_version, mine, _PLAN_LABELS, what=what, key=plan_id)
        return row

    with guarded(ctx, _recheck(ActionPlan, {"id": plan_id}, expected_version, mine, _PLAN_LABELS, what, plan_id),
                 what), ctx.begin() as s:
        row = stored(s)
        for field, value in mine.items():
            setattr(row, field, value)
        _touch(row, ctx)
        s.flush()
        return _plan_row(row)


def remove_action_plan(ctx: ServiceContext, plan_id: int, *, expected_version: int | None = None) -> None:
    """Remove an action plan (made by mistake or no longer wanted); refused when it was changed elsewhere."""
    require(ctx, FOLLOW_UP_MANAGE)

    def load(s: Session) -> ActionPlan:
        row = s.get(ActionPlan, plan_id)
        if row is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Handlingsplanen har redan tagits bort på en annan "
                                                             "arbetsstation."))
        check_version(row, expected_version, {}, _PLAN_LABELS, what=_plan_what(row), key=plan_id)
        return row

    with guarded(ctx, load, QT_TRANSLATE_NOOP("services", "Handlingsplanen")), ctx.begin() as s:
        s.delete(load(s))


def _plan_what(row: ActionPlan) -> str:
    definition = DEFINITIONS.get(row.indicator_id)
    return Text(QT_TRANSLATE_NOOP("services", "Handlingsplanen för {indicator}"),
                indicator=definition.name if definition else row.indicator_id)


# --- helpers -------------------------------------------------------------------------------------
def _check_year(year: int) -> int:
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Ange avtalets år med fyra siffror, till exempel 2027."))
    return year


def _definition(indicator_id: str):
    try:
        return DEFINITIONS[indicator_id]
    except KeyError:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Klinik känner inte till indikatorn {indicator_id}."),
                           indicator_id=indicator_id) from None


def _new(s: Session, ctx: ServiceContext, model, **values):
    now, who = ctx.now(), ctx.actor.user_id
    row = model(**values, created_at=now, created_by=who, modified_at=now, modified_by=who)
    s.add(row)
    return row


def _recheck(model, shown: dict, expected_version, mine, labels, what: str, key):
    """For `guarded`: a save that lost the race at commit reads the row again and shows both sides."""
    def recheck(s: Session) -> None:
        row = s.get(model, shown["id"]) if shown.get("id") else None
        if row is not None:
            check_version(row, expected_version, mine, labels, what=what, key=key)
    return recheck


def _touch(row, ctx: ServiceContext) -> None:
    row.modified_at, row.modified_by = ctx.now(), ctx.actor.user_id


def _first_orderer(s: Session, ctx: ServiceContext) -> tuple[Orderer, bool]:
    """The first stored orderer; made from the settings when none is stored yet (then True)."""
    first = s.scalars(select(Orderer).order_by(Orderer.id).limit(1)).first()
    if first is not None:
        return first, False
    row = _new(s, ctx, Orderer, name=get_setting(ctx, ORDERER_NAME), hsa_id=None,
               address=get_setting(ctx, ORDERER_ADDRESS))
    s.flush()
    return row, True


def _orderer_id(s: Session, ctx: ServiceContext, orderer_id: int) -> int:
    """The stored id of an orderer a change is made for (the settings' orderer is stored first)."""
    first, _ = _first_orderer(s, ctx)
    if orderer_id == SETTINGS_ORDERER:
        return first.id
    if s.get(Orderer, orderer_id) is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Beställare {orderer_id} finns inte."), orderer_id=orderer_id)
    return orderer_id


def _agreement(s: Session, orderer_id: int, year: int) -> Agreement | None:
    if orderer_id == SETTINGS_ORDERER:
        orderer_id = s.scalar(select(Orderer.id).order_by(Orderer.id).limit(1))
        if orderer_id is None:
            return None
    return s.scalar(select(Agreement).where(Agreement.orderer_id == orderer_id, Agreement.year == year))


def _agreement_for_change(s: Session, ctx: ServiceContext, orderer_id: int, year: int) -> Agreement:
    stored_id = _orderer_id(s, ctx, orderer_id)
    found = _agreement(s, stored_id, year)
    if found is None:
        found = _new(s, ctx, Agreement, orderer_id=stored_id, year=year)
        s.flush()
    return found


def _targets(s: Session, orderer_id: int, year: int) -> list[IndicatorTarget]:
    found = _agreement(s, orderer_id, year)
    if found is None:
        return []
    return list(s.scalars(select(IndicatorTarget).where(IndicatorTarget.agreement_id == found.id)))


def _orderer_row(r: Orderer) -> OrdererRow:
    return OrdererRow(r.id, r.name, r.hsa_id, r.address or "", r.row_version)


def _agreement_row(r: Agreement) -> AgreementRow:
    return AgreementRow(r.id, r.orderer_id, r.year, r.note, r.row_version)


def _plan_row(p: ActionPlan) -> ActionPlanRow:
    return ActionPlanRow(p.id, p.indicator_id, p.measure, p.owner, p.due_on, p.done_on, p.row_version, p.follow_up)
