"""Issue 10: two workstations on one database never silently overwrite each other's saves.

Workstation A shows a row, workstation B saves it, A saves with the version it showed: refused
with both versions (ChangedElsewhere); A's deliberate retry with the version now stored saves.
Each workstation is a context with its own engine on the same database.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry, Listing, Recall
from klinik_app.services import recall
from klinik_app.services.clinic import get_clinic, set_clinic_address
from klinik_app.services.concurrency import ChangedElsewhere
from klinik_app.services.listing import correct_listing, end_listing
from tests.conftest import STAFF_HSA_ID, make_ctx
from tests.factories import add_patient, add_staff, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

OTHER_HSA_ID = "SE2321000222-P0002"


@pytest.fixture
def other(ctx, db_path):
    """Workstation B: its own engine on A's database, acting as another staff member."""
    add_staff(ctx, OTHER_HSA_ID, "Berit Bengtsson", "reception")
    b = make_ctx(db_path, user=OTHER_HSA_ID)
    yield b
    b.close()


@pytest.fixture
def patient(ctx) -> int:
    return add_patient(ctx, pnr(date(1980, 3, 4), 202), "Anna", "Andersson", listing="icke-val",
                       listed_from=date(2019, 1, 1))


def _recall(ctx, pid) -> Recall:
    with ctx.sessions() as s:
        return s.get(Recall, pid)


def _shown_version(ctx, pid) -> int:
    """What a window shows: the recall state with its row version (0 before there is a row)."""
    with ctx.begin() as s:
        return recall.state_of(s, ctx, pid).row_version


def test_a_save_over_an_unseen_change_is_refused_with_both_versions_and_a_retry_overwrites(ctx, other, patient):
    recall.set_override(ctx, patient, date(2027, 1, 10), "önskar tid i januari")
    shown = _shown_version(ctx, patient)  # A's window shows the own date
    recall.set_override(other, patient, date(2027, 2, 14), "ringde och flyttade")  # B saves

    with pytest.raises(ChangedElsewhere) as refused:
        recall.set_override(ctx, patient, date(2027, 3, 1), "efter sportlovet", expected_version=shown)
    conflict = refused.value
    assert conflict.mine == {"Eget datum": "2027-03-01", "Orsak": "efter sportlovet"}
    assert conflict.saved["Eget datum"] == "2027-02-14" and conflict.saved["Orsak"] == "ringde och flyttade"
    assert conflict.by == f"Berit Bengtsson ({OTHER_HSA_ID})" and conflict.at is not None
    assert "Berit Bengtsson" in conflict.message and "annan arbetsstation" in conflict.message
    assert [label for label, _mine, _saved, differs in conflict.rows() if differs] == ["Eget datum", "Orsak"]
    assert _recall(ctx, patient).override_due == date(2027, 2, 14)  # nothing silent: B's save stands

    recall.set_override(ctx, patient, date(2027, 3, 1), "efter sportlovet", expected_version=conflict.current_version)
    stored = _recall(ctx, patient)
    assert (stored.override_due, stored.modified_by) == (date(2027, 3, 1), STAFF_HSA_ID)
    with ctx.sessions() as s:  # the overwrite is recorded as any change
        notes = s.scalars(select(recall.RecallContact.note).where(recall.RecallContact.patient_id == patient)).all()
    assert notes[-1] == "2027-03-01: efter sportlovet"


def test_a_recall_created_elsewhere_after_the_window_showed_none_is_a_change(ctx, other, patient):
    shown = _shown_version(ctx, patient)
    assert shown == 0
    recall.set_status(other, [patient], recall.BOOKED)
    with pytest.raises(ChangedElsewhere) as refused:
        recall.disable(ctx, [patient], date(2027, 5, 1), "utlandsvistelse", expected_versions={patient: shown})
    assert refused.value.saved["Status"] == "Bokad" and refused.value.key == patient
    assert refused.value.mine == {"Pausad till": "2027-05-01", "Orsak": "utlandsvistelse"}
    assert _recall(ctx, patient).disabled_until is None


