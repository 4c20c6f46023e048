"""Issue 11's screenshot review: the window fits a 1280x720 laptop screen on every page, in Swedish and
English; the status bar stays compact and cuts long messages with the whole text in its tooltip; the
week view shows one caregiver and marks today; the follow-up shows counts as counts; the deviation
register's labelled columns fit their labels."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QStatusTipEvent
from PySide6.QtWidgets import QApplication

from klinik_app.domain import deviations as dv
from klinik_app.domain.indicators import DEFINITIONS, Value
from klinik_app.domain.permissions import STAFF_ROLES
from klinik_app.ui.appointment_book import DAY, WEEK
from klinik_app.ui.dashboard_model import COL_BASIS, COL_VALUE, basis_text, value_text
from klinik_app.services import deviations
from klinik_app.ui.deviations_view import COL_CATEGORY, COL_HARM, COL_PARTY, COL_STATE, COL_WHAT, COLUMNS, DeviationsView
from klinik_app.ui.status_bar import elided
from tests.conftest import TODAY
from tests.factories import add_appointment, add_patient, add_staff, pnr
from tests.ui.test_dashboard_view import _cell, _row, _small_clinic, _view
from tests.ui.test_translations import built_translations, language, visit_every_page  # noqa: F401 - fixtures

LAPTOP = (1280, 720)
TINA, HUGO = "SE2321000222-T0001", "SE2321000222-T0002"


# --- 1. every page fits a 1280x720 window ----------------------------------------------------------

@pytest.mark.parametrize("code", ["sv", "en"])
def test_the_window_fits_a_1280_by_720_screen_after_every_page_and_the_week_view(qtbot, language, window_for,
                                                                                  demo_ctx, code):
    language(code)
    window = window_for(demo_ctx)  # the demo clinic: real names in the caregiver list and the tables
    visit_every_page(qtbot, window)
    book = window.appointment_book
    window.tabs.setCurrentWidget(book)
    book.set_view(WEEK)
    book.caregiver_box.setCurrentIndex(0)  # and the week of every caregiver, the widest grid there is
    QApplication.processEvents()
    assert len({c.key for c in book.model.columns}) > 1
    hint = window.minimumSizeHint()
    wide = {window.tabs.tabText(i): window.tabs.widget(i).minimumSizeHint().width() for i in range(window.tabs.count())
            if window.tabs.widget(i).minimumSizeHint().width() > LAPTOP[0]}
    assert hint.width() <= LAPTOP[0] and not wide, (hint.width(), wide)
    assert hint.height() <= LAPTOP[1], hint.height()
    assert window.statusBar().minimumSizeHint().width() <= LAPTOP[0] * 2 // 3  # messages get the rest


# --- 2. the status bar -----------------------------------------------------------------------------

def test_a_user_in_every_role_gets_a_short_label_and_the_whole_list_as_tooltip(window):
    label = window.session.user_label
    assert set(window.ctx.actor.roles) == set(STAFF_ROLES)
    assert label.text().endswith(f"({len(STAFF_ROLES)} roller)")
    for role in STAFF_ROLES.values():
        assert role in label.toolTip() and role in label.accessibleName()
    assert label.accessibleName().startswith("Inloggad: ")
    assert label.sizeHint().width() < 300


def test_a_long_message_is_cut_at_a_word_and_whole_in_the_tooltip_and_cut_again_on_resize(qtbot, window):
    bar = window.statusBar()
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: window.width() == LAPTOP[0], timeout=2000)
    long = " ".join(f"ord{n}" for n in range(200))
    window.show_status(long)
    shown = bar.shown_message()
    assert shown.endswith("…") and long.startswith(shown[:-1]) and shown[:-1].split(" ")[-1] in long.split(" ")
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_width()
    assert bar.toolTip() == long == bar.currentMessage()
    window.resize(LAPTOP[0] - 300, LAPTOP[1])
    qtbot.waitUntil(lambda: bar.shown_message() != shown, timeout=2000)
    assert len(bar.shown_message()) < len(shown) and bar.toolTip() == long
    window.show_status("Sparat.")  # a short one is shown whole, with no tooltip
    assert bar.currentMessage() == "Sparat." and bar.toolTip() == ""


def test_a_message_clears_after_its_time_and_qts_own_status_tips_are_cut_too(qtbot, window):
    bar = window.statusBar()
    bar.showMessage("en stund", 50)
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)
    assert bar.toolTip() == "" and bar.shown_message() == ""
    long = "tips " * 400
    QApplication.sendEvent(window, QStatusTipEvent(long))  # as a menu entry's status tip arrives
    assert bar.shown_message().endswith("…") and bar.toolTip() == long == bar.currentMessage()


def test_elided_cuts_at_a_word_end_and_keeps_a_text_that_fits():
    fits = lambda limit: (lambda text: len(text) <= limit)  # noqa: E731 - one character, one unit
    assert elided("Planeringen visar fyra veckor", fits(100)) == "Planeringen visar fyra veckor"
    assert elided("Planeringen visar fyra veckor, bra", fits(24)) == "Planeringen visar fyra…"
    assert elided("Ettmycketlångtord", fits(6)) == "Ettmy…"


# --- 3. the week view ------------------------------------------------------------------------------

@pytest.fixture
def two_caregivers(ctx):
    add_staff(ctx, TINA, "Tina Tandläkare", "tandlakare")
    add_staff(ctx, HUGO, "Hugo Hygienist", "tandhygienist")
    anna = add_patient(ctx, pnr(date(1980, 4, 4)), "Anna", "Andersson")
    add_appointment(ctx, anna, datetime.combine(TODAY + timedelta(days=1), datetime.min.time()).replace(hour=9),
                    caregiver=TINA)
    return ctx


def _book(qtbot, window):
    window.appointment_book_page_action.trigger()
    view = window.appointment_book
    qtbot.waitUntil(lambda: view.loaded and view.model.columnCount() > 0, timeout=2000)
    return view


def test_the_week_of_all_caregivers_shows_the_current_columns_caregiver_and_says_so(qtbot, window_for,
                                                                                     two_caregivers):
    window = window_for(two_caregivers)
    view = _book(qtbot, window)
    assert view.caregiver_box.currentData() is None and [c.title for c in view.model.columns] == [
        "Hugo Hygienist", "Tina Tandläkare"]
    view.select_cell(10, 1)  # Tina's column
    said = []
    view.status_message.connect(said.append)
    view.set_view(WEEK)
    assert view.caregiver_box.currentData() == TINA
    assert {c.key for c in view.model.columns} == {TINA} and len(view.model.columns) == 6  # Mon-Fri, Sunday
    assert said and "Tina Tandläkare" in said[-1] and "Behandlare" in said[-1]
    assert "Tina Tandläkare" in window.statusBar().currentMessage()
    view.set_view(DAY)
    view.caregiver_box.setCurrentIndex(0)  # all again; the week without a current caregiver: the first one
    view.table.setCurrentIndex(view.model.index(-1, -1))
    view.set_view(WEEK)
    assert view.caregiver_box.currentData() == HUGO
    view.caregiver_box.setCurrentIndex(0)  # asked for in the week view: every caregiver, as asked
    assert len(view.model.columns) == 12 and view.view_mode == WEEK


def test_the_week_views_bold_header_is_today_not_the_selected_column(qtbot, window_for, two_caregivers):
    window = window_for(two_caregivers)
    view = _book(qtbot, window)
    view.set_view(WEEK)
    model, header = view.model, view.table.horizontalHeader()
    assert not header.highlightSections()  # Qt's bold for the selected column is off
    days = [c.day for c in model.columns]
    today_column, monday_column = days.index(TODAY), days.index(TODAY - timedelta(days=TODAY.weekday()))
    view.select_cell(10, monday_column)
    bold = [n for n in range(model.columnCount())
            if (font := model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)) and font.bold()]
    assert bold == [today_column]
    display = model.headerData(today_column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert "i dag" in display.split("\n")[0]  # in words too
    assert "i dag" in model.headerData(today_column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
    assert "i dag" not in model.headerData(monday_column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    view.next()  # next week: today is not in it
    assert not any(model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
                   for n in range(model.columnCount()))


# --- 4. the follow-up ------------------------------------------------------------------------------

def test_listed_patients_show_as_whole_patients_and_the_basis_says_what_the_mean_is_of(qtbot, ctx):
    _small_clinic(ctx)
    view = _view(qtbot, ctx)
    choice = _row(view, "listed_choice")
    line = view.model.lines[choice]
    assert line.value.value != round(line.value.value)  # 2,9 listed on average: two in January, then three
    assert _cell(view, choice, COL_VALUE) == str(round(line.value.value))
    assert _cell(view, choice, COL_BASIS) == "medel av 10 månadsskiften"
    view.table.selectRow(choice)
    assert not re.search(r"\d,\d", view.detail_value.text().split("·")[0])
    assert not re.search(r"\d,\d", view.chart.accessibleDescription())  # the chart's labels: whole patients
    share = _row(view, "examined_within_interval")  # a percentage keeps its decimal
    assert _cell(view, share, COL_VALUE).endswith(" %") and "," in _cell(view, share, COL_VALUE)


def test_the_basis_of_each_kind_of_mean_in_words():
    month = (date(2026, 1, 1), date(2026, 10, 31))
    listed, deft, days = DEFINITIONS["listed_choice"], DEFINITIONS["deft_6"], DEFINITIONS["deviation_answer_days"]
    assert basis_text(Value("listed_choice", *month, 14848, 10, 1484.8), listed) == "medel av 10 månadsskiften"
    assert basis_text(Value("listed_choice", *month, 978, 1, 978.0), listed) == "vid ett månadsskifte"
    assert basis_text(Value("deft_6", *month, 168, 120, 1.4), deft) == "120 undersökta"
    assert basis_text(Value("deviation_answer_days", *month, 28, 8, 3.5), days) == "8 besvarade"
    share = DEFINITIONS["absence_rate"]
    assert basis_text(Value("absence_rate", *month, 45, 1200, 0.0375), share) == "45 av 1\u00a0200"
    assert value_text(listed, 1484.8) == "1\u00a0485" and value_text(listed, 978.5) == "979"
    assert value_text(deft, 1.44) == "1,4" and value_text(share, 0.0375) == "3,8 %"


# --- 5. the deviation register's columns -----------------------------------------------------------

def test_the_labelled_columns_fit_their_longest_label_and_what_happened_stretches_last(qtbot, window_for, ctx):
    party_name = "Käkkirurgen, Norrlands universitetssjukhus, avdelningen för oral och maxillofacial kirurgi"
    deviations.report_deviation(ctx, dv.Report(what="Remissvar saknas efter sex veckor", occurred_on=TODAY,
                                               place="Behandlingsrum 2", category=dv.INCOMING, other_party=party_name))
    window = window_for(ctx)
    window.resize(*LAPTOP)
    window.tabs.setCurrentWidget(window.deviations_view)
    view: DeviationsView = window.deviations_view
    qtbot.waitUntil(lambda: view.table.width() > 0.9 * LAPTOP[0] - 100, timeout=2000)
    header = view.table.horizontalHeader()
    metrics = QFontMetrics(view.table.font())
    for column, labels in ((COL_CATEGORY, dv.CATEGORY_LABELS), (COL_HARM, dv.HARM_LABELS), (COL_STATE, dv.STATE_LABELS)):
        assert header.sectionSize(column) >= max(metrics.horizontalAdvance(t) for t in labels.values()) + 8, column
    assert COL_WHAT == len(COLUMNS) - 1 == header.logicalIndex(header.count() - 1)
    assert header.sectionResizeMode(COL_WHAT) == header.ResizeMode.Stretch
    assert header.sectionSize(COL_WHAT) > 150  # the text still gets room at 1280 px
    # A long name of the other party is cut at a width, not the free text; whole in its tooltip.
    assert header.sectionSize(COL_PARTY) < metrics.horizontalAdvance(party_name)
    party = view.model.index(0, COL_PARTY)
    assert view.model.data(party, Qt.ItemDataRole.ToolTipRole) == party_name
