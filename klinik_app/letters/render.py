"""Lay out a batch of letters and write them as one PDF: each letter starts on a new page.

Pages are laid out before anything is written, so a letter that cannot be laid out (an address
that does not fit the window) stops the batch without leaving a half-written PDF behind.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from klinik_app.letters import layout, window
from klinik_app.letters.fonts import REGULAR, register_fonts
from klinik_app.letters.model import Letterhead, Recipient, Rendered

NO_RECIPIENTS = (
    "Det finns inga mottagare, så inga brev har skapats. Kontrollera urvalet av mottagare och försök igen."
)


@dataclass(frozen=True, slots=True)
class Letter:
    """One letter: to whom, the right-hand reference lines, and the body flowables."""

    recipient: Recipient
    document_name: str
    references: tuple[tuple[str, str], ...]
    body: Sequence[Flowable]
    marking: str | None = None


@dataclass(slots=True)
class _Page:
    items: list[tuple[Flowable, float]] = field(default_factory=list)  # flowable, its height


class Unbreakable(Flowable):
    """Flowables stacked and kept on one page (a signature, an address block)."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self._parts = list(parts)
        self._heights: list[float] = []

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's signature)
        self._heights = [part.wrap(availWidth, availHeight)[1] for part in self._parts]
        self.width, self.height = availWidth, sum(self._heights)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        return []

    def draw(self):
        y = self.height
        for part, height in zip(self._parts, self._heights):
            y -= height
            part.drawOn(self.canv, 0, y)


def paginate(body: Sequence[Flowable], marked: bool) -> list[_Page]:
    """Split the body over pages: the first below the address window, the rest from the top."""
    queue = list(body)
    pages: list[_Page] = []
    while queue:
        page = _Page()
        room = layout.body_height(first_page=not pages, marked=marked)
        while queue:
            flowable = queue[0]
            if isinstance(flowable, Spacer) and not page.items and pages:
                queue.pop(0)  # no blank space at the top of a continuation page
                continue
            height = flowable.wrap(layout.BODY_WIDTH, room)[1]
            if height <= room + 0.01:
                page.items.append((flowable, height))
                room -= height
                queue.pop(0)
                continue
            parts = flowable.split(layout.BODY_WIDTH, room)
            if parts:
                first = parts[0]
                page.items.append((first, first.wrap(layout.BODY_WIDTH, room)[1]))
                queue[0:1] = parts[1:]
            elif not page.items:
                raise ValueError(
                    "Ett stycke i brevet är för stort för en sida. Korta texten och försök igen."
                )
            break
        pages.append(page)
    return pages or [_Page()]


def render_letters(
    path: str | os.PathLike, head: Letterhead, letters: Sequence[Letter], title: str
) -> Rendered:
    """Write every letter into one PDF at `path` (byte-identical for the same input)."""
    if not letters:
        raise ValueError(NO_RECIPIENTS)
    register_fonts()
    laid_out = [(letter, _fit(letter.recipient), paginate(letter.body, letter.marking is not None))
                for letter in letters]
    buffer = io.BytesIO()
    # invariant=1: no creation time or random document id, so the same input gives the same bytes.
    # initialFontName: otherwise every page names Helvetica, a font the PDF does not embed.
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=REGULAR,
               lang="sv-SE")
    c.setTitle(title)
    c.setSubject(title)
    c.setAuthor(head.name)
    c.setCreator("Klinik")
    total_pages = 0
    for letter, address, pages in laid_out:
        for number, page in enumerate(pages, start=1):
            info = layout.PageInfo(letter.document_name, number, len(pages), letter.marking)
            layout.draw_header(c, head, info)
            if number == 1:
                layout.draw_window(c, head, address.lines, address.size, address.leading)
                layout.draw_references(c, letter.references)
                layout.draw_fold_mark(c)
            layout.draw_footer(c, head)
            top = layout.body_top_mm(number == 1, letter.marking is not None)
            y = layout.PAGE_HEIGHT - top * mm
            for flowable, height in page.items:
                y -= height
                flowable.drawOn(c, layout.LEFT_MM * mm, y)
            c.showPage()
            total_pages += 1
    c.save()
    _write_atomically(Path(path), buffer.getvalue())
    return Rendered(letters=len(letters), pages=total_pages)


def _fit(recipient: Recipient) -> window.FittedBlock:
    return window.fit_address(recipient.name_lines + recipient.address_lines, recipient.display_name)


def _write_atomically(path: Path, data: bytes) -> None:
    # A reader (or a crash) never sees a half-written PDF.
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(data)
    os.replace(temporary, path)
