"""listing stops (R-LI-5) and month-end snapshots of the listed population (R-LI-8)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "listing_stop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("listed_count", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_listing_stop")),
        sa.UniqueConstraint("uuid", name=op.f("uq_listing_stop_uuid")),
    )
    op.create_table(
        "month_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month_end", sa.Date(), nullable=False),
        sa.Column("listing_type", sa.String(length=10), nullable=False),
        sa.Column("responsible_dentist_hsa_id", sa.String(length=64), nullable=False),
        sa.Column("municipality_code", sa.String(length=4), nullable=False),
        sa.Column("protected_identity", sa.Boolean(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("taken_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_snapshot")),
        sa.UniqueConstraint("month_end", "listing_type", "responsible_dentist_hsa_id", "municipality_code",
                            "protected_identity", name="uq_month_snapshot_group"),
    )
    with op.batch_alter_table("month_snapshot") as batch_op:
        batch_op.create_index(batch_op.f("ix_month_snapshot_month_end"), ["month_end"], unique=False)


def downgrade() -> None:
    op.drop_table("month_snapshot")
    op.drop_table("listing_stop")
