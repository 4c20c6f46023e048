"""The "Planering" page (issue 12): opened, filtered, a row's patients listed and working hours saved, by
keyboard only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox
from sqlalchemy import func, select

from klinik_app.db.models import AccessLogEntry
from klinik_app.domain.capacity import WorkPeriod
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import capacity, examinations
from klinik_app.ui.planning_model import BACKLOG_LABEL, COL_BACKLOG, COL_CAPACITY, COL_DUE, COL_PERIOD
from klinik_app.ui.row_tables import select_row
from tests.factories import add_patient, add_staff, pnr

DENTIST, HYGIENIST = "SE2321000222-T0001", "SE2321000222-H0001"
ALT = Qt.KeyboardModifier.AltModifier


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _clinic(ctx) -> None:
    """A dentist (first by name) and a hygienist without hours; two patients due in December 2026."""
    add_staff(ctx, DENTIST, "Anna Tandläkare", "tandlakare")
    add_staff(ctx, HYGIENIST, "Bertil Hygienist", "tandhygienist")
    for birth, kind, on in ((date(2008, 2, 2), "val", date(2025, 12, 3)), (date(2009, 3, 3), "icke-val", date(2025, 12, 4))):
        pid = add_patient(ctx, pnr(birth), "Test", "Patient", listing=kind, dentist=DENTIST)
        examinations.record_examination(ctx, pid, ExamInput(on, "tandlakare", DENTIST, Risks(1, 0, 0, 0), 12,
                                                            tobacco="ingen"))


def _row(view, label: str) -> int:
    return next(n for n, row in enumerate(view.model.rows) if row.label == label)


def _cell(view, row: int, column: int) -> str:
    return view.model.data(view.model.index(row, column))


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: a dialog's size hints go nowhere
def test_the_planning_board_by_keyboard_filter_and_hours(qtbot, ctx, window_for):
    _clinic(ctx)
    window = window_for(ctx)
    _key(qtbot, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    view = window.planning_view
    assert window.tabs.currentWidget() is view and QApplication.focusWidget() is view.table
    week = _row(view, "v. 49 2026 (30/11)")  # both patients due 3 and 4 December
    assert _cell(view, 0, COL_PERIOD) == BACKLOG_LABEL and _cell(view, 0, COL_BACKLOG) == "0"
    assert _cell(view, week, COL_DUE) == "2" and _cell(view, week, COL_CAPACITY) == "0"
    assert view.state_label.text().startswith("4 revisioner faller ut")  # and once more a year later
    assert "Inga arbetstider är inlagda" in view.state_label.text()  # not "short every week"

    _key(qtbot, Qt.Key.Key_L, ALT)  # Listning: Eget val
    assert QApplication.focusWidget() is view.listing_box
    _key(qtbot, Qt.Key.Key_Down)
    assert view.listing_box.currentData() == "val"
    assert _cell(view, week, COL_DUE) == "1"

    view.table.setFocus()  # Enter on the week: its patient, the reading access-logged (R-SE-2)
    select_row(view.table, week)
    with ctx.sessions() as s:
        logged = s.scalar(select(func.count()).select_from(AccessLogEntry))
    _key(qtbot, Qt.Key.Key_Return)
    assert view.stack.currentWidget() is view.patients_page
    assert [i.listing_type for i in view.patients_page.model.rows] == ["val"]
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AccessLogEntry)) == logged + 1
    _key(qtbot, Qt.Key.Key_Escape)
    assert view.stack.currentIndex() == 0 and QApplication.focusWidget() is view.table

    _key(qtbot, Qt.Key.Key_R, ALT)  # Arbetstider …
    qtbot.waitUntil(lambda: view.capacity_dialog is not None, timeout=2000)  # a mnemonic clicks after a moment
    dialog = view.capacity_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.person_box, timeout=2000)
    assert dialog.person_box.currentData() == DENTIST
    _key(qtbot, Qt.Key.Key_Tab)  # to Monday
    assert isinstance(QApplication.focusWidget(), QCheckBox)
    _key(qtbot, Qt.Key.Key_Space)  # works Mondays 08-16, half of it revisions (the defaults)
    _key(qtbot, Qt.Key.Key_Return)  # Spara
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    hours = {c.hsa_id: c.caregiver.periods for c in capacity.caregivers(ctx)}
    assert hours == {DENTIST: (WorkPeriod(0, 8 * 60, 16 * 60, 50),), HYGIENIST: ()}
    assert _cell(view, week, COL_CAPACITY) == "4"  # read again: Monday 30 November, 4 hours of revisions
    assert "hela kliniken" in view.state_label.text()  # the listing filter still on, the capacity clinic-wide
