"""improvement cycles: the run chart's baseline and the changes the advisor marks

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

A run chart takes its median from the first points of the series and keeps it until a
change is marked (`minga.domain.cycle_rules.run_chart`):

- `improvement_cycles.baseline_points`: how many first points make the baseline (6..10,
  6 for the cycles already there);
- `improvement_cycles.change_periods`: the periods where a change starts a new phase
  (and a new baseline), in order; none for the cycles already there.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("improvement_cycles", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("baseline_points", sa.Integer(), nullable=False, server_default="6")
        )
        batch_op.add_column(
            sa.Column("change_periods", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("improvement_cycles", schema=None) as batch_op:
        batch_op.drop_column("change_periods")
        batch_op.drop_column("baseline_points")
