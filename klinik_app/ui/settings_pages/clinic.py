"""The clinic and its letterhead (name, address, phone; the orderer letters go to), and its rule set.

Both pages edit the one clinic row, each from the version it showed. They share a `ClinicRow`, so
saving the letterhead and then the rule set in one OK is not mistaken for a change made elsewhere.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from klinik_app.domain.ruleset import RuleSetError
from klinik_app.services.clinic import get_clinic, rule_set_names, set_clinic_address, set_rule_set
from klinik_app.services.context import ServiceContext
from klinik_app.services.settings import (
    ORDERER_ADDRESS,
    ORDERER_LABELS,
    ORDERER_NAME,
    SETTINGS,
    read_settings,
    set_settings,
)
from klinik_app.ui.errors import translated
from klinik_app.ui.settings_pages.base import SettingsPage

log = logging.getLogger(__name__)

CLINIC = "clinic"  # the key of the clinic row in save_with_conflict_check's versions


class ClinicRow:
    """The pages showing the clinic row: a save by one moves the others on when they showed the same version."""

    def __init__(self) -> None:
        self.pages: list[ClinicPage | RuleSetPage] = []

    def saved(self, before: int, after: int) -> None:
        for page in self.pages:
            if page.version == before:
                page.version = after


class ClinicPage(SettingsPage):
    def __init__(self, ctx: ServiceContext, row: ClinicRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx,
                         self.tr("Uppgifterna står i brevhuvudet på alla brev och dokument som Klinik skriver ut. "
                                 "Beställaren är mottagare av meddelanden om listningsstopp."),
                         parent)
        self.title = self.tr("Klinik och brevhuvud")
        self.row, self.version = row, 0
        row.pages.append(self)
        self.hsa_label = QLabel(objectName="hsa_label")
        self.hsa_label.setToolTip(self.tr("Klinikens HSA-ID bestäms när databasen skapas och kan inte ändras."))
        self.form.addRow(self.tr("HSA-ID:"), self.hsa_label)
        self.name = self.add_row(self.tr("Klinikens &namn:"), QLineEdit(objectName="name_edit"))
        self.street = self.add_row(self.tr("&Gatuadress:"), QLineEdit(objectName="street_edit"))
        self.postal_code = self.add_row(self.tr("&Postnummer:"), QLineEdit(objectName="postal_code_edit"))
        self.postal_town = self.add_row(self.tr("Post&ort:"), QLineEdit(objectName="postal_town_edit"))
        self.phone = self.add_row(self.tr("Tele&fon:"), QLineEdit(objectName="phone_edit"))
        self.orderer_name = self.add_row(self.tr("&Beställare:"), QLineEdit(objectName="orderer_name_edit"))
        self.orderer_address = self.add_row(self.tr("Beställarens &adress:"),
                                            QPlainTextEdit(objectName="orderer_address_edit"))
        self.orderer_address.setTabChangesFocus(True)
        self.orderer_address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.finish()

    def first_field(self) -> QWidget:
        return self.name

    def show_stored(self) -> None:
        clinic = get_clinic(self.ctx)
        self.version = clinic.row_version
        self.hsa_label.setText(clinic.hsa_id)
        for edit, value in ((self.name, clinic.name), (self.street, clinic.street),
                            (self.postal_code, clinic.postal_code), (self.postal_town, clinic.postal_town),
                            (self.phone, clinic.phone)):
            edit.setText(value or "")
        values, self.orderer_versions = read_settings(self.ctx, ORDERER_LABELS)
        self.orderer_name.setText(values[ORDERER_NAME])
        self.orderer_address.setPlainText(values[ORDERER_ADDRESS])

    def _clinic_values(self) -> tuple[str, ...]:
        return tuple(e.text().strip() for e in (self.name, self.street, self.postal_code, self.postal_town, self.phone))

    def _orderer_values(self) -> tuple[str, str]:
        return self.orderer_name.text().strip(), self.orderer_address.toPlainText().strip()

    def values(self) -> tuple:
        return self._clinic_values(), self._orderer_values()

    def save(self) -> None:
        clinic_shown, orderer_shown = self._shown
        done = ""
        if self._clinic_values() != clinic_shown:
            name, street, postal_code, postal_town, phone = self._clinic_values()

            def clinic(versions: dict) -> None:
                after = set_clinic_address(self.ctx, street, postal_code, postal_town, phone, name=name,
                                           expected_version=versions[CLINIC]).row_version
                self.row.saved(versions[CLINIC], after)

            self.save_checked(clinic, {CLINIC: self.version})
            done = self.tr("Klinikens namn och adress är sparade, men inte beställaren. ")
        if self._orderer_values() != orderer_shown:
            name, address = self._orderer_values()

            def orderer(versions: dict) -> None:
                set_settings(self.ctx, {ORDERER_NAME: name, ORDERER_ADDRESS: address},
                             expected_versions=versions[SETTINGS])

            self.save_checked(orderer, {SETTINGS: self.orderer_versions}, done)


class RuleSetPage(SettingsPage):
    def __init__(self, ctx: ServiceContext, row: ClinicRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Regionens regelverk för Hälsoval tandvård: målgruppens åldrar, "
                                      "revisionsintervall, listning och uteblivanden räknas efter det. Byt bara "
                                      "när kliniken går över till en annan regions uppdrag."), parent)
        self.title = self.tr("Regelverk")
        self.row, self.version = row, 0
        row.pages.append(self)
        self.rule_set = self.add_row(self.tr("&Regelverk:"), QComboBox(objectName="rule_set_box"))
        self.problem = QLabel(objectName="rule_set_problem", wordWrap=True)  # a rule-set file that cannot be read
        self.problem.hide()
        self.box.addWidget(self.problem)
        try:
            names = rule_set_names()
        except RuleSetError as exc:  # a file changed since Klinik started: said here, the rest of the settings work
            log.warning("the rule-set files could not be read (%s, key %s)", exc.path, exc.key)
            names = {}
            self.problem.setText(translated(exc))
            self.problem.setAccessibleName(self.problem.text())
            self.problem.show()
        for rule_set_id, region in names.items():
            self.rule_set.addItem(f"{region} ({rule_set_id})", rule_set_id)
        self.rule_set.setEnabled(bool(names))  # no choice to offer: the clinic keeps its rule set
        self.finish()

    def show_stored(self) -> None:
        clinic = get_clinic(self.ctx)
        self.version = clinic.row_version
        self.rule_set.setCurrentIndex(self.rule_set.findData(clinic.rule_set_id))

    def values(self) -> str:
        return self.rule_set.currentData()

    def save(self) -> None:
        chosen = self.values()

        def rule_set(versions: dict) -> None:
            self.row.saved(versions[CLINIC],
                           set_rule_set(self.ctx, chosen, expected_version=versions[CLINIC]).row_version)

        self.save_checked(rule_set, {CLINIC: self.version})
