"""records and fields from a newer Minga, kept as they came

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

A newer Minga may add record kinds and optional fields within bundle format 1
(docs/bundle-format.md, Compatibility). This Minga keeps what it does not understand
instead of refusing the bundle: `unknown_records` holds records of kinds it does not
know (the exact JSON line, plus the sync fields it checked), `unknown_fields` the fields
of known kinds it does not know (per record). Both travel again in this installation's
bundles (the advisor relays them) and become real records and columns when Minga is
updated.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unknown_records",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=True),
        sa.Column("schema_version", sa.String(length=8), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "id"),
    )
    op.create_index("ix_unknown_records_change_seq", "unknown_records", ["change_seq"])
    op.create_table(
        "unknown_fields",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id"),
    )


def downgrade() -> None:
    op.drop_table("unknown_fields")
    op.drop_index("ix_unknown_records_change_seq", table_name="unknown_records")
    op.drop_table("unknown_records")
