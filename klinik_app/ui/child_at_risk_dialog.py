"""R-AB-5: the dentist's documented decision that closes a child-at-risk assessment: concern
reported (the date and the social services office) or not reported (the reason)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QButtonGroup, QDateEdit, QLineEdit, QPlainTextEdit, QRadioButton, QWidget

from klinik_app.services import absence
from klinik_app.services.context import ServiceContext
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.form_dialog import FormDialog


def assessment_text(task: absence.TaskItem) -> str:
    """What the dentist assesses, in words (also shown on the to-do page)."""
    times = (", ".join(a.strftime("%Y-%m-%d %H:%M") for a in task.absences)
             or QCoreApplication.translate("child_at_risk_dialog", "inga registrerade"))
    lines = [f"{task.label}: {task.patient_name} ({task.personnummer})",
             QCoreApplication.translate("child_at_risk_dialog", "Uteblivna överenskomna tider: {times}").format(
                 times=times)]
    if task.age_at_latest is not None:
        lines.append(QCoreApplication.translate("child_at_risk_dialog",
                                                "Ålder vid senaste uteblivandet: {age_at_latest} år").format(
                         age_at_latest=task.age_at_latest))
    lines.append(QCoreApplication.translate("child_at_risk_dialog", "Öppnad {opened_on}").format(
                     opened_on=task.opened_on.isoformat())
                 + (QCoreApplication.translate("child_at_risk_dialog", ", senast {due_on}").format(
                        due_on=task.due_on.isoformat()) if task.due_on else ""))
    if task.decision:
        lines.append(QCoreApplication.translate("child_at_risk_dialog", "Beslut: {decision}").format(
                         decision=domain_text(absence.DECISION_LABELS.get(task.decision, task.decision)))
                     + (f" {task.decision_on.isoformat()}" if task.decision_on else "")
                     + (f", {task.social_services_office}" if task.social_services_office else "")
                     + (f": {task.reason}" if task.reason else ""))
    return "\n".join(lines)


class ChildAtRiskDialog(FormDialog):
    """Enter saves (the service refuses a missing date, office or reason), Esc cancels."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, task: absence.TaskItem) -> None:
        super().__init__(parent, self.tr("Bedömning: barn som far illa"),
                         assessment_text(task) + self.tr("\n\nDokumentera tandläkarens beslut (R-AB-5)."))
        self.ctx, self.task = ctx, task
        self.reported = QRadioButton(self.tr("Orosanmälan &gjord"))
        self.not_reported = QRadioButton(self.tr("&Ingen orosanmälan"))
        self.not_reported.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.reported)
        group.addButton(self.not_reported)
        today = ctx.today
        self.reported_on = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.reported_on.setDisplayFormat("yyyy-MM-dd")
        self.office = QLineEdit()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.form.addRow(self.not_reported)
        self.add_field(self.tr("Skä&l:"), self.reason)
        self.form.addRow(self.reported)
        self.add_field(self.tr("&Datum för anmälan:"), self.reported_on)
        self.add_field(self.tr("Social&kontor:"), self.office)
        self.reported.toggled.connect(self._show_fields)
        self._show_fields()
        self.name_buttons(self.tr("&Spara beslutet"), self.tr("Avbryt"))
        self.layout().activate()  # size hints settled before the native window exists (see help_dialogs)

    def _show_fields(self, *_args) -> None:
        reported = self.reported.isChecked()
        for widget in (self.reported_on, self.office):
            widget.setEnabled(reported)
        self.reason.setEnabled(not reported)

    def save(self) -> None:
        q = self.reported_on.date()
        absence.decide_child_at_risk(
            self.ctx, self.task.id, self.reported.isChecked(), reported_on=date(q.year(), q.month(), q.day()),
            office=self.office.text(), reason=self.reason.toPlainText(), expected_version=self.task.row_version)
