"""language and interpreter

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-23

Issue 12: a patient's language and whether an interpreter is needed (the revision proposals give
such a patient a longer time and reserve the interpreter), and the interpreter a time reserves.
New nullable columns with a default: existing rows need no interpreter.
"""

import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not batch mode (as 0012): SQLite adds and drops a column in place, where a batch
# would copy the region-scale patient and appointment tables (and trip their foreign keys).
def upgrade() -> None:
    op.add_column('patient', sa.Column('language', sa.String(length=40), nullable=True))
    op.add_column('patient', sa.Column('interpreter_needed', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('appointment', sa.Column('interpreter_language', sa.String(length=40), nullable=True))


def downgrade() -> None:
    op.drop_column('appointment', 'interpreter_language')
    op.drop_column('patient', 'interpreter_needed')
    op.drop_column('patient', 'language')
