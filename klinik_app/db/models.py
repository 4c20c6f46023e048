"""The clinic's local store: SQLAlchemy 2 typed models.

Every mutable table carries `row_version` (optimistic concurrency: an UPDATE names the version it
read, so two workstations never silently overwrite each other) and who/when created and modified it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

# Named constraints, so Alembic's batch mode can find and alter them on SQLite.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

HSA_ID = String(64)
UUID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Row version and who/when for every mutable table (GNUmed's pattern, design.md)."""

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    created_by: Mapped[str] = mapped_column(HSA_ID, nullable=False)
    modified_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    modified_by: Mapped[str] = mapped_column(HSA_ID, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls):
        # Every ORM UPDATE becomes "... WHERE id = ? AND row_version = ?".
        return {"version_id_col": cls.__table__.c.row_version}


class Clinic(Tracked, Base):
    __tablename__ = "clinic"
    id: Mapped[int] = mapped_column(primary_key=True)
    hsa_id: Mapped[str] = mapped_column(HSA_ID, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    rule_set_id: Mapped[str] = mapped_column(String(40), default="vasterbotten")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    postal_town: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))


class StaffMember(Tracked, Base):
    __tablename__ = "staff_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    hsa_id: Mapped[str] = mapped_column(HSA_ID, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # The profession an examination records (tandlakare | tandhygienist | tandskoterska | reception ...);
    # what the member may do comes from all their roles in staff_role (domain/permissions.py).
    role: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Lockout after repeated wrong passwords (R-SE-1); reset by a successful login or an administrator.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    roles: Mapped[list[StaffRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(r.role for r in self.roles)


class StaffRole(Base):
    """One role of a staff member (domain/permissions.py); granting and removing is a security event."""

    __tablename__ = "staff_role"
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(40), primary_key=True)


class SecurityEvent(Base):
    """Logins, failed logins, lockouts, locks and unlocks, refused actions and account changes (R-SE-1).

    Append-only like the access log, but about people's use of Klinik rather than patients' data."""

    __tablename__ = "security_event"
    __table_args__ = (Index("ix_security_event_at", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    user_id: Mapped[str] = mapped_column(HSA_ID)  # as typed for an unknown user (an HSA-ID, never a personnummer)
    workstation: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str | None] = mapped_column(String(400))


class Patient(Tracked, Base):
    __tablename__ = "patient"
    id: Mapped[int] = mapped_column(primary_key=True)
    personnummer: Mapped[str] = mapped_column(String(12), unique=True)  # always 12 digits
    id_kind: Mapped[str] = mapped_column(String(20))  # personnummer | samordningsnummer
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    protected_identity: Mapped[bool] = mapped_column(Boolean, default=False)
    deceased_on: Mapped[date | None] = mapped_column(Date)
    outside_reason: Mapped[str | None] = mapped_column(String(40))  # R-TG-3
    # Address and contact details (the current ones; history comes from the region's notices).
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    postal_town: Mapped[str | None] = mapped_column(String(100))
    municipality_code: Mapped[str | None] = mapped_column(String(4))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    responsible_dentist_hsa_id: Mapped[str | None] = mapped_column(HSA_ID)  # R-LI-6
    # Issue 12: the language care is given in, and whether an interpreter books with every time.
    language: Mapped[str | None] = mapped_column(String(40))  # Swedish name: "arabiska"
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Derived (domain.text.name_columns): the Swedish ordering key, the folded search text, phone digits.
    sort_name: Mapped[str] = mapped_column(String(220), index=True)
    search_name: Mapped[str] = mapped_column(String(220))
    phone_digits: Mapped[str | None] = mapped_column(String(20))

    guardian_links: Mapped[list[PatientGuardian]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", order_by="PatientGuardian.position"
    )
    listings: Mapped[list[Listing]] = relationship(back_populates="patient", order_by="Listing.start_date")


class Guardian(Tracked, Base):
    """A vårdnadshavare; shared by siblings."""

    __tablename__ = "guardian"
    id: Mapped[int] = mapped_column(primary_key=True)
    personnummer: Mapped[str | None] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    postal_town: Mapped[str | None] = mapped_column(String(100))


class PatientGuardian(Base):
    """Who is a patient's guardian. A link, not a record: a change to it is a change of the patient,
    whose row_version and modified_by/at it bumps."""

    __tablename__ = "patient_guardian"
    __table_args__ = {"sqlite_with_rowid": False}
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1 or 2, as in the CSV
    guardian_id: Mapped[int] = mapped_column(ForeignKey("guardian.id"), index=True)

    patient: Mapped[Patient] = relationship(back_populates="guardian_links")
    guardian: Mapped[Guardian] = relationship()


class Consent(Tracked, Base):
    """R-LI-1: who consented to a choice listing, when, how, recorded by whom."""

    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    giver: Mapped[str] = mapped_column(String(20))  # patient | vardnadshavare
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardian.id"))
    given_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))  # pa-plats | telefon | papper | e-tjanst
    recorded_by: Mapped[str] = mapped_column(HSA_ID)


