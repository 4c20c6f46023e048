"""Arkiv → Taxor och prislistor: the versions of the region's tandvårdstaxa and Folktandvården's price
list, and loading a new one from the region's file (issue 5; format in docs/fee-schedules.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain import permissions as perm
from klinik_app.domain.fee_schedule import KINDS
from klinik_app.services import treatments
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import user_message
from klinik_app.services.permissions import may
from klinik_app.ui.listing_dialogs import settle

COLUMNS = ("Taxa", "Version", "Gäller från", "Gäller till", "Koder")
FILE_FILTER = "Taxa eller prislista (*.toml *.csv)"


class FeeSchedulesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Taxor och prislistor")
        intro = QLabel("En behandling prissätts från den version som gällde behandlingsdagen och behåller sitt pris "
                       "när en ny version läses in.", wordWrap=True)
        self.table = QTableWidget(0, len(COLUMNS), objectName="schedules_table")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Inlästa taxor och prislistor")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(objectName="message_label", wordWrap=True)
        self.load_button = QPushButton("&Läs in fil…", objectName="load_button")
        self.load_button.clicked.connect(self.choose_and_load)
        if not may(ctx, perm.FEE_SCHEDULE_LOAD):
            self.load_button.setEnabled(False)
            self.load_button.setToolTip("Verksamhetschefen eller administratören läser in nya taxor.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (intro, self.table, self.message, buttons):
            layout.addWidget(part)
        self.reload()
        settle(self, 60)
        self.table.setFocus()

    def reload(self) -> None:
        rows = treatments.list_schedules(self.ctx)
        self.table.setRowCount(len(rows))
        for r, info in enumerate(rows):
            until = f"{info.valid_to:%Y-%m-%d}" if info.valid_to else "tills vidare"
            for c, value in enumerate((KINDS[info.kind], info.version, f"{info.valid_from:%Y-%m-%d}", until,
                                       str(info.items))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def choose_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, "Läs in taxa eller prislista", str(Path.home()), FILE_FILTER)
        return Path(path) if path else None

    def choose_and_load(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        try:
            info = treatments.load_fee_schedule(self.ctx, path)
        except Exception as exc:  # a refusal (a line of the file, a version already loaded): nothing stored
            self.message.setText(user_message(exc)[0])
            return
        self.message.setText(f"{KINDS[info.kind]} {info.version} är inläst: {info.items} koder, gäller från "
                             f"{info.valid_from:%Y-%m-%d}.")
        self.reload()


def add_fee_schedules_action(window) -> QAction:
    """The main window's hook: Arkiv → Taxor och prislistor…"""
    action = QAction("&Taxor och prislistor…", window)
    action.setStatusTip("Regionens tandvårdstaxa och Folktandvårdens prislista: versioner och inläsning")
    action.triggered.connect(lambda: _open(window))
    arkiv = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Arkiv")
    arkiv.insertAction(window.quit_action, action)
    window.fee_schedules_action = action
    return action


def _open(window) -> FeeSchedulesDialog:
    dialog = FeeSchedulesDialog(window, window.ctx)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.fee_schedules_dialog = dialog
    return dialog
