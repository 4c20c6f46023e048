"""R-RP-1/R-RP-2: the follow-up report for a period and an orderer, as PDF or CSV (`klinik report
indicators`, Dokument → Uppföljningsrapport).

The targets and action plans are those of the orderer's agreement for the year the period ends in.
The monthly trend covers the period's months, at least 12 and at most 24, ending with its last month.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from klinik_app.domain.capitation import month_end
from klinik_app.domain.dates import add_months
from klinik_app.domain.indicators import DEFINITIONS
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import REPORT_READ
from klinik_app.letters.indicator_report import (
    IndicatorReport,
    PlanLine,
    ReportRow,
    indicator_report_csv,
    indicator_report_pdf,
)
from klinik_app.letters.model import Recipient
from klinik_app.services import indicators, orderers
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.listing_documents import letterhead
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require

PDF, CSV = "pdf", "csv"
TREND_MONTHS = (12, 24)  # fewest and most months in a chart


@dataclass(frozen=True, slots=True)
class Written:
    path: str
    indicators: int
    met: int
    close: int
    missed: int
    missing_plans: int

    def summary(self) -> Text:
        """What was written, in Swedish (a `Text`: the window shows it translated)."""
        values = dict(path=self.path, indicators=self.indicators, met=self.met, close=self.close, missed=self.missed)
        if self.missing_plans:
            return Text(QT_TRANSLATE_NOOP("services", "Uppföljningsrapporten är skriven till {path}: {indicators} "
                                                      "indikatorer, {met} mål uppfyllda, {close} nära, {missed} ej "
                                                      "uppfyllda. {missing_plans} missade mål saknar handlingsplan."),
                        missing_plans=self.missing_plans, **values)
        return Text(QT_TRANSLATE_NOOP("services", "Uppföljningsrapporten är skriven till {path}: {indicators} "
                                                  "indikatorer, {met} mål uppfyllda, {close} nära, {missed} ej "
                                                  "uppfyllda."), **values)


def year_period(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def trend_months(first: date, last: date) -> int:
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return min(max(months, TREND_MONTHS[0]), TREND_MONTHS[1])


def _check_period(first: date, last: date) -> None:
    if first > last:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Periodens första dag ligger efter dess sista dag. Byt plats "
                                                       "på datumen."))


def monthly(ctx: ServiceContext, last: date, months: int) -> dict[str, list]:
    """Every indicator's monthly series (services.indicators.monthly_series), measured a month at a
    time for all indicators together: one pass per month instead of one per indicator and month."""
    start = last.replace(day=1)
    series: dict[str, list] = {i: [] for i in DEFINITIONS}
    for n in range(months - 1, -1, -1):
        first = add_months(start, -n)
        for value in indicators.indicator_values(ctx, first, month_end(first)):
            series[value.id].append(value)
    return series


def gather(ctx: ServiceContext, first: date, last: date, orderer_id: int | None = None) -> IndicatorReport:
    require(ctx, REPORT_READ)
    _check_period(first, last)
    who = orderers.orderer(ctx, orderer_id)
    address = tuple(line for line in who.address.splitlines() if line.strip())
    if not address:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Adressen till {orderer} saknas. Fyll i den under Arkiv → "
                                                         "Beställare och mål."),
                           orderer=who.name)
    year = last.year
    values = indicators.indicator_values(ctx, first, last)
    goals = orderers.targets(ctx, who.id, year)
    statuses = orderers.target_statuses(ctx, who.id, year, values)
    series = monthly(ctx, last, trend_months(first, last))
    rows = []
    for value in values:
        state, text = statuses.get(value.id, (None, ""))
        goal = goals.get(value.id)
        rows.append(ReportRow(DEFINITIONS[value.id], value, goal.value if goal else None, text, state,
                              tuple(series[value.id])))
    plans = tuple(PlanLine(DEFINITIONS[p.indicator_id].name if p.indicator_id in DEFINITIONS else p.indicator_id,
                           p.measure, p.owner, p.due_on, p.done_on, p.follow_up)
                  for p in orderers.action_plans(ctx, who.id, year))
    missing = tuple(m.prompt() for m in orderers.missing_action_plans(ctx, who.id, year, values))
    return IndicatorReport(Recipient((who.name,), address), first, last, year, tuple(rows), plans, missing)


def write_report(ctx: ServiceContext, first: date, last: date, path: str | os.PathLike, *,
                 orderer_id: int | None = None, fmt: str = PDF) -> Written:
    """Write the report as PDF or CSV (UTF-8 with BOM, ";")."""
    if fmt not in (PDF, CSV):
        raise UsageError(QT_TRANSLATE_NOOP("services", "Formatet ska vara pdf eller csv."))
    _check_period(first, last)
    head = letterhead(ctx) if fmt == PDF else None  # refuses first when the clinic's address is missing
    report = gather(ctx, first, last, orderer_id)
    if fmt == PDF:
        indicator_report_pdf(path, head, report, ctx.today)
    else:
        indicator_report_csv(path, report)
    states = [row.status for row in report.rows]
    return Written(str(path), len(report.rows), states.count("met"), states.count("close"), states.count("missed"),
                   len(report.missing_plans))


def default_period(today: date) -> tuple[date, date]:
    """The last twelve completed months: what a report asked for mid-year most often covers."""
    last = today.replace(day=1)
    return add_months(last, -12), date.fromordinal(last.toordinal() - 1)
