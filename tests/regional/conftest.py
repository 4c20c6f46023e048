"""One real HTTPS server with mutual TLS for the whole session, on 127.0.0.1 and a free port.

Certificates are made into a temporary folder; the region runs on its own SQLite file with its date
fixed at TODAY. Tests make their own people (unique personnummer), so they share the server
without depending on each other; tests that need a date of their own call the register directly
with `region.write(today=...)`.
"""

from __future__ import annotations

import itertools
import json
import ssl
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx2
import pytest

from klinik_app.domain.identity import luhn_check_digit
from regional_service import codes as C
from regional_service.app import create_app
from regional_service.certs import CertificateAuthority, client_stem, make_certs
from regional_service.clock import Clock
from regional_service.register import Region
from regional_service.tls import ServerThread

TODAY = date(2026, 11, 22)
CLINIC = "SE2321000222-E12345"  # Folktandvården, area responsibility for Umeå (2480)
OTHER = "SE2321000222-E23456"  # Folktandvården, area responsibility for Skellefteå (2482)
PRIVATE = "SE2321000222-E45678"  # a private clinic without area responsibility
STOPPER = "SE2321000222-E56789"  # used only by the listing-stop tests
HISTORY = "SE2321000222-E67890"  # used only by the _history paging tests
UNKNOWN = "SE2321000222-E99999"  # has a certificate from the CA but is no clinic of the region
CLINICS = {
    CLINIC: ("Folktandvården Umeå", ("2480", "2460")),
    OTHER: ("Folktandvården Skellefteå", ("2482",)),
    PRIVATE: ("Tandläkarna på Storgatan", ()),
    STOPPER: ("Tandvården i Vännäsby", ()),
    HISTORY: ("Historiekliniken", ("2404",)),
}

_serials = itertools.count(100)


def make_pnr(birth: date, *, coordination: bool = False) -> str:
    serial = f"{next(_serials) % 900 + 100:03d}"
    day = birth.day + (60 if coordination else 0)
    nine = f"{birth:%y%m}{day:02d}{serial}"
    return f"{birth.year:04d}{birth:%m}{day:02d}{serial}{luhn_check_digit(nine)}"


class Certs:
    def __init__(self, root: Path) -> None:
        self.root = root
        issued = make_certs(root, [*CLINICS, UNKNOWN])
        self.ca, self.server = issued["ca"], issued["server"]
        foreign = CertificateAuthority("Främmande CA")
        self.foreign = foreign.issue_to(root, "foreign", CLINIC, server=False)
        # An expired client certificate from the region's own CA.
        self.expired = CertificateAuthority.load(self.ca.cert, self.ca.key).issue_to(root, "expired", CLINIC, server=False, expired=True)

    def client(self, hsa_id: str) -> tuple[Path, Path]:
        return self.root / f"{client_stem(hsa_id)}.pem", self.root / f"{client_stem(hsa_id)}.key"

    def context(self, cert: tuple[Path, Path] | None) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=str(self.ca.cert))
        if cert is not None:
            ctx.load_cert_chain(str(cert[0]), str(cert[1]))
        return ctx


class Client:
    """A clinic's connection: its certificate, FHIR JSON, an Idempotency-Key on every POST."""

    def __init__(self, base: str, ctx: ssl.SSLContext) -> None:
        self.http = httpx2.Client(base_url=base, verify=ctx, timeout=20,
                                  headers={"Accept": C.FHIR_JSON})

    def post(self, bundle: Any, *, key: str | None = None, prefer: str | None = None,
             content_type: str = C.FHIR_JSON) -> httpx2.Response:
        headers = {"Content-Type": content_type, "Idempotency-Key": key or str(uuid.uuid4())}
        if prefer:
            headers["Prefer"] = prefer
        return self.http.post("", content=json.dumps(bundle).encode(), headers=headers)

    def get(self, path: str, **params: Any) -> httpx2.Response:
        return self.http.get(path, params=params or None)

    def history(self, since: str | None = None, count: int = 100) -> list[dict[str, Any]]:
        """Every page of one `_history` call; returns the pages."""
        params: dict[str, Any] = {"_count": count}
        if since:
            params["_since"] = since
        response = self.http.get("/_history", params=params)
        assert response.status_code == 200, response.text
        pages = [response.json()]
        while True:
            nxt = [link["url"] for link in pages[-1].get("link", []) if link["relation"] == "next"]
            if not nxt:
                return pages
            response = self.http.get(nxt[0])
            assert response.status_code == 200, response.text
            pages.append(response.json())

    def close(self) -> None:
        self.http.close()


