"""A small form dialog: Enter saves, Esc cancels, a refusal is shown inline and the input kept."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from klinik_app.services.errors import user_message


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
        self.error.setAccessibleName("Felmeddelande")
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

    def refused(self) -> None:
        """After a refusal is shown (e.g. clear a password field)."""

    def _try_accept(self) -> None:
        try:
            self.save()
        except Exception as exc:  # a refusal from a service: say why, keep what was typed
            self.error.setText(user_message(exc)[0])
            self.refused()
            return
        self.error.clear()
        self.accept()
