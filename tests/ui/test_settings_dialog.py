"""Arkiv → Inställningar (issue 11): every page shows what is stored, saves through its services (read
back here), refuses what cannot work in Swedish without saving, and never overwrites a change made on
another workstation unseen. Driven with the keyboard where a person would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from klinik_app.domain import permissions as perm
from klinik_app.services import accounts, backup, recall, retention, sync, treatments
from klinik_app.services.clinic import get_clinic
from klinik_app.services.listing_documents import protected_invoice_basis
from klinik_app.services.settings import ORDERER_NAME, get_setting
from klinik_app.ui import i18n
from klinik_app.ui.changed_elsewhere import KEPT_TEXT, ChangedElsewhereDialog
from klinik_app.ui.fee_schedules_dialog import FeeSchedulesDialog
from klinik_app.ui.settings_dialog import SettingsDialog
from klinik_app.ui.settings_pages.backup import BackupPage, RetentionPage
from klinik_app.ui.settings_pages.clinic import RuleSetPage
from klinik_app.ui.settings_pages.fees import FeesPage
from klinik_app.ui.settings_pages.language import LanguagePage
from klinik_app.ui.settings_pages.routines import IdleLockPage, ReminderPage
from klinik_app.ui.settings_pages.sync import SyncPage
from tests.conftest import make_ctx
from tests.factories import add_patient, add_staff, pnr
from tests.letters.pdf import page_texts
from tests.ui.keyboard import type_text

OTHER = "SE2321000222-P0002"


@pytest.fixture
def dialog(qtbot, ctx) -> SettingsDialog:
    shown = SettingsDialog(ctx)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


@pytest.fixture
def other(ctx, db_path):
    """Workstation B: a second context with its own engine on the same database."""
    add_staff(ctx, OTHER, "Berit Bengtsson", "verksamhetschef")
    b = make_ctx(db_path, user=OTHER)
    yield b
    b.close()


@pytest.fixture
def closing_discards(monkeypatch) -> list[str]:
    """For a test that leaves changes in the dialog: closing it at the end throws them away (recorded)."""
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def page_of(dialog: SettingsDialog, kind: type):
    page = next(p for p in dialog.pages if isinstance(p, kind))
    dialog.show_page(page)
    return page


def retype(qtbot, field: QWidget, text: str) -> None:
    """Select all and type over it, as a person does (å, ä, ö through keyboard.type_text)."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(qtbot, field, text)


def press_enter(qtbot, field: QWidget) -> None:
    """Enter in a field saves (the OK button is the default)."""
    qtbot.keyClick(field, Qt.Key.Key_Return)


# --- opening ---------------------------------------------------------------------------------------

def test_ctrl_comma_opens_the_settings_from_arkiv_and_esc_closes_them_unchanged(qtbot, window_for, ctx):
    window = window_for(ctx)
    arkiv = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Arkiv")
    entries = [a for a in arkiv.actions() if a.isVisible()]
    assert entries.index(window.settings_action) < entries.index(window.sync_action)  # before the region
    assert window.settings_action.text() == "Inst&ällningar…"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.register.search_field, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.page_list
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_Escape)  # nothing changed: closes without a question
    assert not dialog.isVisible()


def test_a_role_without_settings_manage_gets_no_settings(qtbot, window_for, db_path):
    reception = make_ctx(db_path, roles={perm.RECEPTION, perm.DENTIST})
    from klinik_app.services.clinic import init_clinic
    from tests.conftest import CLINIC_HSA_ID

    init_clinic(reception, CLINIC_HSA_ID, "Tandkliniken Testbyn")
    window = window_for(reception)
    assert not window.settings_action.isVisible() and not window.settings_action.isEnabled()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.register.search_field, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert not hasattr(window, "settings_dialog")
    reception.close()


