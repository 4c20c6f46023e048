"""R-DV-4: the de-identified copy of a Lex Maria case for the region.

The fields come ready from domain.lex_maria.region_copy (already de-identified, the same texts the
export preview shows); this module prints each one as given and adds nothing about the case.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date

from klinik_app.domain.lex_maria import CopyField
from klinik_app.letters.dates import swedish_date
from klinik_app.letters.fonts import register_fonts
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Letter, render_letters
from klinik_app.letters.text import esc, heading, paragraph

DOCUMENT_NAME = "Lex Maria, avidentifierad kopia"
MARKING = "AVIDENTIFIERAD – innehåller inga personuppgifter"


def deviation_copy_pdf(path: str | os.PathLike, letterhead: Letterhead, region: Recipient, number: str,
                       fields: Sequence[CopyField], written_on: date) -> Rendered:
    register_fonts()
    body = [
        *heading(f"Lex Maria-anmälan {number}: avidentifierad kopia"),
        *paragraph("Kopia av anmälan, utredningen och åtgärderna enligt Hälsovalsavtalet. Personnummer, "
                   "namn, adresser, telefonnummer, e-postadresser och födelsedatum är borttagna och ersatta "
                   "med en markering inom hakparentes."),
    ]
    for field in fields:
        body += paragraph(f"<b>{esc(field.label)}:</b> " + _lines(field.text))
    letter = Letter(recipient=region, document_name=DOCUMENT_NAME,
                    references=(("Datum", swedish_date(written_on)), ("Ärende", number)), body=body, marking=MARKING)
    return render_letters(path, letterhead, [letter], f"Lex Maria {number}, avidentifierad kopia")


def _lines(text: str) -> str:
    return "<br/>".join(esc(line) for line in text.strip().splitlines())
