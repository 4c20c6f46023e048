"""Where things live on this workstation (no Qt here: the CLI uses it too)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "Klinik"


def data_dir() -> Path:
    return Path(os.environ.get("KLINIK_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(os.environ.get("KLINIK_LOG_DIR") or user_log_dir(APP_NAME, appauthor=False))


def default_database() -> str:
    """`--db` default: KLINIK_DB, else klinik.sqlite in the user data folder."""
    return os.environ.get("KLINIK_DB") or str(data_dir() / "klinik.sqlite")
