"""Arkiv → Beställare och mål (R-RP-2): orderers, a year's agreement, targets per indicator with the
close margin, and action plans; Dokument → Uppföljningsrapport: the report as PDF or CSV.

Keyboard: every field has an Alt+letter; Enter in a field saves its group; a share is typed in per
cent. Every save names the version shown (save_with_conflict_check).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain import permissions as perm
from klinik_app.domain.indicator_targets import for_editing, typed
from klinik_app.domain.indicators import DEFINITIONS, NONE
from klinik_app.services import indicator_report, orderers
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError, user_message
from klinik_app.services.permissions import may
from klinik_app.ui.changed_elsewhere import SAVED, save_with_conflict_check

TARGETABLE = [d for d in DEFINITIONS.values() if d.better != NONE]


def _form(rows) -> QFormLayout:
    form = QFormLayout()
    for label, widget in rows:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(caption, widget)
    return form


def _table(columns, name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), objectName=name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _size(dialog: QDialog, width_em: int) -> None:
    """The size fixed before the native window exists (group boxes give no height-for-width)."""
    dialog.layout().activate()
    hint = dialog.sizeHint()
    width = max(dialog.fontMetrics().horizontalAdvance("M") * width_em, hint.width())
    dialog.setMinimumSize(width, hint.height())
    dialog.resize(width, hint.height())


def _qdate(d) -> QDate:
    return QDate(d.year, d.month, d.day)


class OrderersDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Beställare och mål")
        self.orderer_box = QComboBox(objectName="orderer_combo")
        self.name = QLineEdit(objectName="name_field")
        self.hsa_id = QLineEdit(objectName="hsa_field")
        self.address = QLineEdit(objectName="address_field")
        self.address.setPlaceholderText("rader åtskilda med kommatecken")
        self.year = QSpinBox(objectName="year_field", minimum=2000, maximum=2100, value=ctx.today.year)
        self.note = QLineEdit(objectName="note_field")
        save_orderer = QPushButton("Spara &beställare", objectName="save_orderer_button")
        new_orderer = QPushButton("&Ny beställare", objectName="new_orderer_button")
        who = QGroupBox("Beställare och avtal")
        who_layout = QVBoxLayout(who)
        who_layout.addLayout(_form((("B&eställare:", self.orderer_box), ("&Namn:", self.name),
                                    ("&HSA-id:", self.hsa_id), ("A&dress:", self.address),
                                    ("Avtals&år:", self.year), ("Anteckning om a&vtalet:", self.note))))
        row = QHBoxLayout()
        for b in (save_orderer, new_orderer):
            row.addWidget(b)
        who_layout.addLayout(row)

        self.targets = _table(("Indikator", "Mål", "Nära-marginal"), "targets_table")
        self.targets.setAccessibleName("Mål per indikator")
        self.indicator = QComboBox(objectName="indicator_combo")
        for d in TARGETABLE:
            self.indicator.addItem(d.name, d.id)
        self.target = QLineEdit(objectName="target_field")
        self.margin = QLineEdit(objectName="margin_field")
        save_target = QPushButton("Spara &mål", objectName="save_target_button")
        copy = QPushButton("&Kopiera målen till nästa år", objectName="copy_button")
        goals = QGroupBox("Mål (andelar i procent)")
        goals_layout = QVBoxLayout(goals)
        goals_layout.addWidget(self.targets)
        goals_layout.addLayout(_form((("&Indikator:", self.indicator), ("Må&lvärde:", self.target),
                                      ("Nära-&marginal:", self.margin))))
        row = QHBoxLayout()
        for b in (save_target, copy):
            row.addWidget(b)
        goals_layout.addLayout(row)

        self.plans = _table(("Indikator", "Åtgärd", "Ansvarig", "Klart senast", "Genomförd"), "plans_table")
        self.plans.setAccessibleName("Handlingsplaner")
        self.plan_indicator = QComboBox(objectName="plan_indicator_combo")
        for d in TARGETABLE:
            self.plan_indicator.addItem(d.name, d.id)
        self.measure = QLineEdit(objectName="measure_field")
        self.owner = QLineEdit(objectName="owner_field")
        self.due = QDateEdit(_qdate(ctx.today), objectName="due_field", calendarPopup=True, displayFormat="yyyy-MM-dd")
        save_plan = QPushButton("Spara &handlingsplan", objectName="save_plan_button")
        plans = QGroupBox("Handlingsplaner när ett mål inte nås")
        plans_layout = QVBoxLayout(plans)
        plans_layout.addWidget(self.plans)
        plans_layout.addLayout(_form((("Indika&tor:", self.plan_indicator), ("Å&tgärd:", self.measure),
                                      ("Ans&varig:", self.owner), ("Klart &senast:", self.due))))
        plans_layout.addWidget(save_plan)

        self.message = QLabel(objectName="message_label", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for b in (save_orderer, new_orderer, save_target, copy, save_plan, *buttons.buttons()):
            b.setAutoDefault(False)
        layout = QVBoxLayout(self)
        for part in (who, goals, plans, self.message, buttons):
            layout.addWidget(part)

        save_orderer.clicked.connect(self.save_orderer)
        new_orderer.clicked.connect(self.new_orderer)
        save_target.clicked.connect(self.save_target)
        copy.clicked.connect(self.copy_targets)
        save_plan.clicked.connect(self.save_plan)
        for field in (self.name, self.hsa_id, self.address):
            field.returnPressed.connect(self.save_orderer)
        self.note.returnPressed.connect(self.save_note)
        for field in (self.target, self.margin):
            field.returnPressed.connect(self.save_target)
        for field in (self.measure, self.owner):
            field.returnPressed.connect(self.save_plan)
        self.orderer_box.currentIndexChanged.connect(lambda _i: self.show_orderer())
        self.year.valueChanged.connect(lambda _v: self.show_year())
        self.targets.currentCellChanged.connect(lambda r, *_: self._pick_target(r))
        self.reload_orderers()
        _size(self, 70)
        self.orderer_box.setFocus()

    # --- showing ---------------------------------------------------------------------------------
    @property
    def orderer_id(self) -> int:
        return self.orderer_box.currentData() if self.orderer_box.count() else orderers.SETTINGS_ORDERER

    def reload_orderers(self, select: int | None = None) -> None:
        self.rows = orderers.orderers(self.ctx)
        self.orderer_box.blockSignals(True)
        self.orderer_box.clear()
        for row in self.rows:
            self.orderer_box.addItem(row.name, row.id)
        index = next((n for n, r in enumerate(self.rows) if r.id == select), 0)
        self.orderer_box.setCurrentIndex(index)
        self.orderer_box.blockSignals(False)
        self.show_orderer()

    def show_orderer(self) -> None:
        row = self.rows[max(self.orderer_box.currentIndex(), 0)]
        self.shown_orderer = row
        self.name.setText(row.name)
        self.hsa_id.setText(row.hsa_id or "")
        self.address.setText(", ".join(row.address.splitlines()))
        self.show_year()

    def show_year(self) -> None:
        year = self.year.value()
        found = orderers.agreement(self.ctx, self.orderer_id, year)
        self.agreement_version = found.row_version if found else 0
        self.note.setText(found.note or "" if found else "")
        self.goals = orderers.targets(self.ctx, self.orderer_id, year)
        shown = [d for d in TARGETABLE if d.id in self.goals]
        self.targets.setRowCount(len(shown))
        for r, d in enumerate(shown):
            goal = self.goals[d.id]
            for c, text in enumerate((d.name, for_editing(d, goal.value), for_editing(d, goal.close_margin))):
                self.targets.setItem(r, c, QTableWidgetItem(text))
        self.shown_targets = [d.id for d in shown]
        self.plan_rows = orderers.action_plans(self.ctx, self.orderer_id, year)
        self.plans.setRowCount(len(self.plan_rows))
        for r, p in enumerate(self.plan_rows):
            for c, text in enumerate((DEFINITIONS[p.indicator_id].name, p.measure, p.owner, p.due_on.isoformat(),
                                      p.done_on.isoformat() if p.done_on else "Pågår")):
                self.plans.setItem(r, c, QTableWidgetItem(text))

    def _pick_target(self, row: int) -> None:
        if 0 <= row < len(self.shown_targets):
            d = DEFINITIONS[self.shown_targets[row]]
            self.indicator.setCurrentIndex(self.indicator.findData(d.id))
            self.target.setText(for_editing(d, self.goals[d.id].value))
            self.margin.setText(for_editing(d, self.goals[d.id].close_margin))

    # --- saving ----------------------------------------------------------------------------------
    def _save(self, attempt, versions: dict, done: str) -> bool:
        try:
            outcome = save_with_conflict_check(self, attempt, versions)
        except (ServiceError, ValueError) as exc:  # a refusal: say why, keep what was typed
            self.message.setText(str(exc) if isinstance(exc, ValueError) else user_message(exc)[0])
            return False
        self.message.setText(done if outcome == SAVED else "Ingenting sparades.")
        return outcome == SAVED

    def save_orderer(self) -> None:
        shown = self.shown_orderer
        address = "\n".join(part.strip() for part in self.address.text().split(","))

        def attempt(versions):
            saved = orderers.save_orderer(self.ctx, shown.id, self.name.text(), self.hsa_id.text(), address,
                                          expected_version=versions[shown.id])
            self.saved_id = saved.id

        if self._save(attempt, {shown.id: shown.row_version}, "Beställaren är sparad."):
            self.reload_orderers(self.saved_id)

    def new_orderer(self) -> None:
        def attempt(_versions):
            self.saved_id = orderers.save_orderer(self.ctx, None, self.name.text(), self.hsa_id.text(),
                                                  "\n".join(p.strip() for p in self.address.text().split(","))).id

        if self._save(attempt, {}, "Den nya beställaren är sparad."):
            self.reload_orderers(self.saved_id)

    def save_note(self) -> None:
        key = (self.orderer_id, self.year.value())
        if self._save(lambda v: orderers.save_agreement(self.ctx, key[0], key[1], self.note.text(),
                                                        expected_version=v[key]),
                      {key: self.agreement_version}, "Avtalets anteckning är sparad."):
            self.reload_orderers(self.orderer_id)

    def save_target(self) -> None:
        d = DEFINITIONS[self.indicator.currentData()]
        shown = self.goals.get(d.id)

        def attempt(versions):
            orderers.save_target(self.ctx, self.orderer_id, self.year.value(), d.id, typed(d, self.target.text()),
                                 typed(d, self.margin.text() or "0"), expected_version=versions[d.id])

        if self._save(attempt, {d.id: shown.row_version if shown else 0}, f"Målet för {d.name} är sparat."):
            self.reload_orderers(self.orderer_id)
            self.target.clear()
            self.margin.clear()

    def copy_targets(self) -> None:
        year = self.year.value()
        if self._save(lambda _v: setattr(self, "copied", orderers.copy_targets(self.ctx, self.orderer_id, year)), {},
                      f"Målen är kopierade till {year + 1}."):
            self.message.setText(f"{self.copied} mål kopierades till {year + 1}.")

    def save_plan(self) -> None:
        due = self.due.date()

        def attempt(_versions):
            orderers.save_action_plan(self.ctx, self.orderer_id, self.year.value(), self.plan_indicator.currentData(),
                                      self.measure.text(), self.owner.text(), due.toPython())

        if self._save(attempt, {}, "Handlingsplanen är sparad."):
            self.reload_orderers(self.orderer_id)
            self.measure.clear()
            self.owner.clear()


class ReportDialog(QDialog):
    """Dokument → Uppföljningsrapport: period, orderer and format, then where to save."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Uppföljningsrapport")
        first, last = indicator_report.default_period(ctx.today)
        self.first = QDateEdit(_qdate(first), objectName="first_field", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.last = QDateEdit(_qdate(last), objectName="last_field", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.orderer_box = QComboBox(objectName="orderer_combo")
        for row in orderers.orderers(ctx):
            self.orderer_box.addItem(row.name, row.id)
        self.format = QComboBox(objectName="format_combo")
        self.format.addItem("PDF med diagram", indicator_report.PDF)
        self.format.addItem("CSV för Excel", indicator_report.CSV)
        self.message = QLabel(objectName="message_label", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Skriv rapporten…")
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(_form((("&Från:", self.first), ("&Till:", self.last), ("&Beställare:", self.orderer_box),
                                ("&Format:", self.format))))
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        _size(self, 44)

    def ask_path(self, suggested: str, fmt: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, "Spara uppföljningsrapporten", str(Path.home() / suggested),
                                              "PDF-dokument (*.pdf)" if fmt == indicator_report.PDF else "CSV (*.csv)")
        return Path(path) if path else None

    def write(self) -> None:
        fmt = self.format.currentData()
        first, last = self.first.date().toPython(), self.last.date().toPython()
        path = self.ask_path(f"uppfoljning-{first.isoformat()}-{last.isoformat()}.{fmt}", fmt)
        if path is None:
            return
        try:
            self.written = indicator_report.write_report(self.ctx, first, last, path,
                                                         orderer_id=self.orderer_box.currentData(), fmt=fmt)
        except Exception as exc:  # a refusal: say why, keep the choices
            self.message.setText(user_message(exc)[0])
            return
        self.accept()


def add_orderers_action(window) -> QAction:
    """The main window's hook: Arkiv → Beställare och mål… and Dokument → Uppföljningsrapport…"""
    action = QAction("Beställare och &mål…", window)
    action.setStatusTip("Beställare, avtal per år, mål per indikator och handlingsplaner (R-RP-2)")
    action.setVisible(may(window.ctx, perm.FOLLOW_UP_MANAGE))
    action.triggered.connect(lambda: _open(window, OrderersDialog, "orderers_dialog"))
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    menus["&Arkiv"].insertAction(window.quit_action, action)
    window.orderers_action = action
    report = QAction("&Uppföljningsrapport…", window)
    report.setStatusTip("Indikatorerna mot beställarens mål som PDF eller CSV (R-RP-1)")
    report.setVisible(may(window.ctx, perm.REPORT_READ))
    report.triggered.connect(lambda: _open(window, ReportDialog, "indicator_report_dialog"))
    menus["&Dokument"].addAction(report)
    window.indicator_report_action = report
    return action


def _open(window, kind, name: str) -> QDialog:
    dialog = kind(window, window.ctx)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if kind is ReportDialog:
        dialog.accepted.connect(lambda: window.statusBar().showMessage(dialog.written.summary(), 10000))
    dialog.open()
    setattr(window, name, dialog)
    return dialog
