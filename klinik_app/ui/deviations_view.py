"""The "Avvikelser" page (issue 6, R-DV-1..7): the register with its filters, search and overdue marks,
the quick report (Ctrl+N), the case view with its timeline and workflow buttons, Lex Maria with the
export preview, lessons, the monthly summary and the annual patient safety report with its reminder.

Buttons are offered only when the logged-in person's roles allow the step (the services check again).
Overdue answers and actions are bold with the style's warning icon: never a colour of our own.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain import deviations as rules
from klinik_app.domain.permissions import DEVIATION_HANDLE, DEVIATION_PATIENT_LINK
from klinik_app.domain.lex_maria import CHANNELS
from klinik_app.domain.patient_safety import report_due_on
from klinik_app.letters.dates import swedish_date
from klinik_app.services import deviations as svc
from klinik_app.services import patient_safety_report as psr
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import may
from klinik_app.ui.deviations_dialogs import ActionsDialog, AnswerDialog, FollowUpDialog, ReportDialog, TextStepDialog
from klinik_app.ui.errors import show_error
from klinik_app.ui.lex_maria_dialogs import LexMariaDialog, MonthSummaryDialog, RegionCopyDialog, YearReportDialog
from klinik_app.ui.row_tables import RowTable, current_row, select_row, set_up_row_table
from klinik_app.ui.pages import add_page

COLUMNS = ("Nr", "Rapporterad", "Kategori", "Skada", "Status", "Vad hände", "Annan part", "Svar senast")
COL_NUMBER, COL_REPORTED, COL_CATEGORY, COL_HARM, COL_STATE, COL_WHAT, COL_PARTY, COL_DUE = range(len(COLUMNS))
ALL = "Alla"
OVERDUE_TOOLTIP = "Försenad: svaret till den andra parten eller en åtgärd har passerat sitt datum."

_Index = QModelIndex | QPersistentModelIndex


class DeviationTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[svc.DeviationRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[svc.DeviationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, deviation_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == deviation_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        marked = row.overdue and column in (COL_NUMBER, COL_DUE)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell(row, column) + (", försenad" if marked else "")
        if role == Qt.ItemDataRole.FontRole and marked:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and marked and column == COL_NUMBER:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue:
            return OVERDUE_TOOLTIP
        return None


def cell(row: svc.DeviationRow, column: int) -> str:
    values = {
        COL_NUMBER: row.number,
        COL_REPORTED: row.reported_on.isoformat(),
        COL_CATEGORY: rules.CATEGORY_LABELS[row.category],
        COL_HARM: rules.HARM_LABELS[row.harm],
        COL_STATE: rules.STATE_LABELS[row.state],
        COL_WHAT: row.summary,
        COL_PARTY: row.other_party,
        COL_DUE: row.answer_due.isoformat() if row.answer_due else "",
    }
    return values[column]


def case_text(case: svc.DeviationCase) -> str:
    """The case in words, then its timeline, for the read-only case view."""
    row = case.row
    lines = [f"{row.number} – {rules.STATE_LABELS[row.state]}",
             f"Kategori: {rules.CATEGORY_LABELS[row.category]}" + (f" ({row.other_party})" if row.other_party else ""),
             f"Skada: {rules.HARM_LABELS[row.harm]}",
             f"Inträffade {row.occurred_on.isoformat()} i/vid {row.place}; rapporterad {row.reported_on.isoformat()} "
             f"av {case.reporter}",
             f"Vad hände: {case.what}"]
    if case.immediate_action:
        lines.append(f"Omedelbar åtgärd: {case.immediate_action}")
    if case.patient:
        lines.append(f"Patient: {case.patient}")
    if case.investigator:
        lines.append(f"Utredare: {case.investigator}")
    if case.lex_maria:
        lines.append(lex_maria_line(case.lex_maria))
    for n, a in enumerate(case.actions, start=1):
        done = f" – uppföljd: {a.outcome}" if a.outcome else (" – FÖRSENAD" if a.overdue else "")
        lines.append(f"Åtgärd {n}: {a.description} ({a.owner}, senast {a.due_on.isoformat()}){done}")
    if row.answer_due:
        lines.append(f"Svar senast {row.answer_due.isoformat()}" + (" – SVAR SAKNAS" if row.answer_is_due else ""))
    if case.lesson:
        lines.append(f"Lärdom: {case.lesson}")
    lines += ["", "Händelser:"]
    lines += [f"{e.at.astimezone().strftime('%Y-%m-%d %H:%M')}  {e.by}: {e.text}" for e in case.events]
    return "\n".join(lines)


def lex_maria_line(lm) -> str:
    sent = (f"anmäld till IVO {lm.sent_on.isoformat()} ({CHANNELS[lm.channel].lower()})" if lm.sent_on
            else "inte anmäld till IVO än")
    left = "; kvar: " + ", ".join(lm.missing) if lm.missing else "; klar"
    return f"Lex Maria: {sent}, anmälningsansvarig {lm.reporter}{left}."


class DeviationsView(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: svc.DeviationCase | None = None
        self.report_button = QPushButton("&Rapportera avvikelse… (Ctrl+N)", objectName="report_button")
        self.report_button.clicked.connect(self.report)
        QShortcut(QKeySequence("Ctrl+N"), self, self.report).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.category_filter = _filter({"": ALL, **rules.CATEGORY_LABELS}, "Kategori")
        self.state_filter = _filter({"": ALL, **rules.STATE_LABELS}, "Status")
        self.overdue_filter = QCheckBox("&Bara försenade")
        self.search_field = QLineEdit(objectName="search_field")
        self.search_field.setAccessibleName("Sök")
        self.search_field.setPlaceholderText("Ord i texten, platsen, den andra parten eller lärdomen")
        self.lessons_filter = QCheckBox("Bara med lärdo&m")
        for widget in (self.category_filter, self.state_filter):
            widget.currentIndexChanged.connect(self.reload)
        for box in (self.overdue_filter, self.lessons_filter):
            box.toggled.connect(self.reload)
        self.search_field.textChanged.connect(self.reload)
        self.page_label = QLabel(objectName="page_label")
        # R-DV-6: from New Year until the report is marked done or 1 March has passed.
        # Alt keys: the main window's menus hold A, D, H, P and V; the page's other buttons and filters
        # hold B, F, G, K, L, O, R, S, T and U.
        self.reminder_label = QLabel(objectName="reminder_label")
        self.reminder_label.setWordWrap(True)
        self.reminder_done_button = QPushButton("Berättelsen &är klar", objectName="reminder_done_button")
        self.reminder_done_button.clicked.connect(self.mark_report_done)
        self.month_button = QPushButton("M&ånadssammanfattning…", objectName="month_button")
        self.month_button.clicked.connect(self.month_summary)
        self.year_button = QPushButton("Patie&ntsäkerhetsberättelse…", objectName="year_button")
        self.year_button.clicked.connect(self.year_report)
        self.receipt_label = QLabel(objectName="receipt_label")
        self.receipt_label.setAccessibleName("Kvitto")

        self.model = DeviationTableModel(self)
        self.table = RowTable(objectName="deviation_table")
        self.table.setAccessibleName("Avvikelseregistret")
        self.table.setModel(self.model)
        set_up_row_table(self.table)
        # Short columns as wide as their longest label; what happened takes the rest.
        header = self.table.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((COL_NUMBER, 7), (COL_REPORTED, 8), (COL_CATEGORY, 16), (COL_HARM, 14),
                              (COL_STATE, 11), (COL_PARTY, 14), (COL_DUE, 8)):
            header.resizeSection(column, width * em)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.case_view = QPlainTextEdit(objectName="case_view", readOnly=True)
        self.case_view.setAccessibleName("Ärendet och dess händelser")
        self.case_view.setTabChangesFocus(True)
        self.step_buttons = {
            "investigate": QPushButton("Påbörja &utredning…"),
            "actions": QPushButton("Besluta å&tgärder…"),
            "follow_up": QPushButton("&Följ upp åtgärder…"),
            "answer": QPushButton("Re&gistrera svar…"),
            "close": QPushButton("Avs&luta…"),
            "patient": QPushButton("K&oppla patient…"),
            "lex_maria": QPushButton("Le&x Maria…"),
            "copy": QPushButton("Avid&entifierad kopia…"),
            "lesson": QPushButton("Skr&iv lärdom…"),
        }
        handlers = {"investigate": self.investigate, "actions": self.decide_actions, "follow_up": self.follow_up,
                    "answer": self.record_answer, "close": self.close_case, "patient": self.link_patient,
                    "lex_maria": self.lex_maria, "copy": self.region_copy, "lesson": self.record_lesson}
        for key, button in self.step_buttons.items():
            button.setObjectName(f"{key}_button")
            button.clicked.connect(handlers[key])

        filters = QHBoxLayout()
        filters.addWidget(self.report_button)
        filters.addStretch(1)
        for caption, widget in (("&Kategori:", self.category_filter), ("&Status:", self.state_filter)):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.overdue_filter)
        search = QHBoxLayout()
        search_label = QLabel("S&ök:")
        search_label.setBuddy(self.search_field)
        search.addWidget(search_label)
        search.addWidget(self.search_field, 1)
        search.addWidget(self.lessons_filter)
        search.addWidget(self.month_button)
        search.addWidget(self.year_button)
        reminder = QHBoxLayout()
        reminder.addWidget(self.reminder_label, 1)
        reminder.addWidget(self.reminder_done_button)
        buttons = QHBoxLayout()
        for button in self.step_buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        case_panel = QWidget()
        case_layout = QVBoxLayout(case_panel)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.case_view, 1)
        case_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(case_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(reminder)
        layout.addLayout(filters)
        layout.addLayout(search)
        layout.addWidget(self.receipt_label)
        layout.addWidget(self.page_label)
        layout.addWidget(splitter, 1)
        self.reminder_year: int | None = None
        self.reminder_label.hide()
        self.reminder_done_button.hide()
        self.page_label.hide()
        self._offer_steps()

    # --- the register ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        self._show_reminder()
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self, *_args, keep: int | None = None) -> None:
        keep = keep if keep is not None else (self.case.row.id if self.case else None)
        try:
            rows = svc.deviation_register(self.ctx, category=self.category_filter.currentData() or None,
                                          state=self.state_filter.currentData() or None,
                                          overdue_only=self.overdue_filter.isChecked(),
                                          search=self.search_field.text(), lessons_only=self.lessons_filter.isChecked(),
                                          limit=svc.PAGE)
        except Exception as exc:  # a refusal or a database failure: say so, keep the page
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.page_label.setText(f"Visar de {svc.PAGE} senaste. Använd filtren eller sökningen för att hitta äldre "
                                "avvikelser." if len(rows) >= svc.PAGE else "")
        self.page_label.setVisible(len(rows) >= svc.PAGE)
        select_row(self.table, max(self.model.row_of(keep), 0) if keep is not None else 0)
        self._show_current()

    def _show_current(self) -> None:
        row = current_row(self.table)
        if row < 0 or row >= len(self.model.rows):
            self._show_case(None)
            return
        try:
            self._show_case(svc.open_deviation(self.ctx, self.model.rows[row].id))
        except Exception as exc:
            show_error(self, exc)

    def _show_case(self, case: svc.DeviationCase | None) -> None:
        self.case = case
        self.case_view.setPlainText(case_text(case) if case else "Ingen avvikelse vald.")
        self._offer_steps()

    def _offer_steps(self) -> None:
        """Only the next step, and only for those whose roles allow it."""
        handle, state = may(self.ctx, DEVIATION_HANDLE), self.case.row.state if self.case else None
        next_step = rules.NEXT_STATE.get(state) if state else None
        shown = {
            "investigate": next_step == rules.INVESTIGATING,
            "actions": next_step == rules.ACTIONS_DECIDED,
            "follow_up": next_step == rules.FOLLOWED_UP,
            "close": next_step == rules.CLOSED,
            "answer": bool(self.case) and state != rules.CLOSED and self.case.row.category in rules.WITH_OTHER_PARTY,
            "lex_maria": bool(self.case) and self.case.row.harm == rules.SERIOUS_HARM,
            "copy": bool(self.case) and self.case.row.harm == rules.SERIOUS_HARM,
            "lesson": state == rules.CLOSED,
        }
        for key, button in self.step_buttons.items():
            if key == "patient":
                button.setVisible(bool(self.case) and state != rules.CLOSED and may(self.ctx, DEVIATION_PATIENT_LINK))
            else:
                button.setVisible(handle and shown[key])
        self.month_button.setVisible(handle)
        self.year_button.setVisible(handle)

    # --- reporting and the steps ----------------------------------------------------------------
    def report(self) -> ReportDialog:
        dialog = ReportDialog(self, self.ctx)
        dialog.finished.connect(lambda result: self._reported(dialog, result))
        dialog.open()
        return dialog

    def _reported(self, dialog: ReportDialog, result: int) -> None:
        receipt = dialog.receipt
        if receipt is None:
            return
        text = (f"Tack! Avvikelsen har fått nummer {receipt.number} "
                f"({receipt.reported_at.astimezone().strftime('%Y-%m-%d %H:%M')}).")
        if result != QDialog.DialogCode.Accepted:  # reported, but the patient link was refused and given up
            text += " Patienten kopplades inte."
        self.receipt_label.setText(text)
        self.status_message.emit(text)
        self.reload(keep=receipt.id)

    def _run(self, dialog) -> None:
        dialog.finished.connect(lambda result: self._stepped(dialog, result))
        dialog.open()

    def _stepped(self, dialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.case is not None:
            self.status_message.emit(f"{dialog.case.row.number}: {rules.STATE_LABELS[dialog.case.row.state]}.")
            self.reload(keep=dialog.case.row.id)

    def _text_step(self, title: str, intro: str, label: str, step) -> TextStepDialog:
        row = self.case.row
        dialog = TextStepDialog(self, title, intro, label,
                                lambda text: step(self.ctx, row.id, text, expected_version=row.row_version))
        self._run(dialog)
        return dialog

    def investigate(self) -> TextStepDialog:
        return self._text_step("Påbörja utredning", "Vem utreder avvikelsen?", "&Utredare:", svc.start_investigation)

    def decide_actions(self) -> ActionsDialog:
        dialog = ActionsDialog(self, self.ctx, self.case)
        self._run(dialog)
        return dialog

    def follow_up(self) -> FollowUpDialog:
        dialog = FollowUpDialog(self, self.ctx, self.case)
        self._run(dialog)
        return dialog

    def record_answer(self) -> AnswerDialog:
        dialog = AnswerDialog(self, self.ctx, self.case)
        self._run(dialog)
        return dialog

    def close_case(self) -> TextStepDialog:
        return self._text_step("Avsluta avvikelsen", "Vilken återkoppling har den som rapporterade fått (R-DV-5)?",
                               "&Återkoppling:", svc.close_deviation)

    def link_patient(self) -> TextStepDialog:
        return self._text_step("Koppla patient", "Patienten syns bara för avvikelsehandläggare.",
                               "&Personnummer:", svc.link_patient)


    # --- Lex Maria, lessons and the reports (R-DV-3..6) --------------------------------------------
    def lex_maria(self) -> LexMariaDialog:
        dialog = LexMariaDialog(self, self.ctx, self.case)
        self._run(dialog)
        return dialog

    def region_copy(self) -> RegionCopyDialog | None:
        try:
            dialog = RegionCopyDialog(self, self.ctx, self.case)
        except Exception as exc:
            show_error(self, exc)
            return None
        dialog.finished.connect(lambda _r: dialog.saved and self.status_message.emit(f"Sparad: {dialog.saved}"))
        dialog.open()
        return dialog

    def record_lesson(self) -> TextStepDialog:
        return self._text_step("Lärdom", "Vad har kliniken lärt sig av avvikelsen? Lärdomen går att söka på och "
                                         "kommer med i månadssammanfattningen och patientsäkerhetsberättelsen.",
                               "&Lärdom:", svc.record_lesson)

    def month_summary(self) -> MonthSummaryDialog:
        dialog = MonthSummaryDialog(self, self.ctx)
        self._run_pdf(dialog)
        return dialog

    def year_report(self) -> YearReportDialog:
        dialog = YearReportDialog(self, self.ctx, psr.report_reminder(self.ctx) or self.ctx.today.year - 1)
        self._run_pdf(dialog)
        return dialog

    def _run_pdf(self, dialog) -> None:
        dialog.finished.connect(lambda _r: dialog.saved and self.status_message.emit(f"Sparad: {dialog.saved}"))
        dialog.open()

    def _show_reminder(self) -> None:
        try:
            year = psr.report_reminder(self.ctx)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reminder_year = year
        if year is not None:
            self.reminder_label.setText(f"Patientsäkerhetsberättelsen för {year} ska vara klar senast "
                                        f"{swedish_date(report_due_on(year))}. Skriv den med "
                                        "knappen Patientsäkerhetsberättelse och markera den sedan som klar.")
        self.reminder_label.setVisible(year is not None)
        self.reminder_done_button.setVisible(year is not None)

    def mark_report_done(self) -> None:
        try:
            psr.mark_report_done(self.ctx, self.reminder_year)
        except Exception as exc:
            show_error(self, exc)
            return
        self.status_message.emit(f"Patientsäkerhetsberättelsen för {self.reminder_year} är markerad som klar.")
        self._show_reminder()


def _filter(choices: dict[str, str], name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for key, label in choices.items():
        box.addItem(label, key)
    return box


def add_deviations_page(window) -> DeviationsView:
    """The main window's hook: the "Avvikelser" tab, and Ctrl+4 in the Visa menu."""
    view = DeviationsView(window.ctx)
    window.deviations_page_action = add_page(window, view, "Avvikelser", "&Avvikelser", "Ctrl+4",
                                             "Avvikelseregistret: rapportera, utred och följ upp avvikelser")
    return view
