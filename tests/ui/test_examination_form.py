"""Registrera undersökning as the clinic uses it: keyboard first, checked live (R-RV-1..10, R-TG-4)."""

from __future__ import annotations

import pytest

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QLabel
from sqlalchemy import func, select

from klinik_app.db.models import Examination, OutboxItem, StaffMember
from klinik_app.services import examinations
from klinik_app.ui.examination_form import NURSE_TEXT, PROTECTED_TEXT, QUEUED_TEXT, ExaminationDialog
from klinik_app.ui.help_dialogs import SHORTCUTS
from tests.conftest import TODAY
from tests.factories import add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST = "SE2321000222-T0001"
HYGIENIST = "SE2321000222-H0001"
NURSE = "SE2321000222-N0001"

Alt, Ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a user makes it."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_here(qtbot, text: str) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _staff(ctx) -> None:
    stamp = dict(created_at=ctx.now(), created_by="t", modified_at=ctx.now(), modified_by="t")
    with ctx.begin() as s:
        for hsa_id, name, role in ((DENTIST, "Anna Berg", "tandlakare"), (HYGIENIST, "Hanna Holm", "tandhygienist"),
                                   (NURSE, "Sara Sjö", "tandskoterska")):
            s.add(StaffMember(hsa_id=hsa_id, name=name, role=role, active=True, **stamp))


def _patient(ctx, birth: date, *, protected: bool = False) -> int:
    return add_patient(ctx, pnr(birth), "Ella", "Lind", listing="val", protected=protected)


def _open(qtbot, window, pid: int) -> ExaminationDialog:
    window.activateWindow()  # after an earlier dialog, keys go to the window again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.open_patient(pid)
    press(qtbot, Qt.Key.Key_E, Ctrl)
    dialog = window.exam_dialog
    assert isinstance(dialog, ExaminationDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def _dialog_for(qtbot, window_for, ctx, birth: date, **kw) -> tuple[object, ExaminationDialog, int]:
    _staff(ctx)
    pid = _patient(ctx, birth, **kw)
    window = window_for(ctx)
    return window, _open(qtbot, window, pid), pid


def _risks(dialog, *values) -> None:
    for box, value in zip(dialog.risk_boxes.values(), values):
        box.setCurrentIndex(-1 if value is None else box.findData(value))


def _stored(ctx, pid) -> list[Examination]:
    with ctx.sessions() as s:
        return s.scalars(select(Examination).where(Examination.patient_id == pid)).all()


def _outbox(ctx) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(OutboxItem))


# --- opening --------------------------------------------------------------------------------------


def test_ctrl_e_opens_the_dialog_only_on_a_card(qtbot, window):
    assert not window.exam_action.isEnabled()
    press(qtbot, Qt.Key.Key_E, Ctrl)
    assert window.exam_dialog is None

    pid = window.register.model.patient_id(3)
    dialog = _open(qtbot, window, pid)
    assert window.exam_action.isEnabled() and window.exam_action.text() == "Registrera &undersökning…"
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.patient.patient_id == pid
    assert window.card_view.card.personnummer in dialog.findChild(QLabel, "patient_label").text()
    press(qtbot, Qt.Key.Key_Escape)
    assert window.exam_dialog is None and not dialog.isVisible()
    assert window.focusWidget() is window.card_view.revision.exam_button  # where Ctrl+E was pressed from


def test_the_shortcut_sheet_lists_ctrl_e():
    assert any(keys == "Ctrl+E" and "undersökning" in text for keys, text in SHORTCUTS)


def test_the_card_button_opens_the_dialog_too(qtbot, window):
    window.open_patient(window.register.model.patient_id(0))
    window.card_view.revision.exam_button.click()
    assert isinstance(window.exam_dialog, ExaminationDialog)
    window.exam_dialog.reject()


# --- a dentist's revision by keyboard -------------------------------------------------------------


