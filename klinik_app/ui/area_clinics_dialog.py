"""Arkiv → Områdesansvar: which Folktandvården clinic answers for an address (R-EM-1).

A row maps a municipality, or postcodes starting with some digits within it, to a clinic; the most
specific row wins. Enter saves the row in the fields (a row of the same area is replaced); Delete
removes the selected row.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain import payer
from klinik_app.services import area_clinics
from klinik_app.services.context import ServiceContext
from klinik_app.ui.changed_elsewhere import SAVED, save_with_conflict_check
from klinik_app.ui.errors import translated as translated_error
from klinik_app.ui.i18n import translated
from klinik_app.ui.listing_dialogs import settle

COLUMNS = (QT_TRANSLATE_NOOP("area_clinics_dialog", "Kommunkod"),
           QT_TRANSLATE_NOOP("area_clinics_dialog", "Postnummer börjar på"),
           QT_TRANSLATE_NOOP("area_clinics_dialog", "Klinik"),
           QT_TRANSLATE_NOOP("area_clinics_dialog", "HSA-id"))


class AreaClinicsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Områdesansvar för akut tandvård"))
        intro = QLabel(self.tr("När en akutpatient inte är listad någonstans betalar den områdesansvariga kliniken "
                               "för patientens adress (R-EM-1). Ange kommun och vid behov början på postnumret; den "
                               "mest precisa raden gäller."),
                       wordWrap=True)
        self.table = QTableWidget(0, len(COLUMNS), objectName="area_table")
        self.table.setHorizontalHeaderLabels(translated("area_clinics_dialog", COLUMNS))
        self.table.setAccessibleName(self.tr("Områdesansvar"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected)
        self.municipality = QLineEdit(objectName="municipality_field")
        self.prefix = QLineEdit(objectName="prefix_field")
        self.prefix.setPlaceholderText(self.tr("tomt = hela kommunen"))
        self.hsa_id = QLineEdit(objectName="hsa_field")
        self.name = QLineEdit(objectName="name_field")
        form = QFormLayout()
        for label, widget in ((self.tr("&Kommunkod:"), self.municipality),
                              (self.tr("&Postnummer börjar på:"), self.prefix),
                              (self.tr("Klinikens &HSA-id:"), self.hsa_id),
                              (self.tr("Klinikens &namn:"), self.name)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            widget.returnPressed.connect(self.save)
            form.addRow(caption, widget)
        self.error = QLabel(objectName="error_label", wordWrap=True)
        save = QPushButton(self.tr("&Spara rad"), objectName="save_button")
        save.clicked.connect(self.save)
        remove = QPushButton(self.tr("&Ta bort markerad"), objectName="remove_button")
        remove.clicked.connect(self.remove_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(remove, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Enter in a field saves the row (above), never closes; Esc closes
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        for part in (intro, self.table):
            layout.addWidget(part)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reload()
        settle(self, 56)
        self.municipality.setFocus()

    def reload(self) -> None:
        self.rows = area_clinics.area_rows(self.ctx)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, value in enumerate((row.municipality_code, row.postcode_prefix or "", row.clinic_name,
                                       row.clinic_hsa_id)):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def save(self) -> None:
        # The row this save replaces, as the table shows it (version 0: no such row shown).
        area = (self.municipality.text().strip(), payer.postcode_digits(self.prefix.text()) or None)
        shown = next((r.row_version for r in self.rows if (r.municipality_code, r.postcode_prefix) == area), 0)

        def attempt(versions: dict) -> None:
            area_clinics.save_area(self.ctx, self.municipality.text(), self.prefix.text(), self.hsa_id.text(),
                                   self.name.text(), expected_version=versions[area])

        try:
            choice = save_with_conflict_check(self, attempt, {area: shown})
        except Exception as exc:  # a refusal: say why, keep what was typed
            self.error.setText(translated_error(exc))
            return
        if choice != SAVED:  # kept the other save (shown now) or cancelled: the fields stay as typed
            self.reload()
            return
        self.error.clear()
        for field in (self.municipality, self.prefix, self.hsa_id, self.name):
            field.clear()
        self.reload()
        self.municipality.setFocus()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            area_clinics.remove_area(self.ctx, self.rows[row].id)
            self.reload()
