"""Who uses this installation, read straight from the SQLite file.

The main window shows itself with these few facts (name, role, school, microcentre)
while SQLAlchemy and the models load on a worker thread, which keeps the start-up within
its budget (docs/architecture.md, Performance budgets). Only the standard library is used here.

Anything unusual gives None — no file, a schema older or newer than this Minga's, a
folder not set up yet, a locked or damaged file — and the app then takes the ordinary
path: it opens the workspace first (migrating, or explaining what it found).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from minga.store import SCHEMA_HEAD

__all__ = ["NetworkInfo", "ShellInfo", "read_network_info", "read_shell_info"]


@dataclass(frozen=True)
class ShellInfo:
    """Who uses this installation and where: for the title bar and the status bar."""

    person_name: str
    role: str
    school_name: str
    microcentre_name: str


_PERSON = """
    SELECT people.name, people.role, people.school_id, people.microcentre_id
    FROM meta JOIN people ON people.id = meta.value
    WHERE meta.key = 'person_id'
"""


def read_shell_info(database: Path) -> ShellInfo | None:
    """The same facts as `services.home.shell_info`, or None (see the module docstring)."""
    try:
        if not database.is_file():
            return None
        conn = sqlite3.connect(database, timeout=0.2)
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute("PRAGMA query_only = 1")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != SCHEMA_HEAD:
            return None
        person = conn.execute(_PERSON).fetchone()
        if person is None:
            return None
        name, role, school_id, microcentre_id = person
        school = _row(conn, "schools", school_id, "name, deleted, microcentre_id")
        microcentre = _row(conn, "microcentres", microcentre_id, "name, deleted")
        if microcentre is None and school is not None and school[2]:
            microcentre = _row(conn, "microcentres", school[2], "name, deleted")
        return ShellInfo(
            person_name=name,
            role=role,
            school_name=school[0] if school is not None and not school[1] else "",
            microcentre_name=(
                microcentre[0] if microcentre is not None and not microcentre[1] else ""
            ),
        )
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _row(conn: sqlite3.Connection, table: str, row_id: str | None, columns: str) -> tuple | None:
    if not row_id:
        return None
    return conn.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (row_id,)).fetchone()


@dataclass(frozen=True)
class NetworkInfo:
    """Which microcentre a data folder holds and whose it is (`minga.core.networks`)."""

    microcentre_id: str
    microcentre_name: str
    person_id: str
    role: str


def read_network_info(database: Path) -> NetworkInfo | None:
    """The microcentre of a data folder read with sqlite3 alone (cheap: the list of an
    advisor's microcentros reads one of these per folder), or None as `read_shell_info`.
    Unlike it, any schema revision will do: a network not opened since this Minga was
    updated is still listed (the tables read here are the same), and is migrated when
    it is opened."""
    try:
        if not database.is_file():
            return None
        conn = sqlite3.connect(database, timeout=0.2)
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute("PRAGMA query_only = 1")
        if conn.execute("SELECT version_num FROM alembic_version").fetchone() is None:
            return None
        person = conn.execute(_PERSON).fetchone()
        if person is None:
            return None
        _name, role, school_id, microcentre_id = person
        if not microcentre_id and school_id:
            school = _row(conn, "schools", school_id, "microcentre_id")
            microcentre_id = school[0] if school is not None else None
        microcentre = _row(conn, "microcentres", microcentre_id, "name, deleted")
        person_id = conn.execute("SELECT value FROM meta WHERE key = 'person_id'").fetchone()
        return NetworkInfo(
            microcentre_id=microcentre_id or "",
            microcentre_name=(
                microcentre[0] if microcentre is not None and not microcentre[1] else ""
            ),
            person_id=person_id[0] if person_id else "",
            role=role,
        )
    except sqlite3.Error:
        return None
    finally:
        conn.close()
