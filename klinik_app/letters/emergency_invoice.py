"""R-EM-1: the monthly invoice basis for emergency visits, one letter per paying clinic.

Each visit is a row like the R-TG-4 invoice basis (letters/invoice_basis.py, whose table this
reuses: the visit date stands where the listed period stands there), priced from Folktandvården's
price list. The CSV has one line per treatment with the payer first, for checking in Swedish Excel.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from klinik_app.letters.dates import iso_date, plain_amount, swedish_amount, swedish_date, swedish_month
from klinik_app.letters.fonts import register_fonts
from klinik_app.letters.invoice_basis import NO_TREATMENTS, InvoiceRow, _cell, _table, write_excel_csv
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Letter, render_letters
from klinik_app.letters.text import closing, contact_phrase, esc, heading, paragraph

CSV_COLUMNS = ("Betalare HSA-id", "Betalare", "Personnummer", "Namn", "Besöksdatum", "Åtgärdskod", "Åtgärd",
               "Belopp (kr)")


@dataclass(frozen=True, slots=True)
class PayerInvoice:
    """One paying clinic's month: its address block and one InvoiceRow per visit."""

    payer_hsa_id: str
    recipient: Recipient
    visits: Sequence[InvoiceRow]

    @property
    def total(self) -> Decimal:
        return sum((Decimal(v.total) for v in self.visits), Decimal(0))


def emergency_invoice_pdf(path: str | os.PathLike, letterhead: Letterhead, month: date,
                          payers: Sequence[PayerInvoice], written_on: date) -> Rendered:
    register_fonts()  # the table measures text in the letter font
    period = swedish_month(month)
    letters = []
    for payer in payers:
        body = [
            *heading(f"Underlag för fakturering av akut tandvård, {period}"),
            *paragraph(f"Patienterna nedan fick akut tandvård hos {esc(letterhead.name)}. Enligt regionens regler "
                       "för akut tandvård (R-EM-1) debiteras den klinik där patienten är listad, eller den "
                       "områdesansvariga kliniken, enligt Folktandvårdens prislista."),
            *paragraph(f"Period: <b>{period}</b>. Antal besök: <b>{len(payer.visits)}</b>. "
                       f"Belopp att fakturera: <b>{swedish_amount(payer.total)} kr</b>."),
            _table(payer.visits, payer.total),
            Spacer(1, 5 * mm),
            *paragraph(f"Har ni frågor är ni välkomna att kontakta oss {contact_phrase(letterhead)}."),
            *closing(letterhead),
        ]
        letters.append(Letter(recipient=payer.recipient, document_name="Fakturaunderlag akut tandvård",
                              references=(("Datum", swedish_date(written_on)), ("Period", period),
                                          ("Er HSA-id", payer.payer_hsa_id)), body=body))
    return render_letters(path, letterhead, letters, f"Fakturaunderlag akut tandvård {period}")


def emergency_invoice_csv(path: str | os.PathLike, payers: Sequence[PayerInvoice]) -> int:
    """One line per treatment (a visit without treatments gets one line); returns the line count."""
    lines: list[list[str]] = []
    for payer in payers:
        for v in payer.visits:
            first = [payer.payer_hsa_id, _cell(payer.recipient.name_lines[0]), v.personnummer, _cell(v.name),
                     iso_date(v.listed_from)]
            if not v.treatments:
                lines.append([*first, "", NO_TREATMENTS, plain_amount(Decimal(0))])
            lines.extend([*first, _cell(t.code), _cell(t.description), plain_amount(t.amount_sek)] for t in v.treatments)
    return write_excel_csv(path, CSV_COLUMNS, lines)
