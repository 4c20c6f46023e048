"""The recall worklist and staff's handling of recalls, kept apart from the computed due date."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry, RevisionDue
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import examinations, recall
from klinik_app.services.errors import UsageError
from klinik_app.services.settings import set_setting
from tests.conftest import TODAY
from tests.factories import add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST_A, DENTIST_B = "SE2321000222-T0001", "SE2321000222-T0002"
MONTH = recall.WorklistFilter(date(2026, 12, 1), date(2026, 12, 31))


def _exam(ctx, pid: int, on: date, interval: int, role: str = "tandlakare") -> None:
    examinations.record_examination(ctx, pid, ExamInput(on, role, DENTIST_A, Risks(1, 0, 0, 0), interval,
                                                        tobacco="ingen", bite_check=True))


@pytest.fixture
def clinic(ctx):
    """Five listed patients with known due dates (TODAY = 2026-11-22)."""
    p = {}
    p["ella"] = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val", dentist=DENTIST_A)
    _exam(ctx, p["ella"], date(2025, 12, 14), 12)  # due 2026-12-14, 11 then: dentist (R-RV-6)
    p["omar"] = add_patient(ctx, pnr(date(2008, 2, 2)), "Omar", "Haddad", listing="icke-val", dentist=DENTIST_B,
                            municipality="2482")
    _exam(ctx, p["omar"], date(2025, 12, 3), 12)  # due 2026-12-03, 18: hygienist possible
    p["alva"] = add_patient(ctx, pnr(date(2009, 8, 8)), "Alva", "Berg", listing="val", dentist=DENTIST_A)
    _exam(ctx, p["alva"], date(2025, 8, 1), 12)  # due 2026-08-01: overdue 113 days
    p["nils"] = add_patient(ctx, pnr(date(2009, 9, 9)), "Nils", "Ek", listing="val")
    _exam(ctx, p["nils"], date(2025, 11, 1), 12)  # due 2026-11-01: overdue 21 days, no dentist
    p["later"] = add_patient(ctx, pnr(date(2009, 10, 10)), "Lisa", "Sjö", listing="val", dentist=DENTIST_A)
    _exam(ctx, p["later"], date(2026, 10, 10), 12)  # due 2027-10-10: not this month
    return p


def _names(worklist) -> list[str]:
    return [i.name.split(",")[0] for i in worklist.items]


def test_the_worklist_holds_the_period_and_the_overdue_sorted_by_date_with_the_rule_in_words(ctx, clinic):
    w = recall.worklist(ctx, MONTH)
    assert _names(w) == ["Berg", "Ek", "Haddad", "Lind"]
    berg = w.items[0]
    assert (berg.due, berg.overdue_days, berg.status) == (date(2026, 8, 1), 113, recall.NOT_CONTACTED)
    assert berg.explanation.startswith("Revision senast 2026-08-01: planerat revisionsintervall 12 månader")
    lind = w.items[-1]
    assert lind.requires_dentist and "R-RV-6" in lind.explanation and lind.dentist_hsa_id == DENTIST_A
    with ctx.sessions() as s:
        entry = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc())).first()
    assert (entry.action, entry.patient_id) == ("list", None) and "4 patienter" in entry.detail
    assert _names(recall.worklist(ctx, recall.WorklistFilter(MONTH.first, MONTH.last, include_overdue=False))) == [
        "Haddad", "Lind"]


@pytest.mark.parametrize(("kw", "expected"), [
    ({"requires_dentist": True}, ["Lind"]),
    ({"requires_dentist": False}, ["Berg", "Ek", "Haddad"]),
    ({"dentist_hsa_id": DENTIST_A}, ["Berg", "Lind"]),
    ({"dentist_hsa_id": ""}, ["Ek"]),
    ({"municipality_code": "2482"}, ["Haddad"]),
    ({"listing_type": "icke-val"}, ["Haddad"]),
    ({"overdue_more_than": 90}, ["Berg"]),
    ({"overdue_more_than": 21}, ["Berg"]),
    ({"overdue_more_than": 20}, ["Berg", "Ek"]),
])
def test_the_worklist_filters(ctx, clinic, kw, expected):
    assert _names(recall.worklist(ctx, recall.WorklistFilter(MONTH.first, MONTH.last, **kw))) == expected


def test_an_override_moves_the_patient_in_the_list_and_never_the_computed_date(ctx, clinic):
    recall.set_override(ctx, clinic["later"], date(2026, 12, 20), "vill komma före sin flytt")
    w = recall.worklist(ctx, MONTH)
    lisa = w.items[-1]
    assert (lisa.name, lisa.effective_due, lisa.due) == ("Sjö, Lisa", date(2026, 12, 20), date(2027, 10, 10))
    with ctx.sessions() as s:
        assert s.get(RevisionDue, clinic["later"]).due == date(2027, 10, 10)
    with pytest.raises(UsageError, match="orsak"):
        recall.set_override(ctx, clinic["ella"], date(2027, 1, 5), " ")
    with pytest.raises(UsageError, match="förflutna"):
        recall.set_override(ctx, clinic["ella"], date(2026, 11, 1), "fel")
    recall.set_override(ctx, clinic["later"], None)
    assert "Sjö" not in _names(recall.worklist(ctx, MONTH))


def test_a_paused_recall_leaves_the_list_until_its_date_and_shows_under_its_own_filter(ctx, clinic):
    assert recall.disable(ctx, [clinic["alva"]], date(2027, 3, 1), "utlandsvistelse") == 1
    assert "Berg" not in _names(recall.worklist(ctx, MONTH))
    paused = recall.worklist(ctx, recall.WorklistFilter(MONTH.first, MONTH.last, status=recall.PAUSED))
    assert _names(paused) == ["Berg"] and paused.items[0].status_label(TODAY) == "Pausad till 2027-03-01"
    with pytest.raises(UsageError, match="efter i dag"):
        recall.disable(ctx, [clinic["ella"]], TODAY, "x")
    with pytest.raises(UsageError, match="orsak"):
        recall.disable(ctx, [clinic["ella"]], date(2027, 1, 1), "")
    recall.enable(ctx, [clinic["alva"]])
    assert "Berg" in _names(recall.worklist(ctx, MONTH))


def test_statuses_are_set_in_bulk_and_every_contact_is_on_record(ctx, clinic):
    assert recall.set_status(ctx, [clinic["ella"], clinic["omar"]], recall.BOOKED, "bokad 2026-12-10") == 2
    booked = recall.worklist(ctx, recall.WorklistFilter(MONTH.first, MONTH.last, status=recall.BOOKED))
    assert _names(booked) == ["Haddad", "Lind"] and booked.items[0].status_label(TODAY) == "Bokad"
    not_contacted = recall.worklist(ctx, recall.WorklistFilter(MONTH.first, MONTH.last, status=recall.NOT_CONTACTED))
    assert _names(not_contacted) == ["Berg", "Ek"]
    contacts = recall.contacts_of(ctx, clinic["ella"])
    assert [(c.kind, c.status, c.note, c.by) for c in contacts] == [
        ("status", "booked", "bokad 2026-12-10", ctx.actor.user_id)]
    with pytest.raises(UsageError):
        recall.set_status(ctx, [clinic["ella"]], "glömd")


def test_reminders_follow_the_cadence_and_maximum_from_the_clinic_settings(ctx, clinic, db_path):
    from tests.conftest import make_ctx

    set_setting(ctx, recall.REMINDER_DAYS, "14")
    set_setting(ctx, recall.MAX_REMINDERS, "1")
    with ctx.begin() as s:
        recall.record_letters(s, ctx, [clinic["ella"]])  # the summons, 2026-11-22

    def reminder_due(today: date) -> list[str]:
        later = make_ctx(db_path, today=today)
        try:
            w = recall.worklist(later, recall.WorklistFilter(MONTH.first, MONTH.last, status="reminder"))
            return _names(w)
        finally:
            later.close()

    assert reminder_due(date(2026, 12, 5)) == []
    assert reminder_due(date(2026, 12, 6)) == ["Lind"]
    later = make_ctx(db_path, today=date(2026, 12, 6))
    with later.begin() as s:
        recall.record_letters(s, later, [clinic["ella"]])  # the one reminder allowed
    item = next(i for i in recall.worklist(later, MONTH).items if i.patient_id == clinic["ella"])
    later.close()
    assert (item.summons_count, item.last_summons_on, item.reminders_exhausted) == (2, date(2026, 12, 6), True)
    assert item.status_label(date(2026, 12, 6)) == "Kallad 2 gånger, senast 2026-12-06"
    assert reminder_due(date(2027, 1, 30)) == []  # the maximum reached: staff call instead
    assert [c.kind for c in recall.contacts_of(ctx, clinic["ella"])] == ["reminder", "summons"]


def test_a_bad_setting_falls_back_to_the_default_cadence(ctx):
    set_setting(ctx, recall.REMINDER_DAYS, "tre veckor")
    assert recall.reminder_policy(ctx) == recall.ReminderPolicy(recall.DEFAULT_REMINDER_DAYS,
                                                                 recall.DEFAULT_MAX_REMINDERS)


def test_r_tg_4_a_protected_patients_municipality_is_neither_shown_nor_filtered_on(ctx, clinic):
    secret = add_patient(ctx, pnr(date(2012, 4, 4)), "Sam", "Dold", listing="val", municipality="2482", protected=True)
    _exam(ctx, secret, date(2025, 12, 1), 12)
    items = recall.worklist(ctx, MONTH).items
    dold = next(i for i in items if i.patient_id == secret)
    assert dold.protected and dold.municipality == ""
    assert next(i for i in items if i.patient_id == clinic["omar"]).municipality == "Skellefteå"
    assert _names(recall.worklist(ctx, recall.WorklistFilter(MONTH.first, MONTH.last, municipality_code="2482"))) == [
        "Haddad"]
