"""The A4 letter page: letterhead, address window, date and reference, body area and footer.

Measurements are in mm from the sheet's top-left corner, as a designer measures a printed letter;
`_y` turns them into reportlab's bottom-up points.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from klinik_app.letters import window
from klinik_app.letters.fonts import BOLD, REGULAR
from klinik_app.letters.model import Letterhead

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MM = 25.0  # the body's left edge lines up with the address text in the window
RIGHT_MM = 185.0
RIGHT_COLUMN_MM = 125.0  # date, reference and document name: right of the window, as SIS letters do
HEADER_BASELINE_MM = 20.0
MARKING_TOP_MM = 27.0
MARKING_HEIGHT_MM = 7.0
FIRST_BODY_TOP_MM = 100.0  # 10 mm below the window, so no body text shows through it
NEXT_BODY_TOP_MM = 30.0
MARKED_NEXT_BODY_TOP_MM = 40.0
BODY_BOTTOM_MM = 266.0
FOOTER_RULE_MM = 271.0

BODY_WIDTH = (RIGHT_MM - LEFT_MM) * mm

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14.5)
HEADING = ParagraphStyle("heading", fontName=BOLD, fontSize=13.5, leading=17)
SUBHEADING = ParagraphStyle("subheading", fontName=BOLD, fontSize=10.5, leading=14.5)
SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=8.5, leading=10.5)
SMALL_BOLD = ParagraphStyle("small_bold", parent=SMALL, fontName=BOLD)


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What the fixed parts of one page need to know."""

    document_name: str
    page: int  # 1-based within its letter
    pages: int  # pages of this letter
    marking: str | None = None


def _y(top_mm: float) -> float:
    return PAGE_HEIGHT - top_mm * mm


def body_top_mm(first_page: bool, marked: bool) -> float:
    if first_page:
        return FIRST_BODY_TOP_MM
    return MARKED_NEXT_BODY_TOP_MM if marked else NEXT_BODY_TOP_MM


def body_height(first_page: bool, marked: bool) -> float:
    return (BODY_BOTTOM_MM - body_top_mm(first_page, marked)) * mm


def draw_header(c: Canvas, head: Letterhead, info: PageInfo) -> None:
    """Clinic name, document name and "1 (2)" page number (only on letters of several pages)."""
    name_size = _shrink(head.name, BOLD, 14.0, (RIGHT_COLUMN_MM - LEFT_MM - 5) * mm)
    c.setFont(BOLD, name_size)
    c.drawString(LEFT_MM * mm, _y(HEADER_BASELINE_MM), head.name)
    c.setFont(BOLD, 10)
    c.drawString(RIGHT_COLUMN_MM * mm, _y(HEADER_BASELINE_MM), info.document_name)
    if info.pages > 1:
        c.setFont(REGULAR, 10)
        c.drawRightString(RIGHT_MM * mm, _y(HEADER_BASELINE_MM), f"{info.page} ({info.pages})")
    if info.marking:
        _draw_marking(c, info.marking)


def _draw_marking(c: Canvas, text: str) -> None:
    # A framed line on every page, so a single page lying on a desk still says how to treat it.
    top, height = MARKING_TOP_MM, MARKING_HEIGHT_MM
    c.setLineWidth(1.2)
    c.rect(LEFT_MM * mm, _y(top + height), BODY_WIDTH, height * mm, stroke=1, fill=0)
    size = _shrink(text, BOLD, 10.0, BODY_WIDTH - 6 * mm)
    c.setFont(BOLD, size)
    c.drawCentredString((LEFT_MM + RIGHT_MM) / 2 * mm, _y(top + height / 2 + size * 0.35 / mm), text)


def draw_window(c: Canvas, head: Letterhead, lines: tuple[str, ...], size: float, leading: float) -> None:
    """Sender line, then the recipient's address, inside the envelope window."""
    sender = ", ".join((head.name, *head.address_lines))
    c.setFont(REGULAR, window.fit_sender_size(sender))
    c.drawString(window.TEXT_LEFT_MM * mm, _y(window.TEXT_TOP_MM + window.SENDER_SIZE / mm * 0.75), sender)
    c.setFont(REGULAR, size)
    baseline = _y(window.ADDRESS_TOP_MM) - size
    for line in lines:
        c.drawString(window.TEXT_LEFT_MM * mm, baseline, line)
        baseline -= leading


def draw_references(c: Canvas, references: tuple[tuple[str, str], ...]) -> None:
    """Label-over-value pairs ("Datum" / "22 november 2026") right of the window."""
    top = window.TEXT_TOP_MM
    width = (RIGHT_MM - RIGHT_COLUMN_MM) * mm
    for label, value in references:
        c.setFont(REGULAR, 7.5)
        c.drawString(RIGHT_COLUMN_MM * mm, _y(top + 2.6), label)
        size = _shrink(value, REGULAR, 10.0, width)
        c.setFont(REGULAR, size)
        c.drawString(RIGHT_COLUMN_MM * mm, _y(top + 7.0), value)
        top += 10.5


def draw_fold_mark(c: Canvas) -> None:
    """A short tick in the left margin where to fold the sheet once for a C5 envelope."""
    c.setLineWidth(0.4)
    c.line(5 * mm, _y(window.FOLD_C5_MM), 9 * mm, _y(window.FOLD_C5_MM))


def draw_footer(c: Canvas, head: Letterhead) -> None:
    """Postal address, phone, e-mail and HSA-ID under a rule, in columns, on every page."""
    columns = [("Postadress", ", ".join(head.address_lines), 45.0), ("Telefon", head.phone, 25.0)]
    if head.email:
        columns.append(("E-post", head.email, 55.0))
    columns.append(("HSA-ID", head.hsa_id, 0.0))  # the last column takes what is left
    c.setLineWidth(0.5)
    c.line(LEFT_MM * mm, _y(FOOTER_RULE_MM), RIGHT_MM * mm, _y(FOOTER_RULE_MM))
    x = LEFT_MM
    for label, value, width_mm in columns:
        width = (width_mm or (RIGHT_MM - x)) * mm - 3 * mm
        c.setFont(BOLD, 6.5)
        c.drawString(x * mm, _y(FOOTER_RULE_MM + 4.0), label)
        c.setFont(REGULAR, _shrink(value, REGULAR, 7.5, width))
        c.drawString(x * mm, _y(FOOTER_RULE_MM + 8.0), value)
        x += width_mm


def _shrink(text: str, font: str, size: float, width: float, minimum: float = 5.5) -> float:
    while size > minimum and stringWidth(text, font, size) > width:
        size -= 0.25
    return size
