"""access log seal and reviews

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

R-SE-2: the access log's seal (entry count and last hash, rewritten with every append, so entries
removed from the end of the log show) and the signed-off monthly reviews (loggkontroll). An
existing log is sealed as it stands: what was removed before this migration cannot be told.
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade() -> None:
    op.create_table('access_log_seal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_count', sa.Integer(), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=True),
    sa.Column('last_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('rebuilt_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_log_seal'))
    )
    op.create_table('access_log_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('reviewer', sa.String(length=64), nullable=False),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('signed_by', sa.String(length=64), nullable=False),
    sa.Column('seed', sa.Integer(), nullable=False),
    sa.Column('sample_size', sa.Integer(), nullable=False),
    sa.Column('population', sa.Integer(), nullable=False),
    sa.Column('sample_ids', sa.Text(), nullable=False),
    sa.Column('sample_digest', sa.String(length=64), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('seal_count', sa.Integer(), nullable=False),
    sa.Column('seal_hash', sa.String(length=64), nullable=False),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['replaces_id'], ['access_log_review.id'], name=op.f('fk_access_log_review_replaces_id_access_log_review')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_log_review')),
    sa.UniqueConstraint('replaces_id', name=op.f('uq_access_log_review_replaces_id'))
    )
    with op.batch_alter_table('access_log_review', schema=None) as batch_op:
        batch_op.create_index('ix_access_log_review_month', ['month'], unique=False)

    # Seal the log as it stands (the raw `at` is copied, so it keeps the column's own format).
    op.execute(
        "INSERT INTO access_log_seal (id, entry_count, last_id, last_at, last_hash) SELECT 1, "
        "(SELECT count(*) FROM access_log), "
        "(SELECT max(id) FROM access_log), "
        "(SELECT at FROM access_log ORDER BY id DESC LIMIT 1), "
        f"coalesce((SELECT hash FROM access_log ORDER BY id DESC LIMIT 1), '{GENESIS}')"
    )


def downgrade() -> None:
    with op.batch_alter_table('access_log_review', schema=None) as batch_op:
        batch_op.drop_index('ix_access_log_review_month')
    op.drop_table('access_log_review')
    op.drop_table('access_log_seal')
