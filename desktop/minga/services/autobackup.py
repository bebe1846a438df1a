"""Automatic rotating backups of the database (Reliability contract).

Once a day (when the app starts, or a command writes), Minga copies its database with
SQLite's online backup API and compresses the copy (gzip, fast level: a `large` database
of 140 MB takes some 45 MB) into `backups/auto/minga-YYYYMMDD-HHMMSS.sqlite3.gz`, with
what it holds beside it (`….counts.json`: the restore screen lists the copies without
unpacking them), then keeps: the newest copy of each of the last 7 days, of each of the
last 4 weeks and of each of the last 12 months. Attachments are content-addressed and
never rewritten, so the database is what needs the history. Copies made before
compression (`….sqlite3`) are still listed and restored.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from minga.core.files import atomic_output, atomic_write
from minga.domain.errors import BackupError
from minga.i18n import QT_TRANSLATE_NOOP
from minga.paths import DataDir
from minga.store import staging
from minga.store.db import Database, looks_like_sqlite

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
_NAME_RE = re.compile(r"^minga-(\d{8}-\d{6})\.sqlite3(\.gz)?$")
#: gzip level of the copies: 1 packs a `large` database 3x in about a second and a half;
#: 6 gains another sixth for four times the time.
COMPRESS_LEVEL = 1
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Snapshot:
    """One automatic backup: when it was taken and what it holds."""

    path: Path
    taken_at: dt.datetime
    size: int

    def contents(self) -> dict[str, int]:
        """Live practices, sessions and people in the copy (read-only, for the list)."""
        if self.path.name.endswith(".gz"):
            try:
                stored = json.loads(counts_path(self.path).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return {}
            if not isinstance(stored, dict):
                return {}
            return {k: v for k, v in stored.items() if isinstance(k, str) and type(v) is int}
        return database_contents(self.path)


def database_contents(path: Path) -> dict[str, int]:
    """Live practices, sessions and people in a database file (read-only)."""
    counts: dict[str, int] = {}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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


def counts_path(snapshot: Path) -> Path:
    """Where what a compressed copy holds is written (beside it)."""
    return snapshot.with_name(snapshot.name.removesuffix(".sqlite3.gz") + ".counts.json")


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
    if not db.is_sqlite:
        return None  # a server's database is copied on the server (pg_dump)
    # Naive local time, like the names the copies are listed by.
    now = now or db.clock.now_local().replace(tzinfo=None)
    existing = list_snapshots(dirs)
    if existing and existing[0].taken_at.date() == now.date():
        return None
    path = auto_dir(dirs) / f"minga-{now:%Y%m%d-%H%M%S}.sqlite3.gz"
    with staging.staging_dir(dirs.tmp, "snapshot-") as temp:
        plain = db.backup_to(temp / "minga.sqlite3")
        counts = database_contents(plain)
        # The counts first: a copy listed without them would show nothing it holds.
        atomic_write(counts_path(path), json.dumps(counts).encode("utf-8"))
        with plain.open("rb") as source, atomic_output(path) as out, gzip.GzipFile(
            filename="minga.sqlite3", mode="wb", fileobj=out,
            compresslevel=COMPRESS_LEVEL, mtime=0,
        ) as packed:  # fmt: skip
            shutil.copyfileobj(source, packed, 1 << 20)
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
            counts_path(snap.path).unlink(missing_ok=True)
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
    if not is_compressed(snapshot):
        if not looks_like_sqlite(snapshot):
            raise _not_a_snapshot(snapshot)
        restore_backup(dirs, snapshot)
        return
    with staging.staging_dir(dirs.tmp, "unpack-") as temp:
        plain = temp / snapshot.name.removesuffix(".gz")
        try:
            with gzip.open(snapshot, "rb") as packed, plain.open("wb") as out:
                shutil.copyfileobj(packed, out, 1 << 20)
        except (OSError, EOFError) as exc:  # gzip.BadGzipFile is an OSError
            raise _not_a_snapshot(snapshot) from exc
        if not looks_like_sqlite(plain):
            raise _not_a_snapshot(snapshot)
        restore_backup(dirs, plain)


def is_compressed(path: Path) -> bool:
    """The file starts like gzip (whatever its name)."""
    try:
        with path.open("rb") as f:
            return f.read(2) == _GZIP_MAGIC
    except OSError:
        return False


def _not_a_snapshot(path: Path) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP("errors", "{path} is not a Minga backup. Nothing was changed."),
        path=str(path),
    )
