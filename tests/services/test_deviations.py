"""The deviation register and workflow through the services (R-DV-1, R-DV-2, R-DV-5, R-DV-7)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry
from klinik_app.domain import deviations as dv
from klinik_app.domain import permissions as perm
from klinik_app.domain.deviations import DeviationRefused, PlannedAction, Report
from klinik_app.services import deviations as svc
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.permissions import NotPermitted
from klinik_app.services.settings import set_setting
from tests.factories import add_patient, add_staff, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

HANDLER = "SE2321000222-H0001"
NURSE = "SE2321000222-N0001"


def _as(ctx, user, *roles, today=None) -> ServiceContext:
    return ServiceContext(ctx.engine, actor=Actor(user, roles=frozenset(roles)), today=today or ctx.today)


def _report(ctx, category=dv.OWN, **changes):
    fields = dict(what="Fel patient kallades", occurred_on=ctx.today, place="Receptionen", category=category,
                  immediate_action="Ringde upp", other_party="Folktandvården Umeå" if category in dv.WITH_OTHER_PARTY else "")
    return svc.report_deviation(ctx, Report(**{**fields, **changes}))


def _to_followed_up(ctx, deviation_id) -> svc.DeviationCase:
    svc.start_investigation(ctx, deviation_id, "Vera Utredare")
    case = svc.decide_actions(ctx, deviation_id, [PlannedAction("Dubbelkolla namn", "Vera", ctx.today)])
    return svc.follow_up_actions(ctx, deviation_id, {a.id: "Görs nu" for a in case.actions})


def test_r_dv_1_any_staff_member_reports_and_gets_a_receipt(ctx):
    add_staff(ctx, NURSE, "Nils Sköterska", perm.NURSE)
    nurse = _as(ctx, NURSE, perm.NURSE)
    receipt = _report(nurse)
    assert receipt.number == dv.receipt_number(receipt.id)
    row, = svc.deviation_register(nurse)
    assert (row.number, row.state, row.category, row.reported_on) == (receipt.number, dv.REPORTED, dv.OWN, ctx.today)
    case = svc.open_deviation(nurse, receipt.id)
    assert case.reporter == "Nils Sköterska" and case.patient is None
    assert [e.text for e in case.events] == ["Rapporterad: Egen verksamhet, ingen skada / risk för skada."]


def test_r_dv_1_a_refused_report_is_not_stored(ctx):
    with pytest.raises(DeviationRefused, match="vad som hände"):
        _report(ctx, what="")
    assert svc.deviation_register(ctx) == []


def test_r_dv_5_a_deviation_goes_from_reported_to_closed_with_feedback(ctx):
    receipt = _report(ctx)
    case = _to_followed_up(ctx, receipt.id)
    assert case.row.state == dv.FOLLOWED_UP and case.actions[0].outcome == "Görs nu"
    case = svc.close_deviation(ctx, receipt.id, "Berättat för Nils", expected_version=case.row.row_version)
    assert (case.row.state, case.feedback, case.investigator) == (dv.CLOSED, "Berättat för Nils", "Vera Utredare")
    assert [e.text.split(":")[0].split(".")[0] for e in case.events] == [
        "Rapporterad", "Utredning påbörjad", "Åtgärder beslutade", "Åtgärder uppföljda", "Avslutad"]


def test_r_dv_5_a_step_cannot_be_skipped(ctx):
    receipt = _report(ctx)
    with pytest.raises(DeviationRefused, match="nästa steg är \"Utreds\""):
        svc.close_deviation(ctx, receipt.id, "Klart")
    assert svc.open_deviation(ctx, receipt.id).row.state == dv.REPORTED


def test_r_dv_5_a_step_on_a_case_someone_else_changed_is_refused(ctx):
    receipt = _report(ctx)
    version = svc.open_deviation(ctx, receipt.id).row.row_version
    svc.start_investigation(ctx, receipt.id, "Vera")
    with pytest.raises(ServiceError, match="Någon annan"):
        svc.decide_actions(ctx, receipt.id, [PlannedAction("Rutin", "Vera", ctx.today)], expected_version=version)


def test_r_dv_2_an_incoming_deviation_is_not_closed_without_answer_and_delivery_date(ctx):
    receipt = _report(ctx, dv.INCOMING)
    _to_followed_up(ctx, receipt.id)
    with pytest.raises(DeviationRefused, match="R-DV-2"):
        svc.close_deviation(ctx, receipt.id, "Återkopplat")
    case = svc.record_answer(ctx, receipt.id, "Vi har infört dubbelkontroll.", ctx.today)
    assert (case.answer_text, case.answer_on, case.row.answer_due) == ("Vi har infört dubbelkontroll.", ctx.today, None)
    assert svc.close_deviation(ctx, receipt.id, "Återkopplat").row.state == dv.CLOSED


def test_r_dv_2_an_unanswered_incoming_deviation_is_marked_when_its_answer_is_due(ctx):
    receipt = _report(ctx, dv.INCOMING)
    later = _as(ctx, HANDLER, perm.DEVIATION_HANDLER, today=ctx.today + timedelta(days=14))
    row, = svc.deviation_register(later, overdue_only=True)
    assert row.id == receipt.id and row.answer_is_due
    assert svc.deviation_register(_as(ctx, HANDLER, perm.DEVIATION_HANDLER), overdue_only=True) == []


def test_r_dv_2_the_clinic_sets_how_many_days_an_answer_may_take(ctx):
    set_setting(ctx, svc.ANSWER_DAYS_SETTING, "3")
    _report(ctx, dv.INCOMING)
    row, = svc.deviation_register(_as(ctx, HANDLER, perm.DEVIATION_HANDLER, today=ctx.today + timedelta(days=3)))
    assert row.answer_due == ctx.today + timedelta(days=3) and row.overdue


def test_r_dv_7_a_cooperation_deviation_is_due_for_an_answer_once_actions_are_decided(ctx):
    receipt = _report(ctx, dv.COOPERATION, other_party="Vännäs kommun, hemtjänsten")
    svc.start_investigation(ctx, receipt.id, "Vera")
    assert svc.open_deviation(ctx, receipt.id).row.answer_due is None
    case = svc.decide_actions(ctx, receipt.id, [PlannedAction("Gemensam rutin", "Vera", ctx.today)])
    assert case.row.answer_due == ctx.today and case.row.answer_is_due


def test_r_dv_5_actions_past_their_date_make_the_case_overdue(ctx):
    receipt = _report(ctx)
    svc.start_investigation(ctx, receipt.id, "Vera")
    svc.decide_actions(ctx, receipt.id, [PlannedAction("Rutin", "Vera", ctx.today)])
    later = _as(ctx, HANDLER, perm.DEVIATION_HANDLER, today=ctx.today + timedelta(days=1))
    row, = svc.deviation_register(later, overdue_only=True)
    assert row.overdue_actions == 1
    assert svc.open_deviation(later, receipt.id).actions[0].overdue


def test_the_register_filters_by_category_and_state(ctx):
    own, incoming = _report(ctx), _report(ctx, dv.INCOMING)
    svc.start_investigation(ctx, incoming.id, "Vera")
    assert [r.id for r in svc.deviation_register(ctx, category=dv.INCOMING)] == [incoming.id]
    assert [r.id for r in svc.deviation_register(ctx, state=dv.REPORTED)] == [own.id]
    assert [r.id for r in svc.deviation_register(ctx)] == [incoming.id, own.id]  # newest first


def test_r_dv_5_handling_needs_the_handler_role_in_the_service(ctx):
    receipt = _report(ctx)
    nurse = _as(ctx, NURSE, perm.NURSE)
    with pytest.raises(NotPermitted, match="utreda och avsluta avvikelser"):
        svc.start_investigation(nurse, receipt.id, "Nils")
    handler = _as(ctx, HANDLER, perm.DEVIATION_HANDLER)
    assert svc.start_investigation(handler, receipt.id, "Hanna").row.state == dv.INVESTIGATING


def test_r_dv_1_the_linked_patient_is_seen_only_by_handlers_and_each_look_is_logged(ctx):
    person = pnr(date(2015, 6, 1), 345)
    patient_id = add_patient(ctx, person, "Sara", "Berg")
    receipt = _report(ctx)
    handler = _as(ctx, HANDLER, perm.DEVIATION_HANDLER)
    case = svc.link_patient(handler, receipt.id, person)
    assert case.patient == f"Sara Berg, {person[:8]}-{person[8:]}"
    assert svc.open_deviation(_as(ctx, NURSE, perm.NURSE), receipt.id).patient is None
    assert all(person not in e.text and "Sara" not in e.text for e in case.events)
    svc.open_deviation(handler, receipt.id)
    with ctx.sessions() as s:
        logged = s.execute(select(AccessLogEntry.action, AccessLogEntry.user_id)
                           .where(AccessLogEntry.patient_id == patient_id)).all()
    assert logged == [("write", HANDLER), ("read", HANDLER), ("read", HANDLER)]


def test_r_dv_1_linking_an_unknown_personnummer_is_refused(ctx):
    receipt = _report(ctx)
    with pytest.raises(DeviationRefused, match="ingen patient"):
        svc.link_patient(ctx, receipt.id, pnr(date(2016, 1, 1), 111))
    with pytest.raises(DeviationRefused):
        svc.link_patient(ctx, receipt.id, "12345")
