"""The thin dialect layer: full-text search and JSON-list membership.

Everything SQLite-specific about queries lives here, so the store can move to
PostgreSQL for a territory hub (DESIGN.md, Beyond one machine) by adding the other
branch of each function.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Select, exists, func, literal, literal_column, select, text
from sqlalchemy.orm import InstrumentedAttribute

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """An FTS5 query from what a person typed: every word must match, as a prefix.

    Each word is quoted, so FTS5 operators and punctuation in the text are literal.
    """
    tokens = _TOKEN_RE.findall(user_text or "")
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def practice_pks_matching(dialect: str, user_text: str) -> Select[tuple[int]] | None:
    """A subquery of Practice.pk matching `user_text`, or None if there is nothing to match."""
    query = fts_query(user_text)
    if query is None:
        return None
    if dialect == "sqlite":
        return (
            select(literal_column("rowid"))
            .select_from(text("practice_fts"))
            .where(text("practice_fts MATCH :fts").bindparams(fts=query))
        )
    raise NotImplementedError(f"full-text search for {dialect}")


def json_list_contains(
    dialect: str, column: InstrumentedAttribute[list[str]], value: str
) -> ColumnElement[bool]:
    """`value` is one of the items of the JSON list in `column`."""
    if dialect == "sqlite":
        each = func.json_each(column).table_valued("value")
        return exists(select(literal(1)).select_from(each).where(each.c.value == value))
    raise NotImplementedError(f"JSON list membership for {dialect}")
