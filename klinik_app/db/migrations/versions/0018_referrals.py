"""referrals

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-23

Issue 12: referrals to specialist care and their deadlines (R-RV-9).
"""

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('referral',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('specialty', sa.String(length=30), nullable=False),
    sa.Column('reason', sa.String(length=1000), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('recipient', sa.String(length=200), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=12), nullable=True),
    sa.Column('outcome_note', sa.String(length=1000), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_referral_patient_id_patient')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral'))
    )
    op.create_index('ix_referral_patient', 'referral', ['patient_id'], unique=False)
    op.create_index('ix_referral_state', 'referral', ['state'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_referral_state', table_name='referral')
    op.drop_index('ix_referral_patient', table_name='referral')
    op.drop_table('referral')
