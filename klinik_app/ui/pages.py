"""A page of the main window added by its own module: the tab, the Visa menu entry with its shortcut,
the status messages, and `page_shown()` each time the tab is chosen (pages load when first seen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence


def add_page(window, view, title: str, menu_text: str, shortcut: str, tooltip: str, *,
             focus: Callable[[], object] | None = None) -> QAction:
    """Add `view` as the tab `title`; `focus` runs after the shortcut shows it. Returns the menu action."""
    view.status_message.connect(window.show_status)
    index = window.tabs.addTab(view, title)
    window.tabs.setTabToolTip(index, f"{tooltip} ({shortcut})")
    window.tabs.currentChanged.connect(lambda _i: window.tabs.currentWidget() is view and view.page_shown())
    action = QAction(menu_text, window)
    action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda: (window.tabs.setCurrentWidget(view), focus and focus()))
    window.view_menu.addAction(action)
    return action
