"""The bounds, patterns and field types the record schema is written in: lines, texts,
patterns, versions, enums, numbers, dates, lists, dictionaries, objects and bounded JSON,
each checking one value from another computer (re-exported by `minga.domain.schema`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from minga.domain import hlc

YEAR_MIN, YEAR_MAX = 1990, 2200
# Machine times (`updated_at`, `created_at`) may come from a clock whose battery died:
# such a clock stands at 1970, and its edits must still travel.
TIME_YEAR_MIN = 1970
TEXT_MAX = 200_000
LIST_MAX = 10_000
JSON_DEPTH_MAX = 12
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
MEMBERSHIPS = ("active", "pending", "removed")
ADOPTION_STATUSES = ("chosen", "applied")
# What the attachment store accepts (services/attachments.py sniffs exactly these).
MEDIA_TYPES = (
    "image/jpeg",
    "image/png",
    "image/gif",
    "application/pdf",
    "audio/mpeg",
    "audio/ogg",
    "video/webm",
    "video/mp4",
)
ATTACHMENT_MAX_BYTES = 25 * 1024**2
# What this Minga does with what a newer Minga of the same format added
# (docs/bundle-format.md, Compatibility): unknown fields of a known kind and records of
# an unknown kind are kept as they came (`split_unknown`, `validate_unknown_kind`), each
# name and value still checked as clean, bounded JSON.
UNKNOWN_FIELDS = "keep"
# A name a newer Minga may give a field or a kind.
FIELD_NAME_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")
KIND_NAME_RE = re.compile(r"[a-z][a-z_]{0,39}")
MAX_UNKNOWN_FIELDS = 64

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SHA256_RE = re.compile(r"[0-9a-f]{64}")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# ISO 8601 as `datetime.isoformat` writes it, always with an offset.
DATETIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})"
)
# Básica `MA02 OA 03`; parvularia's transition level `PMNT OA 03`.
OA_RE = re.compile(r"[A-Z]{2}([0-9]{2}|NT) OA [0-9]{2}")
TIME_RE = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
RBD_RE = re.compile(r"[0-9]{1,8}(-[0-9K])?")
SIGNING_KEY_RE = re.compile(r"[A-Za-z0-9+/]{43}=")
ENCRYPTION_KEY_RE = re.compile(r"age1[02-9ac-hj-np-z]{58}")
MEDIA_TYPE_RE = re.compile(r"[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,60}")

# Control characters (C0, DEL, C1), lone surrogates, and line/paragraph separators.
NOT_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# Multi-line text keeps tab, newline and carriage return.
NOT_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


class RecordError(ValueError):
    """A record (or one value) that does not follow the schema; the detail is technical."""


class NewerValueError(RecordError):
    """A well-formed value of an open vocabulary (a template type, an attachment's parent
    kind) that a newer Minga added: the record is kept as it came, not refused."""


# --- field types ----------------------------------------------------------------------
#
# Each type is a small callable object: `check(name, value) -> parsed value`, raising
# RecordError. `None` is handled by `Field` (nullable or not), never by a type.


class Type:
    def check(self, name: str, value: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def stored(self, value: Any) -> Any:
        """A value as the database returns it, back in its JSON form (identity here)."""
        return value


def _text_ok(name: str, value: Any, limit: int, forbidden: re.Pattern[str]) -> str:
    if type(value) is not str:
        raise RecordError(f"{name} must be text")
    if len(value) > limit:
        raise RecordError(f"{name} is longer than {limit} characters")
    if forbidden.search(value):
        raise RecordError(f"{name} holds a control character or a lone surrogate")
    return value


@dataclass(frozen=True)
class Line(Type):
    """Single-line text: no control characters, no line breaks."""

    limit: int
    pattern: re.Pattern[str] | None = None

    def check(self, name: str, value: Any) -> Any:
        _text_ok(name, value, self.limit, NOT_IN_LINE)
        if self.pattern is not None and not self.pattern.fullmatch(value):
            raise RecordError(f"{name} is not well formed")
        return value


@dataclass(frozen=True)
class Text(Type):
    """Multi-line text: tab, newline and carriage return allowed, nothing else below 32."""

    limit: int = TEXT_MAX

    def check(self, name: str, value: Any) -> Any:
        return _text_ok(name, value, self.limit, NOT_IN_TEXT)


@dataclass(frozen=True)
class Pattern(Type):
    """ASCII tokens (ids, hashes, keys): the whole string matches."""

    pattern: re.Pattern[str]
    limit: int = 128

    def check(self, name: str, value: Any) -> Any:
        if type(value) is not str or len(value) > self.limit or not self.pattern.fullmatch(value):
            raise RecordError(f"{name} is not well formed")
        return value


ID = Pattern(UUID_RE, 36)


@dataclass(frozen=True)
class VersionType(Type):
    """A hybrid-clock version (`domain/hlc.py`), at most `hlc.MAX_ACCEPTED_MILLIS`."""

    def check(self, name: str, value: Any) -> Any:
        # The same pattern as `hlc.Version.parse`, without building a Version (hot path).
        match = _VERSION_RE.fullmatch(value) if type(value) is str else None
        if match is None:
            raise RecordError(f"{name} is not well formed")
        if int(match.group(1)) > hlc.MAX_ACCEPTED_MILLIS:
            raise RecordError(f"{name} lies beyond the year {YEAR_MAX}")
        return value


VERSION = VersionType()
_VERSION_RE = hlc.VERSION_RE


@dataclass(frozen=True)
class Enum(Type):
    choices: tuple[str, ...]

    def check(self, name: str, value: Any) -> Any:
        if type(value) is not str or value not in self.choices:
            raise RecordError(f"{name} has an unknown value")
        return value


@dataclass(frozen=True)
class OpenEnum(Enum):
    """A vocabulary a newer Minga may extend (docs/bundle-format.md, Compatibility): an
    unknown but well-formed value raises `NewerValueError` (a `RecordError`)."""

    def check(self, name: str, value: Any) -> Any:
        try:
            return super().check(name, value)
        except RecordError:
            if type(value) is str and KIND_NAME_RE.fullmatch(value):
                raise NewerValueError(f"{name} {value!r} needs a newer Minga") from None
            raise


@dataclass(frozen=True)
class Int(Type):
    low: int = INT_MIN
    high: int = INT_MAX

    def check(self, name: str, value: Any) -> Any:
        if type(value) is not int:
            raise RecordError(f"{name} must be an integer")
        if not self.low <= value <= self.high:
            raise RecordError(f"{name} must be between {self.low} and {self.high}")
        return value


@dataclass(frozen=True)
class Number(Type):
    """A finite number (int or float, never bool)."""

    low: float = -1e300
    high: float = 1e300

    def check(self, name: str, value: Any) -> Any:
        if type(value) not in (int, float):
            raise RecordError(f"{name} must be a number")
        if type(value) is float and not math.isfinite(value):
            raise RecordError(f"{name} must be a finite number")
        if not self.low <= value <= self.high:
            raise RecordError(f"{name} must be between {self.low:g} and {self.high:g}")
        return value


@dataclass(frozen=True)
class Bool(Type):
    def check(self, name: str, value: Any) -> Any:
        if type(value) is not bool:
            raise RecordError(f"{name} must be true or false")
        return value


@dataclass(frozen=True)
class Date(Type):
    def check(self, name: str, value: Any) -> Any:
        if type(value) is not str or not DATE_RE.fullmatch(value):
            raise RecordError(f"{name} must be a date (YYYY-MM-DD)")
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            raise RecordError(f"{name} must be a date (YYYY-MM-DD)") from None
        if not YEAR_MIN <= parsed.year <= YEAR_MAX:
            raise RecordError(f"{name} must lie between {YEAR_MIN} and {YEAR_MAX}")
        return parsed

    def stored(self, value: Any) -> Any:
        return value.isoformat() if type(value) is dt.date else value


@dataclass(frozen=True)
class DateTime(Type):
    def check(self, name: str, value: Any) -> Any:
        if type(value) is not str or len(value) > 40 or not DATETIME_RE.fullmatch(value):
            raise RecordError(f"{name} must be a time with its UTC offset")
        # The year is checked before any arithmetic, so no conversion can overflow.
        if not TIME_YEAR_MIN <= int(value[:4]) <= YEAR_MAX:
            raise RecordError(f"{name} must lie between {TIME_YEAR_MIN} and {YEAR_MAX}")
        try:
            # The pattern demands an offset; fromisoformat refuses one of 24 hours or more.
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise RecordError(f"{name} must be a time with its UTC offset") from None

    def stored(self, value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.datetime) else value


@dataclass(frozen=True)
class ListOf(Type):
    item: Type
    limit: int = LIST_MAX

    def check(self, name: str, value: Any) -> Any:
        if type(value) is not list:
            raise RecordError(f"{name} must be a list")
        if len(value) > self.limit:
            raise RecordError(f"{name} has more than {self.limit} items")
        check = self.item.check
        for item in value:
            if item is None:
                raise RecordError(f"{name} holds an empty item")
            check(name, item)
        return value


@dataclass(frozen=True)
class DictOf(Type):
    key: Type
    value: Type
    limit: int = LIST_MAX

    def check(self, name: str, value: Any) -> Any:
        if type(value) is not dict:
            raise RecordError(f"{name} must be an object")
        if len(value) > self.limit:
            raise RecordError(f"{name} has more than {self.limit} items")
        check_key, check_value = self.key.check, self.value.check
        for key, item in value.items():
            check_key(name, key)
            if item is None:
                raise RecordError(f"{name} holds an empty item")
            check_value(name, item)
        return value


@dataclass(frozen=True)
class Object(Type):
    """A nested object with exactly these keys."""

    fields: tuple[tuple[str, Type], ...]

    def check(self, name: str, value: Any) -> Any:
        if type(value) is not dict or value.keys() != {key for key, _ in self.fields}:
            raise RecordError(f"{name} must be an object with {[k for k, _ in self.fields]}")
        for key, kind in self.fields:
            if value[key] is None:
                raise RecordError(f"{name}.{key} cannot be empty")
            kind.check(f"{name}.{key}", value[key])
        return value


@dataclass(frozen=True)
class Json(Type):
    """Free-form JSON (a template's body): bounded depth and size, clean text, finite
    numbers. The services that read it check its meaning."""

    shape: type = dict
    limit: int = LIST_MAX

    def check(self, name: str, value: Any) -> Any:
        if type(value) is not self.shape:
            raise RecordError(f"{name} must be a JSON {self.shape.__name__}")
        budget = [self.limit * 10]
        self._walk(name, value, 0, budget)
        return value

    def _walk(self, name: str, value: Any, depth: int, budget: list[int]) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise RecordError(f"{name} is too large")
        if depth > JSON_DEPTH_MAX:
            raise RecordError(f"{name} is nested too deeply")
        kind = type(value)
        if value is None or kind is bool:
            return
        if kind is int:
            Int().check(name, value)
        elif kind is float:
            Number(-math.inf, math.inf).check(name, value)
        elif kind is str:
            Text().check(name, value)
        elif kind is list:
            if len(value) > self.limit:
                raise RecordError(f"{name} has too many items")
            for item in value:
                self._walk(name, item, depth + 1, budget)
        elif kind is dict:
            if len(value) > self.limit:
                raise RecordError(f"{name} has too many items")
            for key, item in value.items():
                Line(200).check(f"{name} key", key)
                self._walk(name, item, depth + 1, budget)
        else:
            raise RecordError(f"{name} holds a value that is not JSON")
