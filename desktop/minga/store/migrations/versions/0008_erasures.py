"""erasures: a person's data erased at her request, a record that travels

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Ley 21.719 (in force since 2026-12-01) gives a person the right to have her data
deleted. `erasures` (kind `erasure`) holds one row per erased person: it travels in
bundles like a tombstone, and every computer that holds it purges that person's data
(minga.core.erasure; docs/privacy.md).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasures",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("prev_version", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasures_change_seq"), ["change_seq"])
        batch_op.create_index(batch_op.f("ix_erasures_owner"), ["owner"])
        batch_op.create_index(batch_op.f("ix_erasures_person_id"), ["person_id"])


def downgrade() -> None:
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasures_person_id"))
        batch_op.drop_index(batch_op.f("ix_erasures_owner"))
        batch_op.drop_index(batch_op.f("ix_erasures_change_seq"))
    op.drop_table("erasures")
