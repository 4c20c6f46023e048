"""The Listning page and the listing dialogs as reception uses them: keyboard first (R-LI-1..5, R-TG-4)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget
from sqlalchemy import select

from klinik_app.db.models import Consent, Guardian, Listing, ListingStop, OutboxItem, Patient, PatientGuardian, StaffMember
from klinik_app.domain.identity import parse_identity_number
from klinik_app.services import listing_view as listing_service
from klinik_app.services.listing_stop import declare_listing_stop
from klinik_app.services.listing_view import ListingFilter, count_listings
from klinik_app.ui.listing_dialogs import (
    ALREADY_LISTED_TEXT,
    NO_GUARDIAN_TEXT,
    CorrectListingDialog,
    EndListingDialog,
    ListingStopDialog,
    ListPatientDialog,
)
from klinik_app.ui.listing_model import COL_END, COL_MUNICIPALITY, COL_REASON, COL_STATUS, ListingTableModel
from klinik_app.ui.listing_view import EMPTY_TEXT, listings_text
from tests.conftest import TODAY
from tests.factories import add_patient, pnr
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST = "SE2321000222-D0001"

Alt, Ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a user makes it (once a window has it)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def choose_guardian(qtbot, dialog, position: int) -> None:
    """Alt+1 / Alt+2: a mnemonic "clicks" the radio button with Qt's short click animation."""
    press(qtbot, getattr(Qt.Key, f"Key_{position}"), Alt)
    qtbot.waitUntil(lambda: dialog.giver() == f"vardnadshavare{position}", timeout=2000)


def _dentist(ctx, hsa_id=DENTIST, name="Anna Berg") -> None:
    stamp = dict(created_at=ctx.now(), created_by="t", modified_at=ctx.now(), modified_by="t")
    with ctx.begin() as s:
        s.add(StaffMember(hsa_id=hsa_id, name=name, role="tandlakare", active=True, **stamp))


def _child(ctx, serial=501, *, guardians=("Anna Lind", "Per Lind"), protected=False, **kw) -> int:
    return add_patient(ctx, pnr(date(2015, 6, 1), serial), "Ella", "Lind", guardians=list(guardians),
                       protected=protected, dentist=kw.pop("dentist", DENTIST), **kw)


def _listings(ctx, patient_id):
    with ctx.sessions() as s:
        return s.scalars(select(Listing).where(Listing.patient_id == patient_id).order_by(Listing.id)).all()


def _choice_patients(ctx, n, first_serial=600):
    for i in range(n):
        add_patient(ctx, pnr(date(2011, 1 + i % 12, 1 + i % 28), first_serial + i), f"Barn{i}", "Valsson",
                    listing="val", dentist=DENTIST)


def _open_listing_page(qtbot, window):
    press(qtbot, Qt.Key.Key_2, Ctrl)
    assert window.showing_listing_page() and window.listing_view.loaded
    return window.listing_view


def _active(qtbot, dialog):
    """The dialog, once the window system has made it the active window (keys go there then)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def _dialog(qtbot, kind):
    """The dialog a button opened (a mnemonic clicks after Qt's short click animation)."""
    def shown():
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=2000)
    return _active(qtbot, shown())


# --- listing a patient with the keyboard only (R-LI-1) ------------------------------------------


def _demo_child_to_list(ctx) -> tuple[int, str, str]:
    """A demo child under 18 with two guardians and no choice listing here: (id, 10-digit pnr, guardian 1)."""
    with ctx.sessions() as s:
        chosen = select(Listing.patient_id).where(Listing.listing_type == "val")
        two = select(PatientGuardian.patient_id).where(PatientGuardian.position == 2)
        p = s.scalars(select(Patient).where(Patient.birth_date > date(2012, 1, 1), Patient.protected_identity.is_(False),
                                            Patient.municipality_code.like("24%"), Patient.id.not_in(chosen),
                                            Patient.id.in_(two)).order_by(Patient.id)).first()
        guardian = s.scalar(select(Guardian.name).join(PatientGuardian, PatientGuardian.guardian_id == Guardian.id)
                            .where(PatientGuardian.patient_id == p.id, PatientGuardian.position == 1))
        return p.id, p.personnummer[2:8] + "-" + p.personnummer[8:], guardian


