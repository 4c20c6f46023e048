"""What a write keeps from the one before (issue 7: fewer statements per registration) must never
outlive a change: the clinics, read once, are read again after add_clinic."""

from __future__ import annotations

from datetime import date

from . import bundles as B
from .conftest import CLINIC


def _registered_clinic_name(clinic, person) -> str:
    p = person(date(2016, 5, 10))
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    response = clinic.post(bundle)
    assert response.status_code == 200, response.text
    return response.json()["entry"][0]["resource"]["managingOrganization"]["display"]


def test_a_renamed_clinic_is_named_in_the_next_registration(region, clinic, person):
    before = region.clinic(CLINIC)
    assert _registered_clinic_name(clinic, person) == before.name  # the clinics are now kept between writes
    region.add_clinic(CLINIC, "Folktandvården Nytt namn", before.area_municipalities)
    try:
        assert _registered_clinic_name(clinic, person) == "Folktandvården Nytt namn"
    finally:
        region.add_clinic(CLINIC, before.name, before.area_municipalities)
    assert _registered_clinic_name(clinic, person) == before.name
