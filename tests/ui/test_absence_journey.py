"""Issue 5's acceptance, keyboard only: a receptionist books a time, marks the no-show, finds the
re-offer and the written-information task on "Att göra", and prints the letter (R-AB-1..5)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pypdf import PdfReader

from klinik_app.services import appointments
from klinik_app.services.clinic import set_clinic_address
from klinik_app.ui.appointment_dialogs import BookDialog
from tests.conftest import TODAY
from tests.factories import add_appointment, add_patient, add_staff, pnr
from tests.ui.keyboard import type_text

TINA = "SE2321000222-T0001"
Alt, Ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_r_ab_book_no_show_reoffer_task_and_letter_keyboard_only(qtbot, window_for, ctx, messages, tmp_path):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    add_staff(ctx, TINA, "Tina Tandläkare", "tandlakare")
    child = add_patient(ctx, pnr(date(2015, 3, 3)), "Elsa", "Öberg", listing="val", guardians=["Maria Öberg"])
    earlier = add_appointment(ctx, child, datetime(2026, 6, 10, 9, 0), caregiver=TINA)  # the first absence
    appointments.set_outcome(ctx, earlier, "no-show", expected_version=appointments.get(ctx, earlier).row_version)

    window = window_for(ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    press(qtbot, Qt.Key.Key_5, Ctrl)  # Tidbok, today, 08:00 selected
    book = window.appointment_book
    qtbot.waitUntil(lambda: QApplication.focusWidget() is book.table, timeout=2000)
    press(qtbot, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), BookDialog), timeout=2000)
    dialog = QApplication.activeWindow()
    type_text(qtbot, dialog.picker.field, "Öberg")
    qtbot.waitUntil(lambda: dialog.picker.hits.count() == 1, timeout=2000)
    press(qtbot, Qt.Key.Key_Return)  # agreed with the guardian by phone, as the dialog proposes
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    (booked,) = appointments.book_view(ctx, TODAY)
    assert booked.agreed and "Maria Öberg" in booked.agreed_text

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    book.focus_grid()
    press(qtbot, Qt.Key.Key_U)  # uteblev
    ((kind, title, text),) = messages
    messages.clear()
    assert title == "Utfall"
    assert "Uteblivandeavgift 400 kr tas ut" in text  # R-AB-3: agreed by both, the rule set's amount
    assert "Ny tid ska erbjudas senast 2026-12-22" in text  # R-AB-2: 30 days from the agreed time

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    press(qtbot, Qt.Key.Key_6, Ctrl)  # Att göra
    todo = window.todo_view
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is todo, timeout=2000)
    (reoffer,) = todo.reoffers.rows
    assert (reoffer.deadline, reoffer.overdue) == (date(2026, 12, 22), False)
    # R-AB-4: the second absence within 12 months; R-AB-5: a child, so the assessment too.
    assert [t.kind for t in todo.tasks.rows] == ["written-information", "child-at-risk"]

    path = tmp_path / "brev.pdf"
    todo.choose_pdf_path = lambda task: path
    assert QApplication.focusWidget() is todo.task_table  # the first task is selected
    press(qtbot, Qt.Key.Key_B, Alt)
    qtbot.waitUntil(path.exists, timeout=10000)
    letter = PdfReader(path).pages[0].extract_text()
    assert "Maria Öberg" in letter and "10 juni 2026" in letter and "22 november 2026" in letter
