"""R-SE-4: the copy of a patient's record as a readable PDF: a covering letter, then one section per
kind of record, each a heading and a table. The service hands in the sections as Swedish text; this
module only lays them out. Only the patient's own rows are passed in, so no other patient is named.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from klinik_app.domain.record_copy import FREE_OF_CHARGE
from klinik_app.letters.dates import swedish_date
from klinik_app.letters.fonts import REGULAR, register_fonts
from klinik_app.letters.layout import BODY_WIDTH, SMALL, SMALL_BOLD
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Letter, render_letters
from klinik_app.letters.text import closing, esc, heading, paragraph, subheading

DOCUMENT_NAME = "Journalkopia"
MARKING = "Journalkopia – innehåller patientuppgifter"


@dataclass(frozen=True, slots=True)
class Section:
    """One kind of record: a title, column headings and rows of text; `empty` when there are none."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = "Inga uppgifter."
    note: str | None = None  # a line under the heading, e.g. the next revision
    widths: tuple[float, ...] | None = None  # relative column widths; None: equal


def record_copy_pdf(path: str | os.PathLike, letterhead: Letterhead, recipient: Recipient, patient_name: str,
                    personnummer: str, recipient_name: str, consent_line: str, sections: Sequence[Section],
                    written_on: date) -> Rendered:
    register_fonts()  # the tables below measure text in the letter font
    body: list[Flowable] = [
        *heading(f"Kopia av journal för {patient_name}"),
        *paragraph(f"Kopian gäller <b>{esc(patient_name)}</b>, {esc(personnummer)}, och lämnas till "
                   f"<b>{esc(recipient_name)}</b>. Den innehåller allt som {esc(letterhead.name)} har "
                   "registrerat om patienten i Klinik, avsnitt för avsnitt."),
        *paragraph(f"Samtycke: {esc(consent_line)}"),
        *paragraph(f"<b>{esc(FREE_OF_CHARGE)}</b>"),
        *paragraph("Avsnitt: " + esc(", ".join(f"{s.title} ({len(s.rows)})" for s in sections)) + "."),
    ]
    for s in sections:
        body += subheading(s.title)
        if s.note:
            body += paragraph(esc(s.note))
        body += [_table(s), Spacer(1, 4 * mm)] if s.rows else paragraph(esc(s.empty))
    body += closing(letterhead)
    letter = Letter(recipient=recipient, document_name=DOCUMENT_NAME,
                    references=(("Datum", swedish_date(written_on)), ("Gäller", personnummer)),
                    body=body, marking=MARKING)
    return render_letters(path, letterhead, [letter], f"Journalkopia, {patient_name}")


def _table(s: Section) -> Table:
    data = [[Paragraph(esc(c), SMALL_BOLD) for c in s.columns]]
    data += [[Paragraph(esc(cell), SMALL) for cell in row] for row in s.rows]
    weights = s.widths or (1.0,) * len(s.columns)
    table = Table(data, colWidths=[BODY_WIDTH * w / sum(weights) for w in weights], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, SMALL.fontSize, SMALL.leading),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def text_preview(sections: Sequence[Section], limit: int = 3) -> str:
    """The sections as plain text (headings and the first rows), for the dialog's preview."""
    lines: list[str] = []
    for s in sections:
        lines.append(f"{s.title} ({len(s.rows)})")
        if s.note:
            lines.append(f"  {s.note}")
        for row in s.rows[:limit]:
            lines.append("  " + " | ".join(cell for cell in row if cell))
        if len(s.rows) > limit:
            lines.append(f"  … och {len(s.rows) - limit} till")
        if not s.rows:
            lines.append(f"  {s.empty}")
    return "\n".join(lines)
