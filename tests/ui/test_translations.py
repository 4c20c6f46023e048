"""Translation (issue 11): Swedish is the source and the default, English is complete, and a
pseudo-translation marks and lengthens every text.

The .ts files in resources/translations are checked as files (finished, placeholders kept, current
with the code), then the main window is built in English and in pseudo mode and every text it shows
is read: a Swedish text left in the English window fails here, naming it.
"""

from __future__ import annotations

import errno
import importlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from klinik_app.domain.permissions import AUDIT_READ
from klinik_app.services import accounts
from klinik_app.services.errors import DatabaseReadOnly, ServiceError, user_message
from klinik_app.services.permissions import NotPermitted
from klinik_app.ui import i18n
from klinik_app.ui.errors import show_error, translated
from tests.ui.a11y import mnemonic_gaps, visible_widgets
from klinik_app.ui.domain_texts import SOURCES

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")

# Data and names, not texts of the program: the test clinic, the rule set's orderer, Folktandvården.
NAMES = ("Tandkliniken Testbyn", "Region Västerbotten, Beställarenheten tandvård", "Region Västerbotten", "Folktandvården")


# --- the .ts files -------------------------------------------------------------------------------

def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) of every message in a .ts file."""
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message.findtext("source"), message)
            for context in root.iter("context") for message in context.iter("message")]


def translations(message: ET.Element) -> list[str]:
    element = message.find("translation")
    forms = element.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [element.text or ""]


def finished(message: ET.Element) -> bool:
    return message.find("translation").get("type") not in ("unfinished", "vanished", "obsolete")


def mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_message_is_finished_and_keeps_its_placeholders_and_mnemonic(language):
    found = messages(TS_DIR / f"klinik_{language}.ts")
    assert len(found) > 1000
    problems = []
    for context, source, message in found:
        for text in translations(message):
            if not finished(message) or not text.strip():
                problems.append(f"{context}: {source!r} is not translated")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
            elif mnemonics(text) != mnemonics(source):
                problems.append(f"{context}: {source!r} -> {text!r} changes the mnemonic")
    assert not problems, "\n".join(problems)


def test_swedish_is_the_source_text():
    assert all(translations(message) == [source] for _c, source, message in messages(TS_DIR / "klinik_sv.ts"))


def test_the_ts_files_hold_every_text_of_the_code(tmp_path):
    """lupdate over klinik_app/ui, and the refusals marked in klinik_app/services, db, domain and sync, now
    (a fraction of a second) finds nothing the committed files lack."""
    fresh = tmp_path / "fresh.ts"
    sources = [str(ROOT / "klinik_app" / package) for package in ("ui", "services", "db", "domain", "sync")]
    result = subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "none",
                             *sources, "-ts", str(fresh)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    current = {(context, source) for context, source, _m in messages(fresh)}
    for language in ("sv", "en"):
        committed = {(context, source) for context, source, _m in messages(TS_DIR / f"klinik_{language}.ts")}
        missing = sorted(current - committed)
        assert not missing, f"run scripts/translations and translate: klinik_{language}.ts lacks {missing[:20]}"


def test_the_services_refusals_are_listed_for_translation():
    """The refusals of the services (QT_TRANSLATE_NOOP("services", ...)) are in the .ts files, English too."""
    english = {source: translations(message)[0] for context, source, message in messages(TS_DIR / "klinik_en.ts")
               if context == "services"}
    assert len(english) > 200
    assert english["Mappen {folder} är inte tom. Välj en ny, tom mapp för klinikarkivet."] == (
        "The folder {folder} is not empty. Choose a new, empty folder for the clinic archive.")


def test_the_domain_labels_shown_in_the_window_are_listed_for_translation():
    listed = {source for context, source, _m in messages(TS_DIR / "klinik_en.ts") if context == "domain"}
    labels = set()
    for source in SOURCES:
        module, _, name = source.partition(":")
        name, _, attribute = name.partition(".")
        value = getattr(importlib.import_module(module), name)
        items = value.values() if isinstance(value, dict) else [value]
        labels |= {getattr(item, attribute) if attribute else item for item in items}
    assert labels <= listed, f"run scripts/translations: {sorted(labels - listed)}"


# --- the language choice and the pseudo-translation ----------------------------------------------

def test_swedish_is_the_default_and_the_choice_is_kept_per_workstation(monkeypatch):
    monkeypatch.delenv("KLINIK_LANG", raising=False)
    assert i18n.saved_language() == "sv"
    i18n.save_language("en")
    assert i18n.saved_language() == "en"
    monkeypatch.setenv("KLINIK_LANG", "pseudo")  # one start in another language, the choice stays
    assert i18n.saved_language() == "pseudo"
    monkeypatch.setenv("KLINIK_LANG", "klingon")
    assert i18n.saved_language() == "en"
    with pytest.raises(ValueError):
        i18n.save_language("pseudo")


def test_pseudo_lengthens_and_marks_but_keeps_what_the_code_needs():
    assert i18n.pseudo("Sök &patient") == "[Šök &pätïëñt~~~~~]"
    text = i18n.pseudo("{count} av {total:,} &Tider && rum, %n st, %1")
    assert text.startswith("[") and text.endswith("]") and len(text) >= 1.4 * len("{count} av {total:,} &Tider && rum, %n st, %1")
    assert PLACEHOLDER.findall(text) == ["{count}", "{total:,}", "%n", "%1"]
    assert "&T" in text and "&&" in text
    assert i18n.pseudo("") == ""


# --- the window ----------------------------------------------------------------------------------

@pytest.fixture
def built_translations(tmp_path, monkeypatch) -> Path:
    """The .qm files built now from the committed .ts files, so a stale build cannot hide a gap."""
    for language in ("sv", "en"):
        result = subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS_DIR / f"klinik_{language}.ts"),
                                 "-qm", str(tmp_path / f"klinik_{language}.qm")], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    return tmp_path


@pytest.fixture
def language(qapp, built_translations):
    """Call with a language before the window is made; translators and locale are put back after."""
    installed, locale = [], QLocale()

    def install(code: str) -> None:
        i18n.remove_translators(qapp, installed)
        installed[:] = i18n.install_translators(qapp, code)

    yield install
    i18n.remove_translators(qapp, installed)
    QLocale.setDefault(locale)


def visit_every_page(qtbot, window) -> list[str]:
    """Each page of the View menu once (built and shown), and each tab of a page with tabs (Planering's
    Prognos, Förslag, Att bekräfta: a tab fills its texts when first shown), then back to the patients.
    Returns the tabs visited inside pages."""
    view = next(a.menu() for a in window.menuBar().actions()
                if a.menu() is not None and window.patients_page_action in a.menu().actions())
    inner_tabs = []
    for action in view.actions():
        if action.isEnabled() and not action.isSeparator() and not action.text().endswith("…"):
            action.trigger()
            QApplication.processEvents()
            for tabs in window.tabs.currentWidget().findChildren(QTabWidget):
                for index in [*range(1, tabs.count()), 0]:
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    inner_tabs.append(tabs.tabText(index))
    window.patients_page_action.trigger()
    qtbot.wait(10)
    return inner_tabs


def menu_texts(menu: QMenu) -> list[str]:
    menu.aboutToShow.emit()  # menus filled when opened
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
                  action.statusTip()]
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return texts


def header_texts(view: QAbstractItemView) -> list[str]:
    header = (view.horizontalHeader() if isinstance(view, QTableView)
              else view.header() if isinstance(view, QTreeView) else None)
    if header is None or view.model() is None:
        return []
    return [str(view.model().headerData(section, Qt.Orientation.Horizontal, role) or "")
            for section in range(header.count())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]


def window_texts(window) -> list[str]:
    """Every text the window can show: titles, labels, buttons, actions and menus, tabs, headers,
    placeholders, items of closed lists, tooltips and the names screen readers read."""
    texts = [window.windowTitle()]
    for action in window.menuBar().actions() if hasattr(window, "menuBar") else []:
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.statusTip(), widget.accessibleName(), widget.accessibleDescription()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())] + [widget.placeholderText()]
        if isinstance(widget, QTabWidget):
            texts += [t for i in range(widget.count()) for t in (widget.tabText(i), widget.tabToolTip(i))]
        if isinstance(widget, QAbstractItemView):
            texts += header_texts(widget)
    for action in window.findChildren(QAction):
        texts += [action.text(), action.statusTip()]
    return [text for text in dict.fromkeys(t.strip() for t in texts) if text]


def without_names(text: str) -> str:
    for name in NAMES:
        text = text.replace(name, "")
    return text


@pytest.fixture
def english_window(qtbot, language, window_for, ctx):
    language("en")
    window = window_for(ctx)  # the clinic only: no patient data that could look Swedish
    visited = visit_every_page(qtbot, window)
    assert {"Fore&cast", "Pr&oposals", "&To confirm"} <= set(visited)  # Planering's three tabs
    return window


def test_the_english_window_shows_no_swedish_text(english_window):
    translated = {source for _c, source, message in messages(TS_DIR / "klinik_en.ts")
                  if translations(message) != [source]}
    swedish = [text for text in window_texts(english_window)
               if text in translated or SWEDISH_LETTERS.search(without_names(text))]
    assert not swedish, "still Swedish in the English window:\n" + "\n".join(swedish)


def dialogs(ctx) -> list[QWidget]:
    """The main window's dialogs that need no patient: made, not shown (their texts are set up front)."""
    from klinik_app.ui.absence_stats_view import AbsenceStatsDialog
    from klinik_app.ui.area_clinics_dialog import AreaClinicsDialog
    from klinik_app.ui.audit_review import AuditReviewDialog
    from klinik_app.ui.backup_dialogs import RestoreDialog
    from klinik_app.ui.fee_schedules_dialog import FeeSchedulesDialog
    from klinik_app.ui.first_start import FirstStartDialog
    from klinik_app.ui.help_dialogs import AboutDialog, ShortcutsDialog
    from klinik_app.ui.orderers_dialog import OrderersDialog, ReportDialog
    from klinik_app.ui.staff_dialog import AccountDialog, ChangePasswordDialog, StaffDialog
    from klinik_app.ui.sync_settings import SyncSettingsDialog

    return [ShortcutsDialog(), AboutDialog(None, ctx), FirstStartDialog(ctx, database="klinik.sqlite"),
            SyncSettingsDialog(ctx), FeeSchedulesDialog(None, ctx), OrderersDialog(None, ctx), ReportDialog(None, ctx),
            AuditReviewDialog(ctx), StaffDialog(ctx), AccountDialog(ctx, None), ChangePasswordDialog(ctx),
            RestoreDialog(ctx), AreaClinicsDialog(None, ctx), AbsenceStatsDialog(ctx)]


