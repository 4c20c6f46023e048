"""The letters' font: DejaVu Sans, embedded in every PDF.

reportlab's built-in Helvetica is not embedded, so a printout depends on the reader's substitute
font; an embedded TrueType font prints the same everywhere and carries å, ä, ö and the en dash.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()  # letter batches run on a worker thread; register once, whoever is first


def fonts_dir() -> Path:
    """resources/fonts of the repository, or of the PyInstaller bundle when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS")) / "resources" / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def register_fonts() -> None:
    """Register the regular and bold faces with reportlab (idempotent)."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        folder = fonts_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"Letter font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> in a Paragraph picks the bold face; there is no italic face, so italic maps to regular.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