def test_the_page_list_is_walked_with_the_keyboard(qtbot, dialog):
    titles = [dialog.page_list.item(r).text() for r in range(dialog.page_list.count())]
    assert titles == ["Klinik och brevhuvud", "Regelverk", "Regionens listningstjänst", "Säkerhetskopior",
                      "Journalernas lagringstid", "Påminnelser", "Skärmlås", "Planering", "Taxor och prislistor",
                      "Språk"]
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_Down)
    assert dialog.stack.currentWidget() is dialog.pages[2]
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_End)
    assert dialog.stack.currentWidget() is dialog.pages[-1]
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # around to the first
    assert dialog.stack.currentWidget() is dialog.pages[0]


def test_no_two_mnemonics_clash_anywhere_in_the_dialog_and_every_input_is_named(dialog):
    keys = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            key = QKeySequence.mnemonic(widget.text()).toString()
            if key:
                keys.append(key)
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)):
            part = inside_a_combo_box(widget) or isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_")
            if not part:  # a header, a spin box's text, a combo box's list: parts of a named control
                assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()} has no name"
    assert len(keys) >= 20 and len(keys) == len(set(keys)), sorted(keys)


def inside_a_combo_box(widget: QWidget) -> bool:
    parent = widget.parent()
    while parent is not None and not isinstance(parent, QComboBox):
        parent = parent.parent()
    return parent is not None


# --- each page: shows what is stored, saves, is read back ------------------------------------------

def test_clinic_and_letterhead_are_saved_and_shown_on_the_next_letter(qtbot, dialog, ctx, tmp_path):
    page = dialog.pages[0]
    assert (page.name.text(), page.hsa_label.text()) == ("Tandkliniken Testbyn", "SE2321000222-E12345")
    retype(qtbot, page.name, "Tandkliniken Ön")
    retype(qtbot, page.street, "Storgatan 12")
    retype(qtbot, page.postal_code, "903 25")
    retype(qtbot, page.postal_town, "Umeå")
    retype(qtbot, page.phone, "090-12 34 56")
    retype(qtbot, page.orderer_name, "Beställarenheten tandvård")
    press_enter(qtbot, page.phone)
    assert not dialog.isVisible()
    clinic = get_clinic(ctx)
    assert (clinic.name, clinic.street, clinic.postal_town, clinic.phone) == \
        ("Tandkliniken Ön", "Storgatan 12", "Umeå", "090-12 34 56")
    assert get_setting(ctx, ORDERER_NAME) == "Beställarenheten tandvård"

    add_patient(ctx, pnr(date(2015, 3, 3), 222), "Sara", "Skyddad", protected=True, listing="val",
                listed_from=date(2020, 1, 1))
    protected_invoice_basis(ctx, date(2026, 10, 1), pdf=tmp_path / "underlag.pdf")
    text = " ".join(page_texts(tmp_path / "underlag.pdf"))
    for expected in ("Tandkliniken Ön", "Storgatan 12", "903 25 Umeå", "090-12 34 56", "Beställarenheten tandvård"):
        assert expected in text


@pytest.fixture
def two_rule_sets(tmp_path, monkeypatch):
    """The shipped rule set and a second region's (a copy under another id) to choose between."""
    from klinik_app.domain.ruleset import default_rules_dir
    from klinik_app.services import clinic

    shipped = (default_rules_dir() / "vasterbotten.toml").read_text(encoding="utf-8")
    folder = tmp_path / "regler"
    folder.mkdir()
    (folder / "vasterbotten.toml").write_text(shipped, encoding="utf-8")
    (folder / "provregion.toml").write_text(shipped.replace('id = "vasterbotten"', 'id = "provregion"').replace(
        'region_name = "Region Västerbotten"', 'region_name = "Region Prov"'), encoding="utf-8")
    monkeypatch.setattr(clinic, "default_rules_dir", lambda: folder)


