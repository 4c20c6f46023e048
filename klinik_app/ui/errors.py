"""Failures shown to the user: one Swedish message box, never a crash (logs stay English).

The crash guard (`install_excepthook`): an exception nothing caught is logged (redacted), written
to a local crash report (klinik_app.crash_reports) and told in Swedish; the window stays open with
whatever the user typed, because the event loop simply goes on.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from klinik_app.config import log_dir
from klinik_app.crash_reports import write_crash_report
from klinik_app.domain.messages import Text
from klinik_app.services.errors import user_template
from klinik_app.services.messages import CONTEXT as SERVICES

DOMAIN, SYNC = "domain", "sync"  # the contexts of the domain's and the sync's refusals

log = logging.getLogger(__name__)

TITLE = "Klinik"
KEPT_INPUT = QT_TRANSLATE_NOOP("errors", "Det du skrivit finns kvar: kontrollera det och försök igen.")


def show_error(parent: QWidget | None, exc: BaseException, *, title: str = TITLE) -> str:
    """Show `exc` as a sentence that says what happened and what to do (in the chosen language); return it."""
    message = translated(exc)
    show_message(parent, message, title=title)
    return message


def translated(exc: BaseException) -> str:
    """The user's sentence for `exc` in the window's language: a refusal's marked template translated in
    its own context (`exc.context`: "services", "domain" or "sync"; klinik_app/domain/messages.py) and
    filled with its values. Swedish, or a text no translation knows, comes out exactly as `user_message`
    has it. A value that is a label the window translates (a status, a role) is shown translated too."""
    template, params, _code = user_template(exc)
    own = getattr(exc, "context", None)
    text = _translate(template, (own,) if isinstance(own, str) else ())
    if not params:
        return text
    return text.format(**{name: _label(value, own) for name, value in params.items()})


def translated_text(template: str, params: dict | None = None, context: str | None = None) -> str:
    """A marked template (kept by a domain or sync result rather than an exception) in the window's
    language, filled with its values."""
    text = _translate(template, (context,) if context else ())
    return text.format(**{name: _label(value, context) for name, value in params.items()}) if params else text


def shown_text(value: str) -> str:
    """A text the domain returned (a problem, an issue: a `Text` keeps its template) in the window's language."""
    return str(_label(value))


def _translate(text: str, first: tuple[str, ...]) -> str:
    for context in (*first, SERVICES, DOMAIN, SYNC):
        found = QCoreApplication.translate(context, text)
        if found != text:
            return found
    return text


def _label(value: object, own: object = None) -> object:
    """A value marked for translation (a part of a refusal, a label in "domain", a `Text` with its own
    values) in the window's language, a label written in lower case (a status, a role: "Tiden är bokad")
    in lower case too; any other value (a name, a date, a number) as it is."""
    if isinstance(value, Text) and value.params:  # a Text without values is a label, as below
        return translated_text(value.template, value.params, own if isinstance(own, str) else None)
    if isinstance(value, BaseException) and isinstance(getattr(value, "template", None), str):
        return translated(value)  # a refusal given as a value ("{file}: {error}")
    if isinstance(value, str) and value:
        first = (own,) if isinstance(own, str) else ()
        found = _translate(value, first)
        if found == value and value[:1].islower():  # a label written in lower case inside a sentence ("bokad")
            label = value[:1].upper() + value[1:]
            shown = _translate(label, first)
            if shown != label:
                return shown[:1].lower() + shown[1:]
        return found
    return value


def show_message(parent: QWidget | None, message: str, *, title: str = TITLE) -> None:
    QMessageBox.critical(parent, title, message)


def crash_message(report: Path | None) -> str:
    if report:
        where = QCoreApplication.translate(
            "errors", "En felrapport har sparats lokalt i {parent}; den lämnar aldrig datorn.").format(
                parent=report.parent)
    else:
        where = QCoreApplication.translate(
            "errors", "Felet finns i loggen i {log_dir}; den lämnar aldrig datorn.").format(log_dir=log_dir())
    return QCoreApplication.translate("errors", "Något oväntat hände i Klinik. {input_kept}\n\n{where}").format(
        input_kept=QCoreApplication.translate("errors", KEPT_INPUT), where=where)


def _current_window() -> QWidget | None:
    """The window the user was working in (without focus, e.g. offscreen: the top visible one)."""
    found = QApplication.activeModalWidget() or QApplication.activeWindow()
    if found is None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        found = visible[-1] if visible else None
    return found


class _ExceptHook:
    """sys.excepthook for the window: log, write a crash report, say it in Swedish, keep running."""

    def __init__(self, previous) -> None:
        self.previous = previous
        self._showing = False

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        log.error("unhandled exception", exc_info=(kind, exc, tb))
        app = QApplication.instance()
        window = _current_window() if app is not None else None
        report = write_crash_report(exc.with_traceback(tb), {
            "qt": qVersion(), "pyside6": PySide6.__version__,
            "window": type(window).__name__ if window is not None else "-",  # the class only, never field contents
        })
        if app is None or self._showing:
            return  # no window to show it in, or already showing one: the log and the report have it
        self._showing = True
        try:
            if isinstance(getattr(exc, "message", None), str):  # a known failure says what to do itself
                show_message(window, f"{translated(exc)}\n\n{QCoreApplication.translate('errors', KEPT_INPUT)}")
            else:
                show_message(window, crash_message(report))
        finally:
            self._showing = False


def install_excepthook():
    """Install the hook; returns the previous one so the caller can put it back."""
    previous = sys.excepthook
    sys.excepthook = _ExceptHook(previous)
    return previous
