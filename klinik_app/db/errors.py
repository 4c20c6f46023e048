"""Database failures with a Swedish message for the user (logs stay English)."""

from __future__ import annotations

from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal

__all__ = ["QT_TRANSLATE_NOOP", "DatabaseError", "DatabaseTooNew", "MigrationFailed", "NetworkShareRefused"]


class DatabaseError(Refusal):
    """Something is wrong with the database file or server; `message` is for the user.

    `message` is the finished Swedish text; `template` the marked source text and `params` its
    values (context "services"), so the window can show it in the chosen language.
    """

    context = "services"


class NetworkShareRefused(DatabaseError):
    """The database file lies on a network share, where WAL does not work."""


class DatabaseTooNew(DatabaseError):
    """The database was made by a newer Klinik than this one."""


class MigrationFailed(DatabaseError):
    """The schema could not be brought up to date (the message says what to do)."""
