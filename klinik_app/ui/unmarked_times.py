"""Tider utan utfall: past times still booked, for staff to mark one by one (issue 5: never marked
silently). The same keys as in the book: G genomförd, U uteblev, Delete avboka, Enter opens the time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain import appointments as rules
from klinik_app.services import appointments
from klinik_app.services.appointments import KINDS
from klinik_app.services.context import ServiceContext
from klinik_app.ui.appointment_actions import OUTCOME_KEYS, AppointmentActions
from klinik_app.ui.appointment_grid import time_range
from klinik_app.ui.errors import show_error
from klinik_app.ui.listing_dialogs import settle
from klinik_app.ui.row_tables import select_row

log = logging.getLogger(__name__)

TITLE = "Tider utan utfall"
HEADS = ("Dag", "Tid", "Patient", "Typ", "Behandlare", "Överenskommen")
INTRO = (f"Tiderna har passerat men saknar utfall. Markera var och en: {OUTCOME_KEYS['attended']} = genomförd, "
         f"{OUTCOME_KEYS['no-show']} = uteblev, Delete = avbokad, Enter = öppna tiden. Inget markeras automatiskt.")
NONE_LEFT = "Alla passerade tider har ett utfall."


def cells(row: appointments.AppointmentRow) -> tuple[str, ...]:
    return (row.starts.date().isoformat(), time_range(row), row.patient_name, KINDS.get(row.kind, row.kind),
            row.caregiver_name or "–", "Ja" if row.agreed else "Nej, endast föreslagen")


class UnmarkedDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.setObjectName("unmarked_dialog")
        self.rows: list[appointments.AppointmentRow] = []
        self.actions = AppointmentActions(ctx, self)
        self.actions.changed.connect(lambda _text: self.reload())
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.count_label = QLabel(objectName="unmarked_count_label")
        self.table = QTableWidget(0, len(HEADS), objectName="unmarked_table")
        self.table.setAccessibleName(TITLE)
        self.table.setHorizontalHeaderLabels(HEADS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Stäng")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()
        settle(self, 80)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        row_before = self.table.currentRow()
        try:
            self.rows = appointments.unmarked(self.ctx)
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("reading the unmarked times failed")
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate(cells(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        n = len(self.rows)
        text = NONE_LEFT if n == 0 else f"{n} {'tid' if n == 1 else 'tider'} att markera."
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        select_row(self.table, min(max(row_before, 0), n - 1))

    def current(self) -> appointments.AppointmentRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            row, key = self.current(), event.key()
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            handlers = {Qt.Key.Key_G: lambda r: self.actions.set_outcome(r, rules.ATTENDED),
                        Qt.Key.Key_U: lambda r: self.actions.set_outcome(r, rules.NO_SHOW),
                        Qt.Key.Key_Delete: self.actions.cancel,
                        Qt.Key.Key_Return: self.actions.open, Qt.Key.Key_Enter: self.actions.open}
            if plain and key in handlers:
                if row is not None:
                    handlers[key](row)
                return True
        return super().eventFilter(watched, event)
