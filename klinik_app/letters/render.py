"""Lay out a batch of letters and write them as one PDF: each letter starts on a new page.

Pages are laid out before anything is written, so a letter that cannot be laid out (an address
that does not fit the window) stops the batch without leaving a half-written PDF behind. The same
holds for a batch the user cancels: the PDF is built in memory and only written when it is whole.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
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


class Cancelled(Exception):
    """The user cancelled a batch of letters; no file was written. The message is Swedish."""

    def __init__(self, message: str = "Skrivningen av breven avbröts. Ingen fil har sparats.") -> None:
        super().__init__(message)


Progress = Callable[[int, int], None]


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
    path: str | os.PathLike,
    head: Letterhead,
    letters: Sequence[Letter],
    title: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Rendered:
    """Write every letter into one PDF at `path` (byte-identical for the same input).

    `progress(done, total)` counts steps: each letter is first laid out, then drawn, so `total` is
    twice the number of letters and the last call is `(total, total)`. When `cancelled()` turns
    true the batch stops with `Cancelled` and nothing is written at `path`.
    """
    if not letters:
        raise ValueError(NO_RECIPIENTS)
    register_fonts()
    step = _Steps(2 * len(letters), progress, cancelled)
    laid_out = []
    for letter in letters:
        step.check()
        laid_out.append((letter, _fit(letter.recipient), paginate(letter.body, letter.marking is not None)))
        step.done()
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
        step.check()
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
        step.done()
    c.save()
    step.check()  # the last chance: saving a large batch takes a moment
    _write_atomically(Path(path), buffer.getvalue())
    return Rendered(letters=len(letters), pages=total_pages)


class _Steps:
    """Counts the batch's steps for `progress` and stops it when `cancelled()` turns true."""

    __slots__ = ("_cancelled", "_count", "_progress", "_total")

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self._total, self._progress, self._cancelled, self._count = total, progress, cancelled, 0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def done(self) -> None:
        self._count += 1
        if self._progress is not None:
            self._progress(self._count, self._total)


def _fit(recipient: Recipient) -> window.FittedBlock:
    return window.fit_address(recipient.name_lines + recipient.address_lines, recipient.display_name)


def _write_atomically(path: Path, data: bytes) -> None:
    # A reader (or a crash) never sees a half-written PDF.
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)  # a full disk leaves no stray .part behind
        raise
