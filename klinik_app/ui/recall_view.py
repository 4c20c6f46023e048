"""The Kallelser page: the recall worklist of a period, and what reception does with it (R-RV).

Who is due (or overdue) for a revision in the period, why (the binding rule in words for the
current row), and the contact status; on the selected rows: write the summons letters (one PDF,
one letter per household, as a background task that can be cancelled), mark the outcome of a
contact, pause a recall until a date, set the clinic's own date, read the contact history.

Keyboard: Ctrl+3 shows the page with the keyboard in the table; Alt + the underlined letter
reaches every filter and button; Enter (or a double-click) opens the patient's card; Ctrl+A
selects every row; Ctrl+P writes the summons of the selection; the context menu (right click,
Shift+F10 or the menu key) has the actions too. A filter applies as soon as it changes.

The page calls services only (services.recall, services.summons, services.listing_view for the
filter choices) and is filled the first time it is shown (`ensure_loaded`).
"""

from __future__ import annotations

import calendar
import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.dates import add_months
from klinik_app.domain.listing import LISTING_TYPE_LABELS
from klinik_app.letters import Cancelled
from klinik_app.services import listing_view as listing_view_service
from klinik_app.services import recall
from klinik_app.services import summons as summons_service
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import UsageError
from klinik_app.services.recall import (
    BOOKED,
    DECLINED,
    NOT_CONTACTED,
    PAUSED,
    PAUSED_LABEL,
    STATUS_LABELS,
    SUMMONED,
    UNREACHABLE,
    WorkItem,
    WorklistFilter,
)
from klinik_app.services.summons import SummonsResult
from klinik_app.ui.appointment_actions import book_from_recall
from klinik_app.ui.changed_elsewhere import KEPT, KEPT_TEXT, SAVED, save_with_conflict_check
from klinik_app.ui.documents import ask_pdf_path
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error, shown_text, translated
from klinik_app.ui.listing_dialogs import SWEDISH, date_edit, to_qdate
from klinik_app.ui.recall_dialogs import ContactHistoryDialog, ManualHandlingDialog, OverrideDialog, PauseDialog
from klinik_app.ui.recall_model import (
    COLUMNS,
    COL_DENTIST,
    COL_DENTIST_NEEDED,
    COL_DUE,
    COL_LISTING,
    COL_MUNICIPALITY,
    COL_NAME,
    COL_OVERDUE,
    COL_PNR,
    COL_RULE,
    COL_STATUS,
    RecallTableModel,
    details,
)
from klinik_app.ui.tasks import BackgroundTask
from klinik_app.ui.row_tables import RowTable, current_row, set_up_row_table

log = logging.getLogger(__name__)

ALL = QT_TRANSLATE_NOOP("recall_view", "Alla")
REMINDER = "reminder"  # the worklist filter's status for "a reminder is due"
NO_DENTIST_LABEL = QT_TRANSLATE_NOOP("recall_view", "Ingen ansvarig tandläkare (R-LI-6)")
EMPTY_TEXT = QT_TRANSLATE_NOOP("recall_view", "Inga patienter att kalla med de här filtren.")
NO_ROW_TEXT = QT_TRANSLATE_NOOP("recall_view", "Välj en patient i listan för att se varför revisionen infaller då.")
CANCELLED_TEXT = QT_TRANSLATE_NOOP("recall_view", "Utskriften avbröts; inga kallelser registrerades.")
FILTER_DELAY_MS = 150  # a date typed digit by digit is read once, when the typing pauses

THIS_MONTH, NEXT_MONTH, THREE_MONTHS, CUSTOM = "this", "next", "three", "custom"
PERIODS = ((THIS_MONTH, QT_TRANSLATE_NOOP("recall_view", "Denna månad")),
           (NEXT_MONTH, QT_TRANSLATE_NOOP("recall_view", "Nästa månad")),
           (THREE_MONTHS, QT_TRANSLATE_NOOP("recall_view", "Tre månader")),
           (CUSTOM, QT_TRANSLATE_NOOP("recall_view", "Eget intervall")))
REMINDER_LABEL = QT_TRANSLATE_NOOP("recall_view", "Påminnelse ska skickas")


