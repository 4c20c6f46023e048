"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23

The clinic's first schema, with the patient search index (FTS5 trigram on SQLite, pg_trgm on
PostgreSQL) so search by any fragment of name, personnummer or phone stays fast at region scale.
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


SQLITE_SEARCH = [
    # External content: the text lives in `patient`; the index holds only trigrams.
    "CREATE VIRTUAL TABLE patient_fts USING fts5(search_name, personnummer, phone_digits, "
    "content='patient', content_rowid='id', columnsize=0, tokenize='trigram')",
    "CREATE TRIGGER patient_fts_ai AFTER INSERT ON patient BEGIN "
    "INSERT INTO patient_fts(rowid, search_name, personnummer, phone_digits) "
    "VALUES (new.id, new.search_name, new.personnummer, new.phone_digits); END",
    "CREATE TRIGGER patient_fts_ad AFTER DELETE ON patient BEGIN "
    "INSERT INTO patient_fts(patient_fts, rowid, search_name, personnummer, phone_digits) "
    "VALUES ('delete', old.id, old.search_name, old.personnummer, old.phone_digits); END",
    "CREATE TRIGGER patient_fts_au AFTER UPDATE OF search_name, personnummer, phone_digits ON patient BEGIN "
    "INSERT INTO patient_fts(patient_fts, rowid, search_name, personnummer, phone_digits) "
    "VALUES ('delete', old.id, old.search_name, old.personnummer, old.phone_digits); "
    "INSERT INTO patient_fts(rowid, search_name, personnummer, phone_digits) "
    "VALUES (new.id, new.search_name, new.personnummer, new.phone_digits); END",
]

POSTGRESQL_SEARCH = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_patient_trgm ON patient USING gin "
    "((search_name || ' ' || personnummer || ' ' || coalesce(phone_digits, '')) gin_trgm_ops)",
]


def _create_search_index() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH if dialect == "sqlite" else POSTGRESQL_SEARCH if dialect == "postgresql" else []:
        op.execute(statement)


def upgrade() -> None:
    op.create_table('access_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('user_kind', sa.String(length=20), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=True),
    sa.Column('workstation', sa.String(length=100), nullable=True),
    sa.Column('care_unit', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.String(length=400), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_log'))
    )
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.create_index('ix_access_log_patient_at', ['patient_id', 'at'], unique=False)

    op.create_table('app_setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_setting'))
    )
    op.create_table('clinic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hsa_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('rule_set_id', sa.String(length=40), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postal_code', sa.String(length=10), nullable=True),
    sa.Column('postal_town', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clinic')),
    sa.UniqueConstraint('hsa_id', name=op.f('uq_clinic_hsa_id'))
    )
    op.create_table('guardian',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('personnummer', sa.String(length=12), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postal_code', sa.String(length=10), nullable=True),
    sa.Column('postal_town', sa.String(length=100), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guardian')),
    sa.UniqueConstraint('personnummer', name=op.f('uq_guardian_personnummer'))
    )
    op.create_table('patient',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('personnummer', sa.String(length=12), nullable=False),
    sa.Column('id_kind', sa.String(length=20), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('protected_identity', sa.Boolean(), nullable=False),
    sa.Column('deceased_on', sa.Date(), nullable=True),
    sa.Column('outside_reason', sa.String(length=40), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postal_code', sa.String(length=10), nullable=True),
    sa.Column('postal_town', sa.String(length=100), nullable=True),
    sa.Column('municipality_code', sa.String(length=4), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('responsible_dentist_hsa_id', sa.String(length=64), nullable=True),
    sa.Column('sort_name', sa.String(length=220), nullable=False),
    sa.Column('search_name', sa.String(length=220), nullable=False),
    sa.Column('phone_digits', sa.String(length=20), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patient')),
    sa.UniqueConstraint('personnummer', name=op.f('uq_patient_personnummer'))
    )
    with op.batch_alter_table('patient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patient_sort_name'), ['sort_name'], unique=False)

    op.create_table('staff_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hsa_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_member')),
    sa.UniqueConstraint('hsa_id', name=op.f('uq_staff_member_hsa_id'))
    )
    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('giver', sa.String(length=20), nullable=False),
    sa.Column('guardian_id', sa.Integer(), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['guardian_id'], ['guardian.id'], name=op.f('fk_consent_guardian_id_guardian')),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_consent_patient_id_patient')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent')),
    sa.UniqueConstraint('uuid', name=op.f('uq_consent_uuid'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_patient_id'), ['patient_id'], unique=False)

    op.create_table('outbox_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('error_code', sa.String(length=40), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('staff_hsa_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_outbox_item_patient_id_patient')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_item')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_outbox_item_idempotency_key'))
    )
    with op.batch_alter_table('outbox_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_item_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index('ix_outbox_item_status_id', ['status', 'id'], unique=False)

    op.create_table('patient_guardian',
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('guardian_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['guardian_id'], ['guardian.id'], name=op.f('fk_patient_guardian_guardian_id_guardian')),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_patient_guardian_patient_id_patient'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('patient_id', 'position', name=op.f('pk_patient_guardian')),
    sqlite_with_rowid=False,  # the key is the row: half the space
    )
    with op.batch_alter_table('patient_guardian', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patient_guardian_guardian_id'), ['guardian_id'], unique=False)

    _create_search_index()
    op.create_table('listing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('listing_type', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=30), nullable=True),
    sa.Column('consent_id', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('server_id', sa.String(length=64), nullable=True),
    sa.Column('server_version', sa.String(length=20), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], name=op.f('fk_listing_consent_id_consent')),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_listing_patient_id_patient')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_listing')),
    sa.UniqueConstraint('uuid', name=op.f('uq_listing_uuid'))
    )
    with op.batch_alter_table('listing', schema=None) as batch_op:
        batch_op.create_index('ix_listing_patient_status', ['patient_id', 'status'], unique=False)



def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("patient_fts_ai", "patient_fts_ad", "patient_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS patient_fts")
    with op.batch_alter_table('listing', schema=None) as batch_op:
        batch_op.drop_index('ix_listing_patient_status')

    op.drop_table('listing')
    with op.batch_alter_table('patient_guardian', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patient_guardian_guardian_id'))

    op.drop_table('patient_guardian')
    with op.batch_alter_table('outbox_item', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_item_status_id')
        batch_op.drop_index(batch_op.f('ix_outbox_item_patient_id'))

    op.drop_table('outbox_item')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_patient_id'))

    op.drop_table('consent')
    op.drop_table('staff_member')
    with op.batch_alter_table('patient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patient_sort_name'))

    op.drop_table('patient')
    op.drop_table('guardian')
    op.drop_table('clinic')
    op.drop_table('app_setting')
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.drop_index('ix_access_log_patient_at')

    op.drop_table('access_log')
