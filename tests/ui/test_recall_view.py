"""The Kallelser page as reception uses it: the recall worklist (R-RV), its filters, the contact
status, pauses and own dates kept apart from the computed date, and the summons letters (R-TG-4)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit, QWidget
from sqlalchemy import select, update

from klinik_app.db.models import Clinic, PatientGuardian
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import examinations, recall
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.recall import WorklistFilter
from klinik_app.ui.recall_dialogs import ContactHistoryDialog, ManualHandlingDialog, OverrideDialog, PauseDialog
from klinik_app.ui.recall_model import COL_DUE, COL_MUNICIPALITY, COL_STATUS, RecallTableModel, details, due_text
from klinik_app.ui.recall_view import CANCELLED_TEXT, EMPTY_TEXT, NEXT_MONTH, count_text, period_dates
from klinik_app.ui.tasks import BackgroundTask
from tests.conftest import TODAY
from tests.factories import add_patient, pnr
from tests.letters.pdf import page_texts
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST_A, DENTIST_B = "SE2321000222-T0001", "SE2321000222-T0002"
NOVEMBER = WorklistFilter(date(2026, 11, 1), date(2026, 11, 30))
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))

Alt, Ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def alt(qtbot, key, until) -> None:
    """Alt + a button's underlined letter: Qt "clicks" it with a short animation, so wait for the effect."""
    press(qtbot, key, Alt)
    qtbot.waitUntil(until, timeout=2000)


