"""examinations and recalls

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Examinations (R-RV), staff handling of recalls, and the derived due date per patient.
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('examination',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('examined_on', sa.Date(), nullable=False),
    sa.Column('examiner_role', sa.String(length=20), nullable=False),
    sa.Column('examiner_hsa_id', sa.String(length=64), nullable=True),
    sa.Column('risk_caries', sa.Integer(), nullable=True),
    sa.Column('risk_periodontal', sa.Integer(), nullable=True),
    sa.Column('risk_general', sa.Integer(), nullable=True),
    sa.Column('risk_technical', sa.Integer(), nullable=True),
    sa.Column('planned_interval_months', sa.Integer(), nullable=True),
    sa.Column('deft', sa.Integer(), nullable=True),
    sa.Column('dft', sa.Integer(), nullable=True),
    sa.Column('tobacco', sa.String(length=20), nullable=True),
    sa.Column('bite_check', sa.Boolean(), nullable=True),
    sa.Column('flags', sa.String(length=100), nullable=True),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_examination_patient_id_patient')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_examination')),
    sa.UniqueConstraint('patient_id', 'examined_on', 'examiner_role', name='uq_examination_patient_date_role'),
    sa.UniqueConstraint('uuid', name=op.f('uq_examination_uuid'))
    )
    with op.batch_alter_table('examination', schema=None) as batch_op:
        batch_op.create_index('ix_examination_patient_date', ['patient_id', 'examined_on'], unique=False)
        batch_op.create_index('ix_examination_examined_on', ['examined_on'], unique=False)

    op.create_table('recall',
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('override_due', sa.Date(), nullable=True),
    sa.Column('disabled_until', sa.Date(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('summons_count', sa.Integer(), nullable=False),
    sa.Column('last_summons_on', sa.Date(), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_recall_patient_id_patient')),
    sa.PrimaryKeyConstraint('patient_id', name=op.f('pk_recall'))
    )
    op.create_table('revision_due',
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('requires_dentist', sa.Boolean(), nullable=False),
    sa.Column('care_ends', sa.Date(), nullable=False),
    sa.Column('last_exam', sa.Date(), nullable=True),
    sa.Column('last_dentist_exam', sa.Date(), nullable=True),
    sa.Column('rule_set', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_revision_due_patient_id_patient'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('patient_id', name=op.f('pk_revision_due'))
    )
    with op.batch_alter_table('revision_due', schema=None) as batch_op:
        batch_op.create_index('ix_revision_due_due', ['due'], unique=False)


def downgrade() -> None:
    op.drop_table('revision_due')
    op.drop_table('recall')
    with op.batch_alter_table('examination', schema=None) as batch_op:
        batch_op.drop_index('ix_examination_patient_date')

    op.drop_table('examination')
