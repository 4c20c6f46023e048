"""R-SE-1..3: every role x action pair of the permission table, through the real service.

Each pair runs on its own database: the service call either does its work (an allowed role) or is
refused with NotPermitted before it touches anything, and the refusal is a security event."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from klinik_app.db.models import AccessLogEntry, SecurityEvent
from klinik_app.domain import permissions as perm
from klinik_app.domain.deviations import OWN, Report
from klinik_app.domain.examination import DENTIST, NURSE, ExamInput, Risks
from klinik_app.services import (
    accounts,
    audit,
    backup,
    deviations,
    examinations,
    listing,
    listing_documents,
    listing_stop,
    patient_import,
    patients,
    recall,
    settings,
    snapshots,
    sync,
)
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.permissions import NotPermitted
from tests.factories import add_patient, pnr
from tests.services import (
    permission_calls_absence,
    permission_calls_archive,
    permission_calls_appointments,
    permission_calls_follow_up,
    permission_calls_planning,
    permission_calls_record_copy,
    permission_calls_referrals,
    permission_calls_treatments,
)

# SQLite only: the subject is the role x action table, checked before any query and the same on either
# backend; its backup actions need an SQLite file (a PostgreSQL server is backed up by its own tools).

HEAD = "SE2321000222-V0001"
DENTIST_HSA = "SE2321000222-T0001"
ACTING = {perm.OS_ACCOUNT: ("os:klinik", "os-account"), perm.SYSTEM: ("system:klinik", "system")}


@pytest.fixture
def world(ctx, tmp_path):
    """Two listed children (one with protected identity), a past month in the log, a good backup."""
    ids = {
        "ella": add_patient(ctx, pnr(date(2022, 3, 10), 234), "Ella", "Lind", listing="val", guardians=["Anna Lind"]),
        "sara": add_patient(ctx, pnr(date(2015, 6, 1), 345), "Sara", "Berg", protected=True, listing="val"),
    }
    october = ServiceContext(ctx.engine, actor=ctx.actor, today=date(2026, 10, 15))
    patients.get_patient_card(october, ids["ella"])  # the log has something to review for October
    csv = tmp_path / "patienter.csv"
    csv.write_text("personnummer;fornamn;efternamn;kommunkod\n" f"{pnr(date(2019, 2, 2), 456)};Olle;Ek;2480\n",
                   encoding="utf-8")
    return {**ids, "csv": csv, "backup": backup.make_backup(ctx, "manuell"),
            "sample": audit.monthly_sample(ctx, date(2026, 10, 1), 5, 1)}


def _act(ctx, w, action: perm.Action):
    """The service call that performs `action` (every action of the table has one)."""
    today = ctx.today
    calls = {
        perm.PATIENT_READ: lambda: patients.get_patient_card(ctx, w["ella"]),
        perm.PATIENT_REGISTER: lambda: listing.set_protected_identity(ctx, w["ella"]),
        perm.PATIENT_IMPORT: lambda: patient_import.import_patients(ctx, w["csv"], partial=False, as_new=False),
        perm.EXAM_REVISION: lambda: examinations.record_examination(
            ctx, w["ella"], ExamInput(examined_on=today, role=DENTIST, examiner_hsa_id=DENTIST_HSA, risks=Risks(0, 0, 0, 0),
                                      planned_interval_months=12, deft=0)),
        perm.EXAM_HEALTH_CHECK: lambda: examinations.record_examination(
            ctx, w["ella"], ExamInput(examined_on=today, role=NURSE, examiner_hsa_id=DENTIST_HSA, deft=0)),
        perm.RECALL_MANAGE: lambda: recall.set_status(ctx, [w["ella"]], "unreachable"),
        perm.PROTECTED_REVEAL: lambda: patients.reveal_protected(ctx, w["sara"], "Remiss till specialisttandvården"),
        perm.LISTING_STOP: lambda: _listing_stop(ctx),
        perm.REPORT_READ: lambda: snapshots.month_counts(ctx, date(2026, 1, 1), date(2026, 10, 1)),
        perm.INVOICE_READ: lambda: listing_documents.protected_invoice_rows(ctx, date(2026, 10, 1)),
        perm.AUDIT_READ: lambda: audit.entries_for_patient(ctx, w["ella"]),
        perm.AUDIT_VERIFY: lambda: audit.verify(ctx),
        perm.AUDIT_SIGN_OFF: lambda: audit.sign_off_review(ctx, date(2026, 10, 1), HEAD, "Inga avvikelser.",
                                                           sample=w["sample"]),
        perm.AUDIT_RETENTION: lambda: audit.set_retention_years(ctx, 7),
        perm.STAFF_MANAGE: lambda: accounts.save_account(ctx, "SE2321000222-N0009", "Nora Ny", "reception",
                                                         {"reception"}),
        perm.SETTINGS_MANAGE: lambda: settings.set_setting(ctx, settings.ORDERER_NAME, "Region Test"),
        perm.SYNC_RUN: lambda: sync.run_cycle(ctx, sync.SyncSettings("https://127.0.0.1:9", None, None, None)),
        perm.SYNC_RESOLVE: lambda: sync.problem_items(ctx),
        perm.BACKUP_RUN: lambda: backup.make_backup(ctx, "manuell"),
        perm.BACKUP_RESTORE: lambda: backup.restore_from(ctx, w["backup"]),
        perm.DEVIATION_REPORT: lambda: deviations.report_deviation(ctx, _deviation_report(today)),
        perm.DEVIATION_HANDLE: lambda: deviations.start_investigation(ctx, _deviation(ctx), "Vera Utredare"),
        perm.DEVIATION_PATIENT_LINK: lambda: deviations.link_patient(ctx, _deviation(ctx), pnr(date(2022, 3, 10), 234)),
        # Issue 5's actions, each module setting up what its call needs as a permitted actor.
        **permission_calls_appointments.calls(ctx, w),
        **permission_calls_absence.calls(ctx, w),
        **permission_calls_treatments.calls(ctx, w),
        **permission_calls_follow_up.calls(ctx, w),  # issue 9
        **permission_calls_planning.calls(ctx, w),  # issue 12
        **permission_calls_record_copy.calls(ctx, w),  # issue 13
        **permission_calls_archive.calls(ctx, w),  # issue 13: archive and retention
        **permission_calls_referrals.calls(ctx, w),  # issue 12 referrals
    }
    assert set(calls) == set(perm.ACTIONS), "an action of the table has no service call here"
    return calls[action]()


def _deviation_report(today):
    return Report("Fel journal öppnades", today, "Behandlingsrum 2", OWN)


def _deviation(ctx) -> int:
    """A reported deviation to handle, reported by someone who may (no access log entry)."""
    reporter = ServiceContext(ctx.engine, actor=Actor(DENTIST_HSA, roles=frozenset({DENTIST})), today=ctx.today)
    return deviations.report_deviation(reporter, _deviation_report(ctx.today)).id


def _listing_stop(ctx):
    """R-LI-5: a stop needs at least 30 patients listed by choice."""
    for n in range(30):
        add_patient(ctx, pnr(date(2012, 1, 1) + timedelta(days=n), 500 + n), "Barn", f"Nr{n}", listing="val")
    return listing_stop.declare_listing_stop(ctx, ctx.today + timedelta(days=30))


def _counts(ctx) -> tuple[int, int]:
    with ctx.sessions() as s:
        return (s.scalar(select(func.count()).select_from(AccessLogEntry)),
                s.scalar(select(func.count()).select_from(SecurityEvent).where(SecurityEvent.kind == "nekad")))


@pytest.mark.parametrize("role", perm.ALL_ROLES)
@pytest.mark.parametrize("action", perm.ACTIONS, ids=lambda a: a.id)
def test_r_se_1_every_role_and_action_of_the_table(ctx, world, action, role):
    user_id, kind = ACTING.get(role, ("SE2321000222-R0001", "staff"))
    acting = ServiceContext(ctx.engine, actor=Actor(user_id, kind=kind, roles=frozenset({role})), today=ctx.today)
    log_before, denied_before = _counts(ctx)
    if role in action.roles:
        _act(acting, world, action)  # does its work: no NotPermitted, no other refusal
        return
    with pytest.raises(NotPermitted) as refused:
        _act(acting, world, action)
    assert f"Du har inte behörighet att {action.text}" in refused.value.message
    log_after, denied_after = _counts(ctx)
    assert log_after == log_before  # refused before it read anything
    assert denied_after == denied_before + 1


def test_r_se_1_the_documented_table_is_the_code(request):
    """docs/permissions.md is generated from the table; regenerate with
    `python -m klinik_app.domain.permissions > docs/permissions.md`."""
    path = request.config.rootpath / "docs" / "permissions.md"
    assert path.read_text(encoding="utf-8") == perm.markdown()


def test_r_se_1_revisions_only_by_a_dentist_or_hygienist_and_protected_details_only_for_need():
    assert perm.EXAM_REVISION.roles == {perm.DENTIST, perm.HYGIENIST}
    assert perm.PROTECTED_REVEAL.roles == {perm.DENTIST, perm.HYGIENIST, perm.HEAD_OF_CLINIC}
    assert perm.AUDIT_READ.roles == {perm.HEAD_OF_CLINIC, perm.ADMINISTRATOR}


def test_r_tg_4_revealing_protected_details_needs_a_reason_and_logs_it_without_identity_numbers(ctx, world):
    from klinik_app.services.errors import UsageError

    dentist = ServiceContext(ctx.engine, actor=Actor("SE2321000222-T0001", roles=frozenset({perm.DENTIST})),
                             today=ctx.today)
    with pytest.raises(UsageError, match="Skriv varför"):
        patients.reveal_protected(dentist, world["sara"], "behöver")
    details = patients.reveal_protected(dentist, world["sara"], f"Remiss, jfr {pnr(date(2015, 6, 1), 345)}")
    assert details.address == ["Storgatan 1", "903 26 Umeå"]
    with ctx.sessions() as s:
        last = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc())).first()
    assert (last.action, last.patient_id, last.user_id) == ("reveal", world["sara"], "SE2321000222-T0001")
    assert last.detail == "skyddade uppgifter: Remiss, jfr [personnummer]"
    with pytest.raises(UsageError, match="inte skyddad identitet"):
        patients.reveal_protected(dentist, world["ella"], "Behöver adressen till remissen")


def test_r_se_1_demo_staff_hold_their_profession_as_their_role(demo_ctx):
    staff = accounts.staff_accounts(demo_ctx)
    assert staff and all(a.roles == {a.profession} and not a.has_password for a in staff)