def test_the_english_dialogs_show_no_swedish_text(qtbot, language, ctx):
    language("en")
    translated = {source for _c, source, message in messages(TS_DIR / "klinik_en.ts")
                  if translations(message) != [source]}
    swedish = []
    for dialog in dialogs(ctx):
        qtbot.addWidget(dialog)
        swedish += [f"{type(dialog).__name__}: {text}" for text in window_texts(dialog)
                    if text in translated or SWEDISH_LETTERS.search(without_names(text))]
    assert not swedish, "still Swedish in the English dialogs:\n" + "\n".join(swedish)


def test_the_english_window_uses_english_names_and_swedish_formats(english_window):
    assert english_window.tabs.tabText(0) == "Patients"
    assert [a.text() for a in english_window.menuBar().actions()][:3] == ["&File", "&Patient", "&View"]
    swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    assert QLocale().toString(1234.5, "f", 1) == swedish.toString(1234.5, "f", 1)  # English (Sweden)
    assert QLocale().dateFormat(QLocale.FormatType.ShortFormat) == "yyyy-MM-dd"


# Lengthened texts make the window's minimum size grow after it is shown, which the offscreen platform
# reports; that growth is the finding (today: Tidbok and Avvikelser need about 1640 and 1410 px).
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_pseudo_translation_marks_every_text_and_the_window_still_works(qtbot, language, window_for, ctx):
    language("pseudo")
    window = window_for(ctx)
    visit_every_page(qtbot, window)
    # Data is not translated: names, dates, counts, key names ("Ctrl+5") and the locale's month and day names.
    locale = QLocale()
    calendar = {name for i in range(1, 13) for form in QLocale.FormatType
                for name in (locale.monthName(i, form), locale.standaloneMonthName(i, form))}
    unmarked = [text for text in window_texts(window)
                if re.search(r"[a-zåäö]{3}", without_names(text)) and "~" not in text
                and not any(word in calendar for word in text.lower().split())]
    assert not unmarked, "not translated (no pseudo mark):\n" + "\n".join(unmarked)
    assert window.isVisible() and window.tabs.tabText(0).startswith("[")
    # The layout check: a lengthened label still fits in the window.
    too_wide = [label.text() for label in window.findChildren(QLabel)
                if label.isVisible() and not label.wordWrap() and label.sizeHint().width() > window.width()]
    assert not too_wide, too_wide


