"""The rows of a territory report, and what each field may hold (docs/territory.md).

A territory report carries four kinds of rows, each a JSON object with exactly these
fields, checked with the same strict field types as the records of a bundle
(`domain/field_types.py`): ids are UUIDs, texts are bounded and clean, numbers are
integers within ranges, dates `YYYY-MM-DD`. `validate(kind, row)` returns the parsed
values or raises `RecordError` with a short English detail.
"""

from __future__ import annotations

import re
from typing import Any

from minga.domain.cycle_rules import SURVEY_QUESTIONS
from minga.domain.field_types import (
    ID,
    OA_RE,
    VERSION,
    Bool,
    Date,
    Enum,
    Int,
    Line,
    ListOf,
    Number,
    Pattern,
    RecordError,
    Text,
    Type,
)
from minga.domain.vocab import LEVELS, SUBJECTS, SessionModality

# The indicators a report carries today, each as numerator / denominator. A later Minga
# may add keys (a plain name): the hub stores them as they come.
INDICATOR_KEYS: tuple[str, ...] = (
    "attendance",
    "practices_shared",
    "adoption",
    "continuation",
    *SURVEY_QUESTIONS,
)
KEY_RE = re.compile(r"[a-z][a-z0-9_]{0,31}")

YEAR = Int(1990, 2200)
COUNT = Int(0, 1_000_000)
FIGURE = Int(0, 1_000_000_000)
NAME = Line(120)
TITLE = Line(200)

ROWS: dict[str, dict[str, tuple[Type, bool]]] = {
    "territory_network": {
        "microcentre_id": (ID, False),
        "name": (TITLE, False),
        "region": (NAME, False),
        "commune": (NAME, False),
        "annual_focus": (Text(500), False),
        "annual_goal_practices": (Int(0, 10_000), False),
        "schools": (COUNT, False),
        "teachers": (COUNT, False),
    },
    "territory_figure": {
        "microcentre_id": (ID, False),
        "year": (YEAR, False),
        "key": (Pattern(KEY_RE, 32), False),
        "numerator": (FIGURE, False),
        "denominator": (FIGURE, False),
    },
    "territory_session": {
        "id": (ID, False),
        "microcentre_id": (ID, False),
        "year": (YEAR, False),
        "date": (Date(), False),
        "hours": (Number(0, 24), False),
        "modality": (Enum(tuple(m.value for m in SessionModality)), False),
        "held": (Bool(), False),
        "present": (COUNT, False),
        "expected": (COUNT, False),
        "practices_presented": (Int(0, 10_000), False),
    },
    "territory_practice": {
        "id": (ID, False),
        "microcentre_id": (ID, False),
        "year": (YEAR, False),
        "title": (TITLE, False),
        "description": (Text(50_000), False),
        "multigrade_strategy": (Text(50_000), False),
        "subjects": (ListOf(Enum(tuple(SUBJECTS)), len(SUBJECTS) * 2), False),
        "levels": (ListOf(Enum(LEVELS), len(LEVELS) * 2), False),
        "oa_codes": (ListOf(Pattern(OA_RE, 12), 500), False),
        "school_name": (TITLE, False),
        "presented_on": (Date(), True),
        "version": (VERSION, False),
    },
}
KINDS = tuple(ROWS)


def validate(kind: str, row: Any) -> dict[str, Any]:
    """The parsed values of `row` (a JSON object of `kind`); RecordError otherwise."""
    fields = ROWS[kind]
    if type(row) is not dict:
        raise RecordError("a row must be a JSON object")
    if row.keys() != fields.keys():
        missing = sorted(fields.keys() - row.keys())
        extra = sorted(str(k)[:40] for k in row.keys() - fields.keys())
        raise RecordError(f"fields missing {missing[:3]} or unknown {extra[:3]}")
    values: dict[str, Any] = {}
    for name, (kind_type, nullable) in fields.items():
        value = row[name]
        if value is None:
            if not nullable:
                raise RecordError(f"{name} cannot be empty")
            values[name] = None
        else:
            values[name] = kind_type.check(name, value)
    if kind == "territory_session":
        if values["date"].year != values["year"]:
            raise RecordError("year is not the session's year")
        if values["present"] > values["expected"]:
            raise RecordError("more present than expected")
    if (
        kind == "territory_figure"
        and values["numerator"] > values["denominator"]
        and values["key"] != "practices_shared"  # more practices than the goal is fine
    ):
        raise RecordError("numerator is larger than denominator")
    if kind == "territory_network" and not values["name"].strip():
        raise RecordError("name is empty")
    if kind == "territory_practice" and not values["title"].strip():
        raise RecordError("title is empty")
    return values
