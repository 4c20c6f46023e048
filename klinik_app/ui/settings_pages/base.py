"""What every settings page has: a form of labelled inputs, the values as stored, a dirty check, and a
save through the services that a change made on another workstation cannot silently overwrite."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.ui.changed_elsewhere import CANCELLED, KEPT, KEPT_TEXT, save_with_conflict_check


class SettingsPage(QWidget):
    """A subclass sets `title`, builds its rows with `add_row`, and defines show_stored, values and save."""

    title = ""

    def __init__(self, ctx: ServiceContext, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown: Any = None
        self.intro = QLabel(intro, objectName="intro_label", wordWrap=True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)  # numbers stay narrow
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.intro)
        self.box.addLayout(self.form)

    def finish(self) -> None:
        """After the rows: the page's stretch, then the stored values."""
        self.box.addStretch(1)
        self.load()

    def add_row(self, label: str, widget: QWidget, field: QWidget | None = None) -> QWidget:
        """A row with a buddy label (its mnemonic focuses `field`, by default `widget`) named after it."""
        field = field or widget
        caption = QLabel(label)
        caption.setBuddy(field)
        field.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(caption, widget)
        return field

    def first_field(self) -> QWidget | None:
        """Where the focus goes when the page is shown after a refusal."""
        item = self.form.itemAt(0, QFormLayout.ItemRole.LabelRole)
        return item.widget().buddy() if item else None

    # --- what a page defines ------------------------------------------------------------------------
    def show_stored(self) -> None:
        """Put the stored values (and their versions) in the inputs."""
        raise NotImplementedError(f"{type(self).__name__} does not define show_stored()")

    def values(self) -> Any:
        """The inputs' values, compared with those shown to tell whether the page has changes."""
        raise NotImplementedError(f"{type(self).__name__} does not define values()")

    def save(self) -> None:
        """Store the changes through the services; raise (a ServiceError says why) to refuse."""
        raise NotImplementedError(f"{type(self).__name__} does not define save()")

    def saved_note(self) -> str:
        """After a save, what the status bar should say besides the page's title (e.g. what now happens)."""
        return ""

    # --- for the dialog -----------------------------------------------------------------------------
    def load(self) -> None:
        self.show_stored()
        self._shown = self.values()

    def is_dirty(self) -> bool:
        return self.values() != self._shown

    def save_checked(self, attempt: Callable[[dict], Any], versions: dict, done_before: str = "") -> None:
        """For save(): `attempt(versions)` through the changed-elsewhere dialog (issue 10). Keeping the
        other workstation's version shows it here; that and cancelling are refusals, said by the dialog."""
        outcome = save_with_conflict_check(self, attempt, versions)
        if outcome == KEPT:
            self.load()
            kept = QCoreApplication.translate("changed_elsewhere", KEPT_TEXT)
            raise ServiceError(f"{done_before}{kept} "
                               + QCoreApplication.translate("SettingsPage", "Uppgifterna som sparats visas nu."))
        if outcome == CANCELLED:
            raise ServiceError(done_before + QCoreApplication.translate(
                "SettingsPage", "Ingenting sparades på den här sidan. Det du skrev finns kvar."))


def spin(low: int, high: int, suffix: str, name: str) -> QSpinBox:
    """A whole-number input; the range is wide on purpose: the service explains a value it refuses."""
    box = QSpinBox(objectName=name)
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box
