"""R-SE-4 (rulebook L780): the clinic archive written by worker processes (archive_workers) is the
archive one thread writes, file for file, of one moment of the database, and their failures reach
the user as refusals."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import func, select, update

from klinik_app.db.models import Appointment, Patient

from klinik_app.services import archive_export, archive_fhir, archive_jobs
from klinik_app.services.archive_jobs import Job
from klinik_app.services.errors import ServiceError
from tests.archive.fhir_files import fhir_resources
from tests.factories import add_appointment

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _manifest(folder) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_r_se_4_archive_by_two_workers_is_the_single_thread_archive_file_for_file(demo_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(archive_fhir, "RANGE", 70)  # 300 patients: five FHIR parts, spread over the workers
    one, two = tmp_path / "en", tmp_path / "tva"
    archive_export.export_archive(demo_ctx, one, workers=0)
    reports: list[tuple[int, int]] = []
    archive_export.export_archive(demo_ctx, two, lambda done, total: reports.append((done, total)), workers=2)
    files = _manifest(two)["files"]
    # The access log differs by the second export's own entry; everything else byte for byte.
    assert {k: v for k, v in files.items() if "access_log" not in k} \
        == {k: v for k, v in _manifest(one)["files"].items() if "access_log" not in k}
    assert {f"fhir/Patient/{n:03d}.ndjson" for n in range(1, 6)} <= set(files)
    assert reports[-1][0] == reports[-1][1] and [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_r_se_4_workers_read_one_snapshot_a_change_during_the_export_is_not_in_it(demo_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(archive_fhir, "RANGE", 30)  # ten FHIR parts: most start after the change
    with demo_ctx.sessions() as s:
        last = s.scalar(select(func.max(Patient.id)))
    changed: list[bool] = []

    def progress(done: int, total: int) -> None:
        if not changed:  # the workers are running: reception corrects a name and books a time
            with demo_ctx.begin() as s:
                s.execute(update(Patient).where(Patient.id == last).values(last_name="Ändradunderexporten"))
            add_appointment(demo_ctx, last, datetime(2026, 12, 1, 9), caregiver=None)
            changed.append(True)

    folder = tmp_path / "arkiv"
    archive_export.export_archive(demo_ctx, folder, progress, workers=2)
    assert changed
    for path in folder.rglob("*.*"):
        assert "Ändradunderexporten" not in path.read_text(encoding="utf-8"), path
    with demo_ctx.sessions() as s:
        appointments = s.scalar(select(func.count()).select_from(Appointment))
    booked = (folder / "tabeller" / "appointment.ndjson").read_text(encoding="utf-8").splitlines()
    assert _manifest(folder)["tables"]["appointment"]["rows"] == len(booked) == appointments - 1
    assert sum(kind == "Appointment" for kind, _ in fhir_resources(folder)) == appointments - 1


def test_r_se_4_a_failing_worker_job_is_a_refusal_and_the_other_worker_stops(demo_ctx, tmp_path, monkeypatch):
    planned = archive_jobs.plan
    monkeypatch.setattr(archive_export, "plan",
                        lambda *args: [Job("table", "no_such_table", 1), *planned(*args)])
    with pytest.raises(ServiceError) as refused:
        archive_export.export_archive(demo_ctx, tmp_path / "arkiv", workers=2)
    assert "KeyError" in refused.value.message and "kunde inte skrivas" in refused.value.message
    assert not (tmp_path / "arkiv" / "manifest.json").exists()  # never taken for a complete archive