def test_r_li_1_list_a_patient_with_the_keyboard_only(qtbot, window, demo_ctx):
    """From the register to a saved choice listing without the mouse: 17 keystrokes.

        YYMMDD-NNNN   11  the personnummer (10-digit form) in the search field, which has focus
        Enter          1  opens the patient card
        Ctrl+L         1  opens "Lista patient"
        Alt+1          1  consent from guardian 1
        Alt+H          1  to "Hur samtycket lämnades"
        t              1  Telefon
        Enter          1  saves (consent date today, the patient's dentist: the defaults)

    About 8-10 seconds for a receptionist who knows the number (typing it takes most of that).
    """
    pid, ten_digits, guardian = _demo_child_to_list(demo_ctx)
    keystrokes = 0
    assert QApplication.focusWidget() is window.register.search_field
    type_text(qtbot, window.register.search_field, ten_digits)
    keystrokes += len(ten_digits)
    press(qtbot, Qt.Key.Key_Return)
    keystrokes += 1
    assert window.showing_card() and window.card_view.card.id == pid

    press(qtbot, Qt.Key.Key_L, Ctrl)
    keystrokes += 1
    dialog = _active(qtbot, window.list_dialog)
    assert isinstance(dialog, ListPatientDialog) and dialog.isVisible()
    assert dialog.care_start_label.text() == "Vårdansvaret börjar 2026-12-01 (R-LI-3)."
    choose_guardian(qtbot, dialog, 1)
    press(qtbot, Qt.Key.Key_H, Alt)
    qtbot.keyClicks(QApplication.focusWidget(), "t")
    keystrokes += 3
    assert dialog.giver() == "vardnadshavare1" and dialog.method() == "telefon"
    press(qtbot, Qt.Key.Key_Return)
    keystrokes += 1
    assert keystrokes == 17

    assert window.list_dialog is None and not dialog.isVisible()
    listing = next(li for li in _listings(demo_ctx, pid) if li.listing_type == "val")
    with demo_ctx.sessions() as s:
        consent = s.get(Consent, listing.consent_id)
        guardian_name = s.scalar(select(Guardian.name).where(Guardian.id == consent.guardian_id))
    assert (listing.status, listing.start_date, listing.origin) == ("planned", date(2026, 12, 1), "local")
    assert (consent.giver, consent.method, consent.given_on, guardian_name) == (
        "vardnadshavare", "telefon", TODAY, guardian)
    assert consent.recorded_by == demo_ctx.actor.user_id
    card = window.card_view
    assert "Eget val – Planerad, från 2026-12-01" in card.listings.text()
    assert card.notice.isVisible() and "köad" in card.notice.text()
    assert "köad" in window.statusBar().currentMessage()


def test_the_consent_date_moves_the_care_start_line(qtbot, window_for, ctx):
    pid = _child(ctx)
    window = window_for(ctx)
    window.open_patient(pid)
    dialog = _active(qtbot, window.list_patient(pid))
    dialog.date_edit.setDate(dialog.date_edit.date().addMonths(-2))  # 2026-09-22
    assert dialog.care_start_label.text() == "Vårdansvaret börjar 2026-10-01 (R-LI-3)."
    assert dialog.date_edit.displayFormat() == "yyyy-MM-dd" and dialog.date_edit.locale().name() == "sv_SE"
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _listings(ctx, pid) == []