def test_r_rv_1_a_dentists_revision_of_a_ten_year_old_entered_by_keyboard_is_stored(qtbot, window_for, ctx):
    """Ctrl+E, the examiner's first name, four risks, the bite check, Enter: the card shows the new date."""
    window, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))
    assert dialog.examiner_box.hasFocus()  # date (today) and role (dentist) are the defaults
    type_here(qtbot, "Anna")  # inline completion: "Anna Berg (SE2321000222-T0001)"
    for value in "1000":
        press(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, value)
    assert dialog.interval_spin.value() == 12  # risk group 1 (R-RV-10)
    press(qtbot, Qt.Key.Key_Tab)  # the interval: kept as suggested
    press(qtbot, Qt.Key.Key_Tab)  # deft ("Använd förslag" is disabled: skipped)
    assert dialog.deft_spin.hasFocus()
    type_here(qtbot, "2")
    press(qtbot, Qt.Key.Key_B, Alt)
    qtbot.waitUntil(dialog.bite_check.isChecked, timeout=2000)
    assert dialog.ok_button.isEnabled() and dialog.issue_texts() == []
    press(qtbot, Qt.Key.Key_Return)

    assert window.exam_dialog is None and not dialog.isVisible()
    (exam,) = _stored(ctx, pid)
    assert (exam.examined_on, exam.examiner_role, exam.examiner_hsa_id) == (TODAY, "tandlakare", DENTIST)
    assert (exam.risk_caries, exam.risk_periodontal, exam.risk_general, exam.risk_technical) == (1, 0, 0, 0)
    assert (exam.planned_interval_months, exam.deft, exam.dft, exam.bite_check, exam.flags) == (12, 2, None, True,
                                                                                               None)
    overview = examinations.revision_overview(ctx, pid)
    assert overview.due.due == date(2027, 11, 22)
    panel = window.card_view.revision
    assert panel.due_value.text().startswith("2027-11-22")
    assert panel.explanation_value.text() == overview.explanation
    assert panel.history_texts()[0][:4] == ["2026-11-22", "Tandläkare Anna Berg", "1 (K1 P0 A0 T0)", "12 mån"]
    message = window.statusBar().currentMessage()
    assert message == f"Undersökningen är sparad. Nästa revision: {overview.explanation} {QUEUED_TEXT}"
    assert window.card_view.notice.isVisible() and window.card_view.notice.text() == message
    assert _outbox(ctx) == 1  # R-RV-8


def test_tab_order_runs_top_to_bottom(qtbot, window_for, ctx):
    _, dialog, _ = _dialog_for(qtbot, window_for, ctx, date(2012, 5, 3))
    dialog.examiner_box.setEditText(DENTIST)
    _risks(dialog, 0, 0, 0, 0)
    dialog.interval_spin.setValue(20)  # edited: "Använd förslag" is enabled and in the chain
    dialog.date_edit.setFocus()
    for _ in range(3):  # Tab walks the date's year, month and day first (QDateEdit), then leaves it
        if not dialog.date_edit.hasFocus():
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert dialog.role_box.hasFocus()
    order = [dialog.role_box, dialog.examiner_box, *dialog.risk_boxes.values(), dialog.interval_spin,
             dialog.suggest_button, dialog.deft_spin, dialog.dft_spin, dialog.tobacco_box, dialog.bite_check,
             dialog.issue_list, dialog.ok_button]
    for expected in order[1:]:
        press(qtbot, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is expected or expected.isAncestorOf(focus), f"{expected.objectName()} after Tab, not {focus}"
    dialog.reject()


def test_every_input_has_a_label_with_a_mnemonic_and_an_accessible_name(qtbot, window_for, ctx):
    _, dialog, _ = _dialog_for(qtbot, window_for, ctx, date(2012, 5, 3))
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    inputs = [w for kind in (QComboBox, QAbstractSpinBox, QCheckBox) for w in dialog.findChildren(kind)
              if not w.objectName().startswith("qt_")]
    assert len(inputs) >= 11
    for widget in inputs:
        assert widget.accessibleName(), widget.objectName()
        text = widget.text() if isinstance(widget, QCheckBox) else buddies.get(widget, "")
        assert "&" in text, f"{widget.objectName()} has no mnemonic"
    texts = [buddies[w] for w in inputs if w in buddies]
    mnemonics = [t[t.index("&") + 1].lower() for t in [*texts, dialog.bite_check.text(),
                                                       dialog.ok_button.text(), dialog.suggest_button.text()]]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics
    dialog.reject()


# --- the interval suggestion (R-RV-10, R-RV-2) ----------------------------------------------------


def test_r_rv_10_the_interval_follows_the_risk_group_until_the_user_edits_it(qtbot, window_for, ctx):
    _, dialog, _ = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))  # 10: cap 24 months
    assert dialog.interval_spin.value() == 0 and dialog.interval_spin.text() == "–"
    assert dialog.risk_group_label.text().startswith("–")
    _risks(dialog, 0, 0, 0, 0)
    assert (dialog.interval_spin.value(), dialog.risk_group_label.text()[:1]) == (24, "0")
    dialog.risk_boxes["general"].setCurrentIndex(dialog.risk_boxes["general"].findData(2))
    assert (dialog.interval_spin.value(), dialog.risk_group_label.text()[:1]) == (6, "2")
    _risks(dialog, 1, 0, 0, 0)
    assert dialog.interval_spin.value() == 12
    assert dialog.suggestion_label.text() == "Förslag för riskgrupp 1: 12 mån"
    assert not dialog.suggest_button.isEnabled()

    dialog.interval_spin.setFocus()
    dialog.interval_spin.selectAll()
    type_here(qtbot, "18")
    assert dialog.interval_spin.value() == 18 and dialog.interval_edited
    _risks(dialog, 2, 0, 0, 0)
    assert dialog.interval_spin.value() == 18  # the user's own interval stays
    assert dialog.suggestion_label.text() == "Förslag för riskgrupp 2: 6 mån (du har ändrat)"
    assert dialog.suggest_button.isEnabled()
    dialog.suggest_button.click()
    assert dialog.interval_spin.value() == 6 and not dialog.interval_edited
    _risks(dialog, 0, 0, 0, 0)
    assert dialog.interval_spin.value() == 24
    dialog.reject()