def test_the_rule_set_is_chosen_among_those_shipped(qtbot, ctx, two_rule_sets):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    page = page_of(dialog, RuleSetPage)
    assert page.rule_set.currentText() == "Region Västerbotten (vasterbotten)" and not page.is_dirty()
    page.rule_set.setFocus()
    qtbot.keyClick(page.rule_set, Qt.Key.Key_Home)  # the rule sets by id: provregion first
    assert page.rule_set.currentData() == "provregion" and page.is_dirty()
    press_enter(qtbot, page.rule_set)
    assert not dialog.isVisible() and get_clinic(ctx).rule_set_id == "provregion"


def test_letterhead_and_rule_set_saved_in_one_ok_are_not_a_conflict_with_each_other(qtbot, ctx, two_rule_sets):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    letterhead, rules = dialog.pages[0], dialog.pages[1]
    for edit, text in ((letterhead.street, "Storgatan 12"), (letterhead.postal_code, "903 25"),
                       (letterhead.postal_town, "Umea")):
        edit.setText(text)
    rules.rule_set.setCurrentIndex(rules.rule_set.findData("provregion"))
    dialog.ok_button.click()  # no changed-elsewhere dialog: conftest fails the test on one
    assert not dialog.isVisible()
    assert (get_clinic(ctx).street, get_clinic(ctx).rule_set_id) == ("Storgatan 12", "provregion")


def test_the_regional_service_and_certificates_are_saved(qtbot, dialog, ctx, tmp_path):
    files = {}
    for name in ("klient.pem", "klient.key", "ca.pem"):
        files[name] = tmp_path / name
        files[name].write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    page = page_of(dialog, SyncPage)
    assert page.interval.value() == sync.DEFAULT_INTERVAL and page.server.text() == ""
    retype(qtbot, page.server, "https://listning.region.example/fhir")
    for edit, name in ((page.cert, "klient.pem"), (page.key, "klient.key"), (page.ca, "ca.pem")):
        retype(qtbot, edit, str(files[name]))
    page.interval.setValue(15)
    press_enter(qtbot, page.server)
    assert not dialog.isVisible()
    assert sync.stored_settings(ctx) == (sync.SyncSettings("https://listning.region.example/fhir",
                                                           str(files["klient.pem"]), str(files["klient.key"]),
                                                           str(files["ca.pem"])), 15)


def test_the_backup_folder_and_how_long_copies_are_kept_are_saved(qtbot, dialog, ctx, tmp_path):
    page = page_of(dialog, BackupPage)
    assert (page.folder.text(), page.keep_days.value(), page.keep_count.value()) == ("", 30, 10)
    retype(qtbot, page.folder, str(tmp_path / "usb" / "kopior"))
    retype(qtbot, page.keep_days, "60")
    retype(qtbot, page.keep_count, "5")
    press_enter(qtbot, page.folder)
    assert not dialog.isVisible()
    assert backup.backup_settings(ctx)[:3] == (str(tmp_path / "usb" / "kopior"), 60, 5)
    assert (tmp_path / "usb" / "kopior").is_dir()  # made, and written to, when saved
    assert backup.make_backup(ctx, "manuell").parent == tmp_path / "usb" / "kopior"


def test_record_retention_is_saved_by_the_head_of_clinic(qtbot, dialog, ctx):
    page = page_of(dialog, RetentionPage)
    assert page.years.value() == 10 and page.years.isEnabled()
    retype(qtbot, page.years, "12")
    press_enter(qtbot, page.years)
    assert not dialog.isVisible() and retention.record_years(ctx) == 12


def test_an_administrator_sees_the_record_retention_but_cannot_change_it(qtbot, ctx, db_path):
    admin = make_ctx(db_path, roles={perm.ADMINISTRATOR})
    dialog = SettingsDialog(admin)
    qtbot.addWidget(dialog)
    page = page_of(dialog, RetentionPage)
    assert page.years.value() == 10 and not page.years.isEnabled()
    assert page.findChild(QLabel, "retention_note").text() == "Bara verksamhetschefen kan ändra lagringstiden."
    admin.close()


