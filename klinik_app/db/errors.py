"""Database failures with a Swedish message for the user (logs stay English)."""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark `text` for translation (lupdate lists it under `context`); returns it unchanged. No Qt here:
    the window translates it (klinik_app/ui/errors.py `translated`)."""
    return text


class DatabaseError(Exception):
    """Something is wrong with the database file or server; `message` is for the user.

    `message` is the finished Swedish text; `template` the marked source text and `params` its
    values, so the window can show it in the chosen language.
    """

    def __init__(self, message: str, **params: Any) -> None:
        text = message.format(**params) if params else message
        super().__init__(text)
        self.message = text
        self.template = message
        self.params = params


class NetworkShareRefused(DatabaseError):
    """The database file lies on a network share, where WAL does not work."""


class DatabaseTooNew(DatabaseError):
    """The database was made by a newer Klinik than this one."""


class MigrationFailed(DatabaseError):
    """The schema could not be brought up to date (the message says what to do)."""
