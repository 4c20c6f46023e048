"""caregiver capacity

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-23

Issue 12: working hours per caregiver, exceptions and revision lengths (capacity).
"""

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('working_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('caregiver_hsa_id', sa.String(length=64), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_minute', sa.Integer(), nullable=False),
    sa.Column('end_minute', sa.Integer(), nullable=False),
    sa.Column('revision_percent', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_working_hours'))
    )
    op.create_index('ix_working_hours_caregiver', 'working_hours', ['caregiver_hsa_id', 'weekday'], unique=False)
    op.create_table('capacity_exception',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('caregiver_hsa_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('start_minute', sa.Integer(), nullable=True),
    sa.Column('end_minute', sa.Integer(), nullable=True),
    sa.Column('revision_percent', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_capacity_exception'))
    )
    op.create_index('ix_capacity_exception_caregiver', 'capacity_exception', ['caregiver_hsa_id', 'first_day'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_capacity_exception_caregiver', table_name='capacity_exception')
    op.drop_table('capacity_exception')
    op.drop_index('ix_working_hours_caregiver', table_name='working_hours')
    op.drop_table('working_hours')