def test_r_rv_2_the_age_and_cap_follow_the_date_and_an_interval_above_the_cap_is_flagged(qtbot, window_for, ctx):
    _, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2010, 6, 1))  # 16 today
    dialog.examiner_box.setEditText(DENTIST)
    _risks(dialog, 0, 0, 0, 0)
    assert dialog.age_label.text() == "16 år på undersökningsdagen"
    assert dialog.cap_label.text() == "Högst 36 månader vid 16 års ålder (R-RV-2)."
    assert dialog.interval_spin.value() == 36
    dialog.date_edit.setDate(QDate(2026, 5, 1))  # 15 then
    assert dialog.cap_label.text() == "Högst 24 månader vid 15 års ålder (R-RV-2)."
    assert dialog.interval_spin.value() == 24
    dialog.interval_spin.setValue(30)
    assert dialog.ok_button.isEnabled()
    flags = [t for t in dialog.issue_texts() if t.startswith("Sparas med regelbrott R-RV-2")]
    assert flags and "24 månader används" in flags[0]
    assert "R-RV-2" in dialog.summary_label.text()
    dialog.reject()


def test_the_date_cannot_be_after_today_or_before_birth(qtbot, window_for, ctx):
    _, dialog, _ = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))
    assert dialog.date_edit.maximumDate() == QDate(2026, 11, 22)
    assert dialog.date_edit.minimumDate() == QDate(2016, 5, 3)
    assert dialog.date_edit.date() == QDate(2026, 11, 22) and dialog.date_edit.calendarPopup()
    dialog.reject()


# --- checks shown live ----------------------------------------------------------------------------


def test_r_rv_7_a_14_year_old_without_tobacco_is_flagged_and_still_saves(qtbot, window_for, ctx):
    window, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2012, 5, 3))
    assert dialog.tobacco_hint.text() == "Krävs från 13 år (R-RV-7)"
    assert dialog.bite_hint.text() == ""  # 14: no bite check required (R-RV-6)
    dialog.examiner_box.setEditText(f"Anna Berg ({DENTIST})")
    _risks(dialog, 0, 1, 0, 0)
    texts = dialog.issue_texts()
    assert len(texts) == 1 and texts[0].startswith("Sparas med regelbrott R-RV-7: Tobaksvanor är inte dokumenterade")
    assert dialog.summary_label.text() == "Kan sparas, men sparas med regelbrott R-RV-7."
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)

    (exam,) = _stored(ctx, pid)
    assert (exam.flags, exam.tobacco, exam.bite_check) == ("R-RV-7", None, None)
    assert "Sparad med regelbrott R-RV-7." in window.statusBar().currentMessage()
    # Choosing a value clears the flag.
    second = _open(qtbot, window, pid)
    second.date_edit.setDate(QDate(2026, 11, 1))
    second.tobacco_box.setFocus()
    type_here(qtbot, "s")  # "snus"
    assert second.tobacco_box.currentData() == "snus"
    assert not any("R-RV-7" in t for t in second.issue_texts())
    second.reject()


def test_r_rv_10_a_missing_risk_disables_save_and_enter_goes_to_it(qtbot, window_for, ctx):
    _, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))
    dialog.examiner_box.setEditText(DENTIST)  # a typed HSA-id is accepted
    _risks(dialog, 0, 0, 0, None)
    assert not dialog.ok_button.isEnabled()
    assert dialog.issue_texts() == [
        "Risk för teknisk saknas. En revisionsundersökning bedömer risk 0–2 i alla fyra områden (R-RV-10).",
        "Revisionsintervall saknas. Det planerade intervallet ska skrivas in vid varje revisionsundersökning "
        "(R-RV-1)."]
    assert dialog.summary_label.text().startswith("Kan inte sparas än")
    assert dialog.interval_spin.value() == 0  # no risk group: no suggestion yet
    dialog.deft_spin.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.risk_boxes["technical"].hasFocus()
    assert _stored(ctx, pid) == []
    type_here(qtbot, "0")
    assert dialog.ok_button.isEnabled() and dialog.interval_spin.value() == 24
    dialog.reject()


