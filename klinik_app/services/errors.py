"""Turn any failure into one Swedish sentence for the user and the command's exit code."""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError

from klinik_app.config import log_dir
from klinik_app.db.errors import DatabaseError


class ServiceError(Exception):
    """A use case refused what was asked; `message` says why, in Swedish, and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(ServiceError):
    """The command or form was used wrongly (exit 64)."""


class DatabaseReadOnly(ServiceError):
    def __init__(self) -> None:
        super().__init__("Databasfilen är skrivskyddad, så Klinik kan inte spara något i den. Ta bort skrivskyddet "
                         "i filens egenskaper, eller be IT om skrivrätt till filen och dess mapp, och starta sedan "
                         "Klinik igen.")


class DatabaseLocked(ServiceError):
    def __init__(self) -> None:
        super().__init__("Databasen hålls låst av ett annat program (kanske Klinik i ett annat användarkonto eller "
                         "ett program som kopierar filen). Stäng det programmet och försök igen.")


class DatabaseDamaged(ServiceError):
    def __init__(self) -> None:
        super().__init__("Databasfilen är skadad eller ingen Klinik-databas. Återställ den senaste hela "
                         "säkerhetskopian (fönstret erbjuder det vid start; annars kommandot klinik restore FIL), "
                         "eller kontakta support.")


DISK_FULL = ("Disken är full. Ingenting från det här steget har sparats, och det som sparats tidigare finns kvar. "
             "Frigör utrymme på disken (eller be IT om hjälp) och försök sedan igen.")


def database_failure_message(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "no space" in text:
        return DISK_FULL
    if "locked" in text or "busy" in text:
        return "Databasen används just nu av ett annat program. Vänta en stund och försök igen."
    if "readonly" in text or "read-only" in text:
        return "Databasen är skrivskyddad. Kontrollera filens behörigheter eller välj en annan databas."
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "Databasfilen är skadad eller ingen Klinik-databas. Återställ den från en säkerhetskopia."
    if "unable to open" in text:
        return "Databasfilen kunde inte öppnas. Kontrollera sökvägen och behörigheterna."
    if "could not connect" in text or "connection refused" in text:
        return "Databasservern svarar inte. Kontrollera adressen och att servern är igång."
    return "Ett databasfel inträffade; ingenting har ändrats. Försök igen, och kontakta support om det upprepas."


def user_message(exc: BaseException) -> tuple[str, int]:
    from klinik_app.domain.hsa import InvalidHsaId
    from klinik_app.domain.ruleset import RuleSetError

    if isinstance(exc, (UsageError, InvalidHsaId)):
        return exc.message, 64
    if isinstance(exc, DatabaseError):
        return exc.message, 1
    if isinstance(exc, (DBAPIError, sqlite3.Error)):  # raw driver errors come from bulk inserts
        return database_failure_message(exc), 1
    if isinstance(exc, RuleSetError):
        return str(exc), 1
    if hasattr(exc, "message") and isinstance(exc.message, str):
        return exc.message, 1
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DISK_FULL, 1
    if isinstance(exc, OSError):
        name = f" {exc.filename}" if exc.filename else ""
        return f"Filen{name} kunde inte läsas eller skrivas: {exc.strerror or exc}.", 1
    return f"Ett oväntat fel inträffade ({type(exc).__name__}). Ingenting har ändrats. Detaljer finns i loggen i {log_dir()}.", 1
