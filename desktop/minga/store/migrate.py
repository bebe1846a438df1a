"""Alembic, driven from code: migrations run automatically when a database is opened."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head() -> str:
    return ScriptDirectory.from_config(config()).get_current_head() or ""


def is_known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(config())
    return any(rev.revision == revision for rev in script.walk_revisions())


# A server's database may be opened by several Mingas at once (the window, a scheduled
# import): one migrates while the others wait on this lock, then find nothing to do.
MIGRATION_LOCK = 0x4D494E4741  # "MINGA"


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrades the database to `revision`, each step in one transaction."""
    cfg = config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
