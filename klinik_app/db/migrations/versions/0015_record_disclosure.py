"""record disclosure

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-23

Issue 13: consented record copies and their disclosures (R-SE-4). New table only, append-only.
"""

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('record_disclosure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('recipient_kind', sa.String(length=20), nullable=False),
    sa.Column('recipient_name', sa.String(length=200), nullable=False),
    sa.Column('recipient_hsa_id', sa.String(length=64), nullable=True),
    sa.Column('consent_by', sa.String(length=20), nullable=True),
    sa.Column('consent_guardian', sa.String(length=200), nullable=True),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('consent_how', sa.String(length=20), nullable=True),
    sa.Column('consent_obtained_by', sa.String(length=64), nullable=True),
    sa.Column('formats', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.String(length=400), nullable=True),
    sa.Column('disclosed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('disclosed_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_record_disclosure_patient_id_patient')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_disclosure'))
    )
    op.create_index('ix_record_disclosure_patient', 'record_disclosure', ['patient_id', 'disclosed_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_record_disclosure_patient', table_name='record_disclosure')
    op.drop_table('record_disclosure')