def test_with_no_choice_the_window_shows_the_swedish_source_texts(qtbot, language, window_for, ctx, monkeypatch):
    monkeypatch.delenv("KLINIK_LANG", raising=False)
    plain = window_for(ctx)
    visit_every_page(qtbot, plain)
    expected = window_texts(plain)
    plain.close()
    language(i18n.saved_language())
    window = window_for(ctx)
    visit_every_page(qtbot, window)
    shown = window_texts(window)
    assert len(shown) == len(expected)
    # Only Qt's own texts differ (the scroll buttons' names, say): qtbase_sv.qm puts them in Swedish.
    ours = {source for _c, source, _m in messages(TS_DIR / "klinik_sv.ts")}
    differing = [(plain, swedish) for plain, swedish in zip(expected, shown) if plain != swedish]
    assert differing and not [pair for pair in differing if pair[0] in ours or SWEDISH_LETTERS.search(pair[0])]
    assert window.tabs.tabText(0) == "Patienter"


def page_widths(qtbot, window) -> dict[int, int]:
    visit_every_page(qtbot, window)
    return {i: window.tabs.widget(i).minimumSizeHint().width() for i in range(window.tabs.count())}


def test_no_page_needs_more_room_in_english_than_in_swedish(qtbot, language, window_for, ctx):
    language("sv")
    swedish = window_for(ctx)
    widths = page_widths(qtbot, swedish)
    swedish.close()
    language("en")
    english = window_for(ctx)
    wider = {english.tabs.tabText(i): (width, widths[i]) for i, width in page_widths(qtbot, english).items()
             if width > widths[i] * 1.05 + 20}
    assert not wider, f"pages wider in English than in Swedish (English, Swedish px): {wider}"


