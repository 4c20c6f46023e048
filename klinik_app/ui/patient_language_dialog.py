"""Språk och tolk: the patient's language and whether an interpreter is needed (issue 12).

The revision proposals give such a patient a longer time and reserve the interpreter; a time booked
by hand gets the language filled in (ui.appointment_dialogs). Enter saves, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from klinik_app.services import patients
from klinik_app.services.context import ServiceContext
from klinik_app.services.patients import PatientCard
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.listing_dialogs import settle


class LanguageDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, card: PatientCard, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Språk och tolk"),
                         self.tr("{name}: vilket språk talar patienten (eller vårdnadshavaren), och behövs tolk? "
                                 "Med tolk bokas revisionstiden längre och tolken reserveras.").format(
                             name=f"{card.first_name} {card.last_name}"))
        self.setObjectName("language_dialog")
        self.ctx, self.card = ctx, card
        self.language = QComboBox(objectName="language_box", editable=True)
        self.language.addItem("")
        self.language.addItems(list(patients.COMMON_LANGUAGES))
        self.language.setCurrentText(card.language or "")
        self.add_field(self.tr("&Språk:"), self.language)
        self.interpreter = QCheckBox(self.tr("&Tolk behövs"), objectName="interpreter_box")
        self.interpreter.setChecked(card.interpreter_needed)
        self.add_field(self.tr("Tolk:"), self.interpreter)
        self.name_buttons(self.tr("Spara"), self.tr("Avbryt"))
        settle(self, 40)
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        self.save_checked(
            lambda versions: patients.set_language(self.ctx, self.card.id, self.language.currentText(),
                                                   self.interpreter.isChecked(),
                                                   expected_version=versions[self.card.id]),
            {self.card.id: self.card.row_version}, lambda: None)


def language_text(card: PatientCard) -> str | None:
    """'arabiska, tolk behövs' for the card; None when nothing is recorded."""
    if not card.language:
        return None
    if not card.interpreter_needed:
        return card.language
    return card.language + QCoreApplication.translate("patient_language_dialog", ", tolk behövs")


def add_language_dialog(window) -> None:
    """The main window's hook: the card's "Språk och tolk…" opens the dialog; a save shows the card anew."""
    def open_dialog(patient_id: int) -> None:
        card = window.card_view.card
        if card is None or card.id != patient_id:
            return
        dialog = LanguageDialog(window.ctx, card, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: window.open_patient(patient_id))
        dialog.open()
        window.language_dialog = dialog
    window.card_view.language_requested.connect(open_dialog)
