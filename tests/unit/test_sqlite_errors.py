"""SQLite trouble is told apart by SQLite's error code, with real errors from real files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from minga.i18n import catalog
from minga.store.db import _sqlite_trouble, translate_sqlite_error


def _error_of(action) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def test_a_database_held_by_another_connection_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "minga.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    try:
        error = _error_of(lambda: other.execute("SELECT * FROM t").fetchall())
    finally:
        other.close()
        holder.close()
    assert _sqlite_trouble(error) == "busy"
    problem = translate_sqlite_error(error, path)
    assert problem is not None
    assert "in use" in problem.message(catalog("en"))


def test_a_file_that_is_not_a_database_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "minga.sqlite3"
    path.write_bytes(b"this is a photo, not a database" * 100)
    connection = sqlite3.connect(path)
    try:
        error = _error_of(lambda: connection.execute("SELECT * FROM sqlite_master").fetchall())
    finally:
        connection.close()
    assert _sqlite_trouble(error) == "corrupt"


def test_a_database_opened_read_only_is_readonly(tmp_path: Path) -> None:
    path = tmp_path / "minga.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        error = _error_of(lambda: connection.execute("INSERT INTO t VALUES (1)"))
    finally:
        connection.close()
    assert _sqlite_trouble(error) == "readonly"


def test_a_bug_is_no_trouble_of_the_disk(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "minga.sqlite3")
    try:
        error = _error_of(lambda: connection.execute("SELECT * FROM no_such_table"))
    finally:
        connection.close()
    assert _sqlite_trouble(error) is None
    assert translate_sqlite_error(error, tmp_path) is None
