"""A future Minga for the cross-version tests: TEST-ONLY, never shipped.

`python -m tests.support.future_minga ARGS...` runs this Minga's command line as a later
schema revision of the same bundle format would (docs/bundle-format.md, Compatibility):

- a new record kind, `peer_badge` (a colleague's badge: `title`, `points`, visibility),
  in its own table;
- a new optional field on practices, `replication_score` (int 0..5 or null);
- its bundles say schema `0099` and Minga `0.2.0`.

`--data-dir D future-badge --title T --points N` writes a badge as the person of the
data folder. The hook patches the models and the schema before the sync
layer builds its tables of kinds, and adds the table and the column to the database it
opens (a real later version would have a migration).
"""

from __future__ import annotations

import sys
from typing import Any

FUTURE_VERSION = "0.2.0"
FUTURE_SCHEMA = "0099"
KIND = "peer_badge"
FIELD = "replication_score"


def install() -> None:
    import minga
    from minga.domain import schema
    from minga.store import db as dbmod
    from minga.store import models

    if KIND in models.MODELS_BY_KIND:
        return
    from sqlalchemy import Column, Integer, Text, inspect, text
    from sqlalchemy.orm import mapped_column

    class PeerBadge(models.SyncedMixin, models.VisibilityMixin, models.Base):
        __tablename__ = "peer_badges"
        __kind__ = KIND

        # (no annotations: this module's are strings, which the mapper cannot resolve here)
        title = mapped_column(Text, nullable=False, default="")
        points = mapped_column(Integer, nullable=False, default=0)

    models.PeerBadge = PeerBadge  # type: ignore[attr-defined]
    models.SYNCED_MODELS = (*models.SYNCED_MODELS, PeerBadge)
    models.MODELS_BY_KIND[KIND] = PeerBadge
    models.Practice.__table__.append_column(Column(FIELD, Integer, nullable=True))

    schema.SCHEMA[KIND] = {
        **schema.COMMON,
        **schema.VISIBLE,
        "title": schema._f(schema.TITLE),
        "points": schema._f(schema.Int(0, 100)),
    }
    schema.SCHEMA["practice"][FIELD] = schema._f(schema.Int(0, 5), null=True)
    schema.KINDS = tuple(schema.SCHEMA)
    for kind, fields in schema.SCHEMA.items():
        schema._NAMES[kind] = frozenset(fields)
        schema._PLANS[kind] = tuple((n, f.nullable, f.type.check) for n, f in fields.items())
        schema._TEXT_FIELDS[kind] = tuple(
            n for n, f in fields.items() if isinstance(f.type, schema.Line | schema.Text)
        )

    original = dbmod.Database.__init__

    def opened(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        PeerBadge.__table__.create(self.engine, checkfirst=True)
        columns = {c["name"] for c in inspect(self.engine).get_columns("practices")}
        if FIELD not in columns:
            with self.engine.begin() as conn:
                conn.execute(text(f"ALTER TABLE practices ADD COLUMN {FIELD} INTEGER"))

    dbmod.Database.__init__ = opened  # type: ignore[method-assign]

    minga.__version__ = FUTURE_VERSION
    from minga.sync import export, import_checks

    export.__version__ = FUTURE_VERSION  # type: ignore[attr-defined]
    export.SCHEMA_HEAD = FUTURE_SCHEMA  # type: ignore[attr-defined]
    import_checks.SCHEMA_HEAD = FUTURE_SCHEMA  # type: ignore[attr-defined]


def add_badge(data_dir: str, title: str, points: int) -> None:
    from minga.core.identity import current_actor, stamper
    from minga.core.workspace import Workspace
    from minga.store import models

    with Workspace(data_dir) as ws, ws.db.session() as session:
        actor = current_actor(session)
        badge = models.PeerBadge(title=title, points=points, visibility="network")  # type: ignore[attr-defined]
        stamper(session, actor).stamp(badge, new=True)
        session.add(badge)
        print(badge.id)


def main(argv: list[str]) -> int:
    install()
    if "future-badge" in argv:
        data_dir = argv[argv.index("--data-dir") + 1]
        title = argv[argv.index("--title") + 1]
        points = int(argv[argv.index("--points") + 1])
        add_badge(data_dir, title, points)
        return 0
    from minga.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
