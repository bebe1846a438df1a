"""The one declared shape of every record kind, checked at every boundary.

`SCHEMA` says, for each kind that travels in bundles, every field and what it may hold:
its type (strictly: a bool is not an int, an int is not a float, a date is a string of
exactly `YYYY-MM-DD`), lengths, numeric ranges, closed vocabularies, the items of lists
and dicts, dates within 1990..2200, times with their UTC offset, and full-string
patterns for ids, hashes and versions (`fullmatch`, so a trailing newline never passes).
No text anywhere may hold a lone surrogate or a NUL; single-line fields (ids, names,
titles, codes) hold no control character at all, multi-line text only tab and newlines.

API (no SQL, no Qt; the import, `minga check` and `restore` call the same function):

    validate(kind, record) -> dict      # the record's values, parsed (dates, datetimes)
    check_value(kind, field, value)     # one field, for a value read from the database
    problems(kind, row) -> [detail]     # every refused field of a stored row (`check`)
    cleaned_text(kind, field, value)    # a local text as every other Minga accepts it
    RecordError(detail)                 # a short technical detail, English

`validate` takes a JSON object as it travels (`sync/records.py` encodes them). A value
read back from the database (dates as `date`, datetimes as `datetime`) can be checked
with `check_value(..., stored=True)`, or encoded first. Fields a record must have are
exactly `field_names(kind)`: today a missing or unknown field is refused
(`UNKNOWN_FIELDS = "refuse"`); a later format may set it to "keep" per kind, and
`validate` then returns the known fields and leaves the rest to the caller.

`sync/records.py` checks that this table and the SQLAlchemy models name the same
columns (a test does too), so a new column cannot travel unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from minga.domain.cycle_rules import CycleDecision, SessionStatus
from minga.domain.field_types import (
    ADOPTION_STATUSES,
    ATTACHMENT_MAX_BYTES,
    DATE_RE,
    DATETIME_RE,
    ENCRYPTION_KEY_RE,
    FIELD_NAME_RE,
    ID,
    INT_MAX,
    INT_MIN,
    JSON_DEPTH_MAX,
    KIND_NAME_RE,
    LIST_MAX,
    MAX_UNKNOWN_FIELDS,
    MEDIA_TYPE_RE,
    MEDIA_TYPES,
    MEMBERSHIPS,
    NOT_IN_LINE,
    NOT_IN_TEXT,
    OA_RE,
    RBD_RE,
    SHA256_RE,
    SIGNING_KEY_RE,
    TEXT_MAX,
    TIME_RE,
    TIME_YEAR_MIN,
    UNKNOWN_FIELDS,
    UUID_RE,
    VERSION,
    YEAR_MAX,
    YEAR_MIN,
    Bool,
    Date,
    DateTime,
    DictOf,
    Enum,
    Int,
    Json,
    Line,
    ListOf,
    NewerValueError,
    Number,
    Object,
    OpenEnum,
    Pattern,
    RecordError,
    Text,
    Type,
    VersionType,
)
from minga.domain.vocab import (
    LEVELS,
    SUBJECTS,
    AttendanceStatus,
    ContinueDecision,
    CycleStage,
    PracticeStatus,
    Replicability,
    Role,
    SessionModality,
    TemplateKind,
    Visibility,
)

# --- the table ------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    type: Type
    nullable: bool = False


def _f(kind: Type, *, null: bool = False) -> Field:
    return Field(kind, null)


KEY = Line(100)  # ids inside JSON (question, option, criterion, item)
NAME = Line(120)
TITLE = Line(200)
SHORT = Text(500)
COUNT = Int(0, 1_000_000)
MINUTES = Int(0, 24 * 60)
LEVEL = Enum(LEVELS)
LEVEL_LIST = ListOf(LEVEL, len(LEVELS) * 2)

COMMON: dict[str, Field] = {
    "id": _f(ID),
    "owner": _f(ID),
    "version": _f(VERSION),
    "prev_version": _f(VERSION, null=True),
    "updated_at": _f(DateTime()),
    "deleted": _f(Bool()),
}
VISIBLE: dict[str, Field] = {"visibility": _f(Enum(tuple(v.value for v in Visibility)))}
# Who may read an observation note (the observed teacher's choice): the observer, she
# and the advisor (the default), or the whole microcentre.
CONSENT_READERS = ("advisor", "network")


def _values(enum: Any) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


SCHEMA: dict[str, dict[str, Field]] = {
    "microcentre": {
        **COMMON,
        "name": _f(TITLE),
        "region": _f(NAME),
        "commune": _f(NAME),
        "annual_focus": _f(SHORT),
        "annual_goal_practices": _f(Int(0, 10_000)),
        "advisor_id": _f(ID, null=True),
    },
    "school": {
        **COMMON,
        "name": _f(TITLE),
        "rbd": _f(Line(12, RBD_RE)),
        "commune": _f(NAME),
        "microcentre_id": _f(ID, null=True),
        "multigrade": _f(Bool()),
        "student_count": _f(Int(0, 100_000), null=True),
    },
    "person": {
        **COMMON,
        "name": _f(NAME),
        "role": _f(Enum(_values(Role))),
        "school_id": _f(ID, null=True),
        "microcentre_id": _f(ID, null=True),
        "email": _f(Line(254)),
        "membership": _f(Enum(MEMBERSHIPS)),
        "signing_key": _f(Pattern(SIGNING_KEY_RE, 44), null=True),
        "encryption_key": _f(Pattern(ENCRYPTION_KEY_RE, 62), null=True),
    },
    "session": {
        **COMMON,
        "microcentre_id": _f(ID, null=True),
        "number": _f(Int(0, 100_000)),
        "date": _f(Date()),
        "start_time": _f(Pattern(TIME_RE, 5)),
        "title": _f(TITLE),
        "place": _f(TITLE),
        "modality": _f(Enum(_values(SessionModality))),
        "focus": _f(SHORT),
        "agenda": _f(ListOf(Object((("title", TITLE), ("minutes", MINUTES))), 200)),
        "minutes_text": _f(Text()),
        "status": _f(Enum(_values(SessionStatus))),
        "coordinator_id": _f(ID, null=True),
        "minutes_approved_on": _f(Date(), null=True),
    },
    "presentation": {
        **COMMON,
        "session_id": _f(ID),
        "practice_id": _f(ID),
        "presenter_id": _f(ID, null=True),
        "guest_name": _f(NAME),
        "guest_institution": _f(TITLE),
        "position": _f(Int(0, 10_000)),
        "minutes": _f(MINUTES),
    },
    "year_plan": {
        **COMMON,
        "microcentre_id": _f(ID, null=True),
        "year": _f(Int(YEAR_MIN, YEAR_MAX)),
        "focus": _f(SHORT),
        "goal_practices": _f(Int(0, 10_000)),
        "starts_on": _f(Date()),
        "ends_on": _f(Date()),
        "breaks": _f(ListOf(Object((("from", Date()), ("to", Date()), ("label", TITLE))), 100)),
        "meeting_week": _f(Int(1, 5)),
        "meeting_weekday": _f(Int(0, 6)),
    },
    "agreement": {
        **COMMON,
        "session_id": _f(ID),
        "text": _f(Text(2_000)),
        "responsible_id": _f(ID, null=True),
        "due_on": _f(Date(), null=True),
        "done_on": _f(Date(), null=True),
    },
    "attendance": {
        **COMMON,
        "session_id": _f(ID),
        "person_id": _f(ID),
        "status": _f(Enum(_values(AttendanceStatus))),
        "note": _f(SHORT),
    },
    "practice": {
        **COMMON,
        **VISIBLE,
        "title": _f(TITLE),
        "school_id": _f(ID, null=True),
        "subjects": _f(ListOf(Enum(tuple(SUBJECTS)), len(SUBJECTS) * 2)),
        "levels": _f(LEVEL_LIST),
        "oa_codes": _f(ListOf(Pattern(OA_RE, 12), 500)),
        "description": _f(Text()),
        "multigrade_strategy": _f(Text()),
        "materials": _f(Text()),
        "duration_minutes": _f(Int(0, 100_000), null=True),
        "status": _f(Enum(_values(PracticeStatus))),
        "created_at": _f(DateTime()),
    },
    "practice_feedback": {
        **COMMON,
        **VISIBLE,
        "session_id": _f(ID, null=True),
        "practice_id": _f(ID),
        "author_id": _f(ID, null=True),
        "strengths": _f(Text()),
        "suggestions": _f(Text()),
        "replicability": _f(Enum(_values(Replicability))),
    },
    "adoption": {
        **COMMON,
        **VISIBLE,
        "practice_id": _f(ID),
        "session_id": _f(ID, null=True),
        "school_id": _f(ID, null=True),
        "chosen_on": _f(Date()),
        "status": _f(Enum(ADOPTION_STATUSES)),
        "notes": _f(Text()),
    },
    "application": {
        **COMMON,
        **VISIBLE,
        "adoption_id": _f(ID),
        "applied_on": _f(Date()),
        "levels": _f(LEVEL_LIST),
        "students_present": _f(Int(0, 10_000)),
        "notes": _f(Text()),
    },
    "exit_ticket_tally": {
        **COMMON,
        **VISIBLE,
        "application_id": _f(ID),
        "template_id": _f(ID, null=True),
        "applied_on": _f(Date()),
        "levels": _f(LEVEL_LIST),
        "students_present": _f(Int(0, 10_000)),
        # {question_id: {option_id: {level: count}}}
        "counts": _f(DictOf(KEY, DictOf(KEY, DictOf(LEVEL, Int(0, 10_000), 20), 100), 500)),
    },
    "self_assessment": {
        **COMMON,
        **VISIBLE,
        "adoption_id": _f(ID),
        "application_id": _f(ID, null=True),
        "template_id": _f(ID, null=True),
        "ratings": _f(DictOf(KEY, Int(0, 100), 500)),
        "adjustments": _f(Text()),
        "decision": _f(Enum(_values(ContinueDecision))),
        "reflection": _f(Text()),
        "written_on": _f(Date()),
    },
    "observation_consent": {
        **COMMON,
        "note_id": _f(ID),
        "readers": _f(Enum(CONSENT_READERS)),
    },
    "observation_note": {
        **COMMON,
        **VISIBLE,
        "observed_id": _f(ID),
        "school_id": _f(ID, null=True),
        "observed_on": _f(Date()),
        "focus": _f(SHORT),
        "template_id": _f(ID, null=True),
        "protocol": _f(DictOf(KEY, Int(0, 100), 500)),
        "evidence": _f(Text()),
        "strengths": _f(Text()),
        "opportunities": _f(Text()),
        "agreements": _f(Text()),
        "action_step": _f(Text()),
        "follows_id": _f(ID, null=True),
    },
    "observation_reply": {
        **COMMON,
        **VISIBLE,
        "note_id": _f(ID),
        "text": _f(Text()),
    },
    "improvement_cycle": {
        **COMMON,
        **VISIBLE,
        "title": _f(TITLE),
        "stage": _f(Enum(_values(CycleStage))),
        "aim": _f(Text()),
        "change_idea": _f(Text()),
        "prediction": _f(Text()),
        "indicator": _f(Text(300)),
        "do_notes": _f(Text()),
        "data_points": _f(ListOf(Object((("period", Line(40)), ("value", Number()))), 1000)),
        "study_notes": _f(Text()),
        "decision": _f(Enum(("", *_values(CycleDecision)))),
        "adjust_notes": _f(Text()),
        "practice_ids": _f(ListOf(ID, 1000)),
        "session_ids": _f(ListOf(ID, 1000)),
        "started_on": _f(Date(), null=True),
        "baseline_points": _f(Int(6, 10)),
        "change_periods": _f(ListOf(Line(40), 1000)),
    },
    "satisfaction_response": {
        **COMMON,
        **VISIBLE,
        "session_id": _f(ID),
        "respondent_id": _f(ID, null=True),
        "useful": _f(Int(1, 4)),
        "prepared": _f(Int(1, 4)),
        "trust": _f(Int(1, 4)),
        "count": _f(Int(1, 500)),
        "applied": _f(Int(0, 4)),
        "comment": _f(Text()),
    },
    "survey_answer": {
        **COMMON,
        **VISIBLE,
        "session_id": _f(ID),
        "useful": _f(Int(1, 4)),
        "prepared": _f(Int(1, 4)),
        "trust": _f(Int(1, 4)),
        "applied": _f(Int(0, 4)),
        "comment": _f(Text(2000)),
    },
    "student_aggregate": {
        **COMMON,
        **VISIBLE,
        "school_id": _f(ID),
        "level": _f(LEVEL),
        "period": _f(Line(40)),
        "measure": _f(Enum(("attendance", "diagnostic"))),
        "name": _f(TITLE),
        "students": _f(Int(0, 10_000)),
        "attendance_percent": _f(Number(0, 100), null=True),
        "achievement": _f(DictOf(KEY, Int(0, 10_000), 20)),
    },
    "template": {
        **COMMON,
        "kind": _f(OpenEnum(_values(TemplateKind))),
        "name": _f(TITLE),
        "revision": _f(Int(0, 1_000_000)),
        "body": _f(Json(dict)),
        "tags": _f(ListOf(Line(100), 100)),
    },
    "attachment": {
        **COMMON,
        **VISIBLE,
        "sha256": _f(Pattern(SHA256_RE, 64)),
        "filename": _f(Line(255, re.compile(r"(?!\.\.?$)[^/\\]+"))),
        "media_type": _f(Enum(MEDIA_TYPES)),
        "size": _f(Int(0, ATTACHMENT_MAX_BYTES)),
        "parent_kind": _f(Enum(())),  # filled below: every kind but attachment
        "parent_id": _f(ID),
        "caption": _f(SHORT),
    },
    # A person's data erased at her request (docs/privacy.md): who, nothing else.
    "erasure": {
        **COMMON,
        "person_id": _f(ID),
    },
}
SCHEMA["attachment"]["parent_kind"] = _f(OpenEnum(tuple(k for k in SCHEMA if k != "attachment")))

KINDS: tuple[str, ...] = tuple(SCHEMA)
_NAMES: dict[str, frozenset[str]] = {kind: frozenset(fields) for kind, fields in SCHEMA.items()}
# Per kind, (name, nullable, check) in field order: `validate` runs once per record.
_PLANS: dict[str, tuple[tuple[str, bool, Callable[[str, Any], Any]], ...]] = {
    kind: tuple((name, f.nullable, f.type.check) for name, f in fields.items())
    for kind, fields in SCHEMA.items()
}
_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(name for name, field in fields.items() if isinstance(field.type, Line | Text))
    for kind, fields in SCHEMA.items()
}
_SURROGATES = re.compile(r"[\ud800-\udfff]")

# Rules across fields of one record.
_RECORD_RULES: dict[str, tuple[Callable[[dict[str, Any]], str | None], ...]] = {
    "person": (lambda v: None if v["owner"] == v["id"] else "a person owns their own record",),
}


_PATTERN_NAMES = {
    UUID_RE: "uuid",
    SHA256_RE: "sha256 (64 lowercase hex)",
    OA_RE: "OA code (`MA02 OA 03`, parvularia `PMNT OA 03`)",
    TIME_RE: "`HH:MM`",
    SIGNING_KEY_RE: "Ed25519 key (base64)",
    ENCRYPTION_KEY_RE: "age recipient",
    RBD_RE: "RBD (`4478-4`)",
}


def describe(kind: Type) -> str:
    """A type in the words of docs/bundle-format.md (its kind table is made from this)."""
    match kind:
        case Line(limit=limit, pattern=pattern) if pattern in _PATTERN_NAMES:
            return f"{_PATTERN_NAMES[pattern]}≤{limit}"
        case Line(limit=limit, pattern=pattern):
            return f"line≤{limit}" + (" (a file name)" if pattern is not None else "")
        case Text(limit=limit):
            return "text" if limit == TEXT_MAX else f"text≤{limit}"
        case Pattern(pattern=pattern):
            return _PATTERN_NAMES[pattern]
        case VersionType():
            return "version"
        case Enum(choices=choices) if len(choices) > 10:
            return "a record kind" if "practice" in choices else "a known code"
        case Enum(choices=choices):
            return r" \| ".join(f"`{c}`" if c else '`""`' for c in choices)
        case Int(low=low, high=high):
            return "int" if (low, high) == (INT_MIN, INT_MAX) else f"int {low}..{high}"
        case Number():
            return "number"
        case Bool():
            return "bool"
        case Date():
            return "date"
        case DateTime():
            return "time"
        case ListOf(item=item, limit=limit):
            return f"list≤{limit} of {describe(item)}"
        case DictOf(key=key, value=value, limit=limit):
            return f"object≤{limit} of {describe(key)} → {describe(value)}"
        case Object(fields=fields):
            return "{" + ", ".join(f"`{n}` {describe(t)}" for n, t in fields) + "}"
        case Json():
            return "JSON object"
    raise TypeError(f"no description for {kind!r}")  # pragma: no cover


def kind_table() -> str:
    """The kind table of docs/bundle-format.md, section 4 (a test keeps them equal)."""
    lines = ["| kind | fields besides the sync fields |", "|---|---|"]
    for kind, fields in SCHEMA.items():
        own = [
            f"`{name}` {describe(field.type)}{'?' if field.nullable else ''}"
            for name, field in fields.items()
            if name not in COMMON and name != "visibility"
        ]
        visible = " (+ `visibility`)" if "visibility" in fields else ""
        lines.append(f"| `{kind}` | {', '.join(own)}{visible} |")
    return "\n".join(lines)


def text_fields(kind: str) -> tuple[str, ...]:
    """The fields of `kind` that hold free text (what `cleaned_text` applies to)."""
    return _TEXT_FIELDS[kind]


def cleaned_text(kind: str, name: str, value: Any) -> Any:
    """A text as a local edit stores it, so that every other Minga accepts it: one-line
    fields get a space for each control character or line break, multi-line ones lose
    other control characters, and lone surrogates go everywhere. Anything that is not
    text is returned as it is."""
    if type(value) is not str:
        return value
    kind_type = SCHEMA[kind][name].type
    forbidden = NOT_IN_LINE if isinstance(kind_type, Line) else NOT_IN_TEXT
    if not forbidden.search(value):
        return value
    value = _SURROGATES.sub("", value)
    return forbidden.sub(" " if forbidden is NOT_IN_LINE else "", value)


def field_names(kind: str) -> frozenset[str]:
    return _NAMES[kind]


def validate(kind: str, record: Any) -> dict[str, Any]:
    """The values of `record` (a JSON object of `kind`), dates and times parsed.

    Raises RecordError naming the first field that does not follow the schema.
    """
    plan = _PLANS.get(kind) if type(kind) is str else None
    if plan is None:
        raise RecordError("unknown kind")
    if type(record) is not dict:
        raise RecordError("a record must be a JSON object")
    names = _NAMES[kind]
    if len(record) != len(names) or record.keys() != names:
        missing = sorted(names - record.keys())
        extra = sorted(str(k)[:40] for k in record.keys() - names)
        raise RecordError(f"fields missing {missing[:3]} or unknown {extra[:3]}")
    values: dict[str, Any] = {}
    for name, nullable, check in plan:
        value = record[name]
        if value is None:
            if not nullable:
                raise RecordError(f"{name} cannot be empty")
            values[name] = None
        else:
            values[name] = check(name, value)
    for rule in _RECORD_RULES.get(kind, ()):
        problem = rule(values)
        if problem:
            raise RecordError(problem)
    return values


def _clean_json(name: str, value: Any) -> None:
    """Any JSON value, bounded and clean (depth, size, text, finite numbers)."""
    Json(dict).check(name, {"value": value})


def split_unknown(kind: str, record: Any) -> tuple[Any, dict[str, Any]]:
    """(`record` without the fields this Minga does not know, those fields).

    A newer Minga of the same format may add optional fields to a kind; they are kept
    as they came (docs/bundle-format.md, Compatibility), each name a plain identifier
    and each value clean, bounded JSON. The known part is then `validate`d as usual.
    """
    if type(record) is not dict:
        return record, {}
    names = _NAMES[kind]
    if len(record) == len(names) and record.keys() == names:
        return record, {}
    extras = {key: value for key, value in record.items() if key not in names}
    if not extras:
        return record, {}
    if len(extras) > MAX_UNKNOWN_FIELDS:
        raise RecordError("too many unknown fields")
    for key, value in extras.items():
        if type(key) is not str or not FIELD_NAME_RE.fullmatch(key):
            raise RecordError("an unknown field's name is not well formed")
        _clean_json(key, value)
    return {key: value for key, value in record.items() if key in names}, extras


def validate_unknown_kind(record: Any, *, limit: int = 200) -> dict[str, Any]:
    """The sync fields (and visibility, when present) of a record of a kind this Minga
    does not know, checked as every kind's are; every other field a plain name with
    clean, bounded JSON. What it means is left to the Minga that knows the kind."""
    if type(record) is not dict:
        raise RecordError("a record must be a JSON object")
    if len(record) > limit:
        raise RecordError("too many fields")
    values: dict[str, Any] = {}
    for name, spec in COMMON.items():
        if name not in record:
            raise RecordError(f"fields missing [{name!r}]")
        value = record[name]
        if value is None:
            if not spec.nullable:
                raise RecordError(f"{name} cannot be empty")
            values[name] = None
        else:
            values[name] = spec.type.check(name, value)
    if "visibility" in record:
        values["visibility"] = VISIBLE["visibility"].type.check("visibility", record["visibility"])
    for key, value in record.items():
        if key in COMMON or key == "visibility":
            continue
        if type(key) is not str or not FIELD_NAME_RE.fullmatch(key):
            raise RecordError("a field's name is not well formed")
        _clean_json(key, value)
    return values


def check_value(kind: str, name: str, value: Any, *, stored: bool = False) -> Any:
    """One field of one kind; `stored` when `value` comes from the database (a `date`
    or `datetime` object rather than its ISO text)."""
    spec = SCHEMA[kind][name]
    if value is None:
        if not spec.nullable:
            raise RecordError(f"{name} cannot be empty")
        return None
    if stored:
        value = spec.type.stored(value)
    return spec.type.check(name, value)


def problems(kind: str, row: Mapping[str, Any]) -> list[str]:
    """Every field of a stored row the schema refuses (for `minga check`), [] if none."""
    found = []
    for name in SCHEMA[kind]:
        if name not in row:
            continue
        try:
            check_value(kind, name, row[name], stored=True)
        except RecordError as exc:
            found.append(str(exc))
    return found


__all__ = [
    "ADOPTION_STATUSES",
    "ATTACHMENT_MAX_BYTES",
    "COMMON",
    "CONSENT_READERS",
    "COUNT",
    "DATETIME_RE",
    "DATE_RE",
    "ENCRYPTION_KEY_RE",
    "FIELD_NAME_RE",
    "ID",
    "INT_MAX",
    "INT_MIN",
    "JSON_DEPTH_MAX",
    "KEY",
    "KINDS",
    "KIND_NAME_RE",
    "LEVEL",
    "LEVEL_LIST",
    "LIST_MAX",
    "MAX_UNKNOWN_FIELDS",
    "MEDIA_TYPES",
    "MEDIA_TYPE_RE",
    "MEMBERSHIPS",
    "MINUTES",
    "NAME",
    "OA_RE",
    "RBD_RE",
    "SCHEMA",
    "SHA256_RE",
    "SHORT",
    "SIGNING_KEY_RE",
    "TEXT_MAX",
    "TIME_RE",
    "TIME_YEAR_MIN",
    "TITLE",
    "UNKNOWN_FIELDS",
    "UUID_RE",
    "VERSION",
    "VISIBLE",
    "YEAR_MAX",
    "YEAR_MIN",
    "Bool",
    "Date",
    "DateTime",
    "DictOf",
    "Enum",
    "Field",
    "Int",
    "Json",
    "Line",
    "ListOf",
    "NewerValueError",
    "Number",
    "Object",
    "OpenEnum",
    "Pattern",
    "RecordError",
    "Text",
    "Type",
    "VersionType",
    "check_value",
    "cleaned_text",
    "describe",
    "field_names",
    "kind_table",
    "problems",
    "split_unknown",
    "text_fields",
    "validate",
    "validate_unknown_kind",
]