def test_a_missing_choice_is_shown_inline_and_nothing_is_saved(qtbot, window_for, ctx):
    pid = _child(ctx)
    window = window_for(ctx)
    window.open_patient(pid)
    dialog = _active(qtbot, window.list_patient(pid))
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.is_error
    assert dialog.message.text() == "Välj vem som lämnade samtycket (R-LI-1)."
    choose_guardian(qtbot, dialog, 2)
    press(qtbot, Qt.Key.Key_Return)
    assert "Välj hur samtycket lämnades" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.method_box
    assert dialog.giver() == "vardnadshavare2"  # kept
    dialog.reject()


def test_r_li_5_a_choice_during_a_listing_stop_is_refused_inline_and_the_input_kept(qtbot, window_for, ctx):
    _dentist(ctx)
    _choice_patients(ctx, 30)
    declare_listing_stop(ctx, TODAY, "Fullt")
    pid = _child(ctx)
    window = window_for(ctx)
    window.open_patient(pid)
    press(qtbot, Qt.Key.Key_L, Ctrl)
    dialog = _active(qtbot, window.list_dialog)
    assert dialog.stop_note.isVisibleTo(dialog) and "R-LI-5" in dialog.stop_note.text()
    choose_guardian(qtbot, dialog, 1)
    press(qtbot, Qt.Key.Key_H, Alt)
    qtbot.keyClicks(QApplication.focusWidget(), "p")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.is_error and "listningsstopp" in dialog.message.text() and "R-LI-5" in dialog.message.text()
    assert dialog.message.accessibleName().startswith("Fel: ")
    assert (dialog.giver(), dialog.method(), dialog.dentist()) == ("vardnadshavare1", "pa-plats", DENTIST)
    assert not any(li.listing_type == "val" for li in _listings(ctx, pid))
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_r_tg_4_a_protected_patient_is_listed_locally(qtbot, window_for, ctx):
    _dentist(ctx)
    pid = _child(ctx, protected=True)
    window = window_for(ctx)
    window.open_patient(pid)
    dialog = _active(qtbot, window.list_patient(pid))
    assert dialog.findChild(QWidget, "protected_note").isVisibleTo(dialog)
    choose_guardian(qtbot, dialog, 1)
    press(qtbot, Qt.Key.Key_H, Alt)
    qtbot.keyClicks(QApplication.focusWidget(), "p")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "lokalt (skyddad identitet)" in window.card_view.notice.text()
    assert "lokalt (skyddad identitet)" in window.statusBar().currentMessage()
    assert "Eget val – Planerad" in window.card_view.listings.text()
    with ctx.sessions() as s:
        assert s.scalars(select(OutboxItem)).all() == []


def test_an_adult_consents_for_themselves(qtbot, window_for, ctx):
    pid = add_patient(ctx, pnr(date(2005, 3, 3), 520), "Tove", "Ek", guardians=["Karin Ek"])
    window = window_for(ctx)
    window.open_patient(pid)
    dialog = _active(qtbot, window.list_patient(pid))
    assert dialog.giver() == "patient"
    assert not dialog.giver_buttons["vardnadshavare1"].isEnabled()
    assert "18 år eller äldre" in dialog.giver_hint.text()
    dialog.reject()


def test_a_child_without_guardians_cannot_be_listed_and_the_dialog_says_why(qtbot, window_for, ctx):
    pid = _child(ctx, guardians=())
    window = window_for(ctx)
    window.open_patient(pid)
    dialog = _active(qtbot, window.list_patient(pid))
    assert dialog.message.text() == NO_GUARDIAN_TEXT
    assert not dialog.ok_button.isVisible()
    dialog.save()  # Enter, even if it reached save, does nothing
    assert _listings(ctx, pid) == []
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_patient_already_listed_by_choice_is_told_so(qtbot, window_for, ctx):
    pid = _child(ctx, listing="val")
    window = window_for(ctx)
    window.open_patient(pid)
    dialog = _active(qtbot, window.list_patient(pid))
    assert dialog.message.text() == ALREADY_LISTED_TEXT and not dialog.ok_button.isVisible()
    dialog.reject()


