"""The thin dialect layer: full-text search, JSON-list membership, caseless sorting.

Everything dialect-specific about queries lives here, with one branch for SQLite (each
laptop: FTS5) and one for PostgreSQL (a territory's hub: a tsvector with unaccent, indexed
by migration 0001), behind the same functions.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    cast,
    exists,
    func,
    literal,
    literal_column,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import TextClause

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def words(user_text: str) -> list[str]:
    """The words of a search, from two letters on: a single letter (the first keystroke)
    narrows nothing and would match every practice."""
    return [token for token in _TOKEN_RE.findall(user_text or "") if len(token) >= 2]


def fts_query(user_text: str) -> str | None:
    """An FTS5 query from what a person typed: every word must match, as a prefix.

    Each word is quoted, so FTS5 operators and punctuation in the text are literal.
    """
    tokens = words(user_text)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def ts_query(user_text: str) -> str | None:
    """The same search for PostgreSQL's `to_tsquery`: every word, as a prefix. Words are
    `\\w+`, so quoting each one keeps the query's operators out of the text."""
    tokens = words(user_text)
    if not tokens:
        return None
    return " & ".join(f"'{token}':*" for token in tokens)


# PostgreSQL: the generated column `search_document` of migration 0001 and its index
# `ix_practices_search` (on live practices: `NOT deleted` lets the planner use it).
_PG_MATCH = "NOT fts.deleted AND fts.search_document @@ minga_practice_query(:fts)"


