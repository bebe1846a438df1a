"""An open data folder: its files and its database, shared by the GUI and the CLI."""

from __future__ import annotations

import uuid
from pathlib import Path

from minga.core.clock import Clock, SystemClock
from minga.paths import DataDir
from minga.store import meta, staging
from minga.store.db import Database


class Workspace:
    """Opens (creating and migrating when needed) the database of a data folder.

    It owns the clock every layer working on this folder reads "now" and "today" from
    (`SystemClock` unless a test or the demo gives another one). `db_url` puts the
    database elsewhere (`--db-url`: a PostgreSQL server); the folder keeps the rest
    (attachments, keys, logs, bundles).
    """

    def __init__(self, root: Path, clock: Clock | None = None, db_url: str | None = None):
        self.clock = clock or SystemClock()
        self.dirs = DataDir(Path(root))
        self.db = Database(self.dirs.database, clock=self.clock, url=db_url)
        # Plaintext staged by an operation that was killed (a power cut mid-import).
        staging.clean_stale(self.dirs.tmp)
        with self.db.session() as session:
            if meta.get(session, meta.DEVICE_ID) is None:
                meta.put(session, meta.DEVICE_ID, uuid.uuid4().hex)

    @property
    def root(self) -> Path:
        return self.dirs.root

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