def test_the_english_window_and_dialogs_have_no_shared_mnemonics(qtbot, language, window_for, ctx):
    """The Swedish mnemonics are checked by the accessibility walk; English letters are chosen anew."""
    language("en")
    window = window_for(ctx)
    clashes = []
    view = next(a.menu() for a in window.menuBar().actions()
                if a.menu() is not None and window.patients_page_action in a.menu().actions())
    for action in view.actions():
        if action.isEnabled() and not action.isSeparator() and not action.text().endswith("…"):
            action.trigger()
            QApplication.processEvents()
            for tabs in [None, *window.tabs.currentWidget().findChildren(QTabWidget)]:
                for index in range(tabs.count()) if tabs is not None else [None]:
                    if tabs is not None:
                        tabs.setCurrentIndex(index)
                        QApplication.processEvents()
                    clashes += [f"{action.text()}: {gap}" for gap in mnemonic_gaps(window, visible_widgets(window))]
    for dialog in dialogs(ctx):
        qtbot.addWidget(dialog)
        clashes += mnemonic_gaps(dialog, visible_widgets(dialog))
    assert not clashes, "\n".join(sorted(set(clashes)))


# --- the services' refusals ----------------------------------------------------------------------

@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    """The texts show_error puts in its message box (the box itself is not opened)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *args: shown.append(text))
    return shown


def refusal(ctx, call) -> ServiceError:
    with pytest.raises(ServiceError) as caught:
        call(ctx)
    return caught.value


def test_a_service_refusal_reaches_the_english_window_in_english(language, ctx, shown_errors):
    """A real refusal of the services, with values, through show_error: the template is translated and filled."""
    language("en")
    exc = refusal(ctx, lambda c: accounts.save_idle_minutes(c, 0))
    assert exc.message.startswith("Skärmen ska låsas efter")  # the command's Swedish text is kept as it was
    assert show_error(None, exc) == shown_errors[-1]
    lowest, highest = accounts.IDLE_MINUTES[2:]
    assert shown_errors == [f"The screen locks after {lowest} to {highest} minutes without activity. "
                            "0 minutes cannot be chosen."]
    assert translated(DatabaseReadOnly()).startswith("The database file is read-only")
    assert translated(OSError(errno.ENOSPC, "No space left on device")).startswith("The disk is full.")
    denied = NotPermitted(AUDIT_READ)
    assert translated(denied).startswith("You are not permitted to ")
    assert not SWEDISH_LETTERS.search(shown_errors[-1])


def test_a_service_refusal_reaches_the_swedish_window_unchanged(language, ctx, shown_errors):
    for code in (None, "sv"):  # no translator at all, and the Swedish one
        if code:
            language(code)
        exc = refusal(ctx, lambda c: accounts.save_idle_minutes(c, 0))
        assert show_error(None, exc) == exc.message == user_message(exc)[0]
        assert shown_errors[-1] == exc.message
        for other in (DatabaseReadOnly(), NotPermitted(AUDIT_READ), OSError(errno.EACCES, "Permission denied", "x.csv"),
                      ServiceError("{inget} värde att fylla i"), KeyError("x")):
            assert translated(other) == user_message(other)[0]


# --- the domain's and the sync's refusals --------------------------------------------------------

def domain_refusals(ctx) -> list[Exception]:
    """An identity number typed wrong (passed on by a service), a deviation step refused, a fee schedule
    line with a part of the message as a value, and the sync's setup refused."""
    from klinik_app.domain.deviations import CLOSED, REPORTED, DeviationRefused, check_step
    from klinik_app.domain.fee_schedule import FeeScheduleError, parse_csv
    from klinik_app.services.patient_lookup import patient_id_by_number
    from klinik_app.sync.client import RegionClient, SyncSetupError

    found = [refusal(ctx, lambda c: patient_id_by_number(c, "19121212-1213"))]
    for call, kind in ((lambda: check_step(REPORTED, CLOSED), DeviationRefused),
                       (lambda: parse_csv("kod;benamning;pris\nA1;Undersökning\n"), FeeScheduleError),
                       (lambda: RegionClient("http://region.example"), SyncSetupError)):
        with pytest.raises(kind) as caught:
            call()
        found.append(caught.value)
    return found


def test_a_domain_refusal_reaches_the_english_window_in_english(language, ctx, shown_errors):
    language("en")
    typed_wrong, step, line, setup = domain_refusals(ctx)
    assert typed_wrong.message == "'19121212-1213' har fel kontrollsiffra. Kontrollera numret."  # the CLI's Swedish
    assert show_error(None, typed_wrong) == shown_errors[-1] == (
        "'19121212-1213' has the wrong check digit. Check the number.")
    assert translated(step).startswith("The deviation is at the step \"")
    assert translated(line) == "Line 2: the line must have three fields (kod;benamning;pris), it has 2."
    assert translated(setup).startswith("The address of the region's listing service must begin with https://")
    for exc in (typed_wrong, step, line, setup):
        assert not SWEDISH_LETTERS.search(translated(exc)), translated(exc)


def test_a_domain_refusal_reaches_the_swedish_window_unchanged(language, ctx, shown_errors):
    for code in (None, "sv"):
        if code:
            language(code)
        for exc in domain_refusals(ctx):
            assert show_error(None, exc) == exc.message == user_message(exc)[0] == shown_errors[-1]
