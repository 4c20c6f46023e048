"""The "Planering" page (issue 12), three tabs:

- Prognos: the revision forecast of the next 24 months against the chair time. On top the choices
  (per week or month, responsible dentist, listing type) and Arbetstider…; then the chart (hours
  needed, stacked dentist required / hygienist possible, the capacity as a line) and the table
  (ui/planning_model.py), the overdue backlog as its first row. The forecast and the capacity are
  read once in the background (services.capacity.plan); a choice only re-sums what was read.
- Förslag: proposed times for a period, booked as proposals and summoned (ui/proposal_panel.py).
- Att bekräfta: the proposed times of the coming days, to call about (ui/unconfirmed_panel.py).

Keyboard: Ctrl+9 opens the page in the forecast table; Alt+G, Alt+F and Alt+B choose the tab;
Alt+letters reach each tab's choices.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QTabWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.listing import LISTING_TYPE_LABELS
from klinik_app.domain.dates import add_months
from klinik_app.domain.permissions import PATIENT_READ, PLANNING_MANAGE, PLANNING_READ
from klinik_app.domain.revision_forecast import MONTH, WEEK
from klinik_app.services import capacity as capacity_service
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import may
from klinik_app.services.recall import WorklistFilter, responsible_dentists, worklist
from klinik_app.ui.capacity_dialog import CapacityDialog
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.drill_down import NOT_ALLOWED, DrillDown, PatientsPage, add_drill_down_page
from klinik_app.ui.errors import show_error
from klinik_app.ui.i18n import translated
from klinik_app.ui.month_chart import grouped
from klinik_app.ui.planning_chart import PlanningChart
from klinik_app.ui.planning_model import PlanningTableModel, hours, short_period_label
from klinik_app.ui.proposal_panel import ProposalPanel
from klinik_app.ui.row_tables import RowTable, select_row, set_up_row_table
from klinik_app.ui.tasks import BackgroundTask
from klinik_app.ui.todo_view import RowsModel
from klinik_app.ui.unconfirmed_panel import UnconfirmedPanel

ALL = "__all__"
NO_DENTIST = ""
LOADING_TEXT = QT_TRANSLATE_NOOP("planning_view", "Beräknar revisionsprognosen …")
FAILED_TEXT = QT_TRANSLATE_NOOP("planning_view", "Prognosen kunde inte beräknas just nu. Försök igen med Uppdatera.")
NOT_ALLOWED_TEXT = QT_TRANSLATE_NOOP("planning_view", "Planeringen visas för tandläkare, tandhygienister, reception "
                                     "och verksamhetschef.")
PATIENT_COLUMNS = (QT_TRANSLATE_NOOP("planning_view", "Patient"), QT_TRANSLATE_NOOP("planning_view", "Revision senast"),
                   QT_TRANSLATE_NOOP("planning_view", "Tandläkare krävs"),
                   QT_TRANSLATE_NOOP("planning_view", "Listning"))
PATIENTS_NOTE = QT_TRANSLATE_NOOP("planning_view", "Patienter vars nästa revision infaller under perioden. Senare "
                                  "återkommande revisioner räknas i prognosen men visas inte här. Enter öppnar "
                                  "patientkortet, Esc går tillbaka.")


def _patient_cells(i) -> list[str]:
    return [f"{i.name} ({i.personnummer})", i.due.isoformat(),
            QCoreApplication.translate("planning_view", "ja") if i.requires_dentist else "",
            domain_text(LISTING_TYPE_LABELS.get(i.listing_type, i.listing_type))]


def patients_page() -> PatientsPage:
    """The patients behind a row (services.recall.worklist: read in the background and access-logged)."""
    model = RowsModel(translated("planning_view", PATIENT_COLUMNS), _patient_cells, lambda i: i.overdue_days > 0)
    note = QLabel(QCoreApplication.translate("planning_view", PATIENTS_NOTE), wordWrap=True)
    return PatientsPage(model, note, back_text=QCoreApplication.translate("planning_view",
                                                                          "← &Tillbaka till planeringen (Esc)"),
                        back_name="planning_back", title_name="planning_patients_title",
                        table_name="planning_patients_table", first_width=320)


class PlanningView(DrillDown, QWidget):
    status_message = Signal(str)
    open_patient_requested = Signal(int)  # patient id

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Planering"))
        self.plan: capacity_service.Plan | None = None
        self.loaded = False
        self._generation = 0
        self.capacity_dialog: CapacityDialog | None = None  # the one open, for the tests

        self.kind_box = QComboBox(objectName="planning_kind")
        self.kind_box.setAccessibleName(self.tr("Visa per"))
        self.kind_box.addItem(self.tr("Vecka"), WEEK)
        self.kind_box.addItem(self.tr("Månad"), MONTH)
        self.dentist_box = QComboBox(objectName="planning_dentist")
        self.dentist_box.setAccessibleName(self.tr("Ansvarig tandläkare"))
        self.dentist_box.addItem(self.tr("Alla"), ALL)
        self.listing_box = QComboBox(objectName="planning_listing")
        self.listing_box.setAccessibleName(self.tr("Listning"))
        self.listing_box.addItem(self.tr("Alla"), ALL)
        for code, label in LISTING_TYPE_LABELS.items():
            self.listing_box.addItem(domain_text(label), code)
        self.refresh_button = QPushButton(self.tr("&Uppdatera"), objectName="planning_refresh")
        self.hours_button = QPushButton(self.tr("A&rbetstider …"), objectName="planning_hours")
        self.hours_button.setToolTip(self.tr("Arbetstider, ledighet och extra dagar per tandläkare och tandhygienist"))
        self.hours_button.setVisible(may(ctx, PLANNING_MANAGE))
        for b in (self.refresh_button, self.hours_button):
            b.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.reload)
        self.hours_button.clicked.connect(self.edit_hours)
        top = QHBoxLayout()
        for text, box in ((self.tr("Visa p&er:"), self.kind_box), (self.tr("Ansvarig &tandläkare:"), self.dentist_box),
                          (self.tr("&Listning:"), self.listing_box)):
            label = QLabel(text)
            label.setBuddy(box)
            top.addWidget(label)
            top.addWidget(box)
            top.addSpacing(12)
        top.addStretch(1)
        top.addWidget(self.hours_button)
        top.addWidget(self.refresh_button)
        self.state_label = QLabel(objectName="planning_state", wordWrap=True)

        self.chart = PlanningChart()
        self.model = PlanningTableModel(self)
        self.table = RowTable(objectName="planning_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Revisioner per period"))
        set_up_row_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="planning_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 2)

        board = QWidget()
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addLayout(top)
        board_layout.addWidget(self.state_label)
        board_layout.addWidget(splitter, 1)
        self.proposals = ProposalPanel(ctx)
        self.unconfirmed = UnconfirmedPanel(ctx)
        for panel in (self.proposals, self.unconfirmed):
            panel.status_message.connect(self.status_message)
        self.tabs = QTabWidget(objectName="planning_tabs")
        self.tabs.addTab(self.set_up_drill_down(board, self.table, patients_page()), self.tr("Pro&gnos"))
        self.tabs.addTab(self.proposals, self.tr("&Förslag"))
        self.tabs.addTab(self.unconfirmed, self.tr("Att &bekräfta"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for box in (self.kind_box, self.dentist_box, self.listing_box):
            box.currentIndexChanged.connect(lambda _i: self.show_plan())

    # --- loading --------------------------------------------------------------------------------
    def page_shown(self) -> None:
        if self.tabs.currentIndex() != 0:
            self.tabs.currentWidget().page_shown()
            return
        if not self.loaded:
            self.reload()
        self.focus_current()

    def _tab_changed(self, _index: int) -> None:
        if self.isVisible():
            self.page_shown()

    def reload(self) -> None:
        if not may(self.ctx, PLANNING_READ):
            self.state_label.setText(QCoreApplication.translate("planning_view", NOT_ALLOWED_TEXT))
            return
        self._generation += 1
        generation, ctx = self._generation, self.ctx
        self.state_label.setText(QCoreApplication.translate("planning_view", LOADING_TEXT))
        self.refresh_button.setEnabled(False)
        BackgroundTask(self, lambda _p, _c: (capacity_service.plan(ctx), responsible_dentists(ctx)),
                       lambda result: self._loaded(generation, *result),
                       lambda exc: self._failed(generation, exc)).run()

    def _loaded(self, generation: int, plan: capacity_service.Plan, dentists: list[tuple[str, str]]) -> None:
        if generation != self._generation:
            return
        self.plan, self.loaded = plan, True
        self.refresh_button.setEnabled(True)
        chosen = self.dentist_box.currentData()
        names = dict(dentists)
        self.dentist_box.blockSignals(True)
        self.dentist_box.clear()
        self.dentist_box.addItem(self.tr("Alla"), ALL)
        for hsa in sorted(set(names) | {d for d in plan.forecast.dentists() if d}, key=lambda h: names.get(h, h)):
            self.dentist_box.addItem(names.get(hsa, hsa), hsa)
        self.dentist_box.addItem(self.tr("Ingen ansvarig tandläkare (R-LI-6)"), NO_DENTIST)
        self.dentist_box.setCurrentIndex(max(self.dentist_box.findData(chosen), 0))
        self.dentist_box.blockSignals(False)
        self.show_plan()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.refresh_button.setEnabled(True)
        self.state_label.setText(QCoreApplication.translate("planning_view", FAILED_TEXT))
        show_error(self.window(), exc)

    # --- showing --------------------------------------------------------------------------------
    def filters(self) -> tuple[str, str | None, str | None]:
        dentist, listing = self.dentist_box.currentData(), self.listing_box.currentData()
        return (self.kind_box.currentData(), None if dentist in (ALL, None) else dentist,
                None if listing in (ALL, None) else listing)

    def _capacity_text(self, kind: str, balances) -> str:
        if not self.plan.has_hours:
            return self.tr("Inga arbetstider är inlagda än, så tiden kan inte jämföras: "
                           "lägg in dem med Arbetstider …")
        short = [b for b in balances if b.shortfall]
        if not short:
            return self.tr("Tiden räcker alla veckor.") if kind == WEEK else self.tr("Tiden räcker alla månader.")
        missing = hours(sum(b.shortfall for b in short))
        if kind == WEEK:
            text = (self.tr("Brist i 1 vecka ({hours} timmar).") if len(short) == 1
                    else self.tr("Brist i {count} veckor ({hours} timmar)."))
        else:
            text = (self.tr("Brist i 1 månad ({hours} timmar).") if len(short) == 1
                    else self.tr("Brist i {count} månader ({hours} timmar)."))
        return text.format(count=grouped(len(short)), hours=missing)

    def show_plan(self) -> None:
        if self.plan is None:
            return
        kind, dentist, listing = self.filters()
        forecast = self.plan.forecast
        lines = forecast.lines(kind, dentist, listing)
        balances = self.plan.balance(kind, dentist, listing)
        backlog = forecast.backlog_line(dentist, listing)
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_rows(kind, backlog, lines, balances)
        self.chart.set_balances(balances, [short_period_label(kind, x.start) for x in lines])
        select_row(self.table, min(row, self.model.rowCount() - 1))
        due = sum(x.due for x in lines)
        text = (self.tr("1 revision faller ut de kommande 24 månaderna, {overdue} är försenade.") if due == 1 else
                self.tr("{due} revisioner faller ut de kommande 24 månaderna, {overdue} är försenade.")).format(
            due=grouped(due), overdue=grouped(backlog.due))
        text += " " + self._capacity_text(kind, balances)
        if self.plan.has_hours and (dentist is not None or listing is not None):
            text += " " + self.tr("Kapaciteten gäller hela kliniken.")
        self.state_label.setText(text)
        self.status_message.emit(text)

    # --- the patients behind a row --------------------------------------------------------------
    def row_filter(self, row: int) -> WorklistFilter | None:
        """The worklist of a row: the backlog (due before today) or the period, with the page's filters."""
        if self.plan is None or not 0 <= row < len(self.model.rows):
            return None
        kind, dentist, listing = self.filters()
        today = self.ctx.today
        item = self.model.rows[row]
        if item.backlog:
            first = last = today - timedelta(days=1)
            return WorklistFilter(first, last, include_overdue=True, dentist_hsa_id=dentist, listing_type=listing)
        start = item.line.start
        last = start + timedelta(days=6) if kind == WEEK else add_months(start, 1) - timedelta(days=1)
        return WorklistFilter(max(start, today), last, include_overdue=False, dentist_hsa_id=dentist,
                              listing_type=listing)

    def show_patients(self, row: int) -> bool:
        """List the patients behind the row (read in the background; the reading is access-logged)."""
        wanted = self.row_filter(row)
        if wanted is None:
            return False
        if not may(self.ctx, PATIENT_READ):
            self.status_message.emit(QCoreApplication.translate("drill_down", NOT_ALLOWED))
            return False
        page, ctx, label = self.patients_page, self.ctx, self.model.rows[row].label
        self.enter_patients(self.tr("{period}: hämtar patienterna …").format(period=label))

        def done(result) -> None:
            self.list_patients(result.items)
            count = len(result.items)
            text = self.tr("{period}: 1 patient") if count == 1 else self.tr("{period}: {count} patienter")
            page.title.setText(text.format(period=label, count=grouped(count)))

        def failed(exc: BaseException) -> None:
            page.title.setText(self.tr("{period}: patienterna kunde inte hämtas just nu.").format(period=label))
            show_error(self.window(), exc)

        BackgroundTask(self, lambda _p, _c: worklist(ctx, wanted), done, failed).run()
        return True

    def edit_hours(self) -> CapacityDialog | None:
        """Arbetstider …: window-modal, so the page is read again only when the dialog saved."""
        if not may(self.ctx, PLANNING_MANAGE):
            return None
        try:
            dialog = CapacityDialog(self.window(), self.ctx)
        except Exception as exc:  # noqa: BLE001 (read failure: said in Swedish, the page stays)
            show_error(self.window(), exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._hours_saved)
        dialog.open()
        self.capacity_dialog = dialog
        return dialog

    def _hours_saved(self) -> None:
        self.status_message.emit(self.tr("Arbetstiderna är sparade. Kapaciteten räknas om."))
        self.reload()


def add_planning_page(window) -> PlanningView:
    """The main window's hook: the "Planering" tab, and Ctrl+9 in the Visa menu."""
    view = PlanningView(window.ctx)
    window.planning_page_action = add_drill_down_page(
        window, view, QCoreApplication.translate("planning_view", "Planering"),
        QCoreApplication.translate("planning_view", "Pla&nering"), "Ctrl+9",
        QCoreApplication.translate("planning_view", "Revisioner som faller ut per vecka och månad mot klinikens tid"))
    return view
