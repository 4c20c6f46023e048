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
    from klinik_app.ui.settings_dialog import SettingsDialog
    from klinik_app.ui.settings_pages.sync import SyncPage
    from klinik_app.ui.staff_dialog import AccountDialog, ChangePasswordDialog, StaffDialog

    settings = SettingsDialog(ctx)  # at the page Arkiv → Synkinställningar… opens (its mnemonics are checked)
    settings.open_at(SyncPage)
    return [ShortcutsDialog(), AboutDialog(None, ctx), FirstStartDialog(ctx, database="klinik.sqlite"),
            settings, FeeSchedulesDialog(None, ctx), OrderersDialog(None, ctx), ReportDialog(None, ctx),
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


# --- texts the domain and the sync return (not raise), shown in the window ---------------------------

def test_the_target_group_status_reaches_the_english_window_in_english_and_the_swedish_is_kept(language, ctx):
    """R-TG-1..3: the status the patient card shows and a listing refusal quotes (a `Text`)."""
    from datetime import date

    from klinik_app.domain.listing import ListingRefused, check_eligible
    from klinik_app.domain.target_group import OutsideReason
    from klinik_app.ui.errors import shown_text
    from tests.domain.test_target_group import status

    young = status(date(2024, 11, 30), date(2026, 12, 31))
    asylum = status(date(2015, 5, 5), date(2026, 11, 22), outside_reason=OutsideReason.ASYLUM_SEEKER)
    away = status(date(2015, 5, 5), date(2026, 11, 22), code="0180")
    swedish = ("Utanför målgruppen (R-TG-1): fyller 3 år 2027 och ingår från 2027-01-01.",
               "Utanför Hälsoval (R-TG-3): Asylsökande. Besöket registreras med orsak men patienten listas inte; "
               "Folktandvården har områdesansvar.",
               "Utanför målgruppen (R-TG-2): kommunkod 0180 ligger inte i Region Västerbotten (län 24).")
    assert (young.message, asylum.message, away.message) == swedish  # the command's Swedish, unchanged
    with pytest.raises(ListingRefused) as refused:
        check_eligible(young, young, date(2027, 1, 1))
    assert refused.value.message == swedish[0]
    for code in (None, "sv"):
        if code:
            language(code)
        assert tuple(shown_text(s.message) for s in (young, asylum, away)) == swedish
        assert translated(refused.value) == swedish[0]

    language("en")
    assert shown_text(young.message) == ("Outside the target group (R-TG-1): turns 3 in 2027 and is included from "
                                         "2027-01-01.")
    assert shown_text(asylum.message).startswith("Outside the dental choice system (R-TG-3): Asylum seeker. The visit")
    assert shown_text(away.message) == ("Outside the target group (R-TG-2): municipality code 0180 is not in "
                                        "Region Västerbotten (county 24).")
    assert translated(refused.value) == shown_text(young.message)


def test_the_patient_card_shows_the_target_group_and_its_rules_in_english(qtbot, language, ctx):
    from datetime import date

    from klinik_app.services.patients import get_patient_card
    from klinik_app.ui.patient_card import PatientCardView
    from tests.factories import add_patient, pnr

    adult = get_patient_card(ctx, add_patient(ctx, pnr(date(1980, 4, 4), 901), "Ella", "Lind"))
    child = get_patient_card(ctx, add_patient(ctx, pnr(date(2015, 5, 5), 902), "Ali", "Lind", listing="val",
                                              listed_from=date(2020, 1, 1)))
    assert adult.target_group_message == ("Utanför målgruppen (R-TG-1): fyllde 23 år 2003 och ingick till och med "
                                          "2003-12-31.")
    assert child.flags == ["R-LI-6: Ansvarig tandläkare saknas."]
    language("en")
    view = PatientCardView()
    qtbot.addWidget(view)
    view.set_card(adult)
    assert view.target_group.text() == ("Outside the target group (R-TG-1): turned 23 in 2003 and was included up to "
                                        "and including 2003-12-31.")
    view.set_card(child)
    assert view.target_group.text() == ("In the target group (R-TG-1, R-TG-2): registered as resident in Umeå "
                                        "municipality, included up to and including 2038-12-31.")
    assert view.flags.text() == "R-LI-6: No responsible dentist."


def _problem_items(ctx) -> None:
    """Changes the region did not take, stored as push.py and fhir_map store them (Swedish last_error)."""
    from klinik_app.services import outbox
    from klinik_app.sync import codes
    from klinik_app.sync.state import ATTENTION, CONFLICT

    stored = [(ATTENTION, "avliden", codes.FELKOD["avliden"] + " Regionen: Personen avled 2026-10-01."),
              (CONFLICT, "412", codes.CONFLICT_TEXT),
              (ATTENTION, "ogiltig-fhir", codes.LOCAL["ogiltig-fhir"] + " (Consent.dateTime: field required)"),
              (ATTENTION, "nekad", None)]
    with ctx.begin() as s:
        for i, (status, code, text) in enumerate(stored):
            item = outbox.enqueue(s, ctx, "listing-stop", {"stop_uuid": f"00000000-0000-4000-8000-00000000000{i}"})
            s.flush()
            item.status, item.error_code, item.last_error = status, code, text


def test_the_changes_that_need_attention_are_explained_in_english_and_stored_in_swedish(qtbot, language, ctx):
    from klinik_app.services import sync
    from klinik_app.ui.sync_panel import SyncProblemsDialog

    _problem_items(ctx)
    swedish = [item.meaning for item in sync.problem_items(ctx)]
    assert swedish == ["Patienten är avliden enligt befolkningsregistret. Regionen: Personen avled 2026-10-01.",
                       "Uppgiften har ändrats i regionen sedan den hämtades. Jämför klinikens och regionens "
                       "version och välj.",
                       "Uppgifterna kunde inte göras om till ett giltigt meddelande till regionen. "
                       "(Consent.dateTime: field required)",
                       "Regionen tog inte emot ändringen."]
    for code in (None, "en"):
        if code:
            language(code)
        dialog = SyncProblemsDialog(ctx)
        qtbot.addWidget(dialog)
        shown = [[dialog.table.item(row, column).text() for column in range(4)] for row in range(4)]
        if code is None:
            assert [row[3] for row in shown] == swedish and shown[0][1] == "listningsstopp"
    assert shown[0] == ["Needs attention", "listing stop", "–", "The patient is deceased according to the population "
                        "register. The region says: Personen avled 2026-10-01."]
    assert [row[3] for row in shown[1:]] == [
        "The item has been changed in the region since it was fetched. Compare the clinic's and the region's version "
        "and choose.",
        "The details could not be turned into a valid message to the region. (Consent.dateTime: field required)",
        "The region did not accept the change."]


def test_a_sync_cycle_is_summed_up_in_english_in_the_status_bar(language, ctx):
    from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Text
    from klinik_app.services import sync
    from klinik_app.sync.client import RegionUnreachable
    from klinik_app.sync.pull import PullReport
    from klinik_app.sync.push import PushReport
    from klinik_app.ui.errors import shown_text

    _problem_items(ctx)
    done = sync._result(ctx, sync.OK, None, PushReport(sent=1), PullReport(applied=3, new_patients=2,
                                                                             ended_listings=1))
    away = sync._result(ctx, sync.UNREACHABLE, RegionUnreachable(QT_TRANSLATE_NOOP(
        "sync", "Regionens listningstjänst gick inte att nå. Ändringarna väntar och skickas senare."), "test"),
        None, None)
    assert (done.exit_code, done.summary) == (sync.ATTENTION, (
        "Synkroniserat med regionen: 1 ändring skickade, 3 från regionen (2 nya patienter, 1 avslutade listningar). "
        "Kön: 0 väntar, 3 behöver åtgärd, 1 konflikt. Se listan över ändringar som behöver åtgärd."))
    assert away.summary == ("Regionens listningstjänst gick inte att nå. Ändringarna väntar och skickas senare. "
                            "Inget har gått förlorat. Kön: 0 väntar, 3 behöver åtgärd, 1 konflikt.")
    assert shown_text(done.summary) == done.summary and shown_text(away.summary) == away.summary
    language("en")
    assert shown_text(done.summary) == (
        "Synced with the region: 1 change sent, 3 from the region (2 new patients, 1 ended listings). Queue: "
        "0 waiting, 3 need attention, 1 conflict. See the list of changes that need attention.")
    assert shown_text(away.summary) == (
        "The region's listing service could not be reached. The changes are waiting and will be sent later. "
        "Nothing has been lost. Queue: 0 waiting, 3 need attention, 1 conflict.")
    assert shown_text(Text(sync.BUSY_TEXT)) == (
        "Another workstation is syncing right now; try again in a while.")


def _broken_rule_set(tmp_path) -> Exception:
    from klinik_app.domain.ruleset import RuleSetError, default_rules_dir, load_rule_set

    text = (default_rules_dir() / "vasterbotten.toml").read_text(encoding="utf-8")
    broken = tmp_path / "trasig.toml"
    broken.write_text(text.replace("min_age = 3", 'min_age = "tre"', 1), encoding="utf-8")
    with pytest.raises(RuleSetError) as refused:
        load_rule_set(broken)
    return refused.value


def test_a_rule_set_file_that_cannot_be_read_is_explained_in_english_in_the_settings(qtbot, language, ctx, tmp_path,
                                                                                    monkeypatch):
    from klinik_app.domain.ruleset import RuleSetError, rule_set_for
    from klinik_app.ui.settings_dialog import SettingsDialog
    from klinik_app.ui.settings_pages import clinic
    from klinik_app.ui.settings_pages.clinic import RuleSetPage

    refused = _broken_rule_set(tmp_path)
    path = tmp_path / "trasig.toml"
    assert refused.message == (f"Regeluppsättningen {path}: nyckeln 'target_group.min_age' ska vara ett heltal, "
                               "inte 'tre'. Rätta filen.")  # the command's Swedish, as before
    assert (refused.path, refused.key) == (path, "target_group.min_age")
    with pytest.raises(RuleSetError) as missing:
        rule_set_for("gotland", ctx.today, [])
    assert missing.value.message == "Det finns ingen regeluppsättning för regionen 'gotland' (finns: inga)."
    assert translated(refused) == refused.message and translated(missing.value) == missing.value.message

    def unreadable():
        raise refused

    monkeypatch.setattr(clinic, "rule_set_names", unreadable)
    language("en")
    assert translated(missing.value) == "There is no rule set for the region 'gotland' (available: none)."
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.page(RuleSetPage)
    assert page.problem.text() == (f"The rule set {path}: the key 'target_group.min_age' must be a whole number, "
                                   "not 'tre'. Correct the file.")
    assert not page.rule_set.isEnabled() and not dialog.changed_pages()  # nothing to choose, nothing changed


def test_a_status_or_a_role_in_lower_case_inside_a_refusal_is_translated_too(language):
    from klinik_app.services.messages import QT_TRANSLATE_NOOP

    moved = ServiceError(QT_TRANSLATE_NOOP("services", "Tiden är {status} och kan inte flyttas. Boka en ny tid i "
                                                       "stället."), status="avbokad")
    twice = ServiceError(QT_TRANSLATE_NOOP("services", "Det finns redan en undersökning av {role} {date} för "
                                                       "patienten. Öppna historiken och kontrollera den."),
                         role="tandläkare", date="2026-11-02")
    assert translated(moved) == moved.message == "Tiden är avbokad och kan inte flyttas. Boka en ny tid i stället."
    language("en")
    assert translated(moved) == "The appointment is cancelled and cannot be moved. Book a new appointment instead."
    assert translated(twice) == ("There is already an examination by a dentist on 2026-11-02 for the patient. Open "
                                 "the history and check it.")


def test_what_a_change_saved_elsewhere_names_is_translated_too(qtbot, language, ctx, other_workstation_saved):
    """ChangedElsewhere's {what} ("Skärmlåset") is marked: the English sentence names it in English."""
    from klinik_app.services.concurrency import ChangedElsewhere
    from klinik_app.ui.changed_elsewhere import ChangedElsewhereDialog

    with pytest.raises(ChangedElsewhere) as refused:
        other_workstation_saved()
    assert refused.value.message.startswith("Skärmlåset har ändrats på en annan arbetsstation")  # the command's
    assert translated(refused.value) == refused.value.message
    language("en")
    assert translated(refused.value).startswith("The screen lock was changed on another workstation")
    dialog = ChangedElsewhereDialog(refused.value)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "intro_label").text().startswith("The screen lock ")


