"""The demo clinic's planning data: the Planering board has chair time to set the forecast against,
one planned leave makes a short week, and the Remisser worklists are not empty (issue 12)."""

from __future__ import annotations

from klinik_app.domain.capacity import ABSENCE
from klinik_app.domain.revision_forecast import WEEK
from klinik_app.services import capacity, referrals


def test_every_demo_dentist_and_hygienist_has_working_hours_and_one_has_a_leave(demo_ctx):
    people = capacity.caregivers(demo_ctx)
    assert people and all(len(p.caregiver.periods) == 5 for p in people)
    assert sum(1 for p in people for e in p.caregiver.exceptions if e.kind == ABSENCE) == 1
    weeks = capacity.plan(demo_ctx).capacity[WEEK]
    assert sum(w.dentist + w.hygienist for w in weeks.values()) > 0


def test_the_demo_has_referrals_to_send_and_referrals_waiting_for_an_answer(demo_ctx):
    waiting = referrals.awaiting_answer(demo_ctx)
    assert waiting and all(r.recipient for r in waiting)
    assert referrals.to_send(demo_ctx)  # drafts of patients near the end of free care: "skicka senast"
