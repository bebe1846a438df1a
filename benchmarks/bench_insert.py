"""Insertion rate of the store against raw `sqlite3`, with the same 100,000 practice rows.

(a) raw `sqlite3.executemany` into a table with the same columns (the `practices` DDL of
    the real schema, without its secondary indexes and full-text triggers), one
    transaction: the baseline of the budget;
(b) the store, as the app writes in bulk: a fresh Workspace and
    `session.execute(insert(Practice), rows)` in one transaction (indexes and FTS
    triggers included).
For information, also (a2) raw `sqlite3` into the complete schema (same indexes and
triggers as (b)), which separates the cost of the schema from the cost of SQLAlchemy,
(b2) SQLAlchemy Core `insert(Practice.__table__)`, and (b3) the same with RETURNING, which
makes SQLAlchemy send multi-row INSERTs ("insertmanyvalues", 1,700 rows a statement):
SQLite before 3.45 flushes the FTS5 index at every statement that fires the trigger, so
fewer statements means far less index work (the demo generator writes practices so).

Budget (docs/architecture.md, Performance budgets): the store reaches at least 1/3 of the raw rate.

Usage: PYTHONPATH=desktop .venv/bin/python benchmarks/bench_insert.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from common import Timer, isolate, machine, print_table, temp_folder, verdict

BUDGET_RATIO = 1 / 3


def build_rows(count: int, seed: int = 1) -> list[dict[str, Any]]:
    """`count` practice rows as the store takes them (Python values, every column but pk)."""
    from minga.services import demo_content

    rng = random.Random(seed)
    templates = demo_content.PRACTICE_TEMPLATES
    owners = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(9)]
    devices = [uuid.UUID(int=rng.getrandbits(128), version=4).hex for _ in owners]
    schools = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(6)]
    start = dt.datetime(2025, 3, 3, 12, tzinfo=dt.UTC)
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    rows = []
    for i in range(count):
        template = templates[i % len(templates)]
        author = rng.randrange(len(owners))
        when = start + dt.timedelta(milliseconds=i * 517)
        millis = (when - epoch) // dt.timedelta(milliseconds=1)
        rows.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "owner": owners[author],
                "version": f"{millis:013d}-0000-{devices[author]}",
                "prev_version": None,
                "updated_at": when,
                "deleted": False,
                "change_seq": i + 1,
                "visibility": "network",
                "title": f"{template['title']} ({i + 1})",
                "school_id": schools[author % len(schools)],
                "subjects": list(template["subjects"]),
                "levels": list(template["levels"]),
                "oa_codes": list(template["oa_codes"]),
                "description": template["description"],
                "multigrade_strategy": template["multigrade_strategy"],
                "materials": template["materials"],
                "duration_minutes": template["duration_minutes"],
                "status": "ready",
                "created_at": when,
            }
        )
    return rows


def plain_values(rows: list[dict[str, Any]], columns: list[str]) -> list[tuple[Any, ...]]:
    """The rows as SQLite stores them (JSON text, naive UTC datetimes, 0/1)."""

    def plain(value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, list | dict):
            return json.dumps(value)
        return value

    return [tuple(plain(row[c]) for c in columns) for row in rows]


def raw_insert(path: Path, ddl: list[str], columns: list[str], values: list[tuple]) -> float:
    """executemany in one transaction (same pragmas as the store); returns seconds."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        for statement in ddl:
            conn.execute(statement)
        sql = (
            f"INSERT INTO practices ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        with Timer() as t:
            conn.execute("BEGIN")
            conn.executemany(sql, values)
            conn.execute("COMMIT")
        return t.seconds
    finally:
        conn.close()


def store_insert(folder: Path, rows: list[dict[str, Any]], *, variant: str = "orm") -> float:
    """Inserts through the store in one transaction; returns seconds."""
    from sqlalchemy import insert

    from minga.core.workspace import Workspace
    from minga.store.models import Practice

    table = Practice.__table__
    with Workspace(folder) as ws, Timer() as t, ws.db.session() as session:
        if variant == "orm":
            session.execute(insert(Practice), rows)
        elif variant == "core":
            session.execute(insert(table), rows)
        else:
            session.execute(
                insert(table).returning(table.c.pk),
                rows,
                execution_options={"insertmanyvalues_page_size": 1_700},
            ).all()
    return t.seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    isolate()

    from minga.core.workspace import Workspace

    with Timer() as building:
        rows = build_rows(args.rows)
    with temp_folder() as folder:
        # The real schema, from a freshly migrated database.
        with Workspace(folder / "schema") as ws:
            schema_file = ws.dirs.database
        conn = sqlite3.connect(schema_file)
        table_ddl = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'practices'"
        ).fetchone()[0]
        columns = [r[1] for r in conn.execute("PRAGMA table_info(practices)") if r[1] != "pk"]
        conn.close()
        with Timer() as converting:
            values = plain_values(rows, columns)

        gc.collect()
        raw_s = raw_insert(folder / "raw.sqlite3", [table_ddl], columns, values)
        full = folder / "raw-full.sqlite3"
        shutil.copyfile(schema_file, full)
        gc.collect()
        raw_full_s = raw_insert(full, [], columns, values)
        gc.collect()
        store_s = store_insert(folder / "store", rows)
        gc.collect()
        core_s = store_insert(folder / "core", rows, variant="core")
        gc.collect()
        many_s = store_insert(folder / "many", rows, variant="insertmanyvalues")

    n = len(rows)
    raw_rate = n / raw_s
    store_rate = n / store_s
    ratio = store_rate / raw_rate
    print(f"bench_insert: {n:,} practice rows, one transaction each ({machine()})")
    print(
        f"(rows built in {building.seconds:.2f} s; turned into plain SQLite values for the "
        f"raw runs in {converting.seconds:.2f} s, outside the timings)"
    )
    print_table(
        "Insertion",
        ["path", "seconds", "rows/s", "vs raw (a)"],
        [
            ["(a) raw sqlite3, same columns", raw_s, raw_rate, "1.00x"],
            ["(b) store: session.execute(insert(Practice))", store_s, store_rate, f"{ratio:.2f}x"],
            [
                "(a2) raw sqlite3, full schema (indexes + FTS)",
                raw_full_s,
                n / raw_full_s,
                f"{raw_s / raw_full_s:.2f}x",
            ],
            [
                "(b2) store: Core insert(Practice.__table__)",
                core_s,
                n / core_s,
                f"{raw_s / core_s:.2f}x",
            ],
            [
                "(b3) store: Core insert ... RETURNING (multi-row)",
                many_s,
                n / many_s,
                f"{raw_s / many_s:.2f}x",
            ],
        ],
    )
    print_table(
        "Budget: store rate at least 1/3 of raw",
        ["comparison", "ratio", "status"],
        [
            ["(b) / (a)", f"{ratio:.2f}", verdict(ratio >= BUDGET_RATIO)],
            [
                "(b) / (a2), same schema (information)",
                f"{raw_full_s / store_s:.2f}",
                verdict(raw_full_s / store_s >= BUDGET_RATIO),
            ],
            [
                "(b3) / (a), multi-row (information)",
                f"{raw_s / many_s:.2f}",
                verdict(raw_s / many_s >= BUDGET_RATIO),
            ],
        ],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
