"""The regional listing service: its address, the clinic's certificate files, the automatic sync's
interval, and "Testa anslutningen" (the region's metadata, read in the background). Stored and checked by
services.sync; the values are the clinic's, shared by every workstation. Arkiv → Synkinställningar… opens
the settings at this page.

File fields are plain text fields beside a "Bläddra…" button, so a path can be typed or pasted (and set
by tests) without the native file dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from klinik_app.services import sync
from klinik_app.services.context import ServiceContext
from klinik_app.services.settings import SETTINGS
from klinik_app.ui.errors import shown_text
from klinik_app.ui.settings_pages.base import SettingsPage, spin
from klinik_app.ui.sync_conflict import error_text
from klinik_app.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)


class SyncPage(SettingsPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx,
                         self.tr("Klinikens anslutning till regionens listningstjänst. Certifikatfilerna ska finnas "
                                 "på samma sökväg på varje arbetsstation som synkroniserar."),
                         parent)
        self.title = self.tr("Regionens listningstjänst")
        self.testing = False
        self.server = self.add_row(self.tr("Adress (&https://):"), QLineEdit(objectName="server_edit"))
        self.server.setPlaceholderText("https://listning.region.example/fhir")
        self.cert = self._file_row(self.tr("&Klientcertifikat:"), "cert_edit", self.tr("Välj klientcertifikat"))
        self.key = self._file_row(self.tr("N&yckel:"), "key_edit", self.tr("Välj nyckel till klientcertifikatet"))
        self.ca = self._file_row(self.tr("Regionens &CA:"), "ca_edit", self.tr("Välj regionens CA-certifikat"))
        self.interval = self.add_row(self.tr("Synka a&utomatiskt var:"),
                                     spin(0, sync.MAX_INTERVAL, self.tr(" min"), "interval_spin"))
        self.interval.setSpecialValueText(self.tr("Av"))  # 0: no automatic sync
        self.test_button = QPushButton(self.tr("&Testa anslutningen"), objectName="test_button")
        self.test_button.setToolTip(self.tr("Fråga regionen med uppgifterna ovan (de behöver inte vara sparade)."))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(objectName="test_result", wordWrap=True)
        self.result.setMinimumHeight(3 * self.result.fontMetrics().lineSpacing())
        self.box.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.box.addWidget(self.result)
        self.finish()

    def _file_row(self, label: str, name: str, title: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setPlaceholderText(self.tr("Sökväg till PEM-fil"))
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        browse = QPushButton(self.tr("Bläddra…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(lambda: self._browse(edit, title))
        box.addWidget(browse)
        self.add_row(label, row, edit)
        browse.setAccessibleName(self.tr("Bläddra: {field}").format(field=edit.accessibleName()))
        return edit

    def _browse(self, edit: QLineEdit, title: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, title, edit.text(), self.tr("Certifikat och nycklar (*.pem *.crt *.cer *.key);;Alla filer (*)"))
        if path:
            edit.setText(path)

    def show_stored(self) -> None:
        current, interval = sync.stored_settings(self.ctx)
        self.versions = sync.stored_versions(self.ctx)
        for edit, value in ((self.server, current.server), (self.cert, current.client_cert),
                            (self.key, current.client_key), (self.ca, current.ca)):
            edit.setText(value or "")
        self.interval.setValue(interval)

    def chosen(self) -> sync.SyncSettings:
        return sync.SyncSettings(self.server.text().strip(), self.cert.text().strip() or None,
                                 self.key.text().strip() or None, self.ca.text().strip() or None)

    def values(self) -> tuple:
        return self.chosen(), self.interval.value()

    def save(self) -> None:
        chosen, minutes = self.values()
        self.save_checked(lambda versions: sync.save_settings(self.ctx, chosen, minutes,
                                                              expected_versions=versions[SETTINGS]),
                          {SETTINGS: self.versions})

    def saved_note(self) -> str:
        minutes = self.interval.value()
        if not minutes:
            return self.tr("Automatisk synkronisering är av.")
        if minutes == 1:
            return self.tr("Synkroniserar automatiskt med 1 minuts mellanrum.")
        return self.tr("Synkroniserar automatiskt med {n} minuters mellanrum.").format(n=minutes)

    def test_connection(self) -> None:
        """Ask the region in the background; the answer is said under the button."""
        if self.testing:
            return
        chosen, ctx = self.chosen(), self.ctx
        self.testing = True
        self.test_button.setEnabled(False)
        self._say(self.tr("Frågar regionen …"))

        def failed(exc: BaseException) -> None:
            log.exception("connection test failed", exc_info=exc)
            self._tested(error_text(exc))

        BackgroundTask(self, lambda _progress, _cancelled: sync.check_connection(ctx, chosen),
                       lambda check: self._tested(shown_text(check.text)), failed).run()

    def _tested(self, text: str) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        self._say(text)

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setAccessibleName(text)
