"""The patient card's "Tider": every time of the patient, cancelled and missed ones included (R-AB-1),
newest first, with the status and the agreement in words."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from klinik_app.services import appointments
from klinik_app.services.appointments import KINDS, STATUSES
from klinik_app.services.context import ServiceContext
from klinik_app.ui.appointment_grid import time_range
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import shown_text
from klinik_app.ui.errors import translated as translated_error
from klinik_app.ui.i18n import translated

log = logging.getLogger(__name__)

HEADS = (QT_TRANSLATE_NOOP("patient_times", "Dag"),
         QT_TRANSLATE_NOOP("patient_times", "Tid"),
         QT_TRANSLATE_NOOP("patient_times", "Typ"),
         QT_TRANSLATE_NOOP("patient_times", "Status"),
         QT_TRANSLATE_NOOP("patient_times", "Behandlare"),
         QT_TRANSLATE_NOOP("patient_times", "Överenskommelse"),
         QT_TRANSLATE_NOOP("patient_times", "Avgift"))
NO_TIMES = QT_TRANSLATE_NOOP("patient_times", "Inga tider i tidboken.")
SHOWN_ROWS = 6  # then the table scrolls


def row_cells(row: appointments.AppointmentRow) -> tuple[str, ...]:
    fee = f"{row.fee_sek} kr" if row.fee_sek else ""
    return (row.starts.date().isoformat(), time_range(row), domain_text(KINDS.get(row.kind, row.kind)),
            domain_text(STATUSES.get(row.status, row.status)), row.caregiver_name or "–", shown_text(row.agreed_text), fee)


class PatientTimesPanel(QGroupBox):
    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Tider"), parent)
        self.setAccessibleName(self.tr("Tider"))
        self.setObjectName("patient_times")
        self.empty = QLabel(QCoreApplication.translate("patient_times", NO_TIMES), objectName="patient_times_empty")
        self.table = QTableWidget(0, len(HEADS), objectName="patient_times_table")
        self.table.setAccessibleName(self.tr("Patientens tider"))
        self.table.setHorizontalHeaderLabels(translated("patient_times", HEADS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        line = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + line * SHOWN_ROWS + 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self.clear()

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.table.hide()
        self.empty.setText("")

    def load(self, ctx: ServiceContext, patient_id: int) -> None:
        """Read the times (an access-logged read); a failure is said in the section itself."""
        try:
            rows = list(reversed(appointments.patient_appointments(ctx, patient_id)))
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("reading a patient's appointments failed")
            self.clear()
            self.empty.setText(translated_error(exc))
            return
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row_cells(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(rows))
        self.empty.setText("" if rows else QCoreApplication.translate("patient_times", NO_TIMES))
        self.empty.setVisible(not rows)
