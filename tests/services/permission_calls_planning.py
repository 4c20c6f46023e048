"""The service calls of test_permissions for issue 12's planning actions (see test_permissions._act).

`calls(ctx, w)` returns {Action: zero-argument callable}; `ctx` acts in the role under test."""

from __future__ import annotations

from klinik_app.domain import permissions as perm
from klinik_app.domain.capacity import WorkPeriod
from klinik_app.services import capacity, revision_forecast
from tests.factories import add_staff

HYGIENIST = "SE2321000222-H0009"


def _save_hours(ctx) -> None:
    add_staff(ctx, HYGIENIST, "Hanna Hygienist", "tandhygienist")  # whose hours are saved (test data, no use case)
    capacity.save_hours(ctx, HYGIENIST, [WorkPeriod(0, 8 * 60, 12 * 60, 100)], [],
                        expected_version=capacity.hours_version(ctx, HYGIENIST))


def calls(ctx, w) -> dict:
    return {perm.PLANNING_READ: lambda: revision_forecast.forecast(ctx),
            perm.PLANNING_MANAGE: lambda: _save_hours(ctx)}
