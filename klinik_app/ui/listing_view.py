"""The Listning page: the clinic's listings, filtered, with the actions on a listing and the month chart.

Keyboard: Alt + the underlined letter reaches every filter and button; a filter applies as soon as
it changes; in the table Enter (or a double-click) opens the patient's card. The filters are built
before the page is first shown and filled with data then (`ensure_loaded`), so the window's size
never jumps and nothing is read until the page is used.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QObject, QTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.listing import ERROR, LISTING_TYPE_LABELS, STATUS_LABELS
from klinik_app.services import listing_view as view_service
from klinik_app.services.context import ServiceContext
from klinik_app.services.listing_view import NO_DENTIST, FilterOptions, ListingFilter, ListingRow
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error, shown_text
from klinik_app.ui.i18n import ui_locale
from klinik_app.ui.listing_dialogs import CorrectListingDialog, EndListingDialog, ListingStopDialog
from klinik_app.ui.listing_model import (
    COL_DENTIST,
    COL_END,
    COL_MUNICIPALITY,
    COL_NAME,
    COL_PNR,
    COL_REASON,
    COL_START,
    COL_STATUS,
    COL_TYPE,
    ListingTableModel,
)
from klinik_app.ui.tasks import BackgroundTask
from klinik_app.ui.row_tables import RowTable, current_row, select_row, set_up_row_table

try:  # R-LI-8's chart and export (services/snapshots.py, ui/month_chart.py)
    from klinik_app.services import snapshots as snapshot_service
    from klinik_app.ui.month_chart import MonthChart
except ImportError:  # pragma: no cover - only while those modules are not there
    snapshot_service = None
    MonthChart = None

log = logging.getLogger(__name__)

SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
ALL = QT_TRANSLATE_NOOP("listing_view", "Alla")
CHART_MONTHS = 24
NO_DENTIST_LABEL = QT_TRANSLATE_NOOP("listing_view", "Ingen ansvarig tandläkare")
EMPTY_TEXT = QT_TRANSLATE_NOOP("listing_view", "Inga listningar matchar filtret.")

_COLUMN_SAMPLES = {
    COL_PNR: "20201231-0000",
    COL_NAME: "Andersson-Lindqvist, Karl-Johan",
    COL_TYPE: QT_TRANSLATE_NOOP("listing_view", "Icke-val"),
    COL_STATUS: QT_TRANSLATE_NOOP("listing_view", "Felregistrerad"),
    COL_START: "2026-12-01",
    COL_END: "2026-12-01",
    COL_REASON: QT_TRANSLATE_NOOP("listing_view", "Omflyttad inom länet (icke-val)"),
    COL_DENTIST: "Cecilia Pettersson",
    COL_MUNICIPALITY: "Skellefteå",
}


def listings_text(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("listing_view", EMPTY_TEXT)
    return (QCoreApplication.translate("listing_view", "1 listning") if count == 1
            else QCoreApplication.translate("listing_view", "{count} listningar").format(count=SWEDISH.toString(count)))


def month_label(month_end: date, today: date) -> str:
    name = ui_locale().standaloneMonthName(month_end.month, QLocale.FormatType.LongFormat)
    text = f"{name} {month_end.year}"
    return (QCoreApplication.translate("listing_view", "{month} (pågår)").format(month=text)
            if month_end >= today >= month_end.replace(day=1) else text)


class ListingView(QWidget):
    open_patient_requested = Signal(int)  # patient id
    status_message = Signal(str)  # something done, for the status bar
    listings_changed = Signal()  # a listing was ended or corrected

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Listning"))
        self.loaded = False
        self.options: FilterOptions | None = None
        self.model = ListingTableModel(ctx, self, load=False)
        self.model.load_failed.connect(self._load_failed)
        self._showing_error = False
        self.dialog = None  # the open dialog, if any (tests and the main window look at it)

        # --- filters ----------------------------------------------------------------------------
        self.type_box = self._filter_box("type_filter", self.tr("Typ av listning"), 10)
        self.status_box = self._filter_box("status_filter", self.tr("Status"), 14)
        self.dentist_box = self._filter_box("dentist_filter", self.tr("Ansvarig tandläkare"), 22)
        self.municipality_box = self._filter_box("municipality_filter", self.tr("Kommun"), 12)
        self.month_box = self._filter_box("month_filter", self.tr("Listade på månadens sista dag"), 18)
        self.month_box.setToolTip(self.tr("Visa de listningar som gällde på månadens sista dag (R-LI-8)."))
        self.type_box.addItem(QCoreApplication.translate("listing_view", ALL), None)
        for code, label in LISTING_TYPE_LABELS.items():
            self.type_box.addItem(domain_text(label), code)
        self.status_box.addItem(QCoreApplication.translate("listing_view", ALL), None)
        for code, label in STATUS_LABELS.items():
            self.status_box.addItem(domain_text(label), code)
        self.status_box.setToolTip(
            self.tr("Status efter datum: planerad innan vårdansvaret börjar, avslutad efter slutdatumet."))
        filters = QGridLayout()
        filters.setHorizontalSpacing(12)
        for column, (text, box) in enumerate((
            (self.tr("&Typ:"), self.type_box),
            (self.tr("Stat&us:"), self.status_box),
            (self.tr("Ansvarig ta&ndläkare:"), self.dentist_box),
            (self.tr("&Kommun:"), self.municipality_box),
            (self.tr("&Månad:"), self.month_box),
        )):
            label = QLabel(text)
            label.setBuddy(box)
            filters.addWidget(label, 0, column)
            filters.addWidget(box, 1, column)
            filters.setColumnStretch(column, 1)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(0)  # once the queued key presses are handled: one query
        self._filter_timer.timeout.connect(self.apply_filter)

        self.count_label = QLabel(objectName="listing_count_label")
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # --- table ------------------------------------------------------------------------------
        self.table = RowTable(objectName="listing_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Listningar"))
        self.table.setAccessibleDescription(self.tr("Enter öppnar patientkortet för den valda listningen."))
        set_up_row_table(self.table)
        self._size_columns()
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        # --- actions ----------------------------------------------------------------------------
        self.end_button = QPushButton(self.tr("Avsluta &listning…"), objectName="end_button")
        self.end_button.setAccessibleName(self.tr("Avsluta listning"))
        self.correct_button = QPushButton(self.tr("&Rätta (felregistrerad)…"), objectName="correct_button")
        self.correct_button.setAccessibleName(self.tr("Rätta felregistrerad listning"))
        self.correct_button.setToolTip(self.tr("Markera en listning som registrerades av misstag som felregistrerad."))
        self.stop_button = QPushButton(self.tr("Listnings&stopp…"), objectName="stop_button")
        self.stop_button.setAccessibleName(self.tr("Listningsstopp"))
        self.stop_button.setToolTip(self.tr("Visa, anmäl eller upphäv klinikens listningsstopp (R-LI-5)."))
        for button in (self.end_button, self.correct_button, self.stop_button):
            button.setAutoDefault(False)
        self.end_button.clicked.connect(self.end_selected)
        self.correct_button.clicked.connect(self.correct_selected)
        self.stop_button.clicked.connect(self.open_listing_stop)
        actions = QHBoxLayout()
        actions.addWidget(self.end_button)
        actions.addWidget(self.correct_button)
        actions.addStretch(1)
        actions.addWidget(self.stop_button)

        # --- the month chart (R-LI-8) -----------------------------------------------------------
        self.chart_area = QWidget(objectName="chart_area")
        self.chart_area.setAccessibleName(self.tr("Listade per månad"))
        chart_layout = QVBoxLayout(self.chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_head = QHBoxLayout()
        title = self.tr("Listade patienter per månad, de senaste {months} månaderna (R-LI-8)")
        self.chart_title = QLabel(title.format(months=CHART_MONTHS))
        self.chart_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        chart_head.addWidget(self.chart_title, 1)
        self.export_button: QPushButton | None = None
        if snapshot_service is not None and hasattr(snapshot_service, "export_month_counts_csv"):
            self.export_button = QPushButton(self.tr("&Exportera CSV…"), objectName="export_button")
            self.export_button.setAccessibleName(self.tr("Exportera listade per månad som CSV"))
            self.export_button.setToolTip(
                self.tr("Spara de avslutade månaderna av de senaste {months} som CSV (semikolon, UTF-8) för Excel "
                        "och avstämning med regionen. Pågående månad tas inte med.").format(months=CHART_MONTHS))
            self.export_button.setAutoDefault(False)
            self.export_button.clicked.connect(self.export_csv)
            chart_head.addWidget(self.export_button)
        chart_layout.addLayout(chart_head)
        self.chart = None
        if MonthChart is not None and snapshot_service is not None:
            self.chart = MonthChart()
            self.chart.setMinimumHeight(8 * self.fontMetrics().height())  # a small window keeps its table
            chart_layout.addWidget(self.chart, 1)
        else:
            self.chart_area.hide()

        table_part = QWidget()
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="listing_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table_part)
        self.splitter.addWidget(self.chart_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, True)  # the chart can be dragged smaller, or away
        self._sized = False

        top = QVBoxLayout(self)
        top.addLayout(filters)
        top.addWidget(self.count_label)
        top.addWidget(self.splitter, 1)
        self._update_buttons()
        for box in self._boxes():
            box.currentIndexChanged.connect(lambda _i: self._filter_timer.start())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # the table gets three quarters of the height the first time
            self._sized = True
            height = self.splitter.height()
            self.splitter.setSizes([height - height // 4, height // 4])

    def _filter_box(self, object_name: str, name: str, chars: int) -> QComboBox:
        box = QComboBox(objectName=object_name)
        box.setAccessibleName(name)
        # A fixed size hint, whatever the items: the page never changes the window's minimum size.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(chars)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return box

    def _boxes(self) -> tuple[QComboBox, ...]:
        return (self.type_box, self.status_box, self.dentist_box, self.municipality_box, self.month_box)

    # --- loading --------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Read the filter choices, count and show the first page (the first time the page is shown)."""
        if self.loaded:
            return
        try:
            self.options = view_service.filter_options(self.ctx)
        except Exception as exc:
            log.exception("reading the listing filters failed")
            show_error(self.window(), exc)
            return
        self.loaded = True
        self._fill_options(self.options)
        self.apply_filter()
        self.load_chart()

    def _fill_options(self, options: FilterOptions) -> None:
        for box in (self.dentist_box, self.municipality_box, self.month_box):
            box.blockSignals(True)
            box.clear()
            box.addItem(QCoreApplication.translate("listing_view", ALL), None)
        for hsa_id, name in options.dentists:
            self.dentist_box.addItem(shown_text(name), hsa_id)
        if options.has_no_dentist:
            self.dentist_box.addItem(
                QCoreApplication.translate("listing_view", NO_DENTIST_LABEL) + self.tr(" (R-LI-6)"), NO_DENTIST)
        for code, name in options.municipalities:
            self.municipality_box.addItem(name, code)
        for month_end in options.month_ends:  # as text: findData cannot match a Python date
            self.month_box.addItem(month_label(month_end, self.ctx.today), month_end.isoformat())
        for box in (self.dentist_box, self.municipality_box, self.month_box):
            box.blockSignals(False)

    def current_filter(self) -> ListingFilter:
        return ListingFilter(
            listing_type=self.type_box.currentData(),
            status=self.status_box.currentData(),
            responsible_dentist=self.dentist_box.currentData(),
            municipality_code=self.municipality_box.currentData(),
            month_end=date.fromisoformat(self.month_box.currentData()) if self.month_box.currentData() else None,
        )

    def apply_filter(self) -> None:
        """Show the listings of the filters as they are set now."""
        self._filter_timer.stop()
        if not self.loaded:
            return
        try:
            self.model.set_filter(self.current_filter())
        except Exception as exc:  # a database failure: say so; the table keeps what it showed
            log.exception("filtering the listings failed")
            show_error(self.window(), exc)
            return
        self._after_reset(0)

    def refresh(self, keep_row: int | None = None) -> None:
        """Read again (after a change here or to see other workstations' changes)."""
        if not self.loaded:
            return
        row = self.current_row() if keep_row is None else keep_row
        try:
            self.model.refresh()
        except Exception as exc:
            log.exception("refreshing the listings failed")
            show_error(self.window(), exc)
            return
        self._after_reset(max(row, 0))

    def _after_reset(self, row: int) -> None:
        text = listings_text(self.model.total)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(self.tr("Visas: {count}").format(count=text))
        self._select_row(min(row, self.model.rowCount() - 1))
        self._update_buttons()

    def load_chart(self) -> None:
        """The month chart, read in the background (a region's 24 months take a moment)."""
        if self.chart is None:
            return
        first, last = self._chart_months()
        ctx = self.ctx

        def read(_progress, _cancelled):
            # Completed months not taken yet are taken first (R-LI-8; once each, about a second the
            # first time at region scale): else every bar would be drawn as preliminary.
            try:
                snapshot_service.take_month_snapshots(ctx)
            except Exception:  # the chart still shows the live figures, marked preliminary
                log.exception("taking the month-end snapshots failed")
            return snapshot_service.month_counts(ctx, first, last, by="type")

        BackgroundTask(self, read, self._chart_loaded, self._chart_failed).run()

    def _chart_months(self) -> tuple[date, date]:
        today = self.ctx.today
        index = today.year * 12 + today.month - 1 - (CHART_MONTHS - 1)
        return date(index // 12, index % 12 + 1, 1), today

    def _chart_loaded(self, counts) -> None:
        if self.chart is not None:
            self.chart.set_counts(counts)

    def _chart_failed(self, exc: BaseException) -> None:
        log.error("the month chart could not be read: %r", exc)
        self.chart_title.setText(self.tr("Diagrammet över listade per månad kunde inte läsas just nu."))

    # --- selection ------------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        select_row(self.table, row)

    def current_row(self) -> int:
        return current_row(self.table)

    def selected_listing(self) -> ListingRow | None:
        row = self.current_row()
        return self.model.listing_row(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        listing = self.selected_listing()
        can_end = bool(listing and listing.is_current)
        can_correct = bool(listing and listing.status != ERROR)
        self.end_button.setEnabled(can_end)
        self.correct_button.setEnabled(can_correct)
        if listing is None:
            why = self.tr("Välj en listning i tabellen först.")
            self.end_button.setToolTip(why)
            self.correct_button.setToolTip(why)
            return
        self.end_button.setToolTip(
            self.tr("Registrera att listningen upphör, med slutdatum och orsak.") if can_end
            else self.tr("Listningen är redan avslutad eller felregistrerad."))
        self.correct_button.setToolTip(
            self.tr("Markera en listning som registrerades av misstag som felregistrerad.") if can_correct
            else self.tr("Listningen är redan markerad som felregistrerad."))

    def open_row(self, row: int) -> None:
        listing = self.model.listing_row(row)
        if listing is not None:
            self.open_patient_requested.emit(listing.patient_id)

    def focus_table(self) -> None:
        if self.model.rowCount() and self.current_row() < 0:
            self._select_row(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions --------------------------------------------------------------------------------
    def end_selected(self) -> EndListingDialog | None:
        listing = self.selected_listing()
        if listing is None or not listing.is_current:
            return None
        dialog = EndListingDialog(self.ctx, listing, self.window())
        row = self.current_row()

        def ended() -> None:
            last = dialog.date_edit.date().toPython()
            when = (self.tr("är avslutad") if last < self.ctx.today
                    else self.tr("avslutas, sista dag {last}").format(last=last.isoformat()))
            self._changed(row, self.tr("Listningen för {name} {when}.").format(name=listing.name, when=when))

        dialog.accepted.connect(ended)
        dialog.kept_saved.connect(lambda text: self._changed(row, text))  # another workstation's save stands
        return self._open(dialog)

    def correct_selected(self) -> CorrectListingDialog | None:
        listing = self.selected_listing()
        if listing is None or listing.status == ERROR:
            return None
        dialog = CorrectListingDialog(self.ctx, listing, self.window())
        row = self.current_row()

        def corrected() -> None:
            where = (self.tr("Rättelsen är köad för regionens listningssystem.") if dialog.sent_to_region
                     else self.tr("Rättelsen sparades bara lokalt (skyddad identitet)."))
            self._changed(row,
                          self.tr("Listningen för {name} är markerad som felregistrerad. {where}").format(
                              name=listing.name, where=where))

        dialog.accepted.connect(corrected)
        dialog.kept_saved.connect(lambda text: self._changed(row, text))
        return self._open(dialog)

    def open_listing_stop(self) -> ListingStopDialog:
        dialog = ListingStopDialog(self.ctx, self.window())
        dialog.changed.connect(self.status_message.emit)
        return self._open(dialog)

    def _open(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, row: int, message: str) -> None:
        self.refresh(keep_row=row)
        self.load_chart()
        self.status_message.emit(message)
        self.listings_changed.emit()

    def export_csv(self) -> None:
        if snapshot_service is None:
            return
        first, last = self._chart_months()
        path, _filter = QFileDialog.getSaveFileName(
            self.window(), self.tr("Exportera listade per månad"), f"listade-per-manad-{last:%Y-%m}.csv",
            self.tr("CSV-filer (*.csv)"))
        if not path:
            return
        try:
            result = snapshot_service.export_month_counts_csv(self.ctx, path, first, last, by="all")
        except Exception as exc:
            log.exception("exporting the month counts failed")
            show_error(self.window(), exc)
            return
        left_out = (self.tr(" Pågående månad togs inte med: siffrorna kan ändras till månadens slut.")
                    if result.preliminary_left_out else "")
        self.status_message.emit(self.tr("{months} månader ({rows} rader) exporterade till {path}.{left_out}").format(
                                     months=result.months, rows=result.rows, path=path, left_out=left_out))

    # --- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_row(self.current_row())
                return True
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.horizontalAdvance("M")
        for column, sample in _COLUMN_SAMPLES.items():
            header.resizeSection(
                column, metrics.horizontalAdvance(QCoreApplication.translate("listing_view", sample)) + padding)
        # Never ResizeToContents: it would read every row of a region's listings.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def _load_failed(self, exc: BaseException) -> None:
        if self._showing_error:
            return
        self._showing_error = True
        try:
            show_error(self.window(), exc)
        finally:
            self._showing_error = False
