"""The region in the window: the status bar's sync indicator, "Synka nu" (F5) and the list of changes
that need attention or are in conflict, with what the region's answer means and what to do about it.

regional-listing-api.md "Guarantees": the user always sees whether the region is reached, the last
successful sync, the items waiting, needing attention and in conflict. A cycle blocks on the network:
it runs in a BackgroundTask, never on the GUI thread.

The automatic sync: a timer looks every CHECK_MS whether a cycle is due (services.sync.cycle_due:
the clinic's interval since the last attempt, never before the retry time of an unreachable region)
and starts one in the background; never two at once in this window, and a cycle another workstation
is running makes this one simply try later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.services import sync
from klinik_app.services.context import STOCKHOLM, ServiceContext
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error, shown_text
from klinik_app.ui.listing_dialogs import settle
from klinik_app.ui.sync_conflict import SyncConflictDialog, confirm_withdraw
from klinik_app.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)

NOT_CONFIGURED = QT_TRANSLATE_NOOP("sync_panel", "Regionen: synk ej konfigurerad")
CHECK_MS = 30_000  # how often the window looks whether an automatic cycle is due
STATUS_NAMES = {"attention": QT_TRANSLATE_NOOP("sync_panel", "Behöver åtgärd"),
                "conflict": QT_TRANSLATE_NOOP("sync_panel", "Konflikt")}


def _local(instant: str, today) -> str:
    """A stored UTC instant as Swedish wall-clock time: "14:03" today, "2026-11-21 14:03" otherwise."""
    at = sync.state.parse_instant(instant).astimezone(STOCKHOLM)
    return at.strftime("%H:%M") if at.date() == today else at.strftime("%Y-%m-%d %H:%M")


def status_text(status: sync.state.Status | None, *, refused: bool = False, today=None) -> str:
    """The indicator's one line. `status` None: the region's address is not set."""
    if status is None:
        return QCoreApplication.translate("sync_panel", NOT_CONFIGURED)
    today = today or datetime.now(STOCKHOLM).date()
    if refused:
        head = QCoreApplication.translate("sync_panel", "Regionen: nekar anslutningen")
    elif status.next_attempt:
        head = QCoreApplication.translate("sync_panel", "Regionen: nås inte (försöker igen {when})").format(
            when=_local(status.next_attempt, today))
    elif status.last_sync:
        head = QCoreApplication.translate("sync_panel", "Regionen: senast synkad {when}").format(
            when=_local(status.last_sync, today))
    else:
        head = QCoreApplication.translate("sync_panel", "Regionen: aldrig synkad")
    parts = [head, QCoreApplication.translate("sync_panel", "{waiting} väntar").format(waiting=status.waiting)]
    if status.attention:
        parts.append(QCoreApplication.translate("sync_panel", "{attention} behöver åtgärd").format(
                         attention=status.attention))
    if status.conflicts:
        parts.append(QCoreApplication.translate("sync_panel", "1 konflikt") if status.conflicts == 1
                     else QCoreApplication.translate("sync_panel", "{count} konflikter").format(count=status.conflicts))
    return " · ".join(parts)


class SyncStatusLabel(QLabel):
    """The status bar's indicator; a click (or Enter/Space when focused) opens the attention list."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("sync_panel", NOT_CONFIGURED), parent, objectName="sync_status_label")
        self.setAccessibleName(QCoreApplication.translate("sync_panel", NOT_CONFIGURED))
        self.setToolTip(
            self.tr("Synkroniseringen med regionens listningssystem. Klicka för ändringar som behöver åtgärd."))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class SyncProblemsDialog(QDialog):
    """The changes the region did not take: what, for whom, why (in Swedish); send again or withdraw."""

    changed = Signal()  # an item was put back in the queue or withdrawn

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[sync.ProblemItem] = []
        self.setWindowTitle(self.tr("Ändringar som behöver åtgärd"))
        self.setAccessibleName(self.tr("Ändringar som behöver åtgärd"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.intro = QLabel(objectName="problems_intro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self, objectName="problems_table")
        self.table.setAccessibleName(self.tr("Ändringar som behöver åtgärd och konflikter"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Läge"), self.tr("Ändring"), self.tr("Patient"), self.tr("Vad det betyder")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.notice = QLabel(objectName="problems_notice")
        self.notice.setWordWrap(True)

        self.resend_button = QPushButton(self.tr("Skicka &igen"), objectName="resend_button")
        self.resend_button.setToolTip(self.tr("Lägg tillbaka ändringen i kön; den skickas vid nästa synkronisering "
                                      "(rätta uppgiften först)."))
        self.resend_button.clicked.connect(self.resend_selected)
        self.withdraw_button = QPushButton(self.tr("&Dra tillbaka"), objectName="withdraw_button")
        self.withdraw_button.setToolTip(self.tr("Ta bort ändringen ur kön: den skickas aldrig till regionen."))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.compare_button = QPushButton(self.tr("&Jämför med regionen…"), objectName="compare_button")
        self.compare_button.setToolTip(
            self.tr("Visa klinikens och regionens version sida vid sida och välj (konflikter)."))
        self.compare_button.clicked.connect(self.compare_selected)
        self.table.doubleClicked.connect(lambda _index: self.compare_selected())
        self.conflict_dialog: SyncConflictDialog | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stäng"))
        close.setAccessibleName(self.tr("Stäng"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.reload()
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)
        settle(self, 70)

    def reload(self) -> None:
        try:
            self.items = sync.problem_items(self.ctx)
        except Exception as exc:
            log.exception("reading the sync problems failed")
            self.items = []
            self.notice.setText(show_error(self, exc))
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for column, text in enumerate(
                (QCoreApplication.translate("sync_panel", STATUS_NAMES.get(item.status, item.status)),
                 domain_text(item.kind),
                 item.patient or "–",
                 shown_text(item.meaning))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        count = len(self.items)
        self.intro.setText(
            self.tr("Inga ändringar behöver åtgärd.") if not count
            else (self.tr("1 ändring") if count == 1 else self.tr("{count} ändringar").format(count=count))
            + self.tr(" har inte tagits emot av regionen. Rätta uppgiften och välj Skicka igen, eller Dra tillbaka "
                      "om ändringen inte ska skickas."))
        self.intro.setAccessibleName(self.intro.text())
        if count:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> sync.ProblemItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.resend_button.setEnabled(chosen is not None)
        self.withdraw_button.setEnabled(chosen is not None)
        self.compare_button.setEnabled(chosen is not None and chosen.status == "conflict")

    def compare_selected(self) -> SyncConflictDialog | None:
        """The selected conflict side by side with the region's version (read in the background)."""
        item = self.selected()
        if item is None or item.status != "conflict":
            return None
        dialog = SyncConflictDialog(self.ctx, item, self)
        dialog.changed.connect(self._conflict_settled)
        dialog.finished.connect(self._conflict_closed)
        self.conflict_dialog = dialog
        dialog.open()
        dialog.load()
        return dialog

    def _conflict_settled(self, done: str) -> None:
        self._said(done)
        self.reload()
        self.changed.emit()

    def _conflict_closed(self) -> None:
        self.conflict_dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _said(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleName(text)

    def resend_selected(self) -> None:
        self._act(sync.resend, self.tr("läggs tillbaka i kön och skickas vid nästa synkronisering"))

    def withdraw_selected(self) -> None:
        item = self.selected()
        if item is not None and confirm_withdraw(self, item.kind, item.patient):
            self._act(sync.withdraw, self.tr("är tillbakadragen och skickas inte till regionen"))

    def _act(self, action: Callable[..., None], done: str) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            action(self.ctx, item.id, expected_version=item.row_version)  # refused if changed since shown
        except Exception as exc:
            if not isinstance(exc, sync.ItemNotChangeable):
                log.exception("changing outbox item %s failed", item.id)
            self._said(show_error(self, exc))
        else:
            who = self.tr(" för {patient}").format(patient=item.patient) if item.patient else ""
            self._said(f"{domain_text(item.kind).capitalize()}{who} {done}.")
        self.reload()
        self.changed.emit()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


class SyncPanel(QObject):
    """Keeps the indicator up to date, runs cycles off the GUI thread ("Synka nu" and the automatic
    schedule) and opens the attention list."""

    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext, window: QWidget, label: SyncStatusLabel) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.label = label
        self.running = False  # one cycle at a time in this window
        self.refused = False  # the last cycle was refused (certificate, 401/403): said until one succeeds
        self.dialog: SyncProblemsDialog | None = None
        self.last_result: sync.CycleResult | None = None
        self.timer = QTimer(self, objectName="sync_timer")
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.tick)
        label.clicked.connect(self.show_problems)
        self.refresh()

    def start_schedule(self) -> None:
        self.timer.start()

    def tick(self) -> bool:
        """Start an automatic cycle when one is due; True when it started."""
        if self.running:
            return False
        try:
            due = sync.cycle_due(self.ctx)
        except Exception:  # the schedule never interrupts the user; the log has the cause
            log.exception("deciding whether a sync is due failed")
            return False
        if due:
            self.sync_now(automatic=True)
        return due

    def refresh(self) -> str:
        try:
            status = sync.sync_status(self.ctx) if sync.configured(self.ctx) else None
        except Exception:  # the indicator never interrupts the user; the log has the cause
            log.exception("reading the sync status failed")
            text = self.tr("Regionen: läget kunde inte läsas")
        else:
            text = status_text(status, refused=self.refused)
        self.label.show_text(text)
        return text

    def sync_now(self, on_done: Callable[[], None] | None = None, *, automatic: bool = False) -> None:
        """One cycle in the background; then the indicator, the status bar and an open list follow.
        An automatic cycle speaks only through the indicator (and an error it could not handle)."""
        if self.running:
            self.status_message.emit(self.tr("Synkroniseringen pågår redan."))
            if on_done is not None:
                on_done()
            return
        if not sync.configured(self.ctx):
            self.status_message.emit(self.tr("Synkroniseringen är inte inställd: ange adressen till regionens "
                                     "listningstjänst under Arkiv → Synkinställningar."))
            if on_done is not None:
                on_done()
            return
        self.running = True
        self.label.show_text(self.tr("Regionen: synkroniserar …"))
        ctx = self.ctx

        def finished() -> None:
            self.running = False
            self.refresh()
            if self.dialog is not None:
                self.dialog.reload()
            if on_done is not None:
                on_done()

        def succeeded(result: sync.CycleResult) -> None:
            self.last_result = result
            if not result.busy:  # another workstation's cycle says nothing about this clinic's certificate
                self.refused = result.exit_code == sync.REFUSED
            finished()
            if not automatic:
                self.status_message.emit(shown_text(result.summary))

        def failed(exc: BaseException) -> None:
            finished()
            self.status_message.emit(show_error(self.window, exc))

        BackgroundTask(self.window, lambda _progress, _cancelled: sync.run_cycle(ctx), succeeded, failed).run()

    def show_problems(self) -> SyncProblemsDialog:
        if self.dialog is not None:
            self.dialog.activateWindow()  # window-modal over the window: already on top
            return self.dialog
        dialog = SyncProblemsDialog(self.ctx, self.window)
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None
