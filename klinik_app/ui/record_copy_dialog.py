"""R-SE-4: "Journalkopia…" from the patient card, the Patient menu and the Att göra task.

The dialog asks who receives the copy, captures the consent (who gave it, how, when; obtained by
the logged-in person), previews what the copy holds (sections, counts and their first rows), and
saves it as PDF and, beside it, a FHIR JSON file. Keyboard-first: every field has a mnemonic, Enter
makes the copy, Esc cancels. A refusal (no consent, protected identity without a reason) is shown
inline and what was typed is kept.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from klinik_app.domain import record_copy as rules
from klinik_app.services import record_copy
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.ui.documents import ask_pdf_path
from klinik_app.ui.errors import show_error, shown_text
from klinik_app.ui.form_dialog import FormDialog

TITLE = QT_TRANSLATE_NOOP("record_copy_dialog", "Journalkopia")
INTRO = (QT_TRANSLATE_NOOP("record_copy_dialog",
                           "En kopia av allt Klinik har om patienten, som PDF och som FHIR-fil. Till en annan "
                           "vårdgivare bara med patientens eller vårdnadshavarens samtycke (R-SE-4). Kopian är "
                           "kostnadsfri och utlämnandet registreras och loggas."))
RECIPIENTS = ((rules.PROVIDER, QT_TRANSLATE_NOOP("record_copy_dialog", "Annan vårdgivare (med samtycke)")),
              (rules.PATIENT, QT_TRANSLATE_NOOP("record_copy_dialog", "Patienten själv (egen begäran)")),
              (rules.GUARDIAN, QT_TRANSLATE_NOOP("record_copy_dialog", "Vårdnadshavare (egen begäran)")))


def _day(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def _date_edit(today: date) -> QDateEdit:
    edit = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class RecordCopyDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, patient_id: int, parent: QWidget | None = None, *,
                 recipient: str = "") -> None:
        super().__init__(parent,
                         QCoreApplication.translate("record_copy_dialog", TITLE),
                         QCoreApplication.translate("record_copy_dialog", INTRO))
        self.ctx, self.patient_id = ctx, patient_id
        self.contents = record_copy.record_contents(ctx, patient_id)
        self.setWindowTitle(f"{QCoreApplication.translate('record_copy_dialog', TITLE)} – {self.contents.name}")
        self.kind = self.add_field(self.tr("&Mottagare:"), QComboBox(objectName="kind_combo"))
        for key, label in RECIPIENTS:
            self.kind.addItem(QCoreApplication.translate("record_copy_dialog", label), key)
        self.recipient = self.add_field(self.tr("Vårdgivarens &namn:"),
                                        QLineEdit(recipient, objectName="recipient_edit"))
        self.hsa_id = self.add_field(self.tr("Vårdgivarens &HSA-id:"), QLineEdit(objectName="hsa_edit"))
        self.given_by = self.add_field(self.tr("Samtycke &givet av:"), QComboBox(objectName="given_by_combo"))
        self.given_by.addItem(self.tr("Patienten"), None)
        for guardian in self.contents.guardians:
            self.given_by.addItem(self.tr("Vårdnadshavare {name}").format(name=guardian.name), guardian.name)
        self.how = self.add_field(self.tr("Hu&r:"), QComboBox(objectName="how_combo"))
        for key, label in rules.CONSENT_HOW.items():
            self.how.addItem(label, key)
        self.given_on = self.add_field(self.tr("&Datum för samtycket:"), _date_edit(ctx.today))
        who = ctx.actor.name or ctx.actor.user_id
        self.add_field(self.tr("Inhämtat av:"), QLabel(who, objectName="obtained_by_label"))
        self.reason = QLineEdit(objectName="reason_edit")
        if self.contents.protected:  # R-TG-4: the reason goes to the access log
            self.add_field(self.tr("Skä&l (skyddad identitet):"), self.reason)
        self.with_json = QCheckBox(self.tr("Spara även som &FHIR-fil (JSON) bredvid PDF:en"), objectName="json_check")
        self.with_json.setChecked(True)
        self.form.addRow(self.with_json)
        self.preview = QPlainTextEdit(self.contents.preview(), objectName="preview_text", readOnly=True)
        self.preview.setTabChangesFocus(True)
        self.add_field(self.tr("&Innehåll:"), self.preview)
        self.name_buttons(self.tr("&Skapa kopia…"), self.tr("Avbryt"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.result: record_copy.CopyResult | None = None
        self.saved_paths: list[Path] = []
        self.layout().activate()  # size hints settled before the native window exists (see help_dialogs)

    def _kind_changed(self) -> None:
        provider = self.kind.currentData() == rules.PROVIDER
        for widget in (self.recipient, self.hsa_id, self.given_by, self.how, self.given_on):
            widget.setEnabled(provider)

    def request(self) -> rules.CopyRequest:
        kind = self.kind.currentData()
        reason = self.reason.text() or None
        if kind != rules.PROVIDER:
            name = (rules.OWN_COPY if kind == rules.PATIENT
                    else (self.given_by.currentData() or self.tr("vårdnadshavare")))
            return rules.CopyRequest(kind, name, reason=reason)
        guardian = self.given_by.currentData()
        consent = rules.Consent(rules.CONSENT_GUARDIAN if guardian else rules.CONSENT_PATIENT, guardian,
                                _day(self.given_on), self.how.currentData())
        return rules.CopyRequest(kind, self.recipient.text(), self.hsa_id.text().strip() or None, consent, reason)

    def choose_pdf_path(self) -> Path | None:
        """Where to save the copy (a file dialog; tests replace this method)."""
        return ask_pdf_path(self, self.tr("Spara journalkopian"), f"journalkopia-{self.ctx.today.isoformat()}.pdf")

    def save(self) -> None:
        request = self.request()
        pdf = self.choose_pdf_path()
        if pdf is None:
            raise ServiceError(self.tr("Ingen fil valdes. Välj var kopian ska sparas."))
        json_path = pdf.with_suffix(".json") if self.with_json.isChecked() else None
        self.result = record_copy.make_copy(self.ctx, self.patient_id, request, pdf, json_path)
        self.saved_paths = [p for p in (pdf, json_path) if p is not None]

    def summary(self) -> str:
        return shown_text(self.result.summary(self.saved_paths)) if self.result else ""


class DeclinedDialog(FormDialog):
    """The patient or guardian did not consent to a copy to the new clinic: the task is done."""

    def __init__(self, ctx: ServiceContext, patient_id: int, patient_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent,
                         self.tr("Samtycke gavs inte"),
                         self.tr("{patient_name} (eller vårdnadshavaren) vill inte att journalen kopieras till den "
                                 "nya kliniken. Vilken dag beskedet kom?").format(patient_name=patient_name))
        self.ctx, self.patient_id = ctx, patient_id
        self.declined_on = self.add_field(self.tr("&Datum:"), _date_edit(ctx.today))
        self.name_buttons(self.tr("&Avsluta uppgiften"), self.tr("Avbryt"))
        self.layout().activate()

    def save(self) -> None:
        record_copy.decline_offer(self.ctx, self.patient_id, _day(self.declined_on))


def open_record_copy(window, patient_id: int, **kw) -> RecordCopyDialog | None:
    """Open the dialog (non-modal, like the window's other forms); the summary goes to the status bar."""
    try:
        dialog = RecordCopyDialog(window.ctx, patient_id, window, **kw)
    except Exception as exc:  # a refusal or a database failure: say so, keep the window
        show_error(window, exc)
        return None
    status = getattr(window, "statusBar", None)
    if status is not None:
        dialog.accepted.connect(lambda: status().showMessage(dialog.summary()))
    dialog.open()
    return dialog


def add_record_copy(window) -> QAction:
    """The main window's hook: the card's "Journalkopia…" button and Patient → Journalkopia… (Ctrl+J)."""
    window.card_view.copy_requested.connect(lambda patient_id: open_record_copy(window, patient_id))
    action = QAction(QCoreApplication.translate("record_copy_dialog", "&Journalkopia…"), window)
    action.setShortcut(QKeySequence("Ctrl+J"))
    action.setStatusTip(QCoreApplication.translate(
                            "record_copy_dialog",
                            "Kopia av patientens journal till en annan vårdgivare eller till patienten (R-SE-4)"))

    def from_menu() -> None:
        if window.showing_card() and window.card_view.card is not None:
            open_record_copy(window, window.card_view.card.id)

    action.triggered.connect(from_menu)
    menu = window.patient_menu
    menu.addAction(action)
    return action
