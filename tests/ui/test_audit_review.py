"""Loggkontroll (R-SE-2) as the head of clinic uses it: from the Arkiv menu, per patient, per user,
per period, the monthly sample and its sign-off, the patient's extract and the log's integrity."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from klinik_app.db.models import StaffMember
from klinik_app.domain.permissions import ADMINISTRATOR, RECEPTION
from klinik_app.services import audit
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.context import Actor
from klinik_app.ui import audit_review
from klinik_app.ui.audit_review import AuditReviewDialog
from tests.conftest import make_ctx
from tests.factories import add_patient, pnr
from tests.letters.pdf import page_texts
from tests.services.test_audit import append, utc
from tests.ui.keyboard import type_text

NURSE = "SE2321000222-S0002"
DENTIST = "SE2321000222-T0001"
ELLA_PNR = pnr(date(2015, 3, 10), 234)
SAM_PNR = pnr(date(2012, 2, 2), 456)


@pytest.fixture
def clinic(ctx):
    """Two staff members, two patients (Sam with protected identity) and October's log."""
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")  # the extract's letterhead
    stamp = dict(created_at=ctx.now(), created_by="test", modified_at=ctx.now(), modified_by="test")
    with ctx.begin() as s:
        s.add(StaffMember(hsa_id=DENTIST, name="Sara Berg", role="tandlakare", **stamp))
        s.add(StaffMember(hsa_id=NURSE, name="Nils Åberg", role="tandskoterska", **stamp))
    ids = {"ella": add_patient(ctx, ELLA_PNR, "Ella", "Lind", street="Björkvägen 3"),
           "sam": add_patient(ctx, SAM_PNR, "Sam", "Dold", protected=True)}
    dentist = Actor(DENTIST, roles=frozenset({"tandlakare"}), workstation="BEH-1")
    nurse = Actor(NURSE, roles=frozenset({"tandskoterska"}), workstation="BEH-2")
    append(ctx, utc(2026, 10, 1, 8, 0), "read", [ids["ella"]], "patientkort", dentist)
    append(ctx, utc(2026, 10, 3, 10, 0), "write", [ids["ella"]], "revision registrerad", dentist)
    append(ctx, utc(2026, 10, 5, 12, 0), "letter", [ids["ella"], ids["sam"]], "kallelse till revision", nurse)
    append(ctx, utc(2026, 10, 20, 13, 0), "read", [ids["sam"]], "patientkort", nurse)
    return ids


@pytest.fixture
def review(qtbot, ctx, clinic):
    dialog = AuditReviewDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


