"""Turn any failure into one Swedish sentence for the user and the command's exit code.

Every text here is a template marked with QT_TRANSLATE_NOOP (context "services"): the command prints
the Swedish `message`; the window shows `template` translated and filled with `params`
(klinik_app/ui/errors.py `translated`, via `user_template`).
"""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

from sqlalchemy.exc import DBAPIError

from klinik_app.config import log_dir
from klinik_app.db.errors import DatabaseError
from klinik_app.domain.messages import Refusal
from klinik_app.services.messages import QT_TRANSLATE_NOOP


class ServiceError(Refusal):
    """A use case refused what was asked; `message` says why, in Swedish, and what to do.

    `ServiceError(QT_TRANSLATE_NOOP("services", "Mappen {folder} är inte tom. ..."), folder=folder)`:
    `message` is the finished Swedish text, `template` the marked source text and `params` its values
    (the window translates the template and fills it in). Without params the text is used as it is.
    `context` is the template's translation context: "services", or the domain's or the sync's for a
    refusal passed on from there (`passing_on`).
    """

    context = "services"


class UsageError(ServiceError):
    """The command or form was used wrongly (exit 64)."""


class DatabaseReadOnly(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "services", "Databasfilen är skrivskyddad, så Klinik kan inte spara något i den. Ta bort skrivskyddet "
                        "i filens egenskaper, eller be IT om skrivrätt till filen och dess mapp, och starta sedan "
                        "Klinik igen."))


class DatabaseLocked(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "services", "Databasen hålls låst av ett annat program (kanske Klinik i ett annat användarkonto eller "
                        "ett program som kopierar filen). Stäng det programmet och försök igen."))


class DatabaseDamaged(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "services", "Databasfilen är skadad eller ingen Klinik-databas. Återställ den senaste hela "
                        "säkerhetskopian (fönstret erbjuder det vid start; annars kommandot klinik restore FIL), "
                        "eller kontakta support."))


DISK_FULL = QT_TRANSLATE_NOOP(
    "services", "Disken är full. Ingenting från det här steget har sparats, och det som sparats tidigare finns kvar. "
                "Frigör utrymme på disken (eller be IT om hjälp) och försök sedan igen.")


def database_failure_message(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "no space" in text:
        return DISK_FULL
    if "locked" in text or "busy" in text:
        return QT_TRANSLATE_NOOP("services",
                                 "Databasen används just nu av ett annat program. Vänta en stund och försök igen.")
    if "readonly" in text or "read-only" in text:
        return QT_TRANSLATE_NOOP("services", "Databasen är skrivskyddad. Kontrollera filens behörigheter eller välj "
                                             "en annan databas.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return QT_TRANSLATE_NOOP("services", "Databasfilen är skadad eller ingen Klinik-databas. Återställ den från "
                                             "en säkerhetskopia.")
    if "unable to open" in text:
        return QT_TRANSLATE_NOOP("services", "Databasfilen kunde inte öppnas. Kontrollera sökvägen och behörigheterna.")
    if "could not connect" in text or "connection refused" in text:
        return QT_TRANSLATE_NOOP("services", "Databasservern svarar inte. Kontrollera adressen och att servern är "
                                             "igång.")
    return QT_TRANSLATE_NOOP("services", "Ett databasfel inträffade; ingenting har ändrats. Försök igen, och kontakta "
                                         "support om det upprepas.")


def user_message(exc: BaseException) -> tuple[str, int]:
    """The Swedish sentence for `exc` and the command's exit code."""
    template, params, code = user_template(exc)
    return (template.format(**params) if params else template), code


def user_template(exc: BaseException) -> tuple[str, dict[str, Any], int]:
    """(template, params, exit code): the source text of `user_message` and its values, for translation.
    A text that is not marked comes as it is, with no params. The template's translation context is the
    error's `context` (a domain or sync refusal keeps its own), "services" otherwise."""
    from klinik_app.domain.hsa import InvalidHsaId
    from klinik_app.domain.ruleset import RuleSetError

    if isinstance(exc, (UsageError, InvalidHsaId)):
        return *_template_of(exc), 64
    if isinstance(exc, DatabaseError):
        return *_template_of(exc), 1
    if isinstance(exc, (DBAPIError, sqlite3.Error)):  # raw driver errors come from bulk inserts
        return database_failure_message(exc), {}, 1
    if isinstance(exc, RuleSetError):
        return *_template_of(exc), 1
    if hasattr(exc, "message") and isinstance(exc.message, str):
        return *_template_of(exc), 1
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DISK_FULL, {}, 1
    if isinstance(exc, OSError):
        reason = exc.strerror or exc
        if exc.filename:
            return (QT_TRANSLATE_NOOP("services", "Filen {file} kunde inte läsas eller skrivas: {reason}."),
                    {"file": exc.filename, "reason": reason}, 1)
        return QT_TRANSLATE_NOOP("services", "Filen kunde inte läsas eller skrivas: {reason}."), {"reason": reason}, 1
    return (QT_TRANSLATE_NOOP("services", "Ett oväntat fel inträffade ({error}). Ingenting har ändrats. Detaljer finns "
                                          "i loggen i {log_dir}."),
            {"error": type(exc).__name__, "log_dir": log_dir()}, 1)


def _template_of(exc: BaseException) -> tuple[str, dict[str, Any]]:
    """The marked template and its values when the error keeps them, else the finished text."""
    template, params = getattr(exc, "template", None), getattr(exc, "params", None)
    if isinstance(template, str) and isinstance(params, dict):
        return template, params
    return exc.message, {}
