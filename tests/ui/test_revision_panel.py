"""The card's Revision section: the next date and its rule, the recall state, the history (R-RV-1..9)."""

from __future__ import annotations

import pytest

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QWidget
from sqlalchemy import select

from klinik_app.db.models import Recall
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import examinations, recall
from klinik_app.services.patients import patient_page
from klinik_app.ui.revision_panel import NO_EXAMS, RecallDecisionDialog, due_text, interval_text, recall_text
from tests.factories import add_patient, pnr
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST = "SE2321000222-T0001"
Alt = Qt.KeyboardModifier.AltModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _revision(on: date, interval: int = 12, risks=(1, 0, 0, 0), **kw) -> ExamInput:
    return ExamInput(on, kw.pop("role", "tandlakare"), kw.pop("hsa", DENTIST), Risks(*risks), interval, **kw)


def _decision(qtbot) -> RecallDecisionDialog:
    def shown():
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, RecallDecisionDialog) and w.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=2000)
    dialog = shown()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def test_opening_a_card_shows_the_computed_next_date_and_its_rule(window, demo_ctx):
    for row in (0, 57, 211):
        pid = window.register.model.patient_id(row)
        window.open_patient(pid)
        overview = examinations.revision_overview(demo_ctx, pid)
        panel = window.card_view.revision
        assert panel.isVisible() and panel.title() == "Revision"
        assert panel.due_value.text() == due_text(overview, demo_ctx.today)
        assert overview.due.due is None or panel.due_value.text().startswith(overview.due.due.isoformat())
        assert panel.explanation_value.text() == overview.explanation
        assert panel.explanation_value.accessibleName() == f"Varför: {overview.explanation}"
        assert panel.recall_value.text() == overview.recall.label(demo_ctx.today)
        assert len(panel.history_texts()) == len(overview.exams)
        if overview.exams:
            assert panel.history_texts()[0][0] == overview.exams[0].examined_on.isoformat()


def test_the_history_is_newest_first_with_risks_capped_intervals_and_flags(window_for, ctx):
    pid = add_patient(ctx, pnr(date(2010, 5, 31)), "Omar", "Haddad", listing="val")
    examinations.record_examination(ctx, pid, _revision(date(2022, 11, 20), interval=12, bite_check=True))  # 12
    examinations.record_examination(ctx, pid, _revision(date(2026, 11, 20), interval=48, risks=(0, 1, 0, 0),
                                                        tobacco="rokning-och-snus", deft=0, dft=3))  # 16
    examinations.record_examination(ctx, pid, ExamInput(date(2026, 11, 21), "tandskoterska", None, tobacco="ingen"))
    window = window_for(ctx)
    window.open_patient(pid)
    rows = window.card_view.revision.history_texts()
    assert rows == [
        ["2026-11-21", "Tandsköterska (tandhälsokontroll)", "–", "–", "– / –", "ingen", "–", ""],
        ["2026-11-20", f"Tandläkare {DENTIST}", "1 (K0 P1 A0 T0)", "48 → 36 mån", "0 / 3", "rökning och snus",
         "–", "R-RV-2"],
        ["2022-11-20", f"Tandläkare {DENTIST}", "1 (K1 P0 A0 T0)", "12 mån", "– / –", "–", "ja", ""],
    ]
    panel = window.card_view.revision
    assert panel.due_value.text() == "2029-11-20 · tandläkare eller tandhygienist"
    assert "högst 36 månader" in panel.explanation_value.text() and "R-RV-2" in panel.explanation_value.text()
    table = panel.table
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Datum", "Undersökare", "Risk", "Intervall", "deft / DFT", "Tobak", "Bettkontroll", "Regelbrott"]


def test_r_rv_4_a_patient_without_examinations_owes_the_first_dentist_examination(window_for, ctx):
    pid = add_patient(ctx, pnr(date(2023, 3, 1)), "Liv", "Åberg", listing="val")  # 3 this year
    window = window_for(ctx)
    window.open_patient(pid)
    panel = window.card_view.revision
    assert panel.due_value.text() == "2026-12-31 · tandläkare krävs"
    assert "R-RV-4" in panel.explanation_value.text()
    assert not panel.table.isVisibleTo(panel) and panel.empty_label.isVisibleTo(panel)
    assert panel.empty_label.text() == NO_EXAMS
    assert not panel.care_end_banner.isVisibleTo(panel)


def test_r_rv_9_the_care_end_warning_shows_for_a_patient_born_2003(window_for, ctx):
    pid = add_patient(ctx, pnr(date(2003, 6, 1)), "Nora", "Ek", listing="val")
    examinations.record_examination(ctx, pid, _revision(date(2024, 6, 3), interval=24, tobacco="snus"))
    window = window_for(ctx)
    window.open_patient(pid)
    panel = window.card_view.revision
    assert panel.care_end_banner.isVisible()
    assert panel.care_end_text.text() == examinations.revision_overview(ctx, pid).care_end_warning
    warning = panel.care_end_text.text()
    assert warning.startswith("Fri tandvård upphör 2026-12-31") and "R-RV-9" in warning
    assert panel.due_value.text() == "2026-06-03 – passerat för 172 dagar sedan · tandläkare eller tandhygienist"
    # Another patient, younger: the banner goes.
    other = add_patient(ctx, pnr(date(2015, 6, 1)), "Ella", "Lind", listing="val")
    window.open_patient(other)
    assert not panel.care_end_banner.isVisible()


def test_r_tg_4_a_protected_patient_shows_the_same_section(window, demo_ctx, protected_patient):
    window.open_patient(protected_patient.id)
    overview = examinations.revision_overview(demo_ctx, protected_patient.id)
    panel = window.card_view.revision
    assert panel.isVisible() and panel.explanation_value.text() == overview.explanation
    assert len(panel.history_texts()) == len(overview.exams)
    assert panel.exam_button.isEnabled()


