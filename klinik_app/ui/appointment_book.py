"""The "Tidbok" page (issue 5): the appointment book by day or week, per caregiver or per room.

Keyboard first: the arrows move across slots and columns; PageUp/PageDown (or Alt+Left/Right) go
to the previous/next day (week in the week view); Ctrl+T is today; Enter opens the time (or books
the free slot); Insert or Ctrl+N books at the slot; Delete cancels; G marks attended, U no-show, B
records the agreement (R-AB-3); Shift+F10 or the menu key opens the same actions as a menu. The
keys are in the legend under the grid and in the grid's tooltip.

"Tider utan utfall (N)" lists past times still booked, for staff to mark (never marked silently).
The week view shows one caregiver, the current column's, unless "Alla behandlare" is chosen in it;
today's columns have a bold heading that says "i dag".
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain import appointments as rules
from klinik_app.services import appointments
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.ui.appointment_actions import OUTCOME_KEYS, AppointmentActions
from klinik_app.ui.appointment_grid import (
    AppointmentRole,
    BookColumn,
    BookDelegate,
    BookModel,
    BookTable,
    appointment_text,
    status_colour,
    week_days,
)
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error
from klinik_app.ui.i18n import ui_locale
from klinik_app.ui.listing_dialogs import date_edit, to_qdate
from klinik_app.ui.patient_times import PatientTimesPanel
from klinik_app.ui.treatments_dialog import open_treatments_dialog
from klinik_app.ui.unmarked_times import UnmarkedDialog
from klinik_app.ui.pages import add_page

log = logging.getLogger(__name__)

DAY, WEEK = "day", "week"
BY_CAREGIVER, BY_ROOM = "caregiver", "room"
ALL_CAREGIVERS = QT_TRANSLATE_NOOP("appointment_book", "Alla behandlare")
NO_CAREGIVER_COLUMN = QT_TRANSLATE_NOOP("appointment_book", "Ingen behandlare")
NO_ROOM_COLUMN = QT_TRANSLATE_NOOP("appointment_book", "Inget rum")
NO_COLUMNS_TEXT = QT_TRANSLATE_NOOP(
    "appointment_book",
    "Ingen behandlare att visa. Lägg upp personal med vårdroll (Arkiv → Personal) eller välj Per rum.")
NO_SELECTION_TEXT = QT_TRANSLATE_NOOP("appointment_book", "Välj en tid med piltangenterna.")
KEYS_TEXT = (QT_TRANSLATE_NOOP("appointment_book",
                               "Piltangenter: flytta · PgUp/PgDn: föregående/nästa dag (vecka i veckovyn) · "
                               "Ctrl+T: i dag · Enter: öppna · Insert: ny tid · G: genomförd · U: uteblev · B: "
                               "bekräfta överenskommelse · T: behandlingar · Delete: avboka · Shift+F10: meny"))
LEGEND = (("booked", True, QT_TRANSLATE_NOOP("appointment_book", "Bokad, överenskommen")),
          ("booked", False, QT_TRANSLATE_NOOP("appointment_book", "Bokad, endast föreslagen (streckad ram)")),
          ("attended", True, QT_TRANSLATE_NOOP("appointment_book", "Genomförd")),
          ("no-show", True, QT_TRANSLATE_NOOP("appointment_book", "Uteblev")))
ALT = Qt.KeyboardModifier.AltModifier
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def day_title(day: date, view: str) -> str:
    if view == WEEK:
        monday = day - timedelta(days=day.weekday())
        return QCoreApplication.translate("appointment_book", "Vecka {week}, {first} – {last}").format(
            week=day.isocalendar()[1], first=ui_locale().toString(to_qdate(monday), "d MMMM"),
            last=ui_locale().toString(to_qdate(monday + timedelta(days=6)), "d MMMM yyyy"))
    text = ui_locale().toString(to_qdate(day), "dddd d MMMM yyyy")
    return text[:1].upper() + text[1:]


class AppointmentBookView(QWidget):
    status_message = Signal(str)
    open_patient_requested = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Tidbok"))
        self.day = ctx.today
        self.view_mode = DAY
        self.loaded = False
        self.rows: list[appointments.AppointmentRow] = []
        self.unmarked_count = 0
        self.unmarked_dialog: UnmarkedDialog | None = None
        self.actions = AppointmentActions(ctx, self)
        self.actions.changed.connect(self._changed)

        # --- the bar: day, view, columns, filter ---------------------------------------------------
        self.previous_button = self._button("◀", "previous_button", self.tr("Föregående dag (PgUp)"), self.previous)
        self.today_button = self._button(
            self.tr("I dag"), "today_button", self.tr("Gå till i dag (Ctrl+T)"), self.go_today)
        self.next_button = self._button("▶", "next_button", self.tr("Nästa dag (PgDn)"), self.next)
        self.date_edit = date_edit(self.day, name=self.tr("Dag"), object_name="book_day")
        self.date_edit.dateChanged.connect(lambda d: self.set_day(d.toPython()))
        self.title_label = QLabel(objectName="book_title")
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.3)
        self.title_label.setFont(title_font)
        self.day_button = self._button(
            self.tr("Da&gvy"), "day_view_button", self.tr("En dag"), lambda: self.set_view(DAY))
        self.week_button = self._button(self.tr("V&eckovy"),
                                        "week_view_button",
                                        self.tr("En vecka (mån–fre, och helgdagar med tider)"),
                                        lambda: self.set_view(WEEK))
        group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            group.addButton(button)
        self.day_button.setChecked(True)
        self.columns_box = QComboBox(objectName="columns_box")
        self.columns_box.setAccessibleName(self.tr("Kolumner"))
        self.columns_box.addItem(self.tr("Per behandlare"), BY_CAREGIVER)
        self.columns_box.addItem(self.tr("Per rum"), BY_ROOM)
        self.columns_box.currentIndexChanged.connect(lambda _i: (self._one_caregiver_a_week(), self.reload()))
        self.caregiver_box = QComboBox(objectName="caregiver_filter")
        self.caregiver_box.setAccessibleName(self.tr("Behandlare"))
        self.caregiver_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.caregiver_box.setMinimumContentsLength(18)
        self.caregiver_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.unmarked_button = self._button(self.tr("Tider utan &utfall"),
                                            "unmarked_button",
                                            self.tr("Passerade tider som ännu inte markerats: markera dem"),
                                            self.show_unmarked)
        self.book_button = self._button(self.tr("&Ny tid… (Insert)"),
                                        "book_button",
                                        self.tr("Boka en tid på vald plats (Insert, Ctrl+N)"),
                                        self.book_here)

        # Two rows (the day, then what is shown and the actions) and the legend under the grid: the
        # page fits a 1280 px laptop screen in every language and both views.
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        day_label = QLabel(self.tr("Vä&lj dag:"))
        day_label.setBuddy(self.date_edit)
        bar.addSpacing(8)
        bar.addWidget(day_label)
        bar.addWidget(self.date_edit)
        bar.addSpacing(12)
        bar.addWidget(self.title_label, 1)
        actions_row = QHBoxLayout()
        actions_row.setSpacing(6)
        actions_row.addWidget(self.day_button)
        actions_row.addWidget(self.week_button)
        actions_row.addSpacing(12)
        for caption, widget in ((self.tr("&Kolumner:"), self.columns_box),
                                (self.tr("&Behandlare:"), self.caregiver_box)):
            label = QLabel(caption)
            label.setBuddy(widget)
            actions_row.addWidget(label)
            actions_row.addWidget(widget)
        actions_row.addStretch(1)
        actions_row.addWidget(self.book_button)
        actions_row.addWidget(self.unmarked_button)
        legend_row = QHBoxLayout()
        for status, agreed, text in LEGEND:
            legend_row.addWidget(self._chip(status, agreed, QCoreApplication.translate("appointment_book", text)))
        legend_row.addStretch(1)

        # --- the grid -------------------------------------------------------------------------------
        self.model = BookModel(self)
        self.table = BookTable(objectName="book_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(BookDelegate(self.table))
        self.table.setAccessibleName(self.tr("Tidbok"))
        self.table.setAccessibleDescription(QCoreApplication.translate("appointment_book", KEYS_TEXT))
        self.table.setToolTip(QCoreApplication.translate("appointment_book", KEYS_TEXT).replace(" · ", "\n"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(True)
        self.table.setGridStyle(Qt.PenStyle.DotLine)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 6)
        vertical.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00") + 12)
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        horizontal.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M") * 15)
        horizontal.setHighlightSections(False)  # bold marks today's columns (the model's font), not the selected one
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_current())

        self.empty_label = QLabel(QCoreApplication.translate("appointment_book", NO_COLUMNS_TEXT),
                                  objectName="book_empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.detail_label = QLabel(QCoreApplication.translate("appointment_book", NO_SELECTION_TEXT),
                                   objectName="book_detail_label")
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setWordWrap(True)
        self.detail_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_label.setContentsMargins(6, 4, 6, 4)
        self.detail_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.detail_label.setFixedHeight(2 * self.fontMetrics().lineSpacing() + 14)
        self.keys_label = QLabel(QCoreApplication.translate("appointment_book", KEYS_TEXT),
                                 objectName="book_keys_label")
        self.keys_label.setWordWrap(True)
        self.keys_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend_row)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.keys_label)

        self.menu = QMenu(self)
        self.menu.setAccessibleName(self.tr("Åtgärder för tiden"))
        self.menu_actions = {
            "open": self.menu.addAction(self.tr("Öppna tiden\tEnter"), self.open_current),
            "book": self.menu.addAction(self.tr("Ny tid här…\tInsert"), self.book_here),
            "confirm": self.menu.addAction(self.tr("Bekräfta överenskommelse…\tB"), self.confirm_current),
        }
        self.menu.addSeparator()
        self.menu_actions["attended"] = self.menu.addAction(
            self.tr("Markera genomförd\t{key}").format(key=OUTCOME_KEYS['attended']),
            lambda: self.mark_current(rules.ATTENDED))
        self.menu_actions["no-show"] = self.menu.addAction(
            self.tr("Markera uteblev\t{key}").format(key=OUTCOME_KEYS['no-show']),
            lambda: self.mark_current(rules.NO_SHOW))
        self.menu_actions["cancel"] = self.menu.addAction(self.tr("Avboka…\tDelete"), self.cancel_current)
        self.menu_actions["treatments"] = self.menu.addAction(self.tr("Behandlingar vid besöket…\tT"),
                                                              self.open_treatments)
        self.menu.addSeparator()
        self.menu_actions["patient"] = self.menu.addAction(self.tr("Öppna patientkortet"), self.open_patient)

        for keys, slot in (("Ctrl+T", self.go_today), ("Ctrl+N", self.book_here)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_title()

    def _button(self, text: str, object_name: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=object_name)
        button.setAccessibleName(tip if text in ("◀", "▶") else text.replace("&", ""))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard in the grid
        button.clicked.connect(slot)
        return button

    def _chip(self, status: str, agreed: bool, text: str) -> QLabel:
        """A legend entry: the status's tint and its words (the grid never relies on colour alone)."""
        chip = QLabel(text)
        fill = status_colour(self.palette(), status, strong=False).name()
        edge = status_colour(self.palette(), status, strong=True).name()
        style = "dashed" if not agreed else "solid"
        chip.setStyleSheet(f"QLabel {{ background: {fill}; border: 1px {style} {edge}; border-left: 5px solid "
                           f"{edge}; padding: 1px 6px; border-radius: 3px; }}")
        return chip

    # --- loading --------------------------------------------------------------------------------
    def page_shown(self) -> None:
        if not self.loaded:
            self._fill_caregivers()
            self.loaded = True
        self.reload()
        self.focus_grid()

    def _fill_caregivers(self) -> None:
        self.caregiver_box.blockSignals(True)
        self.caregiver_box.clear()
        self.caregiver_box.addItem(QCoreApplication.translate("appointment_book", ALL_CAREGIVERS), None)
        try:
            for hsa_id, name, _profession in appointments.caregivers(self.ctx):
                self.caregiver_box.addItem(name, hsa_id)
        except Exception as exc:
            show_error(self.window(), exc)
        self.caregiver_box.blockSignals(False)

    def first_and_days(self) -> tuple[date, int]:
        if self.view_mode == WEEK:
            return self.day - timedelta(days=self.day.weekday()), 7
        return self.day, 1

    def reload(self, keep_id: int | None = None) -> None:
        """Read the shown days again; the selection stays on the same time (or slot)."""
        if not self.loaded:
            return
        kept = self._selection_key() if keep_id is None else ("id", keep_id)
        first, days = self.first_and_days()
        chosen = self.caregiver_box.currentData()
        try:
            self.rows = appointments.book_view(self.ctx, first, days, caregivers=[chosen] if chosen else None)
            columns = self._columns(self.rows)
            self.unmarked_count = len(appointments.unmarked(self.ctx))
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("reading the appointment book failed")
            show_error(self.window(), exc)
            return
        self.model.load(columns, self.rows, week=self.view_mode == WEEK, today=self.ctx.today)
        self.table.apply_spans(self.model)
        self.empty_label.setVisible(not columns)
        self._show_unmarked_count()
        self._select(kept)

    def _columns(self, rows) -> list[BookColumn]:
        by_room = self.columns_box.currentData() == BY_ROOM
        if by_room:
            places = [(room_id, name) for room_id, name in appointments.rooms(self.ctx)]
            extra = {r.room_id: r.room_name or QCoreApplication.translate("appointment_book", NO_ROOM_COLUMN)
                     for r in rows if r.status in rules.BLOCKING}
        else:
            chosen = self.caregiver_box.currentData()
            places = [(hsa_id, name) for hsa_id, name, _p in appointments.caregivers(self.ctx)
                      if chosen is None or hsa_id == chosen]
            extra = {r.caregiver_hsa_id: r.caregiver_name
                     or QCoreApplication.translate("appointment_book", NO_CAREGIVER_COLUMN) for r in rows
                     if r.status in rules.BLOCKING}
        known = {key for key, _name in places}
        places += [(key, name) for key, name in extra.items() if key not in known]  # e.g. imported, unassigned
        first, days = self.first_and_days()
        shown_days = (week_days(self.day, {r.starts.date() for r in rows}) if self.view_mode == WEEK
                      else [self.day])
        return [BookColumn(day, key, name) for day in shown_days for key, name in places]

    def _show_unmarked_count(self) -> None:
        n = self.unmarked_count
        text = self.tr("Tider utan &utfall ({n})").format(n=n)
        self.unmarked_button.setText(text)
        font = QFont(self.unmarked_button.font())
        font.setBold(n > 0)
        self.unmarked_button.setFont(font)
        spoken = self.tr("Tider utan utfall: {n}").format(n=n)
        self.unmarked_button.setAccessibleName(spoken)

    # --- selection ------------------------------------------------------------------------------
    def _selection_key(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        appointment = self.model.appointment_at(index.row(), index.column())
        if appointment is not None:
            return ("id", appointment.id)
        column = self.model.columns[index.column()]
        return ("slot", column.day, column.key, self.model.slot_start(index.row()))

    def _select(self, key) -> None:
        cell = None
        if key and key[0] == "id":
            cell = self.model.cell_of(key[1])
        elif key and key[0] == "slot":
            _kind, day, column_key, start = key
            column = next((n for n, c in enumerate(self.model.columns) if c.key == column_key and
                           (c.day == day or self.view_mode == DAY)), None)
            row = next((r for r in range(self.model.rowCount()) if self.model.slot_start(r) == start), None)
            if column is not None and row is not None:
                cell = (row, column)
        if cell is None and self.model.columnCount():
            cell = (max(0, next((r for r in range(self.model.rowCount()) if self.model.slot_start(r).hour >= 8), 0)),
                    0)
        if cell is not None:
            self.select_cell(*cell)
        self._show_current()

    def select_cell(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)

    def current_appointment(self):
        index = self.table.currentIndex()
        return self.model.data(index, AppointmentRole) if index.isValid() else None

    def current_slot(self) -> tuple[datetime, BookColumn] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.slot_datetime(index.row(), index.column()), self.model.columns[index.column()]

    def _show_current(self) -> None:
        appointment = self.current_appointment()
        if appointment is not None:
            text = appointment_text(appointment)
        elif (slot := self.current_slot()) is not None:
            text = self.tr("{start:%Y-%m-%d %H:%M}, {title}: ledig. Insert bokar en tid här.").format(
                start=slot[0], title=slot[1].title)
        else:
            text = QCoreApplication.translate("appointment_book", NO_SELECTION_TEXT)
        self.detail_label.setText(text)
        self.detail_label.setAccessibleName(text)
        booked = appointment is not None and appointment.status == rules.BOOKED
        self.menu_actions["open"].setEnabled(appointment is not None)
        self.menu_actions["book"].setEnabled(appointment is None and self.current_slot() is not None)
        self.menu_actions["confirm"].setEnabled(booked and not appointment.agreed)
        for key in ("attended", "no-show"):
            self.menu_actions[key].setEnabled(appointment is not None and appointment.status != key)
        self.menu_actions["cancel"].setEnabled(booked)
        self.menu_actions["treatments"].setEnabled(appointment is not None and appointment.status == rules.ATTENDED)
        self.menu_actions["patient"].setEnabled(appointment is not None)

    def focus_grid(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- days and views -------------------------------------------------------------------------
    def set_day(self, day: date) -> None:
        if day == self.day:
            return
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(day))
        self.date_edit.blockSignals(False)
        self._show_title()
        self.reload()

    def step(self, direction: int) -> None:
        self.set_day(self.day + timedelta(days=direction * (7 if self.view_mode == WEEK else 1)))

    def previous(self) -> None:
        self.step(-1)

    def next(self) -> None:
        self.step(1)

    def go_today(self) -> None:
        self.set_day(self.ctx.today)
        self.focus_grid()

    def set_view(self, mode: str) -> None:
        self.view_mode = mode
        (self.day_button if mode == DAY else self.week_button).setChecked(True)
        unit = "vecka" if mode == WEEK else "dag"
        self.previous_button.setToolTip(self.tr("Föregående {unit} (PgUp)").format(unit=unit))
        self.next_button.setToolTip(self.tr("Nästa {unit} (PgDn)").format(unit=unit))
        self._one_caregiver_a_week()
        self._show_title()
        self.reload()
        self.focus_grid()

    def _one_caregiver_a_week(self) -> None:
        """The week per caregiver with all of them would be a column per caregiver and day, read by
        scrolling sideways: the week shows the caregiver of the current column (or the first) instead,
        and says so. Choosing "Alla behandlare" in the week view afterwards still shows them all."""
        if (self.view_mode != WEEK or self.columns_box.currentData() != BY_CAREGIVER
                or self.caregiver_box.currentData() is not None or self.caregiver_box.count() < 2):
            return
        index = self.table.currentIndex()
        current = self.model.columns[index.column()].key if index.isValid() else None
        found = self.caregiver_box.findData(current) if current is not None else -1
        self.caregiver_box.blockSignals(True)
        self.caregiver_box.setCurrentIndex(found if found > 0 else 1)
        self.caregiver_box.blockSignals(False)
        self.status_message.emit(self.tr("Veckovyn visar en behandlare i taget: {name}. Byt under Behandlare (Alt+B).")
                                 .format(name=self.caregiver_box.currentText()))

    def _show_title(self) -> None:
        text = day_title(self.day, self.view_mode)
        self.title_label.setText(text)
        self.title_label.setAccessibleName(text)

    # --- keys and menu --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self._key(event.key(), event.modifiers()):
                return True
        return super().eventFilter(watched, event)

    def _key(self, key: int, modifiers) -> bool:
        K = Qt.Key
        plain = modifiers in PLAIN
        if (plain and key == K.Key_PageUp) or (modifiers == ALT and key == K.Key_Left):
            self.previous()
        elif (plain and key == K.Key_PageDown) or (modifiers == ALT and key == K.Key_Right):
            self.next()
        elif plain and key in (K.Key_Return, K.Key_Enter):
            self.open_current() if self.current_appointment() is not None else self.book_here()
        elif plain and key == K.Key_Insert:
            self.book_here()
        elif plain and key == K.Key_Delete:
            self.cancel_current()
        elif modifiers == Qt.KeyboardModifier.NoModifier and key == K.Key_G:
            self.mark_current(rules.ATTENDED)
        elif modifiers == Qt.KeyboardModifier.NoModifier and key == K.Key_U:
            self.mark_current(rules.NO_SHOW)
        elif modifiers == Qt.KeyboardModifier.NoModifier and key == K.Key_B:
            self.confirm_current()
        elif modifiers == Qt.KeyboardModifier.NoModifier and key == K.Key_T:
            self.open_treatments()
        elif (key == K.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier) or (plain and key == K.Key_Menu):
            self.show_menu()
        else:
            return False
        return True

    def show_menu(self) -> QMenu:
        index = self.table.currentIndex()
        pos = self.table.visualRect(index).center() if index.isValid() else QPoint(20, 20)
        self._show_current()
        self.menu.popup(self.table.viewport().mapToGlobal(pos))
        return self.menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.select_cell(index.row(), index.column())
        self._show_current()
        self.menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- actions --------------------------------------------------------------------------------
    def book_here(self):
        slot = self.current_slot()
        if slot is None:
            return None
        starts, column = slot
        by_room = self.columns_box.currentData() == BY_ROOM
        caregiver = None if by_room else column.key
        if by_room:
            caregiver = self.caregiver_box.currentData()
        return self.actions.book(starts, caregiver_hsa_id=caregiver, room_id=column.key if by_room else None)

    def open_current(self):
        appointment = self.current_appointment()
        return self.actions.open(appointment) if appointment is not None else None

    def confirm_current(self):
        appointment = self.current_appointment()
        if appointment is None or appointment.status != rules.BOOKED or appointment.agreed:
            return None
        return self.actions.confirm(appointment)

    def cancel_current(self):
        appointment = self.current_appointment()
        if appointment is None:
            return None
        if appointment.status != rules.BOOKED:
            self.status_message.emit(self.tr("Tiden är {status} och kan inte avbokas.").format(
                                         status=domain_text(appointments.STATUSES[appointment.status]).lower()))
            return None
        return self.actions.cancel(appointment)

    def mark_current(self, status: str) -> str | None:
        appointment = self.current_appointment()
        if appointment is None:
            return None
        return self.actions.set_outcome(appointment, status)

    def open_treatments(self):
        """The treatments done at an attended visit, priced from the fee schedule (R-TG-4, R-EM-1)."""
        appointment = self.current_appointment()
        if appointment is None or appointment.status != rules.ATTENDED:
            self.status_message.emit(
                self.tr("Behandlingar registreras på en genomförd tid. Markera tiden genomförd först (G)."))
            return None
        try:
            return open_treatments_dialog(self, self.ctx, appointment_id=appointment.id)
        except ServiceError as exc:
            show_error(self, exc, title=self.tr("Behandlingar"))
            return None

    def open_patient(self) -> None:
        appointment = self.current_appointment()
        if appointment is not None:
            self.open_patient_requested.emit(appointment.patient_id)

    def show_unmarked(self) -> UnmarkedDialog:
        dialog = UnmarkedDialog(self.ctx, self.window())
        dialog.actions.changed.connect(self._changed)
        dialog.finished.connect(self._unmarked_closed)
        self.unmarked_dialog = dialog
        dialog.open()
        return dialog

    def _unmarked_closed(self) -> None:
        self.unmarked_dialog = None
        self.focus_grid()

    def _changed(self, message: str) -> None:
        self.reload()
        self.status_message.emit(message)
        if self.actions.dialog is None and self.unmarked_dialog is None:
            self.focus_grid()


def add_appointment_book_page(window) -> AppointmentBookView:
    """The main window's hook: the "Tidbok" tab, and Ctrl+5 in the Visa menu."""
    view = AppointmentBookView(window.ctx)
    view.open_patient_requested.connect(window.open_patient)
    window.appointment_book_page_action = add_page(window,
                                                   view,
                                                   QCoreApplication.translate("appointment_book", "Tidbok"),
                                                   QCoreApplication.translate("appointment_book", "&Tidbok"),
                                                   "Ctrl+5",
                                                   QCoreApplication.translate("appointment_book",
                                                                              "Tidboken per dag eller vecka: boka, "
                                                                              "flytta, avboka och markera utfall"),
                                                   focus=view.focus_grid)
    times = PatientTimesPanel()  # the patient card's "Tider" (R-AB-1)
    window.card_view.sections.addWidget(times)
    window.card_view.card_shown.connect(lambda patient_id: times.load(window.ctx, patient_id))
    view.patient_times = times
    return view
