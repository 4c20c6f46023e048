"""A conflict side by side with the region's current version, against the real reference service
(tests/sync): a correction made here of a listing the region changed meanwhile answers 412."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry, Listing
from klinik_app.services import sync
from klinik_app.services.listing import correct_listing, list_patient
from klinik_app.sync.state import CONFLICT, SENT, WAITING, WITHDRAWN
from klinik_app.ui.sync_conflict import DIFFERS, SyncConflictDialog
from regional_service.db import Listing as RegionListing
from tests.conftest import TODAY
from tests.sync.conftest import items, region_event
# The reference region and server of tests/sync, and its fixtures for people, outages and transports.
from tests.sync.conftest import (  # noqa: F401
    app, base, certs, recording, region, region_db, server, settings, twin, unavailable)
from tests.ui.test_sync_panel import answer, configure  # noqa: F401


@pytest.fixture
def conflict(ctx, twin, region, settings):
    """A listing sent, ended by the region (moved out of the county), then corrected here: the
    correction names the old version and is in conflict. Returns (outbox item id, listing uuid)."""
    configure(ctx, settings)
    patient_id, person = twin()
    listing = _listing_of(ctx, patient_id)
    assert sync.run_cycle(ctx).exit_code == 0
    region_event(region, "move", person, TODAY, street="Drottninggatan 1", postal_code="111 51", city="Stockholm",
                 municipality_code="0180", municipality_name="Stockholm")
    correct_listing(ctx, listing.id)
    return patient_id, listing.uuid


def _listing_of(ctx, patient_id) -> Listing:
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    with ctx.sessions() as s:
        return s.scalars(select(Listing).where(Listing.patient_id == patient_id)).one()


def region_version(region, listing_uuid: str) -> int:
    with region.read() as s:
        return s.scalar(select(RegionListing.version_id).where(RegionListing.identifier == f"urn:uuid:{listing_uuid}"))


def region_status(region, listing_uuid: str) -> str:
    with region.read() as s:
        return s.scalar(select(RegionListing.status).where(RegionListing.identifier == f"urn:uuid:{listing_uuid}"))


def rows(dialog: SyncConflictDialog) -> dict[str, tuple[str, str, str]]:
    t = dialog.table
    return {t.item(r, 2).text(): (t.item(r, 0).text(), t.item(r, 3).text(), t.item(r, 4).text())
            for r in range(t.rowCount())}


def open_conflict(window) -> SyncConflictDialog:
    problems = window.show_sync_problems()
    assert problems.selected().status == CONFLICT and problems.compare_button.isEnabled()
    dialog = problems.compare_selected()  # KLINIK_SERIAL_TASKS: the region's version is read inline
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_conflict_view_shows_both_versions_field_by_field_and_resends_on_the_regions(
        ctx, conflict, region, window_for):
    patient_id, listing_uuid = conflict
    assert sync.run_cycle(ctx).exit_code == 4  # 412: the region's listing is at version 1 now
    item = items(ctx)[-1]
    assert (item.status, item.error_code) == (CONFLICT, "412")
    window = window_for(ctx)
    dialog = open_conflict(window)
    assert dialog.windowTitle() == "Konflikt: rättelse av listning för Alva Berg"
    shown = rows(dialog)
    assert shown["Status"] == (DIFFERS, "Felregistrerad", "Makulerad")  # it ended before it began
    assert shown["Avslutsorsak"] == (DIFFERS, "–", "Utflyttad från länet")
    assert shown["Listningstyp"] == ("", "Eget val", "Eget val")
    # The cycle's pull took the region's version in: the change now names the region's current version.
    assert shown["Version"] == ("", str(region_version(region, listing_uuid)), str(region_version(region, listing_uuid)))
    differing = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == DIFFERS]
    assert differing and all(dialog.table.item(r, c).font().bold() for r in differing for c in range(5))
    assert not dialog.table.item(shown_row(dialog, "Listningstyp"), 3).font().bold()
    with ctx.sessions() as s:  # R-SE-2: reading the patient's data for the comparison is logged
        assert s.scalar(select(AccessLogEntry.detail).where(AccessLogEntry.patient_id == patient_id,
                                                            AccessLogEntry.detail.like("%konflikt%")))

    assert dialog.resend_button.isEnabled()
    dialog.resend_button.click()
    assert not dialog.isVisible()
    problems = window.sync_panel.dialog
    assert problems.table.rowCount() == 0 and "utifrån regionens version" in problems.notice.text()
    assert items(ctx)[-1].status == WAITING
    assert sync.run_cycle(ctx).exit_code == 0
    assert items(ctx)[-1].status == SENT and region_status(region, listing_uuid) == "entered-in-error"
    problems.reject()


def shown_row(dialog: SyncConflictDialog, label: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 2).text() == label)


def test_a_region_version_not_yet_pulled_is_taken_in_before_it_is_shown(ctx, conflict, region, recording,
                                                                        unavailable):
    _patient_id, listing_uuid = conflict
    current = str(region_version(region, listing_uuid))
    # The cycle gets its 412, then the region goes down before the pull: the clinic still holds version 0.
    transport = recording(before=lambda n: n == 2 and unavailable((503, 1)))
    assert sync.run_cycle(ctx, transport=transport).exit_code == 5
    assert items(ctx)[-1].status == CONFLICT
    unavailable(None)
    view = sync.conflict_view(ctx, items(ctx)[-1].id)
    assert view.on_region_version and [str(v) for v in view.region_versions.values()] == [current]
    version = next(f for f in view.fields if f.label == "Version")
    assert (version.local, version.region) == (current, current)
    with ctx.sessions() as s:  # the pull under the sync lock brought the version into the clinic's listing
        assert s.scalar(select(Listing.server_version).where(Listing.uuid == listing_uuid)) == current


def test_a_stale_comparison_is_not_resent(ctx, conflict):
    sync.run_cycle(ctx)
    item_id = items(ctx)[-1].id
    with pytest.raises(sync.ItemNotChangeable, match="Öppna jämförelsen igen"):
        sync.resend_on_region_version(ctx, item_id, {})  # no region version was seen
    assert items(ctx)[-1].status == CONFLICT


def test_withdrawing_a_conflict_asks_first_and_keeping_it_changes_nothing(ctx, conflict, region, window_for,
                                                                          messages, answer):
    _patient_id, listing_uuid = conflict
    sync.run_cycle(ctx)
    window = window_for(ctx)
    dialog = open_conflict(window)
    answer(QMessageBox.StandardButton.No)
    dialog.withdraw_button.click()
    (kind, title, text), = messages
    messages.clear()
    assert text.startswith("Dra tillbaka ändringen? Den skickas då aldrig till regionen")
    assert "Rättelse av listning för Alva Berg" in text
    assert dialog.isVisible() and items(ctx)[-1].status == CONFLICT

    dialog.keep_button.click()  # keep for later
    assert not dialog.isVisible() and items(ctx)[-1].status == CONFLICT

    dialog = window.sync_panel.dialog.compare_selected()
    answer(QMessageBox.StandardButton.Yes)
    dialog.withdraw_button.click()
    messages.clear()
    assert not dialog.isVisible() and items(ctx)[-1].status == WITHDRAWN
    assert region_status(region, listing_uuid) == "cancelled"  # the region's version stands
    window.sync_panel.dialog.reject()


def test_an_unreachable_region_is_said_in_the_view_and_nothing_changes(ctx, conflict, window_for, unavailable):
    sync.run_cycle(ctx)
    window = window_for(ctx)
    unavailable((503, 1))
    dialog = open_conflict(window)
    assert dialog.notice.text().startswith("Regionens version kunde inte hämtas:")
    assert not dialog.resend_button.isEnabled() and dialog.withdraw_button.isEnabled()
    assert dialog.table.rowCount() == 0 and items(ctx)[-1].status == CONFLICT
    dialog.reject()
    window.sync_panel.dialog.reject()
