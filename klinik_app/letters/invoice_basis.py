"""R-TG-4: the monthly invoice basis for patients with protected personal data.

Such patients are never registered in the listing system, so the clinic invoices the orderer for
their care instead. The PDF goes to the orderer; the CSV opens in Swedish Excel for checking.
"""

from __future__ import annotations

import calendar
import csv
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from klinik_app.letters.dates import iso_date, plain_amount, swedish_amount, swedish_date, swedish_month
from klinik_app.letters.fonts import REGULAR, register_fonts
from klinik_app.letters.layout import SMALL, SMALL_BOLD
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Letter, render_letters
from klinik_app.letters.text import closing, contact_phrase, esc, heading, paragraph

MARKING = "Skyddade personuppgifter – får inte registreras i listningssystemet"
NO_TREATMENTS = "Inga behandlingar registrerade under månaden"
CSV_COLUMNS = (
    "Personnummer", "Namn", "Vid kliniken från", "Vid kliniken till",
    "Behandlingsdatum", "Åtgärdskod", "Åtgärd", "Belopp (kr)",
)
_COLUMN_WIDTHS_MM = (30, 34, 24, 50, 22)


class Treatment(NamedTuple):
    day: date
    code: str
    description: str
    amount_sek: Decimal


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """One patient's month: the days at the clinic within the month and the treatments given."""

    personnummer: str
    name: str
    listed_from: date
    listed_to: date
    treatments: tuple[Treatment, ...]
    total: Decimal

    def __post_init__(self) -> None:
        object.__setattr__(self, "treatments", tuple(Treatment(*t) for t in self.treatments))
        if self.listed_from > self.listed_to:
            raise ValueError(
                f"Perioden för {self.name} börjar efter att den slutar ({iso_date(self.listed_from)}–"
                f"{iso_date(self.listed_to)}). Rätta datumen och försök igen."
            )
        summed = sum((Decimal(t.amount_sek) for t in self.treatments), Decimal(0))
        if summed != Decimal(self.total):
            raise ValueError(
                f"Summan för {self.name} ({swedish_amount(self.total)} kr) stämmer inte med "
                f"behandlingarna ({swedish_amount(summed)} kr). Kontrollera beloppen och försök igen."
            )


def protected_invoice_basis_pdf(
    path: str | os.PathLike,
    letterhead: Letterhead,
    orderer: Recipient,
    month: date,
    rows: Sequence[InvoiceRow],
    written_on: date,
) -> Rendered:
    """The invoice basis for `month` as a letter to the orderer, with a table of the patients."""
    register_fonts()  # the paragraphs below measure text in the letter font
    _check(rows, month)
    total = sum((Decimal(row.total) for row in rows), Decimal(0))
    period = swedish_month(month)
    body = [
        *heading(f"Underlag för fakturering, {period}"),
        *paragraph(
            "Patienterna nedan har skyddade personuppgifter. De har valt att få sin tandvård hos "
            f"{esc(letterhead.name)} men får inte registreras i listningssystemet. Kliniken "
            "fakturerar därför beställarenheten för utförd tandvård enligt regionens tandvårdstaxa."
        ),
        *paragraph(
            f"Period: <b>{period}</b>. Antal patienter: <b>{len(rows)}</b>. "
            f"Belopp att fakturera: <b>{swedish_amount(total)} kr</b>."
        ),
        _table(rows, total),
        Spacer(1, 5 * mm),
        *paragraph(
            "Underlaget innehåller skyddade personuppgifter. Hantera det enligt era rutiner för "
            "sekretess och registrera inte uppgifterna i listningssystemet. Har ni frågor är ni "
            f"välkomna att kontakta oss {contact_phrase(letterhead)}."
        ),
        *closing(letterhead),
    ]
    letter = Letter(
        recipient=orderer,
        document_name="Fakturaunderlag",
        references=(("Datum", swedish_date(written_on)), ("Period", period)),
        body=body,
        marking=MARKING,
    )
    title = f"Fakturaunderlag {period}, skyddade personuppgifter"
    return render_letters(path, letterhead, [letter], title)


