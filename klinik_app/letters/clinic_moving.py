"""R-LI-7: a clinic that moves tells every listed patient (or a minor's guardians) its new address."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date

from klinik_app.letters.dates import swedish_date
from klinik_app.letters.fonts import register_fonts
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Letter, render_letters
from klinik_app.letters.text import block, closing, contact_phrase, esc, heading, paragraph, subheading

DOCUMENT_NAME = "Information"


def clinic_moving_letters(
    path: str | os.PathLike,
    letterhead: Letterhead,
    new_address: Sequence[str],
    moving_date: date,
    recipients: Sequence[Recipient],
    written_on: date,
) -> Rendered:
    """One letter per recipient in one PDF; a recipient with `concerning` is a child's guardian."""
    register_fonts()  # the paragraphs below measure text in the letter font
    address = [line.strip() for line in new_address if line.strip()]
    if not address:
        raise ValueError("Den nya adressen saknas. Fyll i klinikens nya adress och försök igen.")
    letters = [
        Letter(
            recipient=recipient,
            document_name=DOCUMENT_NAME,
            references=(("Datum", swedish_date(written_on)),),
            body=_body(letterhead, address, moving_date, recipient.concerning),
        )
        for recipient in recipients
    ]
    return render_letters(path, letterhead, letters, f"{letterhead.name} flyttar")


def _body(head: Letterhead, address: list[str], moving_date: date, concerning: str | None) -> list:
    clinic = esc(head.name)
    if concerning:
        # To a guardian: "ni", since a letter about a child often reaches both guardians.
        listed = (
            f"{esc(concerning)} är fortsatt listad hos oss inom Hälsoval tandvård. Ni behöver inte "
            "göra något: listningen fortsätter som tidigare och bokade tider gäller, men besöken sker "
            "på den nya adressen."
        )
        questions = f"Har ni frågor är ni välkomna att kontakta oss {contact_phrase(head)}."
        welcome = "Varmt välkomna till våra nya lokaler!"
    else:
        listed = (
            "Du är fortsatt listad hos oss inom Hälsoval tandvård. Du behöver inte göra något: "
            "listningen fortsätter som tidigare och bokade tider gäller, men besöken sker på den "
            "nya adressen."
        )
        questions = f"Har du frågor är du välkommen att kontakta oss {contact_phrase(head)}."
        welcome = "Varmt välkommen till våra nya lokaler!"
    return [
        *heading(f"{head.name} flyttar"),
        *(subheading(f"Angående {concerning}") if concerning else []),
        *paragraph(f"Från och med den <b>{swedish_date(moving_date)}</b> finns {clinic} på en ny adress:"),
        *block([head.name, *address], bold=True),
        *paragraph(listed),
        *paragraph(questions),
        *paragraph(welcome),
        *closing(head),
    ]