def _active(qtbot, dialog):
    """The dialog, once the window system has made it the active window (keys go there then)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def _exam(ctx, pid: int, on: date, interval: int = 12) -> None:
    examinations.record_examination(ctx, pid, ExamInput(on, "tandlakare", DENTIST_A, Risks(1, 0, 0, 0), interval,
                                                        tobacco="ingen", bite_check=True))


@pytest.fixture
def clinic(ctx):
    """Known due dates (TODAY = 2026-11-22), households for the letters and a protected child."""
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    p = {}
    p["ella"] = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val", dentist=DENTIST_A,
                            guardians=["Anna Lind", "Per Lind"], street="Björkvägen 3")
    _exam(ctx, p["ella"], date(2025, 12, 14))  # due 2026-12-14, 11 then: a dentist (R-RV-6)
    p["vilgot"] = add_patient(ctx, pnr(date(2018, 6, 1)), "Vilgot", "Lind", listing="val", dentist=DENTIST_A,
                              street="Björkvägen 3")
    with ctx.begin() as s:  # Vilgot shares Ella's guardians and home: one letter
        for link in s.scalars(select(PatientGuardian).where(PatientGuardian.patient_id == p["ella"])).all():
            s.add(PatientGuardian(patient_id=p["vilgot"], position=link.position, guardian_id=link.guardian_id))
    _exam(ctx, p["vilgot"], date(2025, 12, 2))  # due 2026-12-02
    p["omar"] = add_patient(ctx, pnr(date(2008, 2, 2)), "Omar", "Haddad", listing="icke-val", dentist=DENTIST_B,
                            municipality="2482", street="Tallgatan 4")
    _exam(ctx, p["omar"], date(2025, 12, 3))  # due 2026-12-03, 18: a hygienist may do it
    p["alva"] = add_patient(ctx, pnr(date(2009, 8, 8)), "Alva", "Berg", listing="val", dentist=DENTIST_A)
    _exam(ctx, p["alva"], date(2025, 8, 1))  # due 2026-08-01: 113 days overdue
    p["nils"] = add_patient(ctx, pnr(date(2009, 9, 9)), "Nils", "Ek", listing="val")
    _exam(ctx, p["nils"], date(2025, 11, 1))  # due 2026-11-01: 21 days overdue, no responsible dentist
    p["sam"] = add_patient(ctx, pnr(date(2014, 5, 5)), "Sam", "Dold", listing="val", protected=True,
                           municipality="2482", guardians=["Okänd Dold"])
    _exam(ctx, p["sam"], date(2025, 12, 10))  # due 2026-12-10
    p["lisa"] = add_patient(ctx, pnr(date(2009, 10, 10)), "Lisa", "Sjö", listing="val", dentist=DENTIST_A)
    _exam(ctx, p["lisa"], date(2026, 10, 10))  # due 2027-10-10: not in December
    return p


def _open_page(qtbot, window):
    press(qtbot, Qt.Key.Key_3, Ctrl)
    assert window.showing_recall_page() and window.recall_view.loaded
    return window.recall_view


def _december(qtbot, window):
    view = _open_page(qtbot, window)
    view.period_box.setCurrentIndex(view.period_box.findData(NEXT_MONTH))
    view.reload()
    assert view.current_filter().first == DECEMBER[0] and view.current_filter().last == DECEMBER[1]
    return view


def _ids(view) -> list[int]:
    return [view.model.item(r).patient_id for r in range(view.model.rowCount())]


def _names(view) -> list[str]:
    return [view.model.item(r).name for r in range(view.model.rowCount())]


def _select(view, *patient_ids: int) -> None:
    view.select_rows([view.model.row_of(pid) for pid in patient_ids])
    assert sorted(i.patient_id for i in view.selected_items()) == sorted(patient_ids)


def _save_to(view, monkeypatch, path):
    monkeypatch.setattr(view, "choose_pdf_path", lambda count: path)


# --- the page and its filters --------------------------------------------------------------------


def test_ctrl_3_shows_the_worklist_of_this_month_with_its_count_and_focus_in_the_table(qtbot, window, demo_ctx):
    view = window.recall_view
    assert not view.loaded and view.model.rowCount() == 0  # nothing read before the page is shown
    view = _open_page(qtbot, window)
    expected = recall.worklist(demo_ctx, NOVEMBER)
    assert (view.first_edit.date().toPython(), view.last_edit.date().toPython()) == (NOVEMBER.first, NOVEMBER.last)
    assert view.overdue_check.isChecked() and view.current_filter() == NOVEMBER
    assert _ids(view) == [i.patient_id for i in expected.items] and view.model.rowCount() > 10
    assert view.count_label.text() == count_text(len(expected.items), expected.overdue)
    assert view.count_label.text() == f"{len(expected.items)} patienter, varav {expected.overdue} försenade"
    assert QApplication.focusWidget() is view.table and view.current_row() == 0
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Kallelser"
    press(qtbot, Qt.Key.Key_1, Ctrl)
    assert not window.showing_recall_page()


@pytest.mark.parametrize(("setting", "kw"), [
    (lambda v: v.dentist_needed_box.setCurrentIndex(v.dentist_needed_box.findText("Ja")), {"requires_dentist": True}),
    (lambda v: v.dentist_needed_box.setCurrentIndex(v.dentist_needed_box.findText("Nej")), {"requires_dentist": False}),
    (lambda v: v.dentist_box.setCurrentIndex(v.dentist_box.findData("SE2321000222-D0001")),
     {"dentist_hsa_id": "SE2321000222-D0001"}),
    (lambda v: v.dentist_box.setCurrentIndex(v.dentist_box.count() - 1), {"dentist_hsa_id": ""}),
    (lambda v: v.municipality_box.setCurrentIndex(v.municipality_box.findData("2482")), {"municipality_code": "2482"}),
    (lambda v: v.type_box.setCurrentIndex(v.type_box.findData("icke-val")), {"listing_type": "icke-val"}),
    (lambda v: v.status_box.setCurrentIndex(v.status_box.findData("not-contacted")), {"status": "not-contacted"}),
    (lambda v: v.overdue_spin.setValue(365), {"overdue_more_than": 365}),
    (lambda v: v.overdue_check.setChecked(False), {"include_overdue": False}),
])
def test_each_filter_narrows_the_rows_as_the_service_does(qtbot, window, demo_ctx, setting, kw):
    first_two = [i.patient_id for i in recall.worklist(demo_ctx, NOVEMBER).items[:2]]
    recall.set_status(demo_ctx, first_two, recall.BOOKED)  # so that a status filter has something to leave out
    view = _open_page(qtbot, window)
    view.period_box.setCurrentIndex(view.period_box.findText("Tre månader"))
    qtbot.waitUntil(lambda: view.current_filter().last == date(2027, 1, 31) and not view._filter_timer.isActive(),
                    timeout=2000)
    everything = _ids(view)
    setting(view)
    wanted = WorklistFilter(date(2026, 11, 1), date(2027, 1, 31), **kw)
    qtbot.waitUntil(lambda: view.model.worklist is not None and view.current_filter() == wanted
                    and not view._filter_timer.isActive(), timeout=2000)  # applied by itself (debounced)
    expected = [i.patient_id for i in recall.worklist(demo_ctx, wanted).items]
    assert _ids(view) == expected and len(expected) < len(everything)


def test_the_quick_periods_and_a_date_typed_by_hand(qtbot, window_for, clinic, ctx):
    window = window_for(ctx)
    view = _open_page(qtbot, window)
    assert period_dates(NEXT_MONTH, TODAY) == DECEMBER
    assert period_dates("three", TODAY) == (date(2026, 11, 1), date(2027, 1, 31))
    press(qtbot, Qt.Key.Key_R, Alt)  # Pe&riod
    assert QApplication.focusWidget() is view.period_box
    view.period_box.setCurrentIndex(view.period_box.findData(NEXT_MONTH))
    qtbot.waitUntil(lambda: "Lind, Ella" in _names(view), timeout=2000)
    assert _names(view) == ["Berg, Alva", "Ek, Nils", "Lind, Vilgot", "Haddad, Omar", "Dold, Sam", "Lind, Ella"]
    view.last_edit.setDate(view.last_edit.date().addDays(-20))  # 2026-12-11: by hand
    assert view.period_box.currentText() == "Eget intervall"
    qtbot.waitUntil(lambda: "Lind, Ella" not in _names(view), timeout=2000)
    view.first_edit.setDate(view.last_edit.date().addDays(1))  # the period ends before it starts
    qtbot.waitUntil(lambda: view.last_error is not None, timeout=2000)
    assert view.count_label.text() == "Periodens slut ligger före dess början." and view.model.rowCount() == 0


def test_the_detail_line_and_tooltip_explain_the_binding_rule_of_the_current_row(qtbot, window_for, clinic, ctx):
    window = window_for(ctx)
    view = _december(qtbot, window)
    press(qtbot, Qt.Key.Key_End, Ctrl)  # the last row (End alone is the last column)
    ella = view.current_item()
    assert ella.patient_id == clinic["ella"] and ella.requires_dentist
    assert ella.explanation in view.detail_label.text() and "R-RV-6" in view.detail_label.text()
    assert view.detail_label.text().startswith("Lind, Ella: ")
    assert view.model.data(view.model.index(view.current_row(), 2), Qt.ItemDataRole.ToolTipRole) == \
        details(ella, TODAY)
    press(qtbot, Qt.Key.Key_Home, Ctrl)
    berg = view.current_item()
    assert berg.overdue_days == 113 and berg.explanation in view.detail_label.text()
    index = view.model.index(0, COL_DUE)
    assert view.model.data(index, Qt.ItemDataRole.FontRole).bold()  # overdue: bold and an icon, no own colour
    assert view.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert view.model.data(view.model.index(0, 1)) == "113"


def test_r_tg_4_a_protected_patient_is_marked_and_has_no_municipality(qtbot, window_for, clinic, ctx):
    window = window_for(ctx)
    view = _december(qtbot, window)
    row = view.model.row_of(clinic["sam"])
    assert view.model.data(view.model.index(row, COL_MUNICIPALITY)) == "Skyddad"
    assert "R-TG-4" in view.model.data(view.model.index(row, COL_MUNICIPALITY), Qt.ItemDataRole.ToolTipRole)
    omar = view.model.row_of(clinic["omar"])
    assert view.model.data(view.model.index(omar, COL_MUNICIPALITY)) == "Skellefteå"
    view.municipality_box.setCurrentIndex(view.municipality_box.findData("2482"))
    view.reload()
    assert _ids(view) == [clinic["omar"]]  # the filter never reveals where a protected patient lives


# --- statuses, pauses and own dates ----------------------------------------------------------------


def test_mark_booked_on_two_selected_rows_stores_it_and_keeps_the_selection(qtbot, window_for, clinic, ctx):
    window = window_for(ctx)
    view = _december(qtbot, window)
    assert not view.booked_button.isEnabled() or view.selected_items()
    _select(view, clinic["ella"], clinic["omar"])
    assert view.selection_label.text() == "2 markerade"
    assert view.booked_button.isEnabled() and not view.override_button.isEnabled()  # own date: one patient
    alt(qtbot, Qt.Key.Key_B, lambda: "markerade som bokad" in window.statusBar().currentMessage())  # &Bokad
    for pid in (clinic["ella"], clinic["omar"]):
        with ctx.sessions() as s:
            assert recall.state_of(s, ctx, pid).status == recall.BOOKED
        assert view.model.data(view.model.index(view.model.row_of(pid), COL_STATUS)) == "Bokad"
    assert sorted(i.patient_id for i in view.selected_items()) == sorted([clinic["ella"], clinic["omar"]])
    assert "markerade som bokad" in window.statusBar().currentMessage()
    view.status_box.setCurrentIndex(view.status_box.findData(recall.BOOKED))
    view.reload()
    assert sorted(_ids(view)) == sorted([clinic["ella"], clinic["omar"]])
    _select(view, clinic["omar"])
    view.mark(recall.UNREACHABLE)
    assert _ids(view) == [clinic["ella"]]
    with ctx.sessions() as s:
        assert recall.state_of(s, ctx, clinic["omar"]).status == recall.UNREACHABLE


def test_pause_needs_a_reason_and_then_leaves_the_default_view(qtbot, window_for, clinic, ctx):
    window = window_for(ctx)
    view = _december(qtbot, window)
    _select(view, clinic["alva"])
    alt(qtbot, Qt.Key.Key_U, lambda: view.dialog is not None)  # Pa&usa…
    dialog = view.dialog
    assert isinstance(dialog, PauseDialog) and dialog.isVisible()
    assert dialog.until() == date(2027, 2, 22)  # three months on, by default
    _active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.reason_edit
    press(qtbot, Qt.Key.Key_Return)  # no reason yet
    assert dialog.isVisible() and dialog.message.is_error
    assert dialog.message.text() == "Skriv en orsak. Den sparas med ändringen så att kollegorna ser varför."
    assert clinic["alva"] in _ids(view)
    type_text(qtbot, dialog.reason_edit, "utlandsvistelse")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible() and view.dialog is None
    assert clinic["alva"] not in _ids(view)
    assert "pausad till 2027-02-22" in window.statusBar().currentMessage()
    view.status_box.setCurrentIndex(view.status_box.findData(recall.PAUSED))
    view.reload()
    assert _ids(view) == [clinic["alva"]]
    assert view.model.data(view.model.index(0, COL_STATUS)) == "Pausad till 2027-02-22"
    assert "utlandsvistelse" in view.detail_label.text()
    view.select_rows([0])
    assert view.resume_button.isEnabled()
    assert view.resume_selected() == 1
    assert _ids(view) == []
    view.status_box.setCurrentIndex(0)
    view.reload()
    assert clinic["alva"] in _ids(view)


def test_an_own_date_moves_the_row_and_the_computed_date_stays_beside_it(qtbot, window_for, clinic, ctx):
    window = window_for(ctx)
    view = _december(qtbot, window)
    _select(view, clinic["ella"])
    alt(qtbot, Qt.Key.Key_G, lambda: view.dialog is not None)  # E&get datum…
    dialog = view.dialog
    assert isinstance(dialog, OverrideDialog) and dialog.remove_button is None
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("2026-11-30", "yyyy-MM-dd"))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "orsak" in dialog.message.text()  # refused: the reason is required
    dialog.reason_edit.setText("vill komma före sin resa")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert _names(view)[:3] == ["Berg, Alva", "Ek, Nils", "Lind, Ella"]  # moved before Vilgot (2026-12-02)
    row = view.model.row_of(clinic["ella"])
    assert view.model.data(view.model.index(row, COL_DUE)) == "2026-11-30 (beräknat 2026-12-14)"
    assert view.current_item().patient_id == clinic["ella"]  # the row followed
    assert "vill komma före sin resa" in view.detail_label.text()
    with ctx.sessions() as s:
        assert recall.state_of(s, ctx, clinic["ella"]).override_due == date(2026, 11, 30)
    dialog = view.override_selected()  # and removed again
    assert dialog.remove_button is not None
    dialog.remove_button.click()
    assert not dialog.isVisible() and _names(view)[-1] == "Lind, Ella"
    assert view.model.data(view.model.index(view.model.row_of(clinic["ella"]), COL_DUE)) == "2026-12-14"


def test_the_contact_history_lists_every_contact(qtbot, window_for, clinic, ctx):
    recall.set_status(ctx, [clinic["omar"]], recall.DECLINED, "vill vänta")
    window = window_for(ctx)
    view = _december(qtbot, window)
    _select(view, clinic["omar"])
    alt(qtbot, Qt.Key.Key_O, lambda: view.dialog is not None)  # K&ontakthistorik…
    dialog = view.dialog
    assert isinstance(dialog, ContactHistoryDialog) and dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(4)] == [TODAY.isoformat(), "Status ändrad", "Avböjt",
                                                                   "vill vänta"]
    _active(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# --- the letters ------------------------------------------------------------------------------------


def test_write_summons_for_a_selection_one_letter_per_household_and_recorded(qtbot, window_for, clinic, ctx, tmp_path,
                                                                             monkeypatch):
    window = window_for(ctx)
    view = _december(qtbot, window)
    path = tmp_path / "kallelser.pdf"
    _save_to(view, monkeypatch, path)
    _select(view, clinic["ella"], clinic["vilgot"], clinic["omar"])
    press(qtbot, Qt.Key.Key_P, Ctrl)
    texts = page_texts(path)
    assert len(texts) == 2  # the Linds' home and Omar (an adult writes for himself)
    lind = next(t for t in texts if "Björkvägen 3" in t)
    assert "Anna Lind" in lind and "Ella Lind och Vilgot Lind" in lind
    for pid in (clinic["ella"], clinic["vilgot"], clinic["omar"]):
        assert view.model.data(view.model.index(view.model.row_of(pid), COL_STATUS)) == \
            "Kallad 1 gång, senast 2026-11-22"
    assert window.statusBar().currentMessage().startswith("Kallelser: 2 brev till 3 patienter.")
    assert view.dialog is None  # nobody to handle by hand
    assert view.summons_task is None


def test_cancelling_the_batch_records_nothing_and_writes_no_file(qtbot, window_for, clinic, ctx, tmp_path, monkeypatch,
                                                                 messages):
    window = window_for(ctx)
    view = _december(qtbot, window)
    path = tmp_path / "kallelser.pdf"
    _save_to(view, monkeypatch, path)

    def cancel_at_first_progress(task, done, total):  # as a click on Avbryt in the progress dialog
        task.last_progress = (done, total)
        task.cancel()

    monkeypatch.setattr(BackgroundTask, "_progress_inline", cancel_at_first_progress)
    _select(view, clinic["ella"], clinic["omar"])
    view.write_button.click()
    assert not path.exists()
    assert window.statusBar().currentMessage() == CANCELLED_TEXT == "Utskriften avbröts; inga kallelser registrerades."
    for pid in (clinic["ella"], clinic["omar"]):
        with ctx.sessions() as s:
            state = recall.state_of(s, ctx, pid)
        assert (state.status, state.summons_count, state.contacts) == (recall.NOT_CONTACTED, 0, [])
    assert not messages and view.dialog is None and view.summons_task is None


def test_r_tg_4_a_protected_patient_is_listed_for_manual_handling_and_not_recorded(qtbot, window_for, clinic, ctx,
                                                                                    tmp_path, monkeypatch):
    recall.set_status(ctx, [clinic["omar"]], recall.BOOKED)
    window = window_for(ctx)
    view = _december(qtbot, window)
    path = tmp_path / "kallelser.pdf"
    _save_to(view, monkeypatch, path)
    _select(view, clinic["sam"], clinic["ella"], clinic["omar"])
    view.write_summons()
    texts = page_texts(path)
    assert len(texts) == 1 and not any("Dold" in t for t in texts)
    dialog = view.dialog
    assert isinstance(dialog, ManualHandlingDialog) and dialog.isVisible()
    rows = {(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()): dialog.table.item(r, 2).text()
            for r in range(dialog.table.rowCount())}
    assert "R-TG-4" in rows[("Sam Dold", "Kalla manuellt")]
    assert rows[("Omar Haddad", "Ingen kallelse")] == "bokad"
    assert "1 att kalla manuellt" in dialog.findChild(QLabel, "summary_label").text()
    with ctx.sessions() as s:
        assert recall.state_of(s, ctx, clinic["sam"]).status == recall.NOT_CONTACTED  # not recorded
        assert recall.state_of(s, ctx, clinic["ella"]).status == recall.SUMMONED
    _active(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_letters_without_the_clinic_address_are_refused_in_swedish(qtbot, window, demo_ctx, tmp_path, monkeypatch,
                                                                    messages):
    with demo_ctx.begin() as s:  # the demo clinic comes with an address: take it away
        s.execute(update(Clinic).values(street=None))
    view = _open_page(qtbot, window)
    path = tmp_path / "kallelser.pdf"
    _save_to(view, monkeypatch, path)
    press(qtbot, Qt.Key.Key_P, Ctrl)
    assert messages.texts() == ["Klinikens adress saknas. Fyll i den under Dokument → Klinikens uppgifter innan brev skrivs ut."]
    messages.clear()
    assert not path.exists() and view.summons_task is None


def test_the_demo_clinic_writes_summons_for_everyone_selected_with_ctrl_a(qtbot, window, demo_ctx, tmp_path,
                                                                          monkeypatch, messages):
    view = _open_page(qtbot, window)  # the demo clinic has an address for its letterhead
    press(qtbot, Qt.Key.Key_A, Ctrl)
    assert len(view.selected_items()) == view.model.rowCount()
    path = tmp_path / "kallelser.pdf"
    _save_to(view, monkeypatch, path)
    press(qtbot, Qt.Key.Key_P, Ctrl)
    assert path.exists() and len(page_texts(path)) >= 1
    summoned = [i for i in view.model.items if i.status == recall.SUMMONED]
    assert summoned and window.statusBar().currentMessage().startswith("Kallelser: ")
    if view.dialog is not None:  # a protected identity or a missing address among them
        view.dialog.reject()
    assert not messages


# --- keyboard and accessibility -----------------------------------------------------------------------


def test_enter_opens_the_patient_card(qtbot, window, demo_ctx):
    view = _open_page(qtbot, window)
    press(qtbot, Qt.Key.Key_Down)
    item = view.current_item()
    press(qtbot, Qt.Key.Key_Return)
    assert window.showing_card() and window.card_view.card.id == item.patient_id


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: a popup menu cannot raise or grab keys
def test_the_context_menu_has_the_actions_of_the_selection(qtbot, window_for, clinic, ctx):
    window = window_for(ctx)
    view = _december(qtbot, window)
    _select(view, clinic["ella"], clinic["omar"])
    enabled = {a.text().split("\t")[0]: a.isEnabled() for a in view.actions_menu.actions() if a.text()}
    assert enabled["Skriv kallelser…"] and enabled["Markera som bokad"] and enabled["Pausa…"]
    assert not enabled["Eget datum…"] and not enabled["Häv paus"]
    press(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)  # the context menu from the keyboard
    menu = view.actions_menu
    qtbot.waitUntil(lambda: menu.isVisible() and QApplication.activePopupWidget() is menu, timeout=2000)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
    view.table.clearSelection()
    assert not view.write_button.isEnabled() and not view.booked_button.isEnabled()


def test_every_control_on_the_page_has_a_name_and_no_two_share_a_mnemonic(qtbot, window):
    view = _open_page(qtbot, window)
    keys = [QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()]
    for widget in view.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, (QLineEdit, QAbstractItemView, QAbstractButton, QComboBox)) and \
                not isinstance(widget.parent(), QComboBox):
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()} has no accessible name"
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            key = QKeySequence.mnemonic(widget.text()).toString()
            if key:
                keys.append(key)
    assert len(keys) == len(set(keys)), sorted(keys)


def test_the_shortcut_sheet_names_the_page(qtbot, window):
    dialog = window.show_shortcuts()
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4" in keys and "Ctrl+P i Kallelser" in keys
    dialog.close()


# --- the model without a window -------------------------------------------------------------------


def test_the_model_formats_own_dates_reminders_and_the_count(qapp, clinic, ctx):
    recall.set_override(ctx, clinic["lisa"], date(2026, 12, 20), "flyttar")
    with ctx.begin() as s:
        recall.record_letters(s, ctx, [clinic["omar"]])
    model = RecallTableModel()
    later = recall.worklist(ctx, WorklistFilter(*DECEMBER))
    model.set_worklist(later)
    lisa = model.item(model.row_of(clinic["lisa"]))
    assert due_text(lisa) == "2026-12-20 (beräknat 2027-10-10)"
    assert "Eget datum 2026-12-20 (beräknat 2027-10-10): flyttar." in details(lisa, TODAY)
    omar = model.item(model.row_of(clinic["omar"]))
    assert model.text(model.row_of(clinic["omar"]), COL_STATUS) == "Kallad 1 gång, senast 2026-11-22"
    assert not omar.reminder_due
    assert count_text(0, 0) == EMPTY_TEXT and count_text(1, 1) == "1 patient, varav 1 försenad"
    assert count_text(3, 0) == "3 patienter, ingen försenad"
    model.set_worklist(None)
    assert model.rowCount() == 0
