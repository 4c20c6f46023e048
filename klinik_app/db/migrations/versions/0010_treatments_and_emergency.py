"""treatments and emergency visits

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23

Issue 5 (items 4 and 5; R-EM-1..3, R-TG-4): versioned fee schedules (the regional tandvårdstaxa and
Folktandvården's price list) with their codes priced in öre, the treatments of a visit or an
emergency visit priced from the schedule valid on the treatment date, emergency visits of patients
not listed here with who pays (R-EM-1) and the report-back letter (R-EM-2), and the area
responsibility setting (municipality and postcode prefix -> clinic).
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('area_clinic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_code', sa.String(length=4), nullable=False),
    sa.Column('postcode_prefix', sa.String(length=5), nullable=True),
    sa.Column('clinic_hsa_id', sa.String(length=64), nullable=False),
    sa.Column('clinic_name', sa.String(length=200), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_area_clinic')),
    sa.UniqueConstraint('municipality_code', 'postcode_prefix', name='uq_area_clinic_area')
    )
    op.create_table('fee_schedule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('version', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('loaded_by', sa.String(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_schedule')),
    sa.UniqueConstraint('kind', 'version', name='uq_fee_schedule_kind_version')
    )
    op.create_table('fee_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('price_ore', sa.Integer(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['schedule_id'], ['fee_schedule.id'], name=op.f('fk_fee_item_schedule_id_fee_schedule'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_item')),
    sa.UniqueConstraint('schedule_id', 'code', name='uq_fee_item_schedule_code')
    )
    op.create_table('emergency_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('payer_kind', sa.String(length=20), nullable=False),
    sa.Column('payer_hsa_id', sa.String(length=64), nullable=True),
    sa.Column('payer_name', sa.String(length=200), nullable=True),
    sa.Column('payer_reason', sa.String(length=300), nullable=True),
    sa.Column('looked_up_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('residence', sa.String(length=30), nullable=False),
    sa.Column('report_letter_on', sa.Date(), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], name=op.f('fk_emergency_visit_appointment_id_appointment')),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_emergency_visit_patient_id_patient')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emergency_visit'))
    )
    with op.batch_alter_table('emergency_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emergency_visit_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index('ix_emergency_visit_payer_kind', ['payer_kind'], unique=False)
        batch_op.create_index('ix_emergency_visit_visited_on', ['visited_on'], unique=False)

    op.create_table('treatment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('emergency_visit_id', sa.Integer(), nullable=True),
    sa.Column('treated_on', sa.Date(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('tooth', sa.Integer(), nullable=True),
    sa.Column('caregiver_hsa_id', sa.String(length=64), nullable=False),
    sa.Column('price_ore', sa.Integer(), nullable=False),
    sa.Column('fee_item_id', sa.Integer(), nullable=False),
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('removed_by', sa.String(length=64), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], name=op.f('fk_treatment_appointment_id_appointment')),
    sa.ForeignKeyConstraint(['emergency_visit_id'], ['emergency_visit.id'], name=op.f('fk_treatment_emergency_visit_id_emergency_visit')),
    sa.ForeignKeyConstraint(['fee_item_id'], ['fee_item.id'], name=op.f('fk_treatment_fee_item_id_fee_item')),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], name=op.f('fk_treatment_patient_id_patient')),
    sa.ForeignKeyConstraint(['schedule_id'], ['fee_schedule.id'], name=op.f('fk_treatment_schedule_id_fee_schedule')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_treatment'))
    )
    with op.batch_alter_table('treatment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_treatment_appointment_id'), ['appointment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_treatment_emergency_visit_id'), ['emergency_visit_id'], unique=False)
        batch_op.create_index('ix_treatment_patient_treated_on', ['patient_id', 'treated_on'], unique=False)
        batch_op.create_index('ix_treatment_treated_on', ['treated_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('treatment', schema=None) as batch_op:
        batch_op.drop_index('ix_treatment_treated_on')
        batch_op.drop_index('ix_treatment_patient_treated_on')
        batch_op.drop_index(batch_op.f('ix_treatment_emergency_visit_id'))
        batch_op.drop_index(batch_op.f('ix_treatment_appointment_id'))

    op.drop_table('treatment')
    with op.batch_alter_table('emergency_visit', schema=None) as batch_op:
        batch_op.drop_index('ix_emergency_visit_visited_on')
        batch_op.drop_index('ix_emergency_visit_payer_kind')
        batch_op.drop_index(batch_op.f('ix_emergency_visit_patient_id'))

    op.drop_table('emergency_visit')
    op.drop_table('fee_item')
    op.drop_table('fee_schedule')
    op.drop_table('area_clinic')
