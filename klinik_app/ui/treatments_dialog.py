"""The treatments of a visit or an emergency visit: code (searched in the valid price list, price
shown), tooth and caregiver; keyboard only (Enter adds, Delete removes the selected row, Esc closes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
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

from klinik_app.domain.fee_schedule import format_price
from klinik_app.services import appointments, treatments
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.ui.errors import translated as translated_error
from klinik_app.ui.i18n import translated
from klinik_app.ui.listing_dialogs import settle

COLUMNS = (QT_TRANSLATE_NOOP("treatments_dialog", "Kod"),
           QT_TRANSLATE_NOOP("treatments_dialog", "Åtgärd"),
           QT_TRANSLATE_NOOP("treatments_dialog", "Tand"),
           QT_TRANSLATE_NOOP("treatments_dialog", "Behandlare"),
           QT_TRANSLATE_NOOP("treatments_dialog", "Pris (kr)"))


class TreatmentsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, *, appointment_id: int | None = None,
                 emergency_visit_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.visit = ctx, dict(appointment_id=appointment_id, emergency_visit_id=emergency_visit_id)
        self.schedule = treatments.visit_schedule(ctx, **self.visit)  # refused (ServiceError) without a valid list
        self.setWindowTitle(
            self.tr("Behandlingar vid ") + (self.tr("akutbesöket") if emergency_visit_id else self.tr("besöket")))
        self.table = QTableWidget(0, len(COLUMNS), objectName="treatments_table")
        self.table.setHorizontalHeaderLabels(translated("treatments_dialog", COLUMNS))
        self.table.setAccessibleName(self.tr("Registrerade behandlingar"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.code = QLineEdit(objectName="code_field")
        self.code.setPlaceholderText(self.tr("Skriv koden eller början på namnet"))
        # Inline completion by code or by name (no popup to catch the Tab): "70" -> "701 – Fyllning ...".
        self.choices = {}
        for i in self.schedule.items.values():
            price = format_price(i.price_ore)
            for shown in (self.tr("{code} – {name} ({price} kr)").format(code=i.code, name=i.name, price=price),
                          self.tr("{name} – {code} ({price} kr)").format(name=i.name, code=i.code, price=price)):
                self.choices[shown.casefold()] = (shown, i.code)
        completer = QCompleter(sorted(shown for shown, _ in self.choices.values()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.code.setCompleter(completer)
        self.price = QLabel(objectName="price_label")
        self.code.textChanged.connect(self._show_price)
        self.tooth = QLineEdit(objectName="tooth_field")
        self.tooth.setPlaceholderText(self.tr("FDI, t.ex. 36 (tomt om ingen tand)"))
        self.caregiver = QComboBox(objectName="caregiver_box")
        for hsa_id, name, _role in appointments.caregivers(ctx):
            self.caregiver.addItem(name, hsa_id)
        self.add_button = QPushButton(self.tr("&Lägg till"), objectName="add_button")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Ta bort markerad"), objectName="remove_button")
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected)
        self.error = QLabel(objectName="error_label", wordWrap=True)
        form = QFormLayout()
        for label, widget in ((self.tr("Åtgärds&kod:"), self.code),
                              (self.tr("Pris:"), self.price),
                              (self.tr("T&and:"), self.tooth),
                              (self.tr("&Behandlare:"), self.caregiver)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Priser enligt {name}.").format(name=self.schedule.name), wordWrap=True))
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for field in (self.code, self.tooth):
            field.returnPressed.connect(self.add)
        for button in buttons.buttons():  # Enter adds (above), never closes; Esc closes
            button.setAutoDefault(False)
        self.reload()
        settle(self, 60)
        self.code.setFocus()

    def chosen_code(self) -> str:
        text = self.code.text().strip()  # the typed part keeps the user's letter case
        return self.choices.get(text.casefold(), (text, text))[1]

    def _show_price(self, _text: str) -> None:
        item = self.schedule.items.get(self.chosen_code())
        self.price.setText(
            self.tr("{name}: {price} kr").format(name=item.name, price=format_price(item.price_ore)) if item else "")

    def reload(self) -> None:
        self.rows = treatments.visit_treatments(self.ctx, **self.visit)
        self.table.setRowCount(len(self.rows))
        for r, t in enumerate(self.rows):
            for c, value in enumerate(
                (t.code, t.name, str(t.tooth or ""), t.caregiver_name, format_price(t.price_ore))):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def add(self) -> None:
        tooth = self.tooth.text().strip()
        try:
            if tooth and not tooth.isdigit():
                raise ServiceError(self.tr("Tandnumret ska vara siffror enligt FDI, till exempel 36."))
            treatments.record_treatment(self.ctx, code=self.chosen_code(), tooth=int(tooth) if tooth else None,
                                        caregiver_hsa_id=self.caregiver.currentData() or "", **self.visit)
        except Exception as exc:  # a refusal: say why, keep what was typed
            self.error.setText(translated_error(exc))
            return
        self.error.clear()
        self.code.clear()
        self.tooth.clear()
        self.reload()
        self.code.setFocus()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        try:
            treatments.remove_treatment(self.ctx, self.rows[row].id, expected_version=self.rows[row].row_version)
        except Exception as exc:
            self.error.setText(translated_error(exc))
        self.reload()


def open_treatments_dialog(parent: QWidget | None, ctx: ServiceContext, appointment_id: int | None = None,
                           emergency_visit_id: int | None = None) -> TreatmentsDialog:
    """Open (non-modal) the treatments of a visit; a ServiceError (no valid price list) is the caller's to show."""
    dialog = TreatmentsDialog(parent, ctx, appointment_id=appointment_id, emergency_visit_id=emergency_visit_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