def test_r_rv_8_a_revision_without_examiner_cannot_be_saved_and_a_bad_hsa_id_is_named(qtbot, window_for, ctx):
    _, dialog, _ = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))
    _risks(dialog, 0, 0, 0, 0)
    assert not dialog.ok_button.isEnabled()
    assert any("HSA-id saknas" in t and "R-RV-8" in t for t in dialog.issue_texts())
    dialog.examiner_box.setEditText("inte ett id")
    assert not dialog.ok_button.isEnabled()
    assert dialog.examiner_hsa_id() == "INTE ETT ID" and len(dialog.issue_texts()) == 1
    dialog.examiner_box.setEditText(DENTIST.lower())
    assert dialog.examiner_hsa_id() == DENTIST and dialog.ok_button.isEnabled()
    dialog.reject()


def test_the_examiner_list_follows_the_role(qtbot, window_for, ctx):
    _, dialog, _ = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))
    items = lambda: [dialog.examiner_box.itemText(i) for i in range(dialog.examiner_box.count())]  # noqa: E731
    assert items() == [f"Anna Berg ({DENTIST})"]
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("tandhygienist"))
    assert items() == [f"Hanna Holm ({HYGIENIST})"]
    dialog.examiner_box.setCurrentIndex(0)
    assert dialog.examiner_hsa_id() == HYGIENIST
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("tandskoterska"))
    assert items() == [f"Sara Sjö ({NURSE})"] and dialog.examiner_hsa_id() is None
    dialog.reject()


def test_r_rv_6_the_bite_check_is_marked_for_a_dentist_of_a_ten_year_old(qtbot, window_for, ctx):
    _, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))
    assert dialog.bite_hint.text() == "Krävs för 6–13 år (R-RV-6)"
    assert dialog.tobacco_hint.text() == ""
    dialog.examiner_box.setEditText(DENTIST)
    _risks(dialog, 0, 0, 0, 0)
    assert [t[:31] for t in dialog.issue_texts()] == ["Sparas med regelbrott R-RV-6: B"]
    dialog.bite_check.setChecked(True)
    assert dialog.issue_texts() == []
    dialog.bite_check.setChecked(False)
    dialog.save()
    (exam,) = _stored(ctx, pid)
    assert (exam.bite_check, exam.flags) == (False, "R-RV-6")  # on record as not done


def test_r_rv_6_a_hygienists_revision_of_a_ten_year_old_is_flagged(qtbot, window_for, ctx):
    _, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("tandhygienist"))
    assert not dialog.bite_check.isEnabled()
    assert dialog.bite_hint.text() == "Görs av tandläkare (R-RV-6)"
    dialog.examiner_box.setCurrentIndex(0)
    _risks(dialog, 0, 0, 0, 0)
    assert dialog.issue_texts()[0].startswith("Sparas med regelbrott R-RV-6: Patienten är 10 år")
    assert "tandhygienist" in dialog.role_note.text() and "R-RV-5" in dialog.role_note.text()
    dialog.reject()


# --- tandhälsokontroll (R-RV-5) -------------------------------------------------------------------


def test_r_rv_5_a_tandhalsokontroll_grades_nothing_and_is_not_reported(qtbot, window_for, ctx):
    window, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2012, 5, 3))
    _risks(dialog, 1, 0, 0, 0)
    dialog.role_box.setFocus()
    type_here(qtbot, "Tandsk")  # keyboard search in the closed list
    assert dialog.role() == "tandskoterska"
    assert not any(box.isEnabled() for box in dialog.risk_boxes.values())
    assert not dialog.interval_spin.isEnabled() and not dialog.bite_check.isEnabled()
    assert all(box.currentIndex() == -1 for box in dialog.risk_boxes.values())
    assert "ingen revision" in dialog.role_note.text() and "rapporteras inte" in dialog.role_note.text()
    assert dialog.risk_group_label.text() == "bedöms inte vid tandhälsokontroll (R-RV-5)"
    dialog.tobacco_box.setCurrentIndex(dialog.tobacco_box.findData("ingen"))
    assert dialog.ok_button.isEnabled() and dialog.issue_texts() == []  # no examiner needed
    press(qtbot, Qt.Key.Key_Return)

    (exam,) = _stored(ctx, pid)
    assert (exam.examiner_role, exam.risk_caries, exam.planned_interval_months, exam.tobacco) == (
        "tandskoterska", None, None, "ingen")
    assert _outbox(ctx) == 0
    assert window.statusBar().currentMessage().endswith(NURSE_TEXT)