def test_the_card_has_the_list_button_and_ctrl_l_is_only_for_the_card(qtbot, window_for, ctx):
    pid = _child(ctx)
    window = window_for(ctx)
    assert not window.list_action.isEnabled()  # the register: no patient chosen
    window.open_patient(pid)
    button = window.card_view.list_button
    assert button.isVisible() and button.text() == "&Lista patient…" and window.list_action.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.list_dialog
    assert dialog is not None and dialog.form.patient_id == pid
    dialog.reject()


# --- the Listning page ---------------------------------------------------------------------------


def test_ctrl_2_shows_the_listning_page_with_its_count_and_ctrl_1_goes_back(qtbot, window, demo_ctx):
    view = _open_listing_page(qtbot, window)
    total = count_listings(demo_ctx)
    assert view.model.rowCount() == total > 200
    assert view.count_label.text() == listings_text(total) == f"{total} listningar"
    assert QApplication.focusWidget() is view.table and view.current_row() == 0
    assert view.month_box.itemText(0) == "Alla" and view.month_box.itemText(1) == "november 2026 (pågår)"
    chart = view.chart  # R-LI-8: 24 months; the completed ones taken as snapshots, this one preliminary
    assert chart is not None and len(chart.months) == 24 and chart.months[-1].month_end == date(2026, 11, 30)
    assert chart.months[-1].preliminary and not any(m.preliminary for m in chart.months[:-1])
    press(qtbot, Qt.Key.Key_1, Ctrl)
    assert not window.showing_listing_page() and QApplication.focusWidget() is window.register.table


def test_filters_narrow_the_table(qtbot, window, demo_ctx):
    view = _open_listing_page(qtbot, window)
    everything = view.model.total
    press(qtbot, Qt.Key.Key_T, Alt)
    assert QApplication.focusWidget() is view.type_box
    qtbot.keyClicks(view.type_box, "e")  # "Eget val"
    qtbot.waitUntil(lambda: view.model.listing_filter.listing_type == "val", timeout=2000)
    choice = count_listings(demo_ctx, ListingFilter(listing_type="val"))
    assert view.model.total == choice < everything
    assert {view.model.listing_row(r).listing_type for r in range(view.model.rowCount())} == {"val"}
    assert view.count_label.text() == listings_text(choice)

    view.status_box.setCurrentIndex(view.status_box.findData("planned"))
    qtbot.waitUntil(lambda: view.model.listing_filter.status == "planned", timeout=2000)
    planned = count_listings(demo_ctx, ListingFilter(listing_type="val", status="planned"))
    assert view.model.total == planned < choice
    assert all(view.model.data(view.model.index(r, COL_STATUS)) == "Planerad" for r in range(planned))

    view.status_box.setCurrentIndex(0)
    view.month_box.setCurrentIndex(view.month_box.findData("2020-06-30"))
    qtbot.waitUntil(lambda: view.model.listing_filter.month_end == date(2020, 6, 30), timeout=2000)
    in_june = count_listings(demo_ctx, ListingFilter(listing_type="val", month_end=date(2020, 6, 30)))
    assert view.model.total == in_june < choice
    for r in range(view.model.rowCount()):
        row = view.model.listing_row(r)
        assert row.start_date <= date(2020, 6, 30) and (row.end_date is None or row.end_date >= date(2020, 6, 30))

    view.type_box.setCurrentIndex(view.type_box.findData("icke-val"))
    view.month_box.setCurrentIndex(view.month_box.findData("2026-11-30"))
    view.status_box.setCurrentIndex(view.status_box.findData("entered-in-error"))
    qtbot.waitUntil(lambda: view.model.listing_filter.status == "entered-in-error", timeout=2000)
    assert view.model.rowCount() == 0 and view.count_label.text() == EMPTY_TEXT
    assert not view.end_button.isEnabled() and not view.correct_button.isEnabled()


