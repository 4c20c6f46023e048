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

from PySide6.QtCore import Qt, Signal
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
from klinik_app.services.errors import user_message
from klinik_app.services.examinations import ExamLine, RevisionOverview
from klinik_app.services.recall import RecallState
from klinik_app.ui.changed_elsewhere import KEPT, KEPT_TEXT, SAVED, save_with_conflict_check
from klinik_app.ui.examination_form import TOBACCO_LABELS
from klinik_app.ui.listing_dialogs import MessageLabel, date_edit, settle

log = logging.getLogger(__name__)

MISSING = "–"
HISTORY_COLUMNS = ("Datum", "Undersökare", "Risk", "Intervall", "deft / DFT", "Tobak", "Bettkontroll", "Regelbrott")
NO_EXAMS = "Inga undersökningar registrerade."
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
        return "Ingen revision inom Hälsoval (fri tandvård upphör " + due.care_ends.isoformat() + ")"
    text = due.due.isoformat()
    days = (today - due.due).days
    if days > 0:
        text += f" – passerat för {days} dag{'ar' if days != 1 else ''} sedan"
    elif days == 0:
        text += " – i dag"
    return text + (" · tandläkare krävs" if due.requires_dentist else " · tandläkare eller tandhygienist")


def recall_text(state: RecallState, today: date) -> str:
    parts = [state.label(today)]
    if state.override_due:
        parts.append(f"eget datum {state.override_due.isoformat()}")
    paused = state.disabled_until is not None and state.disabled_until > today
    if state.reason and (state.override_due or paused):
        parts.append(f"orsak: {state.reason}")
    return " · ".join(parts)


def examiner_text(line: ExamLine) -> str:
    role = "Tandsköterska (tandhälsokontroll)" if line.role == NURSE else line.role_label
    who = line.examiner_name or line.examiner_hsa_id
    return f"{role} {who}" if who else role


def risk_text(line: ExamLine) -> str:
    values = line.risks.values()
    if all(v is None for v in values):
        return MISSING
    domains = " ".join(f"{letter}{MISSING if v is None else v}" for letter, v in zip("KPAT", values))
    group = MISSING if line.risk_group is None else str(line.risk_group)
    return f"{group} ({domains})"


def interval_text(line: ExamLine) -> str:
    planned, used = line.planned_interval_months, line.used_interval_months
    if used is None and planned is None:
        return MISSING
    if planned is None:  # legacy: none recorded, read as planned at the cap
        return f"ej angivet → {used} mån"
    if used is not None and used != planned:
        return f"{planned} → {used} mån"
    return f"{planned} mån"


def history_row(line: ExamLine) -> list[str]:
    def number(value: int | None) -> str:
        return MISSING if value is None else str(value)

    bite = {True: "ja", False: "nej", None: MISSING}[line.bite_check]
    tobacco = TOBACCO_LABELS.get(line.tobacco, line.tobacco) if line.tobacco else MISSING
    return [line.examined_on.isoformat(), examiner_text(line), risk_text(line), interval_text(line),
            f"{number(line.deft)} / {number(line.dft)}", tobacco, bite, line.flags or ""]


# --- the section ----------------------------------------------------------------------------------


