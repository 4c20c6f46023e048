"""R-LI-5: the clinic declares and lifts a listing stop; the region is told through the outbox."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from klinik_app.db.models import Listing, ListingStop, Patient
from klinik_app.domain import listing as rules
from klinik_app.domain.permissions import LISTING_STOP
from klinik_app.services import access_log, outbox
from klinik_app.services.concurrency import check_version, guarded
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require


@dataclass(frozen=True, slots=True)
class StopInfo:
    id: int
    start_date: date
    end_date: date | None
    listed_count: int
    note: str | None
    row_version: int


def choice_listing_count(session: Session, on: date) -> int:
    """Active choice listings on `on`, as the region counts them: protected identities excluded."""
    return session.scalar(
        select(func.count())
        .select_from(Listing)
        .join(Patient, Patient.id == Listing.patient_id)
        .where(
            Listing.listing_type == rules.CHOICE,
            Listing.status.in_((rules.PLANNED, rules.ACTIVE, rules.FINISHED)),
            Listing.start_date <= on,
            or_(Listing.end_date.is_(None), Listing.end_date >= on),
            Patient.protected_identity.is_(False),
        )
    )


def _info(stop: ListingStop) -> StopInfo:
    return StopInfo(stop.id, stop.start_date, stop.end_date, stop.listed_count, stop.note, stop.row_version)


def listing_stops(ctx: ServiceContext) -> list[StopInfo]:
    with ctx.sessions() as s:
        return [_info(x) for x in s.scalars(select(ListingStop).order_by(ListingStop.start_date.desc()))]


def current_listing_stop(ctx: ServiceContext) -> StopInfo | None:
    """The stop in force today or declared to start later."""
    for stop in listing_stops(ctx):
        if stop.end_date is None or stop.end_date >= ctx.today:
            return stop
    return None


def declare_listing_stop(ctx: ServiceContext, start_date: date, note: str | None = None) -> StopInfo:
    require(ctx, LISTING_STOP)
    if start_date < ctx.today:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Ett listningsstopp kan inte börja före dagens datum."))
    with ctx.begin() as s:
        open_stop = s.scalars(select(ListingStop).where(
            or_(ListingStop.end_date.is_(None), ListingStop.end_date >= start_date))).first()
        if open_stop is not None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Det finns redan ett listningsstopp från {start_date}."),
                               start_date=open_stop.start_date.isoformat())
        count = choice_listing_count(s, ctx.today)
        rules.check_can_declare_stop(count, ctx.rules)
        now, who = ctx.now(), ctx.actor.user_id
        stop = ListingStop(uuid=str(uuid.uuid4()), start_date=start_date, listed_count=count, note=note,
                           created_at=now, created_by=who, modified_at=now, modified_by=who)
        s.add(stop)
        s.flush()
        outbox.enqueue(s, ctx, "listing-stop", {"stop_uuid": stop.uuid})
        access_log.record(s, ctx, "write", [None], detail=f"listningsstopp från {start_date.isoformat()}")
        return _info(stop)


_LABELS = {"start_date": QT_TRANSLATE_NOOP("changed_elsewhere", "Från och med"),
           "end_date": QT_TRANSLATE_NOOP("changed_elsewhere", "Gäller till och med"),
           "note": QT_TRANSLATE_NOOP("changed_elsewhere", "Anteckning")}


_WHAT = QT_TRANSLATE_NOOP("services", "Listningsstoppet")  # named when saved elsewhere meanwhile


def _stop(session: Session, stop_id: int, expected_version: int | None, end_date: date) -> ListingStop:
    stop = session.get(ListingStop, stop_id)
    if stop is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Listningsstoppet finns inte längre."))
    check_version(stop, expected_version, {"end_date": end_date}, _LABELS, what=_WHAT, key=stop.id)
    return stop


def lift_listing_stop(ctx: ServiceContext, stop_id: int, end_date: date, *, expected_version: int | None = None) -> StopInfo:
    """End the stop on `end_date`; `expected_version` (what the window showed) refuses a lift over a
    change made elsewhere with both versions (issue 10)."""
    require(ctx, LISTING_STOP)
    with guarded(ctx, lambda s: _stop(s, stop_id, expected_version, end_date), _WHAT), ctx.begin() as s:
        stop = _stop(s, stop_id, expected_version, end_date)
        if stop.end_date is not None and stop.end_date < ctx.today:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Listningsstoppet är redan upphävt."))
        if end_date < stop.start_date:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Stoppet kan inte upphöra före sitt första datum."))
        stop.end_date = end_date
        stop.modified_at, stop.modified_by = ctx.now(), ctx.actor.user_id
        outbox.enqueue(s, ctx, "listing-stop-lift", {"stop_uuid": stop.uuid})
        access_log.record(s, ctx, "write", [None], detail=f"listningsstopp upphör {end_date.isoformat()}")
        s.flush()  # the new row_version, for the window that lifted it
        return _info(stop)
