"""R-RP-1/R-RP-2: the follow-up report to an orderer, as PDF (with monthly charts) and as CSV.

The service gathers the figures; this module lays them out. The PDF has a summary table, then each
indicator with its written definition (numerator, denominator, period, exclusions), its value,
target and status, and a bar chart of the monthly values; then the action plans. The CSV has one
row per indicator with the same numbers as written in the PDF (format_value), for Swedish Excel.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from klinik_app.domain.indicators import ANDEL, STATUSES, Definition, Value, format_value
from klinik_app.letters.dates import iso_date, swedish_date
from klinik_app.letters.fonts import BOLD, REGULAR, register_fonts
from klinik_app.letters.invoice_basis import write_excel_csv
from klinik_app.letters.layout import BODY_WIDTH, SMALL, SMALL_BOLD
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Letter, Unbreakable, render_letters
from klinik_app.letters.text import esc, heading, paragraph, subheading

DOCUMENT_NAME = "Uppföljningsrapport"
CSV_COLUMNS = ("id", "indikator", "täljare", "nämnare", "värde", "enhet", "mål", "status")
NO_TARGET = "Inget mål"
MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
CHART_HEIGHT_MM = 38


@dataclass(frozen=True, slots=True)
class ReportRow:
    definition: Definition
    value: Value
    target: float | None  # in the value's unit; None: no target this year
    target_text: str  # "mål minst 90,0 %", or "" without a target
    status: str | None  # a key of STATUSES; None: no target or nothing measured
    series: tuple[Value, ...]  # one per month, oldest first


@dataclass(frozen=True, slots=True)
class PlanLine:
    indicator: str  # the indicator's name
    measure: str
    owner: str
    due_on: date
    done_on: date | None
    follow_up: str | None


@dataclass(frozen=True, slots=True)
class IndicatorReport:
    orderer: Recipient
    first: date
    last: date
    target_year: int
    rows: tuple[ReportRow, ...]
    plans: tuple[PlanLine, ...]
    missing_plans: tuple[str, ...]  # Swedish prompts: missed targets without an action plan

    @property
    def period_text(self) -> str:
        return f"{iso_date(self.first)}–{iso_date(self.last)}"


def status_text(row: ReportRow) -> str:
    if not row.target_text:
        return NO_TARGET
    return STATUSES[row.status] if row.status else "Inget att mäta"


def number_text(definition: Definition, number: float | None) -> str:
    """A number as the report writes it, without the unit sign: "92,5", "1234", "" when none."""
    text = format_value(definition, number)
    return "" if text == "–" else text.replace(" %", "").replace("\u00a0", "")


def _count(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else f"{number:.2f}".replace(".", ",")


def unit_text(definition: Definition) -> str:
    return "%" if definition.unit == ANDEL else definition.unit


# --- the CSV -------------------------------------------------------------------------------------
def indicator_report_csv(path: str | os.PathLike, report: IndicatorReport) -> int:
    lines = [[row.definition.id, row.definition.name, _count(row.value.numerator), _count(row.value.denominator),
              number_text(row.definition, row.value.value), unit_text(row.definition),
              number_text(row.definition, row.target), status_text(row)] for row in report.rows]
    return write_excel_csv(path, CSV_COLUMNS, lines)


# --- the PDF -------------------------------------------------------------------------------------
def _table(data: list[list[str]], widths_mm: Sequence[float], *, header: bool = True) -> Table:
    cells = [[Paragraph(esc(c), SMALL_BOLD if (header and n == 0) else SMALL) for c in row]
             for n, row in enumerate(data)]
    table = Table(cells, colWidths=[w * mm for w in widths_mm], repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONT", (0, 0), (-1, -1), REGULAR, SMALL.fontSize, SMALL.leading)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    table.setStyle(TableStyle(style))
    return table


def summary_part(report: IndicatorReport) -> list[Flowable]:
    counted = [row.status for row in report.rows if row.status]
    text = (f"Mål uppfyllda: <b>{counted.count('met')}</b>. Nära: <b>{counted.count('close')}</b>. "
            f"Ej uppfyllda: <b>{counted.count('missed')}</b>. Indikatorer utan mål: "
            f"<b>{sum(1 for row in report.rows if not row.target_text)}</b>.")
    data = [["Indikator", "Värde", "Mål", "Status"]]
    data += [[row.definition.name, format_value(row.definition, row.value.value), row.target_text or "–",
              status_text(row)] for row in report.rows]
    return [*paragraph(text), _table(data, (70, 28, 35, 27)), Spacer(1, 4 * mm)]


def chart(row: ReportRow) -> Drawing:
    """The monthly values as bars (a share in per cent), the target as a line across."""
    scale = 100.0 if row.definition.unit == ANDEL else 1.0
    values = [None if v.value is None else v.value * scale for v in row.series]
    width, height = BODY_WIDTH, CHART_HEIGHT_MM * mm
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 12 * mm, 8 * mm, width - 16 * mm, height - 12 * mm
    bars.data = [values or [None]]
    bars.bars[0].fillColor = colors.Color(0.55, 0.55, 0.55)
    bars.bars[0].strokeColor = None
    top = max([v for v in values if v is not None] + [row.target * scale if row.target is not None else 0, 1])
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = 0, top * 1.15
    bars.valueAxis.labels.fontName, bars.valueAxis.labels.fontSize = REGULAR, 6.5
    bars.categoryAxis.labels.fontName, bars.categoryAxis.labels.fontSize = REGULAR, 6
    bars.categoryAxis.categoryNames = [_month_label(v.first, n == 0) for n, v in enumerate(row.series)] or [""]
    drawing.add(bars)
    if row.target is not None:
        y = bars.y + bars.height * (row.target * scale) / bars.valueAxis.valueMax
        drawing.add(Line(bars.x, y, bars.x + bars.width, y, strokeColor=colors.black, strokeWidth=0.8,
                         strokeDashArray=(3, 2)))
        drawing.add(String(bars.x + bars.width, y + 2, row.target_text, fontName=REGULAR, fontSize=6.5,
                           textAnchor="end"))
    drawing.add(String(0, height - 3 * mm, "%" if scale == 100.0 else unit_text(row.definition), fontName=BOLD,
                       fontSize=6.5))
    return drawing


def _month_label(first: date, opening: bool) -> str:
    name = MONTHS[first.month - 1]
    return f"{name} {first:%y}" if opening or first.month == 1 else name


def indicator_part(row: ReportRow) -> list[Flowable]:
    d, v = row.definition, row.value
    figures = f"Värde: <b>{esc(format_value(d, v.value))}</b>"
    if v.denominator is not None:
        figures += f" (täljare {esc(_count(v.numerator))}, nämnare {esc(_count(v.denominator))})"
    figures += (f". {esc(row.target_text.capitalize())}. Status: <b>{esc(status_text(row))}</b>." if row.target_text
                else f". {NO_TARGET}.")
    parts = [Paragraph(esc(d.name), SMALL_BOLD), Spacer(1, 1 * mm), Paragraph(figures, SMALL), Spacer(1, 1 * mm)]
    if v.parts:
        parts += [Paragraph("Delvärden: " + esc("; ".join(f"{label} {_count(n)}" for label, n in v.parts)), SMALL),
                  Spacer(1, 1 * mm)]
    parts.append(_table([["Täljare", d.numerator], ["Nämnare", d.denominator], ["Period", d.period],
                         ["Undantag", d.exclusions]], (25, 135), header=False))
    if row.series:
        parts += [Spacer(1, 1 * mm), chart(row)]
    return [Unbreakable(parts), Spacer(1, 5 * mm)]


def plans_part(report: IndicatorReport) -> list[Flowable]:
    parts: list[Flowable] = []
    if report.missing_plans:
        parts += [Paragraph("• " + esc(text), SMALL) for text in report.missing_plans] + [Spacer(1, 3 * mm)]
    if not report.plans:
        return parts + paragraph("Inga handlingsplaner är registrerade för året.")
    data = [["Indikator", "Åtgärd", "Ansvarig", "Klart senast", "Genomförd", "Uppföljning"]]
    data += [[p.indicator, p.measure, p.owner, iso_date(p.due_on), iso_date(p.done_on) if p.done_on else "Pågår",
              p.follow_up or ""] for p in report.plans]
    return [*parts, _table(data, (30, 40, 22, 20, 18, 30))]


def indicator_report_pdf(path: str | os.PathLike, letterhead: Letterhead, report: IndicatorReport,
                         written_on: date) -> Rendered:
    register_fonts()
    body = [
        *heading(f"Uppföljningsrapport {report.period_text}"),
        *paragraph(f"{esc(letterhead.name)} redovisar här sina indikatorer för perioden {report.period_text} "
                   f"till {esc(report.orderer.display_name)}, mot målen i avtalet för {report.target_year}. "
                   "Varje indikator står med sin definition; diagrammen visar värdet månad för månad, och "
                   "den streckade linjen är målet."),
        *subheading("Sammanfattning"),
        *summary_part(report),
        *subheading("Indikatorerna"),
    ]
    for row in report.rows:
        body += indicator_part(row)
    body += [*subheading("Handlingsplaner"), *plans_part(report)]
    letter = Letter(recipient=report.orderer, document_name=DOCUMENT_NAME,
                    references=(("Datum", swedish_date(written_on)), ("Period", report.period_text)), body=body)
    return render_letters(path, letterhead, [letter], f"Uppföljningsrapport {report.period_text}")
