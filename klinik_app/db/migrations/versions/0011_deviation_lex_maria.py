"""deviation harm, Lex Maria and lessons

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23

Issue 6 (R-DV-3, R-DV-4, R-DV-6): filled in by the deviations work.
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('deviation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lesson', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('lesson_on', sa.Date(), nullable=True))

    op.create_table('deviation_lex_maria',
    sa.Column('deviation_id', sa.Integer(), nullable=False),
    sa.Column('reporter', sa.String(length=200), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('channel', sa.String(length=30), nullable=True),
    sa.Column('patient_informed_on', sa.Date(), nullable=True),
    sa.Column('investigation_attached', sa.Boolean(), nullable=False),
    sa.Column('region_copy_on', sa.Date(), nullable=True),
    sa.Column('ivo_decision', sa.Text(), nullable=True),
    sa.Column('ivo_decision_on', sa.Date(), nullable=True),
    sa.Column('decision_forwarded_on', sa.Date(), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['deviation_id'], ['deviation.id'], name=op.f('fk_deviation_lex_maria_deviation_id_deviation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('deviation_id', name=op.f('pk_deviation_lex_maria'))
    )
    with op.batch_alter_table('deviation_lex_maria', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deviation_lex_maria_sent_on'), ['sent_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deviation_lex_maria', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deviation_lex_maria_sent_on'))

    op.drop_table('deviation_lex_maria')
    with op.batch_alter_table('deviation', schema=None) as batch_op:
        batch_op.drop_column('lesson_on')
        batch_op.drop_column('lesson')