def test_reminders_and_the_idle_lock_are_saved(qtbot, dialog, ctx):
    reminders = page_of(dialog, ReminderPage)
    assert (reminders.days.value(), reminders.count.value()) == (28, 2)
    retype(qtbot, reminders.days, "21")
    retype(qtbot, reminders.count, "1")
    idle = page_of(dialog, IdleLockPage)
    assert idle.minutes.value() == 10
    retype(qtbot, idle.minutes, "5")
    press_enter(qtbot, idle.minutes)
    assert not dialog.isVisible()
    assert recall.reminder_policy(ctx) == recall.ReminderPolicy(21, 1)
    assert accounts.idle_minutes(ctx) == 5


def test_the_open_window_follows_the_clinic_name_and_idle_lock_at_once(qtbot, window_for, ctx):
    window = window_for(ctx)
    window.settings_action.trigger()
    dialog = window.settings_dialog
    letterhead = dialog.pages[0]
    for edit, text in ((letterhead.name, "Tandkliniken Ön"), (letterhead.street, "Storgatan 12"),
                       (letterhead.postal_code, "903 25"), (letterhead.postal_town, "Umeå")):
        edit.setText(text)
    page_of(dialog, IdleLockPage).minutes.setValue(3)
    dialog.ok_button.click()
    assert window.session.idle_lock.timer.interval() == 3 * 60_000
    assert window.windowTitle() == "Klinik – Tandkliniken Ön" and window.clinic_label.text() == "Tandkliniken Ön"
    assert window.statusBar().currentMessage() == "Inställningarna är sparade: Klinik och brevhuvud, Skärmlås."


def test_the_price_list_page_lists_the_versions_and_opens_the_fee_schedules(qtbot, dialog, ctx):
    page = page_of(dialog, FeesPage)
    schedules = treatments.list_schedules(ctx)
    assert page.table.rowCount() == len(schedules) > 0
    assert page.table.item(0, 1).text() == schedules[0].version
    page.open_button.click()
    assert isinstance(page.dialog, FeeSchedulesDialog) and page.dialog.isVisible()
    page.dialog.reject()
    assert page.dialog is None and not page.is_dirty()


def test_the_language_is_saved_for_the_next_start(qtbot, dialog, monkeypatch):
    monkeypatch.delenv(i18n.ENV, raising=False)
    page = page_of(dialog, LanguagePage)
    assert page.language.currentText() == "Svenska"
    assert "nästa gång Klinik startar" in page.intro.text()
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_Down)
    assert page.language.currentText() == "English"
    press_enter(qtbot, page.language)
    assert not dialog.isVisible() and i18n.saved_language() == "en"


# --- refusals -----------------------------------------------------------------------------------------

def _retention_9(page, tmp_path):
    page.years.setValue(9)
    return "minst 10 år", lambda ctx: retention.record_years(ctx) == 10


def _http_server(page, tmp_path):
    page.server.setText("http://listning.region.example/fhir")
    return "ska börja med https://", lambda ctx: sync.stored_settings(ctx)[0].server == ""


def _missing_certificate(page, tmp_path):
    page.server.setText("https://listning.region.example/fhir")
    page.ca.setText(str(tmp_path / "finns-inte.pem"))
    return "finns inte", lambda ctx: sync.stored_settings(ctx)[0] == sync.SyncSettings("", None, None, None)


def _unwritable_folder(page, tmp_path):
    blocker = tmp_path / "en-fil"
    blocker.write_text("ingen mapp", encoding="utf-8")
    page.folder.setText(str(blocker / "kopior"))  # a folder under a file cannot be made, even by root
    page.keep_days.setValue(60)
    return "kan inte skriva i mappen", lambda ctx: backup.backup_settings(ctx)[:3] == ("", 30, 10)


