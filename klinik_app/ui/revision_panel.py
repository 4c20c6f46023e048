"""The patient card's "Revision" section: the next revision and why, the recall state, the history.

Read-only apart from three buttons: "Registrera undersökning…" (the window opens the examination
dialog, Ctrl+E), "Eget datum…" and "Pausa kallelse…" (staff's own date or a pause, each with a
reason: services.recall; the computed date is never edited). A protected identity shows the same:
all of it stays at the clinic. `load(ctx, patient_id)` reads `examinations.revision_overview`;
a failure is said inside the section, and the rest of the card stays usable.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.dates import add_months
from klinik_app.domain.examination import NURSE
from klinik_app.services import examinations
from klinik_app.services import recall as recall_service
from klinik_app.services.context import ServiceContext
from klinik_app.services.examinations import ExamLine, RevisionOverview
from klinik_app.services.recall import RecallState
from klinik_app.ui.changed_elsewhere import KEPT, KEPT_TEXT, SAVED, save_with_conflict_check
from klinik_app.ui.errors import shown_text
from klinik_app.ui.errors import translated as translated_error
from klinik_app.ui.examination_form import TOBACCO_LABELS
from klinik_app.ui.i18n import translated
from klinik_app.ui.listing_dialogs import MessageLabel, date_edit, settle

log = logging.getLogger(__name__)

MISSING = "–"
HISTORY_COLUMNS = (QT_TRANSLATE_NOOP("revision_panel", "Datum"),
                   QT_TRANSLATE_NOOP("revision_panel", "Undersökare"),
                   QT_TRANSLATE_NOOP("revision_panel", "Risk"),
                   QT_TRANSLATE_NOOP("revision_panel", "Intervall"),
                   QT_TRANSLATE_NOOP("revision_panel", "deft / DFT"),
                   QT_TRANSLATE_NOOP("revision_panel", "Tobak"),
                   QT_TRANSLATE_NOOP("revision_panel", "Bettkontroll"),
                   QT_TRANSLATE_NOOP("revision_panel", "Regelbrott"))
NO_EXAMS = QT_TRANSLATE_NOOP("revision_panel", "Inga undersökningar registrerade.")
VISIBLE_ROWS = 8  # more scroll inside the table


def _selectable(object_name: str, label: str) -> QLabel:
    value = QLabel(objectName=object_name)
    value.setWordWrap(True)
    value.setTextFormat(Qt.TextFormat.PlainText)
    value.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    value.setProperty("spoken_label", label)
    return value


def _show(value: QLabel, text: str | None) -> None:
    value.setText(text or MISSING)
    value.setAccessibleName(f"{value.property('spoken_label')}: {text or 'saknas'}")


# --- texts (pure, tested without a window) --------------------------------------------------------


def due_text(overview: RevisionOverview, today: date) -> str:
    due = overview.due
    if due.due is None:
        return (QCoreApplication.translate("revision_panel", "Ingen revision inom Hälsoval (fri tandvård upphör ")
                + due.care_ends.isoformat() + ")")
    text = due.due.isoformat()
    days = (today - due.due).days
    if days > 0:
        text += (QCoreApplication.translate("revision_panel", " – passerat för 1 dag sedan") if days == 1
                 else QCoreApplication.translate("revision_panel", " – passerat för {days} dagar sedan").format(
                     days=days))
    elif days == 0:
        text += QCoreApplication.translate("revision_panel", " – i dag")
    return text + (QCoreApplication.translate("revision_panel", " · tandläkare krävs") if due.requires_dentist
                   else QCoreApplication.translate("revision_panel", " · tandläkare eller tandhygienist"))


def recall_text(state: RecallState, today: date) -> str:
    parts = [shown_text(state.label(today))]
    if state.override_due:
        parts.append(QCoreApplication.translate("revision_panel", "eget datum {override_due}").format(
                         override_due=state.override_due.isoformat()))
    paused = state.disabled_until is not None and state.disabled_until > today
    if state.reason and (state.override_due or paused):
        parts.append(QCoreApplication.translate("revision_panel", "orsak: {reason}").format(reason=state.reason))
    return " · ".join(parts)


def examiner_text(line: ExamLine) -> str:
    role = (QCoreApplication.translate("revision_panel", "Tandsköterska (tandhälsokontroll)") if line.role == NURSE
            else line.role_label)
    who = line.examiner_name or line.examiner_hsa_id
    return f"{role} {who}" if who else role


def risk_text(line: ExamLine) -> str:
    values = line.risks.values()
    if all(v is None for v in values):
        return MISSING
    domains = " ".join(
        f"{letter}{MISSING if v is None else v}"
        for letter, v in zip(
            QCoreApplication.translate("revision_panel", "KPAT", "initials of the four risk areas"), values))
    group = MISSING if line.risk_group is None else str(line.risk_group)
    return f"{group} ({domains})"


def interval_text(line: ExamLine) -> str:
    planned, used = line.planned_interval_months, line.used_interval_months
    if used is None and planned is None:
        return MISSING
    if planned is None:  # legacy: none recorded, read as planned at the cap
        return QCoreApplication.translate("revision_panel", "ej angivet → {used} mån").format(used=used)
    if used is not None and used != planned:
        return QCoreApplication.translate("revision_panel", "{planned} → {used} mån").format(planned=planned,
                                                                                             used=used)
    return QCoreApplication.translate("revision_panel", "{planned} mån").format(planned=planned)


def history_row(line: ExamLine) -> list[str]:
    def number(value: int | None) -> str:
        return MISSING if value is None else str(value)

    bite = {True: "ja", False: "nej", None: MISSING}[line.bite_check]
    tobacco = (QCoreApplication.translate("examination_form", TOBACCO_LABELS.get(line.tobacco, line.tobacco))
               if line.tobacco else MISSING)
    return [line.examined_on.isoformat(), examiner_text(line), risk_text(line), interval_text(line),
            f"{number(line.deft)} / {number(line.dft)}", tobacco, bite, line.flags or ""]


# --- the section ----------------------------------------------------------------------------------


class RevisionPanel(QGroupBox):
    exam_requested = Signal(int)  # patient id: open "Registrera undersökning"
    status_message = Signal(str)  # what was just done (own date, pause), for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Revision"), parent)
        self.setObjectName("revision_panel")
        self.setAccessibleName(self.tr("Revision"))
        self.ctx: ServiceContext | None = None
        self.patient_id: int | None = None
        self.overview: RevisionOverview | None = None

        self.due_value = _selectable("revision_due", self.tr("Nästa revision"))
        bold = QFont(self.due_value.font())
        bold.setBold(True)
        self.due_value.setFont(bold)
        self.explanation_value = _selectable("revision_explanation", self.tr("Varför"))
        self.recall_value = _selectable("recall_state", self.tr("Kallelse"))
        self.care_end_banner, self.care_end_text = self._banner()
        self.failure_label = _selectable("revision_failure", self.tr("Fel"))
        self.failure_label.hide()

        self.exam_button = QPushButton(self.tr("Registrera &undersökning… (Ctrl+E)"), objectName="exam_button")
        self.exam_button.setAccessibleName(self.tr("Registrera undersökning"))
        self.exam_button.setToolTip(self.tr("Registrera en revisionsundersökning eller tandhälsokontroll (Ctrl+E)"))
        self.exam_button.setAutoDefault(False)
        self.exam_button.clicked.connect(self._exam_clicked)
        self.override_button = QPushButton(self.tr("E&get datum…"), objectName="override_button")
        self.override_button.setAccessibleName(self.tr("Eget datum för nästa revision"))
        self.override_button.setToolTip(
            self.tr("Ett eget datum för kallelsen, med orsak. Det beräknade datumet ändras inte."))
        self.override_button.setAutoDefault(False)
        self.override_button.clicked.connect(lambda: self.open_decision(RecallDecisionDialog.OVERRIDE))
        self.pause_button = QPushButton(self.tr("Pausa &kallelse…"), objectName="pause_button")
        self.pause_button.setAccessibleName(self.tr("Pausa kallelse"))
        self.pause_button.setToolTip(self.tr("Pausa kallelsen till ett datum, med orsak (t.ex. utlandsvistelse)."))
        self.pause_button.setAutoDefault(False)
        self.pause_button.clicked.connect(lambda: self.open_decision(RecallDecisionDialog.PAUSE))
        buttons = QHBoxLayout()
        buttons.addWidget(self.exam_button)
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)

        self.table = QTableWidget(0, len(HISTORY_COLUMNS), objectName="exam_history")
        self.table.setAccessibleName(self.tr("Undersökningar, senaste först"))
        self.table.setHorizontalHeaderLabels(translated("revision_panel", HISTORY_COLUMNS))
        self.table.horizontalHeader().setAccessibleName(self.tr("Kolumnrubriker"))
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.row_height = self.fontMetrics().height() + 8
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.row_height)
        self.empty_label = QLabel(QCoreApplication.translate("revision_panel", NO_EXAMS), objectName="no_exams")
        self.empty_label.setAccessibleName(QCoreApplication.translate("revision_panel", NO_EXAMS))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, value in ((self.tr("Nästa revision:"), self.due_value),
                            (self.tr("Varför:"), self.explanation_value),
                            (self.tr("Kallelse:"), self.recall_value)):
            label = QLabel(text)
            label.setBuddy(value)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addRow(label, value)
        history_label = QLabel(self.tr("Historik:"))
        history_label.setBuddy(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.care_end_banner)
        layout.addWidget(self.failure_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(history_label)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        self.clear()

    def _banner(self) -> tuple[QFrame, QLabel]:
        frame = QFrame(objectName="care_end_banner")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setFrameShadow(QFrame.Shadow.Raised)
        # The palette's tooltip colours: set apart from the card in light and dark themes alike.
        frame.setAutoFillBackground(True)
        frame.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) * 2
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAccessibleName(self.tr("Varning"))
        text = _selectable("care_end_text", self.tr("Varning"))
        text.setForegroundRole(QPalette.ColorRole.ToolTipText)
        bold = QFont(text.font())
        bold.setBold(True)
        text.setFont(bold)
        row = QHBoxLayout(frame)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        frame.hide()
        return frame, text

    # --- filling in -----------------------------------------------------------------------------
    def clear(self) -> None:
        self.overview = None
        for value in (self.due_value, self.explanation_value, self.recall_value):
            _show(value, None)
        self.care_end_banner.hide()
        self.failure_label.hide()
        self.table.setRowCount(0)
        self._fit_table()
        self._enable(False)

    def load(self, ctx: ServiceContext, patient_id: int) -> RevisionOverview | None:
        """Read and show the patient's revision overview; a failure is shown here, not raised."""
        self.ctx, self.patient_id = ctx, patient_id
        try:
            overview = examinations.revision_overview(ctx, patient_id)
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("reading the revision overview of patient %s failed", patient_id)
            self.show_failure(translated_error(exc))
            return None
        self.set_overview(overview, ctx.today)
        return overview

    def show_failure(self, text: str) -> None:
        self.clear()
        message = self.tr("Revisionsuppgifterna kunde inte läsas: {error}").format(error=text)
        _show(self.failure_label, message)
        self.failure_label.show()
        self.exam_button.setEnabled(self.patient_id is not None)

    def set_overview(self, overview: RevisionOverview, today: date) -> None:
        self.overview = overview
        self.patient_id = overview.patient_id
        self.failure_label.hide()
        _show(self.due_value, due_text(overview, today))
        _show(self.explanation_value, shown_text(overview.explanation))
        _show(self.recall_value, recall_text(overview.recall, today))
        warning = shown_text(overview.care_end_warning) if overview.care_end_warning else None
        self.care_end_text.setText(warning or "")
        self.care_end_text.setAccessibleName(self.tr("Varning: {warning}").format(warning=warning) if warning else "")
        self.care_end_banner.setAccessibleName(warning or "")
        self.care_end_banner.setVisible(bool(warning))

        self.table.setRowCount(len(overview.exams))
        for row, line in enumerate(overview.exams):
            for column, text in enumerate(history_row(line)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._fit_table()
        self._enable(True)
        paused = overview.recall.disabled_until is not None and overview.recall.disabled_until > today
        self.pause_button.setText(self.tr("Häv pau&s…") if paused else self.tr("Pausa &kallelse…"))
        self.pause_button.setAccessibleName(self.tr("Häv pausen") if paused else self.tr("Pausa kallelse"))

    def _fit_table(self) -> None:
        rows = self.table.rowCount()
        self.table.setVisible(rows > 0)
        self.empty_label.setVisible(rows == 0)
        shown = max(1, min(rows, VISIBLE_ROWS))
        header = self.table.horizontalHeader().sizeHint().height()
        height = header + shown * self.row_height + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height)

    def _enable(self, on: bool) -> None:
        for button in (self.exam_button, self.override_button, self.pause_button):
            button.setEnabled(on)

    def history_texts(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    # --- actions --------------------------------------------------------------------------------
    def _exam_clicked(self) -> None:
        if self.patient_id is not None:
            self.exam_requested.emit(self.patient_id)

    def open_decision(self, kind: str) -> RecallDecisionDialog | None:
        if self.ctx is None or self.overview is None:
            return None
        dialog = RecallDecisionDialog(self.ctx, self.overview, kind, self)
        dialog.done_text.connect(self._decided)
        dialog.open()
        return dialog

    def _decided(self, text: str) -> None:
        if self.ctx is not None and self.patient_id is not None:
            self.load(self.ctx, self.patient_id)
        self.status_message.emit(text)


class RecallDecisionDialog(QDialog):
    """Staff's own date for the next revision, or a pause until a date: each with a reason."""

    OVERRIDE, PAUSE = "override", "pause"
    done_text = Signal(str)

    def __init__(self, ctx: ServiceContext, overview: RevisionOverview, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.overview, self.kind = ctx, overview, kind
        state, today = overview.recall, ctx.today
        self.paused = state.disabled_until is not None and state.disabled_until > today
        override = kind == self.OVERRIDE
        if override:
            title = self.tr("Eget datum för nästa revision")
        else:
            title = self.tr("Pausad kallelse") if self.paused else self.tr("Pausa kallelse")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        if override:
            computed = overview.due.due
            intro = (self.tr("Det beräknade datumet ändras inte; kallelselistan använder ditt datum i stället. "
                             "Beräknat: {computed}.").format(
                         computed=computed.isoformat() if computed else self.tr('ingen revision inom Hälsoval')))
            start = state.override_due or (computed if computed and computed >= today else today)
            self.date_field = date_edit(start, minimum=today, name=self.tr("Eget datum"), object_name="decision_date")
            date_text = self.tr("&Datum:")
        else:
            intro = (self.tr("Ingen kallelse skickas förrän pausen är slut. Kallelsen tas aldrig bort.")
                     + (self.tr(" Pausad till {disabled_until}.").format(
                            disabled_until=state.disabled_until.isoformat()) if self.paused else ""))
            start = state.disabled_until if self.paused else add_months(today, 3)
            self.date_field = date_edit(start, minimum=today + timedelta(days=1), name=self.tr("Pausa till"),
                                        object_name="decision_date")
            date_text = self.tr("Pausa &till:")
        date_label = QLabel(date_text)
        date_label.setBuddy(self.date_field)
        self.reason_field = QLineEdit(objectName="decision_reason")
        self.reason_field.setMaxLength(200)
        self.reason_field.setAccessibleName(self.tr("Orsak"))
        self.reason_field.setPlaceholderText(
            self.tr("t.ex. önskar tid efter jul") if override else self.tr("t.ex. utlandsvistelse"))
        if (override and state.override_due) or (not override and self.paused):
            self.reason_field.setText(state.reason or "")
        reason_label = QLabel(self.tr("&Orsak (krävs):"))
        reason_label.setBuddy(self.reason_field)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        intro_label.setAccessibleName(intro)
        self.message = MessageLabel("decision_message", lines=2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok_button.setText(self.tr("&Spara") if override else self.tr("&Pausa"))
        self.ok_button.setAccessibleName(self.tr("Spara") if override else self.tr("Pausa"))
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Avbryt"))
        cancel.setAccessibleName(self.tr("Avbryt (Esc)"))
        cancel.setAutoDefault(False)
        self.remove_button: QPushButton | None = None
        if override and state.override_due:
            self.remove_button = QPushButton(self.tr("&Ta bort eget datum"), objectName="remove_button")
        elif not override and self.paused:
            self.remove_button = QPushButton(self.tr("&Häv pausen"), objectName="remove_button")
        if self.remove_button is not None:
            self.remove_button.setAccessibleName(self.remove_button.text().replace("&", ""))
            self.remove_button.setAutoDefault(False)
            self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(date_label, self.date_field)
        form.addRow(reason_label, self.reason_field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        settle(self, 40)
        self.reason_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _run(self, action, text: str) -> None:
        """`action(versions)`, checked against the recall version the card showed (ui.changed_elsewhere)."""
        pid = self.overview.patient_id
        try:
            outcome = save_with_conflict_check(self, action, {pid: self.overview.recall.row_version})
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("changing the recall of patient %s failed", pid)
            self.message.show_error(translated_error(exc))
            return
        if outcome == SAVED:
            self.done_text.emit(text)
            self.accept()
        elif outcome == KEPT:  # the card reloads and shows what the other workstation saved
            self.done_text.emit(QCoreApplication.translate("changed_elsewhere", KEPT_TEXT))
            self.reject()

    def save(self) -> None:
        on = self.date_field.date().toPython()
        reason = self.reason_field.text()
        pid = self.overview.patient_id
        if self.kind == self.OVERRIDE:
            self._run(lambda v: recall_service.set_override(self.ctx, pid, on, reason, expected_version=v[pid]),
                      self.tr("Eget datum för nästa revision: {date}. Det beräknade datumet finns kvar.").format(
                          date=on.isoformat()))
        else:
            self._run(lambda v: recall_service.disable(self.ctx, [pid], on, reason, expected_versions=v),
                      self.tr("Kallelsen är pausad till {date}.").format(date=on.isoformat()))

    def remove(self) -> None:
        pid = self.overview.patient_id
        if self.kind == self.OVERRIDE:
            self._run(lambda v: recall_service.set_override(self.ctx, pid, None, expected_version=v[pid]),
                      self.tr("Det egna datumet är borttaget. Kallelsen följer det beräknade datumet."))
        else:
            self._run(lambda v: recall_service.enable(self.ctx, [pid], expected_versions=v),
                      self.tr("Pausen är hävd."))