def test_the_recall_state_shows_an_own_date_and_a_pause_with_the_reason(window_for, ctx):
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val")
    recall.set_override(ctx, pid, date(2027, 1, 15), "önskar tid efter jul")
    window = window_for(ctx)
    window.open_patient(pid)
    panel = window.card_view.revision
    assert panel.recall_value.text() == "Ej kontaktad · eget datum 2027-01-15 · orsak: önskar tid efter jul"
    recall.disable(ctx, [pid], date(2027, 6, 1), "utlandsvistelse")
    window.open_patient(pid)
    assert panel.recall_value.text() == ("Pausad till 2027-06-01 · eget datum 2027-01-15 · orsak: utlandsvistelse")
    assert panel.pause_button.text() == "Häv pau&s…"


def test_an_own_date_is_set_from_the_card_with_a_required_reason(qtbot, window_for, ctx):
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val")
    window = window_for(ctx)
    window.open_patient(pid)
    press(qtbot, Qt.Key.Key_G, Alt)  # "E&get datum…"
    dialog = _decision(qtbot)
    assert dialog.reason_field.hasFocus()
    press(qtbot, Qt.Key.Key_Return)  # no reason yet
    assert dialog.isVisible() and dialog.message.is_error and "orsak" in dialog.message.text().lower()
    dialog.date_field.setDate(QDate(2027, 2, 1))
    type_text(qtbot, dialog.reason_field, "tandreglering först")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    with ctx.sessions() as s:
        row = s.get(Recall, pid)
        assert (row.override_due, row.reason) == (date(2027, 2, 1), "tandreglering först")
    panel = window.card_view.revision
    assert "eget datum 2027-02-01" in panel.recall_value.text()
    assert window.statusBar().currentMessage().startswith("Eget datum för nästa revision: 2027-02-01.")


def test_a_pause_is_set_and_lifted_from_the_card(qtbot, window_for, ctx):
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val")
    window = window_for(ctx)
    window.open_patient(pid)
    panel = window.card_view.revision
    panel.pause_button.click()
    dialog = _decision(qtbot)
    assert dialog.date_field.date() == QDate(2027, 2, 22)  # three months ahead, to change
    qtbot.keyClicks(dialog.reason_field, "utlandsvistelse")
    press(qtbot, Qt.Key.Key_Return)
    assert panel.recall_value.text() == "Pausad till 2027-02-22 · orsak: utlandsvistelse"
    assert window.statusBar().currentMessage() == "Kallelsen är pausad till 2027-02-22."

    panel.pause_button.click()
    dialog = _decision(qtbot)
    assert dialog.reason_field.text() == "utlandsvistelse" and dialog.remove_button is not None
    dialog.remove_button.click()
    assert not dialog.isVisible()
    assert panel.recall_value.text() == "Ej kontaktad"
    with ctx.sessions() as s:
        assert s.scalar(select(Recall.disabled_until).where(Recall.patient_id == pid)) is None


def test_a_failure_reading_the_revisions_is_said_in_the_section_and_the_card_opens(window, monkeypatch):
    from sqlalchemy.exc import OperationalError

    def broken(ctx, patient_id):
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(examinations, "revision_overview", broken)
    window.open_patient(window.register.model.patient_id(0))
    panel = window.card_view.revision
    assert window.showing_card()
    assert panel.failure_label.isVisible()
    assert panel.failure_label.text().startswith("Revisionsuppgifterna kunde inte läsas: Databasen används")
    assert panel.exam_button.isEnabled() and not panel.override_button.isEnabled()


def test_every_control_on_the_card_has_an_accessible_name(window):
    window.open_patient(window.register.model.patient_id(0))
    for widget in window.card_view.revision.findChildren(QWidget):
        if isinstance(widget, (QAbstractItemView, QAbstractButton)) and widget.isVisibleTo(window):
            if widget.objectName().startswith("qt_"):
                continue
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()} has no accessible name"
    for value in (window.card_view.revision.due_value, window.card_view.revision.recall_value):
        assert value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_nothing_of_the_last_patient_stays_when_another_card_opens(window, demo_ctx):
    rows = patient_page(demo_ctx, 0, 300)
    with_exams = next(r.id for r in rows if examinations.revision_overview(demo_ctx, r.id).exams)
    window.open_patient(with_exams)
    before = window.card_view.revision.history_texts()
    other = next(r.id for r in rows if r.id != with_exams)
    window.open_patient(other)
    assert window.card_view.revision.patient_id == other
    assert window.card_view.revision.history_texts() != before or not before
    assert window.card_view.revision.findChild(QLabel, "revision_due").text() != "–"


def test_texts_for_overdue_legacy_and_paused_recalls(demo_ctx):
    from dataclasses import replace

    pid = patient_page(demo_ctx, 0, 1)[0].id
    overview = examinations.revision_overview(demo_ctx, pid)
    due = replace(overview.due, due=date(2026, 11, 21), requires_dentist=True)
    assert due_text(replace(overview, due=due), date(2026, 11, 22)) == (
        "2026-11-21 – passerat för 1 dag sedan · tandläkare krävs")
    line = replace(overview.exams[0], planned_interval_months=None, used_interval_months=24)
    assert interval_text(line) == "ej angivet → 24 mån"
    state = recall.RecallState("summons-sent", 2, date(2026, 10, 1), None, None, None)
    assert recall_text(state, date(2026, 11, 22)) == "Kallad 2 gånger, senast 2026-10-01"
