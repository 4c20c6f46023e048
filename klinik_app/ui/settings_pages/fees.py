"""The price list: the loaded versions of the region's tandvårdstaxa and Folktandvården's price list.
Loading a new one is Arkiv → Taxor och prislistor's dialog, opened from here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from klinik_app.domain import permissions as perm
from klinik_app.domain.fee_schedule import KINDS
from klinik_app.services import treatments
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import may
from klinik_app.ui.fee_schedules_dialog import FeeSchedulesDialog
from klinik_app.ui.settings_pages.base import SettingsPage


class FeesPage(SettingsPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("En behandling prissätts från den version som gällde behandlingsdagen. "
                                      "En ny version läses in från regionens fil."), parent)
        self.title = self.tr("Taxor och prislistor")
        self.dialog: FeeSchedulesDialog | None = None
        self.table = QTableWidget(0, 3, objectName="fees_table")
        self.table.setHorizontalHeaderLabels([self.tr("Taxa"), self.tr("Version"), self.tr("Gäller")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_row(self.tr("Inlästa &versioner:"), self.table)
        self.open_button = QPushButton(self.tr("&Öppna taxor och prislistor…"), objectName="open_fees_button")
        self.open_button.setAutoDefault(False)
        self.open_button.setEnabled(may(ctx, perm.FEE_SCHEDULE_LOAD))
        self.open_button.clicked.connect(self.open_dialog)
        self.box.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.finish()

    def show_stored(self) -> None:
        rows = treatments.list_schedules(self.ctx)
        self.table.setRowCount(len(rows))
        for r, info in enumerate(rows):
            until = f"{info.valid_to:%Y-%m-%d}" if info.valid_to else self.tr("tills vidare")
            for c, text in enumerate((KINDS[info.kind], info.version, f"{info.valid_from:%Y-%m-%d} – {until}")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def values(self) -> None:
        return None  # nothing to edit here: a new version is loaded in its own dialog, and kept at once

    def save(self) -> None:
        """Never dirty: nothing to save."""

    def open_dialog(self) -> FeeSchedulesDialog:
        """Window-modal over the settings; the list here is read again when it closes."""
        self.dialog = FeeSchedulesDialog(self.window(), self.ctx)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _closed(self) -> None:
        self.dialog = None
        self.load()
        self.open_button.setFocus()
