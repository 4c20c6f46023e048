"""Arkiv → Inställningar… (Ctrl+,): the clinic configures Klinik without editing files (issue 11).

A list of pages on the left (arrow keys, or Ctrl+PgDown / Ctrl+PgUp from anywhere), the page on the
right. OK saves every page with changes, in the list's order, each through its own services and
from the versions it showed, so a change saved on another workstation meanwhile is never silently
overwritten (ui.changed_elsewhere). One OK for all is what a settings dialog is expected to do; a
refusal (a value the service explains, or a conflict) stops there: that page is shown with the
reason, the pages saved before it are said, and nothing after it is tried. Esc / Avbryt asks before
throwing changes away. Only for the roles that may change the clinic's settings. Arkiv →
Synkinställningar… opens the same dialog at its page of the regional service (`open_settings(window, SyncPage)`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain import permissions as perm
from klinik_app.services import accounts
from klinik_app.services.clinic import get_clinic
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.permissions import may
from klinik_app.ui.errors import translated
from klinik_app.ui.listing_dialogs import settle
from klinik_app.ui.settings_pages.backup import BackupPage, RetentionPage
from klinik_app.ui.settings_pages.base import SettingsPage
from klinik_app.ui.settings_pages.clinic import ClinicPage, ClinicRow, RuleSetPage
from klinik_app.ui.settings_pages.fees import FeesPage
from klinik_app.ui.settings_pages.language import LanguagePage
from klinik_app.ui.settings_pages.planning import PlanningPage
from klinik_app.ui.settings_pages.routines import IdleLockPage, ReminderPage
from klinik_app.ui.settings_pages.sync import SyncPage

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    saved = Signal(str)  # what was saved, for the status bar

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Inställningar"))
        self.setAccessibleName(self.tr("Inställningar"))
        row = ClinicRow()
        self.pages: list[SettingsPage] = [
            ClinicPage(ctx, row), RuleSetPage(ctx, row), SyncPage(ctx), BackupPage(ctx), RetentionPage(ctx),
            ReminderPage(ctx), IdleLockPage(ctx), PlanningPage(ctx), FeesPage(ctx), LanguagePage(ctx)]
        self.page_list = QListWidget(objectName="page_list")
        self.page_list.setAccessibleName(self.tr("Inställningssidor"))
        self.stack = QStackedWidget(objectName="page_stack")
        for page in self.pages:
            self.page_list.addItem(page.title)
            self.stack.addWidget(page)
        # As wide as the longest page name in the chosen language (the English ones are longer), no wider
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.setFixedWidth(self.page_list.sizeHintForColumn(0) + 2 * self.page_list.frameWidth()
                                     + self.fontMetrics().horizontalAdvance("M"))
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self._step(step))

        self.message = QLabel(objectName="message_label", wordWrap=True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)  # room for a refusal, no resize
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setToolTip(self.tr("Spara alla ändrade sidor och stäng (Enter)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Avbryt"))
        self.cancel_button.setToolTip(self.tr("Stäng utan att spara (Esc)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.page_list.setCurrentRow(0)
        settle(self, 72)
        self.page_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _step(self, step: int) -> None:
        self.page_list.setCurrentRow((self.page_list.currentRow() + step) % len(self.pages))

    def show_page(self, page: SettingsPage) -> None:
        self.page_list.setCurrentRow(self.pages.index(page))

    def page(self, kind: type[SettingsPage]) -> SettingsPage:
        """The page of that kind (e.g. SyncPage)."""
        return next(page for page in self.pages if isinstance(page, kind))

    def open_at(self, kind: type[SettingsPage]) -> SettingsPage:
        """Show the page of that kind, the focus in its first field (a menu entry that opens one page)."""
        page = self.page(kind)
        self.show_page(page)
        field = page.first_field()
        if field is not None and field.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        return page

    def changed_pages(self) -> list[SettingsPage]:
        return [page for page in self.pages if page.is_dirty()]

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def save(self) -> None:
        """OK: every changed page in order; the first refusal stops and is shown on its page."""
        done: list[SettingsPage] = []
        for page in self.changed_pages():
            try:
                page.save()
            except Exception as exc:  # a refusal from a service: said on its page, the input kept
                if not isinstance(exc, ServiceError):
                    log.exception("saving the settings page %s failed", type(page).__name__)
                self._refused(page, done, translated(exc))
                return
            page.load()  # the stored values and their new versions
            done.append(page)
        if done:
            self.saved.emit(self._saved_text(done))
        self.accept()

    def _saved_text(self, done: list[SettingsPage]) -> str:
        """For the status bar: the pages saved, and what each says follows (the automatic sync's interval)."""
        said = self.tr("Inställningarna är sparade: {pages}.").format(pages=", ".join(page.title for page in done))
        return " ".join([said, *(note for note in (page.saved_note() for page in done) if note)])

    def _refused(self, page: SettingsPage, done: list[SettingsPage], reason: str) -> None:
        self.show_page(page)
        saved = self.tr("Sparat: {pages}. ").format(pages=", ".join(p.title for p in done)) if done else ""
        self._say(self.tr("{saved}{page}: {reason}").format(saved=saved, page=page.title, reason=reason))
        if done:
            self.saved.emit(self._saved_text(done))
        field = page.first_field()
        if field is not None and field.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Esc, Avbryt or the window's close button: ask before changes are thrown away."""
        changed = self.changed_pages()
        if changed:
            answer = QMessageBox.question(
                self, self.tr("Inställningar"),
                self.tr("Ändringarna på {pages} är inte sparade. Vill du stänga utan att spara dem?").format(
                    pages=", ".join(page.title for page in changed)),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                self.show_page(changed[0])
                return
        super().reject()


def add_settings_action(window: QMainWindow, menu: QMenu) -> QAction:
    """The main window's hook: Arkiv → Inställningar… (Ctrl+,), only for the roles that may."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "Inst&ällningar…"), window)
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setStatusTip(QCoreApplication.translate(
        "SettingsDialog", "Kliniken och brevhuvudet, regelverk, regionens tjänst, säkerhetskopior, påminnelser, "
        "skärmlås, planering, taxor och språk"))
    allowed = may(window.ctx, perm.SETTINGS_MANAGE)
    action.setVisible(allowed)
    action.setEnabled(allowed)  # a hidden action's shortcut must not open it either
    action.triggered.connect(lambda: open_settings(window))
    menu.insertAction(window.quit_action, action)
    menu.insertSeparator(window.quit_action)
    return action


def open_settings(window: QMainWindow, kind: type[SettingsPage] | None = None) -> SettingsDialog:
    """The settings, at the page of `kind` when given (Arkiv → Synkinställningar…: SyncPage)."""
    dialog = SettingsDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(lambda text: _apply(window, text))
    dialog.open()
    if kind is not None:
        dialog.open_at(kind)
    window.settings_dialog = dialog
    return dialog


def _apply(window: QMainWindow, text: str) -> None:
    """What this window shows of the settings follows at once: the clinic's name, the sync state and
    the idle lock's time (other workstations read them at their next start or sync)."""
    from klinik_app.ui.main_window import window_title  # here: main_window imports this module

    window.clinic = get_clinic(window.ctx)
    window.setWindowTitle(window_title(window.clinic))
    window.clinic_label.setText(window.clinic.name)
    window.clinic_label.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Klinik: {name}").format(
        name=window.clinic.name))
    window.sync_panel.refresh()
    idle_lock = window.session.idle_lock
    if idle_lock is not None:
        idle_lock.timer.setInterval(accounts.idle_minutes(window.ctx) * 60_000)
        if not idle_lock.is_locked:
            idle_lock.timer.start()
    window.show_status(text)
