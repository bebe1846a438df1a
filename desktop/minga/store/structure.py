"""The structure of a Minga database compared with what its schema revision defines.

A database that comes from outside (a backup, an automatic copy) or that someone edited
by hand may carry a trigger that empties tables at the next write, a view or index
nobody asked for, or a table whose columns lost a constraint. Such a file passes
SQLite's integrity check. So the structure (tables, columns with type, nullability,
default and key, indexes, foreign keys, triggers, views) is read from `sqlite_master`
and the pragmas and compared with a fresh database built by the migrations at the same
revision.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from minga.store import staging

Description = dict[tuple[str, str], Any]

_SPACES = re.compile(r"\s+")
_references: dict[str, Description] = {}


def _normal_sql(sql: str | None) -> str:
    return _SPACES.sub(" ", (sql or "").strip()).lower()


def describe(conn: sqlite3.Connection) -> Description:
    """Every schema object of an open database, in a form that compares by value."""
    found: Description = {}
    objects = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for kind, name, table, sql in objects:
        key = (str(kind), str(name))
        if kind == "table":
            columns = {
                row[1]: (str(row[2]).upper(), bool(row[3]), row[4], int(row[5]), int(row[6]))
                for row in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,))
            }
            foreign = sorted(
                tuple(str(v) for v in row[2:])
                for row in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,))
            )
            # CHECK constraints only live in the CREATE text, so it is compared too,
            # with its spacing normalised (migrations and fresh builds space it alike).
            found[key] = (columns, foreign, _normal_sql(sql))
        elif kind == "index":
            info = [
                (row[0], row[2])
                for row in conn.execute(
                    "SELECT seqno, cid, name FROM pragma_index_info(?)", (name,)
                )
            ]
            unique = conn.execute(
                'SELECT "unique", origin, partial FROM pragma_index_list(?) WHERE name = ?',
                (table, name),
            ).fetchone()
            found[key] = (str(table), sorted(info), tuple(unique or ()), _normal_sql(sql))
        else:  # trigger, view
            found[key] = (str(table), _normal_sql(sql))
    return found


def revision_of(conn: sqlite3.Connection) -> str | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        return None
    return rows[0][0]


def reference(revision: str, scratch: Path) -> Description:
    """The structure the migrations give a new database at `revision` (built once per
    process, in a staging folder under `scratch`)."""
    if revision not in _references:
        from minga.store import migrate
        from minga.store.db import make_engine

        with staging.staging_dir(scratch, "reference-") as folder:
            path = folder / "reference.sqlite3"
            engine = make_engine(path)
            try:
                migrate.upgrade(engine, revision)
            finally:
                engine.dispose()
            conn = sqlite3.connect(path)
            try:
                _references[revision] = describe(conn)
            finally:
                conn.close()
    return _references[revision]


def differences(actual: Description, expected: Description) -> list[str]:
    """What is added, missing or changed, one short phrase each (for the log and `check`)."""
    found = []
    for key in sorted(expected.keys() - actual.keys()):
        found.append(f"{key[0]} {key[1]} missing")
    for key in sorted(actual.keys() - expected.keys()):
        found.append(f"{key[0]} {key[1]} not part of Minga's schema")
    for key in sorted(actual.keys() & expected.keys()):
        if actual[key] != expected[key]:
            found.append(f"{key[0]} {key[1]} differs from Minga's schema")
    return found


def structure_problems(conn: sqlite3.Connection, scratch: Path) -> list[str]:
    """Differences between the database and its revision's schema; a database without a
    known revision is one problem."""
    from minga.store import migrate

    revision = revision_of(conn)
    if revision is None or not migrate.is_known_revision(revision):
        return [f"unknown schema revision {revision!r}"]
    return differences(describe(conn), reference(revision, scratch))
