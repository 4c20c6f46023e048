"""R-DV-6: the annual patient safety report, and (R-DV-5) the monthly summary for the clinic meeting,
both from the deviation register; the January reminder that the report is due by 1 March.

Every figure is counted in SQL (GROUP BY on indexed dates): 50,000 deviations give the report in
well under the 5 s of issue 6. Free texts (lessons, summaries) are de-identified before they are
printed: the reports are read by the whole clinic, and the annual one is public.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from klinik_app.db.models import AppSetting, Deviation, DeviationAction, DeviationLexMaria
from klinik_app.domain import deviations as rules
from klinik_app.domain import patient_safety
from klinik_app.domain.deidentify import KnownPeople, deidentify
from klinik_app.domain.permissions import DEVIATION_HANDLE
from klinik_app.letters.deviation_month_summary import MonthSummary, month_summary_pdf
from klinik_app.letters.model import Rendered
from klinik_app.letters.patient_safety_report import (
    LESSON_LIMIT,
    ActionFigures,
    CountRow,
    LexMariaRow,
    YearReport,
    patient_safety_report_pdf,
)
from klinik_app.resources import name_lexicon
from klinik_app.services.context import ServiceContext
from klinik_app.services.deviations import deviation_register, summary_line
from klinik_app.services.listing_documents import letterhead
from klinik_app.services.permissions import may, require

DONE_KEY = "patient_safety_report.done."  # + the year: the report for that year is written
REPORTED_LIMIT = 100  # the month summary lists at most this many new deviations


@dataclass(frozen=True, slots=True)
class Period:
    first: date
    last: date


def _year(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def _month(year: int, month: int) -> Period:
    first = date(year, month, 1)
    return Period(first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1))


# --- the figures ---------------------------------------------------------------------------------
def _counts(s: Session, column, p: Period) -> dict[str, int]:
    return dict(s.execute(select(column, func.count()).where(Deviation.reported_on.between(p.first, p.last))
                          .group_by(column)).all())


def _count_rows(s: Session, column, labels: dict[str, str], now: Period, before: Period) -> tuple[CountRow, ...]:
    this, previous = _counts(s, column, now), _counts(s, column, before)
    return tuple(CountRow(label, this.get(key, 0), previous.get(key, 0)) for key, label in labels.items())


def _actions(s: Session, p: Period, today: date) -> ActionFigures:
    decided = s.scalar(select(func.count()).select_from(DeviationAction).join(Deviation)
                       .where(Deviation.decided_on.between(p.first, p.last)))
    followed = s.scalar(select(func.count()).select_from(DeviationAction)
                        .where(DeviationAction.followed_up_on.between(p.first, p.last)))
    # Overdue at the period's end (or today, for a period still running).
    end = min(p.last, today - timedelta(days=1))
    overdue = s.scalar(select(func.count()).select_from(DeviationAction)
                       .where(DeviationAction.due_on.between(p.first, end),
                              or_(DeviationAction.followed_up_on.is_(None), DeviationAction.followed_up_on > end)))
    return ActionFigures(decided, followed, overdue)


def _lex_maria(s: Session, p: Period) -> tuple[LexMariaRow, ...]:
    rows = s.execute(select(DeviationLexMaria.deviation_id, DeviationLexMaria.sent_on, DeviationLexMaria.ivo_decision_on,
                            DeviationLexMaria.decision_forwarded_on)
                     .where(DeviationLexMaria.sent_on.between(p.first, p.last)).order_by(DeviationLexMaria.sent_on))
    return tuple(LexMariaRow(rules.receipt_number(i), sent, decided, forwarded) for i, sent, decided, forwarded in rows)


def _clean(text: str) -> str:
    """De-identified for a document the whole clinic reads (R-DV-4's filter, no linked patient)."""
    return deidentify(text, KnownPeople(), name_lexicon()).text


def _lessons(s: Session, p: Period) -> tuple[tuple[str, ...], int]:
    where = Deviation.lesson_on.between(p.first, p.last)
    total = s.scalar(select(func.count()).select_from(Deviation).where(where))
    rows = s.execute(select(Deviation.id, Deviation.lesson).where(where)
                     .order_by(Deviation.lesson_on.desc(), Deviation.id.desc()).limit(LESSON_LIMIT))
    return tuple(f"{rules.receipt_number(i)}: {_clean(text)}" for i, text in rows), total


def year_report(ctx: ServiceContext, year: int) -> YearReport:
    require(ctx, DEVIATION_HANDLE)
    year = patient_safety.check_year(year, ctx.today)
    now, before = _year(year), _year(year - 1)
    with ctx.sessions() as s:
        closed = s.scalar(select(func.count()).select_from(Deviation).where(Deviation.closed_on.between(now.first, now.last)))
        lessons, lessons_total = _lessons(s, now)
        return YearReport(year, _count_rows(s, Deviation.category, rules.CATEGORY_LABELS, now, before),
                          _count_rows(s, Deviation.harm, rules.HARM_LABELS, now, before), closed, _lex_maria(s, now),
                          _actions(s, now, ctx.today), lessons, lessons_total)


def month_summary(ctx: ServiceContext, year: int, month: int) -> MonthSummary:
    require(ctx, DEVIATION_HANDLE)
    year, month = patient_safety.check_month(year, month, ctx.today)
    now = _month(year, month)
    before = _month(*((year - 1, 12) if month == 1 else (year, month - 1)))
    overdue = len(deviation_register(ctx, overdue_only=True))
    with ctx.sessions() as s:
        where = Deviation.reported_on.between(now.first, now.last)
        total = s.scalar(select(func.count()).select_from(Deviation).where(where))
        rows = s.execute(select(Deviation.id, Deviation.category, Deviation.what).where(where)
                         .order_by(Deviation.reported_on, Deviation.id).limit(REPORTED_LIMIT))
        reported = tuple(f"{rules.receipt_number(i)} {rules.CATEGORY_LABELS[c]}: {_clean(summary_line(what))}"
                         for i, c, what in rows)
        lessons, lessons_total = _lessons(s, now)
        return MonthSummary(now.first, _count_rows(s, Deviation.category, rules.CATEGORY_LABELS, now, before),
                            _count_rows(s, Deviation.harm, rules.HARM_LABELS, now, before), reported, total, overdue,
                            _lex_maria(s, now), _actions(s, now, ctx.today), lessons, lessons_total)


# --- the PDFs --------------------------------------------------------------------------------------
def year_report_pdf(ctx: ServiceContext, year: int, path: str | os.PathLike) -> Rendered:
    return patient_safety_report_pdf(path, letterhead(ctx), year_report(ctx, year), ctx.today)


def month_summary_pdf_for(ctx: ServiceContext, year: int, month: int, path: str | os.PathLike) -> Rendered:
    return month_summary_pdf(path, letterhead(ctx), month_summary(ctx, year, month), ctx.today)


# --- the January reminder ----------------------------------------------------------------------------
def report_reminder(ctx: ServiceContext) -> int | None:
    """The year whose report is due by 1 March, for handlers and the head of clinic; else None."""
    if not may(ctx, DEVIATION_HANDLE):
        return None
    with ctx.sessions() as s:
        keys = s.scalars(select(AppSetting.key).where(AppSetting.key.like(DONE_KEY + "%"))).all()
    done = {int(k[len(DONE_KEY):]) for k in keys if k[len(DONE_KEY):].isdigit()}
    return patient_safety.reminder_year(ctx.today, done)


def mark_report_done(ctx: ServiceContext, year: int) -> None:
    """The report for `year` is written: the reminder stops."""
    require(ctx, DEVIATION_HANDLE)
    year = patient_safety.check_year(year, ctx.today)
    now, who = ctx.now(), ctx.actor.user_id
    with ctx.begin() as s:
        if s.get(AppSetting, DONE_KEY + str(year)) is None:
            s.add(AppSetting(key=DONE_KEY + str(year), value=ctx.today.isoformat(), created_at=now, created_by=who,
                             modified_at=now, modified_by=who))
