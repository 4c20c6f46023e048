"""The "Avvikelser" page (issue 6, R-DV-1..7): the register with its filters, search and overdue marks,
the quick report (Ctrl+N), the case view with its timeline and workflow buttons, Lex Maria with the
export preview, lessons, the monthly summary and the annual patient safety report with its reminder.

Buttons are offered only when the logged-in person's roles allow the step (the services check again).
Overdue answers and actions are bold with the style's warning icon: never a colour of our own.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
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

from klinik_app.domain.local_time import to_local
from klinik_app.domain import deviations as rules
from klinik_app.domain.permissions import DEVIATION_HANDLE, DEVIATION_PATIENT_LINK
from klinik_app.domain.lex_maria import CHANNELS
from klinik_app.domain.patient_safety import report_due_on
from klinik_app.services import deviations as svc
from klinik_app.services import patient_safety_report as psr
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import may
from klinik_app.ui.deviations_dialogs import ActionsDialog, AnswerDialog, FollowUpDialog, ReportDialog, TextStepDialog
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error
from klinik_app.ui.i18n import long_date
from klinik_app.ui.lex_maria_dialogs import LexMariaDialog, MonthSummaryDialog, RegionCopyDialog, YearReportDialog
from klinik_app.ui.row_tables import RowTable, current_row, select_row, set_up_row_table
from klinik_app.ui.pages import add_page

# The free text last: it takes the width the labelled columns leave.
COLUMNS = (QT_TRANSLATE_NOOP("deviations_view", "Nr"),
           QT_TRANSLATE_NOOP("deviations_view", "Rapporterad"),
           QT_TRANSLATE_NOOP("deviations_view", "Kategori"),
           QT_TRANSLATE_NOOP("deviations_view", "Skada"),
           QT_TRANSLATE_NOOP("deviations_view", "Status"),
           QT_TRANSLATE_NOOP("deviations_view", "Annan part"),
           QT_TRANSLATE_NOOP("deviations_view", "Svar senast"),
           QT_TRANSLATE_NOOP("deviations_view", "Vad hände"))
COL_NUMBER, COL_REPORTED, COL_CATEGORY, COL_HARM, COL_STATE, COL_PARTY, COL_DUE, COL_WHAT = range(len(COLUMNS))
PARTY_MOST_EM = 20  # a long name of the other party is cut ("…", whole in the case below), not the text
ALL = QT_TRANSLATE_NOOP("deviations_view", "Alla")
OVERDUE_TOOLTIP = QT_TRANSLATE_NOOP(
    "deviations_view", "Försenad: svaret till den andra parten eller en åtgärd har passerat sitt datum.")

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
            return QCoreApplication.translate("deviations_view", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        marked = row.overdue and column in (COL_NUMBER, COL_DUE)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell(row, column) + (self.tr(", försenad") if marked else "")
        if role == Qt.ItemDataRole.FontRole and marked:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and marked and column == COL_NUMBER:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue:
            return QCoreApplication.translate("deviations_view", OVERDUE_TOOLTIP)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_PARTY, COL_WHAT):
            return cell(row, column) or None  # whole, where the column cuts it
        return None


def cell(row: svc.DeviationRow, column: int) -> str:
    values = {
        COL_NUMBER: row.number,
        COL_REPORTED: row.reported_on.isoformat(),
        COL_CATEGORY: domain_text(rules.CATEGORY_LABELS[row.category]),
        COL_HARM: domain_text(rules.HARM_LABELS[row.harm]),
        COL_STATE: domain_text(rules.STATE_LABELS[row.state]),
        COL_WHAT: row.summary,
        COL_PARTY: row.other_party,
        COL_DUE: row.answer_due.isoformat() if row.answer_due else "",
    }
    return values[column]


def case_text(case: svc.DeviationCase) -> str:
    """The case in words, then its timeline, for the read-only case view."""
    row = case.row
    lines = [f"{row.number} – {domain_text(rules.STATE_LABELS[row.state])}",
             QCoreApplication.translate("deviations_view", "Kategori: {category}").format(
                 category=domain_text(rules.CATEGORY_LABELS[row.category]))
             + (f" ({row.other_party})" if row.other_party else ""),
             QCoreApplication.translate("deviations_view", "Skada: {harm}").format(
                 harm=domain_text(rules.HARM_LABELS[row.harm])),
             QCoreApplication.translate(
                 "deviations_view",
                 "Inträffade {occurred_on} i/vid {place}; rapporterad {reported_on} av {reporter}").format(
                 occurred_on=row.occurred_on.isoformat(),
                 place=row.place,
                 reported_on=row.reported_on.isoformat(),
                 reporter=case.reporter),
             QCoreApplication.translate("deviations_view", "Vad hände: {what}").format(what=case.what)]
    if case.immediate_action:
        lines.append(QCoreApplication.translate("deviations_view", "Omedelbar åtgärd: {immediate_action}").format(
                         immediate_action=case.immediate_action))
    if case.patient:
        lines.append(QCoreApplication.translate("deviations_view", "Patient: {patient}").format(patient=case.patient))
    if case.investigator:
        lines.append(QCoreApplication.translate("deviations_view", "Utredare: {investigator}").format(
                         investigator=case.investigator))
    if case.lex_maria:
        lines.append(lex_maria_line(case.lex_maria))
    for n, a in enumerate(case.actions, start=1):
        done = (
            QCoreApplication.translate("deviations_view", " – uppföljd: {outcome}").format(outcome=a.outcome)
            if a.outcome else (QCoreApplication.translate("deviations_view", " – FÖRSENAD") if a.overdue else ""))
        lines.append(QCoreApplication.translate("deviations_view",
                                                "Åtgärd {n}: {description} ({owner}, senast {due_on}){done}").format(
                         n=n, description=a.description, owner=a.owner, due_on=a.due_on.isoformat(), done=done))
    if row.answer_due:
        lines.append(QCoreApplication.translate("deviations_view", "Svar senast {answer_due}").format(
                         answer_due=row.answer_due.isoformat())
                     + (QCoreApplication.translate("deviations_view", " – SVAR SAKNAS") if row.answer_is_due else ""))
    if case.lesson:
        lines.append(QCoreApplication.translate("deviations_view", "Lärdom: {lesson}").format(lesson=case.lesson))
    lines += ["", QCoreApplication.translate("deviations_view", "Händelser:")]
    # SQLite hands the stored UTC instant back naive: to_local reads it as UTC, not as the machine's zone.
    lines += [f"{to_local(e.at):%Y-%m-%d %H:%M}  {e.by}: {e.text}" for e in case.events]
    return "\n".join(lines)


def lex_maria_line(lm) -> str:
    sent = (QCoreApplication.translate("deviations_view", "anmäld till IVO {sent_on} ({channel})").format(
                sent_on=lm.sent_on.isoformat(), channel=domain_text(CHANNELS[lm.channel]).lower()) if lm.sent_on
            else QCoreApplication.translate("deviations_view", "inte anmäld till IVO än"))
    left = (QCoreApplication.translate("deviations_view", "; kvar: ") + ", ".join(lm.missing) if lm.missing
            else QCoreApplication.translate("deviations_view", "; klar"))
    return QCoreApplication.translate("deviations_view",
                                      "Lex Maria: {sent}, anmälningsansvarig {reporter}{left}.").format(
        sent=sent, reporter=lm.reporter, left=left)


class DeviationsView(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: svc.DeviationCase | None = None
        self.report_button = QPushButton(self.tr("&Rapportera avvikelse… (Ctrl+N)"), objectName="report_button")
        self.report_button.clicked.connect(self.report)
        QShortcut(QKeySequence("Ctrl+N"), self, self.report).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.category_filter = _filter({"": QCoreApplication.translate("deviations_view", ALL),
                                        **{k: domain_text(v) for k, v in rules.CATEGORY_LABELS.items()}},
                                       self.tr("Kategori"))
        self.state_filter = _filter({"": QCoreApplication.translate("deviations_view", ALL),
                                     **{k: domain_text(v) for k, v in rules.STATE_LABELS.items()}},
                                    self.tr("Status"))
        self.overdue_filter = QCheckBox(self.tr("&Bara försenade"))
        self.search_field = QLineEdit(objectName="search_field")
        self.search_field.setAccessibleName(self.tr("Sök"))
        self.search_field.setPlaceholderText(self.tr("Ord i texten, platsen, den andra parten eller lärdomen"))
        self.lessons_filter = QCheckBox(self.tr("Bara med lärdo&m"))
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
        self.reminder_done_button = QPushButton(self.tr("Berättelsen &är klar"), objectName="reminder_done_button")
        self.reminder_done_button.clicked.connect(self.mark_report_done)
        self.month_button = QPushButton(self.tr("M&ånadssammanfattning…"), objectName="month_button")
        self.month_button.clicked.connect(self.month_summary)
        self.year_button = QPushButton(self.tr("Patie&ntsäkerhetsberättelse…"), objectName="year_button")
        self.year_button.clicked.connect(self.year_report)
        self.receipt_label = QLabel(objectName="receipt_label")
        self.receipt_label.setAccessibleName(self.tr("Kvitto"))

        self.model = DeviationTableModel(self)
        self.table = RowTable(objectName="deviation_table")
        self.table.setAccessibleName(self.tr("Avvikelseregistret"))
        self.table.setModel(self.model)
        set_up_row_table(self.table)
        self._size_columns()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.case_view = QPlainTextEdit(objectName="case_view", readOnly=True)
        self.case_view.setAccessibleName(self.tr("Ärendet och dess händelser"))
        self.case_view.setTabChangesFocus(True)
        self.step_buttons = {
            "investigate": QPushButton(self.tr("Påbörja &utredning…")),
            "actions": QPushButton(self.tr("Besluta å&tgärder…")),
            "follow_up": QPushButton(self.tr("&Följ upp åtgärder…")),
            "answer": QPushButton(self.tr("Re&gistrera svar…")),
            "close": QPushButton(self.tr("Avs&luta…")),
            "patient": QPushButton(self.tr("K&oppla patient…")),
            "lex_maria": QPushButton(self.tr("Le&x Maria…")),
            "copy": QPushButton(self.tr("Avid&entifierad kopia…")),
            "lesson": QPushButton(self.tr("Skr&iv lärdom…")),
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
        for caption, widget in ((self.tr("&Kategori:"), self.category_filter),
                                (self.tr("&Status:"), self.state_filter)):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.overdue_filter)
        search = QHBoxLayout()
        search_label = QLabel(self.tr("S&ök:"))
        search_label.setBuddy(self.search_field)
        search.addWidget(search_label)
        search.addWidget(self.search_field, 1)
        search.addWidget(self.lessons_filter)
        search.addWidget(self.month_button)
        search.addWidget(self.year_button)
        reminder = QHBoxLayout()
        reminder.addWidget(self.reminder_label, 1)
        reminder.addWidget(self.reminder_done_button)
        buttons = self.steps_row = QHBoxLayout()
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
        self._size_party_column()
        self.page_label.setText(self.tr("Visar de {count} senaste. Använd filtren eller sökningen för att hitta "
                                        "äldre avvikelser.").format(count=svc.PAGE) if len(rows) >= svc.PAGE else "")
        self.page_label.setVisible(len(rows) >= svc.PAGE)
        select_row(self.table, max(self.model.row_of(keep), 0) if keep is not None else 0)
        self._show_current()

    def _size_columns(self) -> None:
        """Each labelled column as wide as its longest possible text (in the window's language) or its
        heading, whichever is wider; what happened stretches over the rest."""
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6  # the overdue mark
        texts = {COL_NUMBER: ["AV-00000"], COL_REPORTED: ["2026-12-31"], COL_DUE: ["2026-12-31"],
                 COL_CATEGORY: rules.CATEGORY_LABELS.values(), COL_HARM: rules.HARM_LABELS.values(),
                 COL_STATE: rules.STATE_LABELS.values()}
        for column, values in texts.items():
            widest = max(fm.horizontalAdvance(domain_text(t)) for t in values) + (icon if column == COL_NUMBER else 0)
            header.resizeSection(column, max(widest + self._cell_padding(), header.sectionSizeHint(column)))
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self._size_party_column()

    def _size_party_column(self) -> None:
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        widest = max((fm.horizontalAdvance(row.other_party) for row in self.model.rows), default=0)
        most = PARTY_MOST_EM * fm.horizontalAdvance("M")
        header.resizeSection(COL_PARTY,
                             max(min(widest + self._cell_padding(), most), header.sectionSizeHint(COL_PARTY)))

    def _cell_padding(self) -> int:
        """The item's text margins on both sides, and a little air."""
        return 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1) + 8

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
        self.case_view.setPlainText(case_text(case) if case else self.tr("Ingen avvikelse vald."))
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
        # Hiding a button tells only the panel's own layout: the row would keep the width of every step
        # (the page asked for 1100 px until first shown, which widened the whole window for a moment).
        self.steps_row.invalidate()

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
        text = (self.tr("Tack! Avvikelsen har fått nummer {number} ({when}).").format(
                    number=receipt.number, when=to_local(receipt.reported_at).strftime('%Y-%m-%d %H:%M')))
        if result != QDialog.DialogCode.Accepted:  # reported, but the patient link was refused and given up
            text += self.tr(" Patienten kopplades inte.")
        self.receipt_label.setText(text)
        self.status_message.emit(text)
        self.reload(keep=receipt.id)

    def _run(self, dialog) -> None:
        dialog.finished.connect(lambda result: self._stepped(dialog, result))
        dialog.open()

    def _stepped(self, dialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.case is not None:
            self.status_message.emit(
                f"{dialog.case.row.number}: {domain_text(rules.STATE_LABELS[dialog.case.row.state])}.")
            self.reload(keep=dialog.case.row.id)

    def _text_step(self, title: str, intro: str, label: str, step) -> TextStepDialog:
        row = self.case.row
        dialog = TextStepDialog(self, title, intro, label,
                                lambda text: step(self.ctx, row.id, text, expected_version=row.row_version))
        self._run(dialog)
        return dialog

    def investigate(self) -> TextStepDialog:
        return self._text_step(self.tr("Påbörja utredning"),
                               self.tr("Vem utreder avvikelsen?"),
                               self.tr("&Utredare:"),
                               svc.start_investigation)

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
        return self._text_step(self.tr("Avsluta avvikelsen"),
                               self.tr("Vilken återkoppling har den som rapporterade fått (R-DV-5)?"),
                               self.tr("&Återkoppling:"),
                               svc.close_deviation)

    def link_patient(self) -> TextStepDialog:
        return self._text_step(self.tr("Koppla patient"), self.tr("Patienten syns bara för avvikelsehandläggare."),
                               self.tr("&Personnummer:"), svc.link_patient)


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
        dialog.finished.connect(
            lambda _r: dialog.saved and self.status_message.emit(self.tr("Sparad: {saved}").format(saved=dialog.saved)))
        dialog.open()
        return dialog

    def record_lesson(self) -> TextStepDialog:
        return self._text_step(self.tr("Lärdom"),
                               self.tr("Vad har kliniken lärt sig av avvikelsen? Lärdomen går att söka på och "
                                       "kommer med i månadssammanfattningen och patientsäkerhetsberättelsen."),
                               self.tr("&Lärdom:"),
                               svc.record_lesson)

    def month_summary(self) -> MonthSummaryDialog:
        dialog = MonthSummaryDialog(self, self.ctx)
        self._run_pdf(dialog)
        return dialog

    def year_report(self) -> YearReportDialog:
        dialog = YearReportDialog(self, self.ctx, psr.report_reminder(self.ctx) or self.ctx.today.year - 1)
        self._run_pdf(dialog)
        return dialog

    def _run_pdf(self, dialog) -> None:
        dialog.finished.connect(
            lambda _r: dialog.saved and self.status_message.emit(self.tr("Sparad: {saved}").format(saved=dialog.saved)))
        dialog.open()

    def _show_reminder(self) -> None:
        try:
            year = psr.report_reminder(self.ctx)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reminder_year = year
        if year is not None:
            self.reminder_label.setText(
                self.tr("Patientsäkerhetsberättelsen för {year} ska vara klar senast {deadline}. Skriv den med "
                        "knappen Patientsäkerhetsberättelse och markera den sedan som klar.").format(
                    year=year, deadline=long_date(report_due_on(year))))
        self.reminder_label.setVisible(year is not None)
        self.reminder_done_button.setVisible(year is not None)

    def mark_report_done(self) -> None:
        try:
            psr.mark_report_done(self.ctx, self.reminder_year)
        except Exception as exc:
            show_error(self, exc)
            return
        self.status_message.emit(
            self.tr("Patientsäkerhetsberättelsen för {reminder_year} är markerad som klar.").format(
                reminder_year=self.reminder_year))
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
    window.deviations_page_action = add_page(window,
                                             view,
                                             QCoreApplication.translate("deviations_view", "Avvikelser"),
                                             QCoreApplication.translate("deviations_view", "&Avvikelser"),
                                             "Ctrl+4",
                                             QCoreApplication.translate("deviations_view",
                                                                        "Avvikelseregistret: rapportera, utred och "
                                                                        "följ upp avvikelser"))
    return view
