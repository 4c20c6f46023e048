"""The Avvikelser page's Lex Maria dialog and export preview (R-DV-3, R-DV-4), lessons (R-DV-5) and the
annual report's reminder (R-DV-6), keyboard only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLayout

from klinik_app.domain import deviations as dv
from klinik_app.domain import permissions as perm
from klinik_app.domain.deviations import PlannedAction, Report
from klinik_app.services import deviations as svc
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui import documents
from klinik_app.ui.deviations_view import DeviationsView
from klinik_app.ui.lex_maria_dialogs import LexMariaDialog, RegionCopyDialog
from tests.letters.pdf import page_texts
from tests.ui.test_deviations_view import _key, _press, _tab_to


def _page(qtbot, ctx) -> DeviationsView:
    """The page as a window of its own, shown and active (the main window's Ctrl+4 is tested in
    test_deviations_view.py)."""
    view = DeviationsView(ctx)
    qtbot.addWidget(view)
    view.page_shown()
    # As inside the main window: the size is settled before the window exists, later changes never
    # resize it (the offscreen platform warns otherwise).
    view.layout().activate()
    view.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    view.resize(1000, 700)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    return view


def _serious(ctx, what="Fel tand extraherades på Karin Lindström, 46 i stället för 47.") -> int:
    return svc.report_deviation(ctx, Report(what, ctx.today, "Behandlingsrum 2", dv.OWN, "Ringde", dv.SERIOUS_HARM)).id


def test_r_dv_3_the_ivo_checklist_is_filled_in_keyboard_only(qtbot, ctx):
    _serious(ctx)
    view = _page(qtbot, ctx)
    dialog = _press(qtbot, view, Qt.Key.Key_X)
    assert isinstance(dialog, LexMariaDialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Vera Verksamhetschef")
    _key(qtbot, Qt.Key.Key_Tab)  # to "Anmäld till IVO": tick it, the date is today
    _key(qtbot, Qt.Key.Key_Space)
    _tab_to(qtbot, "Utredningen bifogad")
    _key(qtbot, Qt.Key.Key_Space)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    lm = view.case.lex_maria
    assert (lm.reporter, lm.sent_on, lm.channel, lm.investigation_attached) == (
        "Vera Verksamhetschef", ctx.today, "e-tjanst", True)
    assert "Lex Maria: anmäld till IVO 2026-11-22 (ivo:s e-tjänst)" in view.case_view.toPlainText()
    assert "kvar: information till patienten" in view.case_view.toPlainText()


def test_r_dv_3_a_refused_checklist_is_explained_in_the_dialog(qtbot, ctx):
    _serious(ctx)
    view = DeviationsView(ctx)
    qtbot.addWidget(view)
    view.page_shown()
    dialog = view.lex_maria()
    dialog.ok_button.click()
    assert "anmälningsansvarig" in dialog.error.text() and dialog.isVisible()
    dialog.reject()


def test_r_dv_3_lex_maria_is_offered_only_for_serious_harm(qtbot, ctx):
    svc.report_deviation(ctx, Report("Väntetid", ctx.today, "Väntrum", dv.OWN))
    view = DeviationsView(ctx)
    qtbot.addWidget(view)
    view.page_shown()
    assert not view.step_buttons["lex_maria"].isVisibleTo(view) and not view.step_buttons["copy"].isVisibleTo(view)


def test_r_dv_4_the_export_preview_shows_what_leaves_and_saves_that_pdf(qtbot, ctx, tmp_path, monkeypatch):
    set_clinic_address(ctx, "Sjögatan 4", "901 10", "Umeå", "090-77 88 99")
    _serious(ctx)
    view = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    _key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), RegionCopyDialog))
    dialog = QApplication.activeWindow()
    shown = dialog.text.toPlainText()
    assert "Vad hände: Fel tand extraherades på [namn], 46 i stället för 47." in shown
    assert "Lindström" not in shown
    assert dialog.summary.text() == "Borttaget och ersatt med en markering i fetstil: 1 namn."
    path = tmp_path / "kopia.pdf"
    monkeypatch.setattr(documents, "ask_pdf_path", lambda *_args: path)
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.saved == path)
    printed = " ".join(page_texts(path))
    for field in dialog.copy.fields:
        assert " ".join(field.text.split()) in printed
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_r_dv_5_a_lesson_is_written_and_found_by_the_search(qtbot, ctx):
    deviation = svc.report_deviation(ctx, Report("Kallelse till fel adress", ctx.today, "Reception", dv.OWN)).id
    svc.report_deviation(ctx, Report("Personalbrist", ctx.today, "Kliniken", dv.ORGANISATIONAL))
    svc.start_investigation(ctx, deviation, "Vera")
    case = svc.decide_actions(ctx, deviation, [PlannedAction("Rutin", "Vera", ctx.today)])
    svc.follow_up_actions(ctx, deviation, {a.id: "Klar" for a in case.actions})
    svc.close_deviation(ctx, deviation, "Återkopplat")
    view = DeviationsView(ctx)
    qtbot.addWidget(view)
    view.page_shown()
    view.search_field.setText("fel adress")
    assert view.model.rowCount() == 1 and view.step_buttons["lesson"].isVisibleTo(view)
    dialog = view.record_lesson()
    dialog.text_field.setText("Adressen läses upp för familjen.")
    dialog.ok_button.click()
    assert "Lärdom: Adressen läses upp för familjen." in view.case_view.toPlainText()
    view.search_field.clear()
    view.lessons_filter.setChecked(True)
    assert [r.summary for r in view.model.rows] == ["Kallelse till fel adress"]


def test_r_dv_6_the_january_reminder_shows_for_handlers_until_marked_done(qtbot, ctx):
    january = date(2027, 1, 12)
    handler = ServiceContext(ctx.engine, actor=Actor("SE2321000222-H0001", roles=frozenset({perm.DEVIATION_HANDLER})),
                             today=january)
    nurse = ServiceContext(ctx.engine, actor=Actor("SE2321000222-N0001", roles=frozenset({perm.NURSE})), today=january)
    view = DeviationsView(nurse)
    qtbot.addWidget(view)
    view.page_shown()
    assert not view.reminder_label.isVisibleTo(view) and not view.year_button.isVisibleTo(view)
    view = DeviationsView(handler)
    qtbot.addWidget(view)
    view.page_shown()
    assert view.reminder_label.isVisibleTo(view)
    assert "Patientsäkerhetsberättelsen för 2026 ska vara klar senast 1 mars 2027" in view.reminder_label.text()
    view.reminder_done_button.click()
    assert not view.reminder_label.isVisibleTo(view)
    assert not DeviationsView(handler).reminder_label.isVisibleTo(view)


def test_r_dv_6_the_annual_report_is_saved_from_the_page_keyboard_only(qtbot, ctx, tmp_path, monkeypatch):
    set_clinic_address(ctx, "Sjögatan 4", "901 10", "Umeå", "090-77 88 99")
    _serious(ctx)
    view = _page(qtbot, ctx)
    path = tmp_path / "psb.pdf"
    monkeypatch.setattr(documents, "ask_pdf_path", lambda *_args: path)
    dialog = _press(qtbot, view, Qt.Key.Key_N)
    qtbot.keyClicks(QApplication.focusWidget(), "2026")  # the year field starts at last year, 2025
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved == path
    assert "Allvarlig vårdskada 1 0 +1" in " ".join(page_texts(path))
