"""Records as they travel: one JSON object per line, every column of the synced model.

A record has exactly the columns of its model (`minga.store.models`) except the local
ones (`change_seq`, and `pk` of practices). Dates are ISO 8601 (`2026-03-01`), times ISO
8601 with their UTC offset (`2026-03-01T10:00:00.123456+00:00`), booleans JSON booleans,
JSON columns nested JSON. `decode` checks a received record against the one declared
schema of its kind (`minga.domain.schema`: fields, strict types, lengths, ranges, closed
vocabularies, list items, full-string patterns) and turns it into the Python values a
Core insert takes; it raises `RecordError` with a short technical detail. The schema and
the models must name the same columns: building `SPECS` fails otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, Table

from minga.domain import schema
from minga.domain.schema import RecordError
from minga.store.models import SYNCED_MODELS, SyncedMixin, UtcDateTime

LOCAL_COLUMNS = frozenset({"change_seq", "pk"})
# Kept for callers that match ids and hashes (always with `fullmatch`).
UUID_RE = schema.UUID_RE
SHA256_RE = schema.SHA256_RE

__all__ = ["KINDS", "SPECS", "KindSpec", "RecordError", "dumps", "version_device"]


def _json_shape(column: Any) -> type | None:
    default = getattr(column.default, "arg", None)
    if default is list or (callable(default) and getattr(default, "__name__", "") == "list"):
        return list
    if default is dict or (callable(default) and getattr(default, "__name__", "") == "dict"):
        return dict
    return None


@dataclass(frozen=True)
class Field:
    name: str
    nullable: bool
    encode: Callable[[Any], Any] | None  # Python value -> JSON value, when not identical
    parse: Callable[[str], Any] | None = None  # JSON value -> Python value, when not identical


def _field(kind: str, column: Any) -> Field:
    """How one column converts between its JSON form and its Python value (what it may
    hold is declared in `minga.domain.schema`)."""
    name = column.name
    if name not in schema.SCHEMA[kind]:
        raise TypeError(f"{kind}.{name} is not declared in minga.domain.schema")
    column_type = column.type
    encode: Callable[[Any], Any] | None = None
    parse: Callable[[str], Any] | None = None
    if isinstance(column_type, UtcDateTime):
        encode = dt.datetime.isoformat
        parse = dt.datetime.fromisoformat
    elif isinstance(column_type, Date):
        encode = dt.date.isoformat
        parse = dt.date.fromisoformat
    return Field(name, bool(column.nullable), encode, parse)


@dataclass(frozen=True)
class KindSpec:
    """How records of one kind travel."""

    kind: str
    model: type[SyncedMixin]
    table: Table
    fields: tuple[Field, ...]
    names: frozenset[str]
    has_visibility: bool
    parsers: tuple[tuple[str, Callable[[str], Any]], ...]
    defaults: dict[str, Any]

    @property
    def columns(self) -> list[Any]:
        return [self.table.c[f.name] for f in self.fields]

    def encode(self, row: Iterable[Any]) -> dict[str, Any]:
        """A database row (values in `columns` order) as its JSON object."""
        record = {}
        for field, value in zip(self.fields, row, strict=True):
            encode = field.encode
            record[field.name] = encode(value) if value is not None and encode else value
        return record

    def decode(self, record: Any) -> dict[str, Any]:
        """A received JSON object checked against the schema, as column values."""
        return schema.validate(self.kind, record)

    def fill_defaults(self, record: Any) -> Any:
        """A record from an older schema, with the columns added since then at their
        defaults (a new column is nullable or has a default)."""
        if type(record) is not dict:
            return record
        for field in self.fields:
            if field.name not in record and field.name in self.defaults:
                default = self.defaults[field.name]
                record[field.name] = default() if callable(default) else default
        return record

    def convert(self, record: dict[str, Any]) -> dict[str, Any]:
        """`decode` without the checks, for a record `decode` already accepted."""
        values = dict(record)
        for name, parse in self.parsers:
            value = values[name]
            if value is not None:
                values[name] = parse(value)
        return values


def _spec(model: type[SyncedMixin]) -> KindSpec:
    table: Table = model.__table__  # type: ignore[attr-defined]
    fields = tuple(
        _field(model.__kind__, column)
        for column in table.columns
        if column.name not in LOCAL_COLUMNS
    )
    declared = schema.field_names(model.__kind__)
    if {f.name for f in fields} != declared:
        raise TypeError(f"{model.__kind__}: the schema and the model name different columns")
    return KindSpec(
        kind=model.__kind__,
        model=model,
        table=table,
        fields=fields,
        names=frozenset(f.name for f in fields),
        has_visibility="visibility" in table.c,
        parsers=tuple((f.name, f.parse) for f in fields if f.parse is not None),
        defaults=_defaults(table),
    )


def _defaults(table: Table) -> dict[str, Any]:
    """What a column missing from an older record becomes: None, or its JSON default."""
    found: dict[str, Any] = {}
    for column in table.columns:
        if column.name in LOCAL_COLUMNS:
            continue
        default = getattr(column.default, "arg", None)
        if column.nullable:
            found[column.name] = None
        elif default in (list, dict) or getattr(default, "__name__", "") in ("list", "dict"):
            found[column.name] = list if _json_shape(column) is list else dict
        elif default is not None and not callable(default):
            found[column.name] = default
    return found


SPECS: dict[str, KindSpec] = {model.__kind__: _spec(model) for model in SYNCED_MODELS}
KINDS: tuple[str, ...] = tuple(SPECS)


def dumps(record: dict[str, Any]) -> str:
    """One line of a records file (compact, UTF-8, no trailing newline)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def version_device(version: str) -> str:
    """The device part of a version string (`millis-counter-DEVICE`)."""
    return version.split("-", 2)[2] if version.count("-") >= 2 else ""


def upgrade_record(kind: str, record: dict[str, Any], from_version: int) -> dict[str, Any]:
    """Brings a record written by an older bundle format up to the current one.

    Format 1 is the only one so far, so this returns the record unchanged; a future
    format that renames or adds fields adds its step here (oldest first), so bundles
    made by an older Minga keep importing.
    """
    return record
