"""R-AB-2..6 through the services: an outcome set in the book decides the fee, the re-offer and the
tasks; the to-do list, the letter and the child-at-risk decision."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry, Appointment, Task
from klinik_app.domain.examination import DENTIST
from klinik_app.domain.permissions import RECEPTION
from klinik_app.services import absence, appointments
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.concurrency import ChangedElsewhere
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.permissions import NotPermitted
from tests.factories import add_appointment, add_patient, pnr

NOV_20 = datetime(2026, 11, 20, 9, 0)


def _as(ctx, *roles: str, user: str = "SE2321000222-T0001") -> ServiceContext:
    return ServiceContext(ctx.engine, actor=Actor(user, roles=frozenset(roles)), today=ctx.today)


def outcome(ctx, appointment_id: int, status: str = "no-show") -> absence.Consequences:
    version = appointments.get(ctx, appointment_id).row_version
    return appointments.set_outcome(ctx, appointment_id, status, expected_version=version)


def missed(ctx, patient_id: int, starts: datetime, **kw) -> absence.Consequences:
    """A time in the book, then marked as a no-show through the appointment service."""
    return outcome(ctx, add_appointment(ctx, patient_id, starts, **kw))


def open_tasks(ctx, patient_id: int) -> list[str]:
    with ctx.sessions() as s:
        return sorted(s.scalars(select(Task.kind).where(Task.patient_id == patient_id, Task.state == "open")))


@pytest.fixture
def child(ctx) -> int:
    return add_patient(ctx, pnr(date(2014, 5, 5)), "Ella", "Lind", listing="val", guardians=["Anna Lind"],
                       street="Björkvägen 3")


def test_r_ab_3_no_fee_for_a_time_never_confirmed(ctx, child):
    result = missed(ctx, child, NOV_20, agreed=False)
    assert (result.fee_sek, result.counted, result.reoffer_by) == (None, False, None)
    assert result.fee_reason == "Ingen avgift: tiden var bara föreslagen i kallelsebrevet och aldrig bekräftad"
    with ctx.sessions() as s:
        stored = s.scalars(select(Appointment)).one()
    assert (stored.fee_sek, stored.fee_reason) == (None, result.fee_reason)
    assert absence.reoffer_worklist(ctx) == []


def test_r_ab_3_an_agreed_no_show_carries_the_rule_set_fee_with_its_reason(ctx, child):
    result = missed(ctx, child, NOV_20)
    assert result.fee_sek == ctx.rules.absence.fee_sek == 400
    assert "överenskommen" in result.fee_reason and result.counted


def test_r_ab_3_a_late_cancellation_does_not_count_by_default(ctx, child):
    result = outcome(ctx, add_appointment(ctx, child, NOV_20), "late-cancellation")
    assert (result.fee_sek, result.counted) == (None, False)
    assert "sen avbokning räknas inte" in result.fee_reason
    missed(ctx, child, datetime(2026, 10, 1, 9, 0))
    assert open_tasks(ctx, child) == []  # one absence only: the late cancellation did not count


def test_r_ab_3_a_late_cancellation_counts_where_the_rule_set_says_so(ctx, child, monkeypatch):
    counting = replace(ctx.rules, absence=replace(ctx.rules.absence, late_cancellation_counts=True))
    monkeypatch.setattr(ServiceContext, "rules", property(lambda self: counting))
    result = outcome(ctx, add_appointment(ctx, child, NOV_20), "late-cancellation")
    assert (result.fee_sek, result.counted) == (400, True)
    missed(ctx, child, datetime(2026, 10, 1, 9, 0))
    assert open_tasks(ctx, child) == ["child-at-risk", "written-information"]


def test_r_ab_4_second_absence_within_12_months_opens_the_written_information_task(ctx, child):
    first = missed(ctx, child, datetime(2026, 3, 2, 10, 0))
    assert first.tasks_opened == () and open_tasks(ctx, child) == []
    second = missed(ctx, child, NOV_20)
    assert second.tasks_opened == ("written-information", "child-at-risk")
    with ctx.sessions() as s:
        roles = dict(s.execute(select(Task.kind, Task.role)).all())
    assert roles == {"written-information": RECEPTION, "child-at-risk": DENTIST}


def test_r_ab_4_a_third_absence_while_the_task_is_open_adds_no_second_task(ctx, child):
    missed(ctx, child, datetime(2026, 3, 2, 10, 0))
    missed(ctx, child, datetime(2026, 6, 2, 10, 0))
    third = missed(ctx, child, NOV_20)
    assert third.tasks_opened == ()
    with ctx.sessions() as s:
        assert len(s.scalars(select(Task)).all()) == 2


def test_r_ab_4_after_the_task_is_closed_a_new_repeat_opens_a_new_one(ctx, child):
    missed(ctx, child, datetime(2026, 3, 2, 10, 0))
    missed(ctx, child, datetime(2026, 6, 2, 10, 0))
    task = next(t for t in absence.tasks(ctx) if t.kind == "written-information")
    absence.mark_letter_sent(ctx, task.id, ctx.today, expected_version=task.row_version)
    assert missed(ctx, child, NOV_20).tasks_opened == ("written-information",)


@pytest.mark.parametrize("earlier, repeated", [(datetime(2025, 11, 20, 15, 0), True),
                                                (datetime(2025, 11, 19, 15, 0), False)])
def test_r_ab_4_the_12_month_window_edge(ctx, child, earlier, repeated):
    add_appointment(ctx, child, earlier, status="no-show")  # history, marked before
    assert bool(missed(ctx, child, NOV_20).tasks_opened) is repeated


def test_r_ab_4_the_window_edge_on_a_leap_day(ctx, child):
    later = ServiceContext(ctx.engine, actor=ctx.actor, today=date(2028, 3, 1))
    add_appointment(ctx, child, datetime(2027, 2, 28, 9, 0), status="no-show")
    assert missed(later, child, datetime(2028, 2, 29, 9, 0)).tasks_opened  # 12 months back from 29 Feb: 28 Feb


def test_r_ab_5_under_18_on_the_latest_absence_opens_the_assessment(ctx):
    nearly = add_patient(ctx, pnr(date(2008, 11, 21)), "Omar", "Haddad", listing="val", guardians=["Sami Haddad"])
    add_appointment(ctx, nearly, datetime(2026, 9, 1, 9, 0), status="no-show")
    assert missed(ctx, nearly, NOV_20).tasks_opened == ("written-information", "child-at-risk")


def test_r_ab_5_eighteen_on_the_day_of_the_latest_absence_opens_no_assessment(ctx):
    birthday = add_patient(ctx, pnr(date(2008, 11, 20)), "Maja", "Öberg", listing="val", guardians=["Lena Öberg"])
    add_appointment(ctx, birthday, datetime(2026, 9, 1, 9, 0), status="no-show")
    assert missed(ctx, birthday, NOV_20).tasks_opened == ("written-information",)


def test_r_ab_2_the_reoffer_deadline_counts_from_the_first_agreed_time(ctx, child):
    first = add_appointment(ctx, child, datetime(2026, 10, 1, 9, 0))
    appointments.move(ctx, first, datetime(2026, 10, 28, 9, 0),
                      expected_version=appointments.get(ctx, first).row_version)
    result = outcome(ctx, first)
    assert result.reoffer_by == date(2026, 10, 31)  # 30 days from 1 October, not from the 28th
    (item,) = absence.reoffer_worklist(ctx)
    assert (item.patient_id, item.first_agreed_on, item.deadline, item.overdue) == (
        child, date(2026, 10, 1), date(2026, 10, 31), True)  # today is 22 November: flagged
    assert item.missed_at.replace(tzinfo=None) == datetime(2026, 10, 28, 9, 0)


def test_r_ab_2_the_patient_stays_on_the_list_until_a_new_time_is_booked(ctx, child):
    missed(ctx, child, NOV_20)
    (item,) = absence.reoffer_worklist(ctx)
    assert (item.deadline, item.overdue) == (date(2026, 12, 20), False)
    add_appointment(ctx, child, datetime(2026, 11, 21, 9, 0), kind="emergency")  # not a re-offer
    assert len(absence.reoffer_worklist(ctx)) == 1
    add_appointment(ctx, child, datetime(2026, 12, 3, 9, 0))
    assert absence.reoffer_worklist(ctx) == []


def test_r_ab_6_emergency_appointments_never_count(ctx, child):
    add_appointment(ctx, child, datetime(2026, 9, 1, 9, 0), kind="emergency", status="no-show")
    result = missed(ctx, child, NOV_20, kind="emergency")
    assert (result.counted, result.reoffer_by, result.tasks_opened) == (False, None, ())
    assert result.fee_sek == 400  # R-AB-3 charges an agreed time; R-AB-6 only decides what counts
    assert absence.reoffer_worklist(ctx) == []


def test_r_ab_6_unlisted_patients_never_count(ctx):
    visitor = add_patient(ctx, pnr(date(2013, 1, 1)), "Olle", "Ek", guardians=["Eva Ek"])
    add_appointment(ctx, visitor, datetime(2026, 9, 1, 9, 0), status="no-show")
    result = missed(ctx, visitor, NOV_20)
    assert (result.counted, result.tasks_opened) == (False, ())
    assert absence.reoffer_worklist(ctx) == []


def test_r_ab_6_listed_only_from_after_the_earlier_absence(ctx):
    late = add_patient(ctx, pnr(date(2013, 2, 2)), "Stina", "Berg", listing="val", listed_from=date(2026, 10, 1))
    add_appointment(ctx, late, datetime(2026, 9, 1, 9, 0), status="no-show")  # not yet listed that day
    assert missed(ctx, late, NOV_20).tasks_opened == ()


def test_a_no_show_corrected_to_attended_leaves_the_open_tasks_for_staff_to_close(ctx, child):
    missed(ctx, child, datetime(2026, 9, 1, 9, 0))
    latest = add_appointment(ctx, child, NOV_20)
    outcome(ctx, latest)
    corrected = outcome(ctx, latest, "attended")
    assert (corrected.fee_sek, corrected.fee_reason) == (None, "")
    assert open_tasks(ctx, child) == ["child-at-risk", "written-information"]


def test_the_to_do_list_shows_the_acting_roles_tasks_with_the_absences(ctx, child):
    missed(ctx, child, datetime(2026, 9, 1, 9, 0))
    missed(ctx, child, NOV_20)
    reception = _as(ctx, RECEPTION, user="SE2321000222-R0001")
    (task,) = absence.tasks(reception)
    assert (task.kind, task.label, task.patient_name, task.opened_on, task.due_on) == (
        "written-information", "Skriftlig information om uteblivanden", "Ella Lind", ctx.today, date(2026, 12, 6))
    assert [a.date() for a in task.absences] == [date(2026, 9, 1), date(2026, 11, 20)]
    assert {t.kind for t in absence.tasks(reception, role=absence.EVERY_ROLE)} == {"written-information",
                                                                                   "child-at-risk"}
    with ctx.sessions() as s:
        last = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc())).first()
    assert (last.action, last.patient_id) == ("read", child)


def test_r_ab_5_only_a_dentist_closes_the_assessment(ctx, child):
    missed(ctx, child, datetime(2026, 9, 1, 9, 0))
    missed(ctx, child, NOV_20)
    (task,) = absence.tasks(ctx, role=DENTIST)
    for role in (RECEPTION, "tandhygienist", "verksamhetschef"):
        with pytest.raises(NotPermitted, match="Det får tandläkare"):
            absence.decide_child_at_risk(_as(ctx, role), task.id, False, reason="Familjen har flyttat",
                                         expected_version=task.row_version)
    dentist = _as(ctx, DENTIST)
    with pytest.raises(UsageError, match="socialkontor"):
        absence.decide_child_at_risk(dentist, task.id, True, reported_on=ctx.today, expected_version=task.row_version)
    with pytest.raises(UsageError, match="skälet"):
        absence.decide_child_at_risk(dentist, task.id, False, reason=" ", expected_version=task.row_version)
    absence.decide_child_at_risk(dentist, task.id, True, reported_on=date(2026, 11, 21), office="Socialtjänsten Umeå",
                                 expected_version=task.row_version)
    (closed,) = absence.tasks(ctx, role=DENTIST, state="closed")
    assert (closed.decision, closed.decision_on, closed.social_services_office) == (
        "reported", date(2026, 11, 21), "Socialtjänsten Umeå")
    with pytest.raises(ChangedElsewhere):  # the window still shows the open task
        absence.decide_child_at_risk(dentist, task.id, False, reason="Familjen har flyttat",
                                     expected_version=task.row_version)
    with pytest.raises(UsageError, match="redan avslutad"):
        absence.decide_child_at_risk(dentist, task.id, False, reason="Familjen har flyttat",
                                     expected_version=closed.row_version)


def test_r_ab_5_not_reported_records_the_reason(ctx, child):
    missed(ctx, child, datetime(2026, 9, 1, 9, 0))
    missed(ctx, child, NOV_20)
    (task,) = absence.tasks(ctx, role=DENTIST)
    absence.decide_child_at_risk(_as(ctx, DENTIST), task.id, False, reason="Känd sjukdom i familjen, bokat om",
                                 expected_version=task.row_version)
    (closed,) = absence.tasks(ctx, role=DENTIST, state="closed")
    assert (closed.decision, closed.reason, closed.decision_on) == (
        "not-reported", "Känd sjukdom i familjen, bokat om", ctx.today)


def test_r_ab_4_marking_the_letter_sent_closes_the_task(ctx, child):
    missed(ctx, child, datetime(2026, 9, 1, 9, 0))
    missed(ctx, child, NOV_20)
    (task,) = absence.tasks(ctx, role=RECEPTION)
    with pytest.raises(UsageError, match="efter dagens datum"):
        absence.mark_letter_sent(ctx, task.id, date(2026, 11, 23), expected_version=task.row_version)
    absence.mark_letter_sent(ctx, task.id, ctx.today, expected_version=task.row_version)
    assert absence.tasks(ctx, role=RECEPTION) == []
    assert open_tasks(ctx, child) == ["child-at-risk"]


def test_r_ab_4_the_letter_names_the_missed_times_and_goes_to_the_guardians(ctx, child, tmp_path):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    missed(ctx, child, datetime(2026, 9, 1, 14, 30))
    missed(ctx, child, NOV_20)
    (task,) = absence.tasks(ctx, role=RECEPTION)
    path = tmp_path / "brev.pdf"
    rendered = absence.absence_letter_pdf(ctx, task.id, path)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert rendered.letters == 1
    assert "Anna Lind" in text and "Ella Lind" in text
    assert "1 september 2026 klockan 14.30" in text and "20 november 2026 klockan 09.00" in text
    assert "400 kronor" in text
    with ctx.sessions() as s:
        last = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc())).first()
    assert (last.action, last.patient_id) == ("letter", child)


def test_r_ab_4_no_printed_letter_for_a_protected_identity(ctx, tmp_path):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    hidden = add_patient(ctx, pnr(date(2012, 4, 4)), "Sara", "Berg", listing="val", protected=True)
    missed(ctx, hidden, datetime(2026, 9, 1, 9, 0))
    missed(ctx, hidden, NOV_20)
    (task,) = absence.tasks(ctx, role=RECEPTION)
    with pytest.raises(ServiceError, match="skyddad identitet"):
        absence.absence_letter_pdf(ctx, task.id, tmp_path / "brev.pdf")
    assert not (tmp_path / "brev.pdf").exists()
