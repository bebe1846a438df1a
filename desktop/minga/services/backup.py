"""Backups of a data folder (`minga backup`, `minga restore`).

A backup is one zip file: `minga-backup.json` (what it is), `minga.sqlite3` (a
consistent copy made with SQLite's online backup API while Minga may be running),
`attachments/<ab>/<sha256>` (the evidence files) and, in a backup made "with keys",
`minga-keys.age`: this installation's private keys, encrypted with age to a passphrase
the person chose (an scrypt recipient, so the standard `age --decrypt` opens it too).
It is written to a temporary file and renamed. A restore verifies everything before it
touches the data folder (the passphrase included), and keeps a backup of what it
replaces; the keys of a backup with keys go into the new installation's keyring, so the
restored Minga is the same person on the same device for the whole network.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from minga import __version__
from minga.core.attachments import AttachmentStore
from minga.core.clock import SystemClock
from minga.core.files import publish, temporary_beside
from minga.domain.errors import BackupError, StoreError
from minga.i18n import QT_TRANSLATE_NOOP
from minga.paths import DataDir
from minga.services.stats import collect_stats
from minga.store import meta, staging, structure
from minga.store.db import SCHEMA_HEAD, Database, looks_like_sqlite

FORMAT = "minga-backup"
FORMAT_VERSION = 1
MANIFEST = "minga-backup.json"
DATABASE = "minga.sqlite3"
KEYS = "minga-keys.age"
_ATTACHMENT_RE = re.compile(r"attachments/([0-9a-f]{2})/([0-9a-f]{64})")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
MAX_MEMBERS = 200_000
MAX_MANIFEST_BYTES = 64 * 1024
MAX_FORMAT_VERSION = 1000
MAX_COUNT = 100_000_000
MIN_PASSPHRASE = 8

if TYPE_CHECKING:
    from minga.sync.keys import DeviceKeys, KeyVault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema: str
    live_rows: int
    attachments: int
    # The fingerprint of the keys inside, for a backup with keys.
    fingerprint: str | None = None
    person_name: str = ""


def _short_passphrase() -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Choose a passphrase of at least {min} characters to protect your keys in the "
            "backup. Nothing was written.",
        ),
        min=MIN_PASSPHRASE,
    )


def _sealed_keys(
    db: Database, dirs: DataDir, passphrase: str, vault: KeyVault | None
) -> tuple[str, str, bytes]:
    """(fingerprint, person's name, sealed keys) of this installation, for a backup."""
    from minga.core.identity import current_actor
    from minga.sync import keys as keymod

    if len(passphrase) < MIN_PASSPHRASE or not passphrase.strip():
        raise _short_passphrase()
    vault = vault or keymod.KeyVault(dirs.root)
    with db.session() as session:
        actor = current_actor(session)
        device_keys = keymod.load_keys(session, vault)
    if device_keys is None:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This installation has no keys yet, so there are none to put in the backup. "
                "Make the backup without keys. Nothing was written.",
            )
        )
    return device_keys.public.fingerprint, actor.name, keymod.seal_keys(device_keys, passphrase)


def default_backup_name(now: dt.datetime | None = None) -> str:
    now = now or SystemClock().now_local()
    return f"minga-{now:%Y%m%d-%H%M%S}.zip"


