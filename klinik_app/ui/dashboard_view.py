"""The "Uppföljning" page (issue 9 item 4, R-RP-1, R-RP-2): how the clinic stands against what the
orderer follows up. A period and an orderer on top; one row per indicator with its value, the
orderer's target and the status in words, and the last 24 months as a line; the selected indicator's
written definition and a larger chart beside the table.

Keyboard: Ctrl+8 opens the page in the table; the arrow keys move between indicators; Enter (or a
double-click) shows the patients behind the number; there Enter opens the patient's card and Esc goes
back. Everything is read in the background (services.indicators), so the window never waits: first
the values of the period, then the months of the trend lines.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.capitation import month_end
from klinik_app.domain.dates import add_months
from klinik_app.domain.indicators import DEFINITIONS, STATUSES, Value
from klinik_app.domain.permissions import PATIENT_READ
from klinik_app.services import indicators as indicator_service
from klinik_app.services import orderers as orderer_service
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import may
from klinik_app.ui.dashboard_model import (
    COL_BASIS,
    COL_NAME,
    COL_STATUS,
    COL_TARGET,
    COL_TREND,
    COL_VALUE,
    IndicatorLine,
    MEAN_OF,
    IndicatorTableModel,
    TrendDelegate,
    basis_text,
    definition_html,
    status_word,
    value_text,
)
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.drill_down import NOT_ALLOWED, DrillDown, PatientsPage, add_drill_down_page
from klinik_app.ui.errors import show_error, shown_text
from klinik_app.ui.i18n import long_date, translated
from klinik_app.ui.month_chart import grouped
from klinik_app.ui.row_tables import RowTable, current_row, select_row, set_up_row_table
from klinik_app.ui.tasks import BackgroundTask
from klinik_app.ui.todo_view import RowsModel
from klinik_app.ui.trend_chart import TrendChart

log = logging.getLogger(__name__)

TREND_MONTHS = 24
YEARS_SHOWN = 5
LAST_12 = "last12"
# The indicators with patients behind them (services.indicators.patients_behind lists them): all but
# the deviations, which name no patient.
WITH_PATIENTS = frozenset(DEFINITIONS) - frozenset(indicator_service.DEVIATIONS)
LOADING_TEXT = QT_TRANSLATE_NOOP("dashboard_view", "Beräknar indikatorerna …")
FAILED_TEXT = QT_TRANSLATE_NOOP("dashboard_view",
                                "Indikatorerna kunde inte beräknas just nu. Försök igen med Uppdatera.")
NO_ORDERER_TEXT = QT_TRANSLATE_NOOP("dashboard_view",
                                    "Ingen beställare inlagd: målen visas när beställare och mål finns.")
NO_PATIENTS_TEXT = QT_TRANSLATE_NOOP("dashboard_view", "Inga enskilda patienter ligger bakom den här siffran.")
NO_PATIENT_LIST = (
    QT_TRANSLATE_NOOP("dashboard_view",
                      "Siffran räknar avvikelser, inte enskilda patienter: det finns ingen patientlista bakom den."))
PATIENT_COLUMNS = (QT_TRANSLATE_NOOP("dashboard_view", "Patient"), QT_TRANSLATE_NOOP("dashboard_view", "Uppgift"))


def period_choices(today: date) -> list[tuple[str, str]]:
    """(label, key): this year so far, the previous years, the last twelve months."""
    choices = [
        (QCoreApplication.translate("dashboard_view", "{year} (till och med {day})").format(year=today.year,
                                                                                            day=long_date(today)),
         str(today.year))]
    choices += [(str(year), str(year)) for year in range(today.year - 1, today.year - YEARS_SHOWN, -1)]
    choices.append((QCoreApplication.translate("dashboard_view", "Senaste 12 månaderna"), LAST_12))
    return choices


def period_dates(key: str, today: date) -> tuple[date, date]:
    """A year up to today at most; the last twelve months: from the first of the month a year ago."""
    if key == LAST_12:
        index = today.year * 12 + today.month - 1 - 11
        return date(index // 12, index % 12 + 1, 1), today
    year = int(key)
    return date(year, 1, 1), min(date(year, 12, 31), today)


def trend_months(last: date) -> list[date]:
    """The month ends of the trend: TREND_MONTHS months, oldest first, ending with last's month."""
    return [month_end(add_months(last.replace(day=1), -n)) for n in range(TREND_MONTHS - 1, -1, -1)]


