"""The register page: a search field over the patient table, searching as you type.

Keyboard: type to search (personnummer in any form, name fragments or phone); Down moves from the
search field into the table, Up on the first row moves back; Enter (in either) or a double-click
opens the selected patient; Esc in the search field clears it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klinik_app.services.context import ServiceContext
from klinik_app.ui.errors import show_error
from klinik_app.ui.patient_table_model import (
    COL_AGE,
    COL_FIRST,
    COL_LAST,
    COL_LISTING,
    COL_MUNICIPALITY,
    COL_PHONE,
    COL_PNR,
    PatientTableModel,
)
from klinik_app.ui.row_tables import current_row, select_row, set_up_row_table

log = logging.getLogger(__name__)

SEARCH_PLACEHOLDER = QT_TRANSLATE_NOOP("register_view", "Sök på personnummer, namn eller telefon")
MORE_HITS = QT_TRANSLATE_NOOP("register_view", "Visar de första 200 träffarna – skriv mer för att begränsa")
NO_HITS = QT_TRANSLATE_NOOP(
    "register_view",
    "Ingen patient matchar sökningen. Kontrollera stavningen, eller sök på personnummer eller telefon.")
# 0: search as soon as the window is idle, so keystrokes already queued (fast typing, a paste)
# give one search, and a single keystroke is answered at once.
SEARCH_DELAY_MS = 0

# Widest text each column should show without cutting it (measured in the current font).
_COLUMN_SAMPLES = {
    COL_PNR: "20201231-0000",
    COL_LAST: "Andersson-Lindqvist",
    COL_FIRST: "Karl-Johan Emanuel",
    COL_AGE: QT_TRANSLATE_NOOP("register_view", "Ålder"),
    COL_MUNICIPALITY: "Skellefteå",
    COL_PHONE: QT_TRANSLATE_NOOP("register_view", "Skyddad – visas inte"),
    COL_LISTING: QT_TRANSLATE_NOOP("register_view", "Eget val"),
}


def hits_text(count: int) -> str:
    return (QCoreApplication.translate("register_view", "1 träff") if count == 1
            else QCoreApplication.translate("register_view", "{count} träffar").format(count=count))


def patients_text(count: int) -> str:
    return (QCoreApplication.translate("register_view", "1 patient") if count == 1
            else QCoreApplication.translate("register_view", "{count} patienter").format(count=_grouped(count)))


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")  # Swedish thousands separator: a (non-breaking) space


class PatientTableView(QTableView):
    """The register table. Typing letters here continues the search instead of Qt's own
    type-ahead, which would read row after row of a region-size register to find a match."""

    typed = Signal(str)

    def keyboardSearch(self, search: str) -> None:
        if search.strip():
            self.typed.emit(search)


class RegisterView(QWidget):
    open_requested = Signal(int)  # patient id
    search_finished = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = PatientTableModel(ctx, self)
        self.model.load_failed.connect(self._load_failed)
        self._showing_error = False

        self.search_field = QLineEdit(objectName="search_field")
        self.search_field.setPlaceholderText(QCoreApplication.translate("register_view", SEARCH_PLACEHOLDER))
        self.search_field.setAccessibleName(self.tr("Sök patient"))
        self.search_field.setAccessibleDescription(
            QCoreApplication.translate("register_view", SEARCH_PLACEHOLDER)
            + self.tr(". Pil ned går till listan, Enter öppnar patientkortet."))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.installEventFilter(self)
        search_label = QLabel(self.tr("&Sök patient:"))
        search_label.setBuddy(self.search_field)

        self.table = PatientTableView(objectName="patient_table")
        self.table.typed.connect(self._continue_search)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Patienter"))
        set_up_row_table(self.table)
        self._size_columns()
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))

        self.hint_label = QLabel(objectName="hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("Sökresultat"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.flush_search)
        self.search_field.textChanged.connect(lambda _text: self._timer.start())

        top = QVBoxLayout(self)
        top.addWidget(search_label)
        top.addWidget(self.search_field)
        top.addWidget(self.table, 1)
        top.addWidget(self.hint_label)
        self._update_hint()
        self._select_row(0)

    # --- searching ------------------------------------------------------------------------------
    def flush_search(self) -> None:
        """Run the search for the text now in the field, if it has not run yet."""
        self._timer.stop()
        text = self.search_field.text()
        if text.strip() == self.model.search_text.strip() and (bool(text.strip()) == self.model.in_search_mode):
            return
        try:
            self.model.set_search(text)
        except Exception as exc:  # a database failure while typing: say so, keep the text
            log.exception("search failed")
            show_error(self.window(), exc)
            return
        self._select_row(0)
        self._update_hint()
        self.search_finished.emit()

    def refresh(self) -> None:
        """Reload (the register or the current search), e.g. after a patient disappeared."""
        try:
            if self.model.in_search_mode:
                self.model.set_search(self.model.search_text)
            else:
                self.model.refresh()
        except Exception as exc:
            log.exception("refresh failed")
            show_error(self.window(), exc)
        self._select_row(0)
        self._update_hint()

    def _update_hint(self) -> None:
        model = self.model
        if not model.in_search_mode:
            text = self.tr("Alla patienter i namnordning ({patients}).").format(
                patients=patients_text(model.total_patients))
            if model.total_patients == 0:
                text = self.tr("Registret är tomt.")
        elif model.more:
            text = QCoreApplication.translate("register_view", MORE_HITS)
        elif model.rowCount() == 0:
            text = QCoreApplication.translate("register_view", NO_HITS)
        else:
            text = hits_text(model.rowCount())
        self.hint_label.setText(text)
        self.hint_label.setAccessibleName(self.tr("Sökresultat: {result}").format(result=text))

    # --- selection and opening ------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        select_row(self.table, row)

    def current_row(self) -> int:
        return current_row(self.table)

    def current_patient_id(self) -> int | None:
        row = self.current_row()
        return self.model.patient_id(row) if row >= 0 else None

    def open_row(self, row: int) -> None:
        patient_id = self.model.patient_id(row)
        if patient_id is not None:
            self.open_requested.emit(patient_id)

    def open_current(self) -> None:
        self.flush_search()
        row = self.current_row()
        if row < 0 and self.model.rowCount() == 1:
            row = 0
        if row >= 0:
            self.open_row(row)

    def cancel_pending_search(self) -> None:
        self._timer.stop()

    # --- focus ----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def focus_table(self) -> None:
        self.flush_search()
        if self.model.rowCount() == 0:
            return
        if self.current_row() < 0:
            self._select_row(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _continue_search(self, text: str) -> None:
        """Letters typed in the table go on in the search field (as if typed there)."""
        self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search_field.deselect()
        self.search_field.end(False)
        self.search_field.insert(text)

    # --- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if watched is self.search_field and plain:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.open_current()
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                    self.focus_table()
                    return True
                if key == Qt.Key.Key_Escape and self.search_field.text():
                    self.search_field.clear()
                    self.flush_search()
                    return True
            if watched is self.table and plain:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.open_current()
                    return True
                if key == Qt.Key.Key_Up and self.current_row() <= 0:
                    self.focus_search()
                    return True
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.horizontalAdvance("M")
        header.setMinimumSectionSize(metrics.horizontalAdvance(self.tr("Ålder")) + padding)
        for column, sample in _COLUMN_SAMPLES.items():
            header.resizeSection(
                column, metrics.horizontalAdvance(QCoreApplication.translate("register_view", sample)) + padding)
        # Never ResizeToContents here: it would read every row of a region-size register.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def _load_failed(self, exc: BaseException) -> None:
        if self._showing_error:  # several pages may fail at once: one message is enough
            return
        self._showing_error = True
        try:
            show_error(self.window(), exc)
        finally:
            self._showing_error = False
