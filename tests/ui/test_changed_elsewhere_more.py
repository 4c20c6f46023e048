"""Issue 10 in the last windows that edit shared data: the orderer (Klinikens uppgifter), the sync
settings, lifting a listing stop and a staff account show both versions when another workstation
saved first, and each choice does what it says; resending or withdrawing an unsent change that
changed since the list showed it is refused in plain words.

Workstation B is a second context with its own engine on the same database.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from klinik_app.db.models import ListingStop, OutboxItem
from klinik_app.services import accounts, area_clinics, outbox, sync
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.listing_stop import declare_listing_stop, lift_listing_stop
from klinik_app.services.settings import ORDERER_NAME, get_setting, set_settings
from klinik_app.sync.state import ATTENTION, SENT, WAITING
from klinik_app.ui.changed_elsewhere import KEPT_TEXT
from klinik_app.ui.documents import ClinicDetailsDialog
from klinik_app.ui.listing_dialogs import ListingStopDialog
from klinik_app.ui.settings_dialog import SettingsDialog
from klinik_app.ui.settings_pages.sync import SyncPage
from klinik_app.ui.staff_dialog import AccountDialog
from klinik_app.ui.sync_panel import SyncProblemsDialog
from tests.conftest import make_ctx
from tests.factories import add_patient, add_staff, pnr
from tests.ui.test_changed_elsewhere import answer

pytestmark = pytest.mark.backends("sqlite", "postgresql")

OTHER = "SE2321000222-P0002"
NURSE = "SE2321000222-H0003"
REGION = "https://listning.region.example/fhir"


@pytest.fixture
def other(ctx, db_path):
    add_staff(ctx, OTHER, "Berit Bengtsson", "reception")
    b = make_ctx(db_path, user=OTHER)
    yield b
    b.close()


def _show(qtbot, dialog):
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):  # those are gone once closed
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# --- the orderer ------------------------------------------------------------------------------------

@pytest.fixture
def details(qtbot, ctx, other, conflict_dialog_expected) -> ClinicDetailsDialog:
    """Klinikens uppgifter open on A; B saves another orderer meanwhile; A types its own."""
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", None)
    dialog = _show(qtbot, ClinicDetailsDialog(ctx))
    set_settings(other, {ORDERER_NAME: "Region Västerbotten, Tandvårdsenheten"})
    dialog.orderer_name.setText("Beställarenheten Umeå")
    return dialog


def test_an_orderer_saved_elsewhere_shows_both_and_spara_mitt_anda_saves_mine(details, other):
    seen = answer(lambda d: d.overwrite_button.click())
    details.buttons.accepted.emit()

    assert seen[0]["rows"]["Beställare (skiljer sig)"] == ("Beställarenheten Umeå",
                                                           "Region Västerbotten, Tandvårdsenheten")
    assert seen[0]["heads"][1].startswith(f"Sparat nu\nav Berit Bengtsson ({OTHER})")
    assert not details.isVisible() and get_setting(other, ORDERER_NAME) == "Beställarenheten Umeå"


def test_an_orderer_kept_from_elsewhere_is_shown_and_the_address_saved_is_said(details, other):
    details.street.setText("Storgatan 14")
    seen = answer(lambda d: d.keep_button.click())
    details.buttons.accepted.emit()

    assert len(seen) == 1 and details.isVisible()
    assert details.error.text().startswith(f"Klinikens adress är sparad, men inte beställaren. {KEPT_TEXT}")
    assert details.orderer_name.text() == "Region Västerbotten, Tandvårdsenheten"
    assert get_setting(other, ORDERER_NAME) == "Region Västerbotten, Tandvårdsenheten"
    details.buttons.accepted.emit()  # over the versions now shown: saved without a question
    assert not details.isVisible()


# --- the sync settings (Arkiv → Synkinställningar…: the settings at their page of the regional service) ------

@pytest.fixture
def sync_dialog(qtbot, ctx, other, conflict_dialog_expected) -> SettingsDialog:
    dialog = _show(qtbot, SettingsDialog(ctx))
    page = dialog.open_at(SyncPage)
    sync.save_settings(other, sync.SyncSettings(REGION, None, None, None), 15)
    page.server.setText("https://ny.region.example/fhir")
    return dialog


def test_sync_settings_saved_elsewhere_show_both_and_spara_mitt_anda_saves_mine(sync_dialog, other):
    said: list[str] = []
    sync_dialog.saved.connect(said.append)
    seen = answer(lambda d: d.overwrite_button.click())
    sync_dialog.ok_button.click()

    assert seen[0]["rows"]["Adress till listningstjänsten (skiljer sig)"] == ("https://ny.region.example/fhir", REGION)
    assert seen[0]["rows"]["Synka automatiskt var (minuter) (skiljer sig)"] == ("5", "15")
    assert said == ["Inställningarna är sparade: Regionens listningstjänst. Synkroniserar automatiskt med 5 "
                    "minuters mellanrum."]
    assert not sync_dialog.isVisible()
    assert sync.stored_settings(other) == (sync.SyncSettings("https://ny.region.example/fhir", None, None, None), 5)


def test_sync_settings_kept_from_elsewhere_are_shown_in_the_dialog(sync_dialog, other):
    page = sync_dialog.page(SyncPage)
    seen = answer(lambda d: d.keep_button.click())
    sync_dialog.ok_button.click()

    assert len(seen) == 1 and sync_dialog.isVisible() and sync_dialog.stack.currentWidget() is page
    assert sync_dialog.message.text().startswith(f"{page.title}: {KEPT_TEXT}")
    assert sync_dialog.message.text().endswith("Uppgifterna som sparats visas nu.")
    assert (page.server.text(), page.interval.value()) == (REGION, 15)
    assert sync.stored_settings(other) == (sync.SyncSettings(REGION, None, None, None), 15)
    assert not page.is_dirty()  # the stored values are shown: closing asks nothing
    sync_dialog.reject()
    assert not sync_dialog.isVisible()


# --- lifting a listing stop ----------------------------------------------------------------------------

@pytest.fixture
def stop_dialog(qtbot, ctx, other, conflict_dialog_expected) -> ListingStopDialog:
    """The stop shown on A; B lifts it to the end of March meanwhile; A picks the end of February."""
    for i in range(30):  # R-LI-5: a stop needs thirty listed by choice
        add_patient(ctx, pnr(date(2010, 1, 1 + i % 28), 100 + i), "P", f"Nr{i}", listing="val",
                    listed_from=date(2020, 1, 1))
    stop = declare_listing_stop(ctx, ctx.today)
    dialog = _show(qtbot, ListingStopDialog(ctx))
    lift_listing_stop(other, stop.id, date(2027, 3, 31))
    dialog.lift_date.setDate(QDate(2027, 2, 28))
    return dialog


def _stop_end(ctx) -> date | None:
    with ctx.sessions() as s:
        return s.scalars(select(ListingStop.end_date)).one()


def test_lifting_a_stop_lifted_elsewhere_shows_both_dates_and_spara_mitt_anda_lifts_mine(stop_dialog, other):
    seen = answer(lambda d: d.overwrite_button.click())
    stop_dialog.lift_button.click()

    assert seen[0]["rows"]["Gäller till och med (skiljer sig)"] == ("2027-02-28", "2027-03-31")
    assert _stop_end(other) == date(2027, 2, 28)
    assert not stop_dialog.message.is_error and "2027-02-28" in stop_dialog.message.text()
    stop_dialog.reject()


def test_a_lift_kept_from_elsewhere_is_shown_and_nothing_of_mine_is_saved(stop_dialog, other):
    seen = answer(lambda d: d.keep_button.click())
    stop_dialog.lift_button.click()

    assert len(seen) == 1 and _stop_end(other) == date(2027, 3, 31)
    assert stop_dialog.message.is_error and stop_dialog.message.text().startswith(KEPT_TEXT)
    assert "till och med 2027-03-31" in stop_dialog.stop_label.text()
    stop_dialog.reject()


# --- a staff account ------------------------------------------------------------------------------------

@pytest.fixture
def account_dialog(qtbot, ctx, other, conflict_dialog_expected) -> AccountDialog:
    """Sara's account open on A; B adds the reception role meanwhile; A changes her name."""
    add_staff(ctx, NURSE, "Sara Svensson", "tandskoterska")
    shown = next(a for a in accounts.staff_accounts(ctx) if a.hsa_id == NURSE)
    dialog = _show(qtbot, AccountDialog(ctx, None, shown))
    accounts.save_account(other, NURSE, "Sara Svensson", "tandskoterska", {"tandskoterska", "reception"})
    dialog.name_field.setText("Sara Lind")
    return dialog