class Listing(Tracked, Base):
    """A listing at this clinic, with its history (R-LI)."""

    __tablename__ = "listing"
    # By patient (the card, the register), and by the region's id (every listing the sync pulls).
    __table_args__ = (Index("ix_listing_patient_status", "patient_id", "status"), Index("ix_listing_server_id", "server_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    listing_type: Mapped[str] = mapped_column(String(10))  # val | icke-val
    status: Mapped[str] = mapped_column(String(20))  # planned | active | finished | entered-in-error
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(30))  # avslutsorsak
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consent.id"))
    origin: Mapped[str] = mapped_column(String(10))  # import | local | region
    server_id: Mapped[str | None] = mapped_column(String(64))
    server_version: Mapped[str | None] = mapped_column(String(20))

    patient: Mapped[Patient] = relationship(back_populates="listings")
    consent: Mapped[Consent | None] = relationship()


class ListingStop(Tracked, Base):
    """R-LI-5: a period in which the clinic accepts no new choice listings."""

    __tablename__ = "listing_stop"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)  # the Flag's identifier at the region
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    listed_count: Mapped[int] = mapped_column(Integer)  # choice listings when it was declared
    note: Mapped[str | None] = mapped_column(Text)


class MonthSnapshot(Base):
    """R-LI-8: the listed population on the last day of a month, one row per group, kept as taken."""

    __tablename__ = "month_snapshot"
    __table_args__ = (
        UniqueConstraint("month_end", "listing_type", "responsible_dentist_hsa_id", "municipality_code",
                         "protected_identity", name="uq_month_snapshot_group"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    month_end: Mapped[date] = mapped_column(Date, index=True)
    listing_type: Mapped[str] = mapped_column(String(10))
    responsible_dentist_hsa_id: Mapped[str] = mapped_column(HSA_ID)  # "" when none (R-LI-6)
    municipality_code: Mapped[str] = mapped_column(String(4))  # "" when unknown or protected
    protected_identity: Mapped[bool] = mapped_column(Boolean)
    count: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    taken_by: Mapped[str] = mapped_column(HSA_ID)


class Examination(Tracked, Base):
    """A revision examination (dentist or hygienist) or a dental nurse's tandhälsokontroll (R-RV-5)."""

    __tablename__ = "examination"
    __table_args__ = (
        Index("ix_examination_patient_date", "patient_id", "examined_on"),
        Index("ix_examination_examined_on", "examined_on"),
        # The dashboard's live dental-health figures, answered from the index (migration 0020).
        Index("ix_examination_dental_health", "patient_id", "examined_on", "examiner_role", "deft", "dft"),
        UniqueConstraint("patient_id", "examined_on", "examiner_role", name="uq_examination_patient_date_role"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)  # the Encounter's identifier at the region
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    examined_on: Mapped[date] = mapped_column(Date)
    examiner_role: Mapped[str] = mapped_column(String(20))  # tandlakare | tandhygienist | tandskoterska
    examiner_hsa_id: Mapped[str | None] = mapped_column(HSA_ID)
    # Risk 0-2 per domain (R-RV-10); None for a tandhälsokontroll.
    risk_caries: Mapped[int | None] = mapped_column(Integer)
    risk_periodontal: Mapped[int | None] = mapped_column(Integer)
    risk_general: Mapped[int | None] = mapped_column(Integer)
    risk_technical: Mapped[int | None] = mapped_column(Integer)
    planned_interval_months: Mapped[int | None] = mapped_column(Integer)  # as planned, before any cap
    deft: Mapped[int | None] = mapped_column(Integer)
    dft: Mapped[int | None] = mapped_column(Integer)
    tobacco: Mapped[str | None] = mapped_column(String(20))  # ingen | rokning | snus | rokning-och-snus
    bite_check: Mapped[bool | None] = mapped_column(Boolean)
    flags: Mapped[str | None] = mapped_column(String(100))  # rule ids broken, e.g. "R-RV-2 R-RV-7"
    origin: Mapped[str] = mapped_column(String(10))  # import | local | demo


class Recall(Tracked, Base):
    """Staff's handling of a patient's next revision, kept apart from the computed due date
    (the Open Dental lesson, design.md): an override or a pause, and the contact state."""

    __tablename__ = "recall"
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), primary_key=True)
    override_due: Mapped[date | None] = mapped_column(Date)
    disabled_until: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="not-contacted")
    summons_count: Mapped[int] = mapped_column(Integer, default=0)
    last_summons_on: Mapped[date | None] = mapped_column(Date)


