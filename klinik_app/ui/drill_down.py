"""The drill-down of the overview pages (Uppföljning, Planering): a table whose Enter (or a
double-click) lists the patients behind a row on a second page, whose Enter opens the patient's card;
Esc or the back button goes back to the table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget

from klinik_app.ui.pages import add_page
from klinik_app.ui.row_tables import RowTable, current_row, select_row, set_up_row_table
from klinik_app.ui.todo_view import RowsModel

NOT_ALLOWED = QT_TRANSLATE_NOOP("drill_down",
                                "Patienterna bakom siffran visas bara för den som får läsa patientuppgifter.")


class PatientsPage(QWidget):
    """The patients behind a row: the way back, a title, one line under it (a note or the count) and
    the table. The model's rows carry a patient_id."""

    def __init__(self, model: RowsModel, under: QLabel, *, back_text: str, back_name: str, title_name: str,
                 table_name: str, first_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(back_text, objectName=back_name)
        self.back_button.setAutoDefault(False)
        self.title = QLabel(objectName=title_name, wordWrap=True)
        self.model = model
        model.setParent(self)
        self.table = RowTable(objectName=table_name)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Patienter bakom siffran"))
        set_up_row_table(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().resizeSection(0, first_width)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addWidget(under)
        layout.addWidget(self.table, 1)


class DrillDown:
    """Mixed into a page (before QWidget) that has the signal open_patient_requested(int) and a
    show_patients(row) -> bool that calls enter_patients and, once read, list_patients."""

    table: QTableView
    patients_page: PatientsPage
    stack: QStackedWidget

    def set_up_drill_down(self, overview: QWidget, table: QTableView, page: PatientsPage) -> QStackedWidget:
        """The stack of the overview and the patients page, with the keys and double-clicks wired."""
        self.table, self.patients_page = table, page
        page.back_button.clicked.connect(self.show_overview)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), page)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.show_overview)
        table.installEventFilter(self)
        page.table.installEventFilter(self)
        table.doubleClicked.connect(lambda index: self.show_patients(index.row()))
        page.table.doubleClicked.connect(lambda index: self.open_patient(index.row()))
        self.stack = QStackedWidget()
        self.stack.addWidget(overview)
        self.stack.addWidget(page)
        return self.stack

    def enter_patients(self, title: str) -> None:
        """Show the (emptied) patients page while its rows are read."""
        page = self.patients_page
        page.title.setText(title)
        page.model.set_rows([])
        self.stack.setCurrentWidget(page)
        page.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def list_patients(self, rows: list) -> None:
        self.patients_page.model.set_rows(rows)
        select_row(self.patients_page.table, 0)

    def show_overview(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_current(self) -> None:
        """Focus the table of the page shown (the first row current when none is)."""
        if self.stack.currentWidget() is self.patients_page:
            self.patients_page.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.table.model().rowCount() and current_row(self.table) < 0:
            select_row(self.table, 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_patient(self, row: int) -> None:
        rows = self.patients_page.model.rows
        if 0 <= row < len(rows):
            self.open_patient_requested.emit(rows[row].patient_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.table:
                    self.show_patients(current_row(self.table))
                    return True
                if watched is self.patients_page.table:
                    self.open_patient(current_row(self.patients_page.table))
                    return True
        return super().eventFilter(watched, event)


def add_drill_down_page(window, view: DrillDown, title: str, menu_text: str, shortcut: str, tooltip: str) -> QAction:
    """ui.pages.add_page for a drill-down page, whose patients open their card in the main window."""
    view.open_patient_requested.connect(window.open_patient)
    return add_page(window, view, title, menu_text, shortcut, tooltip, focus=view.focus_current)