def _sara(ctx) -> accounts.StaffAccount:
    return next(a for a in accounts.staff_accounts(ctx) if a.hsa_id == NURSE)


def test_an_account_changed_elsewhere_shows_both_and_spara_mitt_anda_saves_mine(account_dialog, other):
    seen = answer(lambda d: d.overwrite_button.click())
    account_dialog.buttons.accepted.emit()

    assert seen[0]["rows"]["Namn (skiljer sig)"] == ("Sara Lind", "Sara Svensson")
    assert seen[0]["rows"]["Roller (skiljer sig)"] == ("Tandsköterska", "Reception, Tandsköterska")
    assert not account_dialog.isVisible()
    assert (_sara(other).name, _sara(other).roles) == ("Sara Lind", frozenset({"tandskoterska"}))


def test_an_account_kept_from_elsewhere_is_shown_in_the_form(account_dialog, other):
    seen = answer(lambda d: d.keep_button.click())
    account_dialog.buttons.accepted.emit()

    assert len(seen) == 1 and account_dialog.isVisible() and KEPT_TEXT in account_dialog.error.text()
    assert account_dialog.name_field.text() == "Sara Svensson" and account_dialog.role_boxes["reception"].isChecked()
    assert _sara(other).roles == frozenset({"tandskoterska", "reception"})
    account_dialog.reject()


