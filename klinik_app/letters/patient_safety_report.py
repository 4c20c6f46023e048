"""R-DV-6: the annual patient safety report (patientsäkerhetsberättelse) from the deviation register.

The service gathers the figures in SQL and de-identifies the lessons; this module lays them out:
counts by category and harm against the year before, Lex Maria reports, actions and their
follow-up, and the lessons. The monthly summary for the clinic meeting uses the same tables.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from klinik_app.letters.dates import swedish_date
from klinik_app.letters.fonts import REGULAR, register_fonts
from klinik_app.letters.layout import SMALL, SMALL_BOLD
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Letter, render_letters
from klinik_app.letters.text import esc, heading, paragraph, subheading

DOCUMENT_NAME = "Patientsäkerhetsberättelse"


@dataclass(frozen=True, slots=True)
class CountRow:
    label: str
    count: int
    previous: int  # the same count for the period before, for the trend


@dataclass(frozen=True, slots=True)
class LexMariaRow:
    number: str
    sent_on: date
    decision_on: date | None
    forwarded_on: date | None


@dataclass(frozen=True, slots=True)
class ActionFigures:
    decided: int
    followed_up: int
    overdue: int  # not followed up and past the due date at the period's end


@dataclass(frozen=True, slots=True)
class YearReport:
    year: int
    by_category: tuple[CountRow, ...]
    by_harm: tuple[CountRow, ...]
    closed: int
    lex_maria: tuple[LexMariaRow, ...]
    actions: ActionFigures
    lessons: tuple[str, ...]  # de-identified, newest first, at most LESSON_LIMIT
    lessons_total: int


LESSON_LIMIT = 50


def trend(row: CountRow) -> str:
    """'+3', '−2' or '±0' against the period before."""
    change = row.count - row.previous
    return f"+{change}" if change > 0 else f"−{-change}" if change < 0 else "±0"


def count_table(title: str, rows: Sequence[CountRow], previous_label: str) -> list[Flowable]:
    total = CountRow("Totalt", sum(r.count for r in rows), sum(r.previous for r in rows))
    data = [[title, "Antal", previous_label, "Förändring"]]
    data += [[r.label, str(r.count), str(r.previous), trend(r)] for r in (*rows, total)]
    return [_table(data, (80, 25, 30, 25)), Spacer(1, 4 * mm)]


def _table(data: list[list[str]], widths_mm: Sequence[float]) -> Table:
    cells = [[Paragraph(esc(c), SMALL_BOLD if n == 0 else SMALL) for c in row] for n, row in enumerate(data)]
    table = Table(cells, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, SMALL.fontSize, SMALL.leading),
    ]))
    return table


def lex_maria_table(rows: Sequence[LexMariaRow]) -> list[Flowable]:
    if not rows:
        return paragraph("Inga Lex Maria-anmälningar har gjorts till IVO under perioden.")
    data = [["Ärende", "Anmäld till IVO", "IVO:s beslut", "Beslutet till regionen"]]
    data += [[r.number, r.sent_on.isoformat(), r.decision_on.isoformat() if r.decision_on else "Inväntas",
              r.forwarded_on.isoformat() if r.forwarded_on else "–"] for r in rows]
    return [_table(data, (30, 40, 40, 50)), Spacer(1, 4 * mm)]


def actions_paragraph(a: ActionFigures) -> list[Flowable]:
    return paragraph(f"Beslutade åtgärder: <b>{a.decided}</b>. Uppföljda: <b>{a.followed_up}</b>. "
                     f"Inte uppföljda efter sista dag: <b>{a.overdue}</b>.")


def bullets(items: Sequence[str], total: int, more: str) -> list[Flowable]:
    """Items as a bullet list; `more` ('… och 12 {more}') says how many were left out."""
    parts: list[Flowable] = [Paragraph("• " + esc(text), SMALL) for text in items]
    if total > len(items):
        parts.append(Paragraph(esc(f"… och {total - len(items)} {more}"), SMALL))
    return [*parts, Spacer(1, 4 * mm)]


def lessons_part(lessons: Sequence[str], total: int) -> list[Flowable]:
    if not lessons:
        return paragraph("Inga lärdomar har registrerats under perioden.")
    return bullets(lessons, total, "lärdomar till i avvikelseregistret (Avvikelser → Bara med lärdom).")


def recipient_for(letterhead: Letterhead) -> Recipient:
    """An internal document: addressed to the clinic's own management."""
    return Recipient((letterhead.name, "Verksamhetschefen"), letterhead.address_lines)


def patient_safety_report_pdf(path: str | os.PathLike, letterhead: Letterhead, report: YearReport,
                              written_on: date) -> Rendered:
    register_fonts()
    previous = str(report.year - 1)
    total = sum(r.count for r in report.by_category)
    body = [
        *heading(f"Patientsäkerhetsberättelse {report.year}"),
        *paragraph(f"{esc(letterhead.name)} redovisar här sitt patientsäkerhetsarbete under {report.year}, "
                   f"sammanställt ur avvikelseregistret. Berättelsen ska vara klar senast "
                   f"{swedish_date(date(report.year + 1, 3, 1))}."),
        *paragraph(f"Rapporterade avvikelser: <b>{total}</b>. Avslutade under året: <b>{report.closed}</b>."),
        *subheading("Avvikelser per kategori"),
        *count_table("Kategori", report.by_category, previous),
        *subheading("Avvikelser per skadegrad"),
        *count_table("Skadegrad", report.by_harm, previous),
        *subheading("Lex Maria-anmälningar till IVO"),
        *lex_maria_table(report.lex_maria),
        *subheading("Åtgärder och uppföljning"),
        *actions_paragraph(report.actions),
        *subheading("Lärdomar"),
        *lessons_part(report.lessons, report.lessons_total),
    ]
    letter = Letter(recipient=recipient_for(letterhead), document_name=DOCUMENT_NAME,
                    references=(("Datum", swedish_date(written_on)), ("År", str(report.year))), body=body)
    return render_letters(path, letterhead, [letter], f"Patientsäkerhetsberättelse {report.year}")
