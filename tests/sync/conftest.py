"""The sync client against the real reference service over HTTPS with mutual TLS on 127.0.0.1.

One region and one server for the whole package (certificates made like tests/regional). The
clinic's database is fresh per test (tests/conftest.py `ctx`, clinic SE2321000222-E12345, today
2026-11-22, like the region). Tests make their own people with unique identity numbers, so they
share the region without depending on each other.
"""

from __future__ import annotations

from datetime import date

import httpx2
import pytest
from sqlalchemy import select

from klinik_app.db.models import Clinic, Guardian, OutboxItem, Patient, PatientGuardian
from klinik_app.domain.text import name_columns
from klinik_app.services.sync import SyncSettings
from regional_service.db import Person
from regional_service.register import Region
from tests.conftest import CLINIC_HSA_ID
from tests.regional.conftest import CLINICS, TODAY, UNKNOWN, Certs, make_pnr
# This package's own region and server, built by the same fixtures as tests/regional's.
from tests.regional.conftest import app, base, certs, region, server  # noqa: F401

assert CLINIC_HSA_ID in CLINICS  # the local clinic is a clinic of the region


@pytest.fixture(scope="session")
def region_db(tmp_path_factory):
    """The client's tests use the service on SQLite (tests/regional runs the service on both)."""
    return lambda name: str(tmp_path_factory.mktemp(name) / "region.sqlite")


@pytest.fixture
def settings(base, certs) -> SyncSettings:
    cert, key = certs.client(CLINIC_HSA_ID)
    return SyncSettings(base, str(cert), str(key), str(certs.ca.cert))


@pytest.fixture
def as_clinic(ctx, settings, certs):
    """The local database belongs to another clinic of the region: as_clinic(hsa_id) -> its settings."""

    def switch(hsa_id: str) -> SyncSettings:
        with ctx.begin() as s:
            s.scalars(select(Clinic)).one().hsa_id = hsa_id
        cert, key = certs.client(hsa_id)
        return SyncSettings(settings.server, str(cert), str(key), settings.ca)

    return switch


@pytest.fixture
def unavailable(app):
    """Put the region into maintenance: unavailable((503, 1)); always lifted afterwards."""

    def set_(value):
        app.state.unavailable = value

    yield set_
    app.state.unavailable = None


class Recording(httpx2.BaseTransport):
    """The real HTTPS transport, keeping every request (method, path, headers, body) it carries."""

    def __init__(self, certs: Certs, cert: tuple | None, before=None) -> None:
        self.inner = httpx2.HTTPTransport(verify=certs.context(cert))
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.before = before  # called with the request number before it is sent

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        body = request.read()
        if self.before is not None:
            self.before(len(self.requests))
        self.requests.append((request.method, request.url.path, dict(request.headers), body))
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()

    @property
    def posts(self) -> list[tuple[str, str, dict[str, str], bytes]]:
        return [r for r in self.requests if r[0] == "POST"]


@pytest.fixture
def recording(certs):
    made = []

    def make(hsa_id: str = CLINIC_HSA_ID, before=None) -> Recording:
        rec = Recording(certs, certs.client(hsa_id), before)
        made.append(rec)
        return rec

    yield make
    for rec in made:
        rec.close()


@pytest.fixture
def twin(region, ctx):
    """A person in the region's register and the same patient in the clinic's database:
    twin(birth, kommun=..., assign=..., in_region=True) -> (local patient id, region Person)."""

    def make(birth: date = date(2016, 5, 10), *, kommun: str = "2480", first: str = "Alva", last: str = "Berg",
             in_region: bool = True, local: bool = True, protected: bool = False, assign: str | None = None,
             assigned_from: date | None = None):
        guardian_pnr, pnr = make_pnr(date(1985, 3, 3)), make_pnr(birth)
        person = None
        if in_region:
            with region.write() as tx:
                g = [{"identity": guardian_pnr, "given_name": "Anna", "family_name": last, "phone": "070-1234567",
                      "street": "Storgatan 1", "postal_code": "903 26", "city": "Umeå"}]
                person = region.add_person(tx, identity=pnr, birth_date=birth, given_name=first, family_name=last,
                                           gender="female", street="Storgatan 1", postal_code="903 26", city="Umeå",
                                           municipality_code=kommun, guardians=g)
                if assign:
                    region.assign(tx, person, assign, assigned_from or date(birth.year + 3, 1, 1))
        patient_id = None
        if local:
            now = ctx.now()
            stamp = dict(created_at=now, created_by="test", modified_at=now, modified_by="test")
            with ctx.begin() as s:
                p = Patient(personnummer=pnr, id_kind="personnummer", first_name=first, last_name=last,
                            birth_date=birth, protected_identity=protected, street="Storgatan 1",
                            postal_code="903 26", postal_town="Umeå", municipality_code=kommun,
                            **name_columns(first, last), **stamp)
                s.add(p)
                s.flush()
                g = Guardian(personnummer=guardian_pnr, name=f"Anna {last}", phone="070-1234567", **stamp)
                s.add(g)
                s.flush()
                s.add(PatientGuardian(patient_id=p.id, position=1, guardian_id=g.id))
                patient_id = p.id
        return patient_id, person

    return make


def region_event(region: Region, method: str, person: Person, *args, today: date = TODAY, **kwargs) -> None:
    with region.write(today=today) as tx:
        getattr(region, method)(tx, tx.s.get(Person, person.id), *args, **kwargs)


def items(ctx) -> list[OutboxItem]:
    with ctx.sessions() as s:
        return list(s.scalars(select(OutboxItem).order_by(OutboxItem.id)))


__all__ = ["Recording", "UNKNOWN", "items", "region_event"]
