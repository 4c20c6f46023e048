"""Arkiv → Personal och behörigheter: the administrator's list of staff accounts and their roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.permissions import ADMINISTRATOR, PROFESSIONS, STAFF_ROLES
from klinik_app.services import accounts
from klinik_app.services.accounts import StaffAccount
from klinik_app.services.context import STOCKHOLM, ServiceContext
from klinik_app.services.errors import UsageError
from klinik_app.ui.errors import show_error
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.listing_dialogs import settle

COLUMNS = ("Namn", "HSA-ID", "Yrkesroll", "Roller", "Inloggning")


def _login_state(a: StaffAccount, now) -> str:
    if not a.active:
        return "Avslutat"
    if not a.has_password:
        return "Inget lösenord"
    if a.locked_until is not None and a.locked_until > now:
        return f"Låst till {a.locked_until.astimezone(STOCKHOLM):%H:%M}"
    return "Kan logga in"


class AccountDialog(FormDialog):
    """A new account, or changes to one: name, profession, roles, active, and a new password."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None, account: StaffAccount | None = None) -> None:
        title = "Nytt konto" if account is None else f"Ändra konto – {account.name}"
        super().__init__(parent, title, "Rollerna styr vad kontot får göra (se docs/permissions.md). "
                         "Lämna lösenordet tomt för att behålla det nuvarande.")
        self.ctx, self.account = ctx, account
        self.hsa_field = self.add_field("&HSA-ID:", QLineEdit(objectName="hsa_field"))
        self.name_field = self.add_field("&Namn:", QLineEdit(objectName="name_field"))
        self.profession_box = self.add_field("&Yrkesroll:", QComboBox(objectName="profession_box"))
        for role in PROFESSIONS + (ADMINISTRATOR,):
            self.profession_box.addItem(STAFF_ROLES[role], role)
        roles = QWidget()
        grid = QGridLayout(roles)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[str, QCheckBox] = {}
        self._auto_role: str | None = None  # ticked for the profession, not by the administrator
        for i, (role, label) in enumerate(STAFF_ROLES.items()):
            box = QCheckBox(label, objectName=f"role_{role}")
            box.setAccessibleName(f"Roll: {label}")
            self.role_boxes[role] = box
            box.clicked.connect(lambda _on, role=role: self._chosen(role))
            grid.addWidget(box, i // 2, i % 2)
        roles.setFocusProxy(next(iter(self.role_boxes.values())))  # the label's mnemonic goes to the first box
        self.add_field("&Roller:", roles)
        self.active_box = self.add_field("", QCheckBox("Kontot är &aktivt", objectName="active_box"))
        self.active_box.setChecked(True)
        self.password_field = self.add_field(f"&Lösenord (minst {accounts.MIN_PASSWORD} tecken):", QLineEdit())
        self.repeat_field = self.add_field("&Upprepa lösenordet:", QLineEdit())
        for field in (self.password_field, self.repeat_field):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.profession_box.currentIndexChanged.connect(self._profession_changed)
        self.version = 0  # a new account: one made meanwhile under the same HSA-ID is a change (issue 10)
        if account is not None:
            self.hsa_field.setText(account.hsa_id)
            self.hsa_field.setReadOnly(True)
            self.show_account(account)
        else:
            self._profession_changed()
        self.name_buttons("&Spara", "Avbryt")
        settle(self, 54)
        (self.name_field if account else self.hsa_field).setFocus()

    def show_account(self, account: StaffAccount) -> None:
        """The account as stored, and its version: a save over a later change is refused (issue 10)."""
        self.account, self.version = account, account.row_version
        self.name_field.setText(account.name)
        self.profession_box.setCurrentIndex(max(0, self.profession_box.findData(account.profession)))
        for role, box in self.role_boxes.items():
            box.setChecked(role in account.roles)
        self.active_box.setChecked(account.active)
        self._auto_role = None  # the account's own roles, all chosen

    def show_stored(self) -> None:
        """After keeping another workstation's save: the account as it is stored now."""
        hsa = self.hsa_field.text().strip().upper()
        stored = next((a for a in accounts.staff_accounts(self.ctx) if a.hsa_id == hsa), None)
        if stored is not None:
            self.hsa_field.setReadOnly(True)
            self.show_account(stored)

    def _profession_changed(self) -> None:
        """A profession is also a role: tick it, and untick the one ticked for the previous choice
        (never a role the administrator ticked themselves)."""
        if self._auto_role is not None:
            self.role_boxes[self._auto_role].setChecked(False)
            self._auto_role = None
        role = self.profession_box.currentData()
        if role in self.role_boxes and not self.role_boxes[role].isChecked():
            self.role_boxes[role].setChecked(True)
            self._auto_role = role

    def _chosen(self, role: str) -> None:
        if role == self._auto_role:
            self._auto_role = None

    def save(self) -> None:
        password = self.password_field.text() or None
        if password != (self.repeat_field.text() or None):
            raise UsageError("Lösenorden är inte lika. Skriv samma lösenord två gånger.")
        roles = {role for role, box in self.role_boxes.items() if box.isChecked()}
        hsa = self.hsa_field.text().strip().upper()  # as the service names the account in a conflict
        self.save_checked(lambda versions: accounts.save_account(
            self.ctx, hsa, self.name_field.text(), self.profession_box.currentData(), roles,
            active=self.active_box.isChecked(), password=password, expected_version=versions[hsa]),
            {hsa: self.version}, self.show_stored)


class StaffDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Personal och behörigheter")
        self.table = QTableWidget(0, len(COLUMNS), objectName="staff_table")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Personalkonton")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_account())
        self.new_button = QPushButton("&Nytt konto…", objectName="new_button")
        self.edit_button = QPushButton("Ä&ndra…", objectName="edit_button")
        self.unlock_button = QPushButton("Lås &upp kontot", objectName="unlock_button")
        self.unlock_button.setToolTip("Häv en spärr efter för många felaktiga lösenord")
        self.new_button.clicked.connect(self.new_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.unlock_button.clicked.connect(self.unlock_account)
        self.status = QLabel(objectName="status_label")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText("&Stäng")
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.accounts: list[StaffAccount] = []
        self.reload()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 70, self.fontMetrics().lineSpacing() * 24)

    def reload(self, select: str | None = None) -> None:
        self.accounts = accounts.staff_accounts(self.ctx)
        now = self.ctx.now()
        self.table.setRowCount(len(self.accounts))
        for row, a in enumerate(self.accounts):
            values = (a.name, a.hsa_id, STAFF_ROLES.get(a.profession, a.profession), a.roles_text, _login_state(a, now))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
            if a.hsa_id == select:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        if self.table.currentRow() < 0 and self.accounts:
            self.table.selectRow(0)

    def selected(self) -> StaffAccount | None:
        row = self.table.currentRow()
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def new_account(self) -> AccountDialog:
        return self._open(AccountDialog(self.ctx, self))

    def edit_account(self) -> AccountDialog | None:
        account = self.selected()
        return self._open(AccountDialog(self.ctx, self, account)) if account else None

    def _open(self, dialog: AccountDialog) -> AccountDialog:
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: AccountDialog) -> None:
        hsa = dialog.hsa_field.text().strip().upper()
        self.reload(select=hsa)
        self.status.setText(f"Kontot {hsa} är sparat.")

    def unlock_account(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            accounts.unlock_account(self.ctx, account.hsa_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload(select=account.hsa_id)
        self.status.setText(f"Kontot {account.hsa_id} är upplåst.")


class ChangePasswordDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, "Byt lösenord", f"Byt lösenord för {ctx.actor.name or ctx.actor.user_id}.")
        self.ctx = ctx
        self.old_field = self.add_field("&Nuvarande lösenord:", QLineEdit())
        self.new_field = self.add_field(f"N&ytt lösenord (minst {accounts.MIN_PASSWORD} tecken):", QLineEdit())
        self.repeat_field = self.add_field("&Upprepa det nya:", QLineEdit())
        for field in (self.old_field, self.new_field, self.repeat_field):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_buttons("&Byt lösenord", "Avbryt")
        settle(self, 40)

    def save(self) -> None:
        if self.new_field.text() != self.repeat_field.text():
            raise UsageError("De nya lösenorden är inte lika. Skriv samma lösenord två gånger.")
        accounts.change_own_password(self.ctx, self.old_field.text(), self.new_field.text())
