"""revision month

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-23

Issue 9 at region scale: the revision figures of each completed month end (R-RP-1), kept as taken
like the listing month-end snapshots (R-LI-8). New table only; months are taken when first needed
or when the listing snapshots are taken (services.revision_month), never filled in here.
"""

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('revision_month',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month_end', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('with_interval', sa.Integer(), nullable=False),
    sa.Column('within_interval', sa.Integer(), nullable=False),
    sa.Column('overdue', sa.Integer(), nullable=False),
    sa.Column('overdue_over_limit', sa.Integer(), nullable=False),
    sa.Column('turning_3', sa.Integer(), nullable=False),
    sa.Column('turning_3_examined', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('taken_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revision_month')),
    sa.UniqueConstraint('month_end', 'reason', name='uq_revision_month_reason')
    )
    op.create_index(op.f('ix_revision_month_month_end'), 'revision_month', ['month_end'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_revision_month_month_end'), table_name='revision_month')
    op.drop_table('revision_month')
