"""The "Att göra" page (R-AB-2, R-AB-4, R-AB-5): tasks, the re-offer list, the letter, the decision."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pypdf import PdfReader

from klinik_app.domain.examination import DENTIST
from klinik_app.domain.permissions import RECEPTION
from klinik_app.services import absence, appointments
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui.absence_stats_view import AbsenceStatsDialog
from klinik_app.ui.child_at_risk_dialog import ChildAtRiskDialog
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.todo_view import DENTIST_DECIDES, TodoView
from tests.factories import add_appointment, add_patient, pnr


def _no_show(ctx, patient_id: int, starts: datetime) -> None:
    aid = add_appointment(ctx, patient_id, starts)
    appointments.set_outcome(ctx, aid, "no-show", expected_version=appointments.get(ctx, aid).row_version)


def _repeated(ctx) -> int:
    """A listed child with two absences: both tasks open, on the re-offer list (deadline passed)."""
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    child = add_patient(ctx, pnr(date(2014, 5, 5)), "Ella", "Lind", listing="val", guardians=["Anna Lind"])
    _no_show(ctx, child, datetime(2026, 9, 1, 9, 0))
    _no_show(ctx, child, datetime(2026, 10, 1, 9, 0))
    return child


def _as(ctx, role: str) -> ServiceContext:
    return ServiceContext(ctx.engine, actor=Actor("SE2321000222-T0009", roles=frozenset({role})), today=ctx.today)


def _view(qtbot, ctx) -> TodoView:
    view = TodoView(ctx)
    qtbot.addWidget(view)
    view.page_shown()
    return view


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_r_ab_2_the_page_lists_the_tasks_and_flags_a_passed_reoffer_deadline(qtbot, ctx):
    _repeated(ctx)
    view = _view(qtbot, ctx)
    assert [t.kind for t in view.tasks.rows] == ["written-information", "child-at-risk"]  # every role: all
    (item,) = view.reoffers.rows
    assert (item.deadline, item.overdue) == (date(2026, 10, 31), True)
    index = view.reoffers.index(0, 0)
    assert view.reoffers.data(index, Qt.ItemDataRole.FontRole).bold()
    assert view.reoffers.data(index, Qt.ItemDataRole.AccessibleTextRole) == "Ella Lind, datumet har passerat"
    assert "2026-09-01 09:00, 2026-10-01 09:00" in view.detail.toPlainText()


def test_r_ab_4_keyboard_only_ctrl_6_prints_the_letter_and_marks_it_sent(qtbot, window_for, ctx, tmp_path):
    _repeated(ctx)
    window = window_for(ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)  # shortcuts need it active
    _key(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    view = window.todo_view
    assert window.tabs.currentWidget() is view
    assert QApplication.focusWidget() is view.task_table
    path = tmp_path / "brev.pdf"
    view.choose_pdf_path = lambda task: path
    _key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks after a moment
    qtbot.waitUntil(path.exists, timeout=10000)
    text = PdfReader(path).pages[0].extract_text()
    assert "Anna Lind" in text and "1 oktober 2026" in text
    assert window.statusBar().currentMessage().startswith("Brevet är sparat")
    _key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), FormDialog), timeout=2000)
    dialog = QApplication.activeWindow()
    _key(qtbot, Qt.Key.Key_Return)  # sent today
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [t.kind for t in view.tasks.rows] == ["child-at-risk"]


def test_r_ab_5_a_non_dentist_sees_the_assessment_and_is_told_that_a_dentist_decides(qtbot, ctx, messages):
    _repeated(ctx)
    view = _view(qtbot, _as(ctx, RECEPTION))
    assert [t.kind for t in view.tasks.rows] == ["written-information"]  # the reception's own list
    view.all_roles.setChecked(True)
    view.task_table.selectRow(1)
    assert "Bedömning barn som far illa" in view.detail.toPlainText()
    assert view.buttons["decide"].isVisibleTo(view)
    assert view.decide() is None
    assert messages.texts() == [DENTIST_DECIDES]
    messages.clear()


def test_r_ab_5_the_dentist_records_a_reported_concern(qtbot, ctx):
    _repeated(ctx)
    view = _view(qtbot, _as(ctx, DENTIST))
    (task,) = view.tasks.rows
    dialog = view.decide()
    assert isinstance(dialog, ChildAtRiskDialog)
    dialog.reported.setChecked(True)
    dialog.ok_button.click()
    assert "socialkontor" in dialog.error.text() and dialog.isVisible()  # refused inline, input kept
    dialog.office.setText("Socialtjänsten Umeå")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert view.tasks.rows == []
    (closed,) = absence.tasks(ctx, role=DENTIST, state="closed")
    assert (closed.decision, closed.social_services_office) == ("reported", "Socialtjänsten Umeå")


def test_absence_statistics_show_the_year_by_month_age_and_kind(qtbot, ctx):
    _repeated(ctx)
    view = _view(qtbot, ctx)
    dialog = view.show_statistics()
    assert isinstance(dialog, AbsenceStatsDialog)
    table = dialog.table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())}
    assert rows["september 2026"][1:4] == ["1", "1", "100,0 %"]
    assert rows["Hela perioden"][1:3] == ["2", "2"]
    assert rows["Ålder 6–13"][2] == "2" and rows["Typ: Revision"][2] == "2"
    dialog.year.setValue(2025)
    assert table.item(12, 1).text() == "0"  # the whole of 2025: nothing
    dialog.reject()
