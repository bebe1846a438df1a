"""sync: prev_version on synced rows; conflict copies unique and incrementally exported

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

- every synced table gets `prev_version` (the version an edit was based on), which the
  import uses to tell a concurrent edit from a later one;
- `conflict_copies` becomes unique per (kind, record_id, version) (duplicates that an
  older Minga might have left are folded into the oldest row first) and gets its own
  `change_seq`, so copies travel in bundles to the record's owner.

Adding a nullable column does not rebuild a table on SQLite (batch mode "auto" uses
ALTER TABLE ADD COLUMN), so the full-text triggers on `practices` stay in place.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SYNCED_TABLES = (
    "microcentres",
    "schools",
    "people",
    "sessions",
    "presentations",
    "attendance",
    "practices",
    "practice_feedback",
    "adoptions",
    "applications",
    "exit_ticket_tallies",
    "self_assessments",
    "observation_notes",
    "observation_replies",
    "improvement_cycles",
    "satisfaction_responses",
    "templates",
    "attachments",
)


def upgrade() -> None:
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("prev_version", sa.String(length=64), nullable=True))

    op.execute(
        "DELETE FROM conflict_copies WHERE id NOT IN ("
        "SELECT min(id) FROM conflict_copies GROUP BY kind, record_id, version)"
    )
    with op.batch_alter_table("conflict_copies", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("change_seq", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.create_index(
            batch_op.f("ix_conflict_copies_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            "ux_conflict_copies_kind_record_version",
            ["kind", "record_id", "version"],
            unique=True,
        )


def downgrade() -> None:
    with op.batch_alter_table("conflict_copies", schema=None) as batch_op:
        batch_op.drop_index("ux_conflict_copies_kind_record_version")
        batch_op.drop_index(batch_op.f("ix_conflict_copies_change_seq"))
        batch_op.drop_column("change_seq")
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("prev_version")
