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


@pytest.fixture
def db_path(_template_db, tmp_path) -> Path:
    """A fresh, migrated, empty database file for this test."""
    path = tmp_path / "klinik.sqlite"
    shutil.copyfile(_template_db, path)
    return path


def make_ctx(db_path: Path, *, user: str = STAFF_HSA_ID, today: date = TODAY):
    from klinik_app.services.context import Actor, ServiceContext

    return ServiceContext.open(str(db_path), actor=Actor(user_id=user, role="reception"), today=today)


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
