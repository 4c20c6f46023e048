"""The service calls of test_permissions for issue 5's absence actions (see test_permissions._act).

`calls(ctx, w)` returns {Action: zero-argument callable}; `ctx` acts in the role under test, `w` is
the world fixture of test_permissions. Anything a call needs first is set up by a permitted actor."""

from __future__ import annotations

from datetime import timedelta

from klinik_app.db.models import Task
from klinik_app.domain import permissions as perm
from klinik_app.services import absence


def _open_task(ctx, patient_id: int, kind: str) -> int:
    """An open task written straight through the model, as after_outcome leaves it (no access log
    entry, so a refused call is seen to log nothing)."""
    now = ctx.now()
    with ctx.begin() as s:
        task = Task(kind=kind, patient_id=patient_id, role=absence.TASK_ROLES[kind], state="open",
                    opened_on=ctx.today - timedelta(days=1), due_on=ctx.today + timedelta(days=13),
                    created_at=now, created_by="test", modified_at=now, modified_by="test")
        s.add(task)
        s.flush()
        return task.id


def calls(ctx, w) -> dict:
    return {
        perm.ABSENCE_LETTER: lambda: absence.mark_letter_sent(
            ctx, _open_task(ctx, w["ella"], absence.WRITTEN_INFORMATION), ctx.today, expected_version=1),
        perm.CHILD_AT_RISK_DECIDE: lambda: absence.decide_child_at_risk(
            ctx, _open_task(ctx, w["ella"], absence.CHILD_AT_RISK), False, reason="Familjen har flyttat från orten",
            expected_version=1),
    }
