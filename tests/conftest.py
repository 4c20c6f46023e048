"""Shared fixtures: a fresh migrated database per test (copied from one migrated template)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KLINIK_SERIAL_TASKS", "1")  # background work runs inline in tests: deterministic

TODAY = date(2026, 11, 22)
STAFF_HSA_ID = "SE2321000222-P0001"
CLINIC_HSA_ID = "SE2321000222-E12345"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """No test touches the real user data or log folders."""
    monkeypatch.setenv("KLINIK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KLINIK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("KLINIK_DB", raising=False)


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory) -> Path:
    from klinik_app.db.engine import make_engine
    from klinik_app.db.migrate import migrate

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    engine = make_engine(str(path))
    migrate(engine)
    engine.dispose()
    return path


def pytest_generate_tests(metafunc):
    """A module or test marked `backends("sqlite", "postgresql")` runs once per database."""
    marker = metafunc.definition.get_closest_marker("backends")
    if marker and "db_backend" in metafunc.fixturenames:
        metafunc.parametrize("db_backend", marker.args, indirect=True)


@pytest.fixture
def db_backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL server for the whole run, started on first use (tests/postgres.py)."""
    from tests.postgres import PostgresServer

    server = PostgresServer()
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture
def postgres_url(request, monkeypatch) -> str:
    """A fresh, migrated, empty PostgreSQL database for this test (also in KLINIK_TEST_POSTGRES_URL).

    KLINIK_TEST_POSTGRES_URL set beforehand names an outside throwaway database to use instead."""
    if os.environ.get("KLINIK_TEST_POSTGRES_URL"):
        yield os.environ["KLINIK_TEST_POSTGRES_URL"]
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    monkeypatch.setenv("KLINIK_TEST_POSTGRES_URL", server.url(name))
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def db_path(request, db_backend, tmp_path) -> Path | str:
    """A fresh, migrated, empty database for this test: an SQLite file, or under the `backends`
    marker's "postgresql" parameter a PostgreSQL URL (both are what make_ctx and --db take)."""
    if db_backend == "postgresql":
        return request.getfixturevalue("postgres_url")
    path = tmp_path / "klinik.sqlite"
    shutil.copyfile(request.getfixturevalue("_template_db"), path)
    return path


def make_ctx(db_path: Path | str, *, user: str = STAFF_HSA_ID, today: date = TODAY, roles=None):
    """A context acting as `user`; by default in every staff role, so tests of a use case are not
    tests of the permission table (tests/services/test_permissions.py is)."""
    from klinik_app.domain.permissions import STAFF_ROLES
    from klinik_app.services.context import Actor, ServiceContext

    actor = Actor(user_id=user, roles=frozenset(STAFF_ROLES if roles is None else roles))
    return ServiceContext.open(str(db_path), actor=actor, today=today)


@pytest.fixture
def ctx(db_path):
    """A service context on a fresh database that has a clinic (no patients)."""
    from klinik_app.services.clinic import init_clinic

    context = make_ctx(db_path)
    init_clinic(context, CLINIC_HSA_ID, "Tandkliniken Testbyn")
    yield context
    context.close()


@pytest.fixture
def demo_ctx(ctx):
    """The clinic with 300 demo patients (seed 7)."""
    from klinik_app.services.demo import create_demo_data

    create_demo_data(ctx, 300, seed=7)
    return ctx
