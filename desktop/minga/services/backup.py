"""Backups of a data folder (`minga backup`, `minga restore`).

A backup is one zip file: `minga-backup.json` (what it is), `minga.sqlite3` (a
consistent copy made with SQLite's online backup API while Minga may be running) and
`attachments/<ab>/<sha256>` (the evidence files). It is written to a temporary file and
renamed. A restore verifies everything before it touches the data folder, and keeps a
backup of what it replaces.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from minga import __version__
from minga.core.clock import SystemClock
from minga.domain.errors import BackupError, StoreError
from minga.i18n import QT_TRANSLATE_NOOP
from minga.paths import DataDir
from minga.services.attachments import AttachmentStore
from minga.services.stats import collect_stats
from minga.store import meta
from minga.store.db import SCHEMA_HEAD, Database, looks_like_sqlite

FORMAT = "minga-backup"
FORMAT_VERSION = 1
MANIFEST = "minga-backup.json"
DATABASE = "minga.sqlite3"
_ATTACHMENT_RE = re.compile(r"^attachments/([0-9a-f]{2})/([0-9a-f]{64})$")
MAX_MEMBERS = 200_000


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema: str
    live_rows: int
    attachments: int


def default_backup_name(now: dt.datetime | None = None) -> str:
    now = now or SystemClock().now_local()
    return f"minga-{now:%Y%m%d-%H%M%S}.zip"


def create_backup(db: Database, dirs: DataDir, out: Path | None = None) -> BackupInfo:
    """Writes a backup of the database and the attachments to `out` (or `backups/`)."""
    out = Path(out) if out else dirs.backups / default_backup_name(db.clock.now_local())
    stats = collect_stats(db)
    with db.session() as session:
        device = meta.get(session, meta.DEVICE_ID) or ""
    created_at = db.clock.now().isoformat(timespec="seconds")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    try:
        with tempfile.TemporaryDirectory(prefix="minga-backup-") as temp:
            snapshot = db.backup_to(Path(temp) / DATABASE)
            stored = (
                sorted(p for p in dirs.attachments.glob("??/*") if p.is_file())
                if (dirs.attachments.exists())
                else []
            )
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "app_version": __version__,
                "schema": SCHEMA_HEAD,
                "created_at": created_at,
                "device_id": device,
                "live_rows": stats.live_total,
                "attachments": len(stored),
                "database_sha256": _sha256(snapshot),
            }
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
                archive.write(snapshot, DATABASE)
                for path in stored:
                    archive.write(
                        path,
                        f"attachments/{path.parent.name}/{path.name}",
                        compress_type=zipfile.ZIP_STORED,
                    )
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The backup could not be written to {path}: {reason}"),
            path=str(out),
            reason=exc.strerror or str(exc),
        ) from exc
    return BackupInfo(out, created_at, SCHEMA_HEAD, stats.live_total, len(stored))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _not_a_backup(path: Path) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP("errors", "{path} is not a Minga backup. Nothing was changed."),
        path=str(path),
    )


def read_backup_info(path: Path) -> tuple[dict[str, object], zipfile.ZipFile]:
    """Opens a backup and checks its manifest; the caller closes the archive."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The file {path} does not exist or cannot be read."),
            path=str(path),
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _not_a_backup(path) from exc
    try:
        names = archive.namelist()
        if MANIFEST not in names or DATABASE not in names or len(names) > MAX_MEMBERS:
            raise _not_a_backup(path)
        manifest = json.loads(archive.read(MANIFEST))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _not_a_backup(path)
        if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This backup was made by a newer Minga. Update Minga to restore it; "
                    "nothing was changed.",
                )
            )
        for name in names:
            if name not in (MANIFEST, DATABASE) and not _ATTACHMENT_RE.match(name):
                raise _not_a_backup(path)
    except BackupError:
        archive.close()
        raise
    except (ValueError, KeyError, zipfile.BadZipFile) as exc:
        archive.close()
        raise _not_a_backup(path) from exc
    return manifest, archive


def restore_backup(dirs: DataDir, source: Path) -> BackupInfo:
    """Replaces the data folder's database and adds the attachments of a backup.

    Everything is verified first (manifest, database integrity and schema, attachment
    hashes); the current database is saved to `backups/` before it is replaced.
    """
    source = Path(source)
    manifest, archive = read_backup_info(source)
    with (
        archive,
        tempfile.TemporaryDirectory(prefix="minga-restore-", dir=_temp_parent(dirs)) as temp,
    ):
        temp_dir = Path(temp)
        staged_db = temp_dir / DATABASE
        with archive.open(DATABASE) as src, staged_db.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        if not looks_like_sqlite(staged_db) or (
            manifest.get("database_sha256") and _sha256(staged_db) != manifest["database_sha256"]
        ):
            raise _not_a_backup(source)
        _verify_database(staged_db, source)
        staged_files: list[tuple[Path, str]] = []
        for name in archive.namelist():
            match = _ATTACHMENT_RE.match(name)
            if not match:
                continue
            target = temp_dir / "attachments" / match.group(2)
            target.parent.mkdir(exist_ok=True)
            with archive.open(name) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            if _sha256(target) != match.group(2):
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The backup {path} is damaged (an attachment does not match "
                        "its hash). Nothing was changed.",
                    ),
                    path=str(source),
                )
            staged_files.append((target, match.group(2)))

        dirs.root.mkdir(parents=True, exist_ok=True)
        if dirs.database.exists():
            _ensure_not_in_use(dirs.database)
            current = Database(dirs.database, migrate=False)
            try:
                current.backup_to(
                    dirs.backups
                    / f"before-restore-{default_backup_name()}".replace(".zip", ".sqlite3")
                )
            finally:
                current.close()
        for suffix in ("-wal", "-shm"):
            Path(str(dirs.database) + suffix).unlink(missing_ok=True)
        os.replace(staged_db, dirs.database)
        store = AttachmentStore(dirs.attachments)
        for path, sha256 in staged_files:
            destination = store.path_for(sha256)
            if not destination.exists():
                destination.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, destination)
    # Opening it migrates a backup made by an older Minga.
    restored = Database(dirs.database)
    try:
        live = collect_stats(restored).live_total
    finally:
        restored.close()
    return BackupInfo(
        source,
        str(manifest.get("created_at", "")),
        str(manifest.get("schema", "")),
        live,
        len(staged_files),
    )


def _temp_parent(dirs: DataDir) -> Path:
    # Stage next to the data folder so the final rename stays on one file system.
    dirs.root.mkdir(parents=True, exist_ok=True)
    return dirs.root


def _verify_database(path: Path, source: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _not_a_backup(source) from exc
    if result is None or result[0] != "ok" or "practices" not in tables or revision is None:
        raise _not_a_backup(source)
    if revision != SCHEMA_HEAD:
        from minga.store import migrate

        if not migrate.is_known_revision(revision):
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This backup was made by a newer Minga. Update Minga to restore it; "
                    "nothing was changed.",
                )
            )


def _ensure_not_in_use(database: Path) -> None:
    try:
        conn = sqlite3.connect(database, timeout=0.5)
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.rollback()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is in use by another Minga window or program. "
                "Close it and try again.",
            ),
            path=str(database),
        ) from exc
