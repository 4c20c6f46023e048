"""The application log: a rotating file in the user's log folder, English, never an identity number.

Used by the window and the command alike. A filter masks anything shaped like a personnummer or
samordningsnummer (10 or 12 digits, with or without a separator) in every record, tracebacks
included, because an exception text can carry a value the user typed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler

from klinik_app.config import log_dir

LOG_FILE = "klinik.log"
MAX_BYTES, BACKUPS = 2_000_000, 5  # at most six files of 2 MB: klinik.log and klinik.log.1 ... .5
_IDENTITY = re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+ ]?\d{4}(?!\d)")


def redact(text: str) -> str:
    return _IDENTITY.sub("[personnummer]", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


@contextmanager
def file_logging(level: int = logging.INFO) -> Iterator[RotatingFileHandler | None]:
    """Log to <log_dir>/klinik.log while the block runs; without a writable folder, do without."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8")
    except OSError:
        yield None
        return
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(min(level, root.level or level))
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(previous_level)
        handler.close()
