"""The Tidbok page (issue 5) driven from the keyboard: booking at a slot, moving between days,
outcomes with their consequences (R-AB-2..5), cancelling (R-AB-1, R-AB-3), the end-of-day list,
booking from the recall list and the examination after an attended revision."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import appointments, examinations, recall
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui.appointment_dialogs import BookDialog, CancelDialog, MoveDialog, lateness_text
from klinik_app.ui.examination_form import ExaminationDialog
from klinik_app.ui.unmarked_times import NONE_LEFT, UnmarkedDialog
from tests.conftest import TODAY
from tests.factories import add_appointment, add_patient, add_staff, pnr
from tests.ui.keyboard import type_text

TINA, HUGO = "SE2321000222-T0001", "SE2321000222-T0002"
Alt, Ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def clinic(ctx):
    """Two caregivers (columns by name: Hugo, then Tina), an adult and a child with a guardian."""
    add_staff(ctx, TINA, "Tina Tandläkare", "tandlakare")
    add_staff(ctx, HUGO, "Hugo Hygienist", "tandhygienist")
    return {
        "anna": add_patient(ctx, pnr(date(1980, 4, 4)), "Anna", "Andersson"),
        "kalle": add_patient(ctx, pnr(date(2016, 6, 6)), "Kalle", "Lind", guardians=["Lena Lind"]),
    }


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def active(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind), timeout=2000)
    return QApplication.activeWindow()


def open_book(qtbot, window):
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    press(qtbot, Qt.Key.Key_5, Ctrl)
    view = window.appointment_book
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=2000)
    return view


def back_to(qtbot, window, view) -> None:
    """After a dialog closes the offscreen platform activates no window by itself."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    view.focus_grid()


def select(view, appointment_id: int) -> None:
    view.select_cell(*view.model.cell_of(appointment_id))


def test_r_ab_3_a_time_is_booked_at_the_selected_slot_as_agreed_keyboard_only(qtbot, window_for, ctx, clinic):
    window = window_for(ctx)
    view = open_book(qtbot, window)
    assert [c.title for c in view.model.columns] == ["Hugo Hygienist", "Tina Tandläkare"]
    assert view.current_slot()[0] == datetime.combine(TODAY, datetime.min.time().replace(hour=8))
    press(qtbot, Qt.Key.Key_Right)  # Tina
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # 08:30
    press(qtbot, Qt.Key.Key_Insert)
    dialog = active(qtbot, BookDialog)
    type_text(qtbot, dialog.picker.field, "Andersson")
    qtbot.waitUntil(lambda: dialog.picker.hits.count() == 1, timeout=2000)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    (row,) = appointments.book_view(ctx, TODAY)
    assert (row.patient_id, row.caregiver_hsa_id, f"{row.starts:%H:%M}") == (clinic["anna"], TINA, "08:30")
    assert row.agreed and row.agreed_text.startswith("Överenskommen med patienten per telefon")
    assert view.current_appointment().id == row.id  # the new time is selected in the grid
    assert "Anna Andersson: tid bokad 2026-11-22 08:30 (överenskommen)" in window.statusBar().currentMessage()


def test_r_ab_3_a_child_s_time_is_agreed_with_the_guardian_or_only_proposed(qtbot, window_for, ctx, clinic):
    window = window_for(ctx)
    view = open_book(qtbot, window)
    press(qtbot, Qt.Key.Key_Insert)
    dialog = active(qtbot, BookDialog)
    type_text(qtbot, dialog.picker.field, "Kalle")
    qtbot.waitUntil(lambda: dialog.picker.hits.count() == 1, timeout=2000)
    qtbot.waitUntil(lambda: dialog.agreement.with_box.currentData() == "Lena Lind", timeout=2000)
    dialog.agreement.with_box.setFocus()
    press(qtbot, Qt.Key.Key_Home)  # the first choice: only proposed (e.g. in a summons letter)
    assert not dialog.agreement.how_box.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    (row,) = appointments.book_view(ctx, TODAY)
    assert not row.agreed and row.agreed_text == "Endast föreslagen, inte bekräftad"
    assert view.current_appointment().id == row.id


