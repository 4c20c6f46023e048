"""The clinic's routines: how recall reminders follow a summons (services.recall) and how soon an
unattended workstation locks its screen (R-SE-1, services.accounts)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from klinik_app.services import accounts, recall
from klinik_app.services.context import ServiceContext
from klinik_app.services.settings import SETTINGS
from klinik_app.ui.settings_pages.base import SettingsPage, spin


class ReminderPage(SettingsPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx,
                         self.tr("När en kallelse inte har lett till en bokad tid visar kallelselistan att det är "
                                 "dags för en påminnelse. När alla påminnelser har skickats visas det att kliniken "
                                 "bör ringa familjen."),
                         parent)
        self.title = self.tr("Påminnelser")
        self.days = self.add_row(self.tr("Påminnelse efter (&dagar):"), spin(1, 365, "", "reminder_days_spin"))
        self.count = self.add_row(self.tr("Antal p&åminnelser:"), spin(0, 10, "", "max_reminders_spin"))
        self.finish()

    def show_stored(self) -> None:
        policy = recall.reminder_policy(self.ctx)
        self.versions = recall.reminder_versions(self.ctx)
        self.days.setValue(policy.days)
        self.count.setValue(policy.max_reminders)

    def values(self) -> tuple[int, int]:
        return self.days.value(), self.count.value()

    def save(self) -> None:
        days, count = self.values()
        self.save_checked(lambda versions: recall.save_reminder_policy(self.ctx, days, count,
                                                                       expected_versions=versions[SETTINGS]),
                          {SETTINGS: self.versions})


class IdleLockPage(SettingsPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx,
                         self.tr("En arbetsstation som ingen har använt på en stund döljer patientuppgifterna tills "
                                 "den inloggade skriver sitt lösenord. Gäller alla arbetsstationer."),
                         parent)
        self.title = self.tr("Skärmlås")
        self.minutes = self.add_row(self.tr("Lås sk&ärmen efter:"),
                                    spin(1, 24 * 60, self.tr(" minuter"), "idle_spin"))
        self.finish()

    def show_stored(self) -> None:
        self.versions = accounts.idle_minutes_version(self.ctx)
        self.minutes.setValue(accounts.idle_minutes(self.ctx))

    def values(self) -> int:
        return self.minutes.value()

    def save(self) -> None:
        minutes = self.values()
        self.save_checked(lambda versions: accounts.save_idle_minutes(self.ctx, minutes,
                                                                      expected_versions=versions[SETTINGS]),
                          {SETTINGS: self.versions})
