"""The register as the window asks for it (issue 6 performance): the newest page of lines, and an
overdue filter narrowed in SQL that still finds exactly the lines the rules call overdue (R-DV-2)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from klinik_app.domain import deviations as dv
from klinik_app.domain.deviations import PlannedAction, Report
from klinik_app.services import deviations as svc
from klinik_app.services.context import ServiceContext

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _report(ctx, what, category=dv.OWN):
    other = "Folktandvården Umeå" if category in dv.WITH_OTHER_PARTY else ""
    return svc.report_deviation(ctx, Report(what, ctx.today, "Kliniken", category, other_party=other)).id


def test_r_dv_2_the_overdue_filter_finds_exactly_the_overdue_lines(ctx):
    _report(ctx, "Inkommande utan svar", dv.INCOMING)
    answered = _report(ctx, "Inkommande med svar", dv.INCOMING)
    svc.record_answer(ctx, answered, "Svar", ctx.today)
    _report(ctx, "Utgående utan svar", dv.OUTGOING)
    late = _report(ctx, "Egen med åtgärd")
    svc.start_investigation(ctx, late, "Vera")
    svc.decide_actions(ctx, late, [PlannedAction("Rutin", "Vera", ctx.today)])
    cooperation = _report(ctx, "Samverkan med plan", dv.COOPERATION)
    svc.start_investigation(ctx, cooperation, "Vera")
    svc.decide_actions(ctx, cooperation, [PlannedAction("Möte", "Vera", ctx.today + timedelta(days=90))])
    _report(ctx, "Egen utan åtgärd")
    later = ServiceContext(ctx.engine, actor=ctx.actor, today=ctx.today + timedelta(days=30))
    every = svc.deviation_register(later)
    overdue = svc.deviation_register(later, overdue_only=True)
    assert {r.summary for r in overdue} == {r.summary for r in every if r.overdue} == {
        "Inkommande utan svar", "Utgående utan svar", "Egen med åtgärd", "Samverkan med plan"}


def test_the_register_page_holds_the_newest_lines(ctx):
    for n in range(5):
        _report(ctx, f"Avvikelse {n}")
    page = svc.deviation_register(ctx, limit=3)
    assert [r.summary for r in page] == ["Avvikelse 4", "Avvikelse 3", "Avvikelse 2"]
    assert len(svc.deviation_register(ctx, overdue_only=True, limit=3)) == 0
