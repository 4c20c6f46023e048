"""Planning (issue 12): how long a revision takes per age and risk group (services.revision_forecast),
what proposed times avoid and add (services.proposals: school hours, school ages, an interpreter's
extra minutes), and a specialist's lead time per specialty (R-RV-9, services.referrals).

No service saves these as a group, so the page checks the values itself and stores them with
services.settings.set_settings, in the text forms the readers parse ("08:00-15:00", "6-18").
Only the settings changed here are saved: a change elsewhere to another one is no conflict.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QTimeEdit, QWidget

from klinik_app.domain import referrals as referral_rules
from klinik_app.services import proposals, referrals
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import UsageError
from klinik_app.services.revision_forecast import revision_lengths
from klinik_app.services.settings import (
    INTERPRETER_MINUTES,
    REFERRAL_LEAD_DAYS,
    REVISION_MINUTES,
    REVISION_MINUTES_DEFAULTS,
    SCHOOL_AGES,
    SCHOOL_HOURS,
    SETTINGS,
    read_settings,
    set_settings,
)
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.settings_pages.base import SettingsPage, spin

MINUTES_RANGE = (5, 240)  # what services.revision_forecast.revision_lengths keeps a revision within
AGES_RANGE = (3, 23)  # the target group of Hälsoval tandvård
INTERPRETER_RANGE = (0, 120)  # what services.proposals.planning_options keeps the extra minutes within
TIME_FORMAT = "HH:mm"


class PlanningPage(SettingsPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx,
                         self.tr("Revisionstiderna används i revisionsprognosen och när Klinik föreslår tider. "
                                 "Ledtiden avgör när en remiss senast ska skickas för att specialisten ska hinna "
                                 "före det år patienten fyller 24."),
                         parent)
        self.title = self.tr("Planering")
        self.versions: dict[str, int] = {}
        self.refused_field: QWidget | None = None  # the input a refusal is about
        content = QWidget(objectName="planning_content")
        self.grid = QGridLayout(content)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._revision_rows()
        self._proposal_rows()
        self._lead_rows()
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self.grid.setColumnStretch(4, 1)
        self.scroll = QScrollArea(objectName="planning_scroll")  # the page is taller than the others
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.box.addWidget(self.scroll, 1)
        self.load()  # not finish(): the scroll area, not a stretch, takes the page's height

    # --- building ---------------------------------------------------------------------------------
    def _heading(self, text: str) -> None:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.grid.addWidget(label, self.grid.rowCount(), 0, 1, 5)

    def _label(self, text: str, field: QWidget, row: int, column: int) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.grid.addWidget(label, row, column)

    def _revision_rows(self) -> None:
        self._heading(self.tr("Tid för en revisionsundersökning"))
        top = self.grid.rowCount()
        for risk in (0, 1, 2):
            self.grid.addWidget(QLabel(self.tr("Riskgrupp {risk}").format(risk=risk)), top, 1 + risk)
        self.minutes: dict[tuple[str, int], QWidget] = {}
        for index, group in enumerate(REVISION_MINUTES_DEFAULTS):
            row = top + 1 + index
            ages = self.tr("{ages} år").format(ages=group.replace("-", "–"))
            for risk in (0, 1, 2):
                box = spin(0, 999, self.tr(" min"), f"revision_{group}_{risk}_spin")
                box.setAccessibleName(self.tr("Revisionstid {ages}, riskgrupp {risk}").format(ages=ages, risk=risk))
                self.minutes[group, risk] = box
                self.grid.addWidget(box, row, 1 + risk)
            self._label(ages, self.minutes[group, 0], row, 0)

    def _proposal_rows(self) -> None:
        self._heading(self.tr("Föreslagna tider"))
        self.avoid_school = QCheckBox(self.tr("Undvik skoltid för skolbarn"), objectName="avoid_school_check")
        self.avoid_school.setAccessibleName(self.avoid_school.text())
        self.grid.addWidget(self.avoid_school, self.grid.rowCount(), 0, 1, 5)
        self.school_start = self._time_edit("school_start_edit", self.tr("Skoltiden börjar"))
        self.school_end = self._time_edit("school_end_edit", self.tr("Skoltiden slutar"))
        self.avoid_school.toggled.connect(self.school_start.setEnabled)
        self.avoid_school.toggled.connect(self.school_end.setEnabled)
        self._pair(self.tr("Skoltid:"), self.school_start, self.school_end)
        self.age_low = spin(0, 99, self.tr(" år"), "school_age_low_spin")
        self.age_low.setAccessibleName(self.tr("Skolålder från"))
        self.age_high = spin(0, 99, self.tr(" år"), "school_age_high_spin")
        self.age_high.setAccessibleName(self.tr("Skolålder till"))
        self._pair(self.tr("Skolålder:"), self.age_low, self.age_high)
        self.interpreter = spin(0, 999, self.tr(" min"), "interpreter_spin")
        self.interpreter.setAccessibleName(self.tr("Extra tid vid tolk"))
        row = self.grid.rowCount()
        self._label(self.tr("Extra tid vid tolk:"), self.interpreter, row, 0)
        self.grid.addWidget(self.interpreter, row, 1)

    def _time_edit(self, name: str, accessible: str) -> QTimeEdit:
        edit = QTimeEdit(objectName=name)
        edit.setDisplayFormat(TIME_FORMAT)
        edit.setAccessibleName(accessible)
        return edit

    def _pair(self, label: str, low: QWidget, high: QWidget) -> None:
        """A from–to row: the label's buddy is the first input, both are named on their own."""
        row = self.grid.rowCount()
        self._label(label, low, row, 0)
        pair = QWidget()
        box = QHBoxLayout(pair)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(low)
        box.addWidget(QLabel("–"))
        box.addWidget(high)
        self.grid.addWidget(pair, row, 1, 1, 2)

    def _lead_rows(self) -> None:
        self._heading(self.tr("Specialistens ledtid för en remiss"))
        table = QWidget(objectName="lead_days")
        grid = QGridLayout(table)
        grid.setContentsMargins(0, 0, 0, 0)
        self.lead_days: dict[str, QWidget] = {}
        for row, (code, label) in enumerate(referral_rules.SPECIALTIES.items()):
            box = spin(0, 9999, self.tr(" dagar"), f"lead_{code}_spin")
            box.setAccessibleName(self.tr("Ledtid {specialty}").format(specialty=domain_text(label)))
            self.lead_days[code] = box
            caption = QLabel(domain_text(label))
            caption.setBuddy(box)
            grid.addWidget(caption, row, 0)
            grid.addWidget(box, row, 1)
        grid.setColumnStretch(2, 1)
        self.grid.addWidget(table, self.grid.rowCount(), 0, 1, 5)

    def first_field(self) -> QWidget:
        """After a refusal, the input it is about, scrolled into view."""
        field = self.refused_field or self.minutes["3-5", 0]
        self.scroll.ensureWidgetVisible(field)
        return field

    # --- the page's values --------------------------------------------------------------------------
    def show_stored(self) -> None:
        """The values as the planning reads them (an unreadable one shows the default it falls back to)."""
        # the versions first: a change landing in between is then a conflict, never overwritten unseen
        self.versions = read_settings(self.ctx, self._keys())[1]
        lengths = revision_lengths(self.ctx).minutes
        for index, group in enumerate(REVISION_MINUTES_DEFAULTS):
            for risk in (0, 1, 2):
                self.minutes[group, risk].setValue(lengths[index][risk])
        options = proposals.planning_options(self.ctx)
        start, end = options.school_hours or proposals.DEFAULT_SCHOOL_HOURS
        self.school_start.setTime(QTime(start // 60, start % 60))
        self.school_end.setTime(QTime(end // 60, end % 60))
        self.avoid_school.setChecked(options.school_hours is not None)
        self.school_start.setEnabled(options.school_hours is not None)
        self.school_end.setEnabled(options.school_hours is not None)
        self.age_low.setValue(options.school_ages[0])
        self.age_high.setValue(options.school_ages[1])
        self.interpreter.setValue(options.interpreter_minutes)
        for code, days in referrals.lead_times(self.ctx).items():
            self.lead_days[code].setValue(days)

    @staticmethod
    def _keys() -> list[str]:
        return [*REVISION_MINUTES.values(), SCHOOL_HOURS, SCHOOL_AGES, INTERPRETER_MINUTES,
                *REFERRAL_LEAD_DAYS.values()]

    def values(self) -> dict[str, str]:
        """Setting key -> the text to store, in the forms services.proposals and the others parse."""
        texts = {key: str(self.minutes[group_risk].value()) for group_risk, key in REVISION_MINUTES.items()}
        school = ""
        if self.avoid_school.isChecked():
            school = f"{self.school_start.time().toString(TIME_FORMAT)}-{self.school_end.time().toString(TIME_FORMAT)}"
        texts[SCHOOL_HOURS] = school
        texts[SCHOOL_AGES] = f"{self.age_low.value()}-{self.age_high.value()}"
        texts[INTERPRETER_MINUTES] = str(self.interpreter.value())
        texts.update({key: str(self.lead_days[code].value()) for code, key in REFERRAL_LEAD_DAYS.items()})
        return texts

    def labels(self) -> dict[str, str]:
        """Setting key -> its name in the changed-elsewhere dialog."""
        named = {key: self.minutes[group_risk].accessibleName() for group_risk, key in REVISION_MINUTES.items()}
        named[SCHOOL_HOURS] = self.tr("Skoltid som undviks")
        named[SCHOOL_AGES] = self.tr("Skolålder")
        named[INTERPRETER_MINUTES] = self.interpreter.accessibleName()
        named.update({key: self.lead_days[code].accessibleName() for code, key in REFERRAL_LEAD_DAYS.items()})
        return named

    def problem(self) -> tuple[str, QWidget] | None:
        """Why the values cannot be used (Swedish, with what to do) and the input to change, or None."""
        low, high = MINUTES_RANGE
        for (group, risk), box in self.minutes.items():
            if not low <= box.value() <= high:
                return self.tr("En revisionsundersökning ska ta {low} till {high} minuter. Ändra tiden för "
                               "{ages} år, riskgrupp {risk} ({minutes} minuter).").format(
                    low=low, high=high, ages=group.replace("-", "–"), risk=risk, minutes=box.value()), box
        if self.avoid_school.isChecked() and self.school_end.time() <= self.school_start.time():
            return self.tr("Skoltiden ska sluta efter att den börjar. Ändra tiderna, eller bocka ur "
                           "Undvik skoltid för skolbarn."), self.school_start
        low, high = AGES_RANGE
        ages_low, ages_high = self.age_low.value(), self.age_high.value()
        if not (low <= ages_low < ages_high <= high):  # services.proposals reads "6-6" as unreadable
            return self.tr("Skolåldern ska ligga mellan {low} och {high} år, och den första åldern ska vara lägre "
                           "än den andra. Ändra skolåldern.").format(low=low, high=high), \
                self.age_high if ages_high > high else self.age_low
        low, high = INTERPRETER_RANGE
        if not low <= self.interpreter.value() <= high:
            return (self.tr("Extra tid vid tolk ska vara {low} till {high} minuter. Ändra den.").format(
                low=low, high=high), self.interpreter)
        for code, box in self.lead_days.items():
            if referral_rules.lead_days_problem(box.value()) is not None:
                return self.tr("Ledtiden ska vara mellan 0 och {high} dagar. Ändra den för {specialty}.").format(
                    high=referral_rules.MAX_LEAD_DAYS, specialty=domain_text(referral_rules.SPECIALTIES[code])), box
        return None

    def save(self) -> None:
        problem = self.problem()
        self.refused_field = problem[1] if problem else None
        if problem is not None:
            raise UsageError(problem[0])
        changed = {key: text for key, text in self.values().items() if text != self._shown[key]}
        labels, what = self.labels(), self.tr("Planeringens inställningar")

        def store(versions: dict) -> None:
            set_settings(self.ctx, changed, expected_versions=versions[SETTINGS], labels=labels, what=what)

        self.save_checked(store, {SETTINGS: self.versions})
