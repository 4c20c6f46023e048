"""Issue 13 part 2: a re-choice to another clinic (`omval`) opens the record-copy task, once."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from klinik_app.db.models import Task
from klinik_app.domain.record_copy import TASK_DAYS, TASK_KIND
from klinik_app.services import sync
from tests.conftest import CLINIC_HSA_ID, TODAY
from tests.sync import test_pull
from tests.sync.test_pull import local_patient, pull_only

connect_other = test_pull.connect_other  # the fixture: another clinic registers the person's choice


def test_re_choice_opens_the_record_copy_task_exactly_once(ctx, twin, region, settings, connect_other):
    _, moving = twin(date(2013, 6, 7), local=False, assign=CLINIC_HSA_ID)
    _, staying = twin(date(2014, 2, 3), first="Kim", last="Berg", local=False, assign=CLINIC_HSA_ID)
    sync.run_cycle(ctx, settings)
    connect_other(moving)  # the family chooses another clinic
    assert sync.run_cycle(ctx, settings).exit_code == 0
    assert sync.run_cycle(ctx, settings).exit_code == 0  # the same entries again (_since is inclusive)
    pull_only(ctx, settings)
    with ctx.sessions() as s:
        tasks = s.scalars(select(Task).where(Task.kind == TASK_KIND)).all()
    assert [(t.patient_id, t.role, t.state, t.opened_on, t.due_on) for t in tasks] == [
        (local_patient(ctx, moving.identity).id, "reception", "open", TODAY, TODAY + timedelta(days=TASK_DAYS))]
    assert local_patient(ctx, staying.identity).id != tasks[0].patient_id
