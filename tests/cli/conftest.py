"""Fixtures for the command tests."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture
def db(db_path):
    """Plain SQL on the test database: `db("SELECT ...", *params)` -> rows."""

    def query(sql: str, *params) -> list[tuple]:
        con = sqlite3.connect(db_path)
        try:
            return con.execute(sql, params).fetchall()
        finally:
            con.close()

    return query