def status_choices() -> list[tuple[str, str]]:
    """The status filter's choices in the window's language (the service's labels, and "a reminder is due")."""
    labels = {**STATUS_LABELS, PAUSED: PAUSED_LABEL}
    return [(code, QCoreApplication.translate("recall_view", REMINDER_LABEL) if code == REMINDER
             else domain_text(labels[code]))
            for code in (NOT_CONTACTED, SUMMONED, REMINDER, BOOKED, DECLINED, UNREACHABLE, PAUSED)]

# Widths for the common rows: the window's 1200 pixels show every column. Longer texts (a rule of
# R-RV-2) are elided; their full words are in the tooltip and the detail line.
_COLUMN_SAMPLES = {
    COL_DUE: "2026-12-20",
    COL_OVERDUE: "9999",
    COL_NAME: "Andersson, Sebastian",
    COL_PNR: "20201231-0000",
    COL_DENTIST_NEEDED: "Tandläkare",
    COL_RULE: "Tandläkare krävs (R-RV-3)",
    COL_STATUS: "Kallad 1 gång, senast 2026-12-06",
    COL_DENTIST: "Katarina Persson",
    COL_LISTING: "Icke-val",
    COL_MUNICIPALITY: "Skellefteå",
}
OVERRIDE_SAMPLE = "2026-12-20 (beräknat 2027-10-10)"  # the date column when staff have set a date of their own


