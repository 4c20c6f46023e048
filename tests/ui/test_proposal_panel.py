"""Plan a month of revisions for a small clinic and send the letters, keyboard only (issue 12
acceptance): Planering → Förslag, propose December, move and drop a proposal, book them all as
proposed (R-AB-3), write the summons letters with the times, then confirm one from Att bekräfta."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from klinik_app.domain.capacity import WorkPeriod
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import appointments, capacity, examinations
from klinik_app.services.clinic import set_clinic_address
from klinik_app.ui.appointment_dialogs import ConfirmDialog
from klinik_app.ui.proposal_panel import MoveProposalDialog
from tests.factories import add_patient, add_staff, pnr
from tests.letters.pdf import page_texts

TINA, HUGO = "SE2321000222-T0001", "SE2321000222-H0001"
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _back(qtbot, window) -> None:
    """After a dialog closes the offscreen platform activates no window by itself."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _active(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind), timeout=3000)
    return QApplication.activeWindow()


@pytest.fixture
def small_clinic(ctx):
    """A dentist and a hygienist (Monday-Friday 8-16) and six patients due in December or overdue."""
    ctx.now = lambda: datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    add_staff(ctx, TINA, "Tina Tand", "tandlakare")
    add_staff(ctx, HUGO, "Hugo Hygien", "tandhygienist")
    for who in (TINA, HUGO):
        capacity.save_hours(ctx, who, [WorkPeriod(d, 8 * 60, 16 * 60, 50) for d in range(5)], [],
                            expected_version=capacity.hours_version(ctx, who))
    patients = {}
    for name, birth, exam, street in (("Ella", date(2015, 3, 10), date(2025, 12, 14), "Björkvägen 3"),
                                      ("Vilgot", date(2018, 6, 1), date(2025, 12, 2), "Björkvägen 3"),
                                      ("Nora", date(2005, 4, 4), date(2025, 11, 1), "Tallgatan 4"),
                                      ("Omar", date(2006, 1, 9), date(2025, 12, 20), "Ekvägen 1"),
                                      ("Siri", date(2004, 7, 7), date(2025, 12, 9), "Aspvägen 5"),
                                      ("Teo", date(2003, 9, 9), date(2025, 12, 16), "Lönnvägen 6")):
        pid = add_patient(ctx, pnr(birth), name, "Lind" if street == "Björkvägen 3" else "Berg", listing="val",
                          street=street, guardians=["Anna Lind"] if name in ("Ella", "Vilgot") else [])
        examinations.record_examination(ctx, pid, ExamInput(exam, "tandlakare", TINA, Risks(1, 0, 0, 0), 12,
                                                            tobacco="ingen", bite_check=True))
        patients[name] = pid
    return patients


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: a dialog's size hints go nowhere
def test_plan_a_month_and_send_the_letters_keyboard_only(qtbot, ctx, window_for, small_clinic, tmp_path):
    window = window_for(ctx)
    _back(qtbot, window)  # the keys go to the main window, whatever an earlier test left active
    _key(qtbot, Qt.Key.Key_9, CTRL)
    view = window.planning_view
    _key(qtbot, Qt.Key.Key_F, ALT)  # the Förslag tab
    panel = view.proposals
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is panel and QApplication.focusWidget() is panel.first,
                    timeout=3000)
    assert (panel.first.date().toPython(), panel.last.date().toPython()) == (date(2026, 12, 1), date(2026, 12, 31))
    assert panel.chosen_caregivers() == [HUGO, TINA]

    _key(qtbot, Qt.Key.Key_I, ALT)  # Föreslå tider
    qtbot.waitUntil(lambda: len(panel.model.rows) == 6, timeout=5000)
    assert QApplication.focusWidget() is panel.table
    rows = {r.patient_name: r for r in panel.model.rows}
    assert rows["Nora Berg"].proposal.starts == datetime(2026, 12, 1, 8, 0)  # overdue: first
    assert rows["Vilgot Lind"].caregiver_name == rows["Ella Lind"].caregiver_name == "Tina Tand"
    assert "syskon i följd" in panel.model.data(panel.model.index(panel.model.rows.index(rows["Ella Lind"]), 4))

    # Move Teo's proposal to 13:00 on his day (Enter opens it; the time field takes the keys).
    panel.table.setCurrentIndex(panel.model.index(panel.model.rows.index(rows["Teo Berg"]), 0))
    _key(qtbot, Qt.Key.Key_Return)
    dialog = _active(qtbot, MoveProposalDialog)
    _key(qtbot, Qt.Key.Key_T, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "1300")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    teo = next(r for r in panel.model.rows if r.patient_name == "Teo Berg")
    assert teo.proposal.starts == datetime.combine(rows["Teo Berg"].proposal.starts.date(), datetime.min.time()
                                                   ).replace(hour=13)
    # Siri is to be called instead: Delete drops her proposal.
    _back(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table, timeout=3000)
    panel.table.setCurrentIndex(panel.model.index(panel.model.rows.index(
        next(r for r in panel.model.rows if r.patient_name == "Siri Berg")), 0))
    _key(qtbot, Qt.Key.Key_Delete)
    assert [r.patient_name for r in panel.model.rows].count("Siri Berg") == 0 and len(panel.model.rows) == 5

    _key(qtbot, Qt.Key.Key_L, ALT)  # book them all as proposed
    qtbot.waitUntil(lambda: panel.accepted is not None, timeout=5000)
    assert len(panel.accepted.booked) == 5 and panel.letters_button.isEnabled()
    booked = [appointments.get(ctx, a) for a in panel.accepted.booked.values()]
    assert all(not a.agreed and a.status == "booked" for a in booked)  # R-AB-3: proposed, not agreed

    path = tmp_path / "kallelser.pdf"
    panel.choose_pdf_path = lambda _count: path
    _key(qtbot, Qt.Key.Key_E, ALT)  # write the summons letters
    qtbot.waitUntil(lambda: path.exists() and panel.task is None, timeout=10000)
    text = " ".join(" ".join(page_texts(path)).split())
    assert "tisdag 1 december 2026 kl. 08.00 hos tandhygienist Hugo Hygien" in text  # Nora
    assert "Angående Vilgot Lind och Ella Lind" in text or "Angående Ella Lind och Vilgot Lind" in text
    assert "Siri" not in text
    assert "kallelser" in panel.summary.text().lower() or "brev" in panel.summary.text()

    # Att bekräfta: the coming two weeks; Nora's guardian-free adult time is confirmed by phone.
    _key(qtbot, Qt.Key.Key_B, ALT)
    unconfirmed = view.unconfirmed
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is unconfirmed, timeout=3000)
    _key(qtbot, Qt.Key.Key_R, ALT)
    QApplication.focusWidget().selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "14")
    qtbot.waitUntil(lambda: len(unconfirmed.model.rows) == 3, timeout=5000)  # Nora (1 Dec), Vilgot and Ella (2 Dec)
    unconfirmed.table.setFocus()
    unconfirmed.table.setCurrentIndex(unconfirmed.model.index(0, 0))
    _key(qtbot, Qt.Key.Key_Return)
    confirm = _active(qtbot, ConfirmDialog)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not confirm.isVisible(), timeout=3000)
    _back(qtbot, window)
    qtbot.waitUntil(lambda: len(unconfirmed.model.rows) == 2, timeout=5000)
    assert appointments.get(ctx, panel.accepted.booked[small_clinic["Nora"]]).agreed
