"""retention review

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-23

Issue 13: the clinic archive and the yearly retention review (R-SE-3).
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