def rows(tab) -> list[tuple[str, ...]]:
    model = tab.model
    return [tuple(model.text(r, c) for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_r_se_2_loggkontroll_opens_from_the_menu_on_the_open_patients_card(qtbot, window_for, ctx, clinic):
    window = window_for(ctx)
    window.open_patient(clinic["ella"])  # a read of Ella's card, logged now
    window.audit_action.trigger()
    dialog = window.audit_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Loggkontroll"
    assert window.audit_action.shortcut().toString() == "Ctrl+Shift+L"
    tab = dialog.patient_tab
    assert dialog.tabs.currentWidget() is tab
    assert tab.patient_combo.currentText() == f"Ella Lind, {ELLA_PNR[:8]}-{ELLA_PNR[8:]}"
    shown = rows(tab)
    assert [r[2] for r in shown[:3]] == ["Läste uppgifter: patientkort", "Ändrade uppgifter: revision registrerad",
                                         "Skrev ut brev: kallelse till revision"]
    assert shown[0][:2] == ("2026-10-01 10:00:00", f"Sara Berg ({DENTIST}), Tandläkare")  # Swedish summer time
    assert shown[0][4] == "BEH-1"
    today = ctx.now().astimezone(audit.STOCKHOLM).strftime("%Y-%m-%d")
    assert "Läste uppgifter: patientkort" in [r[2] for r in shown[3:] if r[0].startswith(today)]  # the card just opened
    assert tab.count_label.text().startswith(f"{len(shown)} poster om Ella Lind")
    window.audit_action.trigger()
    assert window.audit_dialog is dialog  # one window, brought forward
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_r_se_2_per_patient_finds_a_personnummer_in_any_written_form(qtbot, review, messages):
    tab = review.patient_tab
    type_text(qtbot, tab.search_field, f"{SAM_PNR[2:8]}-{SAM_PNR[8:]}")
    qtbot.keyClick(tab.search_field, Qt.Key.Key_Return)
    assert tab.patient_combo.currentText() == f"Sam Dold, {SAM_PNR[:8]}-{SAM_PNR[8:]} – skyddad identitet"
    assert [(r[1].split(" (")[0], r[2]) for r in rows(tab)] == [
        ("Nils Åberg", "Skrev ut brev: kallelse till revision"), ("Nils Åberg", "Läste uppgifter: patientkort")]
    tab.search_field.setText(pnr(date(2001, 1, 1), 111))
    tab.find_button.click()
    assert messages.texts() == ["Det finns ingen patient med det personnumret i registret. Kontrollera numret."]
    messages.clear()


def test_r_se_2_per_patient_picks_among_several_hits_and_limits_the_period(qtbot, review, ctx, clinic):
    tab = review.patient_tab
    tab.search_field.setText("Lind")
    tab.find_button.click()
    assert tab.patient_combo.count() == 1 and len(rows(tab)) == 3
    tab.period.whole.setChecked(False)
    tab.period.first_edit.setDate(date(2026, 10, 2))
    tab.period.last_edit.setDate(date(2026, 10, 4))
    tab.show_button.click()
    assert [r[2] for r in rows(tab)] == ["Ändrade uppgifter: revision registrerad"]
    assert "(2026-10-02–2026-10-04)" in tab.count_label.text()


def test_r_se_2_per_user_offers_everyone_in_the_log_and_filters_by_user(qtbot, review):
    review.tabs.setCurrentWidget(review.user_tab)  # the list is read when the tab is first shown
    tab = review.user_tab
    labels = [tab.user_combo.itemText(i) for i in range(tab.user_combo.count())]
    assert labels[:2] == [f"Nils Åberg ({NURSE}), Tandsköterska – 3 poster",
                          f"Sara Berg ({DENTIST}), Tandläkare – 2 poster"]
    tab.user_combo.setCurrentIndex(0)
    tab.period.first_edit.setDate(date(2026, 10, 1))
    tab.show_button.click()
    shown = rows(tab)
    assert [r[3] for r in shown] == [f"Ella Lind, {ELLA_PNR[:8]}-{ELLA_PNR[8:]}",
                                     f"Sam Dold, {SAM_PNR[:8]}-{SAM_PNR[8:]} – skyddad identitet",
                                     f"Sam Dold, {SAM_PNR[:8]}-{SAM_PNR[8:]} – skyddad identitet"]
    assert {r[1] for r in shown} == {f"Nils Åberg ({NURSE}), Tandsköterska"}


def test_r_se_2_per_period_pages_through_a_large_log(qtbot, review, monkeypatch):
    monkeypatch.setattr(audit_review, "PAGE_SIZE", 2)
    review.tabs.setCurrentWidget(review.period_tab)
    tab = review.period_tab
    tab.period.first_edit.setDate(date(2026, 10, 1))
    tab.period.last_edit.setDate(date(2026, 10, 31))
    qtbot.keyClick(tab.period.last_edit, Qt.Key.Key_Return)  # Enter shows the period
    assert [r[0][:10] for r in rows(tab)] == ["2026-10-01", "2026-10-03"]
    assert tab.count_label.text() == "Poster 1–2 under 2026-10-01–2026-10-31 (sida 1, fler finns: Nästa sida)."
    assert not tab.previous_button.isEnabled() and tab.next_button.isEnabled()
    tab.next_button.click()
    assert [r[2] for r in rows(tab)] == ["Skrev ut brev: kallelse till revision"] * 2
    tab.next_button.click()
    assert [r[0][:10] for r in rows(tab)] == ["2026-10-20"]
    assert tab.count_label.text().endswith("(sida 3, den sista).") and not tab.next_button.isEnabled()
    tab.previous_button.click()
    assert tab.page == 1


def test_r_se_2_monthly_sample_is_signed_off_and_replacing_needs_confirmation(qtbot, review, ctx, messages):
    review.tabs.setCurrentWidget(review.month_tab)
    tab = review.month_tab
    assert tab.month() == date(2026, 10, 1)  # the last month that is over
    assert tab.month_edit.maximumDate().toString("yyyy-MM-dd") == "2026-10-31"
    assert tab.size_spin.value() == 20 and tab.seed_spin.value() > 0
    assert tab.signed_label.text() == "Månaden är inte kvitterad än." and not tab.replace_box.isVisible()
    tab.seed_spin.setValue(4711)
    tab.size_spin.setValue(2)
    tab.sign_button.click()  # nothing drawn yet
    assert tab.message.is_error and "Ta stickprovet" in tab.message.text()
    qtbot.keyClick(tab.seed_spin, Qt.Key.Key_Return)  # Enter draws
    assert len(rows(tab)) == 2 and "av 5 poster om patienter under 2026-10 (frö 4711)" in tab.count_label.text()
    assert tab.reviewer_edit.text() == ctx.actor.user_id
    tab.note_edit.setPlainText("Inga avvikelser.")
    tab.sign_button.click()
    signed = audit.review_for_month(ctx, date(2026, 10, 1))
    assert (signed.reviewer, signed.findings, signed.seed, signed.sample_size) == (ctx.actor.user_id, "Inga avvikelser.",
                                                                                   4711, 2)
    assert signed.seal_hash in tab.message.text()
    assert tab.signed_label.text().startswith("Kvitterad ") and "”Inga avvikelser.”" in tab.signed_label.text()
    assert tab.replace_box.isVisible() and not tab.replace_box.isChecked()

    tab.draw_button.click()  # the same seed and size: the signed sample again
    assert [v.id for v in tab.sample.entries] == list(signed.sample_ids)
    tab.note_edit.setPlainText("En åtkomst utreds.")
    tab.sign_button.click()
    assert tab.message.is_error and "Ersätt den tidigare kvitteringen" in tab.message.text()
    assert audit.review_for_month(ctx, date(2026, 10, 1)).id == signed.id
    tab.replace_box.setChecked(True)
    tab.sign_button.click()
    second = audit.review_for_month(ctx, date(2026, 10, 1))
    assert second.replaces_id == signed.id and second.findings == "En åtkomst utreds."
    assert messages == []


def test_r_se_2_a_refused_sign_off_is_shown_and_the_window_stays(qtbot, review, messages):
    review.tabs.setCurrentWidget(review.month_tab)
    tab = review.month_tab
    tab.draw_button.click()
    tab.sign_button.click()  # no note written: the service refuses
    assert messages.texts() == ["Skriv vad granskningen kom fram till (till exempel ”Inga avvikelser”) innan den "
                                "kvitteras."]
    messages.clear()
    assert review.isVisible()


def test_r_se_2_patient_extract_is_saved_as_pdf_and_reported(qtbot, review, ctx, clinic, tmp_path):
    tab = review.patient_tab
    tab.search_field.setText(ELLA_PNR)
    tab.find_button.click()
    out = tmp_path / "ella.pdf"
    tab.extract_path = lambda suggested: out
    tab.extract_button.click()
    text = " ".join(page_texts(out))
    # Ella's three entries and the review that just read them.
    assert "Utdrag ur åtkomstloggen" in text and "Antal registrerade åtkomster: 4" in text
    assert "Sam" not in text and SAM_PNR[:8] not in text
    assert tab.extract_message.text() == (f"Loggutdrag för Ella Lind (hela den tid loggen omfattar): 4 åtkomster, "
                                          f"skrivet till {out}. Utlämnandet är loggat.")
    assert rows(tab)[-1][2] == "Lämnade ut loggutdrag: loggutdrag hela loggen, 4 poster"


def test_r_se_2_no_extract_is_written_when_the_save_dialog_is_cancelled(review, tmp_path):
    tab = review.patient_tab
    tab.search_field.setText(ELLA_PNR)
    tab.find_button.click()
    tab.extract_path = lambda suggested: None
    tab.extract_button.click()
    assert tab.extract_message.text() == "" and list(tmp_path.glob("*.pdf")) == []


def test_r_se_2_verify_shows_an_unchanged_log_and_its_seal(review, ctx):
    review.verify_button.click()
    result = audit.verify(ctx)
    assert review.verify_text.toPlainText() == (f"Åtkomstloggen är oförändrad: {result.entries} poster, "
                                                f"sigill {result.seal.last_hash}.")
    assert review.verify_button.isEnabled()


def test_r_se_2_verify_lists_what_was_altered(review, db_path):
    con = sqlite3.connect(db_path)
    con.execute("UPDATE access_log SET detail = 'x' WHERE id = 2")
    con.commit()
    con.close()
    review.verify_button.click()
    lines = review.verify_text.toPlainText().splitlines()
    assert lines[0].startswith("Åtkomstloggen har ändrats: 1 avvikelse")
    assert lines[1].startswith("Post id 2 (") and "har ändrats" in lines[1]


def test_loggkontroll_inputs_have_names_and_the_tabs_have_mnemonics(review):
    inputs = [w for kind in (QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit) for w in review.findChildren(kind)
              if not w.objectName().startswith("qt_")]  # not Qt's own inner editors
    assert len(inputs) > 10 and [w.objectName() for w in inputs if not w.accessibleName()] == []
    assert [review.tabs.tabText(i) for i in range(4)] == ["Per &patient", "Per &användare", "Per p&eriod",
                                                          "&Månadsgranskning"]


def test_r_se_2_someone_who_may_not_read_the_log_is_told_once_and_refused_in_swedish(qtbot, db_path, ctx, clinic,
                                                                                      messages):
    reception = make_ctx(db_path, user="SE2321000222-R0003", roles={RECEPTION})
    try:
        dialog = AuditReviewDialog(reception)
        qtbot.addWidget(dialog)
        dialog.show()
        assert messages == []  # opening reads nothing
        intro = dialog.findChild(QLabel, "audit_intro").text()
        assert intro == "Du har inte behörighet att läsa åtkomstloggen. Det får verksamhetschef, administratör."
        dialog.tabs.setCurrentWidget(dialog.period_tab)
        dialog.period_tab.show_button.click()
        assert len(messages.texts()) == 1 and messages.texts()[0].startswith("Du har inte behörighet att läsa åtkomstloggen")
        messages.clear()
        assert dialog.isVisible() and dialog.period_tab.model.rowCount() == 0
        dialog.close()
    finally:
        reception.close()


def test_r_se_2_an_administrator_reads_the_log_but_cannot_sign_off(qtbot, db_path, ctx, clinic):
    admin = make_ctx(db_path, user="SE2321000222-A0004", roles={ADMINISTRATOR})
    try:
        dialog = AuditReviewDialog(admin)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.month_tab)
        dialog.month_tab.draw_button.click()
        assert dialog.month_tab.model.rowCount() == 5
        assert not dialog.month_tab.sign_button.isEnabled()
        assert "Det får verksamhetschef" in dialog.month_tab.sign_button.toolTip()
        dialog.close()
    finally:
        admin.close()
