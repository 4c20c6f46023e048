"""The referral forms (R-RV-9, issue 12): a new referral, sending it, and recording the answer.
Enter saves, Esc cancels; a refusal is shown in the form and what was typed stays."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from klinik_app.domain import referrals as rules
from klinik_app.services import referrals
from klinik_app.services.context import ServiceContext
from klinik_app.services.referrals import ReferralRow
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
        super().__init__(parent, "Ny remiss", f"Remiss till specialisttandvård för {patient_name}. Remissen sparas "
                                              "som ej skickad tills du registrerar att den skickats.")
        self.ctx, self.patient_id = ctx, patient_id
        self.referral_id: int | None = None
        self.specialty = self.add_field("&Specialitet:", combo(
            list(rules.SPECIALTIES.items()), placeholder="Välj specialitet", name="Specialitet",
            object_name="specialty_box"))
        self.reason = self.add_field("&Orsak:", _text_box("reason_edit"))
        self.name_buttons("&Spara remissen", "Avbryt")
        self.layout().activate()

    def save(self) -> None:
        self.referral_id = referrals.create(self.ctx, self.patient_id, self.specialty.currentData() or "",
                                            self.reason.toPlainText())


class SendReferralDialog(FormDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, row: ReferralRow) -> None:
        super().__init__(parent, "Skicka remiss", f"Remiss för {row.patient_name} ({row.specialty_label}). "
                                                  "Vart och när skickades den?")
        self.ctx, self.row = ctx, row
        self.recipient = self.add_field("&Mottagande klinik:", QLineEdit(objectName="recipient_edit"))
        self.sent_on = self.add_field("S&kickad:", date_edit(ctx.today, maximum=ctx.today, name="Skickad",
                                                             object_name="sent_on_edit"))
        self.name_buttons("&Registrera skickad", "Avbryt")
        self.layout().activate()

    def save(self) -> None:
        referrals.send(self.ctx, self.row.id, self.recipient.text(), _day(self.sent_on),
                       expected_version=self.row.row_version)


class AnswerDialog(FormDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, row: ReferralRow) -> None:
        super().__init__(parent, "Svar på remiss", f"Svar från {row.recipient} på remissen för {row.patient_name} "
                                                   f"({row.specialty_label}).")
        self.ctx, self.row = ctx, row
        self.answered_on = self.add_field("Svar &mottaget:", date_edit(ctx.today, maximum=ctx.today,
                                                                        name="Svar mottaget",
                                                                        object_name="answered_on_edit"))
        self.outcome = self.add_field("&Utfall:", combo(list(rules.OUTCOMES.items()), placeholder="Välj utfall",
                                                        name="Utfall", object_name="outcome_box"))
        self.note = self.add_field("&Anteckning:", _text_box("note_edit", 3))
        self.name_buttons("&Registrera svaret", "Avbryt")
        self.layout().activate()

    def save(self) -> None:
        referrals.record_answer(self.ctx, self.row.id, _day(self.answered_on), self.outcome.currentData() or "",
                                self.note.toPlainText(), expected_version=self.row.row_version)
