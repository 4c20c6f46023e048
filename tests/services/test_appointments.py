"""The appointment book's use cases (services.appointments): R-AB-1..3, double booking, daylight
saving, protected identity, the access log and concurrent edits."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry, Appointment
from klinik_app.domain.local_time import to_utc
from klinik_app.domain.permissions import DENTIST, RECEPTION
from klinik_app.services import appointments as ab
from klinik_app.services import recall
from klinik_app.services.concurrency import ChangedElsewhere
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from tests.conftest import STAFF_HSA_ID
from tests.factories import add_appointment, add_patient, add_staff, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

EVA, OLLE = "SE2321000222-T0001", "SE2321000222-T0002"
NURSE = "SE2321000222-S0001"


@pytest.fixture(autouse=True)
def _clock(ctx):
    """The service clock is pinned to the tests' today, so a cancellation's lateness (hours before
    the time) does not depend on the day the suite runs."""
    ctx.now = lambda: datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def book(ctx):
    """Two dentists, a nurse, a room, Ella (a child with a guardian) and Sara (protected identity)."""
    add_staff(ctx, EVA, "Eva Tandläkare", "tandlakare")
    add_staff(ctx, OLLE, "Olle Tandläkare", "tandlakare")
    add_staff(ctx, NURSE, "Nina Sköterska", "tandskoterska")
    add_staff(ctx, STAFF_HSA_ID, "Rita Reception", "reception")
    return {
        "ella": add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val", guardians=["Anna Lind"]),
        "sara": add_patient(ctx, pnr(date(2016, 6, 1), 345), "Sara", "Berg", protected=True, listing="val"),
        "room": ab.save_room(ctx, "Rum 1"),
    }


def _booking(patient_id: int, starts: datetime, *, minutes: int = 30, caregiver: str | None = EVA, room=None,
             agreed: bool = True, kind: str = "revision") -> ab.Booking:
    return ab.Booking(patient_id, starts, minutes, kind, caregiver, room,
                      agreed_with="Anna Lind" if agreed else None, agreed_how="telefon" if agreed else None)


def _acting(ctx, *roles: str, now: datetime | None = None) -> ServiceContext:
    acting = ServiceContext(ctx.engine, actor=Actor(STAFF_HSA_ID, roles=frozenset(roles)), today=ctx.today)
    if now is not None:
        acting.now = lambda: now
    return acting


def _log(ctx, n: int = 1) -> list[AccessLogEntry]:
    with ctx.sessions() as s:
        return list(s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(n)))


# --- booking and the agreement (R-AB-3) --------------------------------------------------------------


def test_r_ab_3_a_time_agreed_on_booking_records_who_agreed_how_and_who_recorded_it(ctx, book):
    aid = ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0), room=book["room"]))
    row = ab.get(ctx, aid)
    assert (row.patient_name, row.kind, row.status, row.minutes) == ("Ella Lind", "revision", "booked", 30)
    assert row.starts == datetime(2026, 11, 24, 9, 0, tzinfo=row.starts.tzinfo) and row.ends.hour == 9
    assert (row.caregiver_name, row.room_name) == ("Eva Tandläkare", "Rum 1")
    assert row.agreed and row.agreed_text.startswith("Överenskommen med vårdnadshavare Anna Lind per telefon 20")
    assert row.agreed_text.endswith("av Rita Reception")
    assert row.first_agreed_start == row.starts
    with ctx.sessions() as s:
        a = s.get(Appointment, aid)
        assert (a.agreed_by, a.origin) == (STAFF_HSA_ID, "local")


def test_r_ab_3_a_time_proposed_in_a_letter_is_not_agreed_until_confirmed(ctx, book):
    aid = ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0), agreed=False))
    row = ab.get(ctx, aid)
    assert not row.agreed and row.agreed_text == "Endast föreslagen, inte bekräftad"
    assert row.first_agreed_start is None
    ab.confirm(ctx, aid, "patient", "sms", expected_version=row.row_version)
    row = ab.get(ctx, aid)
    assert row.agreed and row.agreed_text.startswith("Överenskommen med patienten per sms")
    assert row.first_agreed_start == row.starts
    with ctx.sessions() as s:
        assert s.get(Appointment, aid).agreed_by == STAFF_HSA_ID


def test_r_ab_3_an_agreement_without_who_or_how_is_refused(ctx, book):
    with pytest.raises(UsageError, match="Ange både vem"):
        ab.book(ctx, ab.Booking(book["ella"], datetime(2026, 11, 24, 9, 0), 30, "revision", EVA, agreed_how="telefon"))


@pytest.mark.parametrize(("minutes", "kind", "message"), [(4, "revision", "mellan 5 och 480"),
                                                          (30, "kontroll", "Okänd typ")])
def test_a_booking_outside_the_format_is_refused(ctx, book, minutes, kind, message):
    with pytest.raises(UsageError, match=message):
        ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0), minutes=minutes, kind=kind))


def test_booking_from_the_recall_worklist_marks_the_recall_booked(ctx, book):
    ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0)), from_recall=True)
    with ctx.sessions() as s:
        state = recall.state_of(s, ctx, book["ella"])
    assert state.status == recall.BOOKED
    assert state.contacts[0].note == "tid 2026-11-24 09:00"


# --- double booking -------------------------------------------------------------------------------


def test_a_caregiver_is_not_double_booked_and_the_message_names_the_other_time(ctx, book):
    ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0)))
    with pytest.raises(ServiceError, match="Vårdgivaren har redan en tid 2026-11-24 09:00–09:30"):
        ab.book(ctx, _booking(book["sara"], datetime(2026, 11, 24, 9, 20)))
    ab.book(ctx, _booking(book["sara"], datetime(2026, 11, 24, 9, 30)))  # starts when the other ends
    ab.book(ctx, _booking(book["sara"], datetime(2026, 11, 24, 9, 0), caregiver=OLLE))  # another dentist


def test_a_room_is_not_double_booked(ctx, book):
    ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0), room=book["room"]))
    with pytest.raises(ServiceError, match="Rummet har redan en tid 2026-11-24 09:00–09:30"):
        ab.book(ctx, _booking(book["sara"], datetime(2026, 11, 24, 8, 45), caregiver=OLLE, room=book["room"]))


def test_a_cancelled_or_missed_time_leaves_the_chair_free(ctx, book):
    add_appointment(ctx, book["ella"], datetime(2026, 11, 24, 9, 0), status="cancelled", caregiver=EVA)
    add_appointment(ctx, book["ella"], datetime(2026, 11, 24, 10, 0), status="no-show", caregiver=EVA)
    ab.book(ctx, _booking(book["sara"], datetime(2026, 11, 24, 9, 0)))
    ab.book(ctx, _booking(book["sara"], datetime(2026, 11, 24, 10, 0)))


# --- moves, cancellations and outcomes -----------------------------------------------------------------


def test_r_ab_2_a_move_keeps_the_first_agreed_time(ctx, book):
    aid = ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0)))
    ab.move(ctx, aid, datetime(2026, 12, 1, 13, 0), minutes=45, caregiver_hsa_id=OLLE, room_id=book["room"],
            expected_version=1)
    row = ab.get(ctx, aid)
    assert row.starts.replace(tzinfo=None) == datetime(2026, 12, 1, 13, 0)
    assert (row.minutes, row.caregiver_hsa_id, row.room_id) == (45, OLLE, book["room"])
    assert row.first_agreed_start.replace(tzinfo=None) == datetime(2026, 11, 24, 9, 0)
    ab.move(ctx, aid, datetime(2026, 12, 2, 13, 0), expected_version=row.row_version)  # keeps caregiver and room
    row = ab.get(ctx, aid)
    assert (row.minutes, row.caregiver_hsa_id, row.room_id) == (45, OLLE, book["room"])


def test_a_move_onto_a_taken_time_is_refused_and_nothing_changes(ctx, book):
    ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0)))
    aid = ab.book(ctx, _booking(book["sara"], datetime(2026, 11, 24, 10, 0)))
    with pytest.raises(ServiceError, match="09:00–09:30"):
        ab.move(ctx, aid, datetime(2026, 11, 24, 9, 15), expected_version=1)
    assert ab.get(ctx, aid).starts.hour == 10
    ab.move(ctx, aid, datetime(2026, 11, 24, 10, 15), expected_version=1)  # overlapping only itself


def test_r_ab_1_a_cancelled_time_stays_in_the_journal(ctx, book):
    aid = ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 30, 9, 0)))
    assert ab.cancel(ctx, aid, expected_version=1) == "cancelled"
    (row,) = ab.patient_appointments(ctx, book["ella"])
    assert (row.id, row.status, row.agreed) == (aid, "cancelled", True)
    with ctx.sessions() as s:
        a = s.get(Appointment, aid)
        assert a.cancelled_at is not None and a.status_set_by == STAFF_HSA_ID
    with pytest.raises(ServiceError, match="kan inte flyttas"):
        ab.move(ctx, aid, datetime(2026, 12, 1, 9, 0), expected_version=row.row_version)


def test_r_ab_1_nothing_in_the_book_deletes_an_appointment():
    import klinik_app.services.appointment_import as imp

    for module in (ab, imp):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert not re.search(r"delete\(|DELETE\s+FROM", source, re.IGNORECASE), module.__name__


def test_r_ab_3_cancellation_23_hours_before_is_late(ctx, book):
    aid = ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0)))
    at = to_utc(datetime(2026, 11, 24, 9, 0)) - timedelta(hours=23)
    assert ab.cancel(_acting(ctx, RECEPTION, now=at), aid, expected_version=1) == "late-cancellation"
    assert ab.get(ctx, aid).status == "late-cancellation"


def test_r_ab_3_cancellation_25_hours_before_is_in_time_and_the_clinic_cancelling_is_never_late(ctx, book):
    first = ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0)))
    second = ab.book(ctx, _booking(book["sara"], datetime(2026, 11, 24, 10, 0)))
    start = to_utc(datetime(2026, 11, 24, 9, 0))
    assert ab.cancel(_acting(ctx, RECEPTION, now=start - timedelta(hours=25)), first, expected_version=1) == "cancelled"
    clinic = _acting(ctx, RECEPTION, now=start - timedelta(hours=2))
    assert ab.cancel(clinic, second, by_patient=False, expected_version=1) == "cancelled"


def test_an_outcome_stores_the_fee_decision_and_who_set_it(ctx, book):
    aid = add_appointment(ctx, book["ella"], datetime(2026, 11, 20, 9, 0), caregiver=EVA)
    consequences = ab.set_outcome(ctx, aid, "no-show", expected_version=1)
    row = ab.get(ctx, aid)
    assert row.status == "no-show"
    assert (row.fee_sek, row.fee_reason) == (consequences.fee_sek, consequences.fee_reason or None)
    with ctx.sessions() as s:
        a = s.get(Appointment, aid)
        assert a.status_set_by == STAFF_HSA_ID and a.status_set_at is not None
    assert _log(ctx)[0].detail == "tid i tidboken"
    assert _log(ctx, 2)[1].detail == "utfall: uteblev"


def test_an_outcome_may_be_corrected_and_the_correction_is_on_record(ctx, book):
    aid = add_appointment(ctx, book["ella"], datetime(2026, 11, 20, 9, 0), caregiver=EVA)
    ab.set_outcome(ctx, aid, "no-show", expected_version=1)
    ab.set_outcome(ctx, aid, "attended", expected_version=ab.get(ctx, aid).row_version)
    assert ab.get(ctx, aid).status == "attended"
    assert _log(ctx, 2)[1].detail == "utfall: genomförd (rättelse)"


def test_no_show_cannot_be_marked_on_a_day_still_to_come(ctx, book):
    aid = ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 23, 9, 0)))  # TODAY is 2026-11-22
    with pytest.raises(UsageError, match="inte varit än"):
        ab.set_outcome(ctx, aid, "no-show", expected_version=1)


def test_the_end_of_day_list_holds_past_times_still_booked(ctx, book):
    past = add_appointment(ctx, book["ella"], datetime(2026, 11, 22, 8, 0), caregiver=EVA)
    add_appointment(ctx, book["sara"], datetime(2026, 11, 22, 9, 0), caregiver=EVA, status="attended")
    add_appointment(ctx, book["sara"], datetime(2026, 11, 22, 15, 0), caregiver=EVA)  # not yet ended at 15:10
    rows = ab.unmarked(ctx, before=datetime(2026, 11, 22, 15, 10))
    assert [r.id for r in rows] == [past]


# --- the day view --------------------------------------------------------------------------------------


def test_the_day_view_is_sorted_by_start_narrowed_by_caregiver_and_logs_the_patients_shown(ctx, book):
    b = add_appointment(ctx, book["sara"], datetime(2026, 11, 24, 10, 0), caregiver=OLLE)
    a = add_appointment(ctx, book["ella"], datetime(2026, 11, 24, 9, 0), caregiver=EVA, status="cancelled")
    add_appointment(ctx, book["ella"], datetime(2026, 11, 25, 9, 0), caregiver=EVA)
    assert [r.id for r in ab.book_view(ctx, date(2026, 11, 24))] == [a, b]
    entries = _log(ctx, 2)
    assert {e.patient_id for e in entries} == {book["ella"], book["sara"]}
    assert {(e.action, e.detail) for e in entries} == {("list", "tidbok 2026-11-24, 1 dag")}
    assert [r.id for r in ab.book_view(ctx, date(2026, 11, 24), 2, caregivers=[EVA])][0] == a
    assert len(ab.book_view(ctx, date(2026, 11, 24), 2, caregivers=[EVA])) == 2
    assert ab.book_view(ctx, date(2026, 11, 24), room_ids=[book["room"]]) == []


@pytest.mark.parametrize("change_day", [date(2026, 3, 29), date(2026, 10, 25)])
def test_the_day_view_on_the_last_sunday_of_march_and_october_holds_the_whole_swedish_day(ctx, book, change_day):
    midnight = datetime.combine(change_day, datetime.min.time())
    before = add_appointment(ctx, book["ella"], midnight - timedelta(minutes=30))
    early = add_appointment(ctx, book["ella"], midnight + timedelta(minutes=30))
    late = add_appointment(ctx, book["ella"], midnight.replace(hour=23, minute=30), caregiver=OLLE)
    after = add_appointment(ctx, book["ella"], midnight + timedelta(days=1))
    assert [r.id for r in ab.book_view(ctx, change_day)] == [early, late]
    assert [r.id for r in ab.book_view(ctx, change_day - timedelta(days=1))] == [before]
    assert ab.book_view(ctx, change_day + timedelta(days=1))[0].id == after
    assert [r.starts.hour for r in ab.book_view(ctx, change_day)] == [0, 23]


def test_r_tg_4_a_protected_patient_is_named_but_the_number_is_shown_only_to_those_who_may(ctx, book):
    aid = ab.book(ctx, _booking(book["sara"], datetime(2026, 11, 24, 9, 0)))
    seen_at_desk = ab.get(_acting(ctx, RECEPTION), aid)
    assert (seen_at_desk.patient_name, seen_at_desk.personnummer) == ("Sara Berg", "Skyddad identitet")
    assert seen_at_desk.protected
    assert ab.get(_acting(ctx, DENTIST), aid).personnummer == f"{pnr(date(2016, 6, 1), 345)[:8]}-" \
                                                              f"{pnr(date(2016, 6, 1), 345)[8:]}"


def test_caregivers_are_the_active_care_staff_and_rooms_the_active_rooms(ctx, book):
    assert ab.caregivers(ctx) == [(EVA, "Eva Tandläkare", "tandlakare"), (NURSE, "Nina Sköterska", "tandskoterska"),
                                  (OLLE, "Olle Tandläkare", "tandlakare")]
    second = ab.save_room(ctx, "Rum 2")
    ab.save_room(ctx, "Rum 1 (gammalt)", room_id=book["room"], active=False)
    assert ab.rooms(ctx) == [(second, "Rum 2")]
    with pytest.raises(UsageError, match="finns redan ett rum"):
        ab.save_room(ctx, "Rum 2")


# --- concurrent edits --------------------------------------------------------------------------------


def test_a_stale_window_is_refused_with_both_versions_and_nothing_is_saved(ctx, book):
    aid = ab.book(ctx, _booking(book["ella"], datetime(2026, 11, 24, 9, 0)))
    ab.move(ctx, aid, datetime(2026, 11, 24, 11, 0), expected_version=1)  # another workstation
    with pytest.raises(ChangedElsewhere) as refused:
        ab.cancel(ctx, aid, expected_version=1)
    assert refused.value.what == "Tiden 2026-11-24 11:00 för Ella Lind"
    assert ("Tid", "(ändras inte)", "2026-11-24 11:00", False) in refused.value.rows()
    assert ("Status", "Avbokad", "Bokad", True) in refused.value.rows()
    assert ab.get(ctx, aid).status == "booked"
    assert ab.cancel(ctx, aid, expected_version=refused.value.current_version) == "cancelled"


def test_book_view_times_are_swedish_local_and_stored_in_utc(ctx, book):
    aid = ab.book(ctx, _booking(book["ella"], datetime(2026, 6, 24, 9, 0)))
    with ctx.sessions() as s:
        stored = s.get(Appointment, aid).starts_at
    stored = stored if stored.tzinfo else stored.replace(tzinfo=timezone.utc)  # SQLite: naive UTC
    assert stored == datetime(2026, 6, 24, 7, 0, tzinfo=timezone.utc)
    assert ab.book_view(ctx, date(2026, 6, 24))[0].starts.utcoffset() == timedelta(hours=2)


def test_r_ab_1_an_examination_on_the_day_of_an_attended_revision_is_linked_to_that_time(ctx):
    from klinik_app.domain.examination import DENTIST, ExamInput, Risks
    from klinik_app.services import examinations

    child = add_patient(ctx, pnr(date(2016, 6, 6)), "Kalle", "Lind", listing="val")
    visit = add_appointment(ctx, child, datetime(2026, 11, 20, 9, 0), status="attended")
    other_day = add_appointment(ctx, child, datetime(2026, 11, 19, 9, 0), status="attended")
    recorded = examinations.record_examination(ctx, child, ExamInput(
        examined_on=date(2026, 11, 20), role=DENTIST, examiner_hsa_id="SE2321000222-T0001",
        risks=Risks(0, 0, 0, 0), planned_interval_months=12, deft=0, tobacco=None, bite_check=True))
    assert ab.get(ctx, visit).examination_id == recorded.examination_id
    assert ab.get(ctx, other_day).examination_id is None


def test_kind_and_note_of_a_booked_time_change_and_a_stale_change_names_them(ctx):
    child = add_patient(ctx, pnr(date(2016, 6, 6)), "Kalle", "Lind", listing="val")
    visit = add_appointment(ctx, child, datetime(2026, 11, 24, 9, 0), kind="treatment")
    shown = ab.get(ctx, visit).row_version
    ab.move(ctx, visit, datetime(2026, 11, 24, 9, 0), kind="revision", note="  Tolk behövs ", expected_version=shown)
    changed = ab.get(ctx, visit)
    assert (changed.kind, changed.note) == ("revision", "Tolk behövs")
    with pytest.raises(UsageError, match="Okänd typ"):
        ab.move(ctx, visit, datetime(2026, 11, 24, 9, 0), kind="konsultation", expected_version=changed.row_version)
    with pytest.raises(ChangedElsewhere) as stale:  # the version shown before the first change
        ab.move(ctx, visit, datetime(2026, 11, 24, 9, 0), kind="other", expected_version=shown)
    assert stale.value.saved["Typ"] == "Revision" and stale.value.mine["Typ"] == "Övrigt"
