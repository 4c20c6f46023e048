"""The logged-in person in the window: who (status bar), lock, password, staff accounts, and which
actions their roles allow (the services check again; hiding only spares a refusal)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from klinik_app.domain import permissions as perm
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import may
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.login import IdleLock
from klinik_app.ui.staff_dialog import ChangePasswordDialog, StaffDialog


def user_text(ctx: ServiceContext, *, most_roles: int | None = None) -> str:
    """"Ada Admin (Tandläkare, Administratör)"; with more roles than `most_roles`, their number only
    (the status bar keeps its room; the tooltip and the screen reader get every role)."""
    actor = ctx.actor
    name = actor.name or actor.user_id
    roles = [domain_text(label) for role, label in perm.STAFF_ROLES.items() if role in actor.roles]
    if not roles:
        return name
    if most_roles is not None and len(roles) > most_roles:
        return QCoreApplication.translate("Session", "{name} ({count} roller)").format(name=name, count=len(roles))
    return f"{name} ({', '.join(roles)})"


class Session:
    def __init__(self, window: QMainWindow, ctx: ServiceContext, menu: QMenu, before: QAction) -> None:
        self.window, self.ctx = window, ctx
        self.staff = ctx.actor.kind == "staff"
        self.idle_lock = IdleLock(window, ctx) if self.staff else None

        self.staff_action = QAction(QCoreApplication.translate("Session", "&Personal och behörigheter…"), window)
        self.staff_action.setStatusTip(
            QCoreApplication.translate("Session", "Personalens konton, roller och lösenord (administratör)"))
        self.staff_action.triggered.connect(self.show_staff)
        self.staff_action.setVisible(may(ctx, perm.STAFF_MANAGE))
        self.password_action = QAction(QCoreApplication.translate("Session", "B&yt lösenord…"), window)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(QCoreApplication.translate("Session", "Lås &skärmen"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Alt+L"))
        self.lock_action.setStatusTip(
            QCoreApplication.translate("Session", "Dölj patientuppgifterna tills du skriver ditt lösenord"))
        self.lock_action.triggered.connect(self.lock)
        for action in (self.staff_action, self.password_action, self.lock_action):
            action.setEnabled(self.staff)
            menu.insertAction(before, action)
        menu.insertSeparator(before)

        self.user_label = QLabel(user_text(ctx, most_roles=2), objectName="user_label")
        whole = QCoreApplication.translate("Session", "Inloggad: {user}").format(user=user_text(ctx))
        self.user_label.setAccessibleName(whole)
        self.user_label.setToolTip(whole)
        self.user_label.setContentsMargins(6, 0, 6, 0)
        window.statusBar().addPermanentWidget(self.user_label)
        self.dialog = None

    def lock(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.lock()

    def show_staff(self) -> StaffDialog:
        self.dialog = StaffDialog(self.ctx, self.window)
        self.dialog.open()
        return self.dialog

    def change_password(self) -> ChangePasswordDialog:
        self.dialog = ChangePasswordDialog(self.ctx, self.window)
        self.dialog.open()
        return self.dialog

    def stop(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.stop()
        if self.dialog is not None:
            self.dialog.close()
