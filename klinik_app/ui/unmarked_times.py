"""Tider utan utfall: past times still booked, for staff to mark one by one (issue 5: never marked
silently). The same keys as in the book: G genomförd, U uteblev, Delete avboka, Enter opens the time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
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
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error
from klinik_app.ui.i18n import translated
from klinik_app.ui.listing_dialogs import settle
from klinik_app.ui.row_tables import select_row

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("unmarked_times", "Tider utan utfall")
HEADS = (QT_TRANSLATE_NOOP("unmarked_times", "Dag"),
         QT_TRANSLATE_NOOP("unmarked_times", "Tid"),
         QT_TRANSLATE_NOOP("unmarked_times", "Patient"),
         QT_TRANSLATE_NOOP("unmarked_times", "Typ"),
         QT_TRANSLATE_NOOP("unmarked_times", "Behandlare"),
         QT_TRANSLATE_NOOP("unmarked_times", "Överenskommen"))
INTRO = QT_TRANSLATE_NOOP("unmarked_times",
                          "Tiderna har passerat men saknar utfall. Markera var och en: {attended} = genomförd, "
                          "{no_show} = uteblev, Delete = avbokad, Enter = öppna tiden. Inget markeras automatiskt.")
NONE_LEFT = QT_TRANSLATE_NOOP("unmarked_times", "Alla passerade tider har ett utfall.")


def cells(row: appointments.AppointmentRow) -> tuple[str, ...]:
    return (row.starts.date().isoformat(),
            time_range(row),
            row.patient_name,
            domain_text(KINDS.get(row.kind, row.kind)),
            row.caregiver_name or "–",
            QCoreApplication.translate("unmarked_times", "Ja") if row.agreed
            else QCoreApplication.translate("unmarked_times", "Nej, endast föreslagen"))


class UnmarkedDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("unmarked_times", TITLE))
        self.setAccessibleName(QCoreApplication.translate("unmarked_times", TITLE))
        self.setObjectName("unmarked_dialog")
        self.rows: list[appointments.AppointmentRow] = []
        self.actions = AppointmentActions(ctx, self)
        self.actions.changed.connect(lambda _text: self.reload())
        intro = QLabel(QCoreApplication.translate("unmarked_times", INTRO).format(
            attended=OUTCOME_KEYS["attended"], no_show=OUTCOME_KEYS["no-show"]))
        intro.setWordWrap(True)
        self.count_label = QLabel(objectName="unmarked_count_label")
        self.table = QTableWidget(0, len(HEADS), objectName="unmarked_table")
        self.table.setAccessibleName(QCoreApplication.translate("unmarked_times", TITLE))
        self.table.setHorizontalHeaderLabels(translated("unmarked_times", HEADS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
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
        text = (QCoreApplication.translate("unmarked_times", NONE_LEFT) if n == 0
                else (self.tr("1 tid att markera.") if n == 1 else self.tr("{n} tider att markera.").format(n=n)))
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
