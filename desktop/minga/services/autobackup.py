"""Automatic rotating backups of the database (Reliability contract).

Once a day (when the app starts, or a command writes), Minga copies its database with
SQLite's online backup API into `backups/auto/minga-YYYYMMDD-HHMMSS.sqlite3`, then keeps:
the newest copy of each of the last 7 days, of each of the last 4 weeks and of each of the
last 12 months. Attachments are content-addressed and never rewritten, so the database is
what needs the history. The restore screen lists these copies with their contents.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from minga.domain.errors import BackupError
from minga.i18n import QT_TRANSLATE_NOOP
from minga.paths import DataDir
from minga.store.db import Database, looks_like_sqlite

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
_NAME_RE = re.compile(r"^minga-(\d{8}-\d{6})\.sqlite3$")


@dataclass(frozen=True)
class Snapshot:
    """One automatic backup: when it was taken and what it holds."""

    path: Path
    taken_at: dt.datetime
    size: int

    def contents(self) -> dict[str, int]:
        """Live practices, sessions and people in the copy (read-only, for the list)."""
        counts: dict[str, int] = {}
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            for kind, table in (("practice", "practices"), ("session", "sessions"),
                                ("person", "people")):  # fmt: skip
                row = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()
                counts[kind] = int(row[0])
        except sqlite3.DatabaseError:
            return {}
        finally:
            conn.close()
        return counts


def auto_dir(dirs: DataDir) -> Path:
    return dirs.backups / "auto"


def list_snapshots(dirs: DataDir) -> list[Snapshot]:
    """Automatic backups, newest first."""
    found = []
    folder = auto_dir(dirs)
    if not folder.exists():
        return []
    for path in folder.iterdir():
        match = _NAME_RE.match(path.name)
        if match:
            taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append(Snapshot(path, taken, path.stat().st_size))
    return sorted(found, key=lambda s: s.taken_at, reverse=True)


def take_daily_snapshot(
    db: Database, dirs: DataDir, now: dt.datetime | None = None
) -> Snapshot | None:
    """Takes today's copy if there is none yet, then prunes; returns the new copy or None."""
    # Naive local time, like the names the copies are listed by.
    now = now or db.clock.now_local().replace(tzinfo=None)
    existing = list_snapshots(dirs)
    if existing and existing[0].taken_at.date() == now.date():
        return None
    path = auto_dir(dirs) / f"minga-{now:%Y%m%d-%H%M%S}.sqlite3"
    db.backup_to(path)
    prune(dirs, now)
    return Snapshot(path, now.replace(microsecond=0), path.stat().st_size)


def snapshots_to_keep(snapshots: list[Snapshot], now: dt.datetime) -> set[Path]:
    """The daily / weekly / monthly retention: the newest copy of each period."""
    keep: set[Path] = set()
    newest_first = sorted(snapshots, key=lambda s: s.taken_at, reverse=True)

    def newest_per(period, limit: int) -> None:
        seen: list[object] = []
        for snap in newest_first:
            key = period(snap.taken_at)
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(key)
            keep.add(snap.path)

    newest_per(lambda t: t.date(), KEEP_DAILY)
    newest_per(lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
    newest_per(lambda t: (t.year, t.month), KEEP_MONTHLY)
    return keep


def prune(dirs: DataDir, now: dt.datetime) -> list[Path]:
    snapshots = list_snapshots(dirs)
    keep = snapshots_to_keep(snapshots, now)
    removed = []
    for snap in snapshots:
        if snap.path not in keep:
            snap.path.unlink(missing_ok=True)
            removed.append(snap.path)
    return removed


def restore_snapshot(dirs: DataDir, snapshot: Path) -> None:
    """Puts an automatic backup back as the database (the current one is kept aside).

    The same verification as `minga restore` (structure, integrity, migrations on a
    staged copy). The caller closes its own connections first; another program holding
    the database gets a clear message and nothing changes.
    """
    from minga.services.backup import restore_backup

    snapshot = Path(snapshot)
    if not looks_like_sqlite(snapshot):
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a Minga backup. Nothing was changed."),
            path=str(snapshot),
        )
    restore_backup(dirs, snapshot)
