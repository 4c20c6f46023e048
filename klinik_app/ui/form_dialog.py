"""A small form dialog: Enter saves, Esc cancels, a refusal is shown inline and the input kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from klinik_app.services.errors import ServiceError
from klinik_app.ui.changed_elsewhere import CANCELLED, KEPT, KEPT_TEXT, save_with_conflict_check
from klinik_app.ui.errors import translated


class FormDialog(QDialog):
    """Subclasses define save(), which raises a ServiceError (or another error) to refuse."""

    def __init__(self, parent: QWidget | None, title: str, intro: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.intro = QLabel(intro, objectName="intro_label")
        self.intro.setWordWrap(True)
        self.error = QLabel(objectName="error_label")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Felmeddelande"))
        self.error.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)  # room for a refusal, no resize
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_field(self, label: str, widget: QWidget) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(caption, widget)
        return widget

    def name_buttons(self, ok: str, cancel: str) -> None:
        for button, text in ((self.ok_button, ok), (self.cancel_button, cancel)):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))

    def save(self) -> None:
        """Each form's own use case; the base form has none, so a subclass must say what Save does."""
        raise NotImplementedError(f"{type(self).__name__} does not define save()")

    def save_checked(self, attempt: Callable[[dict], Any], versions: dict, show_stored: Callable[[], None],
                     done_before: str = "") -> None:
        """For save(): `attempt(versions)` through the changed-elsewhere check (issue 10). Keeping the
        other workstation's version shows it in the form; that and cancelling refuse inline, with
        `done_before` saying what this save already stored."""
        outcome = save_with_conflict_check(self, attempt, versions)
        if outcome == KEPT:
            show_stored()
            raise ServiceError(
                self.tr("{done_before}{not_saved} Uppgifterna som sparats visas nu.").format(
                    done_before=done_before, not_saved=QCoreApplication.translate("changed_elsewhere", KEPT_TEXT)))
        if outcome == CANCELLED:
            raise ServiceError(self.tr("{done_before}Det du skrev finns kvar.").format(
                                   done_before=done_before or self.tr('Ingenting sparades. ')))

    def refused(self) -> None:
        """After a refusal is shown (e.g. clear a password field)."""

    def _try_accept(self) -> None:
        try:
            self.save()
        except Exception as exc:  # a refusal from a service: say why, keep what was typed
            self.error.setText(translated(exc))
            self.refused()
            return
        self.error.clear()
        self.accept()