def test_r_tg_4_the_listning_page_does_not_name_a_protected_patients_municipality(qtbot, window_for, ctx):
    _dentist(ctx)
    add_patient(ctx, pnr(date(2014, 4, 4), 530), "Vera", "Holm", listing="val", municipality="2418", protected=True,
                dentist=DENTIST)
    add_patient(ctx, pnr(date(2014, 4, 5), 531), "Ali", "Holm", listing="val", municipality="2480", dentist=DENTIST)
    window = window_for(ctx)
    view = _open_listing_page(qtbot, window)
    texts = {view.model.data(view.model.index(r, COL_MUNICIPALITY)) for r in range(view.model.rowCount())}
    assert texts == {"Skyddad", "Umeå"}
    assert [view.municipality_box.itemText(i) for i in range(view.municipality_box.count())] == ["Alla", "Umeå"]


def test_enter_on_a_listing_opens_the_patients_card(qtbot, window, demo_ctx):
    view = _open_listing_page(qtbot, window)
    press(qtbot, Qt.Key.Key_Down)
    listing = view.selected_listing()
    press(qtbot, Qt.Key.Key_Return)
    assert window.showing_card() and window.card_view.card.id == listing.patient_id


def test_end_a_listing_with_date_and_reason(qtbot, window_for, ctx):
    _dentist(ctx)
    pid = _child(ctx, listing="icke-val")
    window = window_for(ctx)
    view = _open_listing_page(qtbot, window)
    assert view.end_button.isEnabled()
    press(qtbot, Qt.Key.Key_L, Alt)  # "Avsluta &listning…"
    dialog = _dialog(qtbot, EndListingDialog)
    assert dialog.date_edit.date().toPython() == TODAY
    assert QApplication.focusWidget() is dialog.reason_box
    reasons = [dialog.reason_box.itemData(i) for i in range(dialog.reason_box.count())]
    assert "felregistrering" not in reasons and "utflyttad-lan" in reasons
    qtbot.keyClicks(dialog.reason_box, "u")
    assert dialog.reason_box.currentData() == "utflyttad-lan"
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    listing = _listings(ctx, pid)[0]
    assert (listing.end_date, listing.end_reason) == (TODAY, "utflyttad-lan")
    # the end date is the listing's last day: it holds through today, then it is finished
    assert view.model.data(view.model.index(0, COL_STATUS)) == "Aktiv"
    assert view.model.data(view.model.index(0, COL_END)) == TODAY.isoformat()
    assert view.model.data(view.model.index(0, COL_REASON)) == "Utflyttad från länet"
    assert "avslutas, sista dag 2026-11-22" in window.statusBar().currentMessage()


def test_a_listing_ended_yesterday_is_finished(qtbot, window_for, ctx):
    pid = _child(ctx, listing="icke-val")
    window = window_for(ctx)
    view = _open_listing_page(qtbot, window)
    dialog = _active(qtbot, view.end_selected())
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
    qtbot.keyClicks(dialog.reason_box, "a")  # Avliden
    press(qtbot, Qt.Key.Key_Return)
    assert _listings(ctx, pid)[0].end_reason == "avliden"
    assert view.model.data(view.model.index(0, COL_STATUS)) == "Avslutad"
    assert not view.end_button.isEnabled()


def test_ending_a_listing_changed_elsewhere_shows_both_and_keeping_theirs_reloads_the_page(
        qtbot, window_for, ctx, conflict_dialog_expected):
    from klinik_app.services.listing import end_listing
    from tests.ui.test_changed_elsewhere import answer

    pid = _child(ctx, listing="icke-val")
    window = window_for(ctx)
    view = _open_listing_page(qtbot, window)
    dialog = _active(qtbot, view.end_selected())
    end_listing(ctx, _listings(ctx, pid)[0].id, reason="avliden", end_date=TODAY)  # another workstation
    qtbot.keyClicks(dialog.reason_box, "o")
    seen = answer(lambda d: d.keep_button.click())
    with qtbot.waitSignal(view.status_message) as status:
        press(qtbot, Qt.Key.Key_Return)
    assert seen and seen[0]["title"] == "Ändrat på en annan arbetsstation"
    assert not dialog.isVisible() and "den andra arbetsstationen gäller" in status.args[0]
    assert _listings(ctx, pid)[0].end_reason == "avliden"  # theirs stands


