"""Arkiv → Taxor och prislistor: the versions of the region's tandvårdstaxa and Folktandvården's price
list, and loading a new one from the region's file (issue 5; format in docs/fee-schedules.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from klinik_app.services.permissions import may
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import translated as translated_error
from klinik_app.ui.i18n import translated
from klinik_app.ui.listing_dialogs import settle

COLUMNS = (QT_TRANSLATE_NOOP("fee_schedules_dialog", "Taxa"),
           QT_TRANSLATE_NOOP("fee_schedules_dialog", "Version"),
           QT_TRANSLATE_NOOP("fee_schedules_dialog", "Gäller från"),
           QT_TRANSLATE_NOOP("fee_schedules_dialog", "Gäller till"),
           QT_TRANSLATE_NOOP("fee_schedules_dialog", "Koder"))
FILE_FILTER = QT_TRANSLATE_NOOP("fee_schedules_dialog", "Taxa eller prislista (*.toml *.csv)")


class FeeSchedulesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Taxor och prislistor"))
        intro = QLabel(self.tr("En behandling prissätts från den version som gällde behandlingsdagen och behåller "
                               "sitt pris när en ny version läses in."),
                       wordWrap=True)
        self.table = QTableWidget(0, len(COLUMNS), objectName="schedules_table")
        self.table.setHorizontalHeaderLabels(translated("fee_schedules_dialog", COLUMNS))
        self.table.setAccessibleName(self.tr("Inlästa taxor och prislistor"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(objectName="message_label", wordWrap=True)
        self.load_button = QPushButton(self.tr("&Läs in fil…"), objectName="load_button")
        self.load_button.clicked.connect(self.choose_and_load)
        if not may(ctx, perm.FEE_SCHEDULE_LOAD):
            self.load_button.setEnabled(False)
            self.load_button.setToolTip(self.tr("Verksamhetschefen eller administratören läser in nya taxor."))
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
            until = f"{info.valid_to:%Y-%m-%d}" if info.valid_to else self.tr("tills vidare")
            for c, value in enumerate(
                (domain_text(KINDS[info.kind]), info.version, f"{info.valid_from:%Y-%m-%d}", until, str(info.items))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def choose_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self,
                                              self.tr("Läs in taxa eller prislista"),
                                              str(Path.home()),
                                              QCoreApplication.translate("fee_schedules_dialog", FILE_FILTER))
        return Path(path) if path else None

    def choose_and_load(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        try:
            info = treatments.load_fee_schedule(self.ctx, path)
        except Exception as exc:  # a refusal (a line of the file, a version already loaded): nothing stored
            self.message.setText(translated_error(exc))
            return
        self.message.setText(
            self.tr("{kind} {version} är inläst: {items} koder, gäller från {valid_from:%Y-%m-%d}.").format(
                kind=domain_text(KINDS[info.kind]), version=info.version, items=info.items, valid_from=info.valid_from))
        self.reload()


def add_fee_schedules_action(window) -> QAction:
    """The main window's hook: Arkiv → Taxor och prislistor…"""
    action = QAction(QCoreApplication.translate("fee_schedules_dialog", "&Taxor och prislistor…"), window)
    action.setStatusTip(
        QCoreApplication.translate("fee_schedules_dialog",
                                   "Regionens tandvårdstaxa och Folktandvårdens prislista: versioner och inläsning"))
    action.triggered.connect(lambda: _open(window))
    arkiv = window.archive_menu
    arkiv.insertAction(window.quit_action, action)
    window.fee_schedules_action = action
    return action


def _open(window) -> FeeSchedulesDialog:
    dialog = FeeSchedulesDialog(window, window.ctx)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.fee_schedules_dialog = dialog
    return dialog
