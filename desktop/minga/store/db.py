"""The database: engine, sessions, pragmas, migrations on open, online backup.

Storage takes its path from outside (tests use temporary files). Expected SQLite trouble
(locked, read-only, full, corrupt, newer schema) becomes a `StoreError` with a sentence
for the user; everything else is a bug and propagates.

The same store runs on PostgreSQL (a territory's hub, `--db-url postgresql+psycopg://...`):
the models and migrations are the same; what differs (pragmas, the online backup, the
integrity check, the server that cannot be reached) is branched here on `is_sqlite`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from minga.core.clock import Clock, SystemClock
from minga.core.files import copy_atomically, publish, temporary_beside
from minga.domain.errors import StoreError
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store import SCHEMA_HEAD, changes

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000


def _busy_timeout_ms() -> int:
    try:
        return int(os.environ.get("MINGA_BUSY_TIMEOUT_MS", DEFAULT_BUSY_TIMEOUT_MS))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_MS


# SQLite's primary result codes (the low byte of the extended code Python reports).
_TROUBLE_BY_CODE = {
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_READONLY: "readonly",
    sqlite3.SQLITE_CANTOPEN: "readonly",
    sqlite3.SQLITE_PERM: "readonly",
    sqlite3.SQLITE_FULL: "full",
    sqlite3.SQLITE_CORRUPT: "corrupt",
    sqlite3.SQLITE_NOTADB: "corrupt",
}


def _sqlite_trouble(exc: BaseException) -> str | None:
    """busy, readonly, full or corrupt, by SQLite's error code (its messages change
    between versions); the message only for an error that carries no code."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _TROUBLE_BY_CODE.get(code & 0xFF)
    message = str(orig).lower()
    if "locked" in message or "busy" in message:
        return "busy"
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return "readonly"
    if "disk is full" in message:
        return "full"
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return "corrupt"
    return None


