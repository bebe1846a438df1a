"""students' figures per school and level: attendance and shared diagnostics, counts only

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

`student_aggregates` holds, per school, level and month, either the month's attendance
percentage of the level's students or a shared diagnostic's number of students at each
level of achievement. Counts only: no student is named anywhere.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "student_aggregates",
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("period", sa.String(length=40), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("students", sa.Integer(), nullable=False),
        sa.Column("attendance_percent", sa.Float(), nullable=True),
        sa.Column("achievement", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("prev_version", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_student_aggregates_change_seq", "student_aggregates", ["change_seq"])
    op.create_index("ix_student_aggregates_owner", "student_aggregates", ["owner"])
    op.create_index("ix_student_aggregates_school_id", "student_aggregates", ["school_id"])


def downgrade() -> None:
    op.drop_index("ix_student_aggregates_school_id", table_name="student_aggregates")
    op.drop_index("ix_student_aggregates_owner", table_name="student_aggregates")
    op.drop_index("ix_student_aggregates_change_seq", table_name="student_aggregates")
    op.drop_table("student_aggregates")