class RecallContact(Base):
    """Every contact about a patient's recall, append-only (Open Dental: every attempt is logged):
    a summons or reminder letter, a call, a status set by staff, an override or pause and its reason."""

    __tablename__ = "recall_contact"
    __table_args__ = (Index("ix_recall_contact_patient", "patient_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    contacted_on: Mapped[date] = mapped_column(Date)
    # summons | reminder | status | override | disable | reset (a new revision starts a new cycle)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(20))  # the recall status after this contact
    note: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(HSA_ID)


class RevisionDue(Base):
    """Derived: each patient's computed next revision (rules.md "The due date").

    Never edited: rewritten from the examinations whenever they change, and in full when the rule
    set in force changes. It exists so the recall list is a range scan at region scale.
    """

    __tablename__ = "revision_due"
    __table_args__ = (Index("ix_revision_due_due", "due"),)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"), primary_key=True)
    due: Mapped[date | None] = mapped_column(Date)  # None: no revision within Hälsoval (care-ends)
    reason: Mapped[str] = mapped_column(String(20))  # first-exam | planned-interval | interval-cap | dentist-cap | care-ends
    requires_dentist: Mapped[bool] = mapped_column(Boolean)
    care_ends: Mapped[date] = mapped_column(Date)
    last_exam: Mapped[date | None] = mapped_column(Date)
    last_dentist_exam: Mapped[date | None] = mapped_column(Date)
    rule_set: Mapped[str] = mapped_column(String(60))  # id and version the row was computed with


class OutboxItem(Base):
    """A change waiting for the region; written in the same transaction as the change itself."""

    __tablename__ = "outbox_item"
    __table_args__ = (Index("ix_outbox_item_status_id", "status", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)  # also the send order
    idempotency_key: Mapped[str] = mapped_column(UUID, unique=True)
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patient.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # listing | listing-correction | revision-report | listing-stop
    payload: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="waiting")  # waiting | sent | attention | conflict | withdrawn
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error_code: Mapped[str | None] = mapped_column(String(40))
    last_error: Mapped[str | None] = mapped_column(Text)
    staff_hsa_id: Mapped[str] = mapped_column(HSA_ID)  # who made the change: the Provenance agent
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class AccessLogEntry(Base):
    """R-SE-2: one read or write of patient data. Append-only; each entry chains the previous hash."""

    __tablename__ = "access_log"
    # By patient (the patient's extract) and by time (reviews per period and per user).
    __table_args__ = (Index("ix_access_log_patient_at", "patient_id", "at"), Index("ix_access_log_at", "at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    user_id: Mapped[str] = mapped_column(HSA_ID)
    user_kind: Mapped[str] = mapped_column(String(20))  # staff | os-account | system
    role: Mapped[str | None] = mapped_column(String(200))  # the actor's roles, comma separated
    workstation: Mapped[str | None] = mapped_column(String(100))
    care_unit: Mapped[str | None] = mapped_column(HSA_ID)
    action: Mapped[str] = mapped_column(String(20))  # read | write | search | import | export
    # No foreign key: the log outlives anything it names.
    patient_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(String(400))  # never an identity number
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AccessLogSeal(Base):
    """R-SE-2: the access log's seal, one row (id 1): how many entries the log holds and the last one.

    Rewritten in the same transaction as every append (services.access_log.record), so entries
    removed from the end of the log, which the hash chain alone cannot show, no longer match it.
    """

    __tablename__ = "access_log_seal"
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_count: Mapped[int] = mapped_column(Integer)
    last_id: Mapped[int | None] = mapped_column(Integer)
    last_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_hash: Mapped[str] = mapped_column(String(64))  # GENESIS while the log is empty
    # Set when the row was found missing and made again from the log: what it sealed before is lost.
    rebuilt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AccessLogReview(Base):
    """R-SE-2: a signed-off monthly review of the access log (loggkontroll): who, when, which
    sample and what was found. Append-only: a new sign-off of a month names the one it replaces."""

    __tablename__ = "access_log_review"
    __table_args__ = (Index("ix_access_log_review_month", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date)  # the first day of the reviewed month
    reviewer: Mapped[str] = mapped_column(HSA_ID)
    signed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    signed_by: Mapped[str] = mapped_column(HSA_ID)  # who entered the sign-off
    seed: Mapped[int] = mapped_column(Integer)
    sample_size: Mapped[int] = mapped_column(Integer)  # as asked for
    population: Mapped[int] = mapped_column(Integer)  # entries the sample was drawn from
    sample_ids: Mapped[str] = mapped_column(Text)  # access_log ids, comma separated
    sample_digest: Mapped[str] = mapped_column(String(64))  # covers the sampled entries' ids and hashes
    findings: Mapped[str] = mapped_column(Text)
    # The seal when signed: verify checks that this point of the chain is still there.
    seal_count: Mapped[int] = mapped_column(Integer)
    seal_hash: Mapped[str] = mapped_column(String(64))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("access_log_review.id"), unique=True)


class AppSetting(Tracked, Base):
    """Small key-value settings stored with the clinic's data (not per workstation)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncResource(Tracked, Base):
    """A resource the region knows, by its server id: the newest version the clinic holds.

    regional-listing-api.md: the client keeps the server ids it has seen (a DELETE names only
    `Type/id`) and applies an inbound entry only when its version is newer. Also what the clinic
    sent, so a later conditional update knows the version to name in `ifMatch`. Tracked: two
    workstations syncing at once cannot silently overwrite each other's bookkeeping.
    """

    __tablename__ = "sync_resource"
    __table_args__ = (Index("ix_sync_resource_identifier", "identifier"),
                      Index("ix_sync_resource_patient", "patient_id"))
    resource_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    last_updated: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    identifier: Mapped[str | None] = mapped_column(String(60))  # the clinic's urn:uuid:..., when it made it
    # No foreign key, like the access log: the bookkeeping outlives what it names.
    patient_id: Mapped[int | None] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


__all__ = [
    "Base",
    "Clinic",
    "StaffMember",
    "Patient",
    "Guardian",
    "PatientGuardian",
    "Consent",
    "Listing",
    "ListingStop",
    "MonthSnapshot",
    "Examination",
    "Recall",
    "RevisionDue",
    "OutboxItem",
    "AccessLogEntry",
    "AccessLogSeal",
    "AccessLogReview",
    "AppSetting",
    "SyncResource",
]


class Deviation(Tracked, Base):
    """A reported deviation (avvikelse, R-DV-1..7) and where its case stands (domain/deviations.py).

    No patient here: a link to a patient is kept apart in deviation_patient, shown only to handlers."""

    __tablename__ = "deviation"
    __table_args__ = (Index("ix_deviation_state", "state"), Index("ix_deviation_reported_on", "reported_on"))
    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(20))
    harm: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(30))
    what: Mapped[str] = mapped_column(Text)
    occurred_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    immediate_action: Mapped[str] = mapped_column(Text)
    other_party: Mapped[str | None] = mapped_column(String(200))  # provider, municipality or other party
    reported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reported_on: Mapped[date] = mapped_column(Date)  # the day treated as today (--today): answers count from it
    reporter: Mapped[str] = mapped_column(HSA_ID)
    investigator: Mapped[str | None] = mapped_column(String(200))
    decided_on: Mapped[date | None] = mapped_column(Date)  # when the actions were decided
    answer_text: Mapped[str | None] = mapped_column(Text)  # R-DV-2: to (or, outgoing, from) the other party
    answer_on: Mapped[date | None] = mapped_column(Date)  # delivered to (received from) the other party
    feedback: Mapped[str | None] = mapped_column(Text)  # R-DV-5: the feedback the reporter got
    closed_on: Mapped[date | None] = mapped_column(Date)
    lesson: Mapped[str | None] = mapped_column(Text)  # R-DV-5: what the clinic learnt (closed cases)
    lesson_on: Mapped[date | None] = mapped_column(Date)

    actions: Mapped[list[DeviationAction]] = relationship(order_by="DeviationAction.id", cascade="all, delete-orphan")


class DeviationAction(Tracked, Base):
    """R-DV-5: an action decided for a deviation, and its follow-up."""

    __tablename__ = "deviation_action"
    id: Mapped[int] = mapped_column(primary_key=True)
    deviation_id: Mapped[int] = mapped_column(ForeignKey("deviation.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)
    followed_up_on: Mapped[date | None] = mapped_column(Date)


class DeviationEvent(Tracked, Base):
    """The case's timeline: one line per step, never edited (Tracked like every table; created_* is
    when and who)."""

    __tablename__ = "deviation_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    deviation_id: Mapped[int] = mapped_column(ForeignKey("deviation.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # the state reached, or "svar", "patient"
    text: Mapped[str] = mapped_column(Text)  # Swedish, shown as is; never a personnummer


class DeviationPatient(Tracked, Base):
    """The optional patient of a deviation, apart from the report so that only handlers see it
    (R-DV-1: reporting never exposes a patient); every read and write is in the access log."""

    __tablename__ = "deviation_patient"
    deviation_id: Mapped[int] = mapped_column(ForeignKey("deviation.id", ondelete="CASCADE"), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)


class DeviationLexMaria(Tracked, Base):
    """R-DV-3/R-DV-4: the Lex Maria report of a serious deviation to IVO, the de-identified copy for
    the region, and IVO's decision forwarded to the region."""

    __tablename__ = "deviation_lex_maria"
    deviation_id: Mapped[int] = mapped_column(ForeignKey("deviation.id", ondelete="CASCADE"), primary_key=True)
    reporter: Mapped[str] = mapped_column(String(200))  # the appointed reporter (anmälningsansvarig)
    sent_on: Mapped[date | None] = mapped_column(Date, index=True)  # sent to IVO
    channel: Mapped[str | None] = mapped_column(String(30))
    patient_informed_on: Mapped[date | None] = mapped_column(Date)
    investigation_attached: Mapped[bool] = mapped_column(Boolean, default=False)
    region_copy_on: Mapped[date | None] = mapped_column(Date)  # the de-identified copy sent to the region
    ivo_decision: Mapped[str | None] = mapped_column(Text)
    ivo_decision_on: Mapped[date | None] = mapped_column(Date)
    decision_forwarded_on: Mapped[date | None] = mapped_column(Date)  # IVO's decision sent on to the region


__all__ += ["Deviation", "DeviationAction", "DeviationEvent", "DeviationLexMaria", "DeviationPatient"]


class Room(Tracked, Base):
    """A treatment room of the appointment book (issue 5)."""

    __tablename__ = "room"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Appointment(Tracked, Base):
    """A time in the appointment book (tidbok). Never deleted: every agreed time stays in the journal
    (R-AB-1); a cancellation or a move is a status or a new start, with who set it and when."""

    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_caregiver_start", "caregiver_hsa_id", "starts_at"),
        Index("ix_appointment_starts_at", "starts_at"),
        Index("ix_appointment_patient_start", "patient_id", "starts_at"),
        Index("ix_appointment_status_start", "status", "starts_at"),
        # The counted absences of a period (services.absence_stats): a few per cent of the rows.
        # Its condition as each dialect writes `WHERE Appointment.absence_counted`: SQLite uses a
        # partial index only for a query whose condition matches it.
        Index("ix_appointment_counted_start", "starts_at", sqlite_where=text("absence_counted = 1"),
              postgresql_where=text("absence_counted")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    caregiver_hsa_id: Mapped[str | None] = mapped_column(HSA_ID)  # None: not yet assigned (an import)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # revision | treatment | emergency | other
    # booked | attended | cancelled | late-cancellation | no-show
    status: Mapped[str] = mapped_column(String(20), default="booked")
    status_set_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status_set_by: Mapped[str | None] = mapped_column(HSA_ID)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # R-AB-3: agreed and approved by both the clinic and the patient or guardian; a time only proposed
    # in a summons letter is not agreed until someone records who confirmed it and how.
    agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    agreed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    agreed_by: Mapped[str | None] = mapped_column(HSA_ID)  # the staff member who recorded the agreement
    agreed_with: Mapped[str | None] = mapped_column(String(200))  # patient, or the guardian's name
    agreed_how: Mapped[str | None] = mapped_column(String(20))  # pa-plats | telefon | brev | e-tjanst | sms | import
    # R-AB-2: the re-offer deadline counts from the first agreed time, which a move keeps.
    first_agreed_start: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reoffer_of_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))  # the missed time it re-offers
    # R-AB-3: the absence fee decided when the outcome was set, and why (shown either way).
    fee_sek: Mapped[int | None] = mapped_column(Integer)
    fee_reason: Mapped[str | None] = mapped_column(String(300))
    examination_id: Mapped[int | None] = mapped_column(ForeignKey("examination.id"))  # an attended revision's exam
    interpreter_language: Mapped[str | None] = mapped_column(String(40))  # an interpreter reserved for the time
    note: Mapped[str | None] = mapped_column(String(500))
    origin: Mapped[str] = mapped_column(String(10), default="local")  # local | import | demo
    # R-AB-6 decided when the outcome was set (the listing on that day, the rule set then) and kept.
    absence_counted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A counted absence: the Swedish day the first later non-emergency time of the patient was booked.
    reoffered_on: Mapped[date | None] = mapped_column(Date)


class AppointmentMonth(Base):
    """The monthly counts of services.absence_stats, kept exact in the transaction of every change
    of an appointment (services.appointment_counts). Month: the Swedish month of the start."""

    __tablename__ = "appointment_month"
    month: Mapped[date] = mapped_column(Date, primary_key=True)  # its first day
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    birth_year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    due: Mapped[int] = mapped_column(Integer, default=0)  # agreed, non-emergency, with an outcome
    late_cancellations: Mapped[int] = mapped_column(Integer, default=0)
    fees: Mapped[int] = mapped_column(Integer, default=0)  # times charged a fee
    fee_sum: Mapped[int] = mapped_column(Integer, default=0)  # kronor


class Task(Tracked, Base):
    """An item on a role's to-do list (Att göra): R-AB-4 written information, R-AB-5 child-at-risk
    assessment. At most one open task of a kind per patient (a partial unique index)."""

    __tablename__ = "task"
    __table_args__ = (
        Index("ux_task_open_kind_patient", "kind", "patient_id", unique=True,
              sqlite_where=text("state = 'open'"), postgresql_where=text("state = 'open'")),
        Index("ix_task_state_role", "state", "role"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))  # written-information | child-at-risk
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))  # the role whose list shows it
    state: Mapped[str] = mapped_column(String(10), default="open")  # open | closed
    opened_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))  # the absence that opened it
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_by: Mapped[str | None] = mapped_column(HSA_ID)
    # written-information: sent; child-at-risk: reported | not-reported (R-AB-5)
    decision: Mapped[str | None] = mapped_column(String(20))
    decision_on: Mapped[date | None] = mapped_column(Date)  # the letter sent, or the concern reported
    social_services_office: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)