def protected_invoice_basis_csv(path: str | os.PathLike, rows: Sequence[InvoiceRow]) -> int:
    """One line per treatment (a patient without treatments gets one line); returns the line count.

    UTF-8 with a byte order mark and ";" so Swedish Excel opens it with å, ä, ö and columns intact.
    """
    if not rows:
        raise ValueError(_NO_ROWS)
    lines: list[list[str]] = []
    for row in rows:
        patient = [row.personnummer, _cell(row.name), iso_date(row.listed_from), iso_date(row.listed_to)]
        if not row.treatments:
            lines.append([*patient, "", "", NO_TREATMENTS, plain_amount(Decimal(0))])
        for t in row.treatments:
            treatment = [iso_date(t.day), _cell(t.code), _cell(t.description), plain_amount(t.amount_sek)]
            lines.append([*patient, *treatment])
    return write_excel_csv(path, CSV_COLUMNS, lines)


def write_excel_csv(path: str | os.PathLike, header: Sequence[str], lines: list[list[str]]) -> int:
    """Write through a temporary file so a failed write never leaves half a file; returns the line count."""
    target = Path(path)
    temporary = target.with_name(target.name + ".part")
    with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(lines)
    os.replace(temporary, target)
    return len(lines)


_NO_ROWS = (
    "Det finns inga patienter med skyddade personuppgifter att fakturera, så inget underlag har "
    "skapats. Kontrollera månaden och försök igen."
)


def _check(rows: Sequence[InvoiceRow], month: date) -> None:
    if not rows:
        raise ValueError(_NO_ROWS)
    first = month.replace(day=1)
    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    for row in rows:
        if row.listed_from < first or row.listed_to > last:
            raise ValueError(
                f"Perioden för {row.name} ({iso_date(row.listed_from)}–{iso_date(row.listed_to)}) ligger "
                f"utanför {swedish_month(month)}. Rätta perioden och försök igen."
            )


def _cell(text: str) -> str:
    # Excel runs a cell starting with = + - @ as a formula; a leading apostrophe keeps it text.
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


def _table(rows: Sequence[InvoiceRow], total: Decimal) -> Table:
    titles = ("Personnummer", "Namn", "Vid kliniken", "Behandlingar")
    header = [Paragraph(title, SMALL_BOLD) for title in titles]
    header.append(Paragraph("Belopp (kr)", _RIGHT_BOLD))
    data = [header]
    for row in rows:
        data.append([
            esc(row.personnummer),  # a plain string: a personnummer must never wrap
            Paragraph(esc(row.name), SMALL),
            Paragraph(f"{iso_date(row.listed_from)}<br/>–\u00a0{iso_date(row.listed_to)}", SMALL),
            _treatments(row),
            Paragraph(swedish_amount(row.total), _RIGHT),
        ])
    data.append([Paragraph("Summa att fakturera", SMALL_BOLD), "", "", "",
                 Paragraph(swedish_amount(total), _RIGHT_BOLD)])
    table = Table(data, colWidths=[w * mm for w in _COLUMN_WIDTHS_MM], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, SMALL.fontSize, SMALL.leading),  # plain-string cells too
        ("SPAN", (0, -1), (3, -1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _treatments(row: InvoiceRow) -> list[Paragraph] | Paragraph:
    """One paragraph per treatment, continuation lines indented, so each reads as its own item."""
    if not row.treatments:
        return Paragraph(NO_TREATMENTS, SMALL)
    return [
        Paragraph(
            f"{iso_date(t.day)} {esc(t.code)} {esc(t.description)}, {swedish_amount(t.amount_sek)}\u00a0kr",
            _HANGING,
        )
        for t in row.treatments
    ]


_RIGHT = SMALL.clone("small_right", alignment=2)
_HANGING = SMALL.clone("small_hanging", leftIndent=8, firstLineIndent=-8)
_RIGHT_BOLD = SMALL_BOLD.clone("small_right_bold", alignment=2)
