"""Database failures with a Swedish message for the user (logs stay English)."""


class DatabaseError(Exception):
    """Something is wrong with the database file or server; `message` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NetworkShareRefused(DatabaseError):
    """The database file lies on a network share, where WAL does not work."""


class DatabaseTooNew(DatabaseError):
    """The database was made by a newer Klinik than this one."""


class MigrationFailed(DatabaseError):
    """The schema could not be brought up to date (the message says what to do)."""
