"""Issue 10 as staff meet it: a save over a change made on another workstation shows both versions
("Ändrat på en annan arbetsstation") and each choice does what it says; nothing is overwritten unseen.

Workstation B is a second context with its own engine on the same database.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication

from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import examinations, recall
from klinik_app.services.clinic import get_clinic, set_clinic_address
from klinik_app.services.listing_view import ListingFilter, listing_page
from klinik_app.services.recall import WorklistFilter
from klinik_app.ui.changed_elsewhere import KEPT_TEXT, ChangedElsewhereDialog
from klinik_app.ui.documents import ClinicDetailsDialog
from klinik_app.ui.listing_dialogs import EndListingDialog
from klinik_app.ui.recall_dialogs import OverrideDialog
from tests.conftest import make_ctx
from tests.factories import add_patient, add_staff, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

OTHER = "SE2321000222-P0002"
DENTIST = "SE2321000222-T0001"


@pytest.fixture
def other(ctx, db_path):
    add_staff(ctx, OTHER, "Berit Bengtsson", "reception")
    b = make_ctx(db_path, user=OTHER)
    yield b
    b.close()


@pytest.fixture
def ella(ctx) -> int:
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val", guardians=["Anna Lind"])
    examinations.record_examination(ctx, pid, ExamInput(date(2025, 12, 14), "tandlakare", DENTIST, Risks(1, 0, 0, 0),
                                                        12, tobacco="ingen", bite_check=True))
    return pid


def _item(ctx, pid):
    """Ella's worklist row as the Kallelser page shows it (with the recall version it read)."""
    items = recall.worklist(ctx, WorklistFilter(date(2026, 12, 1), date(2026, 12, 31))).items
    return next(i for i in items if i.patient_id == pid)


@pytest.fixture(autouse=True)
def _drives_the_dialog(conflict_dialog_expected):
    """Every test here answers the changed-elsewhere dialog itself (answer())."""


def answer(choose) -> list[dict]:
    """Drive the modal changed-elsewhere dialog once it shows: record what it shows, then `choose(dialog)`."""
    seen: list[dict] = []

    def drive() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ChangedElsewhereDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, drive)
            return
        table = dialog.table
        seen.append({
            "title": dialog.windowTitle(),
            "heads": [table.horizontalHeaderItem(c).text() for c in range(2)],
            "rows": {table.verticalHeaderItem(r).text(): (table.item(r, 0).text(), table.item(r, 1).text())
                     for r in range(table.rowCount())},
            "bold": [table.verticalHeaderItem(r).text() for r in range(table.rowCount()) if table.item(r, 1).font().bold()],
        })
        choose(dialog)

    QTimer.singleShot(0, drive)
    return seen


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _own_date(ctx, pid):
    with ctx.sessions() as s:
        state = recall.state_of(s, ctx, pid)
    return state.override_due, state.reason


def test_an_own_date_saved_elsewhere_shows_both_versions_and_spara_mitt_anda_overwrites(qtbot, ctx, other, ella):
    dialog = _show(qtbot, OverrideDialog(ctx, _item(ctx, ella)))
    recall.set_override(other, ella, date(2027, 1, 20), "ringde och flyttade")  # B saves meanwhile
    dialog.date_edit.setDate(QDate(2026, 12, 30))
    dialog.reason_edit.setText("vill komma före nyår")

    seen = answer(lambda d: d.overwrite_button.click())
    dialog.buttons.accepted.emit()

    assert len(seen) == 1
    shown = seen[0]
    assert shown["title"] == "Ändrat på en annan arbetsstation"
    assert shown["heads"][0] == "Ditt värde"
    assert shown["heads"][1].startswith(f"Sparat nu\nav Berit Bengtsson ({OTHER})\n20")
    assert shown["rows"]["Eget datum (skiljer sig)"] == ("2026-12-30", "2027-01-20")
    assert shown["rows"]["Orsak (skiljer sig)"] == ("vill komma före nyår", "ringde och flyttade")
    assert shown["rows"]["Pausad till"] == ("(ändras inte)", "(tomt)")
    assert shown["bold"] == ["Eget datum (skiljer sig)", "Orsak (skiljer sig)"]
    assert not dialog.isVisible() and dialog.outcome == OverrideDialog.SAVED
    assert _own_date(ctx, ella) == (date(2026, 12, 30), "vill komma före nyår")


