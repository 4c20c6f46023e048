"""A keyboard and accessibility walker for any window or dialog (issue 11).

`gaps(window)` lists what a keyboard or screen-reader user would trip over among the widgets visible
in `window` now, each as "Window > Class objectName: problem":

- an input with neither a buddy label nor an accessible name;
- a button with no text and no accessible name (an icon alone says nothing to a screen reader);
- two visible controls sharing a mnemonic (Alt+letter then only toggles between them);
- an input that Tab never reaches (not tab-focusable), or a text box that swallows Tab;
and for dialogs `dialog_gaps`: Enter must press the save/OK button where there is one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QSlider)
# Composite widgets whose inner parts are named through the composite itself.
_COMPOSITES = (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar, QScrollBar)


def describe(window: QWidget, widget: QWidget) -> str:
    title = window.windowTitle() or type(window).__name__
    return f"{title} > {type(widget).__name__} {widget.objectName() or '(no objectName)'}"


def _inner_part(widget: QWidget, window: QWidget) -> bool:
    """Qt's own parts (objectName qt_*) and the pieces inside combo boxes, spin boxes, tab bars."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, _COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def visible_widgets(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget)
            if w.isVisibleTo(window) and w.window() is window and not _inner_part(w, window)]


def is_input(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView):  # part of its table, not focusable
        return False
    if isinstance(widget, (QCheckBox, QRadioButton)):
        return not widget.text().replace("&", "").strip()
    return isinstance(widget, INPUTS)


def _buddied(widgets: list[QWidget]) -> set[int]:
    return {id(label.buddy()) for label in widgets if isinstance(label, QLabel) and label.buddy() is not None}


def name_gaps(window: QWidget, widgets: list[QWidget]) -> list[str]:
    buddies = _buddied(window.findChildren(QLabel))
    found = []
    for widget in widgets:
        if is_input(widget) and id(widget) not in buddies and not widget.accessibleName().strip():
            found.append(f"{describe(window, widget)}: input with neither a buddy label nor an accessible name")
        elif isinstance(widget, QAbstractButton) and not is_input(widget) and not widget.text().replace("&", "").strip() \
                and not widget.accessibleName().strip():
            found.append(f"{describe(window, widget)}: button with no text and no accessible name")
    return found


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().lower()


def mnemonic_owners(window: QWidget, widgets: list[QWidget]) -> list[tuple[str, str]]:
    """(Alt+letter, who has it) for the menu bar, buttons, buddy labels, group boxes and tabs in view."""
    owners = []
    if isinstance(window, QMainWindow):
        owners += [(_mnemonic(a.text()), f"menu {a.text()}") for a in window.menuBar().actions() if a.isVisible()]
    for widget in widgets:
        texts = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            bar = widget.tabBar()
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
        owners += [(_mnemonic(t), f"{type(widget).__name__} {t!r}") for t in texts]
    return [(key, who) for key, who in owners if key]


def mnemonic_gaps(window: QWidget, widgets: list[QWidget]) -> list[str]:
    by_key: dict[str, list[str]] = {}
    for key, who in mnemonic_owners(window, widgets):
        by_key.setdefault(key, []).append(who)
    title = window.windowTitle() or type(window).__name__
    return [f"{title} > {key} is shared by {', '.join(who)}" for key, who in sorted(by_key.items()) if len(who) > 1]


def _tab_stop(widget: QWidget, window: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisibleTo(window) and widget.isEnabled()


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order: Qt's focus chain as QWidget::focusNextPrevChild walks it."""
    chain, widget = [], window.nextInFocusChain()
    while widget is not window and widget is not None and len(chain) < 10_000:
        if widget.window() is window and _tab_stop(widget, window):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def tab_gaps(window: QWidget, widgets: list[QWidget]) -> list[str]:
    reached = {id(w) for w in tab_chain(window)}
    found = []
    for widget in widgets:
        if not is_input(widget) or not widget.isEnabled():
            continue
        if id(widget) not in reached:
            found.append(f"{describe(window, widget)}: Tab never reaches it (focus policy {widget.focusPolicy().name})")
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.tabChangesFocus() \
                and not widget.isReadOnly():
            found.append(f"{describe(window, widget)}: Tab types a tab character instead of moving on "
                         "(setTabChangesFocus(True))")
    return found


def _accept_buttons(dialog: QDialog) -> list[QPushButton]:
    accept = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
    return [b for box in dialog.findChildren(QDialogButtonBox) if box.isVisibleTo(dialog)
            for b in box.buttons() if box.buttonRole(b) in accept and b.isVisibleTo(dialog)]


def default_button_gaps(dialog: QDialog) -> list[str]:
    """Enter saves: where the dialog has a save/OK button, it is the default button."""
    accept = _accept_buttons(dialog)
    if not accept:
        return []
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisibleTo(dialog)]
    if any(b in accept for b in defaults):
        return []
    said = ", ".join(repr(b.text()) for b in defaults) or "none"
    return [f"{dialog.windowTitle()} > Enter does not press {accept[0].text()!r} (default: {said})"]


def gaps(window: QWidget) -> list[str]:
    widgets = visible_widgets(window)
    found = name_gaps(window, widgets) + mnemonic_gaps(window, widgets) + tab_gaps(window, widgets)
    if isinstance(window, QDialog):
        found += default_button_gaps(window)
    return found
