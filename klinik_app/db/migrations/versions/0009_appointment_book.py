"""appointment book

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23

Issue 5 (R-AB-1..6): the appointment book (rooms and appointments, never deleted) and the to-do list
(tasks), with at most one open task of a kind per patient.
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room')),
    sa.UniqueConstraint('name', name=op.f('uq_room_name'))
    )
    op.create_table('appointment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('caregiver_hsa_id', sa.String(length=64), nullable=True),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_set_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status_set_by', sa.String(length=64), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('agreed', sa.Boolean(), nullable=False),
    sa.Column('agreed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('agreed_by', sa.String(length=64), nullable=True),
    sa.Column('agreed_with', sa.String(length=200), nullable=True),
    sa.Column('agreed_how', sa.String(length=20), nullable=True),
    sa.Column('first_agreed_start', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reoffer_of_id', sa.Integer(), nullable=True),
    sa.Column('fee_sek', sa.Integer(), nullable=True),
    sa.Column('fee_reason', sa.String(length=300), nullable=True),
    sa.Column('examination_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['examination_id'], ['examination.id'], name=op.f('fk_appointment_examination_id_examination')),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_appointment_patient_id_patient')),
    sa.ForeignKeyConstraint(['reoffer_of_id'], ['appointment.id'], name=op.f('fk_appointment_reoffer_of_id_appointment')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_appointment_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_appointment_uuid'))
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_index('ix_appointment_caregiver_start', ['caregiver_hsa_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_appointment_patient_start', ['patient_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_appointment_starts_at', ['starts_at'], unique=False)
        batch_op.create_index('ix_appointment_status_start', ['status', 'starts_at'], unique=False)

    op.create_table('task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closed_by', sa.String(length=64), nullable=True),
    sa.Column('decision', sa.String(length=20), nullable=True),
    sa.Column('decision_on', sa.Date(), nullable=True),
    sa.Column('social_services_office', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], name=op.f('fk_task_appointment_id_appointment')),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_task_patient_id_patient')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index('ix_task_state_role', ['state', 'role'], unique=False)
        batch_op.create_index('ux_task_open_kind_patient', ['kind', 'patient_id'], unique=True, sqlite_where=sa.text("state = 'open'"), postgresql_where=sa.text("state = 'open'"))




def downgrade() -> None:

    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index('ux_task_open_kind_patient', sqlite_where=sa.text("state = 'open'"), postgresql_where=sa.text("state = 'open'"))
        batch_op.drop_index('ix_task_state_role')
        batch_op.drop_index(batch_op.f('ix_task_patient_id'))

    op.drop_table('task')
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index('ix_appointment_status_start')
        batch_op.drop_index('ix_appointment_starts_at')
        batch_op.drop_index('ix_appointment_patient_start')
        batch_op.drop_index('ix_appointment_caregiver_start')

    op.drop_table('appointment')
    op.drop_table('room')