def translate_sqlite_error(exc: BaseException, path: Path) -> StoreError | None:
    """The user's sentence for expected SQLite trouble, or None for a bug."""
    kind = _sqlite_trouble(exc)
    if kind == "busy":
        return StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is in use by another Minga window or program. "
                "Close it and try again.",
            ),
            path=str(path),
        )
    if kind == "readonly":
        return StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Minga cannot write in {path}. Check that the folder exists and that you "
                "have permission to write in it.",
            ),
            path=str(path),
        )
    if kind == "full":
        return StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "The disk is full: nothing was saved. Free some space and try again."
            ),
        )
    if kind == "corrupt":
        return StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is damaged. Restore a backup with 'minga restore' or "
                "from the Backups screen.",
            ),
            path=str(path),
        )
    return None


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take transactions into our own hands (SQLAlchemy's pysqlite recipe), so that
    # BEGIN is emitted when SQLAlchemy begins, and SAVEPOINT works.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {_busy_timeout_ms()}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


# Database addresses Minga accepts besides its own SQLite file (`--db-url`).
SERVER_DRIVERS = {"postgresql": "postgresql+psycopg", "postgresql+psycopg": "postgresql+psycopg"}


def parse_db_url(url: str) -> URL:
    """The address given with `--db-url`, checked: a SQLite file (`sqlite:///path`) or a
    PostgreSQL server (`postgresql+psycopg://...`; plain `postgresql://` means the same).
    Anything else is refused with a sentence."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        parsed = None
    if parsed is not None and parsed.drivername in SERVER_DRIVERS:
        parsed = parsed.set(drivername=SERVER_DRIVERS[parsed.drivername])
        if parsed.database:
            return parsed
    elif (
        parsed is not None
        and parsed.drivername in ("sqlite", "sqlite+pysqlite")
        and parsed.database
        and parsed.database != ":memory:"
    ):
        return parsed
    raise StoreError(
        QT_TRANSLATE_NOOP(
            "errors",
            "'{url}' is not a database address Minga can use. Give "
            "postgresql+psycopg://user@server/database or sqlite:///path/to/minga.sqlite3.",
        ),
        url=url if parsed is None else shown_url(parsed),
    )


def shown_url(url: URL) -> str:
    """An address as it may be shown or logged: never with its password."""
    return url.render_as_string(hide_password=True)


def _server_error(exc: BaseException, url: URL) -> StoreError | None:
    """The user's sentence for a server that cannot be reached (or refuses the login),
    or None for a bug."""
    if not isinstance(exc, OperationalError):
        return None
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()
    return StoreError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Minga cannot reach the database {url}: {reason}. Check that the server is "
            "running and that the address, user and password are right.",
        ),
        url=shown_url(url),
        reason=reason[0] if reason else type(exc).__name__,
    )


def make_server_engine(url: URL) -> Engine:
    try:
        return create_engine(url, future=True, pool_pre_ping=True)
    except (ModuleNotFoundError, NoSuchModuleError) as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This Minga cannot use PostgreSQL: its driver is not installed "
                "(pip install 'minga[server]').",
            ),
        ) from exc


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


class Database:
    """One database, migrated to the current schema when opened: the SQLite file `path`,
    or the server at `url` (PostgreSQL; `path` then only names the data folder's file,
    whose folder keeps the attachments, keys and logs)."""

    def __init__(
        self,
        path: Path,
        *,
        migrate: bool = True,
        clock: Clock | None = None,
        url: str | URL | None = None,
    ):
        self.path = Path(path)
        self.clock = clock or SystemClock()
        self.url: URL | None = None
        if url is not None:
            parsed = parse_db_url(url) if isinstance(url, str) else url
            if parsed.drivername.startswith("sqlite"):
                self.path = Path(parsed.database or self.path)
            else:
                self.url = parsed
        if self.url is None:
            self._check_location()
            self.engine = make_engine(self.path)
        else:
            self.engine = make_server_engine(self.url)
        # Column defaults (`updated_at`, `queued_at`...) and the code holding a session
        # read "now" from this clock (see `clock_of` and `models.clock_now`).
        self.engine.update_execution_options(minga_clock=self.clock)
        self._sessions = sessionmaker(
            self.engine,
            class_=changes.StampingSession,
            expire_on_commit=False,
            info={"clock": self.clock},
        )
        try:
            if migrate:
                self._migrate()
        except (OperationalError, DatabaseError) as exc:
            self.engine.dispose()
            raise self.translate_error(exc) or exc from exc
        except BaseException:
            self.engine.dispose()
            raise

    def _check_location(self) -> None:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Minga cannot write in {path}. Check that the folder exists and that you "
                    "have permission to write in it.",
                ),
                path=str(folder),
            ) from exc
        if not os.access(folder, os.W_OK | os.X_OK) or (
            self.path.exists() and not os.access(self.path, os.R_OK | os.W_OK)
        ):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Minga cannot write in {path}. Check that the folder exists and that you "
                    "have permission to write in it.",
                ),
                path=str(folder),
            )
        if self.path.exists() and self.path.stat().st_size > 0 and not looks_like_sqlite(self.path):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors", "{path} is not a Minga database. Move it aside or restore a backup."
                ),
                path=str(self.path),
            )

    @property
    def is_sqlite(self) -> bool:
        return self.url is None

    @property
    def location(self) -> str:
        """Where the data is, as it may be shown: the file, or the server's address."""
        return str(self.path) if self.url is None else shown_url(self.url)

    def translate_error(self, exc: BaseException) -> StoreError | None:
        """The user's sentence for expected trouble of this database, or None for a bug."""
        if self.url is None:
            return translate_sqlite_error(exc, self.path)
        return _server_error(exc, self.url)

    # --- schema ---------------------------------------------------------------------

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if self.url is None:
                exists = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
                ).first()
            else:
                exists = conn.exec_driver_sql(
                    "SELECT to_regclass('alembic_version') IS NOT NULL"
                ).scalar()
            if not exists:
                return None
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
            return row[0] if row else None

    def _migrate(self) -> None:
        current = self.schema_revision()
        if current == SCHEMA_HEAD:
            return
        from minga.store import migrate  # Alembic is imported only when needed.

        if current is not None and not migrate.is_known_revision(current):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This database was written by a newer Minga (schema {revision}). "
                    "Update Minga to open it; it was not changed.",
                ),
                revision=current,
            )
        if current is not None and self.url is None:
            # (A server's database is backed up by its administrator, with pg_dump.)
            backup = self.path.with_name(f"{self.path.stem}-before-{SCHEMA_HEAD}.sqlite3")
            log.info("upgrading schema %s -> %s, backup in %s", current, SCHEMA_HEAD, backup)
            self.backup_to(backup)
        migrate.upgrade(self.engine)

    # --- sessions -------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            raise self.translate_error(exc) or exc from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def read_session(self) -> Session:
        """A session for reading only (callers close it)."""
        return self._sessions()

    # --- backup ---------------------------------------------------------------------

    def backup_to(self, destination: Path) -> Path:
        """A consistent copy through SQLite's online backup API, written atomically.
        A server's database is copied by its administrator (pg_dump): refused here."""
        destination = Path(destination)
        if self.url is not None:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The data is on the database server {url}: its copies are made there, "
                    "with pg_dump.",
                ),
                url=shown_url(self.url),
            )
        partial: Path | None = None
        try:
            partial = temporary_beside(destination)
            raw = self.engine.raw_connection()
            try:
                target = sqlite3.connect(partial)
                try:
                    driver = raw.driver_connection
                    assert driver is not None  # an open pooled connection has its driver's
                    driver.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")
                finally:
                    target.close()
            finally:
                raw.close()
            publish(partial, destination)
        except (sqlite3.Error, OSError) as exc:
            if partial is not None:
                partial.unlink(missing_ok=True)
            raise translate_sqlite_error(exc, destination) or StoreError(
                QT_TRANSLATE_NOOP("errors", "The backup could not be written to {path}: {reason}"),
                path=str(destination),
                reason=str(exc),
            ) from exc
        return destination

    def integrity_problems(self) -> list[str]:
        """SQLite's integrity and foreign key checks; empty when all is well. (A server
        enforces its constraints as it writes: nothing to check afterwards.)"""
        if self.url is not None:
            return []
        with self.engine.connect() as conn:
            problems = [
                row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check") if row[0] != "ok"
            ]
            problems += [
                f"foreign key: {row[0]} row {row[1]} -> {row[2]}"
                for row in conn.exec_driver_sql("PRAGMA foreign_key_check")
            ]
            return problems

    def close(self) -> None:
        self.engine.dispose()


def clock_of(session: Session) -> Clock:
    """The clock of the database a session belongs to (a system clock for a bare one)."""
    clock = session.info.get("clock")
    return clock if isinstance(clock, Clock) else SystemClock()


def copy_database_file(source: Path, destination: Path) -> None:
    """Copies a closed database file atomically (used by restore)."""
    copy_atomically(source, destination)


def execute_script(engine: Engine, sql: str) -> None:
    with engine.begin() as conn:
        for statement in filter(None, (s.strip() for s in sql.split(";\n"))):
            conn.execute(text(statement))
