"""The referral forms (R-RV-9, issue 12): a new referral, sending it, and recording the answer.
Enter saves, Esc cancels; a refusal is shown in the form and what was typed stays."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from klinik_app.domain import referrals as rules
from klinik_app.services import referrals
from klinik_app.services.context import ServiceContext
from klinik_app.services.referrals import ReferralRow
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.listing_dialogs import combo, date_edit


def _day(edit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def _text_box(object_name: str, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=object_name)
    box.setTabChangesFocus(True)  # Tab moves on, Enter in the form saves through the dialog's buttons
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class NewReferralDialog(FormDialog):
    """A referral written for the patient; it is a draft until "Skicka…" records it as sent."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, patient_id: int, patient_name: str) -> None:
        super().__init__(parent,
                         self.tr("Ny remiss"),
                         self.tr("Remiss till specialisttandvård för {patient_name}. Remissen sparas som ej skickad "
                                 "tills du registrerar att den skickats.").format(patient_name=patient_name))
        self.ctx, self.patient_id = ctx, patient_id
        self.referral_id: int | None = None
        self.specialty = self.add_field(self.tr("&Specialitet:"), combo(
            [(code, domain_text(label)) for code, label in rules.SPECIALTIES.items()],
            placeholder=self.tr("Välj specialitet"), name=self.tr("Specialitet"),
            object_name="specialty_box"))
        self.reason = self.add_field(self.tr("&Orsak:"), _text_box("reason_edit"))
        self.name_buttons(self.tr("Spara &remissen"), self.tr("Avbryt"))
        self.layout().activate()

    def save(self) -> None:
        self.referral_id = referrals.create(self.ctx, self.patient_id, self.specialty.currentData() or "",
                                            self.reason.toPlainText())


class SendReferralDialog(FormDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, row: ReferralRow) -> None:
        super().__init__(parent,
                         self.tr("Skicka remiss"),
                         self.tr("Remiss för {patient_name} ({specialty}). Vart och när skickades den?").format(
                             patient_name=row.patient_name, specialty=domain_text(row.specialty_label)))
        self.ctx, self.row = ctx, row
        self.recipient = self.add_field(self.tr("&Mottagande klinik:"), QLineEdit(objectName="recipient_edit"))
        self.sent_on = self.add_field(
            self.tr("S&kickad:"),
            date_edit(ctx.today, maximum=ctx.today, name=self.tr("Skickad"), object_name="sent_on_edit"))
        self.name_buttons(self.tr("&Registrera skickad"), self.tr("Avbryt"))
        self.layout().activate()

    def save(self) -> None:
        referrals.send(self.ctx, self.row.id, self.recipient.text(), _day(self.sent_on),
                       expected_version=self.row.row_version)


class AnswerDialog(FormDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, row: ReferralRow) -> None:
        super().__init__(parent,
                         self.tr("Svar på remiss"),
                         self.tr("Svar från {recipient} på remissen för {patient_name} ({specialty}).").format(
                             recipient=row.recipient, patient_name=row.patient_name,
                             specialty=domain_text(row.specialty_label)))
        self.ctx, self.row = ctx, row
        self.answered_on = self.add_field(self.tr("Svar &mottaget:"), date_edit(ctx.today, maximum=ctx.today,
                                                                        name=self.tr("Svar mottaget"),
                                                                        object_name="answered_on_edit"))
        self.outcome = self.add_field(self.tr("&Utfall:"),
                                      combo([(code, domain_text(label)) for code, label in rules.OUTCOMES.items()],
                                            placeholder=self.tr("Välj utfall"),
                                            name=self.tr("Utfall"),
                                            object_name="outcome_box"))
        self.note = self.add_field(self.tr("&Anteckning:"), _text_box("note_edit", 3))
        self.name_buttons(self.tr("&Registrera svaret"), self.tr("Avbryt"))
        self.layout().activate()

    def save(self) -> None:
        referrals.record_answer(self.ctx, self.row.id, _day(self.answered_on), self.outcome.currentData() or "",
                                self.note.toPlainText(), expected_version=self.row.row_version)
