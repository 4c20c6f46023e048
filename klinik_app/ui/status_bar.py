"""The main window's status bar: a message that does not fit beside the permanent widgets (the user,
the sync state, the demo mark) is cut with "…" at a word's end instead of being clipped mid-letter,
and its whole text is the bar's tooltip. The window may be narrow (a 1280 px laptop); the message
is cut again when the window is resized."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStatusBar, QWidget

ELLIPSIS = "…"


def elided(text: str, fits) -> str:
    """`text` whole when `fits(text)`, else its longest beginning ending at a word that fits with "…"."""
    if fits(text):
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",.:;–-") + ELLIPSIS
        if fits(candidate):
            return candidate
    cut = text
    while cut and not fits(cut + ELLIPSIS):  # one long word: cut by letters
        cut = cut[:-1]
    return cut + ELLIPSIS


class StatusBar(QStatusBar):
    """`showMessage(text, timeout)` and `currentMessage()` as ever (the whole text); `shown_message()`
    is what is drawn, cut to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.permanent: list[QWidget] = []
        self._full = ""  # the message as given
        self._shown = ""  # the message as shown (cut)
        self._timer = QTimer(self, singleShot=True)  # our own: cutting again must not restart Qt's
        self._timer.timeout.connect(self.clearMessage)
        self.messageChanged.connect(self._message_changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - Qt's name
        self.permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def insertPermanentWidget(self, index: int, widget: QWidget, stretch: int = 0) -> int:  # noqa: N802
        self.permanent.append(widget)
        return super().insertPermanentWidget(index, widget, stretch)

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 - Qt's name
        self._full = text
        if timeout > 0:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        self._show()

    def currentMessage(self) -> str:  # noqa: N802 - Qt's name
        """The message as given, not as cut: what callers (and tests) said."""
        return self._full if super().currentMessage() else ""

    def shown_message(self) -> str:
        """The message as drawn (cut to fit)."""
        return super().currentMessage()

    def message_width(self) -> int:
        """The room Qt draws a message in: from the left edge to the first permanent widget."""
        shown = [w.geometry().left() for w in self.permanent if w.isVisible()]
        right = min(shown) - 2 if shown else self.width() - 12
        return max(right - 6 - 4, 0)

    def _show(self) -> None:
        width, metrics = self.message_width(), self.fontMetrics()
        self._shown = elided(self._full, lambda t: metrics.horizontalAdvance(t) <= width)
        super().showMessage(self._shown)
        self.setToolTip(self._full if self._shown != self._full else "")

    def _message_changed(self, text: str) -> None:
        if text and text == self._shown:
            return  # ours
        if not text:  # cleared (ours, Qt's or a caller's)
            self._full = self._shown = ""
            self._timer.stop()
            self.setToolTip("")
            return
        # Qt's own (a menu entry's status tip) or a caller that went past showMessage: cut it too.
        self._full = text
        self._timer.stop()
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.shown_message() and self._full:
            self._show()
