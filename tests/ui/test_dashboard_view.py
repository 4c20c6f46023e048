"""The "Uppföljning" page (issue 9 item 4, R-RP-1, R-RP-2): the indicators with their targets and
trends, the keyboard journey to the patients behind a number and on to a patient's card."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from klinik_app.domain.indicators import DEFINITIONS, STATUSES
from klinik_app.services import indicators, orderers
from klinik_app.ui.dashboard_model import COL_BASIS, COL_NAME, COL_STATUS, COL_TARGET, COL_TREND, COL_VALUE, value_text
from klinik_app.ui.dashboard_view import NO_PATIENT_LIST, DashboardView, has_patients, period_dates
from klinik_app.ui.row_tables import select_row
from tests.factories import add_patient, pnr


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _view(qtbot, ctx) -> DashboardView:
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.page_shown()
    return view


def _small_clinic(ctx) -> None:
    """Four listed patients (three by choice, one assigned) and one who is not listed."""
    add_patient(ctx, pnr(date(1980, 3, 4)), "Karin", "Ek", listing="val", listed_from=date(2025, 1, 10))
    add_patient(ctx, pnr(date(1975, 6, 1), 234), "Per", "Ek", listing="val", listed_from=date(2025, 1, 10))
    add_patient(ctx, pnr(date(2023, 2, 2), 345), "Lo", "Berg", listing="val", listed_from=date(2026, 2, 1))
    add_patient(ctx, pnr(date(1990, 9, 9), 456), "Ali", "Said", listing="icke-val", listed_from=date(2025, 1, 10))
    add_patient(ctx, pnr(date(1960, 1, 1), 567), "Ej", "Listad")


def _row(view: DashboardView, indicator_id: str) -> int:
    return next(n for n, line in enumerate(view.model.lines) if line.definition.id == indicator_id)


def _cell(view: DashboardView, row: int, column: int) -> str:
    return view.model.data(view.model.index(row, column))


def test_r_rp_1_every_indicator_is_shown_with_the_value_the_service_computes(qtbot, ctx):
    _small_clinic(ctx)
    view = _view(qtbot, ctx)
    first, last = date(2026, 1, 1), ctx.today  # the default period: this year so far
    assert view.shown_period == (first, last)
    expected = {v.id: v for v in indicators.indicator_values(ctx, first, last)}
    assert [line.definition.id for line in view.model.lines] == list(DEFINITIONS)
    for row, line in enumerate(view.model.lines):
        value = expected[line.definition.id].value
        assert _cell(view, row, COL_VALUE) == value_text(line.definition, value)  # a mean of head counts: whole
    choice = _row(view, "listed_choice")
    assert expected["listed_choice"].value and _cell(view, choice, COL_VALUE) != "–"
    assert _cell(view, choice, COL_BASIS) == "medel av 10 månadsskiften"  # January to October
    # The definition is the name's tooltip; the 24 months are read for the trend line.
    tooltip = view.model.data(view.model.index(choice, COL_NAME), Qt.ItemDataRole.ToolTipRole)
    assert DEFINITIONS["listed_choice"].numerator in tooltip and tooltip.startswith("<p>")  # rich text wraps
    # The trend lines read month by month are what monthly_series gives indicator by indicator.
    for indicator_id in ("listed_choice", "overdue_revisions", "absence_rate"):
        line = view.model.lines[_row(view, indicator_id)]
        assert line.series_read and line.months[-1] == date(2026, 11, 30) and line.months[0] == date(2024, 12, 31)
        assert line.series_values == [v.value for v in indicators.monthly_series(ctx, indicator_id, last, 24)]
    assert "senaste månaden" in view.model.data(view.model.index(choice, COL_TREND), Qt.ItemDataRole.ToolTipRole)


def test_r_rp_1_an_earlier_year_shows_that_years_values(qtbot, ctx):
    _small_clinic(ctx)
    view = _view(qtbot, ctx)
    view.period_box.setCurrentIndex(view.period_box.findData("2025"))
    assert view.shown_period == period_dates("2025", ctx.today) == (date(2025, 1, 1), date(2025, 12, 31))
    expected = {v.id: v for v in indicators.indicator_values(ctx, date(2025, 1, 1), date(2025, 12, 31))}
    row = _row(view, "listed_assigned")
    assert _cell(view, row, COL_VALUE) == value_text(DEFINITIONS["listed_assigned"], expected["listed_assigned"].value)


def test_r_rp_2_status_against_the_orderers_target_is_shown_in_words(qtbot, ctx):
    _small_clinic(ctx)
    (orderer,) = orderers.orderers(ctx)
    orderers.save_target(ctx, orderer.id, 2026, "listed_choice", 100.0, 10.0)  # far above three: missed
    orderers.save_target(ctx, orderer.id, 2026, "overdue_over_90_days", 5.0)  # none or few: met
    view = _view(qtbot, ctx)
    assert view.orderer_box.currentText() == orderer.name
    choice, overdue = _row(view, "listed_choice"), _row(view, "overdue_over_90_days")
    assert _cell(view, choice, COL_STATUS) == STATUSES["missed"]
    assert _cell(view, overdue, COL_STATUS) == STATUSES["met"]
    assert _cell(view, choice, COL_TARGET)  # the orderer's target in words, e.g. "mål minst 100"
    assert _cell(view, _row(view, "deviations"), COL_STATUS) == "Inget mål"
    # Never colour alone: the word, an icon and a screen reader's text go with the tint.
    status_index = view.model.index(choice, COL_STATUS)
    assert view.model.data(status_index, Qt.ItemDataRole.DecorationRole) is not None
    assert view.model.data(status_index, Qt.ItemDataRole.AccessibleTextRole) == STATUSES["missed"]
    assert view.state_label.text().endswith("Mot målen: uppfyllt 1, nära 0, ej uppfyllt 1.")
    select_row(view.table, choice)  # the detail: the value, the target and status, the chart in words
    assert view.detail_value.text().endswith(f"{_cell(view, choice, COL_TARGET).join(('mål ', ''))}: Ej uppfyllt")
    assert view.chart.accessibleDescription().endswith("Mål 100.")  # a number of patients: no decimal


def test_keyboard_only_ctrl_8_enter_lists_the_patients_behind_and_enter_opens_the_card(qtbot, window_for, demo_ctx):
    window = window_for(demo_ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)  # shortcuts need it active
    _key(qtbot, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    view = window.dashboard_view
    assert window.tabs.currentWidget() is view
    assert QApplication.focusWidget() is view.table
    assert view.current_line().definition.id == list(DEFINITIONS)[0]
    _key(qtbot, Qt.Key.Key_Down)  # the arrow keys move between indicators; the detail follows
    assert view.detail_title.text() == list(DEFINITIONS.values())[1].name
    target = _row(view, "overdue_revisions")
    for _ in range(target - 1):
        _key(qtbot, Qt.Key.Key_Down)
    assert view.current_line().definition.id == "overdue_revisions"
    first, last = view.shown_period
    behind = indicators.patients_behind(demo_ctx, "overdue_revisions", first, last)
    assert behind  # the demo clinic has overdue revisions
    _key(qtbot, Qt.Key.Key_Return)
    page = view.patients_page
    assert view.stack.currentWidget() is page and QApplication.focusWidget() is page.table
    assert [r.patient_id for r in page.model.rows] == [r.patient_id for r in behind]
    assert page.count_label.text().startswith(f"{len(behind)} patient")
    _key(qtbot, Qt.Key.Key_Return)
    assert window.showing_card() and window.card_view.card.id == behind[0].patient_id
    _key(qtbot, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)  # back: the list is still there
    assert window.tabs.currentWidget() is view and QApplication.focusWidget() is page.table
    _key(qtbot, Qt.Key.Key_Escape)
    assert view.stack.currentIndex() == 0 and QApplication.focusWidget() is view.table


def test_a_number_that_counts_events_has_no_patient_list(qtbot, ctx):
    view = _view(qtbot, ctx)
    shown = []
    view.status_message.connect(shown.append)
    row = _row(view, "deviations")
    select_row(view.table, row)
    assert not view.patients_button.isEnabled() and view.patients_button.toolTip() == NO_PATIENT_LIST
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.stack.currentIndex() == 0 and shown == [NO_PATIENT_LIST]


def test_the_patient_list_is_offered_exactly_for_the_indicators_that_count_patients(qtbot, demo_ctx):
    first, last = date(2026, 1, 1), demo_ctx.today
    for indicator_id in DEFINITIONS:
        if not has_patients(indicator_id):
            assert indicators.patients_behind(demo_ctx, indicator_id, first, last) == []
    for indicator_id in ("overdue_revisions", "examined_within_interval", "caries_free_6", "listed_choice",
                         "absence_rate"):
        assert has_patients(indicator_id) and indicators.patients_behind(demo_ctx, indicator_id, first, last)


def test_keyboard_enter_on_the_listed_absence_and_listing_stop_rows_lists_their_patients(qtbot, ctx):
    _small_clinic(ctx)
    view = _view(qtbot, ctx)
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    first, last = view.shown_period
    for indicator_id in ("listed_choice", "listed_assigned", "absence_rate", "listing_stop_days"):
        view.table.setFocus()
        select_row(view.table, _row(view, indicator_id))
        assert view.patients_button.isEnabled()
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        page = view.patients_page
        assert view.stack.currentWidget() is page
        behind = indicators.patients_behind(ctx, indicator_id, first, last)
        qtbot.waitUntil(lambda: not page.count_label.text().startswith("Hämtar"), timeout=10000)
        assert [r.patient_id for r in page.model.rows] == [r.patient_id for r in behind], indicator_id
        view.show_overview()  # (Esc needs an active window: the journey test above presses it)
    # Listed by choice today: Karin, Lo and Per, in name order.
    choice = indicators.patients_behind(ctx, "listed_choice", first, last)
    assert [r.name for r in choice] == ["Karin Ek", "Lo Berg", "Per Ek"]
