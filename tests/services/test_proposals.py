"""Proposed revision times on the database (issue 12 parts 3-4): propose, adjust, accept, summon with
the time, confirm, and the unconfirmed phone list. Both backends.

Today is Sunday 2026-11-22; the period is December 2026 (julafton, juldagen and annandag jul are
not worked)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry, Appointment
from klinik_app.domain.capacity import WorkPeriod
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import appointments, capacity, examinations, patients, proposals, recall, summons
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.errors import UsageError
from klinik_app.services.settings import SCHOOL_HOURS, set_setting
from tests.factories import add_appointment, add_patient, add_staff, pnr
from tests.letters.pdf import page_texts

pytestmark = pytest.mark.backends("sqlite", "postgresql")

TINA, HUGO = "SE2321000222-T0001", "SE2321000222-H0001"
FIRST, LAST = date(2026, 12, 1), date(2026, 12, 31)


def _exam(ctx, pid: int, on: date) -> None:
    examinations.record_examination(ctx, pid, ExamInput(on, "tandlakare", TINA, Risks(1, 0, 0, 0), 12,
                                                        tobacco="ingen", bite_check=True))


@pytest.fixture
def clinic(ctx):
    ctx.now = lambda: datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    add_staff(ctx, TINA, "Tina Tand", "tandlakare")
    add_staff(ctx, HUGO, "Hugo Hygien", "tandhygienist")
    for who in (TINA, HUGO):
        capacity.save_hours(ctx, who, [WorkPeriod(d, 8 * 60, 17 * 60, 100) for d in range(5)], [],
                            expected_version=capacity.hours_version(ctx, who))
    p = {}
    p["ella"] = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val", street="Björkvägen 3",
                            guardians=["Anna Lind"], dentist=TINA)
    p["vilgot"] = add_patient(ctx, pnr(date(2018, 6, 1)), "Vilgot", "Lind", listing="val", street="Björkvägen 3",
                              guardians=["Per Lind"], dentist=TINA)
    p["nora"] = add_patient(ctx, pnr(date(2005, 4, 4)), "Nora", "Berg", listing="val", street="Tallgatan 4")
    p["omar"] = add_patient(ctx, pnr(date(2006, 1, 9)), "Omar", "Haddad", listing="val", street="Ekvägen 1")
    p["bo"] = add_patient(ctx, pnr(date(2007, 2, 2)), "Bo", "Ek", listing="val", street="Aspvägen 2")
    p["lo"] = add_patient(ctx, pnr(date(2007, 3, 3)), "Lo", "Ek", listing="val", street="Aspvägen 9")
    for name, on in (("ella", date(2025, 12, 14)), ("vilgot", date(2025, 12, 2)), ("nora", date(2025, 11, 1)),
                     ("omar", date(2025, 12, 20)), ("bo", date(2025, 12, 10)), ("lo", date(2025, 12, 11))):
        _exam(ctx, p[name], on)
    card = patients.get_patient_card(ctx, p["omar"])
    patients.set_language(ctx, p["omar"], "Arabiska", True, expected_version=card.row_version)
    add_appointment(ctx, p["bo"], datetime(2026, 12, 9, 10, 0), minutes=45, caregiver=TINA)  # booked already
    recall.set_status(ctx, [p["lo"]], recall.DECLINED)
    return p


def _by_patient(result):
    return {row.patient_id: row for row in result.rows}


def test_proposals_for_december_keep_due_dates_roles_siblings_and_the_interpreter(ctx, clinic):
    result = proposals.propose(ctx, FIRST, LAST)
    rows = _by_patient(result)
    assert set(rows) == {clinic["ella"], clinic["vilgot"], clinic["nora"], clinic["omar"]}  # not Bo (booked), not Lo
    assert result.unplaced == []
    nora = rows[clinic["nora"]].proposal  # overdue since 1 November: the first time of the period
    assert (nora.starts, nora.caregiver_hsa_id, nora.overdue) == (datetime(2026, 12, 1, 8, 0), HUGO, True)
    vilgot, ella = rows[clinic["vilgot"]].proposal, rows[clinic["ella"]].proposal  # siblings, 8 and 11: the dentist
    assert (vilgot.starts, ella.starts) == (datetime(2026, 12, 2, 8, 0), datetime(2026, 12, 2, 8, 45))
    assert vilgot.caregiver_hsa_id == ella.caregiver_hsa_id == TINA and vilgot.household == ella.household != ""
    omar = rows[clinic["omar"]].proposal  # due Sunday 20 December: Friday the 18th, 45 + 15 minutes with interpreter
    assert (omar.starts, omar.minutes, omar.interpreter, omar.caregiver_hsa_id) == (
        datetime(2026, 12, 18, 8, 0), 60, "arabiska", HUGO)
    assert rows[clinic["omar"]].patient_name == "Omar Haddad" and rows[clinic["omar"]].caregiver_name == "Hugo Hygien"
    with ctx.sessions() as s:  # the patients were read from the worklist: logged (R-SE-2)
        assert s.scalars(select(AccessLogEntry.detail).where(AccessLogEntry.action == "list")).all()


def test_school_hours_setting_moves_school_children_after_school(ctx, clinic):
    set_setting(ctx, SCHOOL_HOURS, "08:00-15:00")
    rows = _by_patient(proposals.propose(ctx, FIRST, LAST))
    assert rows[clinic["vilgot"]].proposal.starts == datetime(2026, 12, 2, 15, 0)
    assert rows[clinic["ella"]].proposal.starts == datetime(2026, 12, 2, 15, 45)
    rows = _by_patient(proposals.propose(ctx, FIRST, LAST, avoid_school_hours=False))
    assert rows[clinic["vilgot"]].proposal.starts == datetime(2026, 12, 2, 8, 0)


def test_only_the_chosen_caregivers_get_proposals(ctx, clinic):
    result = proposals.propose(ctx, FIRST, LAST, caregivers=[HUGO])
    assert {row.proposal.caregiver_hsa_id for row in result.rows} == {HUGO}
    assert {u.patient_id for u in result.unplaced} == {clinic["ella"], clinic["vilgot"]}  # they need the dentist
    assert all("tandläkare under perioden" in u.reason for u in result.unplaced)


def test_staff_may_move_a_proposal_but_never_after_the_due_date_nor_to_the_wrong_role(ctx, clinic):
    result = proposals.propose(ctx, FIRST, LAST)
    ella = _by_patient(result)[clinic["ella"]]
    moved = proposals.move_proposal(result, ella, datetime(2026, 12, 14, 13, 0), TINA)
    assert moved.proposal.starts == datetime(2026, 12, 14, 13, 0)
    with pytest.raises(UsageError, match="senast 2026-12-14"):
        proposals.move_proposal(result, ella, datetime(2026, 12, 15, 8, 0), TINA)
    with pytest.raises(UsageError, match="tandläkare"):
        proposals.move_proposal(result, ella, datetime(2026, 12, 10, 8, 0), HUGO)
    nora = _by_patient(result)[clinic["nora"]]  # overdue: any day of the period
    assert proposals.move_proposal(result, nora, datetime(2026, 12, 30, 9, 0), TINA).caregiver_name == "Tina Tand"


def test_r_ab_3_accepted_proposals_are_booked_but_not_agreed_and_go_out_in_the_summons_with_their_time(
        ctx, clinic, tmp_path):
    result = proposals.propose(ctx, FIRST, LAST)
    accepted = proposals.accept(ctx, result.rows)
    assert set(accepted.booked) == {row.patient_id for row in result.rows} and accepted.refused == []
    with ctx.sessions() as s:
        booked = s.scalars(select(Appointment).where(Appointment.id.in_(accepted.booked.values()))).all()
    assert all(a.status == "booked" and not a.agreed and a.kind == "revision" for a in booked)
    assert {a.interpreter_language for a in booked} == {None, "arabiska"}

    path = tmp_path / "kallelser.pdf"
    sent = summons.summons_batch(ctx, list(accepted.booked), path)
    assert sorted(sent.summoned) == sorted(accepted.booked)
    texts = page_texts(path)
    lind = next(t for t in texts if "Björkvägen 3" in t and "Anna Lind" in t)
    assert "onsdag 2 december 2026 kl. 08.00 hos tandläkare Tina Tand" in " ".join(lind.split())
    omar = " ".join(next(t for t in texts if "Ekvägen 1" in t).split())
    assert "fredag 18 december 2026 kl. 08.00 hos tandhygienist Hugo Hygien, med tolk på arabiska" in omar
    assert "Tiden är ett förslag från oss och gäller när du har bekräftat den" in omar
    assert "senast 11 december 2026" in omar  # a week before the time


def test_r_ab_3_a_no_show_from_an_unconfirmed_proposal_carries_no_fee_and_a_confirmed_one_is_agreed(ctx, clinic):
    accepted = proposals.accept(ctx, proposals.propose(ctx, FIRST, LAST).rows)
    nora, omar = accepted.booked[clinic["nora"]], accepted.booked[clinic["omar"]]
    ctx.now, ctx.today = lambda: datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc), date(2026, 12, 1)
    outcome = appointments.set_outcome(ctx, nora, "no-show", expected_version=appointments.get(ctx, nora).row_version)
    assert outcome.fee_sek is None and appointments.get(ctx, nora).fee_sek is None
    appointments.confirm(ctx, omar, "patient", "telefon", expected_version=appointments.get(ctx, omar).row_version)
    assert appointments.get(ctx, omar).agreed
    with ctx.sessions() as s:
        assert recall.state_of(s, ctx, clinic["omar"]).status == recall.BOOKED


def test_a_proposal_whose_time_was_taken_meanwhile_is_left_out_and_named(ctx, clinic):
    result = proposals.propose(ctx, FIRST, LAST)
    add_appointment(ctx, clinic["bo"], datetime(2026, 12, 1, 8, 15), minutes=30, caregiver=HUGO, kind="treatment")
    accepted = proposals.accept(ctx, result.rows)
    assert [row.patient_id for row, _why in accepted.refused] == [clinic["nora"]]
    assert "krockar" in accepted.refused[0][1]
    assert clinic["nora"] not in accepted.booked and len(accepted.booked) == 3
    again = proposals.propose(ctx, FIRST, LAST)  # the others are booked now: only Nora is proposed, after Bo's time
    assert [(r.patient_id, r.proposal.starts) for r in again.rows] == [(clinic["nora"], datetime(2026, 12, 1, 8, 45))]


def test_the_unconfirmed_times_of_the_coming_week_are_the_phone_list(ctx, clinic):
    accepted = proposals.accept(ctx, proposals.propose(ctx, FIRST, LAST).rows)
    ctx.today = date(2026, 11, 26)
    listed = proposals.unconfirmed(ctx, days=7)  # 26 November - 3 December: Nora, Vilgot, Ella (not Omar, the 18th)
    assert [u.row.patient_id for u in listed] == [clinic["nora"], clinic["vilgot"], clinic["ella"]]
    assert listed[1].phones == "Per Lind 070-111 22 33"  # a child: the guardian is called
    assert listed[0].phones == "telefon saknas"
    ella = accepted.booked[clinic["ella"]]
    appointments.confirm(ctx, ella, "Anna Lind", "telefon", expected_version=appointments.get(ctx, ella).row_version)
    assert [u.row.patient_id for u in proposals.unconfirmed(ctx, days=7)] == [clinic["nora"], clinic["vilgot"]]


def test_a_period_before_today_or_longer_than_a_quarter_is_refused_in_swedish(ctx, clinic):
    with pytest.raises(UsageError, match="före i dag"):
        proposals.propose(ctx, date(2026, 10, 1), date(2026, 10, 31))
    with pytest.raises(UsageError, match="tre månader"):
        proposals.propose(ctx, FIRST, date(2027, 6, 30))


def test_the_language_needs_a_name_when_an_interpreter_is_needed(ctx, clinic):
    card = patients.get_patient_card(ctx, clinic["nora"])
    with pytest.raises(UsageError, match="språk"):
        patients.set_language(ctx, clinic["nora"], "  ", True, expected_version=card.row_version)
    card = patients.get_patient_card(ctx, clinic["omar"])
    assert (card.language, card.interpreter_needed) == ("arabiska", True)