def count_matching_practices(session: Session, user_text: str) -> int | None:
    """How many live practices match, from the index alone (None: nothing to match)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        typed = ts_query(user_text)
        if typed is None:
            return None
        # The count from the index: a sequential scan would read (and decompress) every
        # practice's stored document, which the planner does not count as a cost.
        session.execute(text("SET LOCAL enable_seqscan = off"))
        try:
            return session.execute(
                text(f"SELECT count(*) FROM practices AS fts WHERE {_PG_MATCH}"), {"fts": typed}
            ).scalar_one()
        finally:
            session.execute(text("SET LOCAL enable_seqscan TO DEFAULT"))
    query = fts_query(user_text)
    if query is None:
        return None
    if dialect != "sqlite":
        raise NotImplementedError("full-text search for this database")
    return session.execute(
        text("SELECT count(*) FROM practice_fts WHERE practice_fts MATCH :fts"), {"fts": query}
    ).scalar_one()


def practice_pks_matching(dialect: str, user_text: str) -> Select[tuple[int]] | None:
    """A subquery of Practice.pk matching `user_text`, or None if there is nothing to match."""
    return _pks_matching(dialect, user_text, "practices", "practice_fts", _PG_MATCH)


def _pks_matching(
    dialect: str, user_text: str, table: str, fts_table: str, pg_match: str
) -> Select[tuple[int]] | None:
    """The pks of `table` whose full-text index matches `user_text`: the stored tsvector
    (`pg_match` on `table AS fts`) on PostgreSQL, the FTS5 table `fts_table` on SQLite."""
    if dialect == "postgresql":
        typed = ts_query(user_text)
        if typed is None:
            return None
        return (
            select(literal_column("fts.pk"))
            .select_from(text(f"{table} AS fts"))
            .where(text(pg_match).bindparams(fts=typed))
        )
    query = fts_query(user_text)
    if query is None:
        return None
    if dialect == "sqlite":
        return (
            select(literal_column("rowid"))
            .select_from(text(fts_table))
            .where(text(f"{fts_table} MATCH :fts").bindparams(fts=query))
        )
    raise NotImplementedError(f"full-text search for {dialect}")


def live_practice_matches(dialect: str, user_text: str) -> TextClause | None:
    """The condition "a live practice matching `user_text`" on the `practices` table of the
    caller's query itself, or None (nothing to match, or a database that searches through
    `practice_pks_matching` instead). On PostgreSQL the planner then chooses between walking
    a sorted index and testing each row, or fetching the matches and sorting them."""
    if dialect != "postgresql":
        return None
    typed = ts_query(user_text)
    if typed is None:
        return None
    return text(
        "NOT practices.deleted AND practices.search_document @@ minga_practice_query(:fts_live)"
    ).bindparams(fts_live=typed)


# The territory's library (migration 0012): the same two indexes over `territory_practices`,
# which holds only shared practices (no deleted ones), so nothing else narrows the match.
_PG_TERRITORY_MATCH = "fts.search_document @@ minga_practice_query(:fts)"


def territory_practice_pks_matching(dialect: str, user_text: str) -> Select[tuple[int]] | None:
    """A subquery of TerritoryPractice.pk matching `user_text` (None: nothing to match)."""
    return _pks_matching(
        dialect, user_text, "territory_practices", "territory_practice_fts", _PG_TERRITORY_MATCH
    )


def territory_practice_matches(dialect: str, user_text: str) -> TextClause | None:
    """(PostgreSQL) The condition "a practice matching `user_text`" on the caller's own
    `territory_practices` table, so the page is fetched from the index's matches, not
    through a second pass over the table; None on SQLite (which searches through
    `territory_practice_pks_matching`) or with nothing to match."""
    if dialect != "postgresql":
        return None
    typed = ts_query(user_text)
    if typed is None:
        return None
    return text(
        "territory_practices.search_document @@ minga_practice_query(:fts_territory)"
    ).bindparams(fts_territory=typed)


_NO_TABLE_SCAN = "minga_no_table_scan"


@contextlib.contextmanager
def no_table_scan(session: Session, wanted: bool = True) -> Iterator[None]:
    """(PostgreSQL) The statements run inside read the full-text index, never every stored
    document: the planner does not count decompressing them as a cost, so it prefers a
    table scan several times slower. Elsewhere (or not `wanted`) it changes nothing."""
    if (
        not wanted
        or session.get_bind().dialect.name != "postgresql"
        or session.info.get(_NO_TABLE_SCAN)
    ):
        yield  # (or already inside one: the outer one sets it back)
        return
    session.execute(text("SET LOCAL enable_seqscan = off"))
    session.info[_NO_TABLE_SCAN] = True
    try:
        yield
    finally:
        session.info.pop(_NO_TABLE_SCAN, None)
        session.execute(text("SET LOCAL enable_seqscan TO DEFAULT"))


def count_matching_territory_practices(
    session: Session, user_text: str, year: int | None = None
) -> int | None:
    """How many of the territory's practices match (of school year `year`, if given), from
    the index alone (None: nothing to match). On PostgreSQL a sequential scan would read
    and decompress every stored document, a cost the planner does not see: it is turned
    off for this count only, as `count_matching_practices` does for the network."""
    dialect = session.get_bind().dialect.name
    of_year = "" if year is None else " AND fts.year = :year"
    params: dict[str, Any] = {} if year is None else {"year": year}
    if dialect == "postgresql":
        typed = ts_query(user_text)
        if typed is None:
            return None
        with no_table_scan(session):
            return session.execute(
                text(
                    "SELECT count(*) FROM territory_practices AS fts"
                    f" WHERE {_PG_TERRITORY_MATCH}{of_year}"
                ),
                {"fts": typed, **params},
            ).scalar_one()
    query = fts_query(user_text)
    if query is None:
        return None
    if dialect != "sqlite":
        raise NotImplementedError("full-text search for this database")
    if year is None:
        return session.execute(
            text(
                "SELECT count(*) FROM territory_practice_fts"
                " WHERE territory_practice_fts MATCH :fts"
            ),
            {"fts": query},
        ).scalar_one()
    return session.execute(
        text(
            "SELECT count(*) FROM territory_practices AS fts WHERE fts.pk IN"
            " (SELECT rowid FROM territory_practice_fts WHERE territory_practice_fts MATCH :fts)"
            f"{of_year}"
        ),
        {"fts": query, **params},
    ).scalar_one()


def json_list_contains(
    dialect: str, column: InstrumentedAttribute[list[str]], value: str
) -> ColumnElement[bool]:
    """`value` is one of the items of the JSON list in `column`."""
    if dialect == "sqlite":
        each = func.json_each(column).table_valued("value")
        return exists(select(literal(1)).select_from(each).where(each.c.value == value))
    if dialect == "postgresql":
        return cast(column, JSONB).op("@>")(cast(literal(json.dumps([value])), JSONB))
    raise NotImplementedError(f"JSON list membership for {dialect}")


def caseless(dialect: str, column: Any) -> Any:
    """`column` for sorting with capitals ignored (SQLite's NOCASE; `lower` elsewhere,
    which migration 0001 indexes for the practice list)."""
    if dialect == "sqlite":
        return column.collate("NOCASE")
    return func.lower(column)


# The full-text index is kept by triggers on `practices` (migration 0001). Bulk writers
# (demo data, bundle imports) may switch the insert trigger off for one transaction and
# index the new rows in a single statement at the end: FTS5 flushes its pending index at
# every statement a trigger writes to it, which makes row-by-row inserts ~4x slower.
# tests/integration/test_store.py checks this text against the trigger in the database.
FTS_INSERT_TRIGGER = """CREATE TRIGGER practices_fts_insert AFTER INSERT ON practices
    WHEN new.deleted = 0 BEGIN
        INSERT INTO practice_fts (rowid, title, description, multigrade_strategy, oa_codes)
        VALUES (new.pk, new.title, new.description, new.multigrade_strategy, new.oa_codes);
    END"""


@contextlib.contextmanager
def deferred_practice_index(session: Session) -> Iterator[None]:
    """Within the caller's transaction: practices inserted in the block are indexed at its
    end, all at once. On error the transaction's rollback restores the trigger."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("SELECT coalesce(max(pk), 0) FROM practices")).scalar_one()
    session.execute(text("DROP TRIGGER practices_fts_insert"))
    yield
    session.flush()
    session.execute(
        text(
            "INSERT INTO practice_fts (rowid, title, description, multigrade_strategy, oa_codes)"
            " SELECT pk, title, description, multigrade_strategy, oa_codes FROM practices"
            " WHERE pk > :before AND deleted = 0"
        ),
        {"before": before},
    )
    session.execute(text(FTS_INSERT_TRIGGER))
