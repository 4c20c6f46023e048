"""The window's language on this workstation (ui.i18n); it changes at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from klinik_app.services.context import ServiceContext
from klinik_app.ui import i18n
from klinik_app.ui.settings_pages.base import SettingsPage


class LanguagePage(SettingsPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx,
                         self.tr("Språket gäller den här arbetsstationen och byts nästa gång Klinik startar. Brev "
                                 "och dokument till patienter och regionen skrivs alltid på svenska."),
                         parent)
        self.title = self.tr("Språk")
        self.language = self.add_row(self.tr("&Språk:"), QComboBox(objectName="language_box"))
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own name, readable whatever is shown now
        self.finish()

    def show_stored(self) -> None:
        self.language.setCurrentIndex(max(self.language.findData(i18n.saved_language()), 0))

    def values(self) -> str:
        return self.language.currentData()

    def save(self) -> None:
        i18n.save_language(self.values())
