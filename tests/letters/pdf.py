"""Reading rendered letters back with pypdf."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    """The text of every page, whitespace collapsed (wrapped lines join with a space)."""
    return [re.sub(r"\s+", " ", page.extract_text()).strip() for page in PdfReader(path).pages]


@dataclass(frozen=True)
class Run:
    text: str
    x: float  # points from the left edge
    y: float  # baseline, points from the bottom edge
    size: float


def text_runs(path: Path, page: int) -> list[Run]:
    """Each drawn text line with its position (reportlab draws without scaling)."""
    runs: list[Run] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            runs.append(Run(text.strip(), tm[4] + cm[4], tm[5] + cm[5], font_size))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return runs


def base_fonts(path: Path) -> set[str]:
    """BaseFont names of every font any page uses, with the subset prefix ("AAAAAA+") removed."""
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def fonts_without_file(path: Path) -> set[str]:
    """Fonts that are not embedded (no FontFile2 in their descriptor)."""
    missing = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.add(str(font["/BaseFont"]))
    return missing
