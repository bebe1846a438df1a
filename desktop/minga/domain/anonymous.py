"""Anonymous survey answers: what an answer carries so that nothing links it to her.

A teacher's answer to a session's satisfaction survey travels as a `survey_answer`
record (docs/bundle-format.md, Anonymous survey answers) whose sync fields are the same
for every answer of every person: the owner is the nil UUID, the version sits at clock
zero on the pseudo-device `anonymous`, the edit time is 1970-01-01 and there is no
previous version. Its id is random (uuid4). The answer is final: it is never edited nor
deleted, so no later version could tie it to a device or a moment.

Only the advisor receives answers (visibility `advisor`), keeps them in a pool without
author, and publishes the TALLY of a session (records `satisfaction_response` owned by
the advisor, one per distinct combination of levels) once at least `TALLY_MIN` answers
are in the pool.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

KIND = "survey_answer"
OWNER = "00000000-0000-0000-0000-000000000000"
VERSION = "0000000000000-0000-anonymous"
UPDATED_AT = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
VISIBILITY = "advisor"
# A session's tally is published (and shown) from this many answers on.
TALLY_MIN = 3
COMMENT_MAX = 2000


def _same_time(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return False
    if not isinstance(value, dt.datetime):
        return False
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value == UPDATED_AT


def anonymous_shape(record: Mapping[str, Any]) -> bool:
    """True when the record's sync fields say nothing about who wrote it, nor when."""
    return (
        record.get("owner") == OWNER
        and record.get("version") == VERSION
        and record.get("prev_version") is None
        and _same_time(record.get("updated_at"))
        and record.get("deleted") is False
        and record.get("visibility") == VISIBILITY
    )
