"""The address window: where the recipient's address goes so it shows through the envelope.

Swedish window envelopes (fönsterkuvert) for A4 letters commonly have the window on the left
("V2", the left-hand of the two Swedish standard positions). We place the window zone 20 mm from
the sheet's left edge and 45-90 mm below its top edge, 90 x 45 mm: the zone a left window shows of
an A4 sheet lying flat in a C4 envelope or folded once (at 148.5 mm, see FOLD_C5_MM) into a C5. The
same zone falls inside the top panel of a sheet folded in three for a C5/6 (DL) envelope and is
close to the German DIN 5008 form B field, so one layout serves all of them. Windows differ a
little between envelope makers and a sheet shifts in the envelope, so the text keeps 5 mm in from
the zone's sides and 3 mm from its top and bottom. In the zone: first the sender line, then the
recipient, as Swedish mail is addressed (name lines, street, postcode and town).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from klinik_app.letters.fonts import REGULAR, register_fonts

# The window opening, in mm measured from the sheet's top-left corner.
WINDOW_LEFT_MM = 20.0
WINDOW_TOP_MM = 45.0
WINDOW_WIDTH_MM = 90.0
WINDOW_HEIGHT_MM = 45.0
# The text area inside it (5 mm in from the sides, 3 mm from top and bottom).
TEXT_LEFT_MM = WINDOW_LEFT_MM + 5.0
TEXT_RIGHT_MM = WINDOW_LEFT_MM + WINDOW_WIDTH_MM - 5.0
TEXT_TOP_MM = WINDOW_TOP_MM + 3.0
TEXT_BOTTOM_MM = WINDOW_TOP_MM + WINDOW_HEIGHT_MM - 3.0
SENDER_SIZE = 7.0
ADDRESS_TOP_MM = TEXT_TOP_MM + 6.0  # the first address line's cap height starts below the sender line

# Fold mark for a C5 envelope: A4 folded once, in half.
FOLD_C5_MM = 148.5

# Try the normal size first, then shrink; postal sorting reads 8 pt and up most reliably, so
# wrapping a line is tried at those sizes before going smaller.
_UNWRAPPED_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0)
_WRAPPED_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
_LEADING = 1.2


@dataclass(frozen=True, slots=True)
class FittedBlock:
    """Lines ready to draw top-down from `ADDRESS_TOP_MM` at `size` with `leading`."""

    lines: tuple[str, ...]
    size: float
    leading: float


class AddressDoesNotFit(ValueError):
    """An address too long for the window even at the smallest size; the message is Swedish."""


def text_width_pt() -> float:
    return (TEXT_RIGHT_MM - TEXT_LEFT_MM) * mm


def address_height_pt() -> float:
    return (TEXT_BOTTOM_MM - ADDRESS_TOP_MM) * mm


def fit_address(lines: tuple[str, ...], who: str) -> FittedBlock:
    """Lines that fit the window: shrink first, then wrap long lines at spaces; never cut text."""
    register_fonts()
    width, height = text_width_pt(), address_height_pt()
    for wrap, sizes in ((False, _UNWRAPPED_SIZES), (True, _WRAPPED_SIZES)):
        for size in sizes:
            fitted = _wrap_all(lines, size, width) if wrap else list(lines)
            if fitted is None or any(stringWidth(line, REGULAR, size) > width for line in fitted):
                continue
            leading = size * _LEADING
            if _block_height(len(fitted), size, leading) <= height:
                return FittedBlock(tuple(fitted), size, leading)
    raise AddressDoesNotFit(
        f"Adressen till {who} får inte plats i kuvertfönstret. "
        "Förkorta adressraderna (till exempel med vedertagna förkortningar) och försök igen."
    )


def fit_sender_size(text: str) -> float:
    """The sender line stays on one line: shrink it to the window width (it is secondary)."""
    register_fonts()
    size = SENDER_SIZE
    while size > 5.0 and stringWidth(text, REGULAR, size) > text_width_pt():
        size -= 0.25
    return size


def _block_height(count: int, size: float, leading: float) -> float:
    # The first line needs its cap height; each further line one leading; descenders of the last.
    return size + (count - 1) * leading + 0.25 * size


def _wrap_all(lines: tuple[str, ...], size: float, width: float) -> list[str] | None:
    out: list[str] = []
    for line in lines:
        wrapped = _wrap(line, size, width)
        if wrapped is None:
            return None
        out.extend(wrapped)
    return out


def _wrap(line: str, size: float, width: float) -> list[str] | None:
    """Greedy wrap at spaces; None when a single word is wider than the window."""
    words = line.split()
    result: list[str] = []
    current = ""
    for word in words:
        if stringWidth(word, REGULAR, size) > width:
            return None
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, REGULAR, size) <= width:
            current = candidate
        else:
            result.append(current)
            current = word
    if current:
        result.append(current)
    return result