@pytest.mark.parametrize("change", ["status", "enable"])
def test_status_and_resume_check_the_version_the_worklist_showed(ctx, other, patient, change):
    recall.disable(ctx, [patient], date(2027, 5, 1), "utlandsvistelse")
    shown = _shown_version(ctx, patient)
    recall.disable(other, [patient], date(2027, 6, 1), "förlängd vistelse")
    with pytest.raises(ChangedElsewhere):
        if change == "status":
            recall.set_status(ctx, [patient], recall.DECLINED, expected_versions={patient: shown})
        else:
            recall.enable(ctx, [patient], expected_versions={patient: shown})
    stored = _recall(ctx, patient)
    assert (stored.status, stored.disabled_until) == (recall.NOT_CONTACTED, date(2027, 6, 1))


def test_without_an_expected_version_the_cli_and_bulk_paths_save_as_before(ctx, other, patient):
    recall.set_status(other, [patient], recall.BOOKED)
    assert recall.set_status(ctx, [patient], recall.DECLINED) == 1
    assert _recall(ctx, patient).status == recall.DECLINED


def test_a_refusal_that_shows_the_stored_recall_is_a_read_in_the_access_log(ctx, other, patient):
    recall.set_status(other, [patient], recall.BOOKED)
    with pytest.raises(ChangedElsewhere):
        recall.set_status(ctx, [patient], recall.DECLINED, expected_versions={patient: 0})
    with ctx.sessions() as s:
        entry = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc())).first()
    assert (entry.action, entry.patient_id, entry.user_id) == ("read", patient, STAFF_HSA_ID)


def _listing(ctx, pid) -> Listing:
    with ctx.sessions() as s:
        return s.scalars(select(Listing).where(Listing.patient_id == pid)).one()


def test_ending_a_listing_another_workstation_corrected_is_refused_with_both_versions(ctx, other, patient):
    shown = _listing(ctx, patient)
    correct_listing(other, shown.id, expected_version=shown.row_version)
    with pytest.raises(ChangedElsewhere) as refused:
        end_listing(ctx, shown.id, reason="utflyttad-lan", end_date=ctx.today, expected_version=shown.row_version)
    conflict = refused.value
    assert conflict.mine == {"Slutdatum": ctx.today.isoformat(), "Orsak": "Utflyttad från länet"}
    assert conflict.saved == {"Status": "Felregistrerad", "Slutdatum": "(tomt)", "Orsak": "Felregistrering"}
    assert _listing(ctx, patient).end_reason == "felregistrering"


def test_the_clinic_address_saved_elsewhere_is_not_overwritten_unseen(ctx, other):
    shown = set_clinic_address(ctx, "Storgatan 1", "903 26", "Umeå", None)
    set_clinic_address(other, "Kungsgatan 5", "903 25", "Umeå", "090-12 34 56", expected_version=shown.row_version)
    with pytest.raises(ChangedElsewhere) as refused:
        set_clinic_address(ctx, "Storgatan 2", "903 26", "Umeå", None, expected_version=shown.row_version)
    assert refused.value.saved["Gatuadress"] == "Kungsgatan 5" and refused.value.mine["Gatuadress"] == "Storgatan 2"
    assert [label for label, *_rest, differs in refused.value.rows() if differs] == ["Gatuadress", "Postnummer",
                                                                                    "Telefon"]
    saved = set_clinic_address(ctx, "Storgatan 2", "903 26", "Umeå", None,
                               expected_version=refused.value.current_version)
    assert get_clinic(other).street == "Storgatan 2" and saved.row_version == refused.value.current_version + 1


@pytest.mark.backends("postgresql")  # SQLite refuses A's late write itself (a stale WAL snapshot is "busy")
def test_a_save_that_loses_the_race_at_commit_is_refused_the_same_way(ctx, other, patient, monkeypatch):
    """B saves after A's version check but before A's UPDATE: the ORM's row_version guard catches it."""
    recall.set_status(ctx, [patient], recall.BOOKED)
    shown = _shown_version(ctx, patient)
    check = recall._check  # noqa: SLF001 (the moment between A's check and A's write)

    def check_then_b_saves(session, rows, versions, mine):
        check(session, rows, versions, mine)
        if session.bind.url == ctx.engine.url and versions:  # A's save, once
            monkeypatch.setattr(recall, "_check", check)
            recall.set_status(other, [patient], recall.UNREACHABLE)

    monkeypatch.setattr(recall, "_check", check_then_b_saves)
    with pytest.raises(ChangedElsewhere) as refused:
        recall.set_status(ctx, [patient], recall.DECLINED, expected_versions={patient: shown})
    assert refused.value.saved["Status"] == "Ej nåbar" and refused.value.mine == {"Status": "Avböjt"}
    assert _recall(ctx, patient).status == recall.UNREACHABLE
