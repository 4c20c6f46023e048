"""The "Att göra" page (issue 5, R-AB-2, R-AB-4, R-AB-5): the open tasks of the logged-in person's
roles (all roles on request), the re-offer list with its deadlines, and the actions: print the
letter, mark it sent, the dentist's child-at-risk decision; the absence statistics.

A passed deadline is bold with the style's warning icon, never a colour of our own. A non-dentist
sees the assessment; its decision button explains that a dentist decides (the service refuses too).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.permissions import ABSENCE_LETTER, CHILD_AT_RISK_DECIDE, RECORD_COPY
from klinik_app.domain.record_copy import TASK_KIND as RECORD_COPY_TASK
from klinik_app.services import absence
from klinik_app.services.appointments import KINDS
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import may
from klinik_app.ui.absence_stats_view import AbsenceStatsDialog
from klinik_app.ui.child_at_risk_dialog import ChildAtRiskDialog, assessment_text
from klinik_app.ui.documents import ask_pdf_path
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.i18n import translated
from klinik_app.ui.record_copy_dialog import DeclinedDialog, RecordCopyDialog, open_record_copy
from klinik_app.ui.row_tables import RowTable, current_row, select_row, set_up_row_table
from klinik_app.ui.pages import add_page

_Index = QModelIndex | QPersistentModelIndex
TASK_COLUMNS = (QT_TRANSLATE_NOOP("todo_view", "Uppgift"), QT_TRANSLATE_NOOP("todo_view", "Patient"),
                QT_TRANSLATE_NOOP("todo_view", "Personnummer"), QT_TRANSLATE_NOOP("todo_view", "Öppnad"),
                QT_TRANSLATE_NOOP("todo_view", "Senast"))
REOFFER_COLUMNS = (QT_TRANSLATE_NOOP("todo_view", "Patient"), QT_TRANSLATE_NOOP("todo_view", "Personnummer"),
                   QT_TRANSLATE_NOOP("todo_view", "Uteblev"), QT_TRANSLATE_NOOP("todo_view", "Typ"),
                   QT_TRANSLATE_NOOP("todo_view", "Första överenskomna tid"),
                   QT_TRANSLATE_NOOP("todo_view", "Erbjud ny tid senast"))
DENTIST_DECIDES = QT_TRANSLATE_NOOP("todo_view", "Bedömningen avslutas av en tandläkare, som dokumenterar beslutet "
                                    "om orosanmälan (R-AB-5). Kontakta patientens tandläkare.")
OVERDUE = QT_TRANSLATE_NOOP("todo_view", "Datumet har passerat.")


class RowsModel(QAbstractTableModel):
    """Rows of a service's dataclass, with its cells and whether a row is overdue (bold, warning icon)."""

    def __init__(self, columns: Sequence[str], cells: Callable[[object], list[str]],
                 overdue: Callable[[object], bool], parent=None) -> None:
        super().__init__(parent)
        self.columns, self.cells, self.overdue = columns, cells, overdue
        self.rows: list = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        late = self.overdue(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cells(row)[column] + (self.tr(", datumet har passerat") if late and column == 0 else "")
        if role == Qt.ItemDataRole.FontRole and late:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and late and column == 0:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and late:
            return QCoreApplication.translate("todo_view", OVERDUE)
        return None


def rows_table(model: RowsModel, name: str, accessible: str) -> RowTable:
    """A row table of a RowsModel, its columns as wide as their contents, the last one stretched."""
    table = RowTable(objectName=name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    set_up_row_table(table)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def task_cells(t: absence.TaskItem) -> list[str]:
    return [domain_text(t.label), t.patient_name, t.personnummer, t.opened_on.isoformat(),
            t.due_on.isoformat() if t.due_on else ""]


def reoffer_cells(r: absence.ReofferItem) -> list[str]:
    return [r.patient_name, r.personnummer, r.missed_at.strftime("%Y-%m-%d %H:%M"),
            domain_text(KINDS.get(r.kind, r.kind)),
            r.first_agreed_on.isoformat(), r.deadline.isoformat()]


class LetterSentDialog(FormDialog):
    """R-AB-4: the day the written information went out; Enter saves."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, task: absence.TaskItem) -> None:
        super().__init__(parent, self.tr("Brevet skickat"),
                         self.tr("När skickades brevet om uteblivna besök för {name}?").format(
                             name=task.patient_name))
        self.ctx, self.task = ctx, task
        self.sent_on = QDateEdit(QDate(ctx.today.year, ctx.today.month, ctx.today.day), calendarPopup=True)
        self.sent_on.setDisplayFormat("yyyy-MM-dd")
        self.add_field(self.tr("&Skickat:"), self.sent_on)
        self.name_buttons(self.tr("&Markera skickat"), self.tr("Avbryt"))
        self.layout().activate()  # size hints settled before the native window exists (see help_dialogs)

    def save(self) -> None:
        q = self.sent_on.date()
        absence.mark_letter_sent(self.ctx, self.task.id, date(q.year(), q.month(), q.day()),
                                 expected_version=self.task.row_version)


class TodoView(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.all_roles = QCheckBox(self.tr("Visa alla &rollers uppgifter"))
        self.all_roles.toggled.connect(self.reload)
        self.tasks = RowsModel(translated("todo_view", TASK_COLUMNS), task_cells, lambda t: t.overdue, self)
        self.task_table = rows_table(self.tasks, "task_table", self.tr("Öppna uppgifter"))
        self.task_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_task())
        self.detail = QPlainTextEdit(objectName="task_detail", readOnly=True)
        self.detail.setAccessibleName(self.tr("Uppgiften"))
        self.detail.setTabChangesFocus(True)
        self.detail.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.buttons = {
            "letter": QPushButton(self.tr("Skriv ut &brevet…"), objectName="letter_button"),
            "sent": QPushButton(self.tr("&Markera brevet skickat…"), objectName="sent_button"),
            "decide": QPushButton(self.tr("Besluta om &orosanmälan…"), objectName="decide_button"),
            "copy": QPushButton(self.tr("Skapa &journalkopia…"), objectName="copy_button"),  # issue 13
            "declined": QPushButton(self.tr("Samtycke &gavs inte…"), objectName="declined_button"),
        }
        for key, handler in (("letter", self.print_letter), ("sent", self.mark_sent), ("decide", self.decide),
                             ("copy", self.record_copy), ("declined", self.copy_declined)):
            self.buttons[key].clicked.connect(handler)
        self.stats_button = QPushButton(self.tr("Uteblivande&statistik…"), objectName="stats_button")
        self.stats_button.clicked.connect(self.show_statistics)
        self.reoffers = RowsModel(translated("todo_view", REOFFER_COLUMNS), reoffer_cells, lambda r: r.overdue, self)
        self.reoffer_table = rows_table(self.reoffers, "reoffer_table", self.tr("Erbjud ny tid"))

        top = QHBoxLayout()
        top.addWidget(self.all_roles)
        top.addStretch(1)
        top.addWidget(self.stats_button)
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._caption(self.tr("&Uppgifter"), self.task_table))
        layout.addWidget(self.task_table, 2)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addWidget(self._caption(self.tr("&Erbjud ny tid (uteblivna patienter utan ny tid, R-AB-2)"),
                                       self.reoffer_table))
        layout.addWidget(self.reoffer_table, 2)
        self._offer_actions()

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- the lists ------------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.reload()
        self.task_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self, *_args) -> None:
        keep = self.current_task().id if self.current_task() else None
        try:
            tasks = absence.tasks(self.ctx, role=absence.EVERY_ROLE if self.all_roles.isChecked() else None)
            reoffers = absence.reoffer_worklist(self.ctx)
        except Exception as exc:  # a refusal or a database failure: say so, keep the page
            show_error(self, exc)
            return
        self.tasks.set_rows(tasks)
        self.reoffers.set_rows(reoffers)
        at = next((n for n, t in enumerate(tasks) if t.id == keep), 0)
        select_row(self.task_table, at)
        select_row(self.reoffer_table, 0)
        self._show_task()

    def current_task(self) -> absence.TaskItem | None:
        row = current_row(self.task_table)
        return self.tasks.rows[row] if 0 <= row < len(self.tasks.rows) else None

    def _show_task(self) -> None:
        task = self.current_task()
        self.detail.setPlainText(assessment_text(task) if task else self.tr("Inga öppna uppgifter."))
        self._offer_actions()

    def _offer_actions(self) -> None:
        task = self.current_task()
        letter = task is not None and task.kind == absence.WRITTEN_INFORMATION and may(self.ctx, ABSENCE_LETTER)
        self.buttons["letter"].setVisible(letter)
        self.buttons["sent"].setVisible(letter)
        self.buttons["decide"].setVisible(task is not None and task.kind == absence.CHILD_AT_RISK)
        copy = task is not None and task.kind == RECORD_COPY_TASK and may(self.ctx, RECORD_COPY)
        for key in ("copy", "declined"):
            self.buttons[key].setVisible(copy)

    # --- the actions ----------------------------------------------------------------------------
    def choose_pdf_path(self, task: absence.TaskItem) -> Path | None:
        """Where to save the letter (a file dialog; tests replace this method)."""
        return ask_pdf_path(self.window(), self.tr("Spara brevet om uteblivna besök"),
                            f"uteblivna-besok-{self.ctx.today.isoformat()}.pdf")

    def print_letter(self) -> Path | None:
        task = self.current_task()
        path = self.choose_pdf_path(task) if task else None
        if path is None:
            return None
        try:
            rendered = absence.absence_letter_pdf(self.ctx, task.id, path)
        except Exception as exc:
            show_error(self, exc)
            return None
        text = (self.tr("Brevet är sparat: {path}. Markera brevet skickat när det har gått iväg.")
                if rendered.letters == 1 else
                self.tr("{count} brev är sparade: {path}. Markera brevet skickat när det har gått iväg."))
        self.status_message.emit(text.format(count=rendered.letters, path=path))
        return path

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.status_message.emit(self.tr("Uppgiften är avslutad."))
        self.reload()

    def mark_sent(self) -> LetterSentDialog | None:
        task = self.current_task()
        return self._open(LetterSentDialog(self, self.ctx, task)) if task else None

    def decide(self) -> ChildAtRiskDialog | None:
        task = self.current_task()
        if task is None:
            return None
        if not may(self.ctx, CHILD_AT_RISK_DECIDE):
            QMessageBox.information(self, self.tr("Bedömning: barn som far illa"),
                                    QCoreApplication.translate("todo_view", DENTIST_DECIDES))
            return None
        return self._open(ChildAtRiskDialog(self, self.ctx, task))

    def record_copy(self) -> RecordCopyDialog | None:
        """Issue 13: the copy to the new clinic; a consented copy closes the task."""
        task = self.current_task()
        dialog = open_record_copy(self, task.patient_id) if task else None
        if dialog is not None:
            dialog.accepted.connect(lambda: self.status_message.emit(dialog.summary()))
            dialog.accepted.connect(self.reload)
        return dialog

    def copy_declined(self) -> DeclinedDialog | None:
        task = self.current_task()
        return self._open(DeclinedDialog(self.ctx, task.patient_id, task.patient_name, self)) if task else None

    def show_statistics(self) -> AbsenceStatsDialog:
        dialog = AbsenceStatsDialog(self.ctx, self)
        dialog.open()
        return dialog


def add_todo_page(window) -> TodoView:
    """The main window's hook: the "Att göra" tab, and Ctrl+6 in the Visa menu."""
    view = TodoView(window.ctx)
    window.todo_page_action = add_page(
        window, view, QCoreApplication.translate("todo_view", "Att göra"),
        QCoreApplication.translate("todo_view", "Att &göra"), "Ctrl+6",
        QCoreApplication.translate("todo_view", "Uppgifter efter uteblivanden och patienter att erbjuda ny tid"))
    return view
