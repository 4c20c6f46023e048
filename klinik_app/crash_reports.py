"""Local crash reports: one text file per unexpected failure under <log_dir>/crash/, never sent anywhere.

No Qt here, so the command could write them too. Every line goes through `logs.redact`: the
traceback's exception text can carry a value the user typed, and a report must never hold an
identity number. Only the last KEEP reports are kept.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from klinik_app import __version__
from klinik_app.config import log_dir
from klinik_app.logs import redact

FOLDER = "crash"
KEEP = 20
PREFIX = "krasch-"


def crash_dir() -> Path:
    return log_dir() / FOLDER


def report_text(exc: BaseException, facts: Mapping[str, str], now: datetime) -> str:
    """The report: time, versions, the caller's facts (e.g. the Qt version, the window's class), the traceback."""
    lines = [
        f"time: {now.isoformat(timespec='seconds')}",
        f"klinik: {__version__}",
        f"python: {platform.python_version()} ({sys.platform})",
        *(f"{key}: {value}" for key, value in facts.items()),
        "",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ]
    return redact("\n".join(line.rstrip("\n") for line in lines)) + "\n"


def write_crash_report(exc: BaseException, facts: Mapping[str, str] | None = None,
                       *, now: datetime | None = None) -> Path | None:
    """Write a report and drop the oldest beyond KEEP; None when the folder cannot be written (the log has it)."""
    now = now or datetime.now()
    folder = crash_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = _new_file(folder, now)
        path.write_text(report_text(exc, facts or {}, now), encoding="utf-8")
        _rotate(folder)
    except OSError:
        return None
    return path


def _new_file(folder: Path, now: datetime) -> Path:
    stem = f"{PREFIX}{now:%Y%m%d-%H%M%S-%f}"
    for n in range(100):  # two reports in the same microsecond keep their own files
        path = folder / (f"{stem}.txt" if n == 0 else f"{stem}-{n}.txt")
        try:
            path.touch(exist_ok=False)
            return path
        except FileExistsError:
            continue
    raise FileExistsError(folder / stem)


def _rotate(folder: Path) -> None:
    reports = sorted(folder.glob(f"{PREFIX}*.txt"))  # the names sort by time
    for old in reports[:-KEEP]:
        old.unlink(missing_ok=True)
