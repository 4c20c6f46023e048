"""Push validates outbound bundles with domain.fhir_shapes.ShapeValidator (the R4B models once per
shape, issue 7): it must refuse what the models refuse, value by value."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from sqlalchemy import select

from klinik_app.db.models import OutboxItem
from klinik_app.domain.fhir_shapes import ShapeValidator
from klinik_app.services.listing import list_patient
from klinik_app.services.sync import hooks
from klinik_app.sync.fhir_map import NotSendable, build, validate
from tests.conftest import CLINIC_HSA_ID


def _listing_bundles(ctx, twin, count: int) -> list[dict]:
    for n in range(count):
        patient_id, _ = twin(date(2016, 5, 10 + n), in_region=False)
        list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=date(2026, 11, 22), method="telefon")
    with ctx.sessions() as s:
        items = s.scalars(select(OutboxItem).where(OutboxItem.kind == "listing").order_by(OutboxItem.id)).all()
        return [build(s, item, clinic_hsa=CLINIC_HSA_ID, rules=ctx.rules).bundle for item in items]


def test_the_sync_hooks_validate_by_shape(ctx):
    assert isinstance(hooks(ctx).validate_resource, ShapeValidator)


def test_a_second_listing_of_the_same_shape_does_not_go_through_the_models_again(ctx, twin):
    first, second = _listing_bundles(ctx, twin, 2)
    check = ShapeValidator()
    validate(first, check)
    through_models = check.validated
    validate(second, check)  # other people, other uuids and dates: the same shape
    assert through_models == 1 and check.validated == through_models  # the Bundle (it validates what it holds)


def test_a_bad_value_in_a_known_shape_is_refused_as_the_models_refuse_it(ctx, twin):
    (bundle,) = _listing_bundles(ctx, twin, 1)
    check = ShapeValidator()
    validate(bundle, check)
    bad = copy.deepcopy(bundle)
    bad["entry"][1]["resource"]["dateTime"] = "2026-13-45"  # the same tree, a value no FHIR dateTime accepts
    with pytest.raises(NotSendable) as by_models:
        validate(copy.deepcopy(bad))
    with pytest.raises(NotSendable) as by_shape:
        validate(bad, check)
    assert by_shape.value.code == by_models.value.code == "ogiltig-fhir"
    assert by_shape.value.message == by_models.value.message
