"""The window's language: Swedish (the source texts), English, or a pseudo-translation for layout checks.

The choice is per workstation (a small file in the user's data folder); KLINIK_LANG or `--lang`
overrides it for one start. Swedish keeps Swedish number and date formats; English uses English (Sweden):
English month and day names, but the same dates (2026-11-22), 24-hour times, decimal comma and Monday
first as the clinic's Swedish papers and records, so nothing a patient or the region sees changes shape.
Month and day names in the window come from `ui_locale()`; letters and documents stay Swedish.
"""

from __future__ import annotations

import logging
import math
import os
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from klinik_app.config import data_dir
from klinik_app.resources import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = {"sv": "Svenska", "en": "English"}
PSEUDO = "pseudo"  # not offered in the settings: KLINIK_LANG=pseudo or --lang pseudo only
DEFAULT = "sv"
ENV = "KLINIK_LANG"
_FILE = "language"

_SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
_installed: list[QLocale] = []  # the locale of the language installed now, if any

_LOCALES = {
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": (QLocale.Language.English, QLocale.Country.Sweden),
    PSEUDO: (QLocale.Language.Swedish, QLocale.Country.Sweden),
}


def valid_languages() -> tuple[str, ...]:
    return (*LANGUAGES, PSEUDO)


def saved_language() -> str:
    """KLINIK_LANG when set to a known language, else this workstation's choice, else Swedish."""
    override = os.environ.get(ENV, "").strip().lower()
    if override in valid_languages():
        return override
    try:
        code = (data_dir() / _FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return DEFAULT
    return code if code in LANGUAGES else DEFAULT


def save_language(code: str) -> None:
    """Remember the language for the next start on this workstation."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / _FILE).write_text(code + "\n", encoding="utf-8")


def translated(context: str, texts) -> list[str]:
    """Texts marked with QT_TRANSLATE_NOOP(context, ...) at import time (column heads), translated now."""
    return [QCoreApplication.translate(context, text) for text in texts]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own texts and ours in `language`, plus the matching default locale; returns what was
    installed (for remove_translators)."""
    if language not in valid_languages():
        raise ValueError(f"unknown language {language!r}")
    QLocale.setDefault(QLocale(*_LOCALES[language]))
    _installed[:] = [QLocale(*_LOCALES[language])]
    installed: list[QTranslator] = []
    if language == PSEUDO:
        installed.append(PseudoTranslator(app))
    else:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.append(qt)
        else:
            log.info("qtbase_%s.qm not found; Qt's own texts stay English", language)
        ours = QTranslator(app)
        if ours.load(f"klinik_{language}", str(translations_dir())):
            installed.append(ours)
        elif language != DEFAULT:  # Swedish is the source text: nothing is lost without its file
            log.warning("klinik_%s.qm not found in %s; run scripts/translations", language, translations_dir())
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    _installed.clear()


def long_date(day: date) -> str:
    """'22 november 2026' in the window's language."""
    return ui_locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def ui_locale() -> QLocale:
    """Names of months and days in the window's language (Swedish when none is installed: tests, tools).
    Numbers and date formats are Swedish in every language (see the module's docstring)."""
    return _installed[0] if _installed else _SWEDISH


# Kept as they are: {placeholders}, %n/%1 arguments, && and the mnemonic letter after &, rich-text tags.
_KEEP = re.compile(r"\{[^{}]*\}|%(?:n|L?\d)|&&|&[a-z]+;|&.|<[^<>]*>")
_ACCENTS = str.maketrans(
    "aceinosuyzACEINOSUYZ",
    "äçëïñöšüÿžÄÇËÏÑÖŠÜŸŽ",
)


def pseudo(text: str) -> str:
    """`Sök &patient {name}` -> `[Šök &pätïëñt {name}~~~~~~~~]`: marked, ~40 % longer, still usable."""
    if not text:
        return text
    parts, end = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[end:match.start()].translate(_ACCENTS))
        parts.append(match.group())
        end = match.end()
    parts.append(text[end:].translate(_ACCENTS))
    return "[" + "".join(parts) + "~" * max(1, math.ceil(len(text) * 0.4)) + "]"


class PseudoTranslator(QTranslator):
    """Every text, ours and Qt's, lengthened and marked: shows untranslated texts and tight layouts."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
