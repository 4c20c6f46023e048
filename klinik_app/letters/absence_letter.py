"""R-AB-4: the letter after repeated absence, to the guardians (a patient of 18 or more: to the
patient). Kind and plain: which agreed times were missed, why it matters, how to book, the fee rule.
One letter per recipient (guardians who live apart get one each), as the summons letters are."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from klinik_app.letters.dates import swedish_date
from klinik_app.letters.fonts import register_fonts
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import NO_RECIPIENTS, Letter, render_letters
from klinik_app.letters.text import block, closing, contact_phrase, esc, heading, paragraph

DOCUMENT_NAME = "Information"
TITLE = "Information om uteblivna besök"


@dataclass(frozen=True, slots=True)
class AbsenceNotice:
    """One letter: to whom, about which patient, and the agreed times missed (Swedish local time)."""

    recipient: Recipient
    patient_name: str
    to_guardian: bool
    missed: tuple[datetime, ...]
    fee_sek: int  # the rule set's absence fee
    late_cancellation_hours: int | None = None  # set when a late cancellation counts as an absence

    def __post_init__(self) -> None:
        object.__setattr__(self, "missed", tuple(sorted(self.missed)))
        if not self.missed:
            raise ValueError(f"Brevet till {self.recipient.display_name} saknar uteblivna tider. "
                             "Kontrollera tidboken och försök igen.")


def absence_letters(path: str | os.PathLike, letterhead: Letterhead, notices: Sequence[AbsenceNotice],
                    written_on: date) -> Rendered:
    """One letter per notice in one PDF at `path`."""
    if not notices:
        raise ValueError(NO_RECIPIENTS)
    register_fonts()  # the paragraphs below measure text in the letter font
    references = (("Datum", swedish_date(written_on)),)
    letters = [Letter(recipient=n.recipient, document_name=DOCUMENT_NAME, references=references,
                      body=_body(letterhead, n)) for n in notices]
    return render_letters(path, letterhead, letters, TITLE)


def _missed_line(at: datetime) -> str:
    return f"{swedish_date(at.date())} klockan {at:%H.%M}"


def _body(head: Letterhead, n: AbsenceNotice) -> list:
    if n.to_guardian:
        name = esc(n.patient_name)
        intro = (f"Vi vill gärna träffa <b>{name}</b> för att hålla tänderna friska, men {name} har inte "
                 f"kommit till {len(n.missed)} tider hos {esc(head.name)} som vi hade kommit överens om med er:")
        why = ("Regelbundna besök är viktiga för barns tandhälsa. Om något gör det svårt att komma, till "
               "exempel tider, resor eller oro inför besöket, hjälper vi gärna till att hitta en lösning.")
        book = f"Kontakta oss {contact_phrase(head)} så bokar vi en ny tid som passar er."
        you = "er"
        cancel = "Kan ni inte komma ber vi er att avboka"
    else:
        intro = (f"Vi har saknat dig vid {len(n.missed)} tider hos {esc(head.name)} som vi hade kommit överens "
                 "om med dig:")
        why = ("Regelbundna besök är viktiga för att hålla tänderna friska. Om något gör det svårt att komma "
               "hjälper vi gärna till att hitta en lösning.")
        book = f"Kontakta oss {contact_phrase(head)} så bokar vi en ny tid som passar dig."
        you = "dig"
        cancel = "Kan du inte komma ber vi dig att avboka"
    late = (f" Avbokar {'ni' if n.to_guardian else 'du'} senare än {n.late_cancellation_hours} timmar före tiden "
            "räknas det som ett uteblivet besök." if n.late_cancellation_hours is not None else "")
    fee = (f"{cancel} så snart som möjligt. För en överenskommen tid som inte avbokas tar vi ut en avgift på "
           f"{n.fee_sek} kronor enligt regionens regler. Avgiften gäller bara tider som vi har kommit överens om "
           f"med {you}, inte tider som bara föreslagits i en kallelse.{late}")
    return [
        *heading("Vi saknade er vid besöken" if n.to_guardian else "Vi saknade dig vid besöken"),
        *paragraph(intro),
        *block([_missed_line(at) for at in n.missed]),
        *paragraph(why),
        *paragraph(book),
        *paragraph(fee),
        *closing(head),
    ]
