"""Templates: exit-ticket question sets, self-assessment rubrics, observation protocols and
the wording of the satisfaction survey.

The advisor distributes them; they travel in bundles like every record and carry a
`revision` that grows by one with each edit. Four defaults ship in
`resources/templates/*.json` (Chilean Spanish, tagged with the domains A-D of the Marco
para la Buena Enseñanza 2021).

Default templates have the **same id on every installation** (uuid5 of their kind), the
same fixed owner (`DEFAULTS_OWNER`, no person) and the lowest possible version
(`DEFAULT_VERSION`). So `ensure_default_templates` writes byte-identical rows everywhere
and a bundle carrying one changes nothing; when the advisor edits a default, the advisor
becomes its owner and the edit's clock version beats the shipped one everywhere. Nobody
else may edit a default: owner-only editing, with the advisor as the one heir of the
shipped defaults.

Shipped JSON (format 1): {"format": 1, "kind": str, "name": str, "tags": [str],
"body": {...}}. Bodies by kind:

- exit_ticket: {"questions": [{"id", "kind", "mbe_domain", "prompt",
  "options": [{"id", "label"}]}]}
- self_assessment_rubric: {"criteria": [{"id", "label", "mbe_domain", "levels": [str]}]}
  (a rating is 1..len(levels))
- observation_protocol: {"items": [{"id", "label", "mbe_domain"}], "scale": [str]}
  (an answer is 1..len(scale), default 4)
- satisfaction_survey: {"items": [{"id", "label", "mbe_domain"}], "scale": [4 str]}: the
  statements of the session survey. There is one (the shipped default, which the advisor
  edits): its item ids are exactly the survey's questions (`useful`, `prepared`, `trust`,
  `applied`, the answers' columns), so only the wording, the order and the four labels of
  the scale change, and answers given before an edit keep their meaning.

Bodies may also hold "description" (str) and "mbe_domains" ({letter: name}).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minga import resources
from minga.core.identity import Actor, current_actor, stamper
from minga.core.records import find_live, save
from minga.domain import validation as v
from minga.domain.cycle_rules import (
    SATISFACTION_LEVELS,
    SURVEY_QUESTIONS,
    AdvisorOnlyError,
    QuestionSpec,
)
from minga.domain.errors import (
    PermissionDeniedError,
    ValidationError,
    ValidationErrors,
)
from minga.domain.vocab import Role, TemplateKind
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store.db import Database
from minga.store.models import Person, Template

#: Where each kind keeps its entries in the body.
ENTRY_KEYS: dict[str, str] = {
    TemplateKind.EXIT_TICKET: "questions",
    TemplateKind.SELF_ASSESSMENT_RUBRIC: "criteria",
    TemplateKind.OBSERVATION_PROTOCOL: "items",
    TemplateKind.SATISFACTION_SURVEY: "items",
}
#: Kinds with one template only, the shipped default: it is edited, never added to.
SINGLE_KINDS = frozenset({TemplateKind.SATISFACTION_SURVEY.value})

TEMPLATE_NAMESPACE = uuid.UUID("0b6f7a5e-3c1d-4c55-9a0e-6d1b2f9c8e47")
#: The owner of the shipped defaults: not a person, the same everywhere.
DEFAULTS_OWNER = str(uuid.uuid5(TEMPLATE_NAMESPACE, "minga:defaults"))
#: The lowest version a record can have: any edit anywhere sorts after it.
DEFAULT_VERSION = "0000000000000-0000-minga-defaults"
DEFAULT_UPDATED_AT = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
DEFAULTS_OWNER_NAME = "Minga"

DEFAULT_FILES: dict[str, str] = {
    TemplateKind.EXIT_TICKET: "exit_ticket.json",
    TemplateKind.SELF_ASSESSMENT_RUBRIC: "self_assessment_rubric.json",
    TemplateKind.OBSERVATION_PROTOCOL: "observation_protocol.json",
    TemplateKind.SATISFACTION_SURVEY: "satisfaction_survey.json",
}
MBE_DOMAIN_LETTERS = ("A", "B", "C", "D")
DEFAULT_SCALE_LEVELS = 4
BODY_MAX_CHARS = 100_000
TAG_MAX = 40
TAGS_MAX = 20
_ID_RE = re.compile(r"^[A-Za-z0-9_\-]{1,40}$")


def default_template_id(kind: str) -> str:
    """The id of the shipped default of `kind`, identical on every installation."""
    return str(uuid.uuid5(TEMPLATE_NAMESPACE, f"default-template:{TemplateKind(kind).value}"))


DEFAULT_IDS: frozenset[str] = frozenset(default_template_id(k) for k in TemplateKind)

#: Templates shipped beside the defaults, offered to choose from: the same id and owner
#: everywhere as the defaults (so the advisor may edit them), but never used unless
#: chosen. (kind, key) -> file in resources/templates.
EXTRA_FILES: dict[tuple[str, str], str] = {
    # Malloa's protocol for observing how the network's meetings work.
    (TemplateKind.OBSERVATION_PROTOCOL.value, "network_dynamics"): "network_dynamics_protocol.json",
}


def extra_template_id(kind: str, key: str) -> str:
    """The id of a shipped extra template, identical on every installation."""
    return str(uuid.uuid5(TEMPLATE_NAMESPACE, f"shipped-template:{TemplateKind(kind).value}:{key}"))


SHIPPED_IDS: frozenset[str] = DEFAULT_IDS | frozenset(
    extra_template_id(kind, key) for kind, key in EXTRA_FILES
)


@dataclass(frozen=True)
class ShippedTemplate:
    kind: str
    name: str
    tags: list[str]
    body: dict[str, Any]


@lru_cache(maxsize=8)
def _load_default(kind: str, file: str = "") -> ShippedTemplate:
    path = resources.path("templates", file or DEFAULT_FILES[kind])
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get("format") != 1 or document.get("kind") != kind:
        raise ValueError(f"{path} is not a format 1 {kind} template")
    return ShippedTemplate(
        kind=kind, name=document["name"], tags=list(document["tags"]), body=document["body"]
    )


def load_default(kind: str) -> ShippedTemplate:
    """The shipped default of `kind` (a fresh copy: callers may change it)."""
    shipped = _load_default(TemplateKind(kind).value)
    return ShippedTemplate(
        kind=shipped.kind,
        name=shipped.name,
        tags=list(shipped.tags),
        body=json.loads(json.dumps(shipped.body)),
    )


def _shipped_templates() -> list[tuple[str, ShippedTemplate]]:
    """(id, template) of every shipped template: the defaults, then the extras."""
    shipped = [(default_template_id(kind), load_default(kind)) for kind in TemplateKind]
    for (kind, key), file in EXTRA_FILES.items():
        extra = _load_default(kind, file)
        shipped.append(
            (
                extra_template_id(kind, key),
                ShippedTemplate(extra.kind, extra.name, list(extra.tags),
                                json.loads(json.dumps(extra.body))),
            )
        )  # fmt: skip
    return shipped


def ensure_defaults_in(session: Session) -> int:
    """Inserts the shipped templates missing from the database; returns how many.

    Idempotent; a shipped template that was edited or deleted is left as it is.
    """
    added = 0
    for template_id, shipped in _shipped_templates():
        kind = TemplateKind(shipped.kind)
        if session.get(Template, template_id) is not None:
            continue
        session.add(
            Template(
                id=template_id,
                owner=DEFAULTS_OWNER,
                version=DEFAULT_VERSION,
                updated_at=DEFAULT_UPDATED_AT,
                deleted=False,
                kind=kind.value,
                name=shipped.name,
                revision=1,
                body=shipped.body,
                tags=shipped.tags,
            )
        )
        added += 1
    if added:
        session.flush()
    return added


def ensure_default_templates(db: Database) -> int:
    """Makes sure this installation has the shipped templates (the defaults and extras)."""
    with db.session() as session:
        return ensure_defaults_in(session)


# --- What the other services need from a template -------------------------------------


def exit_ticket_questions(body: Mapping[str, Any]) -> list[QuestionSpec]:
    return [
        QuestionSpec(str(q["id"]), tuple(str(o["id"]) for o in q.get("options", [])))
        for q in body.get("questions", [])
    ]


def rubric_criteria(body: Mapping[str, Any]) -> dict[str, int]:
    """{criterion id: number of levels}."""
    return {str(c["id"]): len(c.get("levels", [])) for c in body.get("criteria", [])}


def protocol_items(body: Mapping[str, Any]) -> tuple[list[str], int]:
    """(item ids, number of levels of the scale)."""
    scale = body.get("scale") or []
    return [str(i["id"]) for i in body.get("items", [])], len(scale) or DEFAULT_SCALE_LEVELS


def resolve_in(session: Session, kind: str, template_id: str | None) -> tuple[str, dict[str, Any]]:
    """(id, body) of the template a record uses: `template_id`, or the default of `kind`.

    The default is written to the database if it is missing (so records never point at
    nothing). A template that does not exist or is of another kind is a `ValidationError`.
    """
    wanted = template_id or default_template_id(kind)
    row = session.get(Template, wanted)
    if row is None and wanted in SHIPPED_IDS:
        ensure_defaults_in(session)
        row = session.get(Template, wanted)
    if row is None or row.deleted:
        raise ValidationError(
            "template",
            QT_TRANSLATE_NOOP("errors", "The template {id} is not in this notebook."),
            id=wanted,
        )
    if row.kind != kind:
        raise ValidationError(
            "template",
            QT_TRANSLATE_NOOP("errors", "The template '{name}' is not of the right kind."),
            name=row.name,
        )
    return row.id, dict(row.body or {})


# --- Input and validation -------------------------------------------------------------


@dataclass
class TemplateInput:
    kind: str = TemplateKind.EXIT_TICKET
    name: str = ""
    body: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)


def _problem(errors: list[ValidationError], template: str, **params: Any) -> None:
    errors.append(ValidationError("body", template, **params))


def _check_ids(
    errors: list[ValidationError], entries: Sequence[Any], what: str
) -> list[dict[str, Any]]:
    seen: set[str] = set()
    clean: list[dict[str, Any]] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping):
            _problem(
                errors,
                QT_TRANSLATE_NOOP("errors", "Entry {number} of {what} is not well formed."),
                number=number,
                what=what,
            )
            continue
        ident = str(entry.get("id", "")).strip()
        if not _ID_RE.match(ident):
            _problem(
                errors,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Entry {number} of {what} needs an id of up to 40 letters, digits, - or _.",
                ),
                number=number,
                what=what,
            )
            continue
        if ident in seen:
            _problem(
                errors,
                QT_TRANSLATE_NOOP("errors", "The id '{id}' appears twice in {what}."),
                id=ident,
                what=what,
            )
            continue
        seen.add(ident)
        clean.append({**entry, "id": ident})
    return clean


def _label(errors: list[ValidationError], entry: Mapping[str, Any], key: str, ident: str) -> str:
    text = entry.get(key)
    text = text.strip() if isinstance(text, str) else ""
    if not text or len(text) > v.SHORT_TEXT_MAX:
        _problem(
            errors,
            QT_TRANSLATE_NOOP("errors", "'{id}' needs a text of 1 to {max} characters."),
            id=ident,
            max=v.SHORT_TEXT_MAX,
        )
    return text


def _domain(errors: list[ValidationError], entry: Mapping[str, Any], ident: str) -> str:
    domain = str(entry.get("mbe_domain") or "").strip().upper()
    if domain and domain not in MBE_DOMAIN_LETTERS:
        _problem(
            errors,
            QT_TRANSLATE_NOOP(
                "errors", "'{id}' has the domain '{value}'; use A, B, C or D (MBE 2021)."
            ),
            id=ident,
            value=domain,
        )
    return domain


def _labels(errors: list[ValidationError], values: Any, ident: str) -> list[str]:
    if not isinstance(values, list) or len(values) < 2:
        _problem(
            errors,
            QT_TRANSLATE_NOOP("errors", "'{id}' needs at least two levels or options."),
            id=ident,
        )
        return []
    labels = [str(x).strip() for x in values]
    if not all(labels) or any(len(x) > v.SHORT_TEXT_MAX for x in labels):
        _problem(
            errors,
            QT_TRANSLATE_NOOP("errors", "Every level of '{id}' needs a text."),
            id=ident,
        )
    return labels


def _validate_body(kind: str, body: Any, errors: list[ValidationError]) -> dict[str, Any]:
    if not isinstance(body, Mapping):
        _problem(errors, QT_TRANSLATE_NOOP("errors", "The content of a template is not valid."))
        return {}
    clean: dict[str, Any] = {}
    if isinstance(body.get("description"), str):
        clean["description"] = body["description"].strip()[: v.LONG_TEXT_MAX]
    if isinstance(body.get("mbe_domains"), Mapping):
        clean["mbe_domains"] = {
            str(k): str(val) for k, val in body["mbe_domains"].items() if k in MBE_DOMAIN_LETTERS
        }
    key = ENTRY_KEYS[TemplateKind(kind)]
    entries = body.get(key)
    if not isinstance(entries, list) or not entries:
        _problem(
            errors,
            QT_TRANSLATE_NOOP("errors", "A template needs at least one question or criterion."),
        )
        return clean
    result = []
    for entry in _check_ids(errors, entries, key):
        ident = entry["id"]
        item: dict[str, Any] = {"id": ident}
        if kind == TemplateKind.EXIT_TICKET:
            item["kind"] = str(entry.get("kind") or "")
            item["mbe_domain"] = _domain(errors, entry, ident)
            item["prompt"] = _label(errors, entry, "prompt", ident)
            options = entry.get("options")
            if not isinstance(options, list) or len(options) < 2:
                _problem(
                    errors,
                    QT_TRANSLATE_NOOP("errors", "'{id}' needs at least two levels or options."),
                    id=ident,
                )
                options = []
            item["options"] = [
                {"id": o["id"], "label": _label(errors, o, "label", o["id"])}
                for o in _check_ids(errors, options, ident)
            ]
        elif kind == TemplateKind.SELF_ASSESSMENT_RUBRIC:
            item["label"] = _label(errors, entry, "label", ident)
            item["mbe_domain"] = _domain(errors, entry, ident)
            item["levels"] = _labels(errors, entry.get("levels"), ident)
        else:
            item["label"] = _label(errors, entry, "label", ident)
            item["mbe_domain"] = _domain(errors, entry, ident)
        result.append(item)
    clean[key] = result
    if kind == TemplateKind.OBSERVATION_PROTOCOL and body.get("scale") is not None:
        clean["scale"] = _labels(errors, body.get("scale"), "scale")
    if kind == TemplateKind.SATISFACTION_SURVEY:
        _check_survey(errors, entries, result)
        clean["scale"] = _labels(errors, body.get("scale"), "scale")
        if clean["scale"] and len(clean["scale"]) != len(SATISFACTION_LEVELS):
            _problem(
                errors,
                QT_TRANSLATE_NOOP(
                    "errors", "The survey's scale has {count} levels, from 1 to {count}."
                ),
                count=len(SATISFACTION_LEVELS),
            )
    if len(json.dumps(clean, ensure_ascii=False)) > BODY_MAX_CHARS:
        _problem(
            errors,
            QT_TRANSLATE_NOOP("errors", "The template is too long: at most {max} characters."),
            max=BODY_MAX_CHARS,
        )
    return clean


def _check_survey(
    errors: list[ValidationError], entries: list[Any], items: list[dict[str, Any]]
) -> None:
    """The survey's statements are exactly its questions, each once (answers refer to
    their ids): a statement is reworded, never added, removed or given another id."""
    ids = [item["id"] for item in items]
    if len(ids) == len(entries) and sorted(ids) == sorted(SURVEY_QUESTIONS):
        return
    _problem(
        errors,
        QT_TRANSLATE_NOOP(
            "errors",
            "The survey keeps its {count} statements with their ids ({ids}): answers refer "
            "to them. Change their wording, not the statements themselves.",
        ),
        count=len(SURVEY_QUESTIONS),
        ids=", ".join(SURVEY_QUESTIONS),
    )


def validate_template(data: TemplateInput) -> TemplateInput:
    """A normalized copy of `data`, or `ValidationErrors` naming every problem."""
    errors: list[ValidationError] = []
    kind = data.kind if data.kind in set(TemplateKind) else None
    if kind is None:
        errors.append(
            ValidationError(
                "kind",
                QT_TRANSLATE_NOOP("errors", "Unknown template kind '{value}'."),
                value=data.kind,
            )
        )
    try:
        name = v.required_text(data.name, "name", v.TITLE_MAX)
    except ValidationError as exc:
        errors.append(exc)
        name = ""
    tags: list[str] = []
    for tag in data.tags:
        text = (tag or "").strip()
        if not text:
            continue
        if len(text) > TAG_MAX:
            errors.append(
                ValidationError(
                    "tags",
                    QT_TRANSLATE_NOOP("errors", "The tag '{value}' is too long: at most {max}."),
                    value=text,
                    max=TAG_MAX,
                )
            )
        elif text not in tags:
            tags.append(text)
    if len(tags) > TAGS_MAX:
        errors.append(
            ValidationError(
                "tags",
                QT_TRANSLATE_NOOP("errors", "At most {max} tags."),
                max=TAGS_MAX,
            )
        )
    body = _validate_body(kind, data.body, errors) if kind else {}
    if errors:
        raise ValidationErrors(errors)
    return TemplateInput(kind=kind or "", name=name, body=body, tags=tags)


# --- The service ----------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    kind: str
    name: str
    revision: int
    body: dict[str, Any]
    tags: list[str]
    owner: str
    owner_name: str
    is_default: bool
    is_mine: bool
    can_edit: bool
    updated_at: dt.datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "revision": self.revision,
            "tags": list(self.tags),
            "owner": self.owner,
            "owner_name": self.owner_name,
            "is_default": self.is_default,
            "body": self.body,
        }


class TemplateService:
    """Lists, reads and edits templates. Editing: the owner, or the advisor for the
    shipped defaults (who then owns them)."""

    def __init__(self, db: Database):
        self.db = db

    def list(self, kind: str | None = None) -> list[TemplateInfo]:
        """Live templates (of `kind`), the defaults first, then by name."""
        with self.db.session() as session:
            actor = current_actor(session)
            stmt = select(Template).where(Template.deleted.is_(False))
            if kind:
                stmt = stmt.where(Template.kind == kind)
            rows = list(session.scalars(stmt))
            rows.sort(key=lambda t: (t.kind, t.id not in DEFAULT_IDS, t.name.casefold()))
            return [self._info(session, row, actor) for row in rows]

    def get(self, template_id: str) -> TemplateInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            return self._info(session, find_live(session, Template, template_id), actor)

    def survey_wording(self) -> SurveyWording:
        """The statements and scale of the satisfaction survey (`survey_wording_in`)."""
        with self.db.session() as session:
            return survey_wording_in(session)

    def ensure_defaults(self) -> int:
        """The shipped templates written to the database when missing (a list shows
        them before any record used one); returns how many were added."""
        with self.db.session() as session:
            return ensure_defaults_in(session)

    def resolve(self, kind: str, template_id: str | None = None) -> TemplateInfo:
        """The template a new record of `kind` uses: `template_id`, else the default
        (written to the database first if it is missing)."""
        with self.db.session() as session:
            actor = current_actor(session)
            found_id, _body = resolve_in(session, kind, template_id)
            return self._info(session, find_live(session, Template, found_id), actor)

    def create(self, data: TemplateInput) -> TemplateInfo:
        """A new template of the advisor's (teachers receive them in bundles)."""
        with self.db.session() as session:
            actor = current_actor(session)
            if actor.role != Role.ADVISOR:
                raise AdvisorOnlyError(name=actor.name)
            if data.kind in SINGLE_KINDS:
                raise ValidationErrors([_single_kind_error()])
            clean = validate_template(data)
            row = Template(
                kind=clean.kind, name=clean.name, revision=1, body=clean.body, tags=clean.tags
            )
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return self._info(session, row, actor)

    def update(self, template_id: str, data: TemplateInput) -> TemplateInfo:
        """Saves an edit; the revision grows by one when something changed. The kind of a
        template never changes."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = find_live(session, Template, template_id)
            self._check_can_edit(session, row, actor)
            clean = validate_template(
                TemplateInput(kind=row.kind, name=data.name, body=data.body, tags=data.tags)
            )
            changed = (row.name, row.body, list(row.tags or [])) != (
                clean.name,
                clean.body,
                clean.tags,
            )
            if changed:
                row.owner = actor.person_id  # the advisor takes over a shipped default
                row.name, row.body, row.tags = clean.name, clean.body, clean.tags
                row.revision = (row.revision or 1) + 1
                stamper(session, actor).stamp(row)
            session.flush()
            return self._info(session, row, actor)

    def delete(self, template_id: str) -> None:
        """Soft delete of one's own template (shipped defaults stay)."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = find_live(session, Template, template_id)
            if row.owner != actor.person_id:
                raise PermissionDeniedError(owner=_owner_name(session, row.owner))
            if row.kind in SINGLE_KINDS:
                raise ValidationErrors([_single_kind_error()])
            row.deleted = True
            save(session, actor, row)

    # --- helpers --------------------------------------------------------------------

    def _check_can_edit(self, session: Session, row: Template, actor: Actor) -> None:
        if row.owner == actor.person_id:
            return
        if row.owner == DEFAULTS_OWNER:
            if actor.role == Role.ADVISOR:
                return
            raise AdvisorOnlyError(name=actor.name)
        raise PermissionDeniedError(owner=_owner_name(session, row.owner))

    def _info(self, session: Session, row: Template, actor: Actor) -> TemplateInfo:
        mine = row.owner == actor.person_id
        return TemplateInfo(
            id=row.id,
            kind=row.kind,
            name=row.name,
            revision=row.revision,
            body=dict(row.body or {}),
            tags=list(row.tags or []),
            owner=row.owner,
            owner_name=_owner_name(session, row.owner),
            is_default=row.id in DEFAULT_IDS,
            is_mine=mine,
            can_edit=mine or (row.owner == DEFAULTS_OWNER and actor.role == Role.ADVISOR),
            updated_at=row.updated_at,
        )