def test_page_down_alt_arrows_and_ctrl_t_move_between_days_and_weeks(qtbot, window_for, ctx, clinic):
    window = window_for(ctx)
    view = open_book(qtbot, window)
    tomorrow = add_appointment(ctx, clinic["anna"], datetime(2026, 11, 23, 9, 0), caregiver=TINA)
    press(qtbot, Qt.Key.Key_PageDown)
    assert view.day == TODAY + timedelta(days=1) and view.title_label.text() == "Måndag 23 november 2026"
    assert view.model.cell_of(tomorrow) is not None
    press(qtbot, Qt.Key.Key_Right, Alt)
    assert view.day == TODAY + timedelta(days=2)
    press(qtbot, Qt.Key.Key_PageUp)
    press(qtbot, Qt.Key.Key_Left, Alt)
    assert view.day == TODAY
    press(qtbot, Qt.Key.Key_E, Alt)  # Veckovy: Monday to Friday, and the Sunday chosen
    qtbot.waitUntil(lambda: view.view_mode == "week", timeout=2000)
    # One caregiver a week (Monday to Friday and the Sunday chosen), not one column per caregiver and day.
    assert len(view.model.columns) == 6 and view.title_label.text().startswith("Vecka 47")
    assert {c.key for c in view.model.columns} == {view.caregiver_box.currentData()} and view.caregiver_box.currentData()
    press(qtbot, Qt.Key.Key_PageDown)
    assert view.day == TODAY + timedelta(days=7)
    press(qtbot, Qt.Key.Key_T, Ctrl)
    assert view.day == TODAY


def test_r_ab_3_no_show_marked_with_u_shows_the_fee_and_reoffer_the_services_decided(qtbot, window_for, ctx, clinic,
                                                                                       messages):
    window = window_for(ctx)
    missed = add_appointment(ctx, clinic["anna"], datetime(2026, 11, 22, 9, 0), caregiver=TINA)
    view = open_book(qtbot, window)
    select(view, missed)
    press(qtbot, Qt.Key.Key_U)

    stored = appointments.get(ctx, missed)
    assert stored.status == "no-show"
    ((kind, title, text),) = messages
    messages.clear()
    assert (kind, title) == ("information", "Utfall")
    assert text.startswith("Anna Andersson, 2026-11-22 09:00–09:30: uteblev.")
    if stored.fee_sek:
        assert f"Uteblivandeavgift {stored.fee_sek} kr tas ut" in text
    else:
        assert "Ingen uteblivandeavgift" in text
    assert (stored.fee_reason or "") in text
    assert view.current_appointment().status == "no-show"  # the grid shows it, in words too
    assert "Uteblev" in view.detail_label.text()


def test_r_ab_1_delete_cancels_says_whether_it_is_late_and_keeps_the_time_in_the_journal(qtbot, window_for, ctx,
                                                                                         clinic):
    window = window_for(ctx)
    when = datetime(2026, 11, 22, 10, 0)
    booked = add_appointment(ctx, clinic["anna"], when, caregiver=TINA)
    view = open_book(qtbot, window)
    select(view, booked)
    press(qtbot, Qt.Key.Key_Delete)
    dialog = active(qtbot, CancelDialog)
    said = dialog.late_label.text()
    assert said == lateness_text(ctx, appointments.get(ctx, booked), True, ctx.now())
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    (row,) = appointments.patient_appointments(ctx, clinic["anna"])  # R-AB-1: still in the journal
    assert row.status == ("late-cancellation" if said.startswith("Sen avbokning") else "cancelled")
    assert view.model.cell_of(booked) is None  # the slot is free again
    back_to(qtbot, window, view)
    assert view.current_appointment() is None


