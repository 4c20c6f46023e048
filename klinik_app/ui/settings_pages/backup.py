"""Where the database's backups go and how long they are kept (services.backup), and how long
patient records are kept (R-SE-3, services.retention: the head of clinic's setting)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from klinik_app.domain import permissions as perm
from klinik_app.services import backup, retention
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import UsageError
from klinik_app.services.permissions import may
from klinik_app.services.settings import SETTINGS
from klinik_app.ui.errors import translated
from klinik_app.ui.settings_pages.base import SettingsPage, spin


class BackupPage(SettingsPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Klinik gör en kontrollerad kopia av databasen varje dag och när programmet "
                                      "avslutas. Välj gärna en mapp på en annan disk än databasen."), parent)
        self.title = self.tr("Säkerhetskopior")
        self.folder = QLineEdit(objectName="folder_edit")
        self.folder.setPlaceholderText(self.tr("backups (bredvid databasfilen)"))
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.folder, 1)
        self.browse = QPushButton(self.tr("Bläddra…"), objectName="folder_browse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        box.addWidget(self.browse)
        self.add_row(self.tr("&Mapp för säkerhetskopior:"), row, self.folder)
        self.browse.setAccessibleName(self.tr("Bläddra efter mapp för säkerhetskopior"))
        self.keep_days = self.add_row(self.tr("Spara kopior &i minst:"),
                                      spin(1, backup.MAX_KEEP_DAYS, self.tr(" dagar"), "keep_days_spin"))
        self.keep_count = self.add_row(self.tr("Spara alltid de s&enaste:"),
                                       spin(1, backup.MAX_KEEP_COUNT, self.tr(" kopiorna"), "keep_count_spin"))
        self.note = QLabel(objectName="backup_note", wordWrap=True)
        self.box.addWidget(self.note)
        self.finish()

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Välj mapp för säkerhetskopior"), self.folder.text())
        if path:
            self.folder.setText(path)

    def show_stored(self) -> None:
        try:
            folder, days, count, self.versions = backup.backup_settings(self.ctx)
        except UsageError as exc:  # PostgreSQL: the server's own backup, nothing to set here
            self.note.setText(translated(exc))
            for widget in (self.folder, self.browse, self.keep_days, self.keep_count):
                widget.setEnabled(False)
            return
        self.folder.setText(folder)
        self.keep_days.setValue(days)
        self.keep_count.setValue(count)
        self.note.setText(self.tr("Äldre kopior tas bort automatiskt; andra filer i mappen rörs aldrig."))

    def values(self) -> tuple:
        return self.folder.text().strip(), self.keep_days.value(), self.keep_count.value()

    def save(self) -> None:
        folder, days, count = self.values()
        self.save_checked(lambda versions: backup.save_backup_settings(self.ctx, folder, days, count,
                                                                       expected_versions=versions[SETTINGS]),
                          {SETTINGS: self.versions})


class RetentionPage(SettingsPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("En journal sparas minst tio år efter den senaste anteckningen "
                                      "(patientdatalagen). Gallringen görs av verksamhetschefen under Arkiv → "
                                      "Gallring av journaler; ingenting tas bort automatiskt."), parent)
        self.title = self.tr("Journalernas lagringstid")
        self.years = self.add_row(self.tr("&Lagringstid för journaler:"),
                                  spin(1, retention.rules.MAXIMUM_YEARS, self.tr(" år"), "years_spin"))
        if not may(ctx, perm.RETENTION_REVIEW):
            self.years.setEnabled(False)
            note = QLabel(self.tr("Bara verksamhetschefen kan ändra lagringstiden."), objectName="retention_note")
            self.box.addWidget(note)
        self.finish()

    def show_stored(self) -> None:
        self.versions = retention.record_years_version(self.ctx)
        self.years.setValue(retention.record_years(self.ctx))

    def values(self) -> int:
        return self.years.value()

    def save(self) -> None:
        years = self.values()
        self.save_checked(lambda versions: retention.set_record_years(self.ctx, years,
                                                                      expected_versions=versions[SETTINGS]),
                          {SETTINGS: self.versions})
