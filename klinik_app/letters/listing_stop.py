"""R-LI-5: the written notice of a listing stop (listningsstopp) to the orderer, and its lifting."""

from __future__ import annotations

import os
from datetime import date

from klinik_app.letters.dates import swedish_date
from klinik_app.letters.fonts import register_fonts
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Letter, render_letters
from klinik_app.letters.text import closing, contact_phrase, esc, heading, paragraph

DOCUMENT_NAME = "Meddelande"


def listing_stop_notice(
    path: str | os.PathLike,
    letterhead: Letterhead,
    orderer: Recipient,
    stop_start: date,
    listed_count: int,
    minimum: int,
    written_on: date,
    signer: str,
) -> Rendered:
    """The clinic tells the orderer it accepts no new choice listings from `stop_start` (R-LI-5).

    `minimum` comes from the rule set (30 in Västerbotten); a stop cannot be declared below it.
    """
    register_fonts()  # the paragraphs below measure text in the letter font
    if listed_count < minimum:
        raise ValueError(
            f"Listningsstopp kan inte anmälas: kliniken har {listed_count} listade patienter men ska ta "
            f"emot minst {minimum} (regel R-LI-5). Anmäl listningsstopp först när minst {minimum} "
            "patienter är listade."
        )
    clinic = esc(letterhead.name)
    start = swedish_date(stop_start)
    body = [
        *heading("Meddelande om listningsstopp"),
        *paragraph(
            f"{clinic} anmäler härmed listningsstopp inom Hälsoval tandvård från och med den "
            f"<b>{start}</b>."
        ),
        *paragraph(
            "Från detta datum saknar kliniken kapacitet att ta emot fler patienter än de som redan "
            f"är listade hos oss. Kliniken har i dag <b>{listed_count}</b> listade patienter i "
            f"målgruppen och uppfyller därmed åtagandet att ta emot minst {minimum} patienter."
        ),
        *paragraph(
            "Under listningsstoppet tar kliniken inte emot nya val av klinik. Patienter som redan är "
            "listade hos oss behåller sin listning och får sin tandvård som tidigare. Vi meddelar "
            "beställarenheten skriftligt när listningsstoppet upphör."
        ),
        *paragraph("Vi ber beställarenheten att uppdatera informationen om kliniken på 1177.se."),
        *paragraph(
            f"Har ni frågor är ni välkomna att kontakta {esc(signer)} {contact_phrase(letterhead)}."
        ),
        *closing(letterhead, signer),
    ]
    return _render(path, letterhead, orderer, written_on, signer, body, "Meddelande om listningsstopp")


def listing_stop_lifted_notice(
    path: str | os.PathLike,
    letterhead: Letterhead,
    orderer: Recipient,
    stop_end: date,
    written_on: date,
    signer: str,
) -> Rendered:
    """The listing stop ends on `stop_end`: from that day new choice listings are accepted again."""
    register_fonts()  # the paragraphs below measure text in the letter font
    clinic = esc(letterhead.name)
    body = [
        *heading("Meddelande om upphävt listningsstopp"),
        *paragraph(
            f"{clinic} meddelar härmed att klinikens listningsstopp inom Hälsoval tandvård upphör "
            f"den <b>{swedish_date(stop_end)}</b>."
        ),
        *paragraph(
            "Från och med den dagen har kliniken åter kapacitet att ta emot nya patienter och tar "
            "emot nya val av klinik som vanligt."
        ),
        *paragraph("Vi ber beställarenheten att uppdatera informationen om kliniken på 1177.se."),
        *paragraph(
            f"Har ni frågor är ni välkomna att kontakta {esc(signer)} {contact_phrase(letterhead)}."
        ),
        *closing(letterhead, signer),
    ]
    title = "Meddelande om upphävt listningsstopp"
    return _render(path, letterhead, orderer, written_on, signer, body, title)


def _render(path, letterhead, orderer, written_on, signer, body, title) -> Rendered:
    letter = Letter(
        recipient=orderer,
        document_name=DOCUMENT_NAME,
        references=(("Datum", swedish_date(written_on)), ("Vår referens", signer)),
        body=body,
    )
    return render_letters(path, letterhead, [letter], title)
