"""Records as they travel: one JSON object per line, every column of the synced model.

A record has exactly the columns of its model (`minga.store.models`) except the local
ones (`change_seq`, and `pk` of practices). Dates are ISO 8601 (`2026-03-01`), times ISO
8601 with their UTC offset (`2026-03-01T10:00:00.123456+00:00`), booleans JSON booleans,
JSON columns nested JSON. `decode` checks a received record completely (kind known,
fields and types, lengths, ids well formed, closed vocabularies) and turns it into the
Python values a Core insert takes; it raises `RecordError` with a short technical detail.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, String, Table, Text

from minga.domain.vocab import Role, Visibility
from minga.store.models import MODELS_BY_KIND, SYNCED_MODELS, SyncedMixin, UtcDateTime

LOCAL_COLUMNS = frozenset({"change_seq", "pk"})
TEXT_MAX = 200_000
JSON_MAX_ITEMS = 10_000
MEMBERSHIPS = ("active", "pending", "removed")

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
VERSION_RE = re.compile(r"^[0-9]{13}-[0-9a-f]{4}-[0-9A-Za-z_-]{1,45}$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


class RecordError(ValueError):
    """A received record that does not follow the format (the detail is technical)."""


def _check_str(name: str, limit: int) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if type(value) is not str:
            raise RecordError(f"{name} must be text")
        if len(value) > limit:
            raise RecordError(f"{name} is longer than {limit} characters")
        return value

    return check


def _check_pattern(name: str, pattern: re.Pattern[str]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if type(value) is not str or not pattern.match(value):
            raise RecordError(f"{name} is not well formed")
        return value

    return check


def _check_choice(name: str, choices: Iterable[str]) -> Callable[[Any], Any]:
    allowed = frozenset(choices)

    def check(value: Any) -> Any:
        if value not in allowed:
            raise RecordError(f"{name} has an unknown value")
        return value

    return check


def _check_int(name: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if type(value) is not int or not INT_MIN <= value <= INT_MAX:
            raise RecordError(f"{name} must be an integer")
        return value

    return check


def _check_bool(name: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if type(value) is not bool:
            raise RecordError(f"{name} must be true or false")
        return value

    return check


def _check_date(name: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if type(value) is not str or len(value) != 10:
            raise RecordError(f"{name} must be a date")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise RecordError(f"{name} must be a date") from None

    return check


def _check_datetime(name: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if type(value) is not str or len(value) > 40:
            raise RecordError(f"{name} must be a time")
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise RecordError(f"{name} must be a time") from None
        if parsed.tzinfo is None:
            raise RecordError(f"{name} has no UTC offset")
        return parsed

    return check


def _check_json(name: str, shape: type | None) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if shape is not None and type(value) is not shape:
            raise RecordError(f"{name} must be a JSON {shape.__name__}")
        if isinstance(value, list | dict) and len(value) > JSON_MAX_ITEMS:
            raise RecordError(f"{name} has too many items")
        return value

    return check


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
    check: Callable[[Any], Any]
    encode: Callable[[Any], Any] | None  # Python value -> JSON value, when not identical
    parse: Callable[[str], Any] | None = None  # JSON value -> Python value, when not identical


def _field(kind: str, column: Any) -> Field:
    name = column.name
    column_type = column.type
    encode: Callable[[Any], Any] | None = None
    parse: Callable[[str], Any] | None = None
    if name in ("id", "owner"):
        check = _check_pattern(name, UUID_RE)
    elif name in ("version", "prev_version"):
        check = _check_pattern(name, VERSION_RE)
    elif name == "visibility":
        check = _check_choice(name, [v.value for v in Visibility])
    elif kind == "person" and name == "role":
        check = _check_choice(name, [r.value for r in Role])
    elif kind == "person" and name == "membership":
        check = _check_choice(name, MEMBERSHIPS)
    elif kind == "attachment" and name == "sha256":
        check = _check_pattern(name, SHA256_RE)
    elif kind == "attachment" and name == "parent_kind":
        check = _check_choice(name, MODELS_BY_KIND)
    elif isinstance(column_type, UtcDateTime):
        check = _check_datetime(name)
        encode = dt.datetime.isoformat
        parse = dt.datetime.fromisoformat
    elif isinstance(column_type, Date):
        check = _check_date(name)
        encode = dt.date.isoformat
        parse = dt.date.fromisoformat
    elif isinstance(column_type, Boolean):
        check = _check_bool(name)
    elif isinstance(column_type, Integer):
        check = _check_int(name)
    elif isinstance(column_type, JSON):
        check = _check_json(name, _json_shape(column))
    elif isinstance(column_type, String) and column_type.length == 36 and name.endswith("_id"):
        check = _check_pattern(name, UUID_RE)
    elif isinstance(column_type, Text):
        check = _check_str(name, TEXT_MAX)
    elif isinstance(column_type, String):
        check = _check_str(name, column_type.length or TEXT_MAX)
    else:  # pragma: no cover - a new column type needs a rule here
        raise TypeError(f"no bundle rule for {kind}.{name} ({column_type!r})")
    return Field(name, bool(column.nullable), check, encode, parse)


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
        """A received JSON object checked and turned into column values."""
        if type(record) is not dict:
            raise RecordError("a record must be a JSON object")
        if record.keys() != self.names:
            missing = sorted(self.names - record.keys())
            extra = sorted(record.keys() - self.names)
            raise RecordError(f"fields missing {missing[:3]} or unknown {extra[:3]}")
        values = {}
        for field in self.fields:
            value = record[field.name]
            if value is None:
                if not field.nullable:
                    raise RecordError(f"{field.name} cannot be empty")
                values[field.name] = None
            else:
                values[field.name] = field.check(value)
        if self.kind == "person" and values["owner"] != values["id"]:
            raise RecordError("a person record must be owned by that person")
        return values

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
