"""A conflict side by side: the clinic's version and the region's current one, field by field, and
the choices the contract allows (regional-listing-api.md "Errors", 409/412: the user chooses).

- "Skicka igen utifrån regionens version": the change goes again, naming the region's version;
- "Dra tillbaka vår ändring": after confirmation, it never reaches the region;
- "Behåll till senare": nothing changes; the conflict stays in the list.

The region's version is read in a BackgroundTask, never on the GUI thread. A differing field is
marked in its own column ("≠", read out as "skiljer sig") and in bold: no colours of our own, so
light, dark and high-contrast themes all work.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.services import sync
from klinik_app.services.context import ServiceContext
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import shown_text, translated
from klinik_app.ui.listing_dialogs import settle
from klinik_app.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)

WITHDRAW_TITLE = QT_TRANSLATE_NOOP("sync_conflict", "Dra tillbaka ändringen")
DIFFERS = "≠"


def confirm_withdraw(parent: QWidget | None, kind: str, patient: str | None) -> bool:
    """Ask before an unsent change is withdrawn for good; names the patient (never an identity number)."""
    about = f"{domain_text(kind).capitalize()}" + (
        QCoreApplication.translate("sync_conflict", " för {patient}").format(patient=patient) if patient else "")
    answer = QMessageBox.question(parent,
                                  QCoreApplication.translate("sync_conflict", WITHDRAW_TITLE),
                                  QCoreApplication.translate("sync_conflict",
                                                             "Dra tillbaka ändringen? Den skickas då aldrig till "
                                                             "regionen.\n\n{about}.").format(about=about),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def error_text(exc: BaseException) -> str:
    """The sync's own Swedish message where it has one (region unreachable, refused, not set up)."""
    return translated(exc)


class SyncConflictDialog(QDialog):
    """One item in conflict; `changed` when it was sent again or withdrawn."""

    changed = Signal(str)  # what was done, in Swedish

    def __init__(self, ctx: ServiceContext, item: sync.ProblemItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.view: sync.ConflictView | None = None
        who = self.tr(" för {patient}").format(patient=item.patient) if item.patient else ""
        self.setWindowTitle(self.tr("Konflikt: {kind}{who}").format(kind=domain_text(item.kind), who=who))
        self.setAccessibleName(self.windowTitle())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = QLabel(self.tr("{meaning}\n\nMarkerade rader (≠, fetstil) skiljer sig mellan klinikens och regionens "
                               "version.").format(meaning=shown_text(item.meaning)),
                       objectName="conflict_intro")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self, objectName="conflict_table")
        self.table.setAccessibleName(self.tr("Klinikens och regionens version, uppgift för uppgift"))
        self.table.setHorizontalHeaderLabels(
            ["", self.tr("Del"), self.tr("Uppgift"), self.tr("Klinikens version"), self.tr("Regionens version")])
        self.table.horizontalHeaderItem(0).setToolTip(self.tr("≠: uppgiften skiljer sig"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.notice = QLabel(self.tr("Hämtar regionens version …"), objectName="conflict_notice")
        self.notice.setWordWrap(True)

        self.resend_button = QPushButton(self.tr("Skicka &igen utifrån regionens version"),
                                         objectName="conflict_resend")
        self.resend_button.setToolTip(self.tr("Ändringen skickas vid nästa synkronisering och gäller då regionens "
                                      "nuvarande version."))
        self.resend_button.clicked.connect(self.resend)
        self.withdraw_button = QPushButton(self.tr("&Dra tillbaka vår ändring"), objectName="conflict_withdraw")
        self.withdraw_button.setToolTip(self.tr("Regionens version gäller; vår ändring skickas aldrig."))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.keep_button = QPushButton(self.tr("&Behåll till senare"), objectName="conflict_keep")
        self.keep_button.setToolTip(self.tr("Ingenting ändras; konflikten ligger kvar i listan."))
        self.keep_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        for button in (self.resend_button, self.withdraw_button):
            button.setAutoDefault(False)
            button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.table.setMinimumHeight(self.fontMetrics().height() * 10)
        settle(self, 80)

    def load(self) -> None:
        """Read the region's current version in the background; the table fills in when it comes."""
        ctx, item_id = self.ctx, self.item.id
        BackgroundTask(self, lambda _progress, _cancelled: sync.conflict_view(ctx, item_id),
                       self._show, self._failed).run()

    def _show(self, view: sync.ConflictView) -> None:
        self.view = view
        self.table.setRowCount(len(view.fields))
        for row, field in enumerate(view.fields):
            marker = QTableWidgetItem(DIFFERS if field.differs else "")
            marker.setData(Qt.ItemDataRole.AccessibleTextRole,
                           self.tr("skiljer sig") if field.differs else self.tr("lika"))
            cells = [marker] + [QTableWidgetItem(shown_text(text)) for text in (field.section, field.label, field.local,
                                                                                 field.region)]
            for column, cell in enumerate(cells):
                if field.differs:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        if view.on_region_version:
            self._say(self.tr("Regionens nuvarande version är hämtad. Välj om vår ändring ska skickas igen "
                              "utifrån den, dras tillbaka eller vänta."))
        else:
            self._say(self.tr("Ändringen kan inte skickas om utifrån regionens version (regionen visar ingen version "
                              "av den för kliniken). Dra tillbaka den, eller behåll den till senare."))
        self.resend_button.setEnabled(view.on_region_version)
        self.withdraw_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        if not hasattr(exc, "message"):
            log.exception("reading the region's version of outbox item %s failed", self.item.id, exc_info=exc)
        self._say(self.tr("Regionens version kunde inte hämtas: {error}").format(error=error_text(exc)))
        self.withdraw_button.setEnabled(not isinstance(exc, sync.ItemNotChangeable))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleName(text)

    def resend(self) -> None:
        if self.view is None:
            return
        self._act(lambda: sync.resend_on_region_version(self.ctx, self.item.id, self.view.region_versions,
                                                        expected_version=self.item.row_version),
                  self.tr("skickas igen utifrån regionens version vid nästa synkronisering"))

    def withdraw(self) -> None:
        if confirm_withdraw(self, self.item.kind, self.item.patient):
            self._act(lambda: sync.withdraw(self.ctx, self.item.id, expected_version=self.item.row_version),
                      self.tr("är tillbakadragen och skickas inte till regionen"))

    def _act(self, action, done: str) -> None:
        try:
            action()
        except Exception as exc:
            if not isinstance(exc, sync.ItemNotChangeable):
                log.exception("changing outbox item %s failed", self.item.id)
            self._say(error_text(exc))
            return
        who = self.tr(" för {patient}").format(patient=self.item.patient) if self.item.patient else ""
        self.changed.emit(f"{domain_text(self.item.kind).capitalize()}{who} {done}.")
        self.accept()