def create_backup(
    db: Database,
    dirs: DataDir,
    out: Path | None = None,
    *,
    keys_passphrase: str | None = None,
    vault: KeyVault | None = None,
) -> BackupInfo:
    """Writes a backup of the database and the attachments to `out` (or `backups/`).

    With `keys_passphrase`, this installation's private keys go in too, sealed with it
    (`minga backup --with-keys`): the backup then moves the person's identity to another
    computer. The passphrase itself is never stored or logged."""
    out = Path(out) if out else dirs.backups / default_backup_name(db.clock.now_local())
    sealed: tuple[str, str, bytes] | None = None
    if keys_passphrase is not None:
        sealed = _sealed_keys(db, dirs, keys_passphrase, vault)
    stats = collect_stats(db)
    with db.session() as session:
        device = meta.get(session, meta.DEVICE_ID) or ""
    created_at = db.clock.now().isoformat(timespec="seconds")
    partial: Path | None = None
    try:
        partial = temporary_beside(out)
        with staging.staging_dir(dirs.tmp, "backup-") as temp:
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
            if sealed is not None:
                manifest["keys_fingerprint"] = sealed[0]
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
                archive.write(snapshot, DATABASE)
                if sealed is not None:
                    archive.writestr(KEYS, sealed[2], compress_type=zipfile.ZIP_STORED)
                for path in stored:
                    archive.write(
                        path,
                        f"attachments/{path.parent.name}/{path.name}",
                        compress_type=zipfile.ZIP_STORED,
                    )
        publish(partial, out)
    except OSError as exc:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The backup could not be written to {path}: {reason}"),
            path=str(out),
            reason=exc.strerror or str(exc),
        ) from exc
    return BackupInfo(
        out,
        created_at,
        SCHEMA_HEAD,
        stats.live_total,
        len(stored),
        sealed[0] if sealed else None,
        sealed[1] if sealed else "",
    )


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
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _not_a_backup(path) from exc
    try:
        names = archive.namelist()
        if MANIFEST not in names or DATABASE not in names or len(names) > MAX_MEMBERS:
            raise _not_a_backup(path)
        if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
            raise _not_a_backup(path)
        manifest = json.loads(archive.read(MANIFEST))
        _check_manifest(manifest, path)
        for name in names:
            if name not in (MANIFEST, DATABASE, KEYS) and not _ATTACHMENT_RE.fullmatch(name):
                raise _not_a_backup(path)
        if (KEYS in names) != ("keys_fingerprint" in manifest):
            raise _not_a_backup(path)
    except BackupError:
        archive.close()
        raise
    except (ValueError, KeyError, RecursionError, OSError, zipfile.BadZipFile) as exc:
        # ValueError covers bad JSON, numbers of thousands of digits and bad zip data.
        archive.close()
        raise _not_a_backup(path) from exc
    return manifest, archive