def test_past_times_without_outcome_are_listed_and_marked_one_by_one(qtbot, window_for, ctx, clinic, messages):
    first = add_appointment(ctx, clinic["anna"], datetime(2026, 11, 22, 8, 0), caregiver=TINA)
    add_appointment(ctx, clinic["kalle"], datetime(2026, 11, 22, 9, 0), caregiver=HUGO)
    window = window_for(ctx)
    view = open_book(qtbot, window)
    assert view.unmarked_button.text() == "Tider utan &utfall (2)"
    press(qtbot, Qt.Key.Key_U, Alt)
    dialog = active(qtbot, UnmarkedDialog)
    assert [r.id for r in dialog.rows][0] == first
    press(qtbot, Qt.Key.Key_G)
    assert messages.texts()[0].startswith("Anna Andersson, 2026-11-22 08:00–08:30: genomförd.")
    messages.clear()
    assert appointments.get(ctx, first).status == "attended"
    assert len(dialog.rows) == 1 and dialog.count_label.text() == "1 tid att markera."
    assert view.unmarked_button.text() == "Tider utan &utfall (1)"
    dialog.activateWindow()
    press(qtbot, Qt.Key.Key_U)
    messages.clear()
    assert dialog.count_label.text() == NONE_LEFT
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert view.unmarked_button.text() == "Tider utan &utfall (0)"


def test_booking_from_the_recall_list_marks_the_recall_booked(qtbot, window_for, ctx, clinic):
    nils = add_patient(ctx, pnr(date(2009, 9, 9)), "Nils", "Ek", listing="val", dentist=TINA)
    examinations.record_examination(ctx, nils, ExamInput(date(2025, 11, 1), "tandlakare", TINA, Risks(1, 0, 0, 0), 12,
                                                         tobacco="ingen", bite_check=True))
    window = window_for(ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    press(qtbot, Qt.Key.Key_3, Ctrl)
    recall_view = window.recall_view
    qtbot.waitUntil(lambda: recall_view.model.rowCount() == 1, timeout=3000)
    recall_view.focus_table()
    press(qtbot, Qt.Key.Key_N, Ctrl)
    dialog = active(qtbot, BookDialog)
    assert dialog.kind.currentData() == "revision" and dialog.caregiver.currentData() == TINA
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    (row,) = appointments.patient_appointments(ctx, nils)
    assert (row.kind, row.starts.date(), row.caregiver_hsa_id) == ("revision", TODAY + timedelta(days=1), TINA)
    item = recall_view.model.item(0)
    assert item.status == recall.BOOKED


def test_an_attended_revision_offers_the_examination_form(qtbot, window_for, ctx, clinic, messages, monkeypatch):
    visit = add_appointment(ctx, clinic["anna"], datetime(2026, 11, 22, 10, 0), caregiver=TINA, kind="revision")
    asked: list[str] = []

    def yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    window = window_for(ctx)
    view = open_book(qtbot, window)
    select(view, visit)
    press(qtbot, Qt.Key.Key_G)
    assert asked == ["Revisionen är genomförd. Registrera undersökningen nu?"]
    form = active(qtbot, ExaminationDialog)
    assert form is view.actions.dialog and form.patient.patient_id == clinic["anna"]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=2000)
    assert messages.texts()[0].startswith("Anna Andersson, 2026-11-22 10:00–10:30: genomförd.")
    messages.clear()


def test_a_time_changed_on_another_workstation_shows_the_changed_elsewhere_dialog(
        qtbot, window_for, ctx, clinic, conflict_dialog_expected):
    from tests.ui.test_changed_elsewhere import answer

    visit = add_appointment(ctx, clinic["anna"], datetime(2026, 11, 22, 11, 0), caregiver=TINA)
    window = window_for(ctx)
    view = open_book(qtbot, window)
    select(view, visit)
    other = ServiceContext(ctx.engine, actor=Actor(user_id=HUGO, roles=ctx.actor.roles), today=TODAY)
    appointments.move(other, visit, datetime(2026, 11, 22, 13, 0), expected_version=appointments.get(ctx, visit).row_version)
    seen = answer(lambda dialog: dialog.keep_button.click())
    press(qtbot, Qt.Key.Key_U)
    assert seen and seen[0]["title"] == "Ändrat på en annan arbetsstation"
    assert appointments.get(ctx, visit).status == "booked"  # nothing of the no-show was saved
    assert f"{view.model.anchors[view.model.cell_of(visit)].starts:%H:%M}" == "13:00"  # the book shows the move


