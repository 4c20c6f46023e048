"""Logging in (R-SE-1): the first administrator, the login dialog, and the idle screen lock.

The window acts as whoever logged in: `ctx.actor` carries their HSA-ID and roles, so the access
log and the services' permission checks see the person, not the computer's account.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QMainWindow, QWidget

from klinik_app.domain.permissions import PROFESSIONS, STAFF_ROLES
from klinik_app.services import accounts
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import UsageError
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.listing_dialogs import settle


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(FormDialog):
    """HSA-ID and password; a refusal is shown inline, the password cleared, the HSA-ID kept."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, clinic_name: str = "") -> None:
        where = self.tr(" på {clinic_name}").format(clinic_name=clinic_name) if clinic_name else ""
        super().__init__(parent,
                         self.tr("Logga in – Klinik"),
                         self.tr("Logga in{where} med ditt HSA-ID och lösenord.").format(where=where))
        self.ctx = ctx
        self.actor: Actor | None = None
        self.hsa_field = self.add_field(self.tr("&HSA-ID:"), QLineEdit(objectName="hsa_field"))
        self.hsa_field.setPlaceholderText(self.tr("t.ex. SE2321000222-T1234"))
        self.password_field = self.add_field(self.tr("&Lösenord:"), _password_field())
        self.password_field.setObjectName("password_field")
        self.name_buttons(self.tr("Logga &in"), self.tr("A&vsluta"))
        settle(self, 36)
        self.hsa_field.setFocus()

    def save(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # scrypt takes a moment, on purpose
        try:
            self.actor = accounts.login(self.ctx, self.hsa_field.text(), self.password_field.text())
        finally:
            QApplication.restoreOverrideCursor()

    def refused(self) -> None:
        self.password_field.clear()
        (self.password_field if self.hsa_field.text().strip() else self.hsa_field).setFocus()


class FirstAdministratorDialog(FormDialog):
    """No one can log in yet: create the first administrator, then go on logged in as them."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Första administratören – Klinik"),
                         self.tr("Ingen kan logga in i Klinik än. Lägg upp dig själv som administratör: du lägger "
                         "sedan upp kollegornas konton under Arkiv → Personal och behörigheter."))
        self.ctx = ctx
        self.actor: Actor | None = None
        self.hsa_field = self.add_field(self.tr("&HSA-ID:"), QLineEdit(objectName="hsa_field"))
        self.name_field = self.add_field(self.tr("&Namn:"), QLineEdit(objectName="name_field"))
        self.profession_box = self.add_field(self.tr("&Yrkesroll:"), QComboBox(objectName="profession_box"))
        self.profession_box.addItem(self.tr("Ingen – bara administratör"), None)
        for role in PROFESSIONS:
            self.profession_box.addItem(STAFF_ROLES[role], role)
        self.password_field = self.add_field(
            self.tr("&Lösenord (minst {min_length} tecken):").format(min_length=accounts.MIN_PASSWORD),
            _password_field())
        self.repeat_field = self.add_field(self.tr("&Upprepa lösenordet:"), _password_field())
        self.name_buttons(self.tr("&Skapa och logga in"), self.tr("A&vsluta"))
        settle(self, 44)
        self.hsa_field.setFocus()

    def save(self) -> None:
        password = self.password_field.text()
        if password != self.repeat_field.text():
            raise UsageError(self.tr("Lösenorden är inte lika. Skriv samma lösenord två gånger."))
        accounts.create_administrator(self.ctx, self.hsa_field.text(), self.name_field.text(), password,
                                      self.profession_box.currentData())
        self.actor = accounts.login(self.ctx, self.hsa_field.text(), password)


def sign_in(ctx: ServiceContext, clinic_name: str) -> bool:
    """Before the window opens: the first administrator if needed, then a login; False to quit."""
    dialog: FormDialog = (LoginDialog(ctx, clinic_name=clinic_name) if accounts.has_administrator(ctx)
                          else FirstAdministratorDialog(ctx))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        ctx.actor = dialog.actor
        return True
    finally:
        dialog.deleteLater()


class LockDialog(FormDialog):
    """The screen is locked: the same person unlocks with their password, or logs out."""

    def __init__(self, ctx: ServiceContext, parent: QWidget) -> None:
        who = f"{ctx.actor.name} ({ctx.actor.user_id})" if ctx.actor.name else ctx.actor.user_id
        super().__init__(parent,
                         self.tr("Skärmen är låst – Klinik"),
                         self.tr("Klinik är låst. Inloggad: {who}. Skriv ditt lösenord för att fortsätta där du "
                                 "var, eller logga ut.").format(who=who))
        self.ctx = ctx
        self.password_field = self.add_field(self.tr("&Lösenord:"), _password_field())
        self.password_field.setObjectName("password_field")
        self.name_buttons(self.tr("&Lås upp"), self.tr("Logga &ut"))
        settle(self, 40)
        self.password_field.setFocus()

    def save(self) -> None:
        accounts.unlock(self.ctx, self.password_field.text())

    def refused(self) -> None:
        self.password_field.clear()
        self.password_field.setFocus()


_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}


class IdleLock(QObject):
    """Locks the window after `login.idle_minutes` without keyboard or mouse input (R-SE-1).

    While locked, the window's content and every other window of Klinik is hidden, so nobody
    passing the screen sees patient data; unsaved input in them stays and comes back on unlock.
    """

    locked = Signal()
    unlocked = Signal()
    logged_out = Signal()

    def __init__(self, window: QMainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.dialog: LockDialog | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(accounts.idle_minutes(ctx) * 60_000)
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self.dialog is None and event.type() in _INPUT:
            self.timer.start()
        return False

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        if self.dialog is not None:
            return
        self.timer.stop()
        accounts.record_lock(self.ctx)
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.window]
        for widget in self._hidden:
            widget.hide()
        content = self.window.centralWidget()
        policy = content.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the window keeps its size and layout while locked
        content.setSizePolicy(policy)
        content.hide()
        self.dialog = LockDialog(self.ctx, self.window)
        self.dialog.finished.connect(self._finished)
        self.dialog.open()  # window-modal and not blocking: nothing else is reachable until it closes
        self.locked.emit()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            accounts.record_logout(self.ctx)
            self.logged_out.emit()
            self.window.close()
            return
        self.window.centralWidget().show()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.timer.start()
        self.unlocked.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
