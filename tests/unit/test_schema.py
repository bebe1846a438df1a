"""The declared schema of every record kind: what it accepts and what it refuses.

`sample(kind)` builds a valid record of each kind from the schema's own types, so the
table cannot grow a field these tests do not reach. Hypothesis then replaces one field at
a time by a malformed value (wrong types, boundaries, Unicode edge cases, newlines, lone
surrogates, huge numbers) and checks `validate` refuses it with RecordError, never with
another exception.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minga.domain import schema
from minga.domain.hlc import MAX_ACCEPTED_MILLIS
from minga.domain.schema import RecordError, validate
from minga.store.models import MODELS_BY_KIND
from tests.fuzz.strategies import malformed_for, sample, valid_for

FUZZ = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


def test_the_schema_and_the_models_name_the_same_columns() -> None:
    for kind, model in MODELS_BY_KIND.items():
        columns = {c.name for c in model.__table__.columns} - {"change_seq", "pk"}  # type: ignore[attr-defined]
        assert columns == schema.field_names(kind), kind


@pytest.mark.parametrize("kind", schema.KINDS)
def test_a_sample_of_every_kind_is_valid(kind: str) -> None:
    values = validate(kind, sample(kind))
    assert set(values) == schema.field_names(kind)


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("practice", "levels", [3]),  # crashed the Prácticas table
        ("practice", "levels", ["9B"]),
        ("practice", "levels", "1B"),
        ("practice", "subjects", ["ma"]),
        ("practice", "oa_codes", ["MA02 OA 03\n"]),
        ("attachment", "sha256", "a" * 64 + "\n"),  # crashed export, check, print
        ("attachment", "filename", "../../etc/passwd"),
        ("attachment", "filename", ".."),
        ("attachment", "media_type", "text/html"),
        ("practice", "id", "0" * 8 + "-0000-0000-0000-" + "0" * 12 + "\n"),
        ("practice", "version", "1700000000000-0000-abc\n"),
        ("practice", "version", "9999999999999-ffff-abc"),  # bricked the network
        ("practice", "version", f"{MAX_ACCEPTED_MILLIS + 1:013d}-0000-abc"),
        ("practice", "title", "Huerto\nescolar"),
        ("practice", "title", "Huerto \ud800"),
        ("practice", "description", "nul \x00 byte"),
        ("practice", "created_at", "2026-03-01T10:00:00"),  # no offset
        ("practice", "created_at", "9999-12-31T23:59:59-23:59"),
        ("practice", "created_at", "1900-01-01T00:00:00+00:00"),
        ("session", "date", "99999-01-01"),
        ("session", "date", "2026-3-1"),
        ("session", "date", "2201-01-01"),
        ("session", "number", True),  # bool is not int
        ("session", "number", 3.0),  # float is not int
        ("session", "number", 10**400),
        ("session", "agenda", [{"title": "Bienvenida", "minutes": "5"}]),
        ("session", "agenda", [{"title": "Bienvenida", "minutes": 5, "extra": 1}]),
        ("satisfaction_response", "useful", 5),
        ("improvement_cycle", "data_points", [{"period": "marzo", "value": math.inf}]),
        ("improvement_cycle", "data_points", [{"period": "marzo", "value": True}]),
        ("exit_ticket_tally", "counts", {"q1": {"a": {"1B": -1}}}),
        ("exit_ticket_tally", "counts", {"q1": {"a": {"12B": 1}}}),
        ("template", "body", {"a": [[[[[[[[[[[[[[[]]]]]]]]]]]]]]]}),
        ("person", "role", "admin"),
        ("person", "signing_key", "x" * 44),
        ("school", "rbd", "4478-4\n"),
        ("microcentre", "annual_goal_practices", 2**70),
    ],
)
def test_values_that_must_be_refused(kind: str, field: str, value: Any) -> None:
    record = sample(kind)
    record[field] = value
    with pytest.raises(RecordError):
        validate(kind, record)


def test_missing_and_unknown_fields_are_refused() -> None:
    record = sample("practice")
    del record["title"]
    with pytest.raises(RecordError, match="missing"):
        validate("practice", record)
    record = sample("practice")
    record["admin"] = True
    with pytest.raises(RecordError, match="unknown"):
        validate("practice", record)


def test_dates_and_times_come_back_parsed() -> None:
    values = validate("session", sample("session"))
    assert isinstance(values["date"], dt.date)
    assert values["updated_at"].tzinfo is not None


def test_stored_values_are_checked_as_the_database_returns_them() -> None:
    row = validate("practice", sample("practice"))
    assert schema.problems("practice", row) == []
    row["levels"] = [3]
    row["title"] = "a\nb"
    assert len(schema.problems("practice", row)) == 2


@pytest.mark.parametrize("kind", schema.KINDS)
@FUZZ
@given(data=st.data())
def test_every_malformed_field_is_a_record_error(kind: str, data: st.DataObject) -> None:
    fields = schema.SCHEMA[kind]
    name = data.draw(st.sampled_from(sorted(fields)), label="field")
    record = copy.deepcopy(sample(kind))
    record[name] = data.draw(malformed_for(fields[name]), label="value")
    try:
        validate(kind, record)
    except RecordError:
        return
    pytest.fail(f"{kind}.{name} accepted {record[name]!r}")


@pytest.mark.parametrize("kind", schema.KINDS)
@FUZZ
@given(data=st.data())
def test_every_well_formed_field_is_accepted(kind: str, data: st.DataObject) -> None:
    fields = schema.SCHEMA[kind]
    record = copy.deepcopy(sample(kind))
    for name, field in fields.items():
        if name in ("id", "owner"):
            continue  # a person owns their own record
        record[name] = data.draw(valid_for(field), label=name)
    validate(kind, record)


@FUZZ
@given(
    record=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    ),
    kind=st.sampled_from([*schema.KINDS, "nope"]),
)
def test_anything_at_all_is_a_record_or_a_record_error(record: Any, kind: str) -> None:
    with contextlib.suppress(RecordError):
        validate(kind, record)


def test_the_documented_kind_table_is_the_schema() -> None:
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "bundle-format.md").read_text(encoding="utf-8")
    assert schema.kind_table() in doc


def test_every_kind_has_a_label_for_people() -> None:
    """`stats`, Sincronizar and the import summary name every kind in words."""
    from minga.domain.vocab import KIND_LABELS

    assert set(MODELS_BY_KIND) - set(KIND_LABELS) == set()