def test_changing_the_role_back_gives_the_risks_back(qtbot, window_for, ctx):
    _, dialog, _ = _dialog_for(qtbot, window_for, ctx, date(2012, 5, 3))
    _risks(dialog, 1, 0, 2, 0)
    dialog.interval_spin.setValue(9)
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("tandskoterska"))
    assert dialog.interval_spin.value() == 0
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("tandlakare"))
    assert dialog.risks().values() == (1, 0, 2, 0)
    assert dialog.interval_spin.value() == 9 and dialog.interval_edited
    dialog.reject()


# --- saving and cancelling ------------------------------------------------------------------------


def test_esc_cancels_without_storing(qtbot, window_for, ctx):
    window, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))
    dialog.examiner_box.setEditText(DENTIST)
    _risks(dialog, 0, 0, 0, 0)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.exam_dialog is None
    assert _stored(ctx, pid) == [] and _outbox(ctx) == 0
    assert window.statusBar().currentMessage() == ""


def test_r_tg_4_a_protected_patients_revision_stays_at_the_clinic(qtbot, window_for, ctx):
    window, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3), protected=True)
    assert "skyddad identitet" in dialog.findChild(QLabel, "patient_label").text()
    assert "R-TG-4" in dialog.role_note.text()
    dialog.examiner_box.setEditText(DENTIST)
    _risks(dialog, 0, 0, 0, 0)
    dialog.bite_check.setChecked(True)
    dialog.save()
    assert len(_stored(ctx, pid)) == 1 and _outbox(ctx) == 0
    assert window.statusBar().currentMessage().endswith(PROTECTED_TEXT)


def test_the_same_examination_twice_is_said_in_swedish_and_the_values_stay(qtbot, window_for, ctx, messages):
    window, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))
    dialog.examiner_box.setEditText(DENTIST)
    _risks(dialog, 0, 0, 0, 0)
    dialog.bite_check.setChecked(True)
    dialog.save()
    second = _open(qtbot, window, pid)
    second.examiner_box.setEditText(DENTIST)
    _risks(second, 1, 0, 0, 0)
    second.save()
    assert len(messages) == 1
    assert messages.texts()[0].startswith("Det finns redan en undersökning av tandläkare 2026-11-22")
    messages.clear()
    assert second.isVisible() and second.risks().values() == (1, 0, 0, 0)
    assert len(_stored(ctx, pid)) == 1
    second.reject()


def test_a_refusal_at_saving_is_shown_in_the_issues_area(qtbot, window_for, ctx, monkeypatch):
    from klinik_app.domain.examination import ExamIssue

    _, dialog, pid = _dialog_for(qtbot, window_for, ctx, date(2016, 5, 3))
    dialog.examiner_box.setEditText(DENTIST)
    _risks(dialog, 0, 0, 0, 0)
    issue = ExamIssue("examined_on", "ogiltigt-datum", None, "Undersökningsdatumet ligger i framtiden.")

    def refuse(ctx, patient_id, exam):
        raise examinations.ExamRefused((issue,))

    monkeypatch.setattr(examinations, "record_examination", refuse)
    dialog.save()
    assert dialog.isVisible() and dialog.issue_texts() == ["Undersökningsdatumet ligger i framtiden."]
    assert not dialog.ok_button.isEnabled() and dialog.date_edit.hasFocus()
    dialog.reject()


def test_every_tobacco_value_has_a_swedish_label():
    from klinik_app.domain.examination import TOBACCO_VALUES
    from klinik_app.ui.examination_form import TOBACCO_LABELS

    assert set(TOBACCO_LABELS) == set(TOBACCO_VALUES)


def test_r_rv_5_a_dental_nurse_is_offered_only_the_dental_health_check(qtbot, window_for, ctx):
    from klinik_app.services.context import Actor

    _staff(ctx)
    pid = _patient(ctx, date(2018, 5, 5))
    ctx.actor = Actor(NURSE, roles=frozenset({"tandskoterska"}), name="Sara Sjö")
    window = window_for(ctx)
    dialog = _open(qtbot, window, pid)
    assert [dialog.role_box.itemData(i) for i in range(dialog.role_box.count())] == ["tandskoterska"]
    dialog.reject()
