"""Part 5 of issue 11: logs and crash reports stay on the computer, in the user's log folder, and
never hold an identity number (rules in klinik_app/logs.py and klinik_app/crash_reports.py)."""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from platformdirs import user_log_dir

from klinik_app import crash_reports, logs
from klinik_app.config import log_dir
from tests.factories import pnr

TWELVE = pnr(date(2014, 6, 2), 482)  # ÅÅÅÅMMDD-NNNN
TEN = TWELVE[2:]  # ÅÅMMDD-NNNN
DIGITS_ONLY = TWELVE.replace("-", "")


def test_without_a_configured_folder_logs_go_to_the_users_log_folder(monkeypatch):
    monkeypatch.delenv("KLINIK_LOG_DIR")
    assert log_dir() == Path(user_log_dir("Klinik", appauthor=False))


def test_a_crash_report_is_a_local_file_with_every_identity_number_redacted():
    try:
        try:
            raise ValueError(f"no patient {DIGITS_ONLY}")
        except ValueError as cause:
            raise RuntimeError(f"saving {TWELVE} failed (typed as {TEN})") from cause
    except RuntimeError as exc:
        path = crash_reports.write_crash_report(exc, {"window": "PatientCard"}, now=datetime(2026, 11, 22, 10, 0))

    assert path is not None and path.parent == log_dir() / "crash"
    content = path.read_text(encoding="utf-8")
    assert "RuntimeError: saving [personnummer] failed (typed as [personnummer])" in content
    assert "ValueError: no patient [personnummer]" in content  # the cause's text too
    assert all(number not in content for number in (TWELVE, TEN, DIGITS_ONLY, DIGITS_ONLY[2:]))
    assert "window: PatientCard" in content and "time: 2026-11-22T10:00:00" in content


def test_the_log_file_masks_identity_numbers_in_messages_and_tracebacks():
    logger = logging.getLogger("klinik_app.test")
    with logs.file_logging() as handler:
        assert handler is not None
        logger.info("opened %s", TWELVE)
        try:
            raise KeyError(TEN)
        except KeyError:
            logger.exception("lookup failed")
    content = (log_dir() / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "opened [personnummer]" in content and "KeyError: '[personnummer]'" in content
    assert TWELVE not in content and TEN not in content


def test_the_log_rotates_and_keeps_a_bounded_number_of_files():
    logger = logging.getLogger("klinik_app.test")
    line = "x" * 1000
    with logs.file_logging():
        for _ in range((logs.BACKUPS + 2) * logs.MAX_BYTES // len(line)):  # more than all files can hold
            logger.info(line)
    names = sorted(path.name for path in log_dir().iterdir())
    assert names == sorted([logs.LOG_FILE] + [f"{logs.LOG_FILE}.{n}" for n in range(1, logs.BACKUPS + 1)])
    assert all((log_dir() / name).stat().st_size <= logs.MAX_BYTES for name in names)
