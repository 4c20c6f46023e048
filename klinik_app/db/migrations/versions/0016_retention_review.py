"""retention review

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-23

Issue 13: the clinic archive and the yearly retention review (R-SE-3). New table only, append-only.
"""

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('retention_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reviewer', sa.String(length=64), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('record_years', sa.Integer(), nullable=False),
    sa.Column('removed_count', sa.Integer(), nullable=False),
    sa.Column('patient_ids', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_review'))
    )


def downgrade() -> None:
    op.drop_table('retention_review')