def test_r_ab_2_enter_opens_a_time_and_a_move_keeps_the_first_agreed_time(qtbot, window_for, ctx, clinic):
    visit = add_appointment(ctx, clinic["anna"], datetime(2026, 11, 22, 9, 0), caregiver=TINA)
    window = window_for(ctx)
    view = open_book(qtbot, window)
    select(view, visit)
    press(qtbot, Qt.Key.Key_Return)
    dialog = active(qtbot, MoveDialog)
    assert QApplication.focusWidget() is dialog.start
    type_text(qtbot, dialog.start, "1415")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    moved = appointments.get(ctx, visit)
    assert f"{moved.starts:%H:%M}" == "14:15" and f"{moved.first_agreed_start:%H:%M}" == "09:00"
    assert view.current_appointment().id == visit  # the selection follows the time
    assert "tiden flyttad till 2026-11-22 14:15" in window.statusBar().currentMessage()


def test_r_ab_1_the_patient_card_lists_every_time_cancelled_ones_included(qtbot, window_for, ctx, clinic):
    add_appointment(ctx, clinic["anna"], datetime(2026, 11, 2, 9, 0), caregiver=TINA, status="cancelled",
                    cancelled_at=datetime(2026, 10, 30, 12, 0))
    add_appointment(ctx, clinic["anna"], datetime(2026, 12, 1, 10, 0), caregiver=TINA, kind="treatment")
    window = window_for(ctx)
    window.open_patient(clinic["anna"])
    table = window.appointment_book.patient_times.table
    assert table.isVisibleTo(window)
    assert [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())] == [
        ["2026-12-01", "10:00–10:30", "Behandling", "Bokad"],
        ["2026-11-02", "09:00–09:30", "Revision", "Avbokad"],
    ]


def test_r_tg_4_t_opens_the_treatments_of_an_attended_visit_priced_from_the_schedule(qtbot, window_for, ctx, clinic):
    from klinik_app.ui.treatments_dialog import TreatmentsDialog

    window = window_for(ctx)
    booked = add_appointment(ctx, clinic["anna"], datetime(2026, 11, 22, 9, 0), caregiver=TINA)
    attended = add_appointment(ctx, clinic["anna"], datetime(2026, 11, 22, 10, 0), caregiver=TINA, status="attended")
    view = open_book(qtbot, window)
    select(view, booked)
    press(qtbot, Qt.Key.Key_T)
    assert "Markera tiden genomförd först" in window.statusBar().currentMessage()
    select(view, attended)
    press(qtbot, Qt.Key.Key_T)
    dialog = active(qtbot, TreatmentsDialog)
    assert dialog.visit == {"appointment_id": attended, "emergency_visit_id": None}
    assert dialog.schedule.items  # the sample regional fee schedule valid today
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_kind_and_note_of_a_booked_time_are_changed_in_its_dialog(qtbot, window_for, ctx, clinic):
    visit = add_appointment(ctx, clinic["anna"], datetime(2026, 11, 22, 9, 0), caregiver=TINA, kind="treatment")
    window = window_for(ctx)
    view = open_book(qtbot, window)
    select(view, visit)
    press(qtbot, Qt.Key.Key_Return)
    dialog = active(qtbot, MoveDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("revision"))
    dialog.note.setFocus()
    type_text(qtbot, dialog.note, "Tolk behövs")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    changed = appointments.get(ctx, visit)
    assert (changed.kind, changed.note, f"{changed.starts:%H:%M}") == ("revision", "Tolk behövs", "09:00")
    assert "tiden 2026-11-22 09:00 är ändrad" in window.statusBar().currentMessage()