def month_last(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def period_dates(choice: str, today: date) -> tuple[date, date]:
    """The first and last day of a quick choice: this month, next month, this and the next two."""
    first = today.replace(day=1)
    if choice == NEXT_MONTH:
        first = add_months(first, 1)
        return first, month_last(first)
    if choice == THREE_MONTHS:
        return first, month_last(add_months(first, 2))
    return first, month_last(first)


def count_text(total: int, overdue: int) -> str:
    if total == 0:
        return QCoreApplication.translate("recall_view", EMPTY_TEXT)
    patients = _patients(total, SWEDISH.toString(total))
    if overdue == 0:
        text = QCoreApplication.translate("recall_view", "{patients}, ingen försenad")
    elif overdue == 1:
        text = QCoreApplication.translate("recall_view", "{patients}, varav 1 försenad")
    else:
        text = QCoreApplication.translate("recall_view", "{patients}, varav {overdue} försenade")
    return text.format(patients=patients, overdue=SWEDISH.toString(overdue))


def _patients(n: int, shown: str | None = None) -> str:
    """'1 patient', '12 patienter' ('1 234 patienter' when `shown` is the grouped number)."""
    if n == 1:
        return QCoreApplication.translate("recall_view", "1 patient")
    return QCoreApplication.translate("recall_view", "{count} patienter").format(count=shown or n)


class RecallView(QWidget):
    open_patient_requested = Signal(int)  # patient id
    status_message = Signal(str)  # something done, for the status bar

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Kallelser"))
        self.loaded = False
        self.model = RecallTableModel(self)
        self.dialog = None  # the open dialog, if any (tests look at it)
        self.summons_task: BackgroundTask | None = None
        self.last_error: str | None = None  # a filter the service refused (shown in the count line)

        # --- period -------------------------------------------------------------------------------
        first, last = period_dates(THIS_MONTH, ctx.today)
        self.period_box = QComboBox(objectName="period_filter")
        self.period_box.setAccessibleName(self.tr("Period"))
        self.period_box.setToolTip(self.tr("Snabbval av period. Tre månader: denna och de två följande månaderna."))
        for code, label in PERIODS:
            self.period_box.addItem(QCoreApplication.translate("recall_view", label), code)
        self.first_edit = date_edit(first, name=self.tr("Från och med"), object_name="first_date")
        self.last_edit = date_edit(last, name=self.tr("Till och med"), object_name="last_date")
        for edit in (self.first_edit, self.last_edit):
            edit.setToolTip(self.tr("Revisioner som ska vara gjorda senast under perioden."))
        self.overdue_check = QCheckBox(self.tr("Ta &med försenade"), objectName="include_overdue")
        self.overdue_check.setChecked(True)
        self.overdue_check.setAccessibleName(self.tr("Ta med försenade"))
        self.overdue_check.setToolTip(self.tr("Visa också patienter vars revision skulle ha gjorts före periodens "
                                              "början."))
        period_row = QHBoxLayout()
        period_row.setSpacing(8)
        for text, widget in ((self.tr("Pe&riod:"), self.period_box), (self.tr("&Från:"), self.first_edit),
                             (self.tr("&Till:"), self.last_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            period_row.addWidget(label)
            period_row.addWidget(widget)
            period_row.addSpacing(8)
        period_row.addWidget(self.overdue_check)
        period_row.addStretch(1)

        # --- filters ------------------------------------------------------------------------------
        all_text = QCoreApplication.translate("recall_view", ALL)
        self.dentist_needed_box = self._filter_box("dentist_needed_filter", self.tr("Tandläkare krävs"), 6)
        for text, value in ((all_text, None), (self.tr("Ja"), True), (self.tr("Nej"), False)):
            self.dentist_needed_box.addItem(text, value)
        self.dentist_needed_box.setToolTip(self.tr("Ja: undersökningen måste göras av tandläkare (R-RV-3, R-RV-4, "
                                                   "R-RV-6)."))
        self.dentist_box = self._filter_box("dentist_filter", self.tr("Ansvarig tandläkare"), 18)
        self.municipality_box = self._filter_box("municipality_filter", self.tr("Kommun"), 11)
        self.type_box = self._filter_box("type_filter", self.tr("Listningstyp"), 8)
        self.type_box.addItem(all_text, None)
        for code, label in LISTING_TYPE_LABELS.items():
            self.type_box.addItem(domain_text(label), code)
        self.status_box = self._filter_box("status_filter", self.tr("Status"), 18)
        self.status_box.addItem(all_text, None)
        for code, label in status_choices():
            self.status_box.addItem(label, code)
        self.status_box.setToolTip(self.tr("Pausade kallelser visas bara under Pausad. Påminnelse ska skickas: "
                                           "kallad för länge sedan, utan svar."))
        self.overdue_spin = QSpinBox(objectName="overdue_filter")
        self.overdue_spin.setRange(0, 3650)
        self.overdue_spin.setSingleStep(30)
        self.overdue_spin.setSuffix(self.tr(" dagar"))
        self.overdue_spin.setSpecialValueText(self.tr("Av"))
        self.overdue_spin.setAccessibleName(self.tr("Försenad mer än, dagar"))
        self.overdue_spin.setToolTip(self.tr("Bara patienter vars revision är försenad mer än så många dagar: "
                                             "ersättningen (kapiteringen) för dem kan vara i fara. Av = alla."))
        self.overdue_spin.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        filters = QGridLayout()
        filters.setHorizontalSpacing(12)
        filters.setVerticalSpacing(2)
        for column, (text, widget, stretch) in enumerate((
            (self.tr("Tand&läkare krävs:"), self.dentist_needed_box, 1),
            (self.tr("Ansvarig ta&ndläkare:"), self.dentist_box, 3),
            (self.tr("&Kommun:"), self.municipality_box, 2),
            (self.tr("Listningst&yp:"), self.type_box, 1),
            (self.tr("&Status:"), self.status_box, 3),
            (self.tr("F&örsenad mer än:"), self.overdue_spin, 1),
        )):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, 0, column)
            filters.addWidget(widget, 1, column)
            filters.setColumnStretch(column, stretch)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)

        self.count_label = QLabel(QCoreApplication.translate("recall_view", EMPTY_TEXT),
                                  objectName="recall_count_label")
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.selection_label = QLabel(objectName="recall_selection_label")
        self.selection_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.selection_label)

        # --- table --------------------------------------------------------------------------------
        self.table = RowTable(objectName="recall_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Kallelselista"))
        self.table.setAccessibleDescription(self.tr("Enter öppnar patientkortet. Ctrl+A markerar alla, Ctrl+P "
                                                    "skriver kallelser för de markerade."))
        set_up_row_table(self.table, multi_select=True)  # the service's order: by date, then personnummer
        self._size_columns()
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

        no_row = QCoreApplication.translate("recall_view", NO_ROW_TEXT)
        self.detail_label = QLabel(no_row, objectName="recall_detail_label")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_label.setContentsMargins(6, 4, 6, 4)
        self.detail_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.detail_label.setFixedHeight(2 * self.fontMetrics().lineSpacing() + 14)  # two lines, never a jump
        self.detail_label.setAccessibleName(no_row)

        # --- actions --------------------------------------------------------------------------------
        self.write_button = self._button(
            self.tr("Skr&iv kallelser…"), "write_button", self.tr("Skriv kallelser"),
            self.tr("Skriv kallelsebrev för de markerade patienterna som en PDF, ett brev per hushåll, och "
                    "registrera dem som kallade (Ctrl+P)."), self.write_summons)
        self.booked_button = self._button(self.tr("&Bokad"), "booked_button", self.tr("Markera som bokad"),
                                          self.tr("Patienten har fått en tid."), lambda: self.mark(BOOKED))
        self.declined_button = self._button(self.tr("Avbö&jt"), "declined_button", self.tr("Markera som avböjt"),
                                            self.tr("Patienten (eller vårdnadshavaren) tackar nej."),
                                            lambda: self.mark(DECLINED))
        self.unreachable_button = self._button(self.tr("Ej n&åbar"), "unreachable_button",
                                               self.tr("Markera som ej nåbar"),
                                               self.tr("Patienten har inte gått att nå."),
                                               lambda: self.mark(UNREACHABLE))
        self.not_contacted_button = self._button(self.tr("&Ej kontaktad"), "not_contacted_button",
                                                 self.tr("Markera som ej kontaktad"),
                                                 self.tr("Tillbaka till ej kontaktad, t.ex. när en tid avbokats."),
                                                 lambda: self.mark(NOT_CONTACTED))
        self.pause_button = self._button(self.tr("Pa&usa…"), "pause_button", self.tr("Pausa kallelse"),
                                         self.tr("Pausa kallelsen till ett datum, med orsak (t.ex. utlandsvistelse)."),
                                         self.pause_selected)
        self.resume_button = self._button(self.tr("H&äv paus"), "resume_button", self.tr("Häv paus"),
                                          self.tr("Häv pausen för de markerade patienterna."), self.resume_selected)
        self.override_button = self._button(
            self.tr("E&get datum…"), "override_button", self.tr("Eget revisionsdatum"),
            self.tr("Sätt ett eget datum för en patients revision, med orsak, eller ta bort det. Det beräknade "
                    "datumet ändras inte."), self.override_selected)
        self.history_button = self._button(self.tr("K&ontakthistorik…"), "history_button", self.tr("Kontakthistorik"),
                                           self.tr("Alla kallelser, påminnelser och ändringar för patienten."),
                                           self.show_history)
        self.open_button = self._button(self.tr("Öppna patientkortet"), "open_button",
                                        self.tr("Öppna patientkortet (Enter)"),
                                        self.tr("Öppna den valda patientens patientkort (Enter)."), self.open_current)
        mark_label = QLabel(self.tr("Markera som:"))
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.write_button)
        actions.addSpacing(12)
        actions.addWidget(mark_label)
        for button in (self.booked_button, self.declined_button, self.unreachable_button, self.not_contacted_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        for button in (self.pause_button, self.resume_button, self.override_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)

        # The same actions in the table's context menu; Ctrl+P on this page writes the summons.
        self.actions_menu = QMenu(self)
        self.actions_menu.setAccessibleName(self.tr("Åtgärder för markerade patienter"))
        self._menu_actions: list[tuple[QAction, QPushButton]] = []
        for text, button in self._menu_items():
            if text is None:
                self.actions_menu.addSeparator()
                continue
            action = self.actions_menu.addAction(text)
            action.triggered.connect(button.click)
            self._menu_actions.append((action, button))
        self.write_shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        self.write_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.write_shortcut.activated.connect(self.write_summons)
        # Issue 5: book a revision for the selected patient; the recall becomes booked (Ctrl+N).
        self.book_action = self.actions_menu.addAction(self.tr("Boka tid…") + "\tCtrl+N", self.book_selected)
        self.actions_menu.insertAction(self.actions_menu.actions()[0], self.book_action)
        QShortcut(QKeySequence("Ctrl+N"), self, self.book_selected).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)

        top = QVBoxLayout(self)
        top.addLayout(period_row)
        top.addLayout(filters)
        top.addLayout(count_row)
        top.addWidget(self.table, 1)
        top.addWidget(self.detail_label)
        top.addLayout(actions)

        self.period_box.currentIndexChanged.connect(self._period_chosen)
        for edit in (self.first_edit, self.last_edit):
            edit.dateChanged.connect(self._dates_edited)
        self.overdue_check.toggled.connect(lambda _on: self._filter_timer.start())
        for box in (self.dentist_needed_box, self.dentist_box, self.municipality_box, self.type_box, self.status_box):
            box.currentIndexChanged.connect(lambda _i: self._filter_timer.start())
        self.overdue_spin.valueChanged.connect(lambda _v: self._filter_timer.start())
        self._update_buttons()

    def _menu_items(self):
        return ((self.tr("Skriv kallelser…") + "\tCtrl+P", self.write_button), (None, None),
                (self.tr("Markera som bokad"), self.booked_button),
                (self.tr("Markera som avböjt"), self.declined_button),
                (self.tr("Markera som ej nåbar"), self.unreachable_button),
                (self.tr("Markera som ej kontaktad"), self.not_contacted_button), (None, None),
                (self.tr("Pausa…"), self.pause_button), (self.tr("Häv paus"), self.resume_button),
                (self.tr("Eget datum…"), self.override_button), (self.tr("Kontakthistorik…"), self.history_button),
                (None, None), (self.tr("Öppna patientkortet") + "\tEnter", self.open_button))

    def _filter_box(self, object_name: str, name: str, chars: int) -> QComboBox:
        box = QComboBox(objectName=object_name)
        box.setAccessibleName(name)
        # A fixed size hint, whatever the items: the page never changes the window's minimum size.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(chars)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return box

    def _button(self, text: str, object_name: str, name: str, tooltip: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=object_name)
        button.setAccessibleName(name)
        button.setToolTip(tooltip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- loading ------------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Read the filter choices and the worklist (the first time the page is shown)."""
        if self.loaded:
            return
        try:
            options = listing_view_service.filter_options(self.ctx)
        except Exception as exc:
            log.exception("reading the recall filters failed")
            show_error(self.window(), exc)
            return
        self.loaded = True
        self._fill_options(options)
        self.reload()

    def page_shown(self) -> None:
        """The page came to the front: the first time read everything, later read the list again
        (an examination recorded meanwhile takes its patient off the list)."""
        if self.loaded:
            self.reload()
        else:
            self.ensure_loaded()

    def _fill_options(self, options) -> None:
        for box in (self.dentist_box, self.municipality_box):
            box.blockSignals(True)
            box.clear()
            box.addItem(QCoreApplication.translate("recall_view", ALL), None)
        for hsa_id, name in options.dentists:
            self.dentist_box.addItem(name, hsa_id)
        self.dentist_box.addItem(QCoreApplication.translate("recall_view", NO_DENTIST_LABEL), "")
        for code, name in options.municipalities:
            self.municipality_box.addItem(name, code)
        for box in (self.dentist_box, self.municipality_box):
            box.blockSignals(False)

    def current_filter(self) -> WorklistFilter:
        days = self.overdue_spin.value()
        return WorklistFilter(
            first=self.first_edit.date().toPython(),
            last=self.last_edit.date().toPython(),
            include_overdue=self.overdue_check.isChecked(),
            requires_dentist=self.dentist_needed_box.currentData(),
            dentist_hsa_id=self.dentist_box.currentData(),
            municipality_code=self.municipality_box.currentData(),
            listing_type=self.type_box.currentData(),
            status=self.status_box.currentData(),
            overdue_more_than=days or None,
        )

    def reload(self) -> None:
        """Read the worklist of the filters as they are set now; the selection is kept where the
        same patients are still on the list."""
        self._filter_timer.stop()
        if not self.loaded:
            return
        selected = [i.patient_id for i in self.selected_items()]
        current = self.current_item()
        current_row = self.current_row()
        try:
            worklist = recall.worklist(self.ctx, self.current_filter())
        except UsageError as exc:  # e.g. the period ends before it starts: said in the count line
            self.last_error = translated(exc)
            self.model.set_worklist(None)
            self.count_label.setText(self.last_error)
            self.count_label.setAccessibleName(self.tr("Fel: {message}").format(message=self.last_error))
            self._after_reset([], None, -1)
            return
        except Exception as exc:  # a database failure: say so; the table keeps what it showed
            log.exception("reading the recall worklist failed")
            show_error(self.window(), exc)
            return
        self.last_error = None
        self.model.set_worklist(worklist)
        self._size_due_column(any(i.override_due is not None for i in worklist.items))
        text = count_text(len(worklist.items), worklist.overdue)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(self.tr("Visas: {count}").format(count=text))
        self._after_reset(selected, current.patient_id if current else None, current_row)

    def _after_reset(self, selected: list[int], current: int | None, old_row: int) -> None:
        model, selection = self.model, self.table.selectionModel()
        rows = sorted(r for r in (model.row_of(pid) for pid in selected) if r >= 0)
        current_row = model.row_of(current) if current is not None else -1
        if current_row < 0 and model.rowCount():
            current_row = min(max(old_row, 0), model.rowCount() - 1) if old_row >= 0 else -1
        flags = QItemSelectionModel.SelectionFlag
        if current_row >= 0:
            selection.setCurrentIndex(model.index(current_row, 0), flags.NoUpdate)
        chosen = QItemSelection()
        for row in rows or ([current_row] if current_row >= 0 else []):
            chosen.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        selection.select(chosen, flags.ClearAndSelect | flags.Rows)
        if current_row >= 0:
            self.table.scrollTo(model.index(current_row, 0))
        self._show_details()
        self._update_buttons()

    # --- period ---------------------------------------------------------------------------------------
    def _period_chosen(self, _index: int) -> None:
        choice = self.period_box.currentData()
        if choice == CUSTOM:
            return
        first, last = period_dates(choice, self.ctx.today)
        self.set_period(first, last, choice)

    def set_period(self, first: date, last: date, choice: str = CUSTOM) -> None:
        """Show the period (the quick choice it is, if any) and read the list again soon."""
        for edit, value in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)
        self._show_choice(choice)
        self._filter_timer.start()

    def _dates_edited(self, _date: QDate) -> None:
        first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
        match = next((code for code, _ in PERIODS[:-1] if period_dates(code, self.ctx.today) == (first, last)), CUSTOM)
        self._show_choice(match)
        self._filter_timer.start()

    def _show_choice(self, choice: str) -> None:
        self.period_box.blockSignals(True)
        self.period_box.setCurrentIndex(self.period_box.findData(choice))
        self.period_box.blockSignals(False)

    # --- selection ------------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def selected_items(self) -> list[WorkItem]:
        return [item for item in (self.model.item(r) for r in self.selected_rows()) if item is not None]

    def current_row(self) -> int:
        return current_row(self.table)

    def current_item(self) -> WorkItem | None:
        return self.model.item(self.current_row())

    def single_item(self) -> WorkItem | None:
        """The one patient an action on one patient is for: the only selected row, else none."""
        items = self.selected_items()
        return items[0] if len(items) == 1 else None

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows (the first becomes the current row)."""
        flags = QItemSelectionModel.SelectionFlag
        selection = self.table.selectionModel()
        chosen = QItemSelection()
        for row in rows:
            chosen.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0), flags.NoUpdate)
        selection.select(chosen, flags.ClearAndSelect | flags.Rows)

    def _selection_changed(self, *_args) -> None:
        n = len(self.selected_rows())
        text = "" if n == 0 else self.tr("1 markerad") if n == 1 else self.tr("{count} markerade").format(count=n)
        self.selection_label.setText(text)
        self.selection_label.setAccessibleName(text or self.tr("Ingen markerad"))
        self._update_buttons()

    def _show_details(self) -> None:
        item = self.current_item()
        if item is None:
            text = self.last_error or QCoreApplication.translate("recall_view", NO_ROW_TEXT)
        else:
            text = f"{item.name}: {details(item, self.ctx.today)}"
        self.detail_label.setText(text)
        self.detail_label.setToolTip(text)
        self.detail_label.setAccessibleName(text)

    def _update_buttons(self) -> None:
        items = self.selected_items()
        some, one = bool(items), len(items) == 1
        today = self.ctx.today
        for button in (self.write_button, self.booked_button, self.declined_button, self.unreachable_button,
                       self.not_contacted_button, self.pause_button):
            button.setEnabled(some)
        self.resume_button.setEnabled(any(i.paused(today) for i in items))
        self.override_button.setEnabled(one)
        self.history_button.setEnabled(one)
        self.open_button.setEnabled(self.current_item() is not None)
        for action, button in self._menu_actions:
            action.setEnabled(button.isEnabled())

    # --- keys and menu --------------------------------------------------------------------------------
    def focus_table(self) -> None:
        if self.model.rowCount() and self.current_row() < 0:
            self.select_rows([0])
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            shift_f10 = event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            if shift_f10 or (plain and event.key() == Qt.Key.Key_Menu):
                self.show_actions_menu()
                return True
        return super().eventFilter(watched, event)

    def show_actions_menu(self) -> QMenu:
        """The context menu from the keyboard (Shift+F10, the menu key): beside the current row."""
        row = self.current_row()
        if row >= 0:
            pos = self.table.visualRect(self.model.index(row, COL_NAME)).center()
        else:
            pos = QPoint(self.table.viewport().width() // 3, 0)
        self._update_buttons()
        self.actions_menu.popup(self.table.viewport().mapToGlobal(pos))
        return self.actions_menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in self.selected_rows():
            self.select_rows([index.row()])
        self._update_buttons()
        self.actions_menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- actions --------------------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None:
            self.open_patient_requested.emit(item.patient_id)

    def open_current(self) -> None:
        self.open_row(self.current_row())

    def mark(self, status: str) -> int:
        """Store the outcome of a contact for the selected patients (recall.set_status)."""
        items = self.selected_items()
        if not items:
            return 0
        ids = [i.patient_id for i in items]
        done: list[int] = []
        outcome = self._save_checked(
            lambda versions: done.append(recall.set_status(self.ctx, ids, status, expected_versions=versions)),
            items, "setting the recall status failed")
        if outcome != SAVED:
            return 0
        who = items[0].name if len(items) == 1 else _patients(done[-1])
        text = (self.tr("{who}: markerad som {status}.") if len(items) == 1
                else self.tr("{who}: markerade som {status}."))
        self._changed(text.format(who=who, status=domain_text(STATUS_LABELS[status]).lower()))
        return done[-1]

    def _save_checked(self, attempt, items, failure: str) -> str | None:
        """Save with the versions the list showed; a change made elsewhere meanwhile is shown and
        chosen about (changed_elsewhere.py). SAVED, KEPT (the list reloads) or None."""
        try:
            outcome = save_with_conflict_check(self.window(), attempt, {i.patient_id: i.row_version for i in items})
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception(failure)
            show_error(self.window(), exc)
            return None
        if outcome == KEPT:
            self._changed(QCoreApplication.translate("changed_elsewhere", KEPT_TEXT))
        return outcome

    def book_selected(self):
        """Boka tid… for the one selected patient: a revision; booking it marks the recall booked."""
        item = self.single_item()
        return book_from_recall(self, self.ctx, item, self._changed) if item is not None else None

    def pause_selected(self) -> PauseDialog | None:
        items = self.selected_items()
        if not items:
            return None
        dialog = PauseDialog(self.ctx, items, self.window())

        def paused() -> None:
            who = items[0].name if len(items) == 1 else _patients(dialog.count)
            self._changed(self.tr("{who}: kallelsen pausad till {date}.").format(
                who=who, date=dialog.until().isoformat()))

        dialog.accepted.connect(paused)
        dialog.kept_saved.connect(self._changed)
        return self._open(dialog)

    def resume_selected(self) -> int:
        items = [i for i in self.selected_items() if i.paused(self.ctx.today)]
        if not items:
            return 0
        ids = [i.patient_id for i in items]
        done: list[int] = []
        if self._save_checked(lambda versions: done.append(recall.enable(self.ctx, ids, expected_versions=versions)),
                              items, "resuming recalls failed") != SAVED:
            return 0
        self._changed(self.tr("Pausen hävd för {patients}.").format(patients=_patients(done[-1])))
        return done[-1]

    def override_selected(self) -> OverrideDialog | None:
        item = self.single_item()
        if item is None:
            return None
        dialog = OverrideDialog(self.ctx, item, self.window())

        def done() -> None:
            if dialog.outcome == OverrideDialog.REMOVED:
                self._changed(self.tr("{name}: eget datum borttaget; det beräknade datumet {date} gäller.").format(
                    name=item.name, date=item.due.isoformat()))
            else:
                self._changed(self.tr("{name}: eget revisionsdatum {date}.").format(
                    name=item.name, date=dialog.chosen().isoformat()))

        dialog.accepted.connect(done)
        dialog.kept_saved.connect(self._changed)
        return self._open(dialog)

    def show_history(self) -> ContactHistoryDialog | None:
        item = self.single_item()
        if item is None:
            return None
        try:
            contacts = recall.contacts_of(self.ctx, item.patient_id)
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("reading the contact history failed")
            show_error(self.window(), exc)
            return None
        return self._open(ContactHistoryDialog(item, contacts, self.window()))

    # --- letters --------------------------------------------------------------------------------------
    def choose_pdf_path(self, count: int) -> Path | None:
        """Where to save the letters (a file dialog; tests replace this method)."""
        return ask_pdf_path(self.window(), self.tr("Spara kallelser till {patients}").format(patients=_patients(count)),
                            f"kallelser-{self.ctx.today.isoformat()}.pdf")

    def write_summons(self) -> None:
        """Summons letters for the selected patients: one PDF, in the background, with a Cancel button."""
        items = self.selected_items()
        if not items or self.summons_task is not None:
            return
        path = self.choose_pdf_path(len(items))
        if path is None:
            return
        ids = [i.patient_id for i in items]
        ctx = self.ctx

        def write(progress, cancelled) -> SummonsResult | None:
            try:
                return summons_service.summons_batch(ctx, ids, path, progress=progress, cancelled=cancelled)
            except Cancelled:  # the user's choice, not an error: nothing written, nothing recorded
                return None

        self.summons_task = BackgroundTask(self.window(), write, lambda result: self._summons_done(result, path),
                                           self._summons_failed)
        self.summons_task.with_progress(
            self.tr("Skriver kallelser till {patients} …").format(patients=_patients(len(ids))),
            title=self.tr("Kallelser")).run()

    def _summons_done(self, result: SummonsResult | None, path: Path) -> None:
        self.summons_task = None
        if result is None:
            self.status_message.emit(QCoreApplication.translate("recall_view", CANCELLED_TEXT))
            self.reload()
            return
        text = shown_text(result.summary())
        if result.rendered is not None:
            text = f"{text} " + self.tr("Sparade i {path}.").format(path=path)
        self.status_message.emit(text)
        self.reload()
        if result.manual or result.skipped:
            self._open(ManualHandlingDialog(text, result.manual, result.skipped, self.window()))

    def _summons_failed(self, exc: BaseException) -> None:
        self.summons_task = None
        show_error(self.window(), exc)

    # --- after a change -------------------------------------------------------------------------------
    def _open(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, message: str) -> None:
        self.reload()
        self.status_message.emit(message)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column, sample in _COLUMN_SAMPLES.items():
            header.resizeSection(column, self._column_width(column, sample, bold=column in (COL_DUE, COL_OVERDUE)))
        self._wide_due = False
        self._size_due_column(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def _column_width(self, column: int, sample: str, *, bold: bool = False, extra: int = 0) -> int:
        """Room for the sample (bold: an overdue date) and for the column's heading."""
        font = self.table.font()
        font.setBold(bold)
        margin = self.table.fontMetrics().horizontalAdvance("M")
        title = QCoreApplication.translate("recall_model", COLUMNS[column])
        heading = self.table.horizontalHeader().fontMetrics().horizontalAdvance(title) + margin + 4
        return max(QFontMetrics(font).horizontalAdvance(sample) + margin + 2 + extra, heading)

    def _size_due_column(self, wide: bool) -> None:
        """The date column widens while a row shows staff's own date beside the computed one."""
        if wide == self._wide_due and self.table.horizontalHeader().sectionSize(COL_DUE) > 0:
            return
        self._wide_due = wide
        icon = self.style().pixelMetric(self.style().PixelMetric.PM_SmallIconSize) + 8  # the warning icon
        self.table.horizontalHeader().resizeSection(COL_DUE, self._column_width(
            COL_DUE, OVERRIDE_SAMPLE if wide else _COLUMN_SAMPLES[COL_DUE], bold=True, extra=icon))
