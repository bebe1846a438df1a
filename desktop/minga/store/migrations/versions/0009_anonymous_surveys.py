"""anonymous surveys: the pool of answers without author, the new question, named
answers folded

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

Survey answers no longer travel with their respondent (docs/bundle-format.md, Anonymous
survey answers):

- `survey_answers` holds anonymous answers (nil owner, version at clock zero, 1970 edit
  time, random id);
- `satisfaction_responses.applied` is the new question "I brought what I learnt into my
  practice" (0 for the answers and tallies of before: not asked);
- the named answers stored here (`respondent_id` set) leave `satisfaction_responses`
  on every computer. On the advisor's they enter the pool, whose tallies (from three
  answers per session) the advisor's Minga publishes at its next export or import, so
  the figures stay; on a teacher's computer her own answer enters the pool as her
  read-back copy, with change number 0 so it never travels (it was counted already).
  Tallies (no respondent) stay as they were.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OWNER = "00000000-0000-0000-0000-000000000000"
VERSION = "0000000000000-0000-anonymous"
EPOCH = "1970-01-01 00:00:00.000000"


def upgrade() -> None:
    with op.batch_alter_table("satisfaction_responses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("applied", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "survey_answers",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("useful", sa.Integer(), nullable=False),
        sa.Column("prepared", sa.Integer(), nullable=False),
        sa.Column("trust", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
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
    op.create_index("ix_survey_answers_change_seq", "survey_answers", ["change_seq"])
    op.create_index("ix_survey_answers_owner", "survey_answers", ["owner"])
    op.create_index("ix_survey_answers_session_id", "survey_answers", ["session_id"])
    _fold_named_answers(op.get_bind())


def _fold_named_answers(conn: sa.engine.Connection) -> None:
    me_row = conn.execute(sa.text("SELECT value FROM meta WHERE key = 'person_id'")).first()
    me = me_row[0] if me_row else None
    role_row = (
        conn.execute(sa.text("SELECT role FROM people WHERE id = :id"), {"id": me}).first()
        if me
        else None
    )
    advisor = bool(role_row and role_row[0] == "advisor")
    named = conn.execute(
        sa.text(
            "SELECT session_id, respondent_id, useful, prepared, trust, comment "
            "FROM satisfaction_responses WHERE respondent_id IS NOT NULL AND NOT deleted"
        )
    ).fetchall()
    for session_id, respondent, useful, prepared, trust, comment in named:
        if not advisor and respondent != me:
            continue
        conn.execute(
            sa.text(
                "INSERT INTO survey_answers (id, session_id, useful, prepared, trust, applied, "
                "comment, owner, version, prev_version, updated_at, deleted, change_seq, "
                "visibility) VALUES (:id, :session, :useful, :prepared, :trust, 0, :comment, "
                ":owner, :version, NULL, :epoch, false, 0, 'advisor')"
            ),
            {
                "id": str(uuid.uuid4()),
                "session": session_id,
                "useful": useful,
                "prepared": prepared,
                "trust": trust,
                "comment": (comment or "")[:2000],
                "owner": OWNER,
                "version": VERSION,
                "epoch": EPOCH,
            },
        )
    conn.execute(sa.text("DELETE FROM satisfaction_responses WHERE respondent_id IS NOT NULL"))
    conn.execute(sa.text("DELETE FROM conflict_copies WHERE kind = 'satisfaction_response'"))


def downgrade() -> None:
    op.drop_index("ix_survey_answers_session_id", table_name="survey_answers")
    op.drop_index("ix_survey_answers_owner", table_name="survey_answers")
    op.drop_index("ix_survey_answers_change_seq", table_name="survey_answers")
    op.drop_table("survey_answers")
    with op.batch_alter_table("satisfaction_responses", schema=None) as batch_op:
        batch_op.drop_column("applied")
