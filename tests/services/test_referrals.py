"""Referrals to specialist care (R-RV-9, issue 12): deadlines from the patient's birth date and the
clinic's lead times, the worklists, the state machine, the access log and the permissions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry
from klinik_app.domain import referrals as rules
from klinik_app.domain.permissions import DENTIST, HYGIENIST, RECEPTION
from klinik_app.services import referrals
from klinik_app.services.concurrency import ChangedElsewhere
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.permissions import NotPermitted
from klinik_app.services.settings import REFERRAL_LEAD_DAYS, set_settings
from tests.factories import add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

CLINIC = "Specialisttandvården, Norrlands universitetssjukhus"


def on(ctx, day: date, *roles: str) -> ServiceContext:
    actor = Actor(ctx.actor.user_id, roles=frozenset(roles)) if roles else ctx.actor
    return ServiceContext(ctx.engine, actor=actor, today=day)


def _log(ctx, n: int = 1) -> list[AccessLogEntry]:
    with ctx.sessions() as s:
        return list(s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(n)))


@pytest.fixture
def december(ctx) -> int:
    """Turns 23 on 31 December 2026: free care ends that day."""
    return add_patient(ctx, pnr(date(2003, 12, 31), 311), "Dora", "Dec")


@pytest.fixture
def january(ctx) -> int:
    """Born the next day, turns 23 on 1 January 2027: free care lasts a year longer."""
    return add_patient(ctx, pnr(date(2004, 1, 1), 101), "Jon", "Jan")


def _sent(ctx, patient_id: int, specialty: str = "pedodonti") -> int:
    referral_id = referrals.create(ctx, patient_id, specialty, "Omfattande kariesskador")
    referrals.send(ctx, referral_id, CLINIC, ctx.today, expected_version=1)
    return referral_id


# --- R-RV-9: deadlines and warnings ----------------------------------------------------------------------


def test_r_rv_9_deadline_at_the_year_boundary_of_the_24th_year(ctx, december, january):
    referrals.create(ctx, december, "pedodonti", "Hypomineraliserade molarer")
    referrals.create(ctx, january, "pedodonti", "Hypomineraliserade molarer")
    [dec] = referrals.patient_referrals(ctx, december)
    [jan] = referrals.patient_referrals(ctx, january)
    assert (dec.deadline.care_ends, dec.deadline.latest_send) == (date(2026, 12, 31), date(2026, 9, 2))
    assert (jan.deadline.care_ends, jan.deadline.latest_send) == (date(2027, 12, 31), date(2027, 9, 2))
    assert dec.warning.startswith("För sent för avgiftsfri vård")  # today 2026-11-22
    assert jan.warning is None  # the warning starts on 1 January 2027
    assert [r.patient_id for r in referrals.to_send(ctx)] == [december]


def test_r_rv_9_the_warning_starts_on_1_january_of_the_year_the_patient_turns_23(ctx, january):
    referrals.create(ctx, january, "protetik", "Aplasi 12 och 22")
    assert referrals.to_send(on(ctx, date(2026, 12, 31))) == []
    [row] = referrals.to_send(on(ctx, date(2027, 1, 1)))
    assert row.warning == "Skicka senast 2027-09-02."


def test_r_rv_9_lead_time_per_specialty_comes_from_the_clinic_settings(ctx, january):
    referrals.create(ctx, january, "ortodonti", "Djupt bett")  # default 365 days: latest 2026-12-31
    referrals.create(ctx, january, "endodonti", "Rotfyllning 36")  # default 120 days: not yet
    assert [r.specialty for r in referrals.to_send(ctx)] == ["ortodonti"]
    set_settings(ctx, {REFERRAL_LEAD_DAYS["endodonti"]: "400", REFERRAL_LEAD_DAYS["ortodonti"]: "30"})
    [row] = referrals.to_send(ctx)
    assert row.specialty == "endodonti"
    assert row.deadline.latest_send == date(2026, 11, 26)  # 400 days before 2027-12-31
    assert row.warning == "Skicka senast 2026-11-26."


def test_r_rv_9_an_unreadable_lead_time_setting_falls_back_to_the_default(ctx):
    set_settings(ctx, {REFERRAL_LEAD_DAYS["pedodonti"]: "många", REFERRAL_LEAD_DAYS["protetik"]: "99999"})
    times = referrals.lead_times(ctx)
    assert times["pedodonti"] == times["protetik"] == 120


def test_r_rv_9_a_sent_referral_no_longer_warns_and_waits_for_an_answer(ctx, december):
    referral_id = referrals.create(on(ctx, date(2026, 11, 2)), december, "kakkirurgi", "Retinerad 33")
    referrals.send(on(ctx, date(2026, 11, 2)), referral_id, CLINIC, date(2026, 11, 2), expected_version=1)
    assert referrals.to_send(ctx) == []
    [row] = referrals.awaiting_answer(ctx)
    assert (row.state, row.recipient, row.sent_on, row.days_waiting) == ("sent", CLINIC, date(2026, 11, 2), 20)
    assert row.warning is None


# --- the state machine ---------------------------------------------------------------------------------


def test_referral_goes_from_draft_to_sent_to_answered_to_closed(ctx, january):
    referral_id = _sent(ctx, january)
    referrals.record_answer(ctx, referral_id, ctx.today, "accepted", "Kallas inom 3 månader", expected_version=2)
    assert referrals.awaiting_answer(ctx) == []
    referrals.close(ctx, referral_id, expected_version=3)
    [row] = referrals.patient_referrals(ctx, january)
    assert (row.state_label, row.outcome_label, row.outcome_note) == ("Avslutad", "Antagen", "Kallas inom 3 månader")
    assert row.answered_on == ctx.today


def test_an_answer_cannot_be_recorded_before_the_referral_is_sent(ctx, january):
    referral_id = referrals.create(ctx, january, "pedodonti", "Tandvårdsrädsla")
    with pytest.raises(ServiceError, match="Svar kan bara registreras på en skickad remiss"):
        referrals.record_answer(ctx, referral_id, ctx.today, "accepted", expected_version=1)
    with pytest.raises(ServiceError, match="Bara en besvarad remiss kan avslutas"):
        referrals.close(ctx, referral_id, expected_version=1)


def test_a_referral_is_sent_once_and_an_answered_one_cannot_be_withdrawn(ctx, january):
    referral_id = _sent(ctx, january)
    with pytest.raises(ServiceError, match="Remissen är skickad. Bara en remiss som inte är skickad"):
        referrals.send(ctx, referral_id, CLINIC, ctx.today, expected_version=2)
    referrals.record_answer(ctx, referral_id, ctx.today, "declined", expected_version=2)
    with pytest.raises(ServiceError, match="Remissen är besvarad"):
        referrals.withdraw(ctx, referral_id, expected_version=3)


def test_a_draft_can_be_withdrawn_and_then_nothing_more(ctx, january):
    referral_id = referrals.create(ctx, january, "annan", "Oklar slemhinneförändring")
    referrals.withdraw(ctx, referral_id, expected_version=1)
    [row] = referrals.patient_referrals(ctx, january)
    assert (row.state, row.warning) == ("withdrawn", None)
    with pytest.raises(ServiceError, match="Remissen är återkallad"):
        referrals.send(ctx, referral_id, CLINIC, ctx.today, expected_version=2)


def test_dates_and_texts_are_checked(ctx, january):
    with pytest.raises(UsageError, match="Skriv varför"):
        referrals.create(ctx, january, "pedodonti", "  ")
    with pytest.raises(UsageError, match="Välj vilken specialitet"):
        referrals.create(ctx, january, "kirurgi", "Visdomstand")
    referral_id = referrals.create(ctx, january, "pedodonti", "Tandvårdsrädsla")
    with pytest.raises(UsageError, match="Skriv vilken klinik"):
        referrals.send(ctx, referral_id, " ", ctx.today, expected_version=1)
    with pytest.raises(UsageError, match="efter i dag"):
        referrals.send(ctx, referral_id, CLINIC, date(2026, 11, 23), expected_version=1)
    with pytest.raises(UsageError, match="innan den skrevs"):
        referrals.send(ctx, referral_id, CLINIC, date(2026, 11, 21), expected_version=1)
    referrals.send(ctx, referral_id, CLINIC, ctx.today, expected_version=1)
    with pytest.raises(UsageError, match="innan remissen skickades"):
        referrals.record_answer(ctx, referral_id, date(2026, 11, 21), "accepted", expected_version=2)


def test_a_step_over_a_change_made_elsewhere_is_refused_with_both_versions(ctx, january):
    referral_id = _sent(ctx, january)
    with pytest.raises(ChangedElsewhere) as conflict:
        referrals.withdraw(ctx, referral_id, expected_version=1)  # the window still showed the draft
    assert conflict.value.current_version == 2
    assert ("Status", "Återkallad", "Skickad", True) in conflict.value.rows()


# --- access log and permissions --------------------------------------------------------------------------


def test_every_referral_read_and_write_is_in_the_access_log(ctx, december, january):
    referral_id = referrals.create(ctx, january, "pedodonti", "Tandvårdsrädsla")
    assert (_log(ctx)[0].patient_id, _log(ctx)[0].action, _log(ctx)[0].detail) == (
        january, "write", "remiss skriven: Pedodonti (barn- och ungdomstandvård)")
    referrals.send(ctx, referral_id, CLINIC, ctx.today, expected_version=1)
    assert (_log(ctx)[0].action, _log(ctx)[0].detail) == ("write", "remiss skickad")
    referrals.patient_referrals(ctx, january)
    assert (_log(ctx)[0].patient_id, _log(ctx)[0].action) == (january, "read")
    referrals.awaiting_answer(ctx)
    assert (_log(ctx)[0].patient_id, _log(ctx)[0].detail) == (january, "remisser som väntar på svar")
    referrals.create(ctx, december, "pedodonti", "Tandvårdsrädsla")
    referrals.to_send(ctx)
    assert (_log(ctx)[0].patient_id, _log(ctx)[0].detail) == (december, "remisser som måste skickas")


def test_a_dentist_or_hygienist_writes_referrals_and_reception_records_the_answer(ctx, january):
    reception = on(ctx, ctx.today, RECEPTION)
    with pytest.raises(NotPermitted):
        referrals.create(reception, january, "pedodonti", "Tandvårdsrädsla")
    referral_id = referrals.create(on(ctx, ctx.today, HYGIENIST), january, "parodontologi", "Djupa fickor")
    with pytest.raises(NotPermitted):
        referrals.send(reception, referral_id, CLINIC, ctx.today, expected_version=1)
    referrals.send(on(ctx, ctx.today, DENTIST), referral_id, CLINIC, ctx.today, expected_version=1)
    referrals.record_answer(reception, referral_id, ctx.today, "treated", expected_version=2)
    assert referrals.patient_referrals(reception, january)[0].state == "answered"
    assert rules.STATES["answered"] == "Besvarad"