@pytest.fixture(scope="session")
def certs(tmp_path_factory) -> Certs:
    return Certs(tmp_path_factory.mktemp("certs"))


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def region_backend(request) -> str:
    """The service's database: every test of the service runs on SQLite and on PostgreSQL."""
    return request.param


@pytest.fixture(scope="session")
def region_db(request, region_backend, tmp_path_factory):
    """new_db(name) -> a fresh, empty database for a region: an SQLite path, or a database on the
    test run's PostgreSQL server (tests/postgres.py) as a plain postgresql:// URL, the form `--db` takes."""

    def new_db(name: str) -> str:
        if region_backend == "postgresql":
            server = request.getfixturevalue("postgres_server")
            return server.url(server.create_database(migrated=False)).replace("postgresql+psycopg://", "postgresql://")
        return str(tmp_path_factory.mktemp(name) / "region.sqlite")

    return new_db


@pytest.fixture(scope="session")
def region(region_db) -> Region:
    region = Region.open(region_db("region"), Clock(TODAY))
    for hsa_id, (name, areas) in CLINICS.items():
        region.add_clinic(hsa_id, name, areas)
    return region


@pytest.fixture(scope="session")
def app(region):
    return create_app(region=region)


@pytest.fixture(scope="session")
def server(app, certs) -> Iterator[ServerThread]:
    with ServerThread(app, cert=certs.server.cert, key=certs.server.key, ca=certs.ca.cert) as srv:
        yield srv


@pytest.fixture(scope="session")
def base(server) -> str:
    return f"{server.url}/fhir"


@pytest.fixture(scope="session")
def connect(base, certs):
    clients: list[Client] = []

    def open_client(hsa_id: str | None = CLINIC, *, cert: tuple[Path, Path] | None = None) -> Client:
        chosen = cert if cert is not None else (certs.client(hsa_id) if hsa_id else None)
        client = Client(base, certs.context(chosen))
        clients.append(client)
        return client

    yield open_client
    for client in clients:
        client.close()


@pytest.fixture(scope="session")
def clinic(connect) -> Client:
    return connect(CLINIC)


@pytest.fixture(scope="session")
def other(connect) -> Client:
    return connect(OTHER)


@pytest.fixture
def person(region):
    """Make a person in the register: person(birth, kommun=..., guardians=1, ...) -> Person."""

    def make(birth: date = date(2016, 5, 10), *, kommun: str | None = "2480", guardians: int = 1,
             coordination: bool = False, protected: bool = False, deceased_on: date | None = None,
             assign: str | None = None, assigned_from: date | None = None, today: date = TODAY):
        with region.write(today=today) as tx:
            g = [{"identity": make_pnr(date(1985, 3, 3)), "given_name": "Anna", "family_name": "Berg",
                  "phone": "070-1234567", "street": "Storgatan 1", "postal_code": "903 26", "city": "Umeå"}
                 for _ in range(guardians)]
            p = region.add_person(tx, identity=make_pnr(birth, coordination=coordination), birth_date=birth,
                                  given_name="Alva", family_name="Berg", gender="female", street="Storgatan 1",
                                  postal_code="903 26", city="Umeå", municipality_code=kommun, guardians=g,
                                  protected=protected, deceased_on=deceased_on)
            if assign:
                region.assign(tx, p, assign, assigned_from or date(birth.year + 3, 1, 1))
            return p

    return make


def felkod(response: httpx2.Response) -> str | None:
    body = response.json()
    assert body["resourceType"] == "OperationOutcome", body
    for item in body["issue"]:
        for coding in (item.get("details") or {}).get("coding") or []:
            if coding.get("system") == C.CS_FELKOD:
                return coding["code"]
    return None


def latest(pages: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The newest entry per `Type/id` of a history chain, by version (the client's rule)."""
    out: dict[str, dict[str, Any]] = {}
    for page in pages:
        for entry in page.get("entry", []):
            url = entry["request"]["url"]
            version = int(entry["response"]["etag"].split('"')[1])
            if url not in out or version > int(out[url]["response"]["etag"].split('"')[1]):
                out[url] = entry
    return out


def episodes_of(client: Client, pnr: str) -> dict[str, dict[str, Any]]:
    """The clinic's newest version of each EpisodeOfCare of one person, keyed by listing type."""
    out: dict[str, dict[str, Any]] = {}
    for entry in latest(client.history()).values():
        r = entry.get("resource") or {}
        if r.get("resourceType") == "EpisodeOfCare" and r["patient"]["identifier"]["value"] == pnr:
            out[r["type"][0]["coding"][0]["code"]] = r
    return out
