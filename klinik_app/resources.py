"""Files shipped in resources/: the repository's, or the PyInstaller bundle's when frozen.

The domain takes the texts of these files as arguments; reading them happens here, called by the
services, so the domain stays free of I/O.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from klinik_app.domain.deidentify import NameLexicon


def resources_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS")) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


@cache
def name_lexicon() -> NameLexicon:
    """The word lists of resources/deidentify for de-identification (R-DV-4), read once."""
    folder = resources_dir() / "deidentify"

    def read(name: str) -> str:
        return (folder / f"{name}.txt").read_text(encoding="utf-8")

    return NameLexicon.parse(
        first_names=read("first_names"),
        surnames=read("surnames"),
        everyday_words=read("everyday_words"),
        not_names=read("not_names"),
    )
