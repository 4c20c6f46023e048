"""R-SE-4 (rulebook L780): the clinic archive's FHIR files are the record copy's resources, validated."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select

from klinik_app.db.models import Patient
from klinik_app.services.archive_fhir import ARCHIVE_REQUEST, write_fhir
from klinik_app.domain.fhir_shapes import ShapeValidator
from klinik_app.services.record_bundle import record_bundle
from klinik_app.services.record_copy import _gather
from tests.archive.fhir_files import fhir_resources

pytestmark = pytest.mark.backends("sqlite", "postgresql")

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=timezone.utc)


def _canonical(kind: str, resource: dict) -> tuple[str, str]:
    return kind, json.dumps(resource, ensure_ascii=False, sort_keys=True)


def test_archive_fhir_holds_exactly_each_patients_record_copy_resources(demo_ctx, tmp_path):
    demo_ctx.now = lambda: NOW
    steps = []
    with demo_ctx.sessions() as s:
        write_fhir(s, demo_ctx, tmp_path, steps.append)
        ids = s.scalars(select(Patient.id).order_by(Patient.id)).all()
        expected = Counter()
        for pid in ids:  # the record copy's bundle, patient by patient, as the copy builds it
            bundle = record_bundle(_gather(s, demo_ctx, pid), ARCHIVE_REQUEST, demo_ctx.actor.user_id, NOW)
            expected.update(_canonical(e["resource"]["resourceType"], e["resource"]) for e in bundle["entry"])
    assert Counter(_canonical(kind, resource) for kind, resource in fhir_resources(tmp_path)) == expected
    assert {"Patient", "EpisodeOfCare", "Consent", "Encounter", "Observation", "CarePlan", "Appointment"} \
        <= {kind for kind, _ in expected}
    assert sum(steps) == len(ids) == 300  # progress: every patient counted once


def test_archive_fhir_sample_is_the_first_patients_only(demo_ctx, tmp_path):
    with demo_ctx.sessions() as s:
        write_fhir(s, demo_ctx, tmp_path, lambda n: None, limit=7)
        first = s.scalars(select(Patient.personnummer).order_by(Patient.id).limit(7)).all()
        assert s.scalar(select(func.count()).select_from(Patient)) > 7
    written = [resource["identifier"][0]["value"] for kind, resource in fhir_resources(tmp_path) if kind == "Patient"]
    assert written == first


def _observation(when: str, value: int) -> dict:
    return {"resourceType": "Observation", "status": "final", "code": {"text": "deft"},
            "effectiveDateTime": when, "valueInteger": value}


@pytest.mark.backends("sqlite")
def test_shape_validation_goes_through_the_models_once_per_shape_and_still_refuses_a_bad_value():
    check = ShapeValidator()
    check(_observation("2025-01-02", 3))
    check(_observation("2024-06-30", 3))  # same shape, a date every primitive type judges alike
    assert check.validated == 1
    with pytest.raises(ValidationError):
        check(_observation("2025-13-02", 3))  # no month 13: a new verdict, so the models see it
    with pytest.raises(ValidationError):
        check({**_observation("2025-01-02", 3), "valueInteger": 2**40})  # beyond FHIR's integer
    with pytest.raises(ValidationError):
        check({**_observation("2025-01-02", 3), "unknown": "x"})
    check.forget_values()
    check(_observation("2023-03-03", 3))
    assert check.validated == 1  # the verdicts are recomputed, the shapes kept


@pytest.mark.backends("sqlite")
def test_shape_validation_gives_every_urn_uuid_the_verdict_of_its_representative():
    import uuid

    from klinik_app.domain import fhir_shapes

    check = fhir_shapes.ShapeValidator()
    samples = [uuid.uuid4() for _ in range(200)] + [uuid.uuid5(uuid.uuid4(), str(n)) for n in range(200)]
    samples += [uuid.UUID(int=0), uuid.UUID(int=2**128 - 1), uuid.uuid1(), uuid.uuid3(uuid.NAMESPACE_DNS, "x")]
    for value in (f"urn:uuid:{u}" for u in samples):
        representative = fhir_shapes._URN_UUID.sub(fhir_shapes._REPRESENTATIVE, value)
        assert representative != value or value.endswith("000000000000")
        assert check._verdict(json.dumps(value)) == check._verdict(json.dumps(representative)), value
