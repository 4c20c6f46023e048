"""Typing Swedish text in tests: QTest.keyClicks asserts on characters outside ASCII (å, ä, ö)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_KEYS = {"å": Qt.Key.Key_Aring, "ä": Qt.Key.Key_Adiaeresis, "ö": Qt.Key.Key_Odiaeresis,
         "é": Qt.Key.Key_Eacute, "ü": Qt.Key.Key_Udiaeresis}


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` into `widget` key by key, as a Swedish keyboard would."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        key = _KEYS.get(char.lower(), Qt.Key.Key_unknown)
        modifiers = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, char))
