"""recall contacts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Every contact about a recall (summons, reminders, calls, staff decisions), append-only.
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('recall_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('contacted_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_recall_contact_patient_id_patient')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recall_contact'))
    )
    with op.batch_alter_table('recall_contact', schema=None) as batch_op:
        batch_op.create_index('ix_recall_contact_patient', ['patient_id', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('recall_contact', schema=None) as batch_op:
        batch_op.drop_index('ix_recall_contact_patient')
    op.drop_table('recall_contact')
