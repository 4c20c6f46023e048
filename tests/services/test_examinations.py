"""Examinations entered at the clinic: stored with their flags, due date, recall cycle, report and log."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from klinik_app.db.models import AccessLogEntry, Examination, OutboxItem, RecallContact, RevisionDue
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import examinations, recall
from klinik_app.services.errors import ServiceError
from tests.factories import add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST_HSA = "SE2321000222-T0001"
HYGIENIST_HSA = "SE2321000222-H0001"


def _revision(on: date, *, role: str = "tandlakare", interval: int = 12, risks=(1, 0, 0, 0), tobacco: str | None = None,
              bite_check: bool | None = True, hsa: str | None = DENTIST_HSA) -> ExamInput:
    return ExamInput(on, role, hsa, Risks(*risks), interval, deft=0, dft=0, tobacco=tobacco, bite_check=bite_check)


def _count(ctx, model, *where) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_r_rv_8_a_revision_is_stored_reported_and_sets_the_due_date_at_once(ctx):
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val")
    done = examinations.record_examination(ctx, pid, _revision(date(2026, 11, 20)))

    assert (done.due.due, done.due.reason) == (date(2027, 11, 20), "planned-interval")
    assert done.due.requires_dentist  # 12 on the due date: the bite check is a dentist's (R-RV-6)
    assert "planerat revisionsintervall 12 månader" in done.explanation and "R-RV-6" in done.explanation
    assert done.queued_for_region and done.flags == ()
    with ctx.sessions() as s:
        exam = s.get(Examination, done.examination_id)
        item = s.scalars(select(OutboxItem)).one()
        stored = s.get(RevisionDue, pid)
        log = s.scalars(select(AccessLogEntry).where(AccessLogEntry.patient_id == pid)).all()
    assert (exam.origin, exam.flags, exam.created_by) == ("local", None, ctx.actor.user_id)
    assert (item.kind, item.payload, item.patient_id) == ("revision-report", {"examination_uuid": exam.uuid}, pid)
    assert (stored.due, stored.last_exam) == (date(2027, 11, 20), date(2026, 11, 20))
    assert [e.action for e in log] == ["write"]


def test_r_rv_5_a_nurses_tandhalsokontroll_is_stored_never_reported_and_moves_no_date(ctx):
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val")
    examinations.record_examination(ctx, pid, _revision(date(2025, 11, 20)))
    with ctx.sessions() as s:
        before = s.get(RevisionDue, pid).due
    done = examinations.record_examination(ctx, pid, ExamInput(date(2026, 11, 20), "tandskoterska", None))

    assert done.due.due == before == date(2026, 11, 20)
    assert not done.queued_for_region
    assert _count(ctx, OutboxItem) == 1  # the earlier revision only


def test_r_tg_4_a_protected_patients_revision_is_stored_and_never_queued(ctx):
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val", protected=True)
    done = examinations.record_examination(ctx, pid, _revision(date(2026, 11, 20)))
    assert not done.queued_for_region
    assert _count(ctx, OutboxItem) == 0 and _count(ctx, Examination) == 1


def test_r_rv_2_an_interval_above_the_cap_is_stored_flagged_and_the_cap_sets_the_date(ctx):
    pid = add_patient(ctx, pnr(date(2010, 5, 31)), "Omar", "Haddad", listing="val")  # 16 at the examination
    done = examinations.record_examination(ctx, pid, _revision(date(2026, 11, 20), interval=48, tobacco="ingen",
                                                               bite_check=None))
    assert [f.rule for f in done.flags] == ["R-RV-2"]
    assert (done.due.due, done.due.reason) == (date(2029, 11, 20), "interval-cap")
    overview = examinations.revision_overview(ctx, pid)
    line = overview.exams[0]
    assert (line.planned_interval_months, line.used_interval_months, line.flags) == (48, 36, "R-RV-2")


def test_r_rv_7_tobacco_missing_from_13_is_flagged_not_refused(ctx):
    pid = add_patient(ctx, pnr(date(2013, 11, 20)), "Alva", "Berg", listing="val")  # 13 on the day
    done = examinations.record_examination(ctx, pid, _revision(date(2026, 11, 20), tobacco=None))
    assert [f.rule for f in done.flags] == ["R-RV-7"]
    with ctx.sessions() as s:
        assert s.scalar(select(Examination.flags)) == "R-RV-7"


def test_r_rv_6_a_hygienists_revision_of_a_ten_year_old_is_flagged(ctx):
    pid = add_patient(ctx, pnr(date(2016, 1, 1)), "Ali", "Demir", listing="val")
    done = examinations.record_examination(ctx, pid, _revision(date(2026, 11, 20), role="tandhygienist",
                                                               hsa=HYGIENIST_HSA, bite_check=None))
    assert [f.rule for f in done.flags] == ["R-RV-6"]


@pytest.mark.parametrize(("exam", "words"), [
    (_revision(date(2026, 11, 20), risks=(None, 0, 0, 0)), "Risk för karies saknas"),
    (_revision(date(2026, 11, 23)), "ligger i framtiden"),
    (_revision(date(2026, 11, 20), hsa=None), "HSA-id saknas"),
    (_revision(date(2026, 11, 20), interval=0), "1–72"),
])
def test_r_rv_1_values_that_cannot_be_stored_are_refused_and_nothing_is_written(ctx, exam, words):
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val")
    with pytest.raises(examinations.ExamRefused) as refused:
        examinations.record_examination(ctx, pid, exam)
    assert words in refused.value.message
    assert _count(ctx, Examination) == _count(ctx, OutboxItem) == _count(ctx, AccessLogEntry) == 0


def test_the_same_examination_twice_is_refused_with_a_swedish_message(ctx):
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val")
    examinations.record_examination(ctx, pid, _revision(date(2026, 11, 20)))
    with pytest.raises(ServiceError, match="Det finns redan en undersökning av tandläkare 2026-11-20"):
        examinations.record_examination(ctx, pid, _revision(date(2026, 11, 20)))
    assert _count(ctx, Examination) == 1


def test_a_new_latest_revision_starts_a_new_recall_cycle_an_older_one_does_not(ctx):
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val")
    examinations.record_examination(ctx, pid, _revision(date(2024, 11, 20)))
    with ctx.begin() as s:
        recall.record_letters(s, ctx, [pid])
    recall.set_override(ctx, pid, date(2027, 1, 15), "önskar tid efter jul")

    examinations.record_examination(ctx, pid, _revision(date(2023, 11, 20)))  # entered late: an older one
    with ctx.sessions() as s:
        assert recall.state_of(s, ctx, pid).status == recall.SUMMONED

    examinations.record_examination(ctx, pid, _revision(date(2026, 11, 21)))
    with ctx.sessions() as s:
        state = recall.state_of(s, ctx, pid)
    assert (state.status, state.summons_count, state.override_due) == (recall.NOT_CONTACTED, 0, None)
    assert state.contacts[0].kind == "reset" and "2026-11-21" in state.contacts[0].note
    assert _count(ctx, RecallContact) == 3  # summons, override, reset


def test_r_rv_9_the_overview_lists_the_history_newest_first_and_warns_in_the_year_of_23(ctx):
    pid = add_patient(ctx, pnr(date(2003, 6, 1)), "Nora", "Ek", listing="val")
    examinations.record_examination(ctx, pid, _revision(date(2024, 6, 3), interval=24, tobacco="snus", bite_check=None))
    examinations.record_examination(ctx, pid, ExamInput(date(2025, 6, 3), "tandskoterska", None, tobacco="snus"))

    overview = examinations.revision_overview(ctx, pid)
    assert [(e.examined_on, e.role_label) for e in overview.exams] == [
        (date(2025, 6, 3), "Tandsköterska"), (date(2024, 6, 3), "Tandläkare")]
    assert overview.exams[1].risk_group == 1 and overview.exams[0].used_interval_months is None
    assert overview.due.due == date(2026, 6, 3) and overview.due.reason == "planned-interval"
    assert overview.care_end_warning.startswith("Fri tandvård upphör 2026-12-31")
    with ctx.sessions() as s:
        assert s.scalar(select(AccessLogEntry.detail).order_by(AccessLogEntry.id.desc()).limit(1)) == "revisionshistorik"
