"""Hypothesis strategies driven by the declared schema (`minga.domain.schema`).

For every field type of the schema: `valid_for(field)` draws values the schema must
accept and `malformed_for(field)` values it must refuse (wrong types, boundaries,
Unicode edge cases, line breaks, lone surrogates, huge numbers). `sample(kind)` is one
valid record of a kind. Used by tests/unit/test_schema.py, tests/sync/test_schema_bundles.py
and tests/fuzz/run_fuzz.py.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from hypothesis import strategies as st

from minga.domain import hlc, schema
from minga.domain.hlc import MAX_ACCEPTED_MILLIS

SAFE_CHARS = st.characters(
    blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x00"
)
BAD_IN_LINE = ["\n", "\r", "\x00", "\x1b", "\x85", "\u2028", "\u2029", "\ud800", "\udfff", "\t"]
BAD_IN_TEXT = ["\x00", "\x0b", "\x0c", "\x1b", "\x7f", "\ud800", "\udc00"]
# Values of the wrong JSON type, for any field.
NOT_TEXT = st.one_of(
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.lists(st.text(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
HUGE = st.sampled_from([10**19, -(10**19), 2**63, -(2**63) - 1, 10**300, 10**4000])
UNICODE_EDGES = st.sampled_from(
    ["\u0301", "\ufeff", "\u200b", "\U0010ffff", "\uffff", "ǅ", "ß", "İ", "ﬃ", "\u202e"]
)


def _uuid(number: int = 1) -> str:
    return str(uuid.UUID(int=number))


def canonical(kind: schema.Type) -> Any:
    """One valid value of a type, always the same."""
    match kind:
        case schema.Line(pattern=pattern) if pattern is schema.RBD_RE:
            return "4478-4"
        case schema.Line(pattern=pattern) if pattern is not None:
            return "evidencia.jpg"
        case schema.Line():
            return "Huerto escolar"
        case schema.Text():
            return "Primera línea.\nSegunda línea."
        case schema.Pattern(pattern=pattern):
            return {
                schema.UUID_RE: _uuid(1),
                schema.SHA256_RE: "ab" * 32,
                schema.OA_RE: "MA02 OA 03",
                schema.TIME_RE: "09:30",
                schema.SIGNING_KEY_RE: "A" * 43 + "=",
                schema.ENCRYPTION_KEY_RE: "age1" + "q" * 58,
            }[pattern]
        case schema.VersionType():
            return "1764000000000-0000-device_1"
        case schema.Enum(choices=choices):
            return choices[0]
        case schema.Int(low=low, high=high):
            return max(low, min(high, 1))
        case schema.Number():
            return 2.5
        case schema.Bool():
            return False
        case schema.Date():
            return "2026-03-01"
        case schema.DateTime():
            return "2026-03-01T10:00:00.123456+00:00"
        case schema.ListOf(item=item):
            return [canonical(item)]
        case schema.DictOf(key=key, value=value):
            return {canonical(key): canonical(value)}
        case schema.Object(fields=fields):
            return {name: canonical(item) for name, item in fields}
        case schema.Json():
            return {"criterios": [{"id": "c1", "niveles": 4}]}
    raise AssertionError(f"no canonical value for {kind!r}")


def sample(kind: str) -> dict[str, Any]:
    """A valid record of `kind`."""
    record = {name: canonical(field.type) for name, field in schema.SCHEMA[kind].items()}
    record["id"] = record["owner"] = _uuid(7)
    return record


# --- valid values ---------------------------------------------------------------------


def _valid(kind: schema.Type) -> st.SearchStrategy[Any]:
    match kind:
        case schema.Line(limit=limit, pattern=pattern) if pattern is not None:
            return st.from_regex(pattern, fullmatch=True).filter(
                lambda v: len(v) <= limit and not schema.NOT_IN_LINE.search(v)
            )
        case schema.Line(limit=limit):
            return st.text(SAFE_CHARS, max_size=min(limit, 60))
        case schema.Text(limit=limit):
            return st.text(
                st.one_of(SAFE_CHARS, st.sampled_from("\t\n\r")), max_size=min(limit, 80)
            )
        case schema.Pattern(pattern=pattern, limit=limit):
            return st.from_regex(pattern, fullmatch=True).filter(lambda v: len(v) <= limit)
        case schema.VersionType():
            return st.builds(
                lambda m, c, d: f"{m:013d}-{c:04x}-{d}",
                st.integers(0, MAX_ACCEPTED_MILLIS),
                st.integers(0, 0xFFFF),
                st.from_regex(r"[0-9A-Za-z_-]{1,45}", fullmatch=True),
            )
        case schema.Enum(choices=choices):
            return st.sampled_from(choices)
        case schema.Int(low=low, high=high):
            return st.integers(low, high)
        case schema.Number(low=low, high=high):
            return st.one_of(
                st.floats(low, high, allow_nan=False), st.integers(int(low), int(high))
            )
        case schema.Bool():
            return st.booleans()
        case schema.Date():
            return st.dates(dt.date(schema.YEAR_MIN, 1, 1), dt.date(schema.YEAR_MAX, 12, 31)).map(
                dt.date.isoformat
            )
        case schema.DateTime():
            return st.datetimes(
                dt.datetime(schema.YEAR_MIN, 1, 2), dt.datetime(schema.YEAR_MAX, 12, 30)
            ).map(lambda d: d.replace(tzinfo=dt.UTC).isoformat())
        case schema.ListOf(item=item, limit=limit):
            return st.lists(_valid(item), max_size=min(limit, 3))
        case schema.DictOf(key=key, value=value, limit=limit):
            return st.dictionaries(_valid(key), _valid(value), max_size=min(limit, 3))
        case schema.Object(fields=fields):
            return st.fixed_dictionaries({name: _valid(item) for name, item in fields})
        case schema.Json():
            leaves = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
            leaves |= st.floats(allow_nan=False, allow_infinity=False) | st.text(SAFE_CHARS)
            return st.dictionaries(
                st.text(SAFE_CHARS, max_size=10),
                st.recursive(
                    leaves,
                    lambda inner: (
                        st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(SAFE_CHARS, max_size=10), inner, max_size=3)
                    ),
                    max_leaves=10,
                ),
                max_size=3,
            )
    raise AssertionError(f"no strategy for {kind!r}")


def valid_for(field: schema.Field) -> st.SearchStrategy[Any]:
    strategy = _valid(field.type)
    return st.one_of(st.none(), strategy) if field.nullable else strategy


# --- malformed values -----------------------------------------------------------------


def _spoiled(good: st.SearchStrategy[str], bad: list[str]) -> st.SearchStrategy[str]:
    """A valid text with a forbidden character put somewhere in it."""
    return st.builds(
        lambda text, char, where: (
            text[: where % (len(text) + 1)] + char + text[where % (len(text) + 1) :]
        ),
        good,
        st.sampled_from(bad),
        st.integers(0, 1000),
    )


def _malformed(kind: schema.Type) -> st.SearchStrategy[Any]:
    wrong_type: st.SearchStrategy[Any] = NOT_TEXT
    match kind:
        case schema.Line(limit=limit, pattern=pattern):
            options = [
                wrong_type,
                _spoiled(_valid(kind), BAD_IN_LINE),
                st.just("x" * (limit + 1)),
            ]
            if pattern is not None:
                options.append(
                    st.text(SAFE_CHARS, min_size=1, max_size=20).filter(
                        lambda v: not pattern.fullmatch(v)
                    )
                )
                options.append(_valid(kind).map(lambda v: v + "\n"))
            return st.one_of(options)
        case schema.Text(limit=limit):
            return st.one_of(
                wrong_type, _spoiled(_valid(kind), BAD_IN_TEXT), st.just("x" * (limit + 1))
            )
        case schema.Pattern(pattern=pattern):
            return st.one_of(
                wrong_type,
                _valid(kind).map(lambda v: v + "\n"),
                _valid(kind).map(lambda v: " " + v),
                _valid(kind).map(lambda v: v.upper() + "Z"),
                st.text(max_size=80).filter(lambda v: not pattern.fullmatch(v)),
                UNICODE_EDGES,
            )
        case schema.VersionType():
            return st.one_of(
                wrong_type,
                _valid(kind).map(lambda v: v + "\n"),
                st.builds(
                    lambda m, d: f"{m:013d}-ffff-{d}",
                    st.integers(MAX_ACCEPTED_MILLIS + 1, 10**13 - 1),
                    st.just("dev"),
                ),
                st.just("99999999999999-0000-dev"),
                st.just("1764000000000-0000-"),
                st.just("1764000000000-FFFF-dev"),
                st.just("1764000000000-0000-dev/../x"),
                st.just("1764000000000-0000-d\u00e9v"),
                st.text(max_size=60).filter(lambda v: not hlc.VERSION_RE.fullmatch(v)),
            )
        case schema.Enum(choices=choices):
            return st.one_of(
                st.integers(),
                st.booleans(),
                st.lists(st.sampled_from(choices or ("x",)), max_size=2),
                st.text(max_size=30).filter(lambda v: v not in choices),
                st.sampled_from(choices or ("x",))
                .map(lambda v: v + "\n")
                .filter(lambda v: v not in choices),
            )
        case schema.Int(low=low, high=high):
            return st.one_of(
                st.booleans(),
                st.floats(),
                st.integers(low, high).map(float),
                st.integers(low, high).map(str),
                st.integers(max_value=low - 1),
                st.integers(min_value=high + 1),
                HUGE.filter(lambda v: not low <= v <= high),
            )
        case schema.Number(low=low, high=high):
            return st.one_of(
                st.booleans(),
                st.sampled_from([float("nan"), float("inf"), float("-inf")]),
                st.floats(min_value=high, exclude_min=True),
                st.floats(max_value=low, exclude_max=True),
                st.text(max_size=5),
                HUGE,
            )
        case schema.Bool():
            return st.one_of(st.integers(0, 1), st.just("true"), st.floats(0, 1), st.just([]))
        case schema.Date():
            return st.one_of(
                wrong_type,
                st.sampled_from(
                    [
                        "1989-12-31",
                        "2201-01-01",
                        "99999-01-01",
                        "2026-02-30",
                        "2026-3-1",
                        "2026-03-01\n",
                        "2026-03-01T00:00:00+00:00",
                        "20260301",
                        "２０２６-03-01",
                    ]
                ),
                _valid(kind).map(lambda v: v + "\n"),
            )
        case schema.DateTime():
            return st.one_of(
                wrong_type,
                st.sampled_from(
                    [
                        "2026-03-01T10:00:00",
                        "2026-03-01 10:00:00+00:00",
                        "0001-01-01T00:00:00+00:00",
                        "9999-12-31T23:59:59-23:59",
                        "2026-03-01T25:00:00+00:00",
                        "2026-03-01T10:00:00+24:00",
                        "2026-03-01",
                    ]
                ),
                _valid(kind).map(lambda v: v + "\n"),
            )
        case schema.ListOf(item=item, limit=limit):
            good = _valid(item)
            return st.one_of(
                st.text(max_size=5),
                st.integers(),
                st.dictionaries(st.text(max_size=3), good, min_size=1, max_size=2),
                st.tuples(
                    st.lists(good, max_size=2), _malformed(item), st.lists(good, max_size=2)
                ).map(lambda t: [*t[0], t[1], *t[2]]),
                st.lists(good, max_size=2).map(lambda v: [*v, None]),
                good.map(lambda v: [v] * (limit + 1)),
            )
        case schema.DictOf(key=key, value=value, limit=limit):
            return st.one_of(
                st.lists(st.integers(), max_size=2),
                st.text(max_size=5),
                st.builds(
                    lambda k, v: {k: v},
                    _malformed(key).filter(lambda k: isinstance(k, str)),
                    _valid(value),
                ),
                st.builds(lambda k, v: {k: v}, _valid(key), _malformed(value)),
                st.builds(lambda k: {k: None}, _valid(key)),
            )
        case schema.Object(fields=fields):
            good = _valid(kind)
            names = [name for name, _ in fields]
            return st.one_of(
                st.lists(st.integers(), max_size=2),
                good.map(lambda v: {**v, "extra": 1}),
                st.builds(
                    lambda v, n: {k: x for k, x in v.items() if k != n},
                    good,
                    st.sampled_from(names),
                ),
                st.builds(
                    lambda v, pair: {**v, pair[0]: pair[1]},
                    good,
                    st.one_of(
                        [_malformed(item).map(lambda x, n=name: (n, x)) for name, item in fields]
                    ),
                ),
            )
        case schema.Json(shape=shape):
            deep: Any = {}
            for _ in range(schema.JSON_DEPTH_MAX + 2):
                deep = {"a": [deep]}
            return st.one_of(
                st.lists(st.integers(), max_size=2) if shape is dict else st.just({}),
                st.just(deep),
                st.sampled_from(["\ud800", "\x00"]).map(lambda s: {"a": s}),
                st.sampled_from([float("nan"), float("inf")]).map(lambda f: {"a": [f]}),
                st.just({"a\nb": 1}),
                st.just({"a": 10**30}),
            )
    raise AssertionError(f"no strategy for {kind!r}")


def malformed_for(field: schema.Field) -> st.SearchStrategy[Any]:
    strategy = _malformed(field.type)
    return strategy if field.nullable else st.one_of(st.none(), strategy)
