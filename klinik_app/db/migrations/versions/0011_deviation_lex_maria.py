"""deviation harm, Lex Maria and lessons

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23

Issue 6 (R-DV-3, R-DV-4, R-DV-6): filled in by the deviations work.
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
