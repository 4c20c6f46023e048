"""R-SE-4 (rulebook L780): the clinic archive's round trip, its refusals and its open formats."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import MetaData, func, select, update

from klinik_app.db.engine import make_engine
from klinik_app.db.models import Appointment, Examination, Patient
from klinik_app.domain.local_time import to_local
from klinik_app.services import appointment_import, archive_export, archive_import, audit, exam_import, patient_import
from klinik_app.services.clinic import init_clinic
from klinik_app.services.archive_format import archived
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from tests.archive.fhir_files import fhir_resources
from tests.conftest import make_ctx

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _tables(engine) -> dict[str, list[tuple]]:
    meta = MetaData()
    meta.reflect(engine)
    out = {}
    with engine.connect() as conn:
        for t in meta.sorted_tables:
            if archived(t.name):
                order = list(t.primary_key.columns) or list(t.columns)
                out[t.name] = [tuple(r) for r in conn.execute(select(t).order_by(*order))]
    return out


@pytest.fixture
def target(request, tmp_path, db_backend):
    """A second, new database (no schema at all) to import into, on the backend under test."""
    if db_backend == "sqlite":
        yield str(tmp_path / "ny.sqlite")
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create_database(migrated=False)
    yield server.url(name)
    server.drop_database(name)


def _round_trip(ctx, tmp_path, target):
    folder = tmp_path / "arkiv"
    archive_export.export_archive(ctx, folder)
    before = _tables(ctx.engine)
    archive_import.import_archive(target, folder)
    engine = make_engine(target)
    after = _tables(engine)
    return folder, before, after, engine


def test_archive_round_trip_compares_equal_table_by_table(demo_ctx, tmp_path, target):
    folder, before, after, engine = _round_trip(demo_ctx, tmp_path, target)
    log_before = before.pop("access_log")
    log_after = after.pop("access_log")
    before.pop("access_log_seal"), after.pop("access_log_seal")
    assert after == before
    # The archive holds its own export entry; the import is logged after it, on top of the chain.
    assert log_after[: len(log_before)] == log_before
    assert [e[7] for e in log_after[len(log_before):]] == ["import"]
    assert log_before[-1][7] == "export"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tables"]["patient"]["rows"] == 300
    checked = ServiceContext(engine, actor=demo_ctx.actor, today=demo_ctx.today)
    assert audit.verify(checked).ok
    engine.dispose()


def test_archive_with_a_changed_file_is_refused_naming_the_file(demo_ctx, tmp_path):
    folder = tmp_path / "arkiv"
    archive_export.export_archive(demo_ctx, folder)
    path = folder / "tabeller" / "examination.ndjson"
    path.write_text(path.read_text(encoding="utf-8").replace('"tandlakare"', '"tandhygienist"', 1), encoding="utf-8")
    target = tmp_path / "ny.sqlite"
    with pytest.raises(ServiceError, match="tabeller/examination.ndjson"):
        archive_import.import_archive(str(target), folder)


def test_archive_import_into_a_database_with_data_is_refused(demo_ctx, tmp_path, db_path):
    folder = tmp_path / "arkiv"
    archive_export.export_archive(demo_ctx, folder)
    with pytest.raises(ServiceError, match="innehåller redan uppgifter"):
        archive_import.import_archive(demo_ctx, folder)


def _interchange_view(ctx):
    with ctx.sessions() as s:
        pnr_of = dict(s.execute(select(Patient.id, Patient.personnummer)).all())
        patients = set(s.execute(select(Patient.personnummer, Patient.first_name, Patient.last_name, Patient.street,
                                        Patient.municipality_code, Patient.protected_identity, Patient.phone)).all())
        exams = {(pnr_of[e.patient_id], e.examined_on, e.examiner_role, e.risk_caries, e.planned_interval_months,
                  e.deft, e.dft, e.tobacco, e.bite_check) for e in s.scalars(select(Examination))}
        appointments = {(pnr_of[a.patient_id], to_local(a.starts_at), a.minutes, a.kind, a.status, a.agreed)
                        for a in s.scalars(select(Appointment))}
    return patients, exams, appointments


def test_archive_csv_files_reimport_into_a_fresh_database_as_the_same_records(demo_ctx, tmp_path):
    folder = tmp_path / "arkiv"
    archive_export.export_archive(demo_ctx, folder)
    fresh = make_ctx(tmp_path / "annat-system.sqlite")
    init_clinic(fresh, "SE2321000222-E99999", "Nya kliniken")
    for run, name in ((patient_import.import_patients, "patients.csv"), (exam_import.import_exams, "exams.csv"),
                      (appointment_import.import_appointments, "appointments.csv")):
        result = run(fresh, folder / "interchange" / name, partial=False, as_new=False)
        assert result.exit_code == 0, result.report()["rejected"][:3]
    assert _interchange_view(fresh) == _interchange_view(demo_ctx)
    fresh.close()


def test_archive_fhir_files_validate_and_mark_protected_patients(demo_ctx, tmp_path):
    from fhir.resources.R4B import get_fhir_model_class

    with demo_ctx.begin() as s:  # R-TG-4: one patient with protected identity
        s.execute(update(Patient).where(Patient.id == s.scalar(select(func.min(Patient.id))))
                  .values(protected_identity=True))
    folder = tmp_path / "arkiv"
    archive_export.export_archive(demo_ctx, folder)
    with demo_ctx.sessions() as s:
        patients = s.scalar(select(func.count()).select_from(Patient))
        protected = s.scalar(select(func.count()).select_from(Patient).where(Patient.protected_identity))
    resources = fhir_resources(folder)
    assert {"Patient", "EpisodeOfCare", "Encounter", "Observation", "Appointment"} <= {kind for kind, _ in resources}
    restricted = 0
    for kind, resource in resources:
        get_fhir_model_class(kind).model_validate(resource)
        if kind == "Patient" and any(c["code"] == "R" for c in resource.get("meta", {}).get("security", [])):
            restricted += 1
            assert "address" not in resource and "telecom" not in resource
    assert sum(kind == "Patient" for kind, _ in resources) == patients
    assert restricted == protected > 0


@pytest.mark.backends("sqlite")
def test_archive_round_trip_of_ten_thousand_demo_patients_compares_equal(ctx, tmp_path):
    """Issue 13's acceptance at 10,000 patients (tables and CSV files; FHIR is checked above)."""
    from klinik_app.services.demo import create_demo_data

    create_demo_data(ctx, 10_000, seed=11)
    folder = tmp_path / "arkiv"
    archive_export.export_archive(ctx, folder, fhir=False)
    before = _tables(ctx.engine)
    target = str(tmp_path / "ny.sqlite")
    archive_import.import_archive(target, folder)
    engine = make_engine(target)
    after = _tables(engine)
    assert len(before["patient"]) == 10_000
    assert after["access_log"][:-1] == before["access_log"]
    for name in set(before) - {"access_log", "access_log_seal"}:
        assert after[name] == before[name], name
    engine.dispose()
