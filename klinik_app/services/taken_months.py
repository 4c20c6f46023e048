"""Figures of completed month ends taken once and kept as taken (services.revision_month,
services.dental_health_month): which month ends can be taken, the ones already stored, and taking
the missing ones, safely when two workstations take the same month at the same moment."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from klinik_app.db.bulk import bulk_insert
from klinik_app.domain.capitation import month_end
from klinik_app.services.context import ServiceContext

# (session, context, the month ends to take) -> the rows of the table, without taken_at / taken_by
RowsOf = Callable[[Session, ServiceContext, list[date]], list[dict]]


def completed(ctx: ServiceContext, days: Iterable[date]) -> list[date]:
    """The days among these that are the end of a month that is over: those that can be taken."""
    this_month = ctx.today.replace(day=1)
    return sorted({d for d in days if d < this_month and d == month_end(d)})


def stored_rows(s: Session, model, month_ends: Iterable[date], *columns) -> Iterator[tuple]:
    """(month end, *columns) of the rows of these month ends in the taken-months table `model`."""
    ends = sorted(set(month_ends))
    if not ends:
        return
    wanted = set(ends)
    for row in s.execute(select(model.month_end, *columns)
                         .where(model.month_end >= ends[0], model.month_end <= ends[-1])):
        if row[0] in wanted:
            yield tuple(row)


def take(ctx: ServiceContext, days: Iterable[date], model, taken: Callable[[Session, list[date]], dict],
         rows_of: RowsOf) -> int:
    """Take the completed month ends among these days that `taken` does not find stored yet, the rows
    `rows_of` computes going into `model`'s table; returns how many were taken."""
    ends = completed(ctx, days)
    if not ends:
        return 0
    try:
        return _take(ctx, ends, model, taken, rows_of)
    except (IntegrityError, sqlite3.IntegrityError):
        # Another workstation took some of them at the same moment; with theirs stored, take the rest.
        return _take(ctx, ends, model, taken, rows_of)


def _take(ctx: ServiceContext, ends: list[date], model, taken, rows_of: RowsOf) -> int:
    with ctx.begin() as s:
        missing = [m for m in ends if m not in taken(s, ends)]
        if not missing:
            return 0
        stamp = {"taken_at": ctx.now(), "taken_by": ctx.actor.user_id}
        rows = [{**row, **stamp} for row in rows_of(s, ctx, missing)]
        # Counts only, no patient named: no access log entry (as services.indicators).
        bulk_insert(s.connection(), model.__table__, rows)
    return len(missing)
