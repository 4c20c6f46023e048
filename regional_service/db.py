"""The regional service's own database: SQLAlchemy 2 models and the engine.

Separate from the desktop application's database (klinik_app.db): the region keeps the population
register, the listings and what clinics sent. SQLite by default, PostgreSQL by URL; only portable
types are used (String, Date, DateTime(timezone=True), JSON, Boolean, Integer). The schema is made
with `create_all` (a reference service, no migrations yet).

Versioning: every resource row keeps `version_id` (FHIR meta.versionId) and `last_updated`
(meta.lastUpdated, UTC). `FeedEntry` is the change history of what a clinic may see, fanned out
per clinic at the moment of the change (regional-listing-api.md "Inbound").
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UtcDateTime(TypeDecorator):
    """An aware UTC datetime on every backend (SQLite stores it naive, PostgreSQL as timestamptz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored as UTC instant")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Clinic(Base):
    """A clinic that may connect (its HSA-ID is its client certificate's CN in the test set-up)."""

    __tablename__ = "clinic"
    hsa_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Folktandvården's area responsibility (R-LI-2, R-EM-1): kommunkoder this clinic is assigned for.
    area_municipalities: Mapped[list[Any]] = mapped_column(default=list)


class Person(Base):
    """One person of the population register (Skatteverket's notices), served as FHIR Patient."""

    __tablename__ = "person"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    identity: Mapped[str] = mapped_column(String(12), unique=True)  # 12 digits
    id_kind: Mapped[str] = mapped_column(String(20))  # personnummer | samordningsnummer
    birth_date: Mapped[date] = mapped_column(Date)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[str] = mapped_column(String(10))  # FHIR administrative gender
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    municipality_code: Mapped[str | None] = mapped_column(String(4))  # None: not folkbokförd in Sweden
    municipality_name: Mapped[str | None] = mapped_column(String(100))  # Patient.address.district
    phone: Mapped[str | None] = mapped_column(String(40))
    deceased_on: Mapped[date | None] = mapped_column(Date)
    protected: Mapped[bool] = mapped_column(Boolean, default=False)  # R-TG-4
    # Guardians: [{"identity", "given_name", "family_name", "phone", "street", "postal_code", "city"}]
    guardians: Mapped[list[Any]] = mapped_column(default=list)
    version_id: Mapped[int] = mapped_column(Integer, default=0)
    last_updated: Mapped[datetime | None]


class Listing(Base):
    """A listing, served as FHIR EpisodeOfCare (`val` by consent, `icke-val` assigned by the region)."""

    __tablename__ = "listing"
    __table_args__ = (Index("ix_listing_clinic_type_status", "clinic_hsa", "listing_type", "status"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    identifier: Mapped[str | None] = mapped_column(String(100), unique=True)  # urn:uuid made by the clinic
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    clinic_hsa: Mapped[str] = mapped_column(ForeignKey("clinic.hsa_id"))
    listing_type: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))  # planned active finished cancelled entered-in-error
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(30))  # avslutsorsak
    ended_by_id: Mapped[str | None] = mapped_column(String(64))  # the listing whose start ended this one
    version_id: Mapped[int] = mapped_column(Integer, default=0)
    last_updated: Mapped[datetime | None]


class ListingStop(Base):
    """A clinic's listing stop (R-LI-5), served as FHIR Flag."""

    __tablename__ = "listing_stop"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    identifier: Mapped[str] = mapped_column(String(100), unique=True)
    clinic_hsa: Mapped[str] = mapped_column(ForeignKey("clinic.hsa_id"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # active inactive entered-in-error
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    version_id: Mapped[int] = mapped_column(Integer, default=0)
    last_updated: Mapped[datetime | None]


class StoredResource(Base):
    """What a clinic sent that the region keeps as sent: Consent, Encounter, Observation, CarePlan,
    Provenance (references to the bundle's fullUrls rewritten to server ids)."""

    __tablename__ = "stored_resource"
    __table_args__ = (UniqueConstraint("resource_type", "identifier"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    resource_type: Mapped[str] = mapped_column(String(30))
    identifier: Mapped[str | None] = mapped_column(String(100))  # None for Provenance
    clinic_hsa: Mapped[str] = mapped_column(ForeignKey("clinic.hsa_id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(String(64), index=True)  # the Encounter of an Observation/CarePlan
    status: Mapped[str | None] = mapped_column(String(30))
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    last_updated: Mapped[datetime]
    content: Mapped[dict[str, Any]]


class FeedEntry(Base):
    """One version of one resource as one clinic sees it (GET [base]/_history)."""

    __tablename__ = "feed_entry"
    __table_args__ = (
        Index("ix_feed_clinic_seq", "clinic_hsa", "seq"),
        Index("ix_feed_clinic_updated", "clinic_hsa", "last_updated"),
        Index("ix_feed_clinic_resource", "clinic_hsa", "resource_type", "resource_id", "seq"),
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    clinic_hsa: Mapped[str] = mapped_column(String(64))
    resource_type: Mapped[str] = mapped_column(String(30))
    resource_id: Mapped[str] = mapped_column(String(64))
    version_id: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(6))  # POST | PUT | DELETE
    last_updated: Mapped[datetime]
    person_id: Mapped[str | None] = mapped_column(String(64), index=True)
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # None for DELETE


class IdempotencyRecord(Base):
    """The stored answer to a POST with an Idempotency-Key, per clinic (kept at least 24 hours)."""

    __tablename__ = "idempotency_record"
    clinic_hsa: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    headers: Mapped[dict[str, Any]]
    body: Mapped[str] = mapped_column(Text)


class RegisterState(Base):
    """Small key/value state: the population simulator's date and random state."""

    __tablename__ = "register_state"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL, or a file path made into a SQLite URL."""
    text = str(db)
    if text.startswith(("postgresql://", "postgres://")):
        # The driver installed with the service (and with Klinik) is psycopg 3, not SQLAlchemy's default psycopg2.
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def make_engine(db: str | Path) -> Engine:
    url = make_url(database_url(db))
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    # LIFO: the writes (serialised by Region's lock) keep reusing one connection, whose page cache stays
    # valid; a commit on another connection would empty it, and a cold cache was half of a write's time.
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, pool_use_lifo=True)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # design.md: foreign keys, WAL, a busy timeout, FULL sync (a region must not lose commits).
        # isolation_level=None + an explicit BEGIN (below) makes SAVEPOINT work with pysqlite.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in ("foreign_keys=ON", "busy_timeout=5000", "synchronous=FULL", "cache_size=-65536"):
            cursor.execute(f"PRAGMA {pragma}")
        if url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def create_schema(engine: Engine) -> None:
    Base.metadata.create_all(engine)
