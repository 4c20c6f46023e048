"""deviations

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

Issue 6 (R-DV-1, R-DV-2, R-DV-5, R-DV-7): the deviation register, each case's actions and timeline,
and the optional patient of a deviation kept in its own table (only handlers see it).
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deviation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('harm', sa.String(length=30), nullable=False),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('immediate_action', sa.Text(), nullable=False),
    sa.Column('other_party', sa.String(length=200), nullable=True),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('reporter', sa.String(length=64), nullable=False),
    sa.Column('investigator', sa.String(length=200), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('answer_text', sa.Text(), nullable=True),
    sa.Column('answer_on', sa.Date(), nullable=True),
    sa.Column('feedback', sa.Text(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deviation'))
    )
    with op.batch_alter_table('deviation', schema=None) as batch_op:
        batch_op.create_index('ix_deviation_reported_on', ['reported_on'], unique=False)
        batch_op.create_index('ix_deviation_state', ['state'], unique=False)

    op.create_table('deviation_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deviation_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('followed_up_on', sa.Date(), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['deviation_id'], ['deviation.id'], name=op.f('fk_deviation_action_deviation_id_deviation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deviation_action'))
    )
    with op.batch_alter_table('deviation_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deviation_action_deviation_id'), ['deviation_id'], unique=False)

    op.create_table('deviation_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deviation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['deviation_id'], ['deviation.id'], name=op.f('fk_deviation_event_deviation_id_deviation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deviation_event'))
    )
    with op.batch_alter_table('deviation_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deviation_event_deviation_id'), ['deviation_id'], unique=False)

    op.create_table('deviation_patient',
    sa.Column('deviation_id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['deviation_id'], ['deviation.id'], name=op.f('fk_deviation_patient_deviation_id_deviation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_deviation_patient_patient_id_patient')),
    sa.PrimaryKeyConstraint('deviation_id', name=op.f('pk_deviation_patient'))
    )
    with op.batch_alter_table('deviation_patient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deviation_patient_patient_id'), ['patient_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deviation_patient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deviation_patient_patient_id'))

    op.drop_table('deviation_patient')
    with op.batch_alter_table('deviation_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deviation_event_deviation_id'))

    op.drop_table('deviation_event')
    with op.batch_alter_table('deviation_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deviation_action_deviation_id'))

    op.drop_table('deviation_action')
    with op.batch_alter_table('deviation', schema=None) as batch_op:
        batch_op.drop_index('ix_deviation_state')
        batch_op.drop_index('ix_deviation_reported_on')

    op.drop_table('deviation')
