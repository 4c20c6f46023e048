"""dental health month

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-23

Issue 9: dental-health figures of each completed month end, kept as taken.

The sums per age and measure of each completed month (R-RP-1, R-RV-8), kept as taken like the
revision figures (0014) and the listing month-end snapshots (R-LI-8). New table only; months are
taken when first needed or when the listing snapshots are taken (services.dental_health_month).
The index on the birth date lets the live figures read only the ages followed up.
"""

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dental_health_month',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month_end', sa.Date(), nullable=False),
    sa.Column('age', sa.Integer(), nullable=False),
    sa.Column('measure', sa.String(length=4), nullable=False),
    sa.Column('examined', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('caries_free', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('taken_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dental_health_month')),
    sa.UniqueConstraint('month_end', 'age', 'measure', name='uq_dental_health_month_age_measure')
    )
    op.create_index(op.f('ix_dental_health_month_month_end'), 'dental_health_month', ['month_end'], unique=False)
    op.create_index('ix_patient_birth_date', 'patient', ['birth_date'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_patient_birth_date', table_name='patient')
    op.drop_index(op.f('ix_dental_health_month_month_end'), table_name='dental_health_month')
    op.drop_table('dental_health_month')
