"""sync resources

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Issue 7: the server ids and versions of what the region knows (regional-listing-api.md: the client
keeps the server ids it has seen and applies an inbound entry only when its version is newer).
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_resource',
    sa.Column('resource_type', sa.String(length=40), nullable=False),
    sa.Column('server_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('last_updated', sa.DateTime(timezone=True), nullable=True),
    sa.Column('identifier', sa.String(length=60), nullable=True),
    sa.Column('patient_id', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('modified_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('modified_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('resource_type', 'server_id', name=op.f('pk_sync_resource'))
    )
    with op.batch_alter_table('sync_resource', schema=None) as batch_op:
        batch_op.create_index('ix_sync_resource_identifier', ['identifier'], unique=False)
        batch_op.create_index('ix_sync_resource_patient', ['patient_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_resource', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_resource_patient')
        batch_op.drop_index('ix_sync_resource_identifier')
    op.drop_table('sync_resource')
