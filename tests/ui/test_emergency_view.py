"""The "Akut" page (R-EM-1..3), its treatments dialog and the area-responsibility dialog, keyboard only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from klinik_app.domain.payer import Clinic
from klinik_app.services import area_clinics, emergency, treatments
from klinik_app.services.clinic import set_clinic_address
from klinik_app.ui import emergency_view
from klinik_app.ui.area_clinics_dialog import AreaClinicsDialog
from klinik_app.ui.emergency_view import EmergencyView
from klinik_app.ui.treatments_dialog import TreatmentsDialog
from tests.factories import add_staff, pnr
from tests.letters.pdf import page_texts
from tests.ui.keyboard import type_text

DENTIST = "SE2321000222-T0001"


def _focused(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def _leave_code(qtbot, dialog) -> None:
    """Tab on to the tooth, keeping the completed code."""
    qtbot.keyClick(dialog.code, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tooth, timeout=2000)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _page(qtbot, window_for, ctx) -> EmergencyView:
    """The main window's "Akut" tab, reached with Ctrl+7."""
    window = window_for(ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)  # shortcuts need it active
    _key(qtbot, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.emergency_view, timeout=2000)
    return window.emergency_view


def test_an_emergency_visit_is_recorded_and_treated_from_the_keyboard(qtbot, window_for, ctx):
    add_staff(ctx, DENTIST, "Tina Tandläkare", "tandlakare")
    view = _page(qtbot, window_for, ctx)
    _focused(qtbot, view.pnr)
    for text in (pnr(date(1990, 2, 2), 444), "Omar", "Haddad"):
        type_text(qtbot, QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _focused(qtbot, view.summary)
    type_text(qtbot, view.summary, "Tandvärk 36, trepanerad")
    _focused(qtbot, view.record_button)
    qtbot.keyClick(view.record_button, Qt.Key.Key_Space)
    # The region is not configured here: the visit waits on the "Betalare okänd" list.
    assert [(r.patient_name, r.payer_kind) for r in view.rows] == [("Omar Haddad", "unknown")]
    assert view.table.item(0, 3).text() == "Betalare okänd"
    _focused(qtbot, view.unknown_only)
    qtbot.keyClick(view.unknown_only, Qt.Key.Key_Space)
    assert len(view.rows) == 1
    _focused(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.treatments_dialog
    assert isinstance(dialog, TreatmentsDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code, timeout=2000)
    type_text(qtbot, dialog.code, "akut end")  # the name completes to its code
    assert dialog.chosen_code() == "501" and "Akut endodontisk behandling" in dialog.price.text()
    _leave_code(qtbot, dialog)
    type_text(qtbot, QApplication.focusWidget(), "36")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [(t.code, t.tooth) for t in treatments.visit_treatments(ctx, emergency_visit_id=view.rows[0].id)] == [("501", 36)]
    assert dialog.table.rowCount() == 1 and dialog.error.text() == ""
    type_text(qtbot, dialog.code, "701")
    _leave_code(qtbot, dialog)
    type_text(qtbot, QApplication.focusWidget(), "19")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "FDI" in dialog.error.text() and dialog.table.rowCount() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_invoice_basis_and_report_are_exported_from_the_page(qtbot, window_for, ctx, tmp_path, monkeypatch, messages):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    row = emergency.record_emergency_visit(ctx, emergency.EmergencyInput(
        pnr(date(1988, 8, 8), 501), "Lisa", "Berg", date(2026, 11, 20), "Lagat fyllning", residence="annat-lan",
        listing_clinic=Clinic("SE2321000333-E00001", "Tandvården Luleå")))
    view = _page(qtbot, window_for, ctx)
    monkeypatch.setattr(emergency_view, "ask_pdf_path", lambda parent, title, name: tmp_path / name)
    monkeypatch.setattr(emergency_view, "ask_csv_path", lambda parent, title, name: tmp_path / name)
    _focused(qtbot, view.invoice_button)
    qtbot.keyClick(view.invoice_button, Qt.Key.Key_Space)
    assert messages.texts() == ["Underlaget för 1 besök till 1 betalare är sparat."]
    messages.clear()
    assert "Tandvården Luleå" in " ".join(page_texts(tmp_path / "akut-fakturaunderlag-2026-11.pdf"))
    assert (tmp_path / "akut-fakturaunderlag-2026-11.csv").exists()
    _focused(qtbot, view.report_button)
    qtbot.keyClick(view.report_button, Qt.Key.Key_Space)
    assert "Rapport om akut tandvård" in " ".join(page_texts(tmp_path / f"akutrapport-{row.visited_on}.pdf"))
    assert view.table.item(0, 5).text() == ctx.today.isoformat()


def test_area_responsibility_is_set_in_its_dialog(qtbot, ctx):
    dialog = AreaClinicsDialog(None, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.municipality, timeout=2000)
    for text in ("2480", "903", "SE2321000222-E11111"):
        type_text(qtbot, QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "Folktandvården Umeå")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [(r.municipality_code, r.postcode_prefix, r.clinic_name) for r in area_clinics.area_rows(ctx)] == [
        ("2480", "903", "Folktandvården Umeå")]
    type_text(qtbot, dialog.municipality, "24")
    qtbot.keyClick(dialog.municipality, Qt.Key.Key_Return)
    assert "fyra siffror" in dialog.error.text()
    dialog.close()


def test_the_arkiv_action_opens_the_area_dialog(qtbot, window_for, ctx):
    window = window_for(ctx)
    window.area_clinics_action.trigger()
    assert isinstance(window.area_dialog, AreaClinicsDialog) and window.area_clinics_action.isVisible()
    window.area_dialog.close()
