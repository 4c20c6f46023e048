"""R-DV-5: the month's deviations for the clinic meeting: what was reported (de-identified
summaries), counts against the month before, actions, Lex Maria reports and the lessons learnt."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from klinik_app.letters.dates import swedish_date, swedish_month
from klinik_app.letters.fonts import register_fonts
from klinik_app.letters.model import Letterhead, Rendered
from klinik_app.letters.patient_safety_report import (
    ActionFigures,
    CountRow,
    LexMariaRow,
    actions_paragraph,
    bullets,
    count_table,
    lessons_part,
    lex_maria_table,
    recipient_for,
)
from klinik_app.letters.render import Letter, render_letters
from klinik_app.letters.text import heading, paragraph, subheading

DOCUMENT_NAME = "Avvikelser, månadssammanfattning"


@dataclass(frozen=True, slots=True)
class MonthSummary:
    month: date  # the first day of the month
    by_category: tuple[CountRow, ...]
    by_harm: tuple[CountRow, ...]
    reported: tuple[str, ...]  # "AV-00012 Egen verksamhet: <de-identified summary>", at most a page or two
    reported_total: int
    open_overdue: int
    lex_maria: tuple[LexMariaRow, ...]
    actions: ActionFigures
    lessons: tuple[str, ...]
    lessons_total: int


def month_summary_pdf(path: str | os.PathLike, letterhead: Letterhead, summary: MonthSummary,
                      written_on: date) -> Rendered:
    register_fonts()
    month = swedish_month(summary.month)
    body = [
        *heading(f"Avvikelser {month}"),
        *paragraph(f"Sammanfattning till arbetsplatsträffen. Texterna är avidentifierade. Öppna ärenden som "
                   f"är försenade just nu: <b>{summary.open_overdue}</b>."),
        *subheading("Rapporterade avvikelser"),
        *count_table("Kategori", summary.by_category, "Månaden före"),
        *count_table("Skadegrad", summary.by_harm, "Månaden före"),
    ]
    body += bullets(summary.reported, summary.reported_total, "avvikelser till i registret.")
    body += [
        *subheading("Åtgärder"),
        *actions_paragraph(summary.actions),
        *subheading("Lex Maria"),
        *lex_maria_table(summary.lex_maria),
        *subheading("Lärdomar"),
        *lessons_part(summary.lessons, summary.lessons_total),
    ]
    letter = Letter(recipient=recipient_for(letterhead), document_name=DOCUMENT_NAME,
                    references=(("Datum", swedish_date(written_on)), ("Månad", summary.month.strftime("%Y-%m"))),
                    body=body)
    return render_letters(path, letterhead, [letter], f"Avvikelser {month}")
