"""Database failures with a Swedish message for the user (logs stay English)."""


class DatabaseError(Exception):
    """Something is wrong with the database file or server; `message` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NetworkShareRefused(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class MigrationFailed(DatabaseError):
    pass
