"""staff roles and security events

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

Issue 8 (R-SE-1): a staff member may hold several roles; wrong passwords lock the account for a
while; logins, lockouts and refused actions are kept as security events. The access log gets an
index on its time (reviews per period and per user) and room for several roles; listings an index
on the region's id (the sync's pull looks every pulled listing up by it).
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
    op.create_table('staff_role',
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], name=op.f('fk_staff_role_staff_id_staff_member'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('staff_id', 'role', name=op.f('pk_staff_role'))
    )
    op.create_table('security_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('workstation', sa.String(length=100), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('detail', sa.String(length=400), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_security_event'))
    )
    with op.batch_alter_table('security_event', schema=None) as batch_op:
        batch_op.create_index('ix_security_event_at', ['at'], unique=False)
    # Everyone keeps what they had: their one role becomes their first role.
    op.execute("INSERT INTO staff_role (staff_id, role) SELECT id, role FROM staff_member")
    # SQLite does not enforce the length, and widening there would copy the whole log table.
    if op.get_bind().dialect.name != 'sqlite':
        op.alter_column('access_log', 'role', existing_type=sa.String(length=40), type_=sa.String(length=200),
                        existing_nullable=True)
    op.create_index('ix_access_log_at', 'access_log', ['at'], unique=False)
    op.create_index('ix_listing_server_id', 'listing', ['server_id'], unique=False)  # the sync's pull


def downgrade() -> None:
    op.drop_index('ix_listing_server_id', table_name='listing')
    op.drop_index('ix_access_log_at', table_name='access_log')
    if op.get_bind().dialect.name != 'sqlite':
        op.alter_column('access_log', 'role', existing_type=sa.String(length=200), type_=sa.String(length=40),
                        existing_nullable=True)
    with op.batch_alter_table('security_event', schema=None) as batch_op:
        batch_op.drop_index('ix_security_event_at')
    op.drop_table('security_event')
    op.drop_table('staff_role')
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')
