"""The main window as a receptionist uses it: search as you type, open the card, keys, status bar."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from klinik_app.services.patients import MASKED, PatientNotFound, get_patient_card, patient_page
from klinik_app.ui.main_window import DEMO_TEXT, SYNC_NOT_CONFIGURED
from klinik_app.ui.register_view import MORE_HITS, NO_HITS
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def ten_digit_form(pnr: str) -> str:
    """'20130922-3699' -> '130922-3699', the way people usually say and write it."""
    return pnr[2:]


def type_search(qtbot, window, text: str) -> None:
    field = window.register.search_field
    field.setFocus()
    type_text(qtbot, field, text)
    qtbot.waitUntil(lambda: window.register.model.search_text == text, timeout=2000)


def shown_ids(window) -> list[int]:
    model = window.register.model
    return [model.patient_id(r) for r in range(model.rowCount())]


def test_window_title_names_the_clinic_and_the_search_field_has_focus(window):
    assert window.windowTitle() == "Klinik – Tandkliniken Testbyn – DEMODATA"
    assert QApplication.focusWidget() is window.register.search_field
    assert window.register.search_field.placeholderText() == "Sök på personnummer, namn eller telefon"
    assert window.register.model.rowCount() == 300


def test_typing_a_ten_digit_personnummer_shows_exactly_that_patient(qtbot, window, demo_ctx):
    patient = patient_page(demo_ctx, 137, 1)[0]
    type_search(qtbot, window, ten_digit_form(patient.personnummer))
    assert shown_ids(window) == [patient.id]
    assert window.register.hint_label.text() == "1 träff"


def test_typing_a_name_fragment_finds_the_patient(qtbot, window, demo_ctx):
    patient = patient_page(demo_ctx, 211, 1)[0]
    fragment = f"{patient.first_name[:3]} {patient.last_name[:4]}".lower()
    type_search(qtbot, window, fragment)
    ids = shown_ids(window)
    assert patient.id in ids
    model = window.register.model
    for row in range(model.rowCount()):
        found = model.patient_row(row)
        assert patient.last_name[:4].lower() in f"{found.last_name} {found.first_name}".lower()


def test_many_hits_say_type_more(qtbot, window):
    type_search(qtbot, window, "20")
    assert window.register.model.rowCount() == 200
    assert window.register.hint_label.text() == MORE_HITS
    assert window.register.hint_label.isVisible()


def test_no_hits_say_so(qtbot, window):
    type_search(qtbot, window, "Qxzqxz")
    assert window.register.model.rowCount() == 0
    assert window.register.hint_label.text() == NO_HITS


def test_clearing_the_search_shows_the_whole_register_again(qtbot, window):
    type_search(qtbot, window, "20")
    window.register.search_field.selectAll()
    qtbot.keyClick(window.register.search_field, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not window.register.model.in_search_mode, timeout=2000)
    assert window.register.model.rowCount() == 300


def test_esc_in_the_search_field_clears_it(qtbot, window):
    type_search(qtbot, window, "20")
    qtbot.keyClick(window.register.search_field, Qt.Key.Key_Escape)
    assert window.register.search_field.text() == ""
    assert window.register.model.rowCount() == 300


def test_enter_opens_the_card_with_name_and_age(qtbot, window, demo_ctx):
    patient = patient_page(demo_ctx, 99, 1)[0]
    type_search(qtbot, window, ten_digit_form(patient.personnummer))
    qtbot.keyClick(window.register.search_field, Qt.Key.Key_Return)
    assert window.showing_card()
    card = window.card_view
    assert card.name_label.text() == f"{patient.first_name} {patient.last_name}"
    assert card.age.text() == f"{patient.age} år"
    assert card.id_number.text() == patient.personnummer
    assert card.age.accessibleName() == f"Ålder: {patient.age} år"
    assert card.isAncestorOf(QApplication.focusWidget())


def test_enter_opens_at_once_even_right_after_typing(qtbot, window, demo_ctx):
    """No waiting for the search pause: Enter searches first, then opens."""
    patient = patient_page(demo_ctx, 5, 1)[0]
    field = window.register.search_field
    field.setFocus()
    qtbot.keyClicks(field, patient.personnummer)
    qtbot.keyClick(field, Qt.Key.Key_Enter)
    assert window.showing_card()
    assert window.card_view.card.id == patient.id


def test_esc_returns_to_the_list_with_the_search_kept(qtbot, window, demo_ctx):
    patient = patient_page(demo_ctx, 10, 1)[0]
    text = patient.last_name
    type_search(qtbot, window, text)
    row = shown_ids(window).index(patient.id)
    window.register.focus_table()
    window.register.table.selectRow(row)
    qtbot.keyClick(window.register.table, Qt.Key.Key_Return)
    assert window.showing_card()
    assert window.card_view.card.id == patient.id

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.showing_card()
    assert window.register.search_field.text() == text
    assert window.register.current_patient_id() == patient.id
    assert QApplication.focusWidget() is window.register.table


def test_down_arrow_moves_from_the_search_field_into_the_list(qtbot, window):
    type_search(qtbot, window, "20")
    qtbot.keyClick(window.register.search_field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.register.table
    assert window.register.current_row() == 0
    qtbot.keyClick(window.register.table, Qt.Key.Key_Down)
    assert window.register.current_row() == 1
    qtbot.keyClick(window.register.table, Qt.Key.Key_Up)
    qtbot.keyClick(window.register.table, Qt.Key.Key_Up)  # from the first row: back to the search
    assert QApplication.focusWidget() is window.register.search_field


def test_double_click_opens_the_card(qtbot, window):
    table = window.register.table
    rect = table.visualRect(window.register.model.index(2, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.showing_card()
    assert window.card_view.card.id == window.register.model.patient_id(2)


def test_ctrl_f_focuses_the_search_field_also_from_the_card(qtbot, window):
    window.register.focus_table()
    qtbot.keyClick(window.register.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.register.search_field

    qtbot.keyClick(window.register.search_field, Qt.Key.Key_Return)  # opens the selected first row
    assert window.showing_card()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not window.showing_card()
    assert QApplication.focusWidget() is window.register.search_field


def test_r_tg_4_card_masks_protected_address(qtbot, window, demo_ctx, protected_patient):
    full = get_patient_card(demo_ctx, protected_patient.id)
    from klinik_app.db.models import Patient

    with demo_ctx.sessions() as s:
        street = s.get(Patient, protected_patient.id).street
    type_search(qtbot, window, protected_patient.personnummer)
    qtbot.keyClick(window.register.search_field, Qt.Key.Key_Return)
    card = window.card_view
    assert card.card.id == full.id
    assert card.address.text() == MASKED
    assert card.protected_banner.isVisible()
    assert "R-TG-4" in card.protected_banner.accessibleName()
    shown = " ".join(label.text() for label in card.findChildren(QLabel))
    spoken = " ".join(w.accessibleName() for w in card.findChildren(QWidget))
    assert street and street not in shown and street not in spoken
    assert full.phone in (None, MASKED)


def test_r_tg_4_card_does_not_name_the_municipality_of_a_protected_patient(qtbot, window, demo_ctx,
                                                                          protected_patient):
    from klinik_app.db.models import Patient

    with demo_ctx.sessions() as s:
        stored = s.get(Patient, protected_patient.id)
        municipality = demo_ctx.rules.target_group.municipality_name(stored.municipality_code)
        postal_town = stored.postal_town
    assert municipality and postal_town  # stored, only not shown
    window.open_patient(protected_patient.id)
    card = window.card_view
    shown = " ".join(label.text() for label in card.findChildren(QLabel))
    spoken = " ".join(w.accessibleName() for w in card.findChildren(QWidget))
    for secret in (municipality, postal_town):
        assert secret not in shown and secret not in spoken
    assert card.target_group.text().startswith("I målgruppen")


def test_r_li_6_flag_is_shown_on_the_card(window):
    from dataclasses import replace

    from klinik_app.services.patients import get_patient_card as card_of

    card = card_of(window.ctx, window.register.model.patient_id(0))
    window.card_view.set_card(replace(card, flags=["R-LI-6: Ansvarig tandläkare saknas."]))
    assert window.card_view.flags_group.isVisibleTo(window.card_view)
    assert window.card_view.flags.text() == "R-LI-6: Ansvarig tandläkare saknas."
    window.card_view.set_card(replace(card, flags=[]))
    assert not window.card_view.flags_group.isVisibleTo(window.card_view)


def test_every_value_on_the_card_is_selectable_and_named_for_screen_readers(qtbot, window):
    window.open_patient(window.register.model.patient_id(0))
    card = window.card_view
    for value in (card.id_number, card.birth_date, card.age, card.target_group, card.municipality,
                  card.address, card.phone, card.email, card.guardians, card.listings, card.dentist):
        assert value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert value.accessibleName().startswith(value.label + ": ")


def test_demo_label_is_visible_for_a_demo_database(window):
    label = window.findChild(QLabel, "demo_label")
    assert label is not None and label.isVisible()
    assert label.text() == DEMO_TEXT
    assert "DEMODATA" in window.windowTitle()


def test_no_demo_label_for_a_real_clinic(window_for, ctx):
    window = window_for(ctx)
    assert window.findChild(QLabel, "demo_label") is None
    assert window.windowTitle() == "Klinik – Tandkliniken Testbyn"
    assert "DEMODATA" not in window.windowTitle()


def test_status_bar_shows_count_clinic_and_sync_state(window):
    assert window.count_label.text() == "300 patienter"
    assert window.clinic_label.text() == "Tandkliniken Testbyn"
    sync = window.findChild(QLabel, "sync_status_label")
    assert sync is window.sync_status_label
    assert sync.text() == SYNC_NOT_CONFIGURED and sync.isVisible()


def test_a_patient_removed_meanwhile_gives_a_swedish_message_not_a_crash(window, messages):
    window.open_patient(987654)
    assert messages.texts() == [PatientNotFound.message]
    messages.clear()
    assert not window.showing_card()


def test_a_database_failure_while_opening_a_card_is_shown_in_swedish(window, messages, monkeypatch):
    from sqlalchemy.exc import OperationalError

    def broken(ctx, patient_id):
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr("klinik_app.ui.main_window.get_patient_card", broken)
    window.open_patient(window.register.model.patient_id(0))
    assert messages.texts() == ["Databasen används just nu av ett annat program. Vänta en stund och försök igen."]
    messages.clear()
    assert not window.showing_card()


def test_f1_shows_the_shortcut_sheet(qtbot, window):
    qtbot.keyClick(window.register.search_field, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Kortkommandon")
    table = dialog.table
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "Ctrl+F" in keys and "Esc" in keys and "F1" in keys
    dialog.close()


def test_about_box_opens_without_blocking(window):
    dialog = window.show_about()
    assert dialog.isVisible()
    assert "Klinik 0." in dialog.text_label.text()
    dialog.close()


def test_ctrl_q_closes_the_window(qtbot, window):
    qtbot.keyClick(window.register.search_field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_every_control_has_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QAbstractItemView, QAbstractButton)) and widget.isVisibleTo(window):
            if widget.objectName().startswith("qt_"):  # Qt's own parts (scroll bar corners, ...)
                continue
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()} has no accessible name"


def test_letters_typed_in_the_list_go_on_in_the_search_field(qtbot, window):
    window.register.focus_table()
    qtbot.keyClicks(window.register.table, "abr")
    assert QApplication.focusWidget() is window.register.search_field
    assert window.register.search_field.text() == "abr"
    qtbot.waitUntil(lambda: window.register.model.search_text == "abr", timeout=2000)


def test_showing_the_register_reads_only_the_first_page(qtbot, window_for, demo_ctx, monkeypatch):
    from klinik_app.services import patients

    pages = []
    real = patients.patient_page

    def counting(ctx, offset, limit):
        pages.append((offset, limit))
        return real(ctx, offset, limit)

    monkeypatch.setattr(patients, "patient_page", counting)
    window = window_for(demo_ctx)
    qtbot.waitUntil(lambda: len(pages) > 0, timeout=2000)  # the first paint
    qtbot.wait(50)
    assert pages == [(0, 200)]
    window.register.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(pages) > 1, timeout=2000)
    qtbot.wait(50)
    assert pages == [(0, 200), (200, 200)]