@pytest.mark.parametrize("protected", [False, True])
def test_correct_a_listing_after_confirmation(qtbot, window_for, ctx, protected):
    pid = _child(ctx, listing="val", protected=protected)
    window = window_for(ctx)
    view = _open_listing_page(qtbot, window)
    press(qtbot, Qt.Key.Key_R, Alt)
    dialog = _dialog(qtbot, CorrectListingDialog)
    if protected:
        assert "skickas inte till regionen (R-TG-4)" in dialog.where_label.text()
    else:
        assert dialog.where_label.text() == "Rättelsen skickas till regionens listningssystem."
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _listings(ctx, pid)[0].status == "entered-in-error"
    with ctx.sessions() as s:
        kinds = s.scalars(select(OutboxItem.kind)).all()
    assert kinds == ([] if protected else ["listing-correction"])
    assert view.model.data(view.model.index(0, COL_STATUS)) == "Felregistrerad"
    assert not view.correct_button.isEnabled()


def test_cancelling_a_correction_changes_nothing(qtbot, window_for, ctx):
    pid = _child(ctx, listing="val")
    window = window_for(ctx)
    view = _open_listing_page(qtbot, window)
    dialog = _active(qtbot, view.correct_selected())
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _listings(ctx, pid)[0].status == "active"


def test_r_li_5_listing_stop_is_refused_below_30_and_accepted_at_30(qtbot, window_for, ctx):
    _dentist(ctx)
    _choice_patients(ctx, 29)
    window = window_for(ctx)
    _open_listing_page(qtbot, window)
    press(qtbot, Qt.Key.Key_S, Alt)  # "Listnings&stopp…"
    dialog = _dialog(qtbot, ListingStopDialog)
    assert dialog.stop_label.text() == "Inget listningsstopp. Kliniken tar emot nya val."
    assert dialog.count_label.text().startswith("Listade genom eget val i dag: 29. Minst 30 krävs")
    press(qtbot, Qt.Key.Key_A, Alt)  # "&Anteckning:"
    type_text(qtbot, dialog.note_field, "Ingen plats före våren")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.is_error and "R-LI-5" in dialog.message.text() and "Nu är 29 listade" in dialog.message.text()
    assert dialog.note_field.text() == "Ingen plats före våren"  # kept
    with ctx.sessions() as s:
        assert s.scalars(select(ListingStop)).all() == []

    _choice_patients(ctx, 1, first_serial=700)
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.message.is_error and "Listningsstopp anmält från 2026-11-22" in dialog.message.text()
    with ctx.sessions() as s:
        stop = s.scalars(select(ListingStop)).one()
        assert s.scalars(select(OutboxItem.kind)).all() == ["listing-stop"]
    assert (stop.start_date, stop.listed_count, stop.note) == (TODAY, 30, "Ingen plats före våren")
    assert dialog.pages.currentIndex() == 1 and "Listningsstopp från 2026-11-22 tills vidare" in dialog.stop_label.text()

    dialog.lift_date.setDate(dialog.lift_date.date().addDays(9))  # the stop holds through 1 December
    press(qtbot, Qt.Key.Key_Return)
    assert "till och med 2026-12-01" in dialog.stop_label.text()
    with ctx.sessions() as s:
        assert s.scalars(select(ListingStop)).one().end_date == date(2026, 12, 1)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_control_on_the_listning_page_has_an_accessible_name(qtbot, window):
    _open_listing_page(qtbot, window)
    for widget in window.listing_view.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QAbstractItemView, QAbstractButton, QComboBox)) and widget.isVisibleTo(window):
            if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QComboBox):
                continue
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()} has no accessible name"


