"""Arbetstider: a caregiver's weekly working pattern and its exceptions (issue 12 part 2).

One line per weekday (works that day, from, to, share kept for revisions) and a list of exceptions:
leave over a date range, or an extra working day with its own hours. Public holidays need no entry
(services.capacity reads them). Keyboard: every field has a mnemonic; Enter saves; Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.capacity import ABSENCE, EXTRA, CapacityException, WorkPeriod
from klinik_app.domain.examination import DENTIST
from klinik_app.services import capacity
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.ui.errors import translated
from klinik_app.ui.i18n import ui_locale
from klinik_app.ui.listing_dialogs import date_edit

KIND_LABELS = {ABSENCE: QT_TRANSLATE_NOOP("capacity_dialog", "Ledighet eller frånvaro"),
               EXTRA: QT_TRANSLATE_NOOP("capacity_dialog", "Extra arbetsdag")}
DEFAULT_START, DEFAULT_END, DEFAULT_PERCENT = 8 * 60, 16 * 60, 50


def _time(minutes: int) -> QTime:
    return QTime(minutes // 60, minutes % 60)


def _minutes(edit: QTimeEdit) -> int:
    t = edit.time()
    return t.hour() * 60 + t.minute()


def _time_edit(minutes: int, name: str) -> QTimeEdit:
    edit = QTimeEdit(_time(minutes))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


def _percent(value: int, name: str) -> QSpinBox:
    box = QSpinBox(minimum=0, maximum=100, value=value, suffix=" %")
    box.setAccessibleName(name)
    return box


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("capacity_dialog", KIND_LABELS[kind])


def exception_text(e: CapacityException) -> str:
    first, last = e.first_day.isoformat(), e.last_day.isoformat()
    days = first if first == last else f"{first} – {last}"
    if e.kind == EXTRA:
        text = QCoreApplication.translate("capacity_dialog", "{kind} {days}, {start}–{end}, {percent} % revisioner")
        return text.format(kind=kind_label(EXTRA), days=days, start=_time(e.start_minute).toString("HH:mm"),
                           end=_time(e.end_minute).toString("HH:mm"), percent=e.revision_percent)
    return f"{kind_label(ABSENCE)} {days}"


class DayRow:
    """One weekday of the pattern."""

    def __init__(self, weekday: int) -> None:
        self.weekday = weekday
        name = ui_locale().dayName(weekday + 1, QLocale.FormatType.LongFormat)  # Qt counts from Monday = 1
        self.works = QCheckBox(name.capitalize(), objectName=f"works_{weekday}")
        self.start = _time_edit(DEFAULT_START,
                                QCoreApplication.translate("capacity_dialog", "{day}, börjar").format(day=name))
        self.end = _time_edit(DEFAULT_END,
                              QCoreApplication.translate("capacity_dialog", "{day}, slutar").format(day=name))
        self.percent = _percent(DEFAULT_PERCENT, QCoreApplication.translate(
            "capacity_dialog", "{day}, andel revisioner").format(day=name))
        self.works.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for w in (self.start, self.end, self.percent):
            w.setEnabled(on)

    def show(self, period: WorkPeriod | None) -> None:
        self.works.setChecked(period is not None)
        self._enable(period is not None)
        if period is not None:
            self.start.setTime(_time(period.start_minute))
            self.end.setTime(_time(period.end_minute))
            self.percent.setValue(period.revision_percent)

    def period(self) -> WorkPeriod | None:
        if not self.works.isChecked():
            return None
        return WorkPeriod(self.weekday, _minutes(self.start), _minutes(self.end), self.percent.value())


class CapacityDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("capacity_dialog")
        self.setWindowTitle(self.tr("Arbetstider för revisioner"))
        self.people = capacity.caregivers(ctx)
        self.extra_periods: list[WorkPeriod] = []  # a second period of a day: kept as it is
        self.exceptions: list[CapacityException] = []

        self.person_box = QComboBox(objectName="caregiver_box")
        self.person_box.setAccessibleName(self.tr("Behandlare"))
        for c in self.people:
            text = self.tr("{name} (tandläkare)") if c.role == DENTIST else self.tr("{name} (tandhygienist)")
            self.person_box.addItem(text.format(name=c.name), c.hsa_id)
        person_label = QLabel(self.tr("&Behandlare:"))
        person_label.setBuddy(self.person_box)

        week = QGroupBox(self.tr("Vecka (andel av tiden som går till revisioner)"))
        grid = QGridLayout(week)
        for column, head in enumerate((self.tr("Arbetar"), self.tr("Från"), self.tr("Till"), self.tr("Revisioner"))):
            grid.addWidget(QLabel(head), 0, column)
        self.days = [DayRow(n) for n in range(7)]
        for row, day in enumerate(self.days, start=1):
            for column, widget in enumerate((day.works, day.start, day.end, day.percent)):
                grid.addWidget(widget, row, column)

        exceptions = QGroupBox(self.tr("Undantag (helgdagar räknas bort av sig själva)"))
        self.exception_list = QListWidget(objectName="exception_list")
        self.exception_list.setAccessibleName(self.tr("Undantag"))
        self.kind_box = QComboBox(objectName="exception_kind")
        self.kind_box.setAccessibleName(self.tr("Slag av undantag"))
        for kind in KIND_LABELS:
            self.kind_box.addItem(kind_label(kind), kind)
        today = ctx.today
        self.first_day = date_edit(today, name=self.tr("Första dagen"), object_name="exception_first")
        self.last_day = date_edit(today, name=self.tr("Sista dagen"), object_name="exception_last")
        self.first_day.dateChanged.connect(lambda d: self.last_day.date() < d and self.last_day.setDate(d))
        self.extra_start = _time_edit(DEFAULT_START, self.tr("Extra dag, börjar"))
        self.extra_end = _time_edit(DEFAULT_END, self.tr("Extra dag, slutar"))
        self.extra_percent = _percent(100, self.tr("Extra dag, andel revisioner"))
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        add = QPushButton(self.tr("&Lägg till undantag"), objectName="add_exception")
        remove = QPushButton(self.tr("&Ta bort markerat undantag"), objectName="remove_exception")
        for b in (add, remove):
            b.setAutoDefault(False)
        add.clicked.connect(self.add_exception)
        remove.clicked.connect(self.remove_exception)
        fields = QGridLayout()
        for column, (text, widget) in enumerate(((self.tr("Sl&ag:"), self.kind_box),
                                                 (self.tr("&Från:"), self.first_day),
                                                 (self.tr("T&ill:"), self.last_day))):
            label = QLabel(text)
            label.setBuddy(widget)
            fields.addWidget(label, 0, 2 * column)
            fields.addWidget(widget, 0, 2 * column + 1)
        for column, (text, widget) in enumerate(((self.tr("B&örjar:"), self.extra_start),
                                                 (self.tr("Sl&utar:"), self.extra_end),
                                                 (self.tr("Re&visioner:"), self.extra_percent))):
            label = QLabel(text)
            label.setBuddy(widget)
            fields.addWidget(label, 1, 2 * column)
            fields.addWidget(widget, 1, 2 * column + 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        ex_layout = QVBoxLayout(exceptions)
        ex_layout.addWidget(self.exception_list)
        ex_layout.addLayout(fields)
        ex_layout.addLayout(buttons_row)

        self.message = QLabel(objectName="capacity_message", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Spara"))
        self.save_button.setObjectName("save_hours")
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(person_label)
        top.addWidget(self.person_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(week)
        layout.addWidget(exceptions)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.person_box.currentIndexChanged.connect(lambda _i: self.show_person())
        self.save_button.setEnabled(bool(self.people))
        if not self.people:
            self.message.setText(self.tr("Det finns ingen aktiv tandläkare eller tandhygienist. "
                                         "Lägg in personalen först."))
        self.show_person()
        self._kind_changed()
        self.person_box.setFocus()
        self.layout().activate()  # sized now: the offscreen platform warns about size hints set later

    def _kind_changed(self) -> None:
        extra = self.kind_box.currentData() == EXTRA
        for w in (self.extra_start, self.extra_end, self.extra_percent):
            w.setEnabled(extra)

    def person(self) -> capacity.CaregiverHours | None:
        index = self.person_box.currentIndex()
        return self.people[index] if 0 <= index < len(self.people) else None

    def show_person(self) -> None:
        person = self.person()
        periods = person.caregiver.periods if person else ()
        first: dict[int, WorkPeriod] = {}
        self.extra_periods = []
        for p in periods:
            if p.weekday in first:
                self.extra_periods.append(p)
            else:
                first[p.weekday] = p
        for day in self.days:
            day.show(first.get(day.weekday))
        self.exceptions = list(person.caregiver.exceptions) if person else []
        self._fill_exceptions()
        self.message.clear()

    def _fill_exceptions(self) -> None:
        self.exception_list.clear()
        for e in self.exceptions:
            QListWidgetItem(exception_text(e), self.exception_list)

    def add_exception(self) -> None:
        first = self.first_day.date().toPython()
        last = max(self.last_day.date().toPython(), first)
        kind = self.kind_box.currentData()
        if kind == EXTRA:
            e = CapacityException(EXTRA, first, last, _minutes(self.extra_start), _minutes(self.extra_end),
                                  self.extra_percent.value())
        else:
            e = CapacityException(ABSENCE, first, last)
        self.exceptions.append(e)
        self.exceptions.sort(key=lambda x: x.first_day)
        self._fill_exceptions()
        self.message.setText(self.tr("Tillagt: {exception}. Spara för att behålla det.").format(
            exception=exception_text(e)))

    def remove_exception(self) -> None:
        row = self.exception_list.currentRow()
        if 0 <= row < len(self.exceptions):
            removed = self.exceptions.pop(row)
            self._fill_exceptions()
            self.message.setText(self.tr("Borttaget: {exception}. Spara för att behålla ändringen.").format(
                exception=exception_text(removed)))

    def save(self) -> None:
        person = self.person()
        if person is None:
            return
        periods = [p for p in (day.period() for day in self.days) if p is not None] + self.extra_periods
        try:
            capacity.save_hours(self.ctx, person.hsa_id, periods, self.exceptions, expected_version=person.version)
        except ServiceError as exc:
            self.message.setText(translated(exc))
            return
        self.accept()

