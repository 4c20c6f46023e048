"""Arkiv → Synkinställningar: the region's address, the clinic's certificate files, the automatic
sync's interval, and "Testa anslutningen" (the region's metadata, read in the background).

The values are the clinic's (stored in the database through services.sync, shared by every
workstation). File fields are plain text fields beside a "Bläddra…" button, so a path can be typed
or pasted (and set by tests) without the native file dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from klinik_app.services import sync
from klinik_app.services.context import ServiceContext
from klinik_app.services.settings import SETTINGS
from klinik_app.ui.changed_elsewhere import CANCELLED, KEPT, KEPT_TEXT, save_with_conflict_check
from klinik_app.ui.listing_dialogs import settle
from klinik_app.ui.sync_conflict import error_text
from klinik_app.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)

PEM_FILTER = QT_TRANSLATE_NOOP("sync_settings", "Certifikat och nycklar (*.pem *.crt *.cer *.key);;Alla filer (*)")


class SyncSettingsDialog(QDialog):
    """Edit and test the sync settings; `saved` after they were stored."""

    saved = Signal(str)  # what was done, for the status bar

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.testing = False
        self.setWindowTitle(self.tr("Synkinställningar"))
        self.setAccessibleName(self.tr("Synkinställningar"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(self.tr("Klinikens anslutning till regionens listningstjänst. Inställningarna gäller alla "
                       "arbetsstationer på kliniken."))
        intro.setWordWrap(True)
        self.server_edit = QLineEdit(objectName="server_edit")
        self.server_edit.setPlaceholderText("https://listning.region.example/fhir")
        self.server_edit.setAccessibleName(self.tr("Adress till listningstjänsten"))
        self.cert_edit = self._file_field("cert_edit", self.tr("Klientcertifikat"))
        self.key_edit = self._file_field("key_edit", self.tr("Nyckel till klientcertifikatet"))
        self.ca_edit = self._file_field("ca_edit", self.tr("Regionens CA-certifikat"))
        self.interval_spin = QSpinBox(objectName="interval_spin")
        self.interval_spin.setRange(0, sync.MAX_INTERVAL)
        self.interval_spin.setSuffix(" min")
        self.interval_spin.setSpecialValueText(self.tr("Av"))  # 0: no automatic sync
        self.interval_spin.setAccessibleName(self.tr("Synkronisera automatiskt var (minuter, 0 = av)"))

        form = QFormLayout()
        form.addRow(self.tr("&Adress (https://):"), self.server_edit)
        form.addRow(self.tr("&Klientcertifikat:"), self._with_browse(self.cert_edit, self.tr("Välj klientcertifikat")))
        form.addRow(self.tr("&Nyckel:"), self._with_browse(self.key_edit, self.tr("Välj nyckel")))
        form.addRow(self.tr("Regionens &CA:"),
                    self._with_browse(self.ca_edit, self.tr("Välj regionens CA-certifikat")))
        form.addRow(self.tr("Synka a&utomatiskt var:"), self.interval_spin)

        self.test_button = QPushButton(self.tr("&Testa anslutningen"), objectName="test_button")
        self.test_button.setToolTip(self.tr("Fråga regionen med uppgifterna ovan (de behöver inte vara sparade)."))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel(objectName="test_result")
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumHeight(3 * self.result_label.fontMetrics().lineSpacing())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&vbryt"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.show_stored()
        settle(self, 60)
        self.server_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building -------------------------------------------------------------------------------
    @staticmethod
    def _file_field(name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(QCoreApplication.translate("SyncSettingsDialog", "Sökväg till PEM-fil"))
        return edit

    def _with_browse(self, edit: QLineEdit, title: str) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        browse = QPushButton(self.tr("Bläddra…"))
        browse.setAccessibleName(self.tr("Bläddra: {field}").format(field=edit.accessibleName()))
        browse.setAutoDefault(False)
        browse.clicked.connect(lambda: self._browse(edit, title))
        box.addWidget(browse)
        return row

    def _browse(self, edit: QLineEdit, title: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, title, edit.text(), QCoreApplication.translate("sync_settings", PEM_FILTER))
        if path:
            edit.setText(path)

    def show_stored(self) -> None:
        """The settings as stored, and their versions: a save over a later change is refused (issue 10)."""
        current, interval = sync.stored_settings(self.ctx)
        self.versions = sync.stored_versions(self.ctx)
        for edit, value in ((self.server_edit, current.server), (self.cert_edit, current.client_cert),
                            (self.key_edit, current.client_key), (self.ca_edit, current.ca)):
            edit.setText(value or "")
        self.interval_spin.setValue(interval)

    # --- acting ---------------------------------------------------------------------------------
    def chosen(self) -> sync.SyncSettings:
        return sync.SyncSettings(self.server_edit.text().strip(), self.cert_edit.text().strip() or None,
                                 self.key_edit.text().strip() or None, self.ca_edit.text().strip() or None)

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setAccessibleName(text)

    def test_connection(self) -> None:
        """Ask the region in the background; the answer is said under the button."""
        if self.testing:
            return
        chosen, ctx = self.chosen(), self.ctx
        self.testing = True
        self.test_button.setEnabled(False)
        self._say(self.tr("Frågar regionen …"))

        def done(check: sync.connection_check.ConnectionCheck) -> None:
            self._tested(check.text)

        def failed(exc: BaseException) -> None:
            log.exception("connection test failed", exc_info=exc)
            self._tested(error_text(exc))

        BackgroundTask(self, lambda _progress, _cancelled: sync.check_connection(ctx, chosen), done, failed).run()

    def _tested(self, text: str) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        self._say(text)

    def save(self) -> None:
        chosen, n = self.chosen(), self.interval_spin.value()
        try:
            outcome = save_with_conflict_check(self, lambda versions: sync.save_settings(
                self.ctx, chosen, n, expected_versions=versions[SETTINGS]), {SETTINGS: self.versions})
        except Exception as exc:
            if not isinstance(exc, sync.SettingsRefused):
                log.exception("saving the sync settings failed")
            self._say(error_text(exc))
            return
        if outcome == KEPT:
            self.show_stored()
            self._say(self.tr("{not_saved} Inställningarna som sparats visas nu.").format(
                          not_saved=QCoreApplication.translate("changed_elsewhere", KEPT_TEXT)))
            return
        if outcome == CANCELLED:
            self._say(self.tr("Ingenting sparades. Det du skrev finns kvar."))
            return
        self.saved.emit(self.tr("Synkinställningarna är sparade. ") + (
            (self.tr("Synkroniserar automatiskt med 1 minuts mellanrum.") if n == 1
             else self.tr("Synkroniserar automatiskt med {n} minuters mellanrum.").format(n=n)) if n
            else self.tr("Automatisk synkronisering är av.")))
        self.accept()