def test_every_dialog_control_has_an_accessible_name(qtbot, window_for, ctx):
    pid = _child(ctx, listing="val")
    other = _child(ctx, serial=540)
    window = window_for(ctx)
    view = _open_listing_page(qtbot, window)
    dialogs = [view.end_selected(), view.correct_selected(), view.open_listing_stop(), window.list_patient(other)]
    for dialog in dialogs:
        for widget in dialog.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QAbstractButton, QComboBox)) and widget.isVisibleTo(dialog):
                if widget.objectName().startswith("qt_") or widget.parent() is not None and \
                        widget.parent().objectName().startswith("qt_"):
                    continue
                assert widget.accessibleName(), f"{type(dialog).__name__}: {type(widget).__name__} {widget.objectName()}"
        dialog.reject()
    assert pid


# --- the model without a window ------------------------------------------------------------------


class CountingServices(SimpleNamespace):
    def __init__(self) -> None:
        super().__init__(counts=0, pages=[])

    def count_listings(self, ctx, f):
        self.counts += 1
        return listing_service.count_listings(ctx, f)

    def listing_page(self, ctx, f, offset, limit, *, count=None, after=None):
        self.pages.append((offset, limit, after is not None))
        return listing_service.listing_page(ctx, f, offset, limit, count=count, after=after)


def test_the_model_reads_pages_lazily_and_the_next_page_by_key(qapp, demo_ctx):
    services = CountingServices()
    model = ListingTableModel(demo_ctx, services=services, page_size=50)
    assert services.counts == 1 and services.pages == []
    first = model.listing_row(0)
    assert services.pages == [(0, 50, False)]
    second = model.listing_row(50)  # the page after a page read: by key
    assert services.pages[-1] == (50, 50, True)
    model.listing_row(200)  # a jump: by offset
    assert services.pages[-1] == (200, 50, False)
    assert first.sort_key < second.sort_key
    model.set_filter(ListingFilter(listing_type="val"))
    assert services.counts == 2 and model.cached_pages() == []


def test_the_model_keeps_at_most_max_pages(qapp, demo_ctx):
    model = ListingTableModel(demo_ctx, page_size=10, max_pages=3)
    for row in (0, 15, 25, 35, 45):
        model.listing_row(row)
    assert model.cached_pages() == [2, 3, 4]


def test_identity_numbers_in_the_table_are_written_with_the_century(qapp, ctx):
    pid = _child(ctx, listing="val")
    model = ListingTableModel(ctx)
    assert model.listing_row(0).patient_id == pid
    assert parse_identity_number(model.listing_row(0).personnummer, TODAY).digits == pnr(date(2015, 6, 1), 501)


def _mnemonics(root: QWidget, visible_to: QWidget) -> list[str]:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel

    keys = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(visible_to):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            key = QKeySequence.mnemonic(widget.text()).toString()
            if key:
                keys.append(key)
    return keys


def test_no_two_controls_share_a_mnemonic(qtbot, window_for, ctx):
    """An Alt+letter used twice only moves between the two: every one must be unique where it is seen."""
    from PySide6.QtGui import QKeySequence

    pid = _child(ctx, listing="icke-val")
    window = window_for(ctx)
    menus = [QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()]
    view = _open_listing_page(qtbot, window)
    page = menus + _mnemonics(view, window)
    assert len(page) == len(set(page)), sorted(page)
    window.open_patient(pid)
    card = menus + _mnemonics(window.card_page, window)
    assert len(card) == len(set(card)), sorted(card)
    for dialog in (view.end_selected(), view.correct_selected(), view.open_listing_stop(), window.list_patient(pid)):
        keys = _mnemonics(dialog, dialog)
        assert len(keys) == len(set(keys)), (type(dialog).__name__, sorted(keys))
        dialog.reject()
