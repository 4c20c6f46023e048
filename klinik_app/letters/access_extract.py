"""R-SE-2: the patient's extract of the access log ("vem har läst min journal").

A letter to the patient listing every logged access to their data in a period: when, who, in what
role, from which workstation, at which care unit and what was done. The service gathers the rows
(names instead of HSA-IDs where known, Swedish labels for the actions); this module only lays them
out. Only the patient's own entries are passed in, so no other patient is ever named.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from klinik_app.letters.dates import swedish_date
from klinik_app.letters.fonts import REGULAR, register_fonts
from klinik_app.letters.layout import SMALL, SMALL_BOLD
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Letter, render_letters
from klinik_app.letters.text import closing, contact_phrase, esc, heading, paragraph

DOCUMENT_NAME = "Loggutdrag"
NO_ENTRIES = "Inga åtkomster till dina uppgifter är registrerade under perioden."
COLUMNS = ("Tid", "Vem", "Roll", "Dator", "Vårdenhet", "Vad")
_COLUMN_WIDTHS_MM = (20, 36, 28.5, 17.5, 24, 34)  # 160 mm, the body's width: an HSA-ID and every role fit on one line


@dataclass(frozen=True, slots=True)
class AccessRow:
    """One logged access, ready to print: `at` in Swedish local time, texts already in Swedish."""

    at: datetime
    who: str  # the staff member's name, or the user id when the name is not known
    role: str
    workstation: str
    care_unit: str
    what: str


def period_text(first: date | None, last: date | None) -> str:
    """'1 januari 2026 – 22 november 2026', 'från och med …', 'till och med …' or the whole log."""
    if first and last:
        return f"{swedish_date(first)} – {swedish_date(last)}"
    if first:
        return f"från och med {swedish_date(first)}"
    if last:
        return f"till och med {swedish_date(last)}"
    return "hela den tid loggen omfattar"


def access_extract_pdf(
    path: str | os.PathLike,
    letterhead: Letterhead,
    recipient: Recipient,
    patient_name: str,
    personnummer: str,
    first: date | None,
    last: date | None,
    rows: Sequence[AccessRow],
    written_on: date,
) -> Rendered:
    """The extract as a letter to the patient; rows are printed in the order given (oldest first)."""
    register_fonts()  # the paragraphs and the table below measure text in the letter font
    if first and last and first > last:
        raise ValueError(
            f"Perioden börjar {swedish_date(first)}, efter att den slutar {swedish_date(last)}. "
            "Rätta datumen och försök igen."
        )
    clinic = esc(letterhead.name)
    period = period_text(first, last)
    body = [
        *heading("Utdrag ur åtkomstloggen"),
        *paragraph(f"Utdraget gäller <b>{esc(patient_name)}</b>, {esc(personnummer)}."),
        *paragraph(
            f"Varje gång någon på {clinic} läser eller ändrar uppgifter om dig registreras det i "
            "klinikens åtkomstlogg: när det skedde, vem det var, från vilken dator, vid vilken "
            "vårdenhet och vad som gjordes. Loggen sparas i minst fem år och granskas regelbundet."
        ),
        *paragraph(f"Period: <b>{esc(period)}</b>. Antal registrerade åtkomster: <b>{len(rows)}</b>."),
    ]
    if rows:
        body += [_table(rows), Spacer(1, 5 * mm)]
    else:
        body += paragraph(NO_ENTRIES)
    body += [
        *paragraph(
            "Om du tror att någon har tagit del av dina uppgifter utan att ha anledning till det, "
            f"kontakta oss {contact_phrase(letterhead)}. Du kan också vända dig till "
            "Integritetsskyddsmyndigheten (IMY) eller Inspektionen för vård och omsorg (IVO)."
        ),
        *closing(letterhead),
    ]
    letter = Letter(
        recipient=recipient,
        document_name=DOCUMENT_NAME,
        references=(("Datum", swedish_date(written_on)), ("Period", _short_period(first, last))),
        body=body,
    )
    return render_letters(path, letterhead, [letter], f"Utdrag ur åtkomstloggen, {patient_name}")


def _short_period(first: date | None, last: date | None) -> str:
    if not first and not last:
        return "Hela loggen"
    return f"{first.isoformat() if first else ''}–{last.isoformat() if last else ''}"


def _table(rows: Sequence[AccessRow]) -> Table:
    data: list[list] = [[Paragraph(title, SMALL_BOLD) for title in COLUMNS]]
    for row in rows:
        data.append([
            Paragraph(row.at.strftime("%Y-%m-%d<br/>%H:%M"), SMALL),  # the date over the time
            Paragraph(esc(row.who), SMALL),
            Paragraph(esc(row.role), SMALL),
            Paragraph(esc(row.workstation), SMALL),
            Paragraph(esc(row.care_unit), SMALL),
            Paragraph(esc(row.what), SMALL),
        ])
    table = Table(data, colWidths=[w * mm for w in _COLUMN_WIDTHS_MM], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, SMALL.fontSize, SMALL.leading),  # plain-string cells too
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
