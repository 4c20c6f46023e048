"""Fixtures for the command tests."""

from __future__ import annotations

import pytest

from tests.sql import run_sql


@pytest.fixture
def db(db_path):
    """Plain SQL on the test database, either backend: `db("SELECT ... :name", name=...)` -> rows."""

    def query(sql: str, **params) -> list[tuple]:
        return run_sql(db_path, sql, **params)

    return query
