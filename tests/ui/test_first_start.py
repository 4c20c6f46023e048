"""First start: the database has no clinic; the dialog creates it, with demo data if asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from klinik_app.services.clinic import get_clinic
from klinik_app.services.patients import count_patients
from klinik_app.ui.first_start import FirstStartDialog
from tests.conftest import make_ctx
from tests.ui.keyboard import type_text


@pytest.fixture
def empty_ctx(db_path):
    """A migrated database without a clinic: what a first start finds."""
    context = make_ctx(db_path)
    yield context
    context.close()


@pytest.fixture
def dialog(qtbot, empty_ctx):
    dialog = FirstStartDialog(empty_ctx, database="/tmp/klinik.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def focused():
    return QApplication.focusWidget()


def test_the_keyboard_alone_creates_the_clinic(qtbot, dialog, empty_ctx):
    assert dialog.windowTitle() == "Välkommen till Klinik"
    assert focused() is dialog.hsa_field
    qtbot.keyClicks(focused(), "se2321000222-e12345")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.name_field
    type_text(qtbot, focused(), "Tandkliniken Björken")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    clinic = get_clinic(empty_ctx)
    assert (clinic.hsa_id, clinic.name, clinic.is_demo) == ("SE2321000222-E12345", "Tandkliniken Björken", False)
    assert count_patients(empty_ctx) == 0


def test_a_wrong_hsa_id_is_explained_in_the_dialog_and_the_input_kept(qtbot, dialog, empty_ctx):
    qtbot.keyClicks(dialog.hsa_field, "E12345")
    type_text(qtbot, dialog.name_field, "Tandkliniken Björken")
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.accessibleName().startswith("Fel: ")
    assert "inget giltigt HSA-ID" in dialog.error_label.text()
    assert dialog.hsa_field.text() == "E12345"
    assert dialog.name_field.text() == "Tandkliniken Björken"
    assert focused() is dialog.hsa_field
    assert get_clinic(empty_ctx) is None


def test_a_missing_name_is_explained_in_the_dialog(qtbot, dialog, empty_ctx):
    qtbot.keyClicks(dialog.hsa_field, "SE2321000222-E12345")
    qtbot.keyClick(dialog.hsa_field, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Klinikens namn saknas."
    assert focused() is dialog.name_field
    assert get_clinic(empty_ctx) is None


def test_demo_box_ticked_creates_that_many_demo_patients(qtbot, dialog, empty_ctx):
    assert not dialog.demo_count.isEnabled()
    assert dialog.demo_count.value() == 2000
    assert dialog.demo_count.maximum() == 400_000
    qtbot.keyClicks(dialog.hsa_field, "SE2321000222-E12345")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Övningskliniken")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.demo_box
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert dialog.demo_box.isChecked()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.demo_count
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "50")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert count_patients(empty_ctx) == 50
    clinic = get_clinic(empty_ctx)
    assert clinic.name == "Övningskliniken" and clinic.is_demo
    assert dialog.clinic.is_demo and dialog.demo_summary.patients == 50


def test_ticking_demo_offers_the_demo_clinic_when_nothing_is_typed(qtbot, dialog):
    from klinik_app.services.demo import DEMO_CLINIC_HSA_ID, DEMO_CLINIC_NAME

    dialog.demo_box.setChecked(True)
    assert (dialog.hsa_field.text(), dialog.name_field.text()) == (DEMO_CLINIC_HSA_ID, DEMO_CLINIC_NAME)
    dialog.demo_box.setChecked(False)
    assert (dialog.hsa_field.text(), dialog.name_field.text()) == ("", "")


def test_demo_data_in_the_background_with_progress(qtbot, dialog, empty_ctx, monkeypatch):
    monkeypatch.setenv("KLINIK_SERIAL_TASKS", "0")
    dialog.hsa_field.setText("SE2321000222-E12345")
    dialog.name_field.setText("Övningskliniken")
    dialog.demo_box.setChecked(True)
    dialog.demo_count.setValue(60)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert count_patients(empty_ctx) == 60


def test_avsluta_creates_nothing(qtbot, dialog, empty_ctx):
    qtbot.keyClicks(dialog.hsa_field, "SE2321000222-E12345")
    qtbot.keyClick(dialog.hsa_field, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert get_clinic(empty_ctx) is None


def test_cancelled_demo_data_keeps_the_dialog_open_and_says_so(qtbot, dialog, empty_ctx, monkeypatch):
    monkeypatch.setattr("klinik_app.ui.first_start.create_demo_data_or_cancel", lambda *a, **k: None)
    dialog.hsa_field.setText("SE2321000222-E12345")
    dialog.name_field.setText("Övningskliniken")
    dialog.demo_box.setChecked(True)
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("Demodata skapades inte (avbrutet)")
    assert dialog.ok_button.isEnabled() and dialog.demo_count.isEnabled()
    assert get_clinic(empty_ctx).name == "Övningskliniken"  # the clinic itself was created

    dialog.demo_box.setChecked(False)  # start without patients instead
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_failed_demo_data_is_explained_in_the_dialog(qtbot, dialog, monkeypatch):
    from klinik_app.services.demo import DemoRefused

    def refuse(*args, **kwargs):
        raise DemoRefused("Databasen har redan patienter. Demodata kan bara läggas i en ny, tom databas.")

    monkeypatch.setattr("klinik_app.ui.first_start.create_demo_data_or_cancel", refuse)
    dialog.hsa_field.setText("SE2321000222-E12345")
    dialog.name_field.setText("Övningskliniken")
    dialog.demo_box.setChecked(True)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("Databasen har redan patienter.")