__all__ += ["Room", "Appointment", "Task"]


class FeeSchedule(Tracked, Base):
    """A loaded price list (issue 5): the regional tandvårdstaxa or Folktandvården's price list, each
    version with its validity window (domain/fee_schedule.py). Never edited: a new version is loaded."""

    __tablename__ = "fee_schedule"
    __table_args__ = (UniqueConstraint("kind", "version", name="uq_fee_schedule_kind_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # regional | folktandvarden
    version: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)  # None: until a later version starts
    source: Mapped[str] = mapped_column(String(300))  # the file it came from
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    loaded_by: Mapped[str] = mapped_column(HSA_ID)


class FeeItem(Tracked, Base):
    """One code of a fee schedule; the price in öre (never a float). Written once, with its schedule."""

    __tablename__ = "fee_item"
    __table_args__ = (UniqueConstraint("schedule_id", "code", name="uq_fee_item_schedule_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("fee_schedule.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    price_ore: Mapped[int] = mapped_column(Integer)


class EmergencyVisit(Tracked, Base):
    """An emergency visit of a patient not listed here (R-EM-1..3) and who pays for it."""

    __tablename__ = "emergency_visit"
    __table_args__ = (Index("ix_emergency_visit_visited_on", "visited_on"),
                      Index("ix_emergency_visit_payer_kind", "payer_kind"))
    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))
    summary: Mapped[str] = mapped_column(Text)  # the complaint and what was done (the R-EM-2 letter)
    # R-EM-1: listing-clinic (from the regional look-up or, R-EM-3, given by staff) | area-clinic | unknown
    payer_kind: Mapped[str] = mapped_column(String(20))
    payer_hsa_id: Mapped[str | None] = mapped_column(HSA_ID)
    payer_name: Mapped[str | None] = mapped_column(String(200))
    payer_reason: Mapped[str | None] = mapped_column(String(300))  # Swedish: why this payer (shown and printed)
    looked_up_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # the last answered look-up
    residence: Mapped[str] = mapped_column(String(30), default="lan")  # lan | tillfalligt-utanfor-lanet | annat-lan
    report_letter_on: Mapped[date | None] = mapped_column(Date)  # R-EM-2: the report-back letter written


class Treatment(Tracked, Base):
    """A treatment given at a visit or an emergency visit, priced when saved from the schedule valid
    on the treatment date. Removing one entered by mistake marks it (removed_*), never deletes it."""

    __tablename__ = "treatment"
    __table_args__ = (Index("ix_treatment_patient_treated_on", "patient_id", "treated_on"),
                      Index("ix_treatment_treated_on", "treated_on"))
    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), index=True)
    emergency_visit_id: Mapped[int | None] = mapped_column(ForeignKey("emergency_visit.id"), index=True)
    treated_on: Mapped[date] = mapped_column(Date)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))  # as in the schedule when priced
    tooth: Mapped[int | None] = mapped_column(Integer)  # FDI 11-48 or 51-85
    caregiver_hsa_id: Mapped[str] = mapped_column(HSA_ID)
    price_ore: Mapped[int] = mapped_column(Integer)
    fee_item_id: Mapped[int] = mapped_column(ForeignKey("fee_item.id"))
    schedule_id: Mapped[int] = mapped_column(ForeignKey("fee_schedule.id"))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    removed_by: Mapped[str | None] = mapped_column(HSA_ID)


