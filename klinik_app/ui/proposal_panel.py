"""Förslag, on the planning page (issue 12 parts 3-4): propose revision times for a period, review
and adjust them, book them all as proposed (R-AB-3), then write the summons letters with the times.

Keyboard: Alt+S / Alt+M the period, Alt+N the caregivers (Space ticks), Alt+K school hours, Alt+I
proposes; in the table Enter moves a proposal (Fl&ytta…) and Delete drops it; Alt+L books them all,
Alt+E writes the letters. The proposing, booking and writing run in the background.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.dates import add_months
from klinik_app.domain.examination import DENTIST
from klinik_app.letters import Cancelled
from klinik_app.services import capacity, proposals
from klinik_app.services import summons as summons_service
from klinik_app.services.context import ServiceContext
from klinik_app.services.proposals import Accepted, ProposalRow, ProposalSet, UnplacedRow
from klinik_app.ui.appointment_dialogs import _time_edit
from klinik_app.ui.documents import ask_pdf_path
from klinik_app.ui.errors import show_error, shown_text
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.i18n import translated
from klinik_app.ui.listing_dialogs import date_edit, settle
from klinik_app.ui.row_tables import current_row, select_row
from klinik_app.ui.tasks import BackgroundTask
from klinik_app.ui.todo_view import RowsModel, rows_table

WEEKDAYS = (QT_TRANSLATE_NOOP("proposal_panel", "mån"), QT_TRANSLATE_NOOP("proposal_panel", "tis"),
            QT_TRANSLATE_NOOP("proposal_panel", "ons"), QT_TRANSLATE_NOOP("proposal_panel", "tor"),
            QT_TRANSLATE_NOOP("proposal_panel", "fre"), QT_TRANSLATE_NOOP("proposal_panel", "lör"),
            QT_TRANSLATE_NOOP("proposal_panel", "sön"))
ROLE_LABELS = {DENTIST: QT_TRANSLATE_NOOP("proposal_panel", "tandläkare"),
               "tandhygienist": QT_TRANSLATE_NOOP("proposal_panel", "tandhygienist")}
PROPOSAL_COLUMNS = (QT_TRANSLATE_NOOP("proposal_panel", "Tid"), QT_TRANSLATE_NOOP("proposal_panel", "Behandlare"),
                    QT_TRANSLATE_NOOP("proposal_panel", "Patient"),
                    QT_TRANSLATE_NOOP("proposal_panel", "Revision senast"),
                    QT_TRANSLATE_NOOP("proposal_panel", "Anmärkning"))
UNPLACED_COLUMNS = (QT_TRANSLATE_NOOP("proposal_panel", "Patient"),
                    QT_TRANSLATE_NOOP("proposal_panel", "Revision senast"),
                    QT_TRANSLATE_NOOP("proposal_panel", "Varför inget förslag"))


def when(at: datetime) -> str:
    """'ons 2026-12-02 08:00'."""
    return f"{QCoreApplication.translate('proposal_panel', WEEKDAYS[at.weekday()])} {at:%Y-%m-%d %H:%M}"


def with_role(name: str, role: str) -> str:
    """'Anna Berg (tandläkare)'."""
    return f"{name} ({QCoreApplication.translate('proposal_panel', ROLE_LABELS.get(role, role))})"


def _notes(row: ProposalRow) -> str:
    p = row.proposal
    notes = []
    if p.overdue:
        notes.append(QCoreApplication.translate("proposal_panel", "försenad"))
    if p.household:
        notes.append(QCoreApplication.translate("proposal_panel", "syskon i följd"))
    if p.interpreter:
        notes.append(QCoreApplication.translate("proposal_panel", "tolk: {language}").format(
            language=p.interpreter))
    if row.protected:
        notes.append(QCoreApplication.translate("proposal_panel", "skyddad identitet"))
    return ", ".join(notes)


def proposals_model() -> RowsModel:
    return RowsModel(translated("proposal_panel", PROPOSAL_COLUMNS),
                     lambda r: [when(r.proposal.starts), r.caregiver_name, f"{r.patient_name} ({r.personnummer})",
                                r.proposal.due.isoformat(), _notes(r)],
                     lambda r: r.proposal.overdue)


def unplaced_model() -> RowsModel:
    return RowsModel(translated("proposal_panel", UNPLACED_COLUMNS),
                     lambda u: [f"{u.patient_name} ({u.personnummer})", u.due.isoformat(), shown_text(u.reason)],
                     lambda _u: False)


def next_month(today: date) -> tuple[date, date]:
    first = add_months(today.replace(day=1), 1)
    return first, add_months(first, 1) - timedelta(days=1)


class MoveProposalDialog(FormDialog):
    """Another day, time or caregiver for one proposal, before it is booked (services.proposals.move_proposal)."""

    def __init__(self, result: ProposalSet, row: ProposalRow, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Flytta förslag"),
                         self.tr("{name}: revision senast {due}. Välj dag, tid och behandlare; Enter sparar.").format(
                             name=row.patient_name, due=row.proposal.due.isoformat()))
        self.setObjectName("move_proposal_dialog")
        self.result, self.row = result, row
        self.moved: ProposalRow | None = None
        self.day = self.add_field(self.tr("&Datum:"), date_edit(row.proposal.starts.date(), name=self.tr("Datum"),
                                                                object_name="proposal_date"))
        self.start = self.add_field(self.tr("&Tid:"), _time_edit(row.proposal.starts.time()))
        self.caregiver = QComboBox(objectName="proposal_caregiver")
        for hsa, (name, role) in sorted(result.caregivers.items(), key=lambda item: item[1]):
            self.caregiver.addItem(with_role(name, role), hsa)
        self.caregiver.setCurrentIndex(max(self.caregiver.findData(row.proposal.caregiver_hsa_id), 0))
        self.add_field(self.tr("&Behandlare:"), self.caregiver)
        self.name_buttons(self.tr("&Spara"), self.tr("Avbryt"))
        settle(self, 40)
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        starts = datetime.combine(self.day.date().toPython(), self.start.time().toPython().replace(second=0))
        self.moved = proposals.move_proposal(self.result, self.row, starts, self.caregiver.currentData())


class ProposalPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Förslag"))
        self.result: ProposalSet | None = None
        self.accepted: Accepted | None = None
        self.task: BackgroundTask | None = None
        self.dialog: MoveProposalDialog | None = None
        self.loaded = False

        first, last = next_month(ctx.today)
        self.first = date_edit(first, name=self.tr("Periodens första dag"), object_name="proposal_first")
        self.last = date_edit(last, name=self.tr("Periodens sista dag"), object_name="proposal_last")
        self.caregivers = QListWidget(objectName="proposal_caregivers")
        self.caregivers.setAccessibleName(self.tr("Behandlare"))
        self.caregivers.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.school = QCheckBox(objectName="proposal_school")
        self.propose_button = QPushButton(self.tr("Föreslå t&ider"), objectName="propose_button")
        self.move_button = QPushButton(self.tr("Fl&ytta …"), objectName="move_proposal_button")
        self.remove_button = QPushButton(self.tr("Ta b&ort"), objectName="remove_proposal_button")
        self.accept_button = QPushButton(self.tr("Boka a&lla som förslag"), objectName="accept_button")
        self.accept_button.setToolTip(self.tr("Tiderna bokas som föreslagna, inte överenskomna, tills patienten "
                                              "har bekräftat (R-AB-3)"))
        self.letters_button = QPushButton(self.tr("Skriv kall&elser …"), objectName="proposal_letters_button")
        self.letters_button.setToolTip(self.tr("Kallelser med de bokade tiderna, och hur man bekräftar eller "
                                               "ändrar dem"))
        for button in (self.propose_button, self.move_button, self.remove_button, self.accept_button,
                       self.letters_button):
            button.setAutoDefault(False)
        self.propose_button.clicked.connect(self.propose)
        self.move_button.clicked.connect(self.move_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.accept_button.clicked.connect(self.accept_all)
        self.letters_button.clicked.connect(lambda: self.write_letters())

        choices = QHBoxLayout()
        for text, widget in ((self.tr("Period &start:"), self.first), (self.tr("till och &med:"), self.last),
                             (self.tr("Beha&ndlare:"), self.caregivers)):
            label = QLabel(text)
            label.setBuddy(widget)
            choices.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
            choices.addWidget(widget, 0 if widget is not self.caregivers else 1, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.addWidget(self.school)
        side.addWidget(self.propose_button)
        side.addStretch(1)
        choices.addLayout(side)

        self.summary = QLabel(self.tr("Välj period och behandlare och tryck Föreslå tider."),
                              objectName="proposal_summary", wordWrap=True)
        self.model = proposals_model()
        self.table = rows_table(self.model, "proposal_table", self.tr("Föreslagna tider"))
        self.table.activated.connect(lambda _index: self.move_current())
        self.unplaced = unplaced_model()
        self.unplaced_table = rows_table(self.unplaced, "unplaced_table", self.tr("Patienter utan förslag"))
        self.unplaced_label = QLabel(objectName="unplaced_label")
        buttons = QHBoxLayout()
        for button in (self.move_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.letters_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.unplaced_label)
        lower_layout.addWidget(self.unplaced_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- choices --------------------------------------------------------------------------------
    def page_shown(self) -> None:
        if not self.loaded:
            self.loaded = True
            try:
                people = capacity.caregivers(self.ctx)
                options = proposals.planning_options(self.ctx)
            except Exception as exc:  # noqa: BLE001 (read failure: said in Swedish, the panel stays)
                show_error(self.window(), exc)
                return
            for person in people:
                item = QListWidgetItem(with_role(person.name, person.role))
                item.setData(Qt.ItemDataRole.UserRole, person.hsa_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.caregivers.addItem(item)
            hours = options.school_hours_text or proposals.PlanningOptions(
                proposals.DEFAULT_SCHOOL_HOURS, options.school_ages, 0).school_hours_text
            self.school.setText(self.tr("Undvik s&koltid ({hours}) för skolbarn").format(hours=hours))
            self.school.setChecked(options.school_hours is not None)
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_caregivers(self) -> list[str]:
        return [self.caregivers.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.caregivers.count())
                if self.caregivers.item(n).checkState() == Qt.CheckState.Checked]

    # --- proposing ------------------------------------------------------------------------------
    def propose(self) -> None:
        if self.task is not None:
            return
        ctx, first, last = self.ctx, self.first.date().toPython(), self.last.date().toPython()
        chosen, school = self.chosen_caregivers(), self.school.isChecked()
        self.summary.setText(self.tr("Föreslår tider …"))
        self.task = BackgroundTask(self, lambda _p, _c: proposals.propose(ctx, first, last, chosen,
                                                                         avoid_school_hours=school),
                                   self._proposed, self._failed)
        self.task.run()

    def _proposed(self, result: ProposalSet) -> None:
        self.task, self.result, self.accepted = None, result, None
        self.model.set_rows(list(result.rows))
        self.unplaced.set_rows(list(result.unplaced))
        self._show_summary()
        select_row(self.table, 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def _show_summary(self) -> None:
        rows, unplaced = self.model.rows, self.unplaced.rows
        overdue = sum(1 for r in rows if r.proposal.overdue)
        text = self.tr("{count} förslag ({overdue} försenade först), {missing} utan ledig tid.").format(
            count=len(rows), overdue=overdue, missing=len(unplaced))
        if self.accepted is not None:
            text = shown_text(self.accepted.summary()) + " " + self.tr("Skriv kallelserna med Skriv kallelser …")
        self.summary.setText(text)
        self.unplaced_label.setText(self.tr("Utan förslag ({count}):").format(count=len(unplaced)))
        self.status_message.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.summary.setText(self.tr("Inga förslag gjordes."))
        show_error(self.window(), exc)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_rows = bool(self.model.rows) and self.accepted is None
        for button in (self.move_button, self.remove_button, self.accept_button):
            button.setEnabled(has_rows)
        self.letters_button.setEnabled(self.accepted is not None and bool(self.accepted.booked))

    # --- adjusting ------------------------------------------------------------------------------
    def move_current(self) -> MoveProposalDialog | None:
        row = current_row(self.table)
        if self.result is None or self.accepted is not None or not 0 <= row < len(self.model.rows):
            return None
        dialog = MoveProposalDialog(self.result, self.model.rows[row], self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._moved(row, dialog.moved))
        dialog.finished.connect(lambda _r: self.table.setFocus(Qt.FocusReason.OtherFocusReason))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _moved(self, row: int, moved: ProposalRow | None) -> None:
        if moved is None:
            return
        rows = list(self.model.rows)
        rows[row] = moved
        rows.sort(key=lambda r: (r.proposal.starts, r.caregiver_name))
        self.model.set_rows(rows)
        select_row(self.table, rows.index(moved))
        self.status_message.emit(self.tr("{name}: förslaget flyttat till {when}.").format(
            name=moved.patient_name, when=when(moved.proposal.starts)))

    def remove_current(self) -> None:
        row = current_row(self.table)
        if self.accepted is not None or not 0 <= row < len(self.model.rows):
            return
        rows = list(self.model.rows)
        gone = rows.pop(row)
        self.model.set_rows(rows)
        select_row(self.table, min(row, len(rows) - 1))
        self._show_summary()
        self.status_message.emit(self.tr("{name} togs bort ur förslagen.").format(name=gone.patient_name))
        self._update_buttons()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.remove_current()
            return
        super().keyPressEvent(event)

    # --- booking and letters --------------------------------------------------------------------
    def accept_all(self) -> None:
        if self.task is not None or not self.model.rows or self.accepted is not None:
            return
        ctx, rows = self.ctx, list(self.model.rows)
        self.task = BackgroundTask(self, lambda _p, _c: proposals.accept(ctx, rows), self._accepted, self._failed)
        self.task.with_progress(self.tr("Bokar {count} föreslagna tider …").format(count=len(rows)),
                                cancellable=False, title=self.tr("Förslag")).run()

    def _accepted(self, accepted: Accepted) -> None:
        self.task, self.accepted = None, accepted
        refused = [UnplacedRow(r.patient_id, r.patient_name, r.personnummer, r.proposal.due, why)
                   for r, why in accepted.refused]
        self.model.set_rows([r for r in self.model.rows if r.patient_id in accepted.booked])
        self.unplaced.set_rows(list(self.unplaced.rows) + refused)
        self._show_summary()
        self._update_buttons()
        self.letters_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_pdf_path(self, count: int) -> Path | None:
        """Where to save the letters (a file dialog; tests replace this method)."""
        return ask_pdf_path(self.window(), self.tr("Spara kallelser med föreslagna tider ({count} patienter)").format(
            count=count), f"kallelser-forslag-{self.ctx.today.isoformat()}.pdf")

    def write_letters(self) -> None:
        if self.task is not None or self.accepted is None or not self.accepted.booked:
            return
        ids = list(self.accepted.booked)
        path = self.choose_pdf_path(len(ids))
        if path is None:
            return
        ctx = self.ctx

        def write(progress, cancelled):
            try:
                return summons_service.summons_batch(ctx, ids, path, progress=progress, cancelled=cancelled)
            except Cancelled:
                return None

        self.task = BackgroundTask(self, write, lambda result: self._written(result, path), self._failed)
        self.task.with_progress(self.tr("Skriver kallelser …"), title=self.tr("Kallelser")).run()

    def _written(self, result, path: Path) -> None:
        self.task = None
        if result is None:
            self.status_message.emit(self.tr("Inga kallelser skrevs."))
            return
        text = shown_text(result.summary())
        if result.rendered is not None:
            text += " " + self.tr("Sparade i {path}.").format(path=path)
        self.summary.setText(text)
        self.status_message.emit(text)
