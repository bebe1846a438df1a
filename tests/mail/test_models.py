"""The mail tables: made by Alembic revision 0003 (kept by later ones) as the models say."""

from __future__ import annotations

from pathlib import Path


def test_revision_0003_matches_the_mail_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import minga.mail  # registers the tables on Base
    from minga.store.db import SCHEMA_HEAD, Database
    from minga.store.models import Base

    assert minga.mail.models.OutboxPart.__table__.metadata is Base.metadata
    db = Database(tmp_path / "minga.sqlite3")
    try:
        assert db.schema_revision() == SCHEMA_HEAD  # 0003 made them; later revisions keep them
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        db.close()
    assert [d for d in diff if "mail_" in repr(d)] == []
    assert {"mail_settings", "mail_outbox", "mail_inbox"} <= set(Base.metadata.tables)