class AreaClinic(Tracked, Base):
    """R-EM-1 area responsibility: the Folktandvården clinic for a municipality, or for postcodes
    starting with a prefix within it (the most specific match wins)."""

    __tablename__ = "area_clinic"
    __table_args__ = (UniqueConstraint("municipality_code", "postcode_prefix", name="uq_area_clinic_area"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(4))
    postcode_prefix: Mapped[str | None] = mapped_column(String(5))  # digits only
    clinic_hsa_id: Mapped[str] = mapped_column(HSA_ID)
    clinic_name: Mapped[str] = mapped_column(String(200))


__all__ += ["FeeSchedule", "FeeItem", "EmergencyVisit", "Treatment", "AreaClinic"]


class Orderer(Tracked, Base):
    """R-RP-2: a beställare the clinic works for, each with its own agreements and goals (issue 9)."""

    __tablename__ = "orderer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    hsa_id: Mapped[str | None] = mapped_column(HSA_ID)
    address: Mapped[str] = mapped_column(Text, default="")  # lines separated by newlines


class Agreement(Tracked, Base):
    """An orderer's agreement for one year: the year its targets belong to (R-RP-2)."""

    __tablename__ = "agreement"
    __table_args__ = (UniqueConstraint("orderer_id", "year", name="uq_agreement_orderer_year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    orderer_id: Mapped[int] = mapped_column(ForeignKey("orderer.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class IndicatorTarget(Tracked, Base):
    """A target value of one indicator (domain/indicators.py) in an agreement, and how far from it a
    value still counts as close (same unit as the indicator's value)."""

    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("agreement_id", "indicator_id", name="uq_indicator_target_agreement_indicator"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    indicator_id: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)
    close_margin: Mapped[float] = mapped_column(Float, default=0.0)


class ActionPlan(Tracked, Base):
    """What the clinic does about a missed target (seed 002: an action plan when a target is missed):
    the measure, who owns it, by when, when it was done and how it was followed up."""

    __tablename__ = "action_plan"
    __table_args__ = (Index("ix_action_plan_agreement_indicator", "agreement_id", "indicator_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    indicator_id: Mapped[str] = mapped_column(String(40))
    measure: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    follow_up: Mapped[str | None] = mapped_column(Text)


__all__ += ["Orderer", "Agreement", "IndicatorTarget", "ActionPlan"]


class RevisionMonth(Base):
    """R-RP-1: the revision figures of a completed month end, one row per due-date reason (zeros
    included, so a taken month is known as taken), kept as taken like MonthSnapshot (R-LI-8): an
    examination recorded or corrected later never changes them (services.revision_month)."""

    __tablename__ = "revision_month"
    __table_args__ = (UniqueConstraint("month_end", "reason", name="uq_revision_month_reason"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    month_end: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(String(20))  # as revision_due.reason
    with_interval: Mapped[int] = mapped_column(Integer)  # listed, with an interval to keep
    within_interval: Mapped[int] = mapped_column(Integer)
    overdue: Mapped[int] = mapped_column(Integer)
    overdue_over_limit: Mapped[int] = mapped_column(Integer)  # more than 90 days
    turning_3: Mapped[int] = mapped_column(Integer)  # listed, turning 3 in the month end's year
    turning_3_examined: Mapped[int] = mapped_column(Integer)  # ... examined by a dentist by then
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    taken_by: Mapped[str] = mapped_column(HSA_ID)


__all__ += ["RevisionMonth"]

# --- issue 13: record copies and disclosures (migration 0015) ---


class RecordDisclosure(Base):
    """R-SE-4: one copy of a patient's record handed out, append-only like the access log: to whom,
    on whose consent (obtained by whom, when, how), what was produced, when and by whom. A patient's
    own request (or a guardian's) needs no consent and is recorded the same way."""

    __tablename__ = "record_disclosure"
    __table_args__ = (Index("ix_record_disclosure_patient", "patient_id", "disclosed_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    recipient_kind: Mapped[str] = mapped_column(String(20))  # provider | patient | guardian
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_hsa_id: Mapped[str | None] = mapped_column(HSA_ID)
    consent_by: Mapped[str | None] = mapped_column(String(20))  # patient | vardnadshavare; None: own request
    consent_guardian: Mapped[str | None] = mapped_column(String(200))  # the guardian's name
    consent_on: Mapped[date | None] = mapped_column(Date)
    consent_how: Mapped[str | None] = mapped_column(String(20))  # pa-plats | telefon | brev | e-tjanst
    consent_obtained_by: Mapped[str | None] = mapped_column(HSA_ID)
    formats: Mapped[str] = mapped_column(String(20))  # pdf | fhir | pdf+fhir
    reason: Mapped[str | None] = mapped_column(String(400))  # protected identity: why (R-TG-4)
    disclosed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    disclosed_by: Mapped[str] = mapped_column(HSA_ID)


__all__ += ["RecordDisclosure"]

# --- issue 13: clinic archive and retention review (migration 0016) ---


class RetentionReview(Base):
    """R-SE-3: one confirmed retention review (gallring): who removed how many records, when, and
    which. Internal patient ids only, never identity numbers; append-only."""

    __tablename__ = "retention_review"
    id: Mapped[int] = mapped_column(primary_key=True)
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reviewer: Mapped[str] = mapped_column(HSA_ID)
    as_of: Mapped[date] = mapped_column(Date)  # the day the list was drawn up for
    record_years: Mapped[int] = mapped_column(Integer)  # the retention setting then in force
    removed_count: Mapped[int] = mapped_column(Integer)
    patient_ids: Mapped[str] = mapped_column(Text)  # the removed patients' internal ids, comma separated
    note: Mapped[str] = mapped_column(Text)  # the head of clinic's own words on the review


__all__ += ["RetentionReview"]

# --- issue 12: caregiver capacity (migration 0017) ---


class WorkingHours(Tracked, Base):
    """A caregiver's weekly working pattern (issue 12): one period of a weekday, and the share of it
    kept for revisions. Times are minutes after midnight, Swedish local time."""

    __tablename__ = "working_hours"
    __table_args__ = (Index("ix_working_hours_caregiver", "caregiver_hsa_id", "weekday"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    caregiver_hsa_id: Mapped[str] = mapped_column(HSA_ID)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 Monday .. 6 Sunday
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    revision_percent: Mapped[int] = mapped_column(Integer)  # 0-100


class CapacityException(Tracked, Base):
    """An exception to the weekly pattern: leave or absence over a date range (no working time), or an
    extra working day with its own hours and revision share."""

    __tablename__ = "capacity_exception"
    __table_args__ = (Index("ix_capacity_exception_caregiver", "caregiver_hsa_id", "first_day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    caregiver_hsa_id: Mapped[str] = mapped_column(HSA_ID)
    kind: Mapped[str] = mapped_column(String(10))  # absence | extra
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    start_minute: Mapped[int | None] = mapped_column(Integer)  # extra days only
    end_minute: Mapped[int | None] = mapped_column(Integer)
    revision_percent: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(200))


__all__ += ["CapacityException", "WorkingHours"]

# --- issue 12: referrals (migration 0018) ---


class Referral(Tracked, Base):
    """A referral (remiss) to specialist care (R-RV-9): draft, sent (when, to whom), answered (when,
    outcome), closed, or withdrawn. created_by/created_at (Tracked) say who wrote it."""

    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_patient", "patient_id"), Index("ix_referral_state", "state"))
    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    specialty: Mapped[str] = mapped_column(String(30))  # domain.referrals.SPECIALTIES
    reason: Mapped[str] = mapped_column(String(1000))
    created_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(12))  # draft | sent | answered | closed | withdrawn
    sent_on: Mapped[date | None] = mapped_column(Date)
    recipient: Mapped[str | None] = mapped_column(String(200))  # the receiving clinic
    answered_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(12))  # accepted | treated | declined | other
    outcome_note: Mapped[str | None] = mapped_column(String(1000))
    ended_on: Mapped[date | None] = mapped_column(Date)  # closed or withdrawn


__all__ += ["Referral"]

# --- issue 9: dental-health month figures (migration 0019) ---


class DentalHealthMonth(Base):
    """R-RP-1, R-RV-8: the dental-health sums of a completed month per age and measure (deft, dft),
    zeros included (so a taken month is known as taken), kept as taken like RevisionMonth: an
    examination recorded or corrected later never changes them (services.dental_health_month)."""

    __tablename__ = "dental_health_month"
    __table_args__ = (UniqueConstraint("month_end", "age", "measure", name="uq_dental_health_month_age_measure"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    month_end: Mapped[date] = mapped_column(Date, index=True)
    age: Mapped[int] = mapped_column(Integer)  # 3, 6, 12, 19: the age turned in the examination year
    measure: Mapped[str] = mapped_column(String(4))  # deft | dft (the examination column)
    examined: Mapped[int] = mapped_column(Integer)  # patients with a value at their latest examination
    total: Mapped[int] = mapped_column(Integer)  # the sum of those values
    caries_free: Mapped[int] = mapped_column(Integer)  # ... of which 0
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    taken_by: Mapped[str] = mapped_column(HSA_ID)


# The live dental-health figures read only the birth years of the ages followed up.
Index("ix_patient_birth_date", Patient.birth_date)

__all__ += ["DentalHealthMonth"]
