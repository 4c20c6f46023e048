"""Failures shown to the user: one Swedish message box, never a crash (logs stay English)."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from klinik_app.services.errors import user_message

log = logging.getLogger(__name__)

TITLE = "Klinik"


def show_error(parent: QWidget | None, exc: BaseException, *, title: str = TITLE) -> str:
    """Show `exc` as a Swedish sentence that says what happened and what to do; return the text."""
    message, _code = user_message(exc)
    show_message(parent, message, title=title)
    return message


def show_message(parent: QWidget | None, message: str, *, title: str = TITLE) -> None:
    QMessageBox.critical(parent, title, message)


class _ExceptHook:
    """sys.excepthook for the window: log the traceback, show a Swedish message, keep running."""

    def __init__(self, previous) -> None:
        self.previous = previous
        self._showing = False

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        log.error("unhandled exception", exc_info=(kind, exc, tb))
        if QApplication.instance() is None or self._showing:
            return  # no window to show it in, or already showing one: the log has it
        self._showing = True
        try:
            show_error(QApplication.activeWindow(), exc)
        finally:
            self._showing = False


def install_excepthook():
    """Install the hook; returns the previous one so the caller can put it back."""
    previous = sys.excepthook
    sys.excepthook = _ExceptHook(previous)
    return previous
