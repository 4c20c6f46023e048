"""Backups in the window: "Säkerhetskopiera nu", "Återställ från säkerhetskopia…", the automatic
copies at start and exit (silent unless they fail), and the restore offer for a damaged file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.services.backup import (
    BackupInfo,
    automatic_backup,
    backups_of,
    database_file,
    make_backup,
    newest_good_backup,
    restore_backup,
    restore_from,
)
from klinik_app.services.context import ServiceContext
from klinik_app.ui.errors import TITLE, show_error, shown_text, translated

log = logging.getLogger(__name__)

RESTORE_TITLE = QT_TRANSLATE_NOOP("backup_dialogs", "Återställ från säkerhetskopia")


def when(info: BackupInfo) -> str:
    return f"{info.made_at:%Y-%m-%d %H:%M}"


def size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def backup_now(parent: QWidget | None, ctx: ServiceContext) -> Path | None:
    try:
        path = make_backup(ctx, "manuell")
    except Exception as exc:
        log.exception("manual backup failed")
        show_error(parent, exc)
        return None
    QMessageBox.information(parent,
                            TITLE,
                            QCoreApplication.translate("backup_dialogs",
                                                       "Säkerhetskopian är gjord och kontrollerad:\n{path}").format(
                                path=path))
    return path


def automatic_backup_quietly(parent: QWidget | None, ctx: ServiceContext, label: str) -> Path | None:
    """The daily and exit copies: nothing is shown unless the copy failed."""
    try:
        return automatic_backup(ctx, label)
    except Exception as exc:
        log.exception("automatic backup (%s) failed", label)
        QMessageBox.warning(parent,
                            TITLE,
                            QCoreApplication.translate("backup_dialogs",
                                                       "Den automatiska säkerhetskopian kunde inte göras. Databasen "
                                                       "är oförändrad.\n\n{message}").format(
                                message=translated(exc)))
        return None


def loss_text(info: BackupInfo) -> str:
    return (QCoreApplication.translate("backup_dialogs",
                                       "Databasen ersätts med säkerhetskopian från {when} ({label_text}). Allt som "
                                       "har sparats efter {when} går förlorat: nya och ändrade patienter, "
                                       "listningar, undersökningar och kallelser. Den nuvarande databasen sparas "
                                       "först som en egen säkerhetskopia.").format(when=when(info),
                                                                                   label_text=shown_text(info.label_text)))


def confirm_restore(parent: QWidget | None, info: BackupInfo, intro: str = "") -> bool:
    answer = QMessageBox.question(parent,
                                  QCoreApplication.translate("backup_dialogs", RESTORE_TITLE),
                                  QCoreApplication.translate("backup_dialogs",
                                                             "{intro}{loss}\n\nVill du återställa?").format(
                                      intro=intro, loss=loss_text(info)),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def restore_quietly(parent: QWidget | None, db: Path, info: BackupInfo) -> bool:
    try:
        restore_backup(db, info.path)
    except Exception as exc:
        log.exception("restoring %s failed", info.path)
        show_error(parent, exc)
        return False
    return True


def offer_restore_at_start(db: Path) -> bool:
    """The database file is damaged: offer the newest whole copy; True once it has been restored."""
    newest = newest_good_backup(db)
    if newest is None:
        return False
    intro = QCoreApplication.translate("backup_dialogs",
                                       "Databasfilen {path} är skadad och kan inte öppnas.\n\n").format(path=db)
    if not confirm_restore(None, newest, intro) or not restore_quietly(None, db, newest):
        return False
    QMessageBox.information(None,
                            TITLE,
                            QCoreApplication.translate("backup_dialogs",
                                                       "Databasen är återställd från säkerhetskopian från "
                                                       "{when}. Klinik startar nu.").format(when=when(newest)))
    return True


class RestoreDialog(QDialog):
    """The copies, newest first; the chosen one replaces the database after a confirmation."""

    restored = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = database_file(ctx)
        self.setWindowTitle(QCoreApplication.translate("backup_dialogs", RESTORE_TITLE))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.backups = backups_of(self.db)
        self.table = QTableWidget(len(self.backups), 4, objectName="backup_table")
        self.table.setAccessibleName(self.tr("Säkerhetskopior"))
        self.table.setHorizontalHeaderLabels([self.tr("Tid"), self.tr("Typ"), self.tr("Storlek"), self.tr("Kontroll")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, info in enumerate(self.backups):
            cells = [when(info), shown_text(info.label_text), size_text(info.size),
                     self.tr("Hel") if info.ok else shown_text(info.problem)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.itemSelectionChanged.connect(self._selection_changed)

        folder = self.backups[0].path.parent if self.backups else None
        note = (self.tr("Säkerhetskopiorna i {folder}, den senaste först.").format(folder=folder) if folder
                else self.tr(
                    "Det finns inga säkerhetskopior ännu. Välj Arkiv → Säkerhetskopiera nu för att göra en."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Återställ…"), objectName="restore_button")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(note, wordWrap=True))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 360)
        if self.backups:
            self.table.selectRow(0)
        self.layout().activate()  # size hints settled before the native window exists (see help_dialogs)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.ok)

    def restore_selected(self) -> bool:
        info = self.selected()
        if info is None or not info.ok or not confirm_restore(self, info):
            return False
        try:
            restore_from(self.ctx, info.path)
        except Exception as exc:
            log.exception("restoring %s failed", info.path)
            show_error(self, exc)
            return False
        QMessageBox.information(self,
                                TITLE,
                                self.tr("Databasen är återställd från säkerhetskopian från {when}. Klinik "
                                        "öppnar den nu.").format(when=when(info)))
        self.accept()
        self.restored.emit()
        return True