def _single_kind_error() -> ValidationError:
    return ValidationError(
        "kind",
        QT_TRANSLATE_NOOP(
            "errors",
            "The network has one satisfaction survey: change the wording of Minga's "
            "instead of adding or deleting one.",
        ),
    )


# --- The survey's wording ---------------------------------------------------------------


@dataclass(frozen=True)
class SurveyWording:
    """The statements of the satisfaction survey as the advisor worded them: `questions`
    {question id: statement} in the order they are asked, the four labels of `scale`
    (1 to 4). `edited` is False while it is Minga's own wording, which the window and the
    printed slip show in the reader's language instead."""

    questions: dict[str, str]
    scale: tuple[str, ...]
    revision: int
    edited: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "questions": dict(self.questions),
            "scale": list(self.scale),
            "revision": self.revision,
            "edited": self.edited,
        }


def survey_wording_in(session: Session) -> SurveyWording:
    """The survey's wording on this computer: the network's template as last received or
    edited, or the shipped one. A template that does not keep the survey's statements
    (damaged, or from a Minga that words it otherwise) is not used."""
    row = session.get(Template, default_template_id(TemplateKind.SATISFACTION_SURVEY))
    if row is not None and not row.deleted and row.kind == TemplateKind.SATISFACTION_SURVEY:
        try:
            clean = validate_template(
                TemplateInput(kind=row.kind, name=row.name or "-", body=dict(row.body or {}))
            )
        except ValidationErrors:
            clean = None
        if clean is not None:
            return SurveyWording(
                questions={i["id"]: i["label"] for i in clean.body["items"]},
                scale=tuple(clean.body["scale"]),
                revision=row.revision or 1,
                edited=row.owner != DEFAULTS_OWNER,
            )
    shipped = load_default(TemplateKind.SATISFACTION_SURVEY)
    return SurveyWording(
        questions={i["id"]: i["label"] for i in shipped.body["items"]},
        scale=tuple(shipped.body["scale"]),
        revision=1,
        edited=False,
    )


def _owner_name(session: Session, owner: str) -> str:
    if owner == DEFAULTS_OWNER:
        return DEFAULTS_OWNER_NAME
    person = session.get(Person, owner)
    return person.name if person else owner