# --- resending or withdrawing an unsent change -----------------------------------------------------------

@pytest.fixture
def problems(qtbot, ctx, other) -> SyncProblemsDialog:
    """The list shows one change the region did not take."""
    with ctx.begin() as s:
        item = outbox.enqueue(s, ctx, "listing-stop", {"stop_uuid": "00000000-0000-4000-8000-000000000001"})
        s.flush()
        item.status, item.error_code, item.last_error = ATTENTION, "invalid", "Regionen tog inte emot ändringen."
    return _show(qtbot, SyncProblemsDialog(ctx))


def _status(ctx) -> str:
    with ctx.sessions() as s:
        return s.scalars(select(OutboxItem.status)).one()


def test_resending_a_change_sent_meanwhile_is_refused_in_plain_words(problems, ctx, other, messages):
    sync.resend(other, problems.items[0].id)  # B resends it, and B's cycle sends it
    with other.begin() as s:
        s.scalars(select(OutboxItem)).one().status = SENT
    problems.resend_button.click()

    (text,) = messages.texts()
    messages.clear()
    assert text.startswith("Ändringen kan inte skickas igen: den är redan skickad till regionen.")
    assert _status(ctx) == SENT and problems.table.rowCount() == 0  # the list shows how things are now
    problems.reject()


def test_withdrawing_a_change_resent_elsewhere_is_refused_and_it_stays_in_the_queue(problems, ctx, other, messages,
                                                                                   monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    sync.resend(other, problems.items[0].id)
    problems.withdraw_button.click()

    (text,) = messages.texts()
    messages.clear()
    assert text.startswith("Ändringen kan inte dras tillbaka: den har lagts i kön igen sedan listan visades.")
    assert _status(ctx) == WAITING and problems.table.rowCount() == 0
    problems.reject()


# --- area responsibility (R-EM-1) -------------------------------------------------------------------

@pytest.fixture
def area_dialog(qtbot, ctx, other, conflict_dialog_expected):
    """Områdesansvar open on A showing no row for Umeå; B maps Umeå meanwhile; A types its own."""
    from klinik_app.ui.area_clinics_dialog import AreaClinicsDialog

    dialog = _show(qtbot, AreaClinicsDialog(None, ctx))
    area_clinics.save_area(other, "2480", None, "SE2321000222-E11111", "Folktandvården Umeå", expected_version=0)
    for field, text in ((dialog.municipality, "2480"), (dialog.hsa_id, "SE2321000222-E22222"),
                        (dialog.name, "Folktandvården Ersboda")):
        field.setText(text)
    return dialog


def test_an_area_mapped_elsewhere_shows_both_and_spara_mitt_anda_saves_mine(area_dialog, ctx):
    seen = answer(lambda d: d.overwrite_button.click())
    area_dialog.save()
    assert seen[0]["rows"]["Klinik (skiljer sig)"] == ("Folktandvården Ersboda", "Folktandvården Umeå")
    assert [r.clinic_name for r in area_clinics.area_rows(ctx)] == ["Folktandvården Ersboda"]


def test_an_area_kept_from_elsewhere_is_shown_and_mine_is_not_saved(area_dialog, ctx):
    seen = answer(lambda d: d.keep_button.click())
    area_dialog.save()
    assert len(seen) == 1 and area_dialog.table.item(0, 2).text() == "Folktandvården Umeå"
    assert [r.clinic_name for r in area_clinics.area_rows(ctx)] == ["Folktandvården Umeå"]