def patients_text(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("dashboard_view", NO_PATIENTS_TEXT)
    return QCoreApplication.translate("dashboard_view", "{patients}. Enter öppnar patientkortet.").format(
        patients=QCoreApplication.translate("dashboard_view", "1 patient") if count == 1
        else QCoreApplication.translate("dashboard_view", "{count} patienter").format(count=grouped(count)))


def has_patients(indicator_id: str) -> bool:
    return indicator_id in WITH_PATIENTS


def part_text(value: float) -> str:
    """A part (per month, category or reason) is a count, or a sum in kronor."""
    return grouped(round(value)) if abs(value - round(value)) < 1e-9 else f"{value:.1f}".replace(".", ",")


@dataclass
class Loaded:
    """What one reading of the page brought back from the services."""

    values: list[Value]
    orderers: list = field(default_factory=list)
    statuses: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    targets: dict = field(default_factory=dict)
    chosen: int | None = None  # the orderer whose targets these are


class PatientsBehindPage(PatientsPage):
    """The patients behind one number, with the way back (the button, or Esc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        count_label = QLabel(objectName="patients_behind_count")
        super().__init__(
            RowsModel(
                translated("dashboard_view", PATIENT_COLUMNS), lambda ref: [ref.name, shown_text(ref.detail)],
                lambda _ref: False),
            count_label,
            back_text=self.tr("← &Tillbaka till uppföljningen (Esc)"),
            back_name="dashboard_back_button",
            title_name="patients_behind_title",
            table_name="patients_behind_table",
            first_width=280,
            parent=parent)
        self.count_label = count_label
        self.back_button.setAccessibleName(self.tr("Tillbaka till uppföljningen"))
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.table.setAccessibleDescription(
            self.tr("Enter öppnar patientkortet. Esc går tillbaka till uppföljningen."))


class DashboardView(DrillDown, QWidget):
    open_patient_requested = Signal(int)  # patient id
    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Uppföljning"))
        self.loaded = False
        self.loading = False
        self.orderer_rows: list | None = None
        self._generation = 0  # a newer reading makes the answers of older ones stale
        self.shown_period: tuple[date, date] | None = None
        self.behind_id: str | None = None  # the indicator whose patients are listed

        # --- period and orderer ---------------------------------------------------------------------
        self.period_box = QComboBox(objectName="period_box")
        self.period_box.setAccessibleName(self.tr("Period"))
        for label, key in period_choices(ctx.today):
            self.period_box.addItem(label, key)
        self.orderer_box = QComboBox(objectName="orderer_box")
        self.orderer_box.setAccessibleName(self.tr("Beställare"))
        self.orderer_box.setToolTip(self.tr("Målen och statusen gäller beställarens avtal för året (R-RP-2)."))
        self.orderer_box.setMinimumContentsLength(44)
        self.orderer_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.refresh_button = QPushButton(self.tr("&Uppdatera"), objectName="dashboard_refresh")
        self.refresh_button.setAccessibleName(self.tr("Uppdatera indikatorerna"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        for text, box in ((self.tr("Pe&riod:"), self.period_box), (self.tr("&Beställare:"), self.orderer_box)):
            label = QLabel(text)
            label.setBuddy(box)
            top.addWidget(label)
            top.addWidget(box)
            top.addSpacing(12)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.state_label = QLabel(objectName="dashboard_state")
        self.state_label.setWordWrap(True)

        # --- the indicators -------------------------------------------------------------------------
        self.model = IndicatorTableModel(self)
        self.table = RowTable(objectName="indicator_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Indikatorer"))
        self.table.setAccessibleDescription(
            self.tr("Piltangenterna flyttar mellan indikatorerna. Enter visar patienterna bakom siffran."))
        set_up_row_table(self.table)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.setItemDelegateForColumn(COL_TREND, TrendDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        fm, icon = self.fontMetrics(), self.style().pixelMetric(self.style().PixelMetric.PM_SmallIconSize)
        basis = max(self.tr("12 345 av 12 345"), QCoreApplication.translate("dashboard_model", MEAN_OF["listed_choice"])
                    .format(count=12), key=fm.horizontalAdvance)
        for column, sample, extra in ((COL_VALUE, "1 234,5 %", 0),
                                      (COL_BASIS, basis, 0),
                                      (COL_TARGET, self.tr("minst 100,0 %"), 0),
                                      (COL_STATUS, self.tr("Ej uppfyllt"), icon + 8),
                                      (COL_TREND, self.tr("24 månader, trend"), 0)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(fm.horizontalAdvance(sample) + extra, header.sectionSizeHint(column)) + 16)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        # --- the selected indicator -----------------------------------------------------------------
        self.detail_title = QLabel(objectName="detail_title")
        self.detail_title.setWordWrap(True)
        title_font = QFont(self.detail_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.detail_title.setFont(title_font)
        self.detail_value = QLabel(objectName="detail_value")
        self.detail_value.setWordWrap(True)
        value_font = QFont(self.detail_value.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 1.1)
        self.detail_value.setFont(value_font)
        self.detail_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.definition_label = QLabel(objectName="definition_label")
        self.definition_label.setWordWrap(True)
        self.definition_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.definition_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.definition_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chart = TrendChart()
        self.chart.setMinimumHeight(9 * self.fontMetrics().height())
        self.patients_button = QPushButton(self.tr("Visa patienterna bakom &siffran"), objectName="patients_button")
        self.patients_button.setAccessibleName(self.tr("Visa patienterna bakom siffran"))
        self.patients_button.setAutoDefault(False)
        self.patients_button.clicked.connect(lambda: self.show_patients(current_row(self.table)))
        detail = QWidget(objectName="indicator_detail")
        detail.setAccessibleName(self.tr("Vald indikator"))
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_value)
        detail_layout.addWidget(self.chart, 3)
        definition = QScrollArea(objectName="definition_scroll")  # a long definition never squeezes the chart away
        definition.setWidgetResizable(True)
        definition.setFrameShape(QFrame.Shape.NoFrame)
        definition.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        definition.setWidget(self.definition_label)
        detail_layout.addWidget(definition, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.patients_button)
        detail_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="dashboard_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False

        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addLayout(top)
        overview_layout.addWidget(self.state_label)
        overview_layout.addWidget(self.splitter, 1)

        # --- the patients behind a number -----------------------------------------------------------
        layout = QVBoxLayout(self)
        layout.addWidget(self.set_up_drill_down(overview, self.table, PatientsBehindPage()))

        self.period_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.orderer_box.currentIndexChanged.connect(lambda _i: self.loaded and self.reload())
        self._show_detail()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # the first time the table gets all but a narrow column: the names fit
            self._sized = True
            width, detail = self.splitter.width(), 30 * self.fontMetrics().averageCharWidth() + 120
            self.splitter.setSizes([width - detail, detail])

    # --- loading --------------------------------------------------------------------------------
    def page_shown(self) -> None:
        """Read the first time the page is shown; afterwards on Uppdatera or a new choice."""
        if not self.loaded:
            self.reload()
        self.focus_current()

    def period(self) -> tuple[date, date]:
        return period_dates(self.period_box.currentData(), self.ctx.today)

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        first, last = self.period()
        ctx, orderer_id = self.ctx, self.orderer_box.currentData()
        self.loading = True
        self.state_label.setText(QCoreApplication.translate("dashboard_view", LOADING_TEXT))
        self.refresh_button.setEnabled(False)

        def read(_progress, _cancelled) -> Loaded:
            loaded = Loaded(indicator_service.indicator_values(ctx, first, last), orderer_service.orderers(ctx))
            ids = [row.id for row in loaded.orderers]  # read each time: another workstation may add one
            chosen = orderer_id if orderer_id in ids else (ids[0] if ids else None)
            if chosen is not None:
                loaded.statuses = orderer_service.target_statuses(ctx, chosen, last.year, loaded.values)
                loaded.targets = orderer_service.targets(ctx, chosen, last.year)
            loaded.chosen = chosen
            return loaded

        BackgroundTask(self, read, lambda result: self._loaded(generation, (first, last), result),
                       lambda exc: self._failed(generation, exc)).run()

    def _loaded(self, generation: int, period: tuple[date, date], loaded: Loaded) -> None:
        if generation != self._generation:
            return
        self.loaded, self.loading, self.shown_period = True, False, period
        self.refresh_button.setEnabled(True)
        self._fill_orderers(loaded.orderers, loaded.chosen)
        keep = max(current_row(self.table), 0)
        by_id = {v.id: v for v in loaded.values}
        months = trend_months(period[1])
        lines = []
        for indicator_id, definition in DEFINITIONS.items():
            status, target_text = loaded.statuses.get(indicator_id, (None, ""))
            target = loaded.targets.get(indicator_id)
            lines.append(IndicatorLine(definition, by_id.get(indicator_id), status, target_text,
                                       target.value if target is not None else None, months))
        self.model.set_lines(lines)
        select_row(self.table, min(keep, len(lines) - 1))
        self._show_state()
        self._show_detail()
        self._load_series(generation, months)

    def _fill_orderers(self, rows: list, chosen: int | None) -> None:
        self.orderer_rows = rows
        self.orderer_box.blockSignals(True)
        self.orderer_box.clear()
        for row in rows:
            self.orderer_box.addItem(row.name, row.id)
        self.orderer_box.setCurrentIndex(max(self.orderer_box.findData(chosen), 0))
        self.orderer_box.blockSignals(False)
        self.orderer_box.setEnabled(bool(rows))

    def _show_state(self) -> None:
        first, last = self.shown_period or self.period()
        text = self.tr("Perioden {first} – {last}.").format(first=long_date(first), last=long_date(last))
        if not self.orderer_rows:
            text += " " + QCoreApplication.translate("dashboard_view", NO_ORDERER_TEXT)
        else:
            counts = {key: sum(1 for line in self.model.lines if line.status == key) for key in STATUSES}
            if any(counts.values()):
                text += (self.tr(" Mot målen: ")
                         + ", ".join(f"{domain_text(STATUSES[k]).lower()} {n}" for k, n in counts.items()) + ".")
            else:
                text += self.tr(" {orderer} har inga mål för {year}.").format(orderer=self.orderer_box.currentText(),
                                                                              year=last.year)
        self.state_label.setText(text)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.state_label.setText(QCoreApplication.translate("dashboard_view", FAILED_TEXT))
        show_error(self.window(), exc)

    def _load_series(self, generation: int, months: list[date]) -> None:
        """The trend lines, one month at a time, the newest first, once the values are on screen.

        One reading per month gives every indicator its value for that month (what
        services.indicators.monthly_series reads one indicator at a time): the revision figures of a
        past month are computed once for all of them, and each month shows as soon as it is read."""
        if not months or generation != self._generation:
            return
        ctx, month = self.ctx, months[-1]

        def done(values: list[Value]) -> None:
            if generation == self._generation:
                self.model.set_month(month, values)
                self._show_detail()
                self._load_series(generation, months[:-1])

        def failed(exc: BaseException) -> None:  # the values stand; the month is a gap in the lines
            log.error("the indicators of %s could not be read: %r", month.isoformat(), exc)
            done([])

        BackgroundTask(self, lambda _p, _c: indicator_service.indicator_values(ctx, month.replace(day=1), month),
                       done, failed).run()

    # --- the selected indicator -----------------------------------------------------------------
    def current_line(self) -> IndicatorLine | None:
        return self.model.line(current_row(self.table))

    def _show_detail(self) -> None:
        line = self.current_line()
        if line is None:
            self.detail_title.setText(self.tr("Uppföljning") if not self.loading
                                      else QCoreApplication.translate("dashboard_view", LOADING_TEXT))
            self.detail_value.clear()
            self.definition_label.clear()
            self.chart.set_series([], [])
            self.patients_button.setEnabled(False)
            return
        d = line.definition
        self.detail_title.setText(domain_text(d.name))
        value = value_text(d, line.value.value if line.value else None)
        basis = basis_text(line.value, d)
        status = status_word(line.status, line.target_text)
        target = f"{shown_text(line.target_text)}: {status}" if line.target_text else status
        self.detail_value.setText(f"{value}" + (f" ({basis})" if basis else "") + f" · {target}")
        parts = " · ".join(
            f"{escape(name)}\u00a0{part_text(v)}" for name, v in (line.value.parts if line.value else ()))
        self.definition_label.setText(
            definition_html(d) + (self.tr("<br><b>Delvärden:</b> {parts}").format(parts=parts) if parts else ""))
        self.chart.setAccessibleName(
            self.tr("{name}, de senaste {months} månaderna").format(name=domain_text(d.name), months=TREND_MONTHS))
        self.chart.set_series(line.series_months,
                              line.series_values,
                              lambda v: value_text(d, v),
                              line.target,
                              empty_text=self.tr("Läser in månaderna …") if not line.series_read
                              else self.tr("Inget att mäta under månaderna"))
        self.patients_button.setEnabled(has_patients(d.id) and may(self.ctx, PATIENT_READ))
        self.patients_button.setToolTip(
            QCoreApplication.translate("dashboard_view", NO_PATIENT_LIST) if not has_patients(d.id)
            else self.tr("Samma sak som Enter i tabellen. Listan loggas i åtkomstloggen (R-SE-2).")
            if may(self.ctx, PATIENT_READ) else QCoreApplication.translate("drill_down", NOT_ALLOWED))

    # --- the patients behind a number -----------------------------------------------------------
    def show_patients(self, row: int) -> bool:
        """List the patients behind the indicator on `row` (read in the background, access-logged)."""
        line = self.model.line(row)
        if line is None:
            return False
        if not has_patients(line.definition.id) or not may(self.ctx, PATIENT_READ):
            self.status_message.emit(
                QCoreApplication.translate("dashboard_view", NO_PATIENT_LIST) if not has_patients(line.definition.id)
                else QCoreApplication.translate("drill_down", NOT_ALLOWED))
            return False
        first, last = self.shown_period or self.period()
        page, ctx, indicator_id = self.patients_page, self.ctx, line.definition.id
        self.behind_id = indicator_id
        page.count_label.setText(self.tr("Hämtar patienterna …"))
        value = value_text(line.definition, line.value.value if line.value else None)
        self.enter_patients(f"{domain_text(line.definition.name)}: {value} ({long_date(first)} – {long_date(last)})")

        def done(refs: list) -> None:
            if self.behind_id != indicator_id:
                return
            self.list_patients(refs)
            page.count_label.setText(patients_text(len(refs)))

        def failed(exc: BaseException) -> None:
            if self.behind_id != indicator_id:
                return
            page.count_label.setText(self.tr("Patienterna kunde inte hämtas just nu."))
            show_error(self.window(), exc)

        BackgroundTask(self, lambda _p, _c: indicator_service.patients_behind(ctx, indicator_id, first, last),
                       done, failed).run()
        return True

    def show_overview(self) -> None:
        self.behind_id = None
        super().show_overview()


def add_dashboard_page(window) -> DashboardView:
    """The main window's hook: the "Uppföljning" tab, and Ctrl+8 in the Visa menu."""
    view = DashboardView(window.ctx)
    window.dashboard_page_action = add_drill_down_page(
        window,
        view,
        QCoreApplication.translate("dashboard_view", "Uppföljning"),
        QCoreApplication.translate("dashboard_view", "&Uppföljning"),
        "Ctrl+8",
        QCoreApplication.translate("dashboard_view",
                                   "Indikatorerna mot beställarens mål, trender och patienterna bakom siffrorna"))
    return view
