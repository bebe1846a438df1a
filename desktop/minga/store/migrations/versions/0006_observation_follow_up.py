"""observation notes: the action step agreed after the feedback, and the follow-up

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

Impulso Docente's cycle: observe, give feedback, agree on one action step, observe again
and compare. `observation_notes` gets `action_step` (text, empty for the notes already
there) and `follows_id` (the note a follow-up observation follows; none for the notes
already there).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("observation_notes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("action_step", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("follows_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("observation_notes", schema=None) as batch_op:
        batch_op.drop_column("follows_id")
        batch_op.drop_column("action_step")
