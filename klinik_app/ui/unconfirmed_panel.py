"""Att bekräfta, on the planning page (issue 12 part 4): the times only proposed (R-AB-3) in the coming
days, with whom to call; "Bekräfta …" records who agreed and how (ui.appointment_dialogs.ConfirmDialog).

Keyboard: Alt+R the number of days, Alt+U reads again, Alt+K (or Enter) confirms the chosen time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from klinik_app.services import proposals
from klinik_app.services.context import ServiceContext
from klinik_app.ui.appointment_dialogs import ConfirmDialog
from klinik_app.ui.errors import show_error
from klinik_app.ui.proposal_panel import when
from klinik_app.ui.row_tables import current_row, select_row
from klinik_app.ui.tasks import BackgroundTask
from klinik_app.ui.todo_view import RowsModel, rows_table


class UnconfirmedPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Att bekräfta"))
        self.dialog: ConfirmDialog | None = None
        self.days = QSpinBox(objectName="unconfirmed_days", minimum=1, maximum=60,
                             value=proposals.UNCONFIRMED_DAYS, suffix=self.tr(" dagar"))
        self.refresh_button = QPushButton(self.tr("&Uppdatera"), objectName="unconfirmed_refresh",
                                          autoDefault=False)
        self.confirm_button = QPushButton(self.tr("Be&kräfta …"), objectName="unconfirmed_confirm",
                                          autoDefault=False)
        self.refresh_button.clicked.connect(self.reload)
        self.confirm_button.clicked.connect(self.confirm_current)
        self.days.valueChanged.connect(lambda _v: self.reload())
        top = QHBoxLayout()
        label = QLabel(self.tr("Tider f&ramåt:"))
        label.setBuddy(self.days)
        top.addWidget(label)
        top.addWidget(self.days)
        top.addStretch(1)
        top.addWidget(self.confirm_button)
        top.addWidget(self.refresh_button)
        self.summary = QLabel(objectName="unconfirmed_summary", wordWrap=True)
        self.model = RowsModel([self.tr("Tid"), self.tr("Patient"), self.tr("Ring"), self.tr("Behandlare")],
                               lambda u: [when(u.row.starts.replace(tzinfo=None)),
                                          f"{u.row.patient_name} ({u.row.personnummer})", u.phones,
                                          u.row.caregiver_name or ""],
                               lambda _u: False)
        self.table = rows_table(self.model, "unconfirmed_table", self.tr("Obekräftade tider"))
        self.table.activated.connect(lambda _index: self.confirm_current())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def page_shown(self) -> None:
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        ctx, days = self.ctx, self.days.value()
        BackgroundTask(self, lambda _p, _c: proposals.unconfirmed(ctx, days), self._loaded,
                       lambda exc: show_error(self.window(), exc)).run()

    def _loaded(self, rows: list) -> None:
        row = max(current_row(self.table), 0)
        self.model.set_rows(rows)
        select_row(self.table, min(row, len(rows) - 1))
        if not rows:
            text = self.tr("Inga obekräftade tider de närmaste {days} dagarna.")
        elif len(rows) == 1:
            text = self.tr("1 tid är bara föreslagen de närmaste {days} dagarna: ring och bekräfta den, eller boka "
                           "om. En tid som inte är bekräftad ger ingen avgift om patienten uteblir (R-AB-3).")
        else:
            text = self.tr("{count} tider är bara föreslagna de närmaste {days} dagarna: ring och bekräfta dem, "
                           "eller boka om. En tid som inte är bekräftad ger ingen avgift om patienten uteblir "
                           "(R-AB-3).")
        text = text.format(count=len(rows), days=self.days.value())
        self.summary.setText(text)
        self.confirm_button.setEnabled(bool(rows))

    def confirm_current(self) -> ConfirmDialog | None:
        row = current_row(self.table)
        if not 0 <= row < len(self.model.rows):
            return None
        try:
            dialog = ConfirmDialog(self.ctx, self.model.rows[row].row, self.window())
        except Exception as exc:  # noqa: BLE001 (read failure: said in Swedish)
            show_error(self.window(), exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = self.model.rows[row].row.patient_name
        dialog.accepted.connect(lambda: self._confirmed(name))
        dialog.finished.connect(lambda _r: self.table.setFocus(Qt.FocusReason.OtherFocusReason))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _confirmed(self, name: str) -> None:
        self.status_message.emit(self.tr("{name}: tiden är bekräftad.").format(name=name))
        self.reload()
