"""First start: the database has no clinic yet. Ask for the clinic, and offer demo data.

OK creates the clinic (validated by `init_clinic`; errors are shown in the dialog and what was
typed is kept), then, if asked, fills the database with demo patients in the background with
progress. Cancel ("Avsluta") leaves the database untouched and the application quits.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.hsa import InvalidHsaId
from klinik_app.services.clinic import ClinicError, ClinicInfo, init_clinic
from klinik_app.services.context import ServiceContext
from klinik_app.services.demo import DEMO_CLINIC_HSA_ID, DEMO_CLINIC_NAME, DemoSummary, create_demo_data_or_cancel
from klinik_app.ui.errors import translated
from klinik_app.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)

DEMO_DEFAULT = 2000
DEMO_MAX = 400_000
DEMO_SEED = 1


class FirstStartDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, database: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clinic: ClinicInfo | None = None
        self.demo_summary: DemoSummary | None = None
        self.setWindowTitle(self.tr("Välkommen till Klinik"))
        self.setAccessibleName(self.tr("Välkommen till Klinik"))

        heading = QLabel(self.tr("Välkommen till Klinik"))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
        heading.setFont(font)
        where = f" ({database})" if database else ""
        intro = QLabel(self.tr("Databasen{where} har ingen klinik än. Ange klinikens HSA-ID och namn så skapas "
                               "kliniken. Uppgifterna går att ändra senare.").format(where=where))
        intro.setWordWrap(True)

        self.hsa_field = QLineEdit(objectName="hsa_field")
        self.hsa_field.setPlaceholderText(self.tr("t.ex. SE2321000222-E12345"))
        self.hsa_field.setAccessibleName(self.tr("Klinikens HSA-ID"))
        self.name_field = QLineEdit(objectName="name_field")
        self.name_field.setPlaceholderText(self.tr("t.ex. Tandkliniken Centrum"))
        self.name_field.setAccessibleName(self.tr("Klinikens namn"))
        hsa_label = QLabel(self.tr("Klinikens &HSA-ID:"))
        hsa_label.setBuddy(self.hsa_field)
        name_label = QLabel(self.tr("Klinikens &namn:"))
        name_label.setBuddy(self.name_field)

        self.demo_box = QCheckBox(self.tr("Fyll databasen med &demodata (påhittade patienter)"), objectName="demo_box")
        self.demo_box.setAccessibleName(self.tr("Fyll databasen med demodata (påhittade patienter)"))
        self.demo_count = QSpinBox(objectName="demo_count")
        self.demo_count.setRange(1, DEMO_MAX)
        self.demo_count.setValue(DEMO_DEFAULT)
        self.demo_count.setSingleStep(1000)
        self.demo_count.setGroupSeparatorShown(True)
        self.demo_count.setSuffix(" patienter")
        self.demo_count.setAccessibleName(self.tr("Antal demopatienter"))
        self.demo_count.setEnabled(False)
        count_label = QLabel(self.tr("&Antal patienter:"))
        count_label.setBuddy(self.demo_count)
        self.demo_box.toggled.connect(self._demo_toggled)
        demo_note = QLabel(self.tr("Demodata är till för övning och visning. En databas med demodata kan inte "
                           "användas för riktiga patienter."))
        demo_note.setWordWrap(True)

        self.error_label = QLabel(objectName="error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.error_label.font())
        bold.setBold(True)
        self.error_label.setFont(bold)
        # Room for a message is kept from the start: the dialog does not jump when one appears.
        self.error_label.setMinimumHeight(3 * self.error_label.fontMetrics().lineSpacing() + 4)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Skapa kliniken"))
        self.ok_button.setAccessibleName(self.tr("Skapa kliniken"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("A&vsluta"))
        self.cancel_button.setAccessibleName(self.tr("Avsluta utan att skapa kliniken"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(hsa_label, self.hsa_field)
        form.addRow(name_label, self.name_field)
        form.addRow(self.demo_box)
        form.addRow(count_label, self.demo_count)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(demo_note)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Wrapped labels need their height for the width: give the dialog room for all of it
        # (and settle the size before the native window exists).
        width = self.fontMetrics().horizontalAdvance("M") * 50
        self.setMinimumWidth(width)
        layout.activate()
        height = max(layout.minimumHeightForWidth(width), layout.totalHeightForWidth(width))
        self.setMinimumHeight(height)
        self.resize(width, height)
        self.hsa_field.setFocus()

    # --- demo choice ----------------------------------------------------------------------------
    def _demo_toggled(self, on: bool) -> None:
        self.demo_count.setEnabled(on)
        # Someone trying Klinik out has no HSA-ID at hand: offer the demo clinic's (only into empty fields).
        if on and not self.hsa_field.text().strip() and not self.name_field.text().strip():
            self.hsa_field.setText(DEMO_CLINIC_HSA_ID)
            self.name_field.setText(DEMO_CLINIC_NAME)
        elif not on and self.hsa_field.text() == DEMO_CLINIC_HSA_ID and self.name_field.text() == DEMO_CLINIC_NAME:
            self.hsa_field.clear()
            self.name_field.clear()

    # --- creating -------------------------------------------------------------------------------
    def create(self) -> None:
        self.show_error(None)
        try:
            self.clinic = init_clinic(self.ctx, self.hsa_field.text(), self.name_field.text())
        except InvalidHsaId as exc:
            self.show_error(translated(exc), focus=self.hsa_field)
            return
        except ClinicError as exc:
            field = self.name_field if not self.name_field.text().strip() else self.hsa_field
            self.show_error(translated(exc), focus=field)
            return
        except Exception as exc:
            log.exception("creating the clinic failed")
            self.show_error(translated(exc))
            return
        if not self.demo_box.isChecked():
            self.accept()
            return
        self._set_busy(True)
        n = self.demo_count.value()
        BackgroundTask(
            self,
            lambda progress, cancelled: create_demo_data_or_cancel(
                self.ctx, n, seed=DEMO_SEED, progress=progress, cancelled=cancelled),
            self._demo_done,
            self._demo_failed,
        ).with_progress(self.tr("Skapar {n:,} demopatienter …").format(n=n).replace(",", "\u00a0"),
                        cancellable=True).run()

    def _demo_done(self, summary: DemoSummary | None) -> None:
        self._set_busy(False)
        if summary is None:
            self.show_error(
                self.tr("Demodata skapades inte (avbrutet), men kliniken är skapad. "
                "Försök igen, eller ta bort bocken för demodata och börja utan patienter.")
            )
            return
        self.demo_summary = summary
        self.clinic = ClinicInfo(self.clinic.hsa_id, self.clinic.name, self.clinic.rule_set_id, True)
        self.accept()

    def _demo_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_error(translated(exc))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.hsa_field, self.name_field, self.demo_box, self.ok_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.demo_count.setEnabled(not busy and self.demo_box.isChecked())

    def show_error(self, message: str | None, *, focus: QWidget | None = None) -> None:
        """Inline, in Swedish; what was typed stays."""
        self.error_label.setText(message or "")
        self.error_label.setAccessibleName(
            self.tr("Fel: {message}").format(message=message) if message else self.tr("Inga fel"))
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def reject(self) -> None:
        if not self.ok_button.isEnabled() and self.demo_box.isChecked():
            return  # demo data is being written: cancel in the progress dialog instead
        super().reject()
