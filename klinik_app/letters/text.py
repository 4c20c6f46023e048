"""Building blocks of a letter's body: escaped paragraphs, spacing, closing and contact lines."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from klinik_app.letters.layout import BODY, HEADING, SUBHEADING
from klinik_app.letters.model import Letterhead
from klinik_app.letters.render import Unbreakable


def esc(text: str) -> str:
    """Names and addresses are data, not markup: 'Ek & Son' must print as typed."""
    return escape(text)


def heading(text: str) -> list[Flowable]:
    return [Paragraph(esc(text), HEADING), Spacer(1, 3 * mm)]


def subheading(text: str) -> list[Flowable]:
    return [Paragraph(esc(text), SUBHEADING), Spacer(1, 2 * mm)]


def paragraph(markup: str) -> list[Flowable]:
    """A body paragraph; `markup` is already escaped (it may hold <b>)."""
    return [Paragraph(markup, BODY), Spacer(1, 3 * mm)]


def block(lines: list[str], *, bold: bool = False, indent_mm: float = 10.0) -> list[Flowable]:
    """Lines kept together and indented, such as an address inside the text."""
    style = SUBHEADING if bold else BODY
    indented = style.clone(f"{style.name}_indented", leftIndent=indent_mm * mm)
    return [Unbreakable([Paragraph(esc(line), indented) for line in lines]), Spacer(1, 3 * mm)]


def contact_phrase(head: Letterhead) -> str:
    """'på telefon 090-12 34 56 eller e-post ...' (escaped)."""
    phrase = f"på telefon {esc(head.phone)}"
    if head.email:
        phrase += f" eller e-post {esc(head.email)}"
    return phrase


def closing(head: Letterhead, signer: str | None = None) -> list[Flowable]:
    """'Med vänliga hälsningar', room to sign, the signer and the clinic, kept on one page."""
    parts: list[Flowable] = [Spacer(1, 2 * mm), Paragraph("Med vänliga hälsningar", BODY)]
    if signer:
        parts += [Spacer(1, 12 * mm), Paragraph(esc(signer), BODY)]
    else:
        parts += [Spacer(1, 3 * mm)]
    parts.append(Paragraph(esc(head.name), BODY))
    return [Unbreakable(parts)]