@pytest.fixture
def other_workstation_saved(ctx):
    """Save the idle lock over versions read before another save: refused with ChangedElsewhere."""
    shown = accounts.idle_minutes_version(ctx)
    accounts.save_idle_minutes(ctx, 30, expected_versions=shown)
    return lambda: accounts.save_idle_minutes(ctx, 15, expected_versions=shown)


# --- what the services return (not raise) and the window shows ------------------------------------------

BERIT, SARA = "SE2321000222-P0002", "SE2321000222-H0003"  # another workstation's user, an account to edit


def _both_versions(dialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {table.verticalHeaderItem(r).text(): (table.item(r, 0).text(), table.item(r, 1).text())
            for r in range(table.rowCount())}


def test_the_changed_elsewhere_dialog_shows_its_labels_and_fixed_values_in_english_and_the_data_as_it_is(
        qtbot, language, ctx, db_path):
    """Issue 10's dialog: the fields' labels, "(tomt)", "(ändras inte)", "Ja"/"Nej" and the statuses and roles
    translated; what the users typed (a name, a reason) and dates as they are; the Swedish as before."""
    from datetime import date

    from klinik_app.services import recall
    from klinik_app.services.concurrency import ChangedElsewhere
    from klinik_app.ui.changed_elsewhere import ChangedElsewhereDialog
    from tests.conftest import make_ctx
    from tests.factories import add_patient, add_staff, pnr

    add_staff(ctx, BERIT, "Berit Bengtsson", "reception")
    add_staff(ctx, SARA, "Sara Svensson", "tandskoterska")
    ella = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val")
    account = next(a for a in accounts.staff_accounts(ctx) if a.hsa_id == SARA)
    other = make_ctx(db_path, user=BERIT)
    try:
        recall.set_override(other, ella, date(2027, 1, 20), "ringde och flyttade")
        accounts.save_account(other, SARA, "Sara Svensson", "tandskoterska", {"tandskoterska", "reception"},
                              active=False, expected_version=account.row_version)
    finally:
        other.close()
    conflicts = []
    for save in (lambda: recall.set_override(ctx, ella, date(2026, 12, 30), "vill komma före nyår",
                                             expected_version=0),
                 lambda: accounts.save_account(ctx, SARA, "Sara Lind", "tandskoterska", {"tandskoterska"},
                                               expected_version=account.row_version)):
        with pytest.raises(ChangedElsewhere) as refused:
            save()
        conflicts.append(refused.value)

    def shown() -> list[tuple[str, dict]]:
        found = []
        for conflict in conflicts:
            dialog = ChangedElsewhereDialog(conflict)
            qtbot.addWidget(dialog)
            found.append((dialog.table.horizontalHeaderItem(1).text(), _both_versions(dialog)))
        return found

    swedish = [{"Status": ("(ändras inte)", "Ej kontaktad"), "Eget datum (skiljer sig)": ("2026-12-30", "2027-01-20"),
                "Pausad till": ("(ändras inte)", "(tomt)"),
                "Orsak (skiljer sig)": ("vill komma före nyår", "ringde och flyttade")},
               {"Namn (skiljer sig)": ("Sara Lind", "Sara Svensson"), "Yrkesroll": ("Tandsköterska", "Tandsköterska"),
                "Roller (skiljer sig)": ("Tandsköterska", "Reception, Tandsköterska"),
                "Kontot är aktivt (skiljer sig)": ("Ja", "Nej")}]
    assert conflicts[1].saved == {"Namn": "Sara Svensson", "Yrkesroll": "Tandsköterska",
                                  "Roller": "Reception, Tandsköterska", "Kontot är aktivt": "Nej"}  # the service's
    for code in (None, "sv"):
        if code:
            language(code)
        assert [rows for _head, rows in shown()] == swedish
        assert shown()[0][0].startswith(f"Sparat nu\nav Berit Bengtsson ({BERIT})\n")

    language("en")
    (head, recall_rows), (_head, account_rows) = shown()
    assert head.startswith(f"Saved now\nby Berit Bengtsson ({BERIT})\n")  # the time (a real clock's) is not compared
    assert recall_rows == {"Status": ("(not changed)", "Not contacted"),
                           "Own date (differs)": ("2026-12-30", "2027-01-20"),
                           "Paused until": ("(not changed)", "(empty)"),
                           "Reason (differs)": ("vill komma före nyår", "ringde och flyttade")}
    assert account_rows == {"Name (differs)": ("Sara Lind", "Sara Svensson"),
                            "Profession": ("Dental nurse", "Dental nurse"),
                            "Roles (differs)": ("Dental nurse", "Reception, Dental nurse"),
                            "The account is active (differs)": ("Yes", "No")}


def test_a_weekday_a_working_hours_refusal_names_is_translated_too(language, ctx):
    """The day ("måndag") and "den extra dagen ..." are values of the refusal, marked: English in the window."""
    from datetime import date

    from klinik_app.domain.capacity import EXTRA, CapacityException, WorkPeriod
    from klinik_app.services import capacity

    refusals = []
    for periods, exceptions in (([WorkPeriod(0, 600, 540, 50)], []),
                                ([], [CapacityException(EXTRA, date(2026, 12, 5), date(2026, 12, 5), 600, 540, 50)])):
        refusals.append(refusal(ctx, lambda c: capacity.save_hours(c, "SE2321000222-T0001", periods, exceptions,
                                                                   expected_version="")))
    swedish = ["Arbetstiden för måndag måste sluta efter att den börjar, samma dag. Rätta tiderna.",
               "Arbetstiden för den extra dagen 2026-12-05 måste sluta efter att den börjar, samma dag. Rätta "
               "tiderna."]
    assert [exc.message for exc in refusals] == swedish  # the command's Swedish, as before
    language("sv")
    assert [translated(exc) for exc in refusals] == swedish
    language("en")
    assert [translated(exc) for exc in refusals] == [
        "The working hours for Monday must end after they start, on the same day. Correct the times.",
        "The working hours for the extra day 2026-12-05 must end after they start, on the same day. Correct the times."]


def test_the_results_the_services_sum_up_are_shown_in_english_and_printed_in_swedish(qtbot, language, ctx, tmp_path):
    """The summaries the window shows in a message box or the status bar (archive, proposals, summons, the log
    check and extract) and a recall's status: `Text`s whose Swedish is the command's, translated in the window."""
    from datetime import date
    from types import SimpleNamespace

    from klinik_app.domain.messages import Text
    from klinik_app.services import archive_export, archive_import, audit, proposals, recall, summons
    from klinik_app.services.messages import QT_TRANSLATE_NOOP
    from klinik_app.ui.errors import shown_text
    from klinik_app.ui.i18n import long_date
    from klinik_app.ui.recall_dialogs import ManualHandlingDialog
    from klinik_app.ui.revision_panel import recall_text

    exported = archive_export.export_archive(ctx, tmp_path / "arkiv", fhir=False)
    imported = archive_import.ImportResult(1234, 40, "0012")
    accepted = [proposals.Accepted({1: 10}, [(None, "x"), (None, "y")]),
                proposals.Accepted({1: 10, 2: 11}, [(None, "x")])]
    paused = SimpleNamespace(due=date(2027, 1, 1))
    written = summons.SummonsResult(
        SimpleNamespace(letters=1), [1, 2], [summons.ManualItem(3, "Ali Lind", Text(QT_TRANSLATE_NOOP("services",
                                                                                                   "adress saknas")))],
        [summons.ManualItem(4, "Bo Lind", summons._skip_reason(paused, SimpleNamespace(
            disabled_until=date(2027, 2, 1), status=recall.SUMMONED, summons_count=1), None, ctx.today)),
         summons.ManualItem(5, "Cy Lind", summons._skip_reason(paused, SimpleNamespace(
             disabled_until=None, status=recall.BOOKED, summons_count=1), None, ctx.today))])
    state = recall.RecallState(recall.SUMMONED, 2, date(2026, 10, 1), None, None, None)
    verified = audit.verify(ctx)
    extract = audit.ExtractResult(None, 3, "Ella Lind")
    path = tmp_path / "utdrag.pdf"

    def shown(day=None) -> list[str]:
        dialog = ManualHandlingDialog(shown_text(written.summary()), written.manual, written.skipped)
        qtbot.addWidget(dialog)
        return [shown_text(exported.summary()), shown_text(imported.summary()),
                *(shown_text(a.summary()) for a in accepted), shown_text(written.summary()),
                " / ".join(why for _name, _todo, why in dialog.rows), recall_text(state, ctx.today),
                shown_text(audit.extract_summary(extract, path, date(2026, 1, 1), date(2026, 11, 22), day=long_date))]

    swedish = [f"Klinikarkivet är skrivet till {tmp_path / 'arkiv'}: {exported.tables} tabeller, {exported.rows} "
               "rader.",
               "Klinikarkivet är inläst: 40 tabeller, 1234 rader (arkivets version 0012).",
               "1 föreslagna tider bokade (inte bekräftade). 2 kunde inte bokas: tiden hade tagits under tiden. "
               "Föreslå igen för dem.",
               "2 föreslagna tider bokade (inte bekräftade). 1 kunde inte bokas: tiden hade tagits under tiden. "
               "Föreslå igen för dem.",
               "Kallelser: 1 brev till 2 patienter; 1 att kalla manuellt (skyddad identitet eller adress saknas); 2 "
               "hoppades över (bokad, avböjt, pausad eller alla påminnelser skickade).",
               "adress saknas / pausad till 2027-02-01 / bokad",
               "Kallad 2 gånger, senast 2026-10-01",
               f"Loggutdrag för Ella Lind (1 januari 2026 – 22 november 2026): 3 åtkomster, skrivet till {path}. "
               "Utlämnandet är loggat."]
    # What the command prints: the same Swedish, the extract's dates as the extract writes them.
    assert [exported.summary(), imported.summary(), *(a.summary() for a in accepted), written.summary()] == swedish[:5]
    assert audit.extract_summary(extract, path, date(2026, 1, 1), date(2026, 11, 22)) == swedish[-1]
    assert verified.summary().startswith(f"Åtkomstloggen är oförändrad: {verified.entries} poster, sigill ")
    for code in (None, "sv"):
        if code:
            language(code)
        assert shown() == swedish
        assert shown_text(verified.summary()) == verified.summary()

    language("en")
    assert shown() == [
        f"The clinic archive is written to {tmp_path / 'arkiv'}: {exported.tables} tables, {exported.rows} rows.",
        "The clinic archive is read in: 40 tables, 1234 rows (the archive's version 0012).",
        "1 proposed time booked (not confirmed). 2 could not be booked: the time had been taken meanwhile. Propose "
        "again for them.",
        "2 proposed times booked (not confirmed). 1 could not be booked: the time had been taken meanwhile. Propose "
        "again for that patient.",
        "Summons: 1 letter to 2 patients; 1 to summon by hand (protected identity or no address); 2 skipped (booked, "
        "declined, paused or every reminder sent).",
        "no address / paused until 2027-02-01 / booked",
        "Summoned 2 times, last on 2026-10-01",
        f"Log extract for Ella Lind (1 January 2026 – 22 November 2026): 3 accesses, written to {path}. The "
        "disclosure is logged."]
    assert shown_text(verified.summary()).startswith(f"The access log is unchanged: {verified.entries} entries, seal ")


def test_what_the_domain_explains_in_words_is_shown_in_english(language, ctx):
    """The rule behind a due date, a referral's deadline and refused step, an agreed time, a target and why no
    fee is charged: texts the record copy and the letters print (and the database keeps) in Swedish, which the
    window translates."""
    from datetime import date

    from klinik_app.domain import absence, appointments, indicator_targets, referrals
    from klinik_app.domain.indicators import DEFINITIONS
    from klinik_app.domain.revision import FIRST_EXAM, DueDate, explain
    from klinik_app.ui.dashboard_model import target_cell
    from klinik_app.ui.errors import shown_text

    due = DueDate(date(2027, 6, 30), FIRST_EXAM, True, date(2045, 12, 31), None, None, None, date(2027, 6, 30))
    deadline = referrals.deadline(date(2027, 12, 31), 120)
    agreed = appointments.agreement_text(True, "Anna Lind", "telefon", date(2026, 11, 20), "Rita Reception")
    share = next(d for d in DEFINITIONS.values() if d.better == "higher" and d.unit == "andel")
    target = indicator_targets.target_text(share, 0.9)
    refused = ServiceError(referrals.step_problem(referrals.CLOSED, referrals.ANSWER))
    _no_fee, unconfirmed = absence.fee_decision(appointments.NO_SHOW, False, False, ctx.rules.absence)
    texts = [explain(due), deadline.warning(date(2027, 9, 3)), agreed, target, unconfirmed]
    swedish = ["Tandläkarundersökning senast 2027-06-30: den första undersökningen görs av tandläkare under året "
               "patienten fyller 3 år (R-RV-4).",
               "För sent för avgiftsfri vård: skulle ha skickats senast 2027-09-02 (den avgiftsfria vården upphör "
               "2027-12-31).",
               "Överenskommen med vårdnadshavare Anna Lind per telefon 2026-11-20 av Rita Reception",
               "mål minst 90,0 %", "Ingen avgift: tiden var bara föreslagen i kallelsebrevet och aldrig bekräftad"]
    assert texts == swedish and refused.message == ("Remissen är avslutad. Svar kan bara registreras på en skickad "
                                                    "remiss som inte redan är besvarad.")
    assert [shown_text(t) for t in texts] == swedish and target_cell(target) == "minst 90,0 %"
    language("en")
    assert [shown_text(t) for t in texts] == [
        "Dentist examination by 2027-06-30: the first examination is done by a dentist in the year the patient turns "
        "3 (R-RV-4).",
        "Too late for free care: should have been sent by 2027-09-02 (free care ends 2027-12-31).",
        "Agreed with guardian Anna Lind by phone 2026-11-20 by Rita Reception",
        "target at least 90,0 %", "No fee: the time was only proposed in the summons letter and never confirmed"]
    assert target_cell(target) == "at least 90,0 %"
    assert translated(refused) == ("The referral is ended. An answer can only be recorded on a sent referral that has "
                                   "not already been answered.")
