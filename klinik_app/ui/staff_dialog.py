"""Arkiv → Personal och behörigheter: the administrator's list of staff accounts and their roles."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.i18n import translated
from klinik_app.ui.listing_dialogs import settle

COLUMNS = (QT_TRANSLATE_NOOP("staff_dialog", "Namn"),
           QT_TRANSLATE_NOOP("staff_dialog", "HSA-ID"),
           QT_TRANSLATE_NOOP("staff_dialog", "Yrkesroll"),
           QT_TRANSLATE_NOOP("staff_dialog", "Roller"),
           QT_TRANSLATE_NOOP("staff_dialog", "Inloggning"))


def _login_state(a: StaffAccount, now) -> str:
    if not a.active:
        return QCoreApplication.translate("staff_dialog", "Avslutat")
    if not a.has_password:
        return QCoreApplication.translate("staff_dialog", "Inget lösenord")
    if a.locked_until is not None and a.locked_until > now:
        return QCoreApplication.translate("staff_dialog", "Låst till {locked_until:%H:%M}").format(
            locked_until=a.locked_until.astimezone(STOCKHOLM))
    return QCoreApplication.translate("staff_dialog", "Kan logga in")


class AccountDialog(FormDialog):
    """A new account, or changes to one: name, profession, roles, active, and a new password."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None, account: StaffAccount | None = None) -> None:
        title = (
            self.tr("Nytt konto") if account is None else self.tr("Ändra konto – {name}").format(name=account.name))
        super().__init__(parent, title, self.tr("Rollerna styr vad kontot får göra (se docs/permissions.md). "
                         "Lämna lösenordet tomt för att behålla det nuvarande."))
        self.ctx, self.account = ctx, account
        self.hsa_field = self.add_field(self.tr("&HSA-ID:"), QLineEdit(objectName="hsa_field"))
        self.name_field = self.add_field(self.tr("&Namn:"), QLineEdit(objectName="name_field"))
        self.profession_box = self.add_field(self.tr("&Yrkesroll:"), QComboBox(objectName="profession_box"))
        for role in PROFESSIONS + (ADMINISTRATOR,):
            self.profession_box.addItem(domain_text(STAFF_ROLES[role]), role)
        roles = QWidget()
        grid = QGridLayout(roles)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[str, QCheckBox] = {}
        self._auto_role: str | None = None  # ticked for the profession, not by the administrator
        for i, (role, label) in enumerate(STAFF_ROLES.items()):
            box = QCheckBox(domain_text(label), objectName=f"role_{role}")
            box.setAccessibleName(self.tr("Roll: {role}").format(role=domain_text(label)))
            self.role_boxes[role] = box
            box.clicked.connect(lambda _on, role=role: self._chosen(role))
            grid.addWidget(box, i // 2, i % 2)
        roles.setFocusProxy(next(iter(self.role_boxes.values())))  # the label's mnemonic goes to the first box
        self.add_field(self.tr("&Roller:"), roles)
        self.active_box = self.add_field("", QCheckBox(self.tr("Kontot är &aktivt"), objectName="active_box"))
        self.active_box.setChecked(True)
        self.password_field = self.add_field(
            self.tr("&Lösenord (minst {min_length} tecken):").format(min_length=accounts.MIN_PASSWORD), QLineEdit())
        self.repeat_field = self.add_field(self.tr("&Upprepa lösenordet:"), QLineEdit())
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
        self.name_buttons(self.tr("&Spara"), self.tr("Avbryt"))
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
            raise UsageError(self.tr("Lösenorden är inte lika. Skriv samma lösenord två gånger."))
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
        self.setWindowTitle(self.tr("Personal och behörigheter"))
        self.table = QTableWidget(0, len(COLUMNS), objectName="staff_table")
        self.table.setHorizontalHeaderLabels(translated("staff_dialog", COLUMNS))
        self.table.setAccessibleName(self.tr("Personalkonton"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_account())
        self.new_button = QPushButton(self.tr("&Nytt konto…"), objectName="new_button")
        self.edit_button = QPushButton(self.tr("&Ändra…"), objectName="edit_button")
        self.unlock_button = QPushButton(self.tr("Lås &upp kontot"), objectName="unlock_button")
        self.unlock_button.setToolTip(self.tr("Häv en spärr efter för många felaktiga lösenord"))
        self.new_button.clicked.connect(self.new_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.unlock_button.clicked.connect(self.unlock_account)
        self.status = QLabel(objectName="status_label")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
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
        self.layout().activate()  # size hints settled before the native window exists (see help_dialogs)

    def reload(self, select: str | None = None) -> None:
        self.accounts = accounts.staff_accounts(self.ctx)
        now = self.ctx.now()
        self.table.setRowCount(len(self.accounts))
        for row, a in enumerate(self.accounts):
            values = (a.name,
                      a.hsa_id,
                      domain_text(STAFF_ROLES.get(a.profession, a.profession)),
                      a.roles_text,
                      _login_state(a, now))
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
        self.status.setText(self.tr("Kontot {hsa} är sparat.").format(hsa=hsa))

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
        self.status.setText(self.tr("Kontot {hsa_id} är upplåst.").format(hsa_id=account.hsa_id))


class ChangePasswordDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent,
                         self.tr("Byt lösenord"),
                         self.tr("Byt lösenord för {name}.").format(name=ctx.actor.name or ctx.actor.user_id))
        self.ctx = ctx
        self.old_field = self.add_field(self.tr("&Nuvarande lösenord:"), QLineEdit())
        self.new_field = self.add_field(
            self.tr("N&ytt lösenord (minst {min_length} tecken):").format(min_length=accounts.MIN_PASSWORD),
            QLineEdit())
        self.repeat_field = self.add_field(self.tr("&Upprepa det nya:"), QLineEdit())
        for field in (self.old_field, self.new_field, self.repeat_field):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_buttons(self.tr("&Byt lösenord"), self.tr("Avbryt"))
        settle(self, 40)

    def save(self) -> None:
        if self.new_field.text() != self.repeat_field.text():
            raise UsageError(self.tr("De nya lösenorden är inte lika. Skriv samma lösenord två gånger."))
        accounts.change_own_password(self.ctx, self.old_field.text(), self.new_field.text())