class RevisionPanel(QGroupBox):
    exam_requested = Signal(int)  # patient id: open "Registrera undersökning"
    status_message = Signal(str)  # what was just done (own date, pause), for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Revision", parent)
        self.setObjectName("revision_panel")
        self.setAccessibleName("Revision")
        self.ctx: ServiceContext | None = None
        self.patient_id: int | None = None
        self.overview: RevisionOverview | None = None

        self.due_value = _selectable("revision_due", "Nästa revision")
        bold = QFont(self.due_value.font())
        bold.setBold(True)
        self.due_value.setFont(bold)
        self.explanation_value = _selectable("revision_explanation", "Varför")
        self.recall_value = _selectable("recall_state", "Kallelse")
        self.care_end_banner, self.care_end_text = self._banner()
        self.failure_label = _selectable("revision_failure", "Fel")
        self.failure_label.hide()

        self.exam_button = QPushButton("Registrera &undersökning… (Ctrl+E)", objectName="exam_button")
        self.exam_button.setAccessibleName("Registrera undersökning")
        self.exam_button.setToolTip("Registrera en revisionsundersökning eller tandhälsokontroll (Ctrl+E)")
        self.exam_button.setAutoDefault(False)
        self.exam_button.clicked.connect(self._exam_clicked)
        self.override_button = QPushButton("E&get datum…", objectName="override_button")
        self.override_button.setAccessibleName("Eget datum för nästa revision")
        self.override_button.setToolTip("Ett eget datum för kallelsen, med orsak. Det beräknade datumet ändras "
                                        "inte.")
        self.override_button.setAutoDefault(False)
        self.override_button.clicked.connect(lambda: self.open_decision(RecallDecisionDialog.OVERRIDE))
        self.pause_button = QPushButton("Pausa &kallelse…", objectName="pause_button")
        self.pause_button.setAccessibleName("Pausa kallelse")
        self.pause_button.setToolTip("Pausa kallelsen till ett datum, med orsak (t.ex. utlandsvistelse).")
        self.pause_button.setAutoDefault(False)
        self.pause_button.clicked.connect(lambda: self.open_decision(RecallDecisionDialog.PAUSE))
        buttons = QHBoxLayout()
        buttons.addWidget(self.exam_button)
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)

        self.table = QTableWidget(0, len(HISTORY_COLUMNS), objectName="exam_history")
        self.table.setAccessibleName("Undersökningar, senaste först")
        self.table.setHorizontalHeaderLabels(list(HISTORY_COLUMNS))
        self.table.horizontalHeader().setAccessibleName("Kolumnrubriker")
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
        self.empty_label = QLabel(NO_EXAMS, objectName="no_exams")
        self.empty_label.setAccessibleName(NO_EXAMS)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, value in (("Nästa revision:", self.due_value), ("Varför:", self.explanation_value),
                            ("Kallelse:", self.recall_value)):
            label = QLabel(text)
            label.setBuddy(value)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addRow(label, value)
        history_label = QLabel("Historik:")
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
        icon.setAccessibleName("Varning")
        text = _selectable("care_end_text", "Varning")
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
            self.show_failure(user_message(exc)[0])
            return None
        self.set_overview(overview, ctx.today)
        return overview

    def show_failure(self, text: str) -> None:
        self.clear()
        message = f"Revisionsuppgifterna kunde inte läsas: {text}"
        _show(self.failure_label, message)
        self.failure_label.show()
        self.exam_button.setEnabled(self.patient_id is not None)

    def set_overview(self, overview: RevisionOverview, today: date) -> None:
        self.overview = overview
        self.patient_id = overview.patient_id
        self.failure_label.hide()
        _show(self.due_value, due_text(overview, today))
        _show(self.explanation_value, overview.explanation)
        _show(self.recall_value, recall_text(overview.recall, today))
        warning = overview.care_end_warning
        self.care_end_text.setText(warning or "")
        self.care_end_text.setAccessibleName(f"Varning: {warning}" if warning else "")
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
        self.pause_button.setText("Häv pau&s…" if paused else "Pausa &kallelse…")
        self.pause_button.setAccessibleName("Häv pausen" if paused else "Pausa kallelse")

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
            title = "Eget datum för nästa revision"
        else:
            title = "Pausad kallelse" if self.paused else "Pausa kallelse"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        if override:
            computed = overview.due.due
            intro = ("Det beräknade datumet ändras inte; kallelselistan använder ditt datum i stället. "
                     f"Beräknat: {computed.isoformat() if computed else 'ingen revision inom Hälsoval'}.")
            start = state.override_due or (computed if computed and computed >= today else today)
            self.date_field = date_edit(start, minimum=today, name="Eget datum", object_name="decision_date")
            date_text = "&Datum:"
        else:
            intro = ("Ingen kallelse skickas förrän pausen är slut. Kallelsen tas aldrig bort."
                     + (f" Pausad till {state.disabled_until.isoformat()}." if self.paused else ""))
            start = state.disabled_until if self.paused else add_months(today, 3)
            self.date_field = date_edit(start, minimum=today + timedelta(days=1), name="Pausa till",
                                        object_name="decision_date")
            date_text = "Pausa &till:"
        date_label = QLabel(date_text)
        date_label.setBuddy(self.date_field)
        self.reason_field = QLineEdit(objectName="decision_reason")
        self.reason_field.setMaxLength(200)
        self.reason_field.setAccessibleName("Orsak")
        self.reason_field.setPlaceholderText("t.ex. önskar tid efter jul" if override else "t.ex. utlandsvistelse")
        if (override and state.override_due) or (not override and self.paused):
            self.reason_field.setText(state.reason or "")
        reason_label = QLabel("&Orsak (krävs):")
        reason_label.setBuddy(self.reason_field)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        intro_label.setAccessibleName(intro)
        self.message = MessageLabel("decision_message", lines=2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok_button.setText("&Spara" if override else "&Pausa")
        self.ok_button.setAccessibleName("Spara" if override else "Pausa")
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Avbryt")
        cancel.setAccessibleName("Avbryt (Esc)")
        cancel.setAutoDefault(False)
        self.remove_button: QPushButton | None = None
        if override and state.override_due:
            self.remove_button = QPushButton("&Ta bort eget datum", objectName="remove_button")
        elif not override and self.paused:
            self.remove_button = QPushButton("&Häv pausen", objectName="remove_button")
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
            self.message.show_error(user_message(exc)[0])
            return
        if outcome == SAVED:
            self.done_text.emit(text)
            self.accept()
        elif outcome == KEPT:  # the card reloads and shows what the other workstation saved
            self.done_text.emit(KEPT_TEXT)
            self.reject()

    def save(self) -> None:
        on = self.date_field.date().toPython()
        reason = self.reason_field.text()
        pid = self.overview.patient_id
        if self.kind == self.OVERRIDE:
            self._run(lambda v: recall_service.set_override(self.ctx, pid, on, reason, expected_version=v[pid]),
                      f"Eget datum för nästa revision: {on.isoformat()}. Det beräknade datumet finns kvar.")
        else:
            self._run(lambda v: recall_service.disable(self.ctx, [pid], on, reason, expected_versions=v),
                      f"Kallelsen är pausad till {on.isoformat()}.")

    def remove(self) -> None:
        pid = self.overview.patient_id
        if self.kind == self.OVERRIDE:
            self._run(lambda v: recall_service.set_override(self.ctx, pid, None, expected_version=v[pid]),
                      "Det egna datumet är borttaget. Kallelsen följer det beräknade datumet.")
        else:
            self._run(lambda v: recall_service.enable(self.ctx, [pid], expected_versions=v), "Pausen är hävd.")