@pytest.mark.parametrize("page_kind, change", [
    (RetentionPage, _retention_9),
    (SyncPage, _http_server),
    (SyncPage, _missing_certificate),
    (BackupPage, _unwritable_folder),
])
def test_a_value_that_cannot_work_is_explained_in_swedish_and_nothing_is_saved(qtbot, dialog, ctx, tmp_path,
                                                                              page_kind, change, closing_discards):
    page = page_of(dialog, page_kind)
    said, unchanged = change(page, tmp_path)
    dialog.show_page(dialog.pages[0])
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.stack.currentWidget() is page  # the refusal is shown on its page
    assert said in dialog.message.text() and dialog.message.text().startswith(page.title + ": ")
    assert unchanged(ctx) and page.is_dirty()  # nothing stored, the input kept


def test_pages_saved_before_a_refusal_are_said_and_not_asked_about_again(qtbot, dialog, ctx, closing_discards):
    reminders = page_of(dialog, ReminderPage)
    reminders.days.setValue(21)
    idle = page_of(dialog, IdleLockPage)
    idle.minutes.setValue(90)  # at most 60
    dialog.ok_button.click()
    assert dialog.message.text().startswith("Sparat: Påminnelser. Skärmlås: Skärmen ska låsas efter 1 till 60 "
                                            "minuter")
    assert recall.reminder_policy(ctx).days == 21 and not reminders.is_dirty()
    assert accounts.idle_minutes(ctx) == 10 and idle.is_dirty()
    dialog.reject()
    assert closing_discards == ["Ändringarna på Skärmlås är inte sparade. Vill du stänga utan att spara dem?"]


# --- a change saved elsewhere meanwhile ---------------------------------------------------------------

def _answer(choose):
    def drive() -> None:
        shown = next((w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ChangedElsewhereDialog) and w.isVisible()), None)
        if shown is None:
            QTimer.singleShot(10, drive)
            return
        choose(shown)

    QTimer.singleShot(0, drive)


def test_a_setting_changed_elsewhere_meanwhile_is_refused_and_the_stored_one_shown(qtbot, dialog, ctx, other,
                                                                                   conflict_dialog_expected):
    idle = page_of(dialog, IdleLockPage)
    accounts.save_idle_minutes(other, 30)  # workstation B, after this dialog read the settings
    idle.minutes.setValue(5)
    _answer(lambda shown: shown.keep_button.click())
    dialog.ok_button.click()
    assert dialog.isVisible() and KEPT_TEXT in dialog.message.text()
    assert accounts.idle_minutes(ctx) == 30 and idle.minutes.value() == 30  # B's value, now shown


def test_the_clinic_changed_elsewhere_is_refused_too(qtbot, dialog, ctx, other, conflict_dialog_expected):
    from klinik_app.services.clinic import set_clinic_address

    page = dialog.pages[0]
    set_clinic_address(other, "Kungsgatan 5", "903 25", "Umeå", None)
    for edit, text in ((page.street, "Storgatan 14"), (page.postal_code, "903 25"), (page.postal_town, "Umeå")):
        edit.setText(text)
    seen = []
    _answer(lambda shown: (seen.append(shown.differing_labels()), shown.keep_button.click()))
    dialog.ok_button.click()
    assert seen == [["Gatuadress"]] and dialog.isVisible()
    assert get_clinic(ctx).street == "Kungsgatan 5" and page.street.text() == "Kungsgatan 5"


# --- closing with changes -------------------------------------------------------------------------------

def test_esc_asks_before_throwing_changes_away(qtbot, dialog, ctx, monkeypatch):
    asked = []

    def answer(button):
        def question(parent, title, text, *args):
            asked.append(text)
            return button
        return question

    page = page_of(dialog, IdleLockPage)
    page.minutes.setValue(45)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer(QMessageBox.StandardButton.Cancel)))
    qtbot.keyClick(page.minutes, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == ["Ändringarna på Skärmlås är inte sparade. Vill du stänga utan att "
                                            "spara dem?"]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer(QMessageBox.StandardButton.Discard)))
    dialog.cancel_button.click()
    assert not dialog.isVisible() and accounts.idle_minutes(ctx) == 10
