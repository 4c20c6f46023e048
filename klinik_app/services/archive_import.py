"""Load a clinic archive (archive_export) into a new, empty database; the round trip changes nothing.

Refused before anything is written: a database that holds data, an archive whose files do not match
the manifest's checksums (the message names the file), an archive from a newer Klinik. Then the
schema is made at the archive's own revision, every table loaded parents first with its own
primary keys (bulk inserts, PostgreSQL sequences moved past them), and the schema upgraded to this
version's head, so archives of older versions import. The access log and its seal are loaded as
they were, so the hash chain verifies; the import is then logged on top of it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, func, select

from klinik_app.db.bulk import bulk_insert, search_index_rebuilt_after
from klinik_app.db.engine import make_engine
from klinik_app.db.migrate import alembic_config, current_revision, migrate
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import ARCHIVE_IMPORT
from klinik_app.services import access_log
from klinik_app.services.archive_export import LOG_DETAIL
from klinik_app.services.archive_format import CHUNK, FORMAT, MANIFEST, TABLES, archived, decode, sha256_of
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require

Progress = Callable[[int, int], None]
SEAL_TABLE = "access_log_seal"  # made by migration 0005 in every new database; the archive brings its own


@dataclass(frozen=True)
class ImportResult:
    rows: int
    tables: int
    revision: str

    def summary(self) -> Text:
        return Text(QT_TRANSLATE_NOOP("services", "Klinikarkivet är inläst: {tables} tabeller, {rows} rader (arkivets "
                                                  "version {revision})."),
                    tables=self.tables, rows=self.rows, revision=self.revision)


def read_manifest(folder: Path | str) -> dict:
    path = Path(folder) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ServiceError(QT_TRANSLATE_NOOP("services", "{path} saknas eller går inte att läsa. Välj mappen som "
                                                         "innehåller ett klinikarkiv."),
                           path=path) from None
    if manifest.get("format") != FORMAT:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "{path} beskriver inget klinikarkiv som den här versionen av "
                                                         "Klinik kan läsa."),
                           path=path)
    return manifest


def check_archive(folder: Path | str, manifest: dict) -> None:
    """Every file the manifest names is there and unchanged, and nothing unnamed sits among the tables."""
    folder = Path(folder)
    for name, expected in manifest["files"].items():
        path = folder / name
        if not path.is_file():
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Filen {name} saknas i klinikarkivet. Arkivet är inte "
                                                             "komplett; ingenting har lästs in."),
                               name=name)
        if sha256_of(path) != expected:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Filen {name} i klinikarkivet har ändrats efter att "
                                                             "arkivet skrevs (kontrollsumman stämmer inte). Ingenting "
                                                             "har lästs in; använd en oförändrad kopia av arkivet."),
                               name=name)
    known = set(ScriptDirectory.from_config(alembic_config()).walk_revisions())
    if manifest["schema_revision"] not in {rev.revision for rev in known}:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Klinikarkivet har skrivits av en nyare version av Klinik. "
                                                         "Uppdatera Klinik och försök igen."))


def import_archive(target: ServiceContext | str, folder: Path | str, progress: Progress | None = None, *,
                   into: str | None = None) -> ImportResult:
    """Into `target`: a context (its actor must be allowed to import) or a database path/URL (the CLI,
    on a new database that has no users yet). With `into`, the context's user, checked (and any refusal
    recorded) in the open database, loads the archive into that other, new database."""
    folder = Path(folder)
    if isinstance(target, ServiceContext):
        require(target, ARCHIVE_IMPORT)
        engine = make_engine(into) if into else target.engine
        actor, today = target.actor, target.today
    else:
        engine, actor, today = make_engine(target), Actor.os_account(), None
    try:
        return _load(engine, actor, today, folder, progress)
    finally:
        if not (isinstance(target, ServiceContext) and engine is target.engine):
            engine.dispose()


def _load(engine, actor: Actor, today, folder: Path, progress: Progress | None) -> ImportResult:
    manifest = read_manifest(folder)
    check_archive(folder, manifest)
    revision = manifest["schema_revision"]
    _refuse_data(engine)
    _schema_at(engine, revision)
    meta = MetaData()
    meta.reflect(engine)
    tables = [t for t in meta.sorted_tables if archived(t.name) and t.name in manifest["tables"]]
    missing = set(manifest["tables"]) - {t.name for t in tables}
    if missing:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Klinikarkivet innehåller tabeller som saknas i databasens "
                                                         "schema ({tables}). Ingenting har lästs in."),
                           tables=", ".join(sorted(missing)))
    total = sum(entry["rows"] for entry in manifest["tables"].values())
    done = 0
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # rows of a table that point at later rows of the same table (re-offers)
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin(), search_index_rebuilt_after(conn):
                conn.execute(meta.tables[SEAL_TABLE].delete())
                for table in tables:
                    kinds = manifest["tables"][table.name]["columns"]
                    for rows in _read_rows(folder / TABLES / f"{table.name}.ndjson", kinds, sqlite):
                        bulk_insert(conn, table, rows)
                        done += len(rows)
                        if progress:
                            progress(done, total)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise ServiceError(QT_TRANSLATE_NOOP("services", "Klinikarkivet hänvisar till rader som saknas i "
                                                                     "arkivet. Ingenting har lästs in."))
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    migrate(engine)  # the archive's revision -> this version's head
    ctx = ServiceContext(engine, actor=actor, today=today)
    with ctx.begin() as s:
        access_log.record(s, ctx, "import", [None], detail=LOG_DETAIL)
    return ImportResult(total, len(tables), revision)


def _refuse_data(engine) -> None:
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        for table in meta.sorted_tables:
            if not archived(table.name) or table.name == SEAL_TABLE:
                continue
            if conn.scalar(select(func.count()).select_from(table)):
                raise ServiceError(QT_TRANSLATE_NOOP("services", "Databasen innehåller redan uppgifter. Ett "
                                                                 "klinikarkiv läses bara in i en ny, tom databas: "
                                                                 "välj en ny databasfil (eller en tom "
                                                                 "PostgreSQL-databas)."))
        if SEAL_TABLE in meta.tables and conn.scalar(select(meta.tables[SEAL_TABLE].c.entry_count)):
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Databasen har en åtkomstlogg. Ett klinikarkiv läses "
                                                             "bara in i en ny, tom databas."))


def _schema_at(engine, revision: str) -> None:
    """An empty database at the archive's revision: upgraded from nothing, or stepped down from head."""
    current = current_revision(engine)
    if current == revision:
        return
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        if current is None:
            command.upgrade(cfg, revision)
        else:
            command.downgrade(cfg, revision)


def _read_rows(path: Path, kinds: dict[str, str], sqlite: bool):
    """The rows of one table file, a chunk at a time, as the database takes them."""
    json_columns = [n for n, k in kinds.items() if k == "json"] if sqlite else []
    timestamps = [n for n, k in kinds.items() if k == "timestamptz"]
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            raw = json.loads(line)
            row = {n: decode(v, kinds[n]) for n, v in raw.items()}
            if sqlite:
                for n in timestamps:  # SQLite keeps the UTC digits, as SQLAlchemy writes them
                    if row[n] is not None:
                        row[n] = row[n].astimezone(timezone.utc)
                for n in json_columns:  # bulk_insert hands SQLite the driver's values: JSON as text
                    row[n] = json.dumps(row[n]) if row[n] is not None else None
            rows.append(row)
            if len(rows) == CHUNK:
                yield rows
                rows = []
    if rows:
        yield rows
