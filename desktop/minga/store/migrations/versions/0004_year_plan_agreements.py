"""year: the year plan, agreements of the acta, coordinator and guest presenters

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

- `year_plans` (kind `year_plan`): the advisor's focus, goal and calendar of a year;
- `agreements` (kind `agreement`): what was agreed at a session, who answers for it,
  by when, and when it was done;
- `sessions` gets `coordinator_id` and `minutes_approved_on`;
- `presentations` gets `guest_name` and `guest_institution`, and `presenter_id` may be
  empty (a guest who is not a member presents). Changing a column's nullability makes
  SQLite rebuild `presentations` (batch mode), which has no triggers to lose.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("prev_version", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "year_plans",
        sa.Column("microcentre_id", sa.String(length=36), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("focus", sa.String(length=500), nullable=False),
        sa.Column("goal_practices", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("breaks", sa.JSON(), nullable=False),
        sa.Column("meeting_week", sa.Integer(), nullable=False),
        sa.Column("meeting_weekday", sa.Integer(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("year_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_year_plans_change_seq"), ["change_seq"])
        batch_op.create_index(batch_op.f("ix_year_plans_owner"), ["owner"])
        batch_op.create_index(batch_op.f("ix_year_plans_microcentre_id"), ["microcentre_id"])
        batch_op.create_index(batch_op.f("ix_year_plans_year"), ["year"])

    op.create_table(
        "agreements",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreements_change_seq"), ["change_seq"])
        batch_op.create_index(batch_op.f("ix_agreements_owner"), ["owner"])
        batch_op.create_index(batch_op.f("ix_agreements_session_id"), ["session_id"])
        batch_op.create_index(batch_op.f("ix_agreements_responsible_id"), ["responsible_id"])

    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("coordinator_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("minutes_approved_on", sa.Date(), nullable=True))

    with op.batch_alter_table("presentations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("guest_name", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("guest_institution", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.alter_column("presenter_id", existing_type=sa.String(length=36), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("presentations", schema=None) as batch_op:
        batch_op.alter_column("presenter_id", existing_type=sa.String(length=36), nullable=False)
        batch_op.drop_column("guest_institution")
        batch_op.drop_column("guest_name")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("minutes_approved_on")
        batch_op.drop_column("coordinator_id")
    op.drop_table("agreements")
    op.drop_table("year_plans")
