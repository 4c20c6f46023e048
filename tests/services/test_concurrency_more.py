"""Issue 10, the last updates a window makes: the orderer and the sync settings, lifting a listing
stop, staff accounts, and resending or withdrawing an unsent change. A save over a change made on
another workstation is refused (nothing saved); a retry with the version now stored saves.

Workstation B is a second context with its own engine on the same database.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from klinik_app.db.models import ListingStop, OutboxItem
from klinik_app.services import accounts, outbox, sync
from klinik_app.services.concurrency import ChangedElsewhere
from klinik_app.services.listing_stop import declare_listing_stop, lift_listing_stop
from klinik_app.services.settings import (
    ORDERER_ADDRESS,
    ORDERER_NAME,
    SETTINGS,
    get_setting,
    read_settings,
    set_settings,
)
from klinik_app.sync.state import ATTENTION, SENT, WAITING, WITHDRAWN
from tests.conftest import make_ctx
from tests.factories import add_patient, add_staff, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

OTHER = "SE2321000222-P0002"
NURSE = "SE2321000222-H0003"


@pytest.fixture
def other(ctx, db_path):
    add_staff(ctx, OTHER, "Berit Bengtsson", "reception")
    b = make_ctx(db_path, user=OTHER)
    yield b
    b.close()


# --- the orderer (Dokument → Klinikens uppgifter) ---------------------------------------------------------

def test_the_orderer_saved_elsewhere_is_refused_with_both_versions_and_a_retry_saves(ctx, other):
    _values, shown = read_settings(ctx, [ORDERER_NAME, ORDERER_ADDRESS])
    assert shown == {ORDERER_NAME: 0, ORDERER_ADDRESS: 0}  # the defaults, nothing stored yet
    set_settings(other, {ORDERER_NAME: "Region Västerbotten, Tandvårdsenheten"})
    mine = {ORDERER_NAME: "Beställarenheten", ORDERER_ADDRESS: "Box 1\n901 89 Umeå"}

    with pytest.raises(ChangedElsewhere) as refused:
        set_settings(ctx, mine, expected_versions=shown)
    conflict = refused.value
    assert conflict.key == SETTINGS and conflict.by == f"Berit Bengtsson ({OTHER})" and conflict.at is not None
    assert conflict.mine == {"Beställare": "Beställarenheten", "Beställarens adress": "Box 1\n901 89 Umeå"}
    assert conflict.saved == {"Beställare": "Region Västerbotten, Tandvårdsenheten",
                              "Beställarens adress": "Region Västerbotten\n901 89 Umeå"}
    assert get_setting(ctx, ORDERER_NAME) == "Region Västerbotten, Tandvårdsenheten"
    assert read_settings(ctx, [ORDERER_ADDRESS])[1] == {ORDERER_ADDRESS: 0}  # nothing of the refused save

    now = set_settings(ctx, mine, expected_versions=conflict.current_version)
    assert get_setting(other, ORDERER_NAME) == "Beställarenheten"
    assert now == read_settings(other, mine)[1] and now[ORDERER_ADDRESS] == 1


def test_the_sync_settings_saved_elsewhere_are_refused_and_a_retry_saves(ctx, other):
    shown = sync.stored_versions(ctx)
    sync.save_settings(other, sync.SyncSettings("https://listning.region.example/fhir", None, None, None), 15)
    mine = sync.SyncSettings("https://ny.region.example/fhir", None, None, None)

    with pytest.raises(ChangedElsewhere) as refused:
        sync.save_settings(ctx, mine, 5, expected_versions=shown)
    conflict = refused.value
    assert conflict.saved["Adress till listningstjänsten"] == "https://listning.region.example/fhir"
    assert conflict.saved["Synka automatiskt var (minuter)"] == "15"
    assert [label for label, *_rest, differs in conflict.rows() if differs] == [
        "Adress till listningstjänsten", "Synka automatiskt var (minuter)"]
    assert sync.stored_settings(ctx)[1] == 15

    sync.save_settings(ctx, mine, 5, expected_versions=conflict.current_version)
    assert sync.stored_settings(other) == (mine, 5)


def test_a_setting_cleared_elsewhere_is_a_change_too(ctx, other):
    sync.save_settings(ctx, sync.SyncSettings("https://listning.region.example/fhir", None, None, None), 5)
    shown = sync.stored_versions(ctx)
    sync.save_settings(other, sync.SyncSettings("", None, None, None), 5)  # the address removed: no row
    with pytest.raises(ChangedElsewhere) as refused:
        sync.save_settings(ctx, sync.SyncSettings("https://listning.region.example/fhir/", None, None, None), 10,
                           expected_versions=shown)
    assert refused.value.saved["Adress till listningstjänsten"] == "(tomt)"
    assert sync.stored_settings(ctx) == (sync.SyncSettings("", None, None, None), 5)


# --- lifting a listing stop ------------------------------------------------------------------------

@pytest.fixture
def stop(ctx):
    for i in range(30):  # R-LI-5: a stop needs thirty listed by choice
        add_patient(ctx, pnr(date(2010, 1, 1 + i % 28), 100 + i), "P", f"Nr{i}", listing="val",
                    listed_from=date(2020, 1, 1))
    return declare_listing_stop(ctx, date(2026, 12, 1), "ingen plats före våren")


def _end_date(ctx, stop_id):
    with ctx.sessions() as s:
        return s.get(ListingStop, stop_id).end_date


def test_lifting_a_stop_lifted_elsewhere_is_refused_with_both_dates_and_a_retry_lifts(ctx, other, stop):
    lift_listing_stop(other, stop.id, date(2027, 3, 31), expected_version=stop.row_version)
    with pytest.raises(ChangedElsewhere) as refused:
        lift_listing_stop(ctx, stop.id, date(2027, 2, 28), expected_version=stop.row_version)
    conflict = refused.value
    assert conflict.mine == {"Gäller till och med": "2027-02-28"}
    assert conflict.saved == {"Från och med": "2026-12-01", "Gäller till och med": "2027-03-31",
                              "Anteckning": "ingen plats före våren"}
    assert conflict.key == stop.id and conflict.by == f"Berit Bengtsson ({OTHER})"
    assert _end_date(ctx, stop.id) == date(2027, 3, 31)

    lifted = lift_listing_stop(ctx, stop.id, date(2027, 2, 28), expected_version=conflict.current_version)
    assert _end_date(other, stop.id) == date(2027, 2, 28) and lifted.row_version == conflict.current_version + 1


# --- staff accounts ----------------------------------------------------------------------------------

def _account(ctx, hsa) -> accounts.StaffAccount:
    return next(a for a in accounts.staff_accounts(ctx) if a.hsa_id == hsa)


def test_an_account_changed_elsewhere_is_refused_with_both_versions_and_a_retry_saves(ctx, other):
    add_staff(ctx, NURSE, "Sara Svensson", "tandskoterska")
    shown = _account(ctx, NURSE)
    accounts.save_account(other, NURSE, "Sara Svensson", "tandskoterska", {"tandskoterska", "reception"},
                          active=False, expected_version=shown.row_version)

    with pytest.raises(ChangedElsewhere) as refused:
        accounts.save_account(ctx, NURSE, "Sara Lind", "tandskoterska", {"tandskoterska"},
                              expected_version=shown.row_version)
    conflict = refused.value
    assert conflict.saved == {"Namn": "Sara Svensson", "Yrkesroll": "Tandsköterska",
                              "Roller": "Reception, Tandsköterska", "Kontot är aktivt": "Nej"}
    assert [label for label, *_rest, differs in conflict.rows() if differs] == ["Namn", "Roller", "Kontot är aktivt"]
    assert (_account(ctx, NURSE).name, _account(ctx, NURSE).active) == ("Sara Svensson", False)

    saved = accounts.save_account(ctx, NURSE, "Sara Lind", "tandskoterska", {"tandskoterska"},
                                  expected_version=conflict.current_version)
    assert (saved.name, saved.roles, saved.active) == ("Sara Lind", frozenset({"tandskoterska"}), True)


def test_a_failed_login_is_not_a_change_to_the_account(ctx, other):
    add_staff(ctx, NURSE, "Sara Svensson", "tandskoterska", password="rätt lösenord 1")
    shown = _account(ctx, NURSE)
    with pytest.raises(accounts.LoginRefused):
        accounts.login(other, NURSE, "fel lösenord")
    accounts.save_account(ctx, NURSE, "Sara Lind", "tandskoterska", {"tandskoterska"},
                          expected_version=shown.row_version)
    assert _account(ctx, NURSE).name == "Sara Lind"


def test_a_new_account_made_elsewhere_under_the_same_hsa_id_is_not_overwritten(ctx, other):
    accounts.save_account(other, NURSE, "Sara Svensson", "tandskoterska", {"tandskoterska"})
    with pytest.raises(ChangedElsewhere) as refused:
        accounts.save_account(ctx, NURSE, "Sara Lind", "tandlakare", {"tandlakare"}, password="ett långt lösenord",
                              expected_version=0)
    assert refused.value.saved["Namn"] == "Sara Svensson" and refused.value.current_version == 1
    assert not _account(ctx, NURSE).has_password


# --- resending or withdrawing an unsent change --------------------------------------------------------

@pytest.fixture
def refused_item(ctx) -> sync.ProblemItem:
    """An item the region did not take, as the list of changes needing attention shows it."""
    with ctx.begin() as s:
        item = outbox.enqueue(s, ctx, "listing-stop", {"stop_uuid": "00000000-0000-4000-8000-000000000001"})
        s.flush()
        item.status, item.error_code, item.last_error = ATTENTION, "invalid", "Regionen tog inte emot ändringen."
    (shown,) = sync.problem_items(ctx)
    return shown


def _status(ctx, item_id) -> str:
    with ctx.sessions() as s:
        return s.scalar(select(OutboxItem.status).where(OutboxItem.id == item_id))


def test_withdrawing_an_item_resent_elsewhere_is_refused_and_nothing_changes(ctx, other, refused_item):
    sync.resend(other, refused_item.id, expected_version=refused_item.row_version)
    with pytest.raises(sync.ItemNotChangeable, match="har lagts i kön igen sedan listan visades") as refused:
        sync.withdraw(ctx, refused_item.id, expected_version=refused_item.row_version)
    assert "Ingenting har ändrats" in refused.value.message
    assert _status(ctx, refused_item.id) == WAITING
    (now,) = sync.unsent_items(ctx, WAITING)  # the queue as shown now
    sync.withdraw(ctx, refused_item.id, expected_version=now.row_version)  # a choice about the state shown
    assert _status(ctx, refused_item.id) == WITHDRAWN


def test_resending_an_item_sent_meanwhile_is_refused_as_sent(ctx, other, refused_item):
    with other.begin() as s:  # another workstation resent it and its cycle sent it
        item = s.get(OutboxItem, refused_item.id)
        item.status, item.sent_at = SENT, other.now()
    with pytest.raises(sync.ItemNotChangeable, match="den är redan skickad till regionen"):
        sync.resend(ctx, refused_item.id, expected_version=refused_item.row_version)
    assert _status(ctx, refused_item.id) == SENT


def test_resending_an_item_refused_again_since_it_was_shown_is_refused(ctx, other, refused_item):
    sync.resend(other, refused_item.id)
    with other.begin() as s:  # the next cycle: the region refused it again, for another reason
        item = s.get(OutboxItem, refused_item.id)
        item.status, item.last_error = ATTENTION, "Patienten är avliden."
    with pytest.raises(sync.ItemNotChangeable, match="regionen har svarat på nytt"):
        sync.withdraw(ctx, refused_item.id, expected_version=refused_item.row_version)
    assert _status(ctx, refused_item.id) == ATTENTION
    sync.withdraw(ctx, refused_item.id)  # without a version shown (the command line): as before
    assert _status(ctx, refused_item.id) == WITHDRAWN


# --- area responsibility (R-EM-1) -------------------------------------------------------------------------

def test_an_area_mapping_saved_elsewhere_is_refused_and_a_retry_saves(ctx, other):
    from klinik_app.services import area_clinics
    from klinik_app.services.concurrency import ChangedElsewhere

    area_clinics.save_area(other, "2480", "903", "SE2321000222-E11111", "Folktandvården Umeå", expected_version=0)
    with pytest.raises(ChangedElsewhere) as refused:  # A showed no row for this area
        area_clinics.save_area(ctx, "2480", "903", "SE2321000222-E22222", "Folktandvården Ersboda", expected_version=0)
    assert refused.value.saved == {"Klinik": "Folktandvården Umeå", "HSA-id": "SE2321000222-E11111"}
    assert [r.clinic_name for r in area_clinics.area_rows(ctx)] == ["Folktandvården Umeå"]
    area_clinics.save_area(ctx, "2480", "903", "SE2321000222-E22222", "Folktandvården Ersboda",
                           expected_version=refused.value.current_version)
    assert [r.clinic_name for r in area_clinics.area_rows(ctx)] == ["Folktandvården Ersboda"]