def test_behall_det_sparade_drops_the_change_closes_and_asks_the_view_to_reload(qtbot, ctx, other, ella):
    dialog = _show(qtbot, OverrideDialog(ctx, _item(ctx, ella)))
    recall.set_override(other, ella, date(2027, 1, 20), "ringde och flyttade")
    dialog.reason_edit.setText("vill komma före nyår")
    reloads: list[str] = []
    dialog.kept_saved.connect(reloads.append)

    seen = answer(lambda d: d.keep_button.click())
    dialog.buttons.accepted.emit()

    assert len(seen) == 1 and reloads == [KEPT_TEXT]
    assert not dialog.isVisible() and dialog.outcome is None
    assert _own_date(ctx, ella) == (date(2027, 1, 20), "ringde och flyttade")


def test_cancelling_the_choice_saves_nothing_and_keeps_what_was_typed(qtbot, ctx, other, ella):
    dialog = _show(qtbot, OverrideDialog(ctx, _item(ctx, ella)))
    recall.set_override(other, ella, date(2027, 1, 20), "ringde och flyttade")
    dialog.reason_edit.setText("vill komma före nyår")

    seen = answer(lambda d: d.reject())
    dialog.buttons.accepted.emit()

    assert len(seen) == 1
    assert dialog.isVisible() and dialog.reason_edit.text() == "vill komma före nyår"
    assert _own_date(ctx, ella) == (date(2027, 1, 20), "ringde och flyttade")
    dialog.reject()


def test_ending_a_listing_corrected_elsewhere_shows_the_correction(qtbot, ctx, other, ella):
    from klinik_app.services.listing import correct_listing

    (row,) = listing_page(ctx, ListingFilter(), 0, 10)
    dialog = _show(qtbot, EndListingDialog(ctx, row))
    correct_listing(other, row.listing_id)
    dialog.reason_box.setCurrentIndex(dialog.reason_box.findData("utflyttad-lan"))
    reloads: list[str] = []
    dialog.kept_saved.connect(reloads.append)

    seen = answer(lambda d: d.keep_button.click())
    dialog.buttons.accepted.emit()

    assert seen[0]["rows"]["Status"] == ("(ändras inte)", "Felregistrerad")
    assert seen[0]["rows"]["Orsak (skiljer sig)"] == ("Utflyttad från länet", "Felregistrering")
    assert reloads == [KEPT_TEXT] and not dialog.isVisible()


def test_clinic_details_kept_from_elsewhere_are_shown_in_the_form(qtbot, ctx, other):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", None)
    dialog = _show(qtbot, ClinicDetailsDialog(ctx))
    set_clinic_address(other, "Kungsgatan 5", "903 25", "Umeå", "090-12 34 56")
    dialog.street.setText("Storgatan 14")

    seen = answer(lambda d: d.keep_button.click())
    dialog.buttons.accepted.emit()

    assert seen[0]["rows"]["Gatuadress (skiljer sig)"] == ("Storgatan 14", "Kungsgatan 5")
    assert dialog.isVisible() and KEPT_TEXT in dialog.error.text()
    assert (dialog.street.text(), dialog.phone.text()) == ("Kungsgatan 5", "090-12 34 56")
    dialog.street.setText("Storgatan 14")  # now over the version shown: saved without a question
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible() and get_clinic(other).street == "Storgatan 14"


def test_a_pause_on_the_patient_card_over_a_pause_saved_elsewhere_reloads_the_card_when_kept(qtbot, ctx, other, ella):
    from klinik_app.ui.revision_panel import RevisionPanel

    panel = RevisionPanel()
    qtbot.addWidget(panel)
    panel.load(ctx, ella)
    said: list[str] = []
    panel.status_message.connect(said.append)
    dialog = panel.open_decision("pause")
    recall.disable(other, [ella], date(2027, 6, 1), "utlandsvistelse")
    dialog.reason_field.setText("behandlas på annan klinik")

    seen = answer(lambda d: d.keep_button.click())
    dialog.buttons.accepted.emit()

    assert seen[0]["rows"]["Orsak (skiljer sig)"] == ("behandlas på annan klinik", "utlandsvistelse")
    assert said == [KEPT_TEXT] and not dialog.isVisible()
    assert "2027-06-01" in panel.recall_value.text()  # the card shows what was kept
