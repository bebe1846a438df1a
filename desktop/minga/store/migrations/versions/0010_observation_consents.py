"""observation consents: the observed teacher decides who may read a note about her

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

- `observation_consents` (kind `observation_consent`): one per note at most (its id comes
  from the note's), owned by the observed teacher: `readers` is `advisor` (the default:
  the observer, the observed teacher and the advisor) or `network` (the whole
  microcentre).
- The observer no longer chooses `network` for a note: notes and replies stored as
  `network` become `advisor` (nobody had asked the observed teacher), and she widens them
  again if she wants to.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "observation_consents",
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("readers", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("prev_version", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("observation_consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_observation_consents_change_seq"), ["change_seq"])
        batch_op.create_index(batch_op.f("ix_observation_consents_owner"), ["owner"])
        batch_op.create_index(batch_op.f("ix_observation_consents_note_id"), ["note_id"])
    op.execute("UPDATE observation_notes SET visibility = 'advisor' WHERE visibility = 'network'")
    op.execute("UPDATE observation_replies SET visibility = 'advisor' WHERE visibility = 'network'")


def downgrade() -> None:
    with op.batch_alter_table("observation_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observation_consents_note_id"))
        batch_op.drop_index(batch_op.f("ix_observation_consents_owner"))
        batch_op.drop_index(batch_op.f("ix_observation_consents_change_seq"))
    op.drop_table("observation_consents")
