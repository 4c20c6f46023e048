"""Arkiv → Beställare och mål (R-RP-2): orderers, a year's agreement, targets per indicator with the
close margin, and action plans; Dokument → Uppföljningsrapport: the report as PDF or CSV.

Keyboard: every field has an Alt+letter; Enter in a field saves its group; a share is typed in per
cent; Delete in the targets or plans table removes the selected row. Choosing a plan in its table
opens it for change; the missed targets still without a plan are listed above the plans, and Enter
on one starts its plan. Every save and removal names the version shown (save_with_conflict_check).
"""

from __future__ import annotations

from pathlib import Path

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
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
    QListWidget,
    QListWidgetItem,
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
from klinik_app.domain.messages import Refusal
from klinik_app.services import indicator_report, indicators, orderers
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.permissions import may
from klinik_app.ui.changed_elsewhere import SAVED, save_with_conflict_check
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import shown_text, translated
from klinik_app.ui.tasks import BackgroundTask

TARGETABLE = [d for d in DEFINITIONS.values() if d.better != NONE]
NOT_DONE = date(2000, 1, 1)  # the date field's lowest value, shown as "Pågår": the plan is not done
MISSING_TITLE = QT_TRANSLATE_NOOP("orderers_dialog",
                                  "Mål som inte nåtts och saknar handlingsplan (Enter: lägg in en):")
NONE_MISSING = QT_TRANSLATE_NOOP("orderers_dialog", "Inga missade mål saknar handlingsplan.")


def missed_period(year: int, today: date) -> tuple[date, date] | None:
    """The part of the year that has ended: a past year whole, this year to the last month end."""
    last = date(year, 12, 31) if year < today.year else today.replace(day=1) - timedelta(days=1)
    return (date(year, 1, 1), last) if last >= date(year, 1, 1) else None


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


class _DeleteKey(QObject):
    """Delete in a table removes its selected row. A child of the table (not the dialog's own filter),
    so it goes with the table and never sees events of a dialog being torn down."""

    def __init__(self, table: QTableWidget, remove) -> None:
        super().__init__(table)
        self.remove = remove
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.remove()
            return True
        return super().eventFilter(watched, event)


class OrderersDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Beställare och mål"))
        self.orderer_box = QComboBox(objectName="orderer_combo")
        self.name = QLineEdit(objectName="name_field")
        self.hsa_id = QLineEdit(objectName="hsa_field")
        self.address = QLineEdit(objectName="address_field")
        self.address.setPlaceholderText(self.tr("rader åtskilda med kommatecken"))
        self.year = QSpinBox(objectName="year_field", minimum=2000, maximum=2100, value=ctx.today.year)
        self.note = QLineEdit(objectName="note_field")
        save_orderer = QPushButton(self.tr("Spara &beställare"), objectName="save_orderer_button")
        new_orderer = QPushButton(self.tr("N&y beställare"), objectName="new_orderer_button")
        who = QGroupBox(self.tr("Beställare och avtal"))
        who_layout = QVBoxLayout(who)
        who_layout.addLayout(_form(((self.tr("B&eställare:"), self.orderer_box),
                                    (self.tr("&Namn:"), self.name),
                                    (self.tr("HS&A-id:"), self.hsa_id),
                                    (self.tr("A&dress:"), self.address),
                                    (self.tr("Avtals&år:"), self.year),
                                    (self.tr("Ante&ckning om avtalet:"), self.note))))
        row = QHBoxLayout()
        for b in (save_orderer, new_orderer):
            row.addWidget(b)
        who_layout.addLayout(row)

        self.targets = _table((self.tr("Indikator"), self.tr("Mål"), self.tr("Nära-marginal")), "targets_table")
        self.targets.setAccessibleName(self.tr("Mål per indikator"))
        self.indicator = QComboBox(objectName="indicator_combo")
        for d in TARGETABLE:
            self.indicator.addItem(domain_text(d.name), d.id)
        self.target = QLineEdit(objectName="target_field")
        self.margin = QLineEdit(objectName="margin_field")
        save_target = QPushButton(self.tr("Spara &mål"), objectName="save_target_button")
        copy = QPushButton(self.tr("&Kopiera målen till nästa år"), objectName="copy_button")
        remove_target = QPushButton(self.tr("Ta bo&rt målet"), objectName="remove_target_button")
        goals = QGroupBox(self.tr("Mål (andelar i procent)"))
        goals_layout = QVBoxLayout(goals)
        goals_layout.addWidget(self.targets)
        goals_layout.addLayout(_form(((self.tr("&Indikator:"), self.indicator), (self.tr("Må&lvärde:"), self.target),
                                      (self.tr("N&ära-marginal:"), self.margin))))
        row = QHBoxLayout()
        for b in (save_target, copy, remove_target):
            row.addWidget(b)
        goals_layout.addLayout(row)

        self.plans = _table((self.tr("Indikator"),
                             self.tr("Åtgärd"),
                             self.tr("Ansvarig"),
                             self.tr("Klart senast"),
                             self.tr("Genomförd")),
                            "plans_table")
        self.plans.setAccessibleName(self.tr("Handlingsplaner"))
        self.plan_indicator = QComboBox(objectName="plan_indicator_combo")
        for d in TARGETABLE:
            self.plan_indicator.addItem(domain_text(d.name), d.id)
        self.measure = QLineEdit(objectName="measure_field")
        self.owner = QLineEdit(objectName="owner_field")
        self.due = QDateEdit(_qdate(ctx.today), objectName="due_field", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.done_on = QDateEdit(_qdate(NOT_DONE), objectName="done_field", displayFormat="yyyy-MM-dd")
        self.done_on.setMinimumDate(_qdate(NOT_DONE))
        self.done_on.setSpecialValueText(self.tr("Pågår"))
        self.done_on.setToolTip(
            self.tr("Dagen åtgärden genomfördes; lämna \"Pågår\" så länge den inte är klar."))
        self.follow_up = QLineEdit(objectName="follow_up_field")
        self.missing_title = QLabel(objectName="missing_title", wordWrap=True)
        self.missing = QListWidget(objectName="missing_list")
        self.missing.setAccessibleName(self.tr("Missade mål utan handlingsplan"))
        self.missing.setMaximumHeight(5 * self.fontMetrics().height())
        self.missing_title.setBuddy(self.missing)
        save_plan = QPushButton(self.tr("Spara &handlingsplan"), objectName="save_plan_button")
        new_plan = QPushButton(self.tr("Ny handlings&plan"), objectName="new_plan_button")
        remove_plan = QPushButton(self.tr("Ta b&ort handlingsplanen"), objectName="remove_plan_button")
        plans = QGroupBox(self.tr("Handlingsplaner när ett mål inte nås"))
        plans_layout = QVBoxLayout(plans)
        plans_layout.addWidget(self.missing_title)
        plans_layout.addWidget(self.missing)
        plans_layout.addWidget(self.plans)
        plans_layout.addLayout(_form(((self.tr("Indika&tor:"), self.plan_indicator),
                                      (self.tr("Åt&gärd:"), self.measure),
                                      (self.tr("Ans&varig:"), self.owner),
                                      (self.tr("Klart &senast:"), self.due),
                                      (self.tr("Genomf&örd:"), self.done_on),
                                      (self.tr("&Uppföljning:"), self.follow_up))))
        row = QHBoxLayout()
        for b in (save_plan, new_plan, remove_plan):
            row.addWidget(b)
        plans_layout.addLayout(row)

        self.message = QLabel(objectName="message_label", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for b in (save_orderer, new_orderer, save_target, copy, remove_target, save_plan, new_plan, remove_plan,
                  *buttons.buttons()):
            b.setAutoDefault(False)
        layout = QVBoxLayout(self)
        for part in (who, goals, plans, self.message, buttons):
            layout.addWidget(part)

        save_orderer.clicked.connect(self.save_orderer)
        new_orderer.clicked.connect(self.new_orderer)
        save_target.clicked.connect(self.save_target)
        copy.clicked.connect(self.copy_targets)
        save_plan.clicked.connect(self.save_plan)
        new_plan.clicked.connect(self.new_plan)
        remove_target.clicked.connect(self.remove_target)
        remove_plan.clicked.connect(self.remove_plan)
        self.missing.itemActivated.connect(self.plan_for_missed)
        self.plans.currentCellChanged.connect(lambda r, *_: self._pick_plan(r))
        _DeleteKey(self.targets, self.remove_target)
        _DeleteKey(self.plans, self.remove_plan)
        self.editing_plan: orderers.ActionPlanRow | None = None
        self._missing_generation = 0
        for field in (self.name, self.hsa_id, self.address):
            field.returnPressed.connect(self.save_orderer)
        self.note.returnPressed.connect(self.save_note)
        for field in (self.target, self.margin):
            field.returnPressed.connect(self.save_target)
        for field in (self.measure, self.owner, self.follow_up):
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
            for c, text in enumerate(
                (domain_text(d.name), for_editing(d, goal.value), for_editing(d, goal.close_margin))):
                self.targets.setItem(r, c, QTableWidgetItem(text))
        self.shown_targets = [d.id for d in shown]
        self.plan_rows = orderers.action_plans(self.ctx, self.orderer_id, year)
        self.plans.blockSignals(True)
        self.plans.setRowCount(len(self.plan_rows))
        for r, p in enumerate(self.plan_rows):
            for c, text in enumerate((domain_text(DEFINITIONS[p.indicator_id].name),
                                      p.measure,
                                      p.owner,
                                      p.due_on.isoformat(),
                                      p.done_on.isoformat() if p.done_on else self.tr("Pågår"))):
                self.plans.setItem(r, c, QTableWidgetItem(text))
        self.plans.blockSignals(False)
        self.new_plan()
        self.show_missing()

    def show_missing(self) -> None:
        """The missed targets of the year's ended part that no plan answers (read in the background:
        measuring the indicators takes a moment at region scale)."""
        self._missing_generation += 1
        generation, year, orderer_id = self._missing_generation, self.year.value(), self.orderer_id
        ctx, period, ids = self.ctx, missed_period(year, self.ctx.today), list(self.goals)
        self.missing.clear()
        self.missing_title.setText(QCoreApplication.translate("orderers_dialog", MISSING_TITLE) if ids and period
                                   else QCoreApplication.translate("orderers_dialog", NONE_MISSING))
        if not ids or period is None:
            return

        def read(_progress, _cancelled) -> list[orderers.MissingPlan]:
            values = indicators.indicator_values(ctx, *period, ids)
            return orderers.missing_action_plans(ctx, orderer_id, year, values)

        def done(found: list[orderers.MissingPlan]) -> None:
            if generation != self._missing_generation:
                return
            self.missing.clear()
            for missed in found:
                item = QListWidgetItem(shown_text(missed.prompt()))
                item.setData(Qt.ItemDataRole.UserRole, missed.indicator_id)
                self.missing.addItem(item)
            self.missing_title.setText(QCoreApplication.translate("orderers_dialog", MISSING_TITLE) if found
                                       else QCoreApplication.translate("orderers_dialog", NONE_MISSING))
            if found:
                self.missing.setCurrentRow(0)

        BackgroundTask(self, read, done).run()

    def _pick_target(self, row: int) -> None:
        if 0 <= row < len(self.shown_targets):
            d = DEFINITIONS[self.shown_targets[row]]
            self.indicator.setCurrentIndex(self.indicator.findData(d.id))
            self.target.setText(for_editing(d, self.goals[d.id].value))
            self.margin.setText(for_editing(d, self.goals[d.id].close_margin))

    def _pick_plan(self, row: int) -> None:
        """A plan chosen in the table is opened for change: its fields filled, Spara changes it."""
        if not 0 <= row < len(self.plan_rows):
            return
        plan = self.plan_rows[row]
        self.editing_plan = plan
        self.plan_indicator.setCurrentIndex(self.plan_indicator.findData(plan.indicator_id))
        self.measure.setText(plan.measure)
        self.owner.setText(plan.owner)
        self.due.setDate(_qdate(plan.due_on))
        self.done_on.setDate(_qdate(plan.done_on or NOT_DONE))
        self.follow_up.setText(plan.follow_up or "")

    def new_plan(self) -> None:
        """Empty plan fields: Spara adds a new plan."""
        self.editing_plan = None
        self.plans.setCurrentCell(-1, -1)
        for field in (self.measure, self.owner, self.follow_up):
            field.clear()
        self.due.setDate(_qdate(self.ctx.today))
        self.done_on.setDate(_qdate(NOT_DONE))

    def plan_for_missed(self, item: QListWidgetItem) -> None:
        """Start a new plan for a missed target: its indicator chosen, the cursor in Åtgärd."""
        self.new_plan()
        self.plan_indicator.setCurrentIndex(self.plan_indicator.findData(item.data(Qt.ItemDataRole.UserRole)))
        self.message.setText(
            self.tr("Skriv åtgärden för {indicator} och spara.").format(indicator=self.plan_indicator.currentText()))
        self.measure.setFocus()

    # --- saving ----------------------------------------------------------------------------------
    def _save(self, attempt, versions: dict, done: str) -> bool:
        try:
            outcome = save_with_conflict_check(self, attempt, versions)
        except (ServiceError, ValueError) as exc:  # a refusal: say why, keep what was typed
            self.message.setText(translated(exc) if isinstance(exc, (ServiceError, Refusal)) else str(exc))
            return False
        self.message.setText(done if outcome == SAVED else self.tr("Ingenting sparades."))
        return outcome == SAVED

    def save_orderer(self) -> None:
        shown = self.shown_orderer
        address = "\n".join(part.strip() for part in self.address.text().split(","))

        def attempt(versions):
            saved = orderers.save_orderer(self.ctx, shown.id, self.name.text(), self.hsa_id.text(), address,
                                          expected_version=versions[shown.id])
            self.saved_id = saved.id

        if self._save(attempt, {shown.id: shown.row_version}, self.tr("Beställaren är sparad.")):
            self.reload_orderers(self.saved_id)

    def new_orderer(self) -> None:
        def attempt(_versions):
            self.saved_id = orderers.save_orderer(self.ctx, None, self.name.text(), self.hsa_id.text(),
                                                  "\n".join(p.strip() for p in self.address.text().split(","))).id

        if self._save(attempt, {}, self.tr("Den nya beställaren är sparad.")):
            self.reload_orderers(self.saved_id)

    def save_note(self) -> None:
        key = (self.orderer_id, self.year.value())
        if self._save(lambda v: orderers.save_agreement(self.ctx, key[0], key[1], self.note.text(),
                                                        expected_version=v[key]),
                      {key: self.agreement_version}, self.tr("Avtalets anteckning är sparad.")):
            self.reload_orderers(self.orderer_id)

    def save_target(self) -> None:
        d = DEFINITIONS[self.indicator.currentData()]
        shown = self.goals.get(d.id)

        def attempt(versions):
            orderers.save_target(self.ctx, self.orderer_id, self.year.value(), d.id, typed(d, self.target.text()),
                                 typed(d, self.margin.text() or "0"), expected_version=versions[d.id])

        if self._save(attempt,
                      {d.id: shown.row_version if shown else 0},
                      self.tr("Målet för {name} är sparat.").format(name=domain_text(d.name))):
            self.reload_orderers(self.orderer_id)
            self.target.clear()
            self.margin.clear()

    def copy_targets(self) -> None:
        year = self.year.value()
        if self._save(lambda _v: setattr(self, "copied", orderers.copy_targets(self.ctx, self.orderer_id, year)), {},
                      self.tr("Målen är kopierade till {year}.").format(year=year + 1)):
            self.message.setText(
                self.tr("{copied} mål kopierades till {year}.").format(copied=self.copied, year=year + 1))

    def save_plan(self) -> None:
        due, done, plan = self.due.date().toPython(), self.done_on.date().toPython(), self.editing_plan
        key = plan.id if plan else None

        def attempt(versions):
            orderers.save_action_plan(self.ctx, self.orderer_id, self.year.value(), self.plan_indicator.currentData(),
                                      self.measure.text(), self.owner.text(), due, None if done == NOT_DONE else done,
                                      self.follow_up.text(), plan_id=key, expected_version=versions.get(key))

        if self._save(attempt, {key: plan.row_version} if plan else {}, self.tr("Handlingsplanen är sparad.")):
            self.reload_orderers(self.orderer_id)

    def remove_plan(self) -> None:
        plan = self.editing_plan
        if plan is None:
            self.message.setText(self.tr("Välj först handlingsplanen i tabellen."))
            return
        if self._save(lambda v: orderers.remove_action_plan(self.ctx, plan.id, expected_version=v[plan.id]),
                      {plan.id: plan.row_version},
                      self.tr("Handlingsplanen för {name} är borttagen.").format(
                          name=domain_text(DEFINITIONS[plan.indicator_id].name))):
            self.reload_orderers(self.orderer_id)

    def remove_target(self) -> None:
        row = self.targets.currentRow()
        if not 0 <= row < len(self.shown_targets):
            self.message.setText(self.tr("Välj först målet i tabellen."))
            return
        d, year = DEFINITIONS[self.shown_targets[row]], self.year.value()
        if self._save(lambda v: orderers.remove_target(self.ctx, self.orderer_id, year, d.id, expected_version=v[d.id]),
                      {d.id: self.goals[d.id].row_version},
                      self.tr("Målet för {name} {year} är borttaget.").format(name=domain_text(d.name), year=year)):
            self.reload_orderers(self.orderer_id)


class ReportDialog(QDialog):
    """Dokument → Uppföljningsrapport: period, orderer and format, then where to save."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Uppföljningsrapport"))
        first, last = indicator_report.default_period(ctx.today)
        self.first = QDateEdit(_qdate(first), objectName="first_field", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.last = QDateEdit(_qdate(last), objectName="last_field", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.orderer_box = QComboBox(objectName="orderer_combo")
        for row in orderers.orderers(ctx):
            self.orderer_box.addItem(row.name, row.id)
        self.format = QComboBox(objectName="format_combo")
        self.format.addItem(self.tr("PDF med diagram"), indicator_report.PDF)
        self.format.addItem(self.tr("CSV för Excel"), indicator_report.CSV)
        self.message = QLabel(objectName="message_label", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Skriv rapporten…"))
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(_form(((self.tr("&Från:"), self.first),
                                (self.tr("&Till:"), self.last),
                                (self.tr("&Beställare:"), self.orderer_box),
                                (self.tr("F&ormat:"), self.format))))
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        _size(self, 44)

    def ask_path(self, suggested: str, fmt: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self,
                                              self.tr("Spara uppföljningsrapporten"),
                                              str(Path.home() / suggested),
                                              self.tr("PDF-dokument (*.pdf)") if fmt == indicator_report.PDF
                                              else self.tr("CSV (*.csv)"))
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
            self.message.setText(translated(exc))
            return
        self.accept()


def add_orderers_action(window) -> QAction:
    """The main window's hook: Arkiv → Beställare och mål… and Dokument → Uppföljningsrapport…"""
    action = QAction(QCoreApplication.translate("orderers_dialog", "Beställare och &mål…"), window)
    action.setStatusTip(
        QCoreApplication.translate("orderers_dialog",
                                   "Beställare, avtal per år, mål per indikator och handlingsplaner (R-RP-2)"))
    action.setVisible(may(window.ctx, perm.FOLLOW_UP_MANAGE))
    action.triggered.connect(lambda: _open(window, OrderersDialog, "orderers_dialog"))
    window.archive_menu.insertAction(window.quit_action, action)
    window.orderers_action = action
    report = QAction(QCoreApplication.translate("orderers_dialog", "&Uppföljningsrapport…"), window)
    report.setStatusTip(QCoreApplication.translate("orderers_dialog",
                                                   "Indikatorerna mot beställarens mål som PDF eller CSV (R-RP-1)"))
    report.setVisible(may(window.ctx, perm.REPORT_READ))
    report.triggered.connect(lambda: _open(window, ReportDialog, "indicator_report_dialog"))
    window.documents_menu.addAction(report)
    window.indicator_report_action = report
    return action


def _open(window, kind, name: str) -> QDialog:
    dialog = kind(window, window.ctx)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if kind is ReportDialog:
        dialog.accepted.connect(lambda: window.statusBar().showMessage(shown_text(dialog.written.summary()), 10000))
    dialog.open()
    setattr(window, name, dialog)
    return dialog
