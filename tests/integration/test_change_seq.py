"""Every synced row written through the store gets a local change number, so that
incremental exports (`change_seq > acknowledged`) can never leave one behind."""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
import subprocess
import sys
from pathlib import Path

from minga.store.db import Database
from minga.store.models import Microcentre


def _add_microcentre(db: Database, number: int) -> None:
    with db.session() as session:
        session.add(
            Microcentre(
                id=f"m{number}",
                owner="o1",
                version=f"{number:013d}-0000-aa",
                updated_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
                name=f"Microcentro {number}",
            )
        )


def write_rows_one_database_after_another(path: Path, count: int) -> None:
    """Opens `count` databases one after another on `path`, each adding one row and
    garbage-collected before the next opens."""
    Database(path).close()
    for number in range(1, count + 1):
        db = Database(path)
        _add_microcentre(db, number)
        db.close()
        del db
        gc.collect()


def test_rows_written_by_databases_opened_one_after_another_are_all_numbered(
    tmp_path: Path,
) -> None:
    """A workspace is opened and closed many times in one process (tests, the import of
    several bundles, restore). Each new `Database` must stamp its rows even when the
    previous one was garbage-collected; stamping once depended on SQLAlchemy's listener
    registry, keyed by `id()`, and about one row in thirty was written with 0.

    The thirty openings run in a fresh interpreter: a full garbage collection in a test
    process that already ran hundreds of tests takes most of a second each."""
    path = tmp_path / "minga.sqlite3"
    code = (
        "import sys; from pathlib import Path; "
        "from tests.integration.test_change_seq import write_rows_one_database_after_another; "
        "write_rows_one_database_after_another(Path(sys.argv[1]), 30)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    with sqlite3.connect(path) as conn:
        seqs = [r[0] for r in conn.execute("SELECT change_seq FROM microcentres ORDER BY id")]
        counter = conn.execute("SELECT value FROM meta WHERE key = 'change_seq'").fetchone()
    assert len(seqs) == 30
    assert 0 not in seqs
    assert len(set(seqs)) == 30
    assert int(counter[0]) == max(seqs)