def _check_manifest(manifest: object, path: Path) -> None:
    """Every field with its type and a sane range: `1e400`, negative sizes or counts
    beyond any microcentre are not a Minga backup."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _not_a_backup(path)
    version = manifest.get("format_version", 0)
    if type(version) is not int or not 0 <= version <= MAX_FORMAT_VERSION:
        raise _not_a_backup(path)
    if version > FORMAT_VERSION:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This backup was made by a newer Minga. Update Minga to restore it; "
                "nothing was changed.",
            )
        )
    for key in ("live_rows", "attachments"):
        value = manifest.get(key, 0)
        if type(value) is not int or not 0 <= value <= MAX_COUNT:
            raise _not_a_backup(path)
    for key in ("app_version", "schema", "created_at", "device_id", "keys_fingerprint"):
        value = manifest.get(key, "")
        if not isinstance(value, str) or len(value) > 100:
            raise _not_a_backup(path)
    digest = manifest.get("database_sha256")
    if digest is not None and not (isinstance(digest, str) and _SHA256_RE.fullmatch(digest)):
        raise _not_a_backup(path)


def backup_holds_keys(source: Path) -> bool:
    """True for a backup made with keys (its restore needs the passphrase)."""
    source = Path(source)
    if looks_like_sqlite(source):
        return False
    manifest, archive = read_backup_info(source)
    archive.close()
    return "keys_fingerprint" in manifest


def restore_backup(
    dirs: DataDir,
    source: Path,
    *,
    passphrase: str | None = None,
    vault: KeyVault | None = None,
) -> BackupInfo:
    """Replaces the data folder's database and adds the attachments of a backup.

    A backup with keys needs its `passphrase`: the keys are opened and checked against
    the backup's own person and device before anything changes, then stored in this
    installation's keyring (`vault`), and only then is the database replaced.

    `source` is a backup zip or a copy of a Minga database (the automatic copies in
    `backups/`: daily, before an import, before a restore or a migration). Everything is
    verified first (manifest, the database's structure against its schema revision,
    integrity, foreign keys, migrations, attachment hashes), all of it on a staged copy
    inside the data folder; the current database is saved to `backups/` before it is
    replaced.
    """
    source = Path(source)
    if looks_like_sqlite(source):
        return _restore_database_copy(dirs, source)
    manifest, archive = read_backup_info(source)
    with archive, staging.staging_dir(dirs.tmp, "restore-") as temp_dir:
        device_keys = _open_backup_keys(archive, source, passphrase)
        staged_db = temp_dir / DATABASE
        try:
            with archive.open(DATABASE) as src, staged_db.open("wb") as dst:
                shutil.copyfileobj(src, dst)
        except (zipfile.BadZipFile, ValueError, EOFError) as exc:
            raise _not_a_backup(source) from exc
        if not looks_like_sqlite(staged_db) or (
            manifest.get("database_sha256") and _sha256(staged_db) != manifest["database_sha256"]
        ):
            raise _not_a_backup(source)
        _prepare_database(staged_db, source, dirs)
        staged_files: list[tuple[Path, str]] = []
        for name in archive.namelist():
            match = _ATTACHMENT_RE.fullmatch(name)
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

        if device_keys is not None:
            _check_keys_belong(staged_db, device_keys, source)
            from minga.sync import keys as keymod

            (vault or keymod.KeyVault(dirs.root)).save(device_keys)
        _replace_database(dirs, staged_db)
        store = AttachmentStore(dirs.attachments)
        for path, sha256 in staged_files:
            destination = store.path_for(sha256)
            if not destination.exists():
                destination.parent.mkdir(parents=True, exist_ok=True)
                publish(path, destination)
    return BackupInfo(
        source,
        str(manifest.get("created_at", "")),
        str(manifest.get("schema", "")),
        _live_rows(dirs),
        len(staged_files),
        device_keys.public.fingerprint if device_keys is not None else None,
    )


def _open_backup_keys(
    archive: zipfile.ZipFile, source: Path, passphrase: str | None
) -> DeviceKeys | None:
    """The keys of a backup with keys (None for one without), before anything changes."""
    from minga.sync import keys as keymod

    if KEYS not in archive.namelist():
        return None
    if not passphrase:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup {path} holds the private keys of its person: type the passphrase "
                "chosen when it was made. Nothing was changed.",
            ),
            path=str(source),
        )
    try:
        if archive.getinfo(KEYS).file_size > keymod.MAX_SEALED_KEYS:
            raise _not_a_backup(source)
        return keymod.open_keys(archive.read(KEYS), passphrase)
    except keymod.KeyBackupError as exc:
        if exc.wrong:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The passphrase does not open the keys in the backup {path}. Check it "
                    "(capitals, accents, spaces) and try again. Nothing was changed.",
                ),
                path=str(source),
            ) from None
        log.warning("refused %s: %s", source, exc)
        raise _not_a_backup(source) from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _not_a_backup(source) from exc


def _check_keys_belong(staged_db: Path, keys: DeviceKeys, source: Path) -> None:
    """The keys must be those of the backup's own person and device, as published on
    the person's record: a backup whose keys were swapped is refused."""
    try:
        conn = sqlite3.connect(f"file:{staged_db}?mode=ro", uri=True)
        try:
            found = dict(
                conn.execute(
                    "SELECT key, value FROM meta WHERE key IN (?, ?)",
                    (meta.PERSON_ID, meta.DEVICE_ID),
                ).fetchall()
            )
            row = conn.execute(
                "SELECT signing_key, encryption_key FROM people WHERE id = ?",
                (found.get(meta.PERSON_ID),),
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _not_a_backup(source) from exc
    public = keys.public
    if (
        found.get(meta.PERSON_ID) != keys.person_id
        or found.get(meta.DEVICE_ID) != keys.device_id
        or row is None
        or row[0] != public.signing_key
        or row[1] != public.encryption_key
    ):
        log.warning("refused %s: the keys are not those of the backup's person", source)
        raise _not_a_backup(source)


def _restore_database_copy(dirs: DataDir, source: Path) -> BackupInfo:
    """Restores a bare copy of a database (no attachments travel with it: they are
    content-addressed and never removed from the data folder)."""
    with staging.staging_dir(dirs.tmp, "restore-") as temp_dir:
        staged_db = temp_dir / DATABASE
        try:
            shutil.copyfile(source, staged_db)
            taken = dt.datetime.fromtimestamp(source.stat().st_mtime, dt.UTC)
        except OSError as exc:
            raise BackupError(
                QT_TRANSLATE_NOOP("errors", "The file {path} does not exist or cannot be read."),
                path=str(source),
            ) from exc
        revision = _prepare_database(staged_db, source, dirs)
        _replace_database(dirs, staged_db)
    return BackupInfo(source, taken.isoformat(timespec="seconds"), revision, _live_rows(dirs), 0)


def _live_rows(dirs: DataDir) -> int:
    restored = Database(dirs.database)
    try:
        return collect_stats(restored).live_total
    finally:
        restored.close()


def _replace_database(dirs: DataDir, staged_db: Path) -> None:
    dirs.root.mkdir(parents=True, exist_ok=True)
    if dirs.database.exists():
        _ensure_not_in_use(dirs.database)
        current = Database(dirs.database, migrate=False)
        try:
            current.backup_to(
                dirs.backups / f"before-restore-{default_backup_name()}".replace(".zip", ".sqlite3")
            )
        finally:
            current.close()
    for suffix in ("-wal", "-shm"):
        Path(str(dirs.database) + suffix).unlink(missing_ok=True)
    publish(staged_db, dirs.database)


def _damaged(source: Path) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The backup {path} is damaged: its database does not pass SQLite's checks. "
            "Nothing was changed.",
        ),
        path=str(source),
    )


