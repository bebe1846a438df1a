"""the territory: what a coordinator's hub keeps of its advisors' network reports

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

Six local tables (never synced): the advisors the coordinator accepted, the networks as
last reported, their indicators as numerators and denominators per school year, their
sessions (counts only), the practices shared with each network (searchable: FTS5 on
SQLite, a stored tsvector with unaccent on PostgreSQL) and the log of reports received.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_ID = sa.String(length=36)
FTS_COLUMNS = "title, description, multigrade_strategy, oa_codes"

# PostgreSQL: the same document as a network's practices (minga_practice_document and
# minga_practice_query come from migration 0001).
PG_SEARCH = (
    """ALTER TABLE territory_practices ADD COLUMN search_document tsvector
    GENERATED ALWAYS AS (
        minga_practice_document(title, description, multigrade_strategy, oa_codes::text))
    STORED""",
    "CREATE INDEX ix_territory_practices_search ON territory_practices USING gin (search_document)",
)
SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE territory_practice_fts USING fts5("
    f"{FTS_COLUMNS}, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    f"""CREATE TRIGGER territory_practices_fts_insert AFTER INSERT ON territory_practices
    BEGIN
        INSERT INTO territory_practice_fts (rowid, {FTS_COLUMNS})
        VALUES (new.pk, new.title, new.description, new.multigrade_strategy, new.oa_codes);
    END""",
    """CREATE TRIGGER territory_practices_fts_delete AFTER DELETE ON territory_practices
    BEGIN
        DELETE FROM territory_practice_fts WHERE rowid = old.pk;
    END""",
    f"""CREATE TRIGGER territory_practices_fts_update AFTER UPDATE OF
        title, description, multigrade_strategy, oa_codes ON territory_practices
    BEGIN
        DELETE FROM territory_practice_fts WHERE rowid = old.pk;
        INSERT INTO territory_practice_fts (rowid, {FTS_COLUMNS})
        VALUES (new.pk, new.title, new.description, new.multigrade_strategy, new.oa_codes);
    END""",
)


def upgrade() -> None:
    op.create_table(
        "territory_advisors",
        sa.Column("person_id", _ID, nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("signing_key", sa.String(length=128), nullable=False),
        sa.Column("encryption_key", sa.String(length=128), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_table(
        "territory_networks",
        sa.Column("microcentre_id", _ID, nullable=False),
        sa.Column("advisor_id", _ID, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=False),
        sa.Column("commune", sa.String(length=120), nullable=False),
        sa.Column("annual_focus", sa.String(length=500), nullable=False),
        sa.Column("annual_goal_practices", sa.Integer(), nullable=False),
        sa.Column("schools", sa.Integer(), nullable=False),
        sa.Column("teachers", sa.Integer(), nullable=False),
        sa.Column("report_id", _ID, nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("microcentre_id"),
    )
    op.create_index("ix_territory_networks_advisor_id", "territory_networks", ["advisor_id"])
    op.create_table(
        "territory_figures",
        sa.Column("microcentre_id", _ID, nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("numerator", sa.Integer(), nullable=False),
        sa.Column("denominator", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("microcentre_id", "year", "key"),
    )
    op.create_table(
        "territory_sessions",
        sa.Column("id", _ID, nullable=False),
        sa.Column("microcentre_id", _ID, nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("practices_presented", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_territory_sessions_network_year", "territory_sessions", ["microcentre_id", "year"]
    )
    op.create_table(
        "territory_practices",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", _ID, nullable=False),
        sa.Column("microcentre_id", _ID, nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("multigrade_strategy", sa.Text(), nullable=False),
        sa.Column("subjects", sa.JSON(), nullable=False),
        sa.Column("levels", sa.JSON(), nullable=False),
        sa.Column("oa_codes", sa.JSON(), nullable=False),
        sa.Column("school_name", sa.String(length=200), nullable=False),
        sa.Column("presented_on", sa.Date(), nullable=True),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
    )
    op.create_index(
        "ix_territory_practices_network_year", "territory_practices", ["microcentre_id", "year"]
    )
    op.create_table(
        "territory_reports",
        sa.Column("report_id", _ID, nullable=False),
        sa.Column("advisor_id", _ID, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("report_id"),
    )
    op.create_index("ix_territory_reports_advisor_id", "territory_reports", ["advisor_id"])
    dialect = op.get_bind().dialect.name
    statements = {"postgresql": PG_SEARCH, "sqlite": SQLITE_SEARCH}.get(dialect, ())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS territory_practices_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS territory_practice_fts")
    op.drop_index("ix_territory_reports_advisor_id", table_name="territory_reports")
    op.drop_table("territory_reports")
    op.drop_index("ix_territory_practices_network_year", table_name="territory_practices")
    op.drop_table("territory_practices")
    op.drop_index("ix_territory_sessions_network_year", table_name="territory_sessions")
    op.drop_table("territory_sessions")
    op.drop_table("territory_figures")
    op.drop_index("ix_territory_networks_advisor_id", table_name="territory_networks")
    op.drop_table("territory_networks")
    op.drop_table("territory_advisors")