def _prepare_database(staged: Path, source: Path, dirs: DataDir) -> str:
    """Verifies a staged database and migrates it, in place; returns its revision.

    In this order: a known schema revision; the structure equal to what that revision
    defines (a trigger, view, index or altered table that the migrations do not make is
    refused: it passes SQLite's integrity check and would act at the next write); the
    integrity and foreign key checks; then the migrations, on the staged copy, so that
    a failure leaves the data folder as it was.
    """
    from minga.store import migrate

    try:
        conn = sqlite3.connect(f"file:{staged}?mode=ro", uri=True)
        try:
            revision = structure.revision_of(conn)
            if revision is None:
                raise _not_a_backup(source)
            if not migrate.is_known_revision(revision):
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This backup was made by a newer Minga. Update Minga to restore it; "
                        "nothing was changed.",
                    )
                )
            problems = structure.differences(
                structure.describe(conn), structure.reference(revision, dirs.tmp)
            )
            if problems:
                log.warning("refused %s: %s", source, "; ".join(problems[:20]))
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The backup {path} does not have the structure Minga gives its "
                        "database (another program changed it). Nothing was changed.",
                    ),
                    path=str(source),
                )
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _not_a_backup(source) from exc
    if integrity != ["ok"] or foreign:
        log.warning("refused %s: %s %s", source, integrity[:5], foreign[:5])
        raise _damaged(source)
    try:
        Database(staged).close()  # migrates a copy made by an older Minga
    except (StoreError, sqlite3.Error, SQLAlchemyError) as exc:
        log.warning("refused %s: migration failed: %s", source, exc)
        raise _damaged(source) from exc
    return revision


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


def write_recovery_sheet(
    db: Database, info: BackupInfo, out: Path | None = None, *, lang: str | None = None
) -> Path:
    """The recovery sheet of a backup with keys (a PDF, Carta), beside the backup unless
    `out` says where; written under a temporary name and renamed."""
    from sqlalchemy import select

    from minga.core.identity import current_actor
    from minga.domain.vocab import ROLE_LABELS
    from minga.reports.layout import Tr
    from minga.reports.recovery_sheet import RecoveryFacts, render_recovery_sheet
    from minga.store.models import Microcentre, Person

    if not info.fingerprint:
        raise ValueError("a recovery sheet is only for a backup with keys")
    reports = Tr(lang)
    if out is None:
        stem = info.path.name.removesuffix(".zip")
        suffix = reports.tr("recovery-sheet")
        out = info.path.with_name(f"{stem}-{suffix}.pdf")
    out = Path(out)
    with db.session() as session:
        actor = current_actor(session)
        microcentre = (
            session.get(Microcentre, actor.microcentre_id) if actor.microcentre_id else None
        )
        advisor = None
        if microcentre is not None and microcentre.advisor_id:
            advisor = session.get(Person, microcentre.advisor_id)
        if advisor is None:
            advisor = session.scalars(
                select(Person).where(Person.role == "advisor", Person.deleted.is_(False))
            ).first()
        facts = RecoveryFacts(
            person_name=actor.name,
            role=reports.vocab(ROLE_LABELS.get(actor.role, actor.role)),
            microcentre=microcentre.name if microcentre is not None else "",
            backup_path=str(info.path.resolve()),
            backup_size=info.path.stat().st_size if info.path.exists() else 0,
            made_on=dt.datetime.fromisoformat(info.created_at),
            fingerprint=info.fingerprint,
            advisor_name=advisor.name if advisor is not None else "",
        )
    partial = temporary_beside(out)
    try:
        with partial.open("wb") as handle:
            render_recovery_sheet(facts, handle, reports=reports, printed_on=db.clock.today())
        publish(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "errors", "The recovery sheet could not be written to {path}: {reason}"
            ),
            path=str(out),
            reason=exc.strerror or str(exc),
        ) from exc
    return out
