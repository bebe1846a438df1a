"""Who may create, change or delete each kind of record: one table, one function.

The services (before they write) and the importer (before it accepts a bundle) ask the
same question, `authorize(kind, action, actor, record, existing, context)`, so a bundle
crafted by hand can do nothing a person could not do in the app. The answer is None
(allowed) or `Denied` with a sentence saying why.

`actor` is the person the record speaks for: the person using this installation in the
services, and in an import the record's own `owner` (a direct bundle carries only its
sender's records; the advisor's consolidated bundle relays everyone's, each judged as
its owner's). `record` is the record as it would be written, `existing` the row stored
here (None for a new record). `context` answers the few questions about other records a
rule needs (who owns a practice, whom a note is about, who the advisor is); a record it
does not know is not held against the record (references are soft: bundles may arrive
in any order), but every record it knows is checked.

The table, in words (also in docs/bundle-format.md):

| kind | create / update / delete |
|---|---|
| microcentre | the network's advisor; a teacher only retires (deletes) her own setup one |
| school | anyone creates an unknown school; its first creator changes or deletes it; a
  colleague's own creation of the same school (same RBD, not derived from the stored
  row) is kept aside as a conflict copy, the stored row stays |
| person | the person herself; `role` is `advisor` only for the network's advisor, never
  `coordinator` in a network, and never changes; membership and keys only through the
  advisor's roster |
| session, year_plan | the network's advisor |
| presentation, attendance, practice_feedback, agreement | the advisor who owns the session |
| satisfaction_response | the advisor (tallies, paper answers), never naming a respondent |
| survey_answer | nobody by name: the anonymous shape (minga.domain.anonymous), never changed |
| observation_note | its owner (the observer); never `network`: only the observed teacher
  widens who reads it |
| observation_consent | the observed teacher of its note (who may read it is her choice) |
| observation_reply | the observer or the observed teacher of its note; never `network` |
| attachment | the owner of the practice it hangs on; safe file name, allowed media type |
| application, self_assessment, exit_ticket_tally | the owner of the adoption / application |
| student_aggregate | its owner: the network's advisor for any school, a teacher for her
  own school only |
| erasure | the erased person herself, or the network's advisor (at her request); never
  undone, never moved to another person |
| every other kind | its owner |

In every case a stored record keeps its owner: nobody writes a record stored under
someone else's name (except the school case above, where the first creator's row stays).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from minga.domain import anonymous
from minga.i18n import QT_TRANSLATE_NOOP

CREATE, UPDATE, DELETE = "create", "update", "delete"

ADVISOR_ROLE = "advisor"
COORDINATOR_ROLE = "coordinator"
NETWORK = "network"

# What the evidence store accepts (minga.core.attachments.sniff_media_type).
ALLOWED_MEDIA_TYPES = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/webp",
        "application/pdf",
        "audio/mpeg",
        "audio/ogg",
        "audio/wav",
        "video/webm",
        "video/mp4",
        "application/zip",
        "text/plain",
    }
)
ATTACHMENT_PARENTS = frozenset({"practice"})


@dataclass(frozen=True)
class Denied:
    """Why a write is refused: an English template (translated where shown)."""

    reason: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return self.reason.format(**self.params)


class Context(Protocol):
    """What the rules need to know about other records (a database, plus a bundle)."""

    @property
    def advisor_id(self) -> str | None:
        """The network's advisor (None: this installation has not joined one)."""

    def owner_of(self, kind: str, record_id: str) -> str | None:
        """The owner of a record of `kind`, None when it is not known here."""

    def note_parties(self, note_id: str) -> tuple[str, str] | None:
        """(observer, observed) of an observation note, None when it is not known."""

    def role_of(self, person_id: str) -> str | None:
        """The role stored for a person, None when not known."""

    def school_of(self, person_id: str) -> str | None:
        """The school stored for a person ("" when none), None when the person is not
        known."""


def action_for(record: Mapping[str, Any], existing: Mapping[str, Any] | None) -> str:
    """The action a received record amounts to, given the stored row."""
    if existing is None:
        return CREATE
    if record.get("deleted") and not existing.get("deleted"):
        return DELETE
    return UPDATE


# --- the reasons ----------------------------------------------------------------------

NOT_YOURS = QT_TRANSLATE_NOOP("authorization", "it belongs to someone else.")
ADVISOR_ONLY = QT_TRANSLATE_NOOP("authorization", "only the advisor may write it.")
OWN_SCHOOL_ONLY = QT_TRANSLATE_NOOP(
    "authorization", "a teacher records the students' figures of her own school only."
)
SESSION_OWNER_ONLY = QT_TRANSLATE_NOOP(
    "authorization", "only the advisor who runs the session may write it."
)
ONE_MICROCENTRE = QT_TRANSLATE_NOOP(
    "authorization", "the network has one microcentre, the advisor's."
)
ROLE_ADVISOR = QT_TRANSLATE_NOOP(
    "authorization", "only the network's advisor has the role of advisor."
)
ROLE_CHANGED = QT_TRANSLATE_NOOP("authorization", "nobody may change their own role.")
ROLE_COORDINATOR = QT_TRANSLATE_NOOP(
    "authorization", "a territory's coordinator belongs to no network's roster."
)
PERSON_SELF = QT_TRANSLATE_NOOP("authorization", "a person's record is written only by them.")
SCHOOL_OWNER = QT_TRANSLATE_NOOP(
    "authorization",
    "the school with RBD {rbd} was registered by someone else as '{school}'; only they "
    "may rename or delete it.",
)
ATTACHMENT_PARENT = QT_TRANSLATE_NOOP(
    "authorization", "an evidence file may only hang on a practice of its own author."
)
ATTACHMENT_NAME = QT_TRANSLATE_NOOP(
    "authorization", "the evidence file name '{filename}' is not a plain file name."
)
ATTACHMENT_TYPE = QT_TRANSLATE_NOOP(
    "authorization", "evidence files of type '{media_type}' are not accepted."
)
REPLY_PARTIES = QT_TRANSLATE_NOOP(
    "authorization", "only the observer or the observed teacher may reply to a note."
)
PARENT_NOT_YOURS = QT_TRANSLATE_NOOP(
    "authorization", "it hangs on a record that belongs to someone else."
)
NOTE_WIDENED = QT_TRANSLATE_NOOP(
    "authorization",
    "only the observed teacher decides whether the whole microcentre may read an "
    "observation note about her.",
)
CONSENT_OBSERVED = QT_TRANSLATE_NOOP(
    "authorization",
    "only the observed teacher decides who may read an observation note about her.",
)
SURVEY_SELF = QT_TRANSLATE_NOOP(
    "authorization",
    "survey answers travel without a name: only the advisor writes a session's tally.",
)
SURVEY_ANONYMOUS = QT_TRANSLATE_NOOP(
    "authorization",
    "an anonymous survey answer carries no author, no device and no time, and is never changed.",
)

ERASURE_WHO = QT_TRANSLATE_NOOP(
    "authorization", "only the person herself or the advisor may erase a person's data."
)
ERASURE_FINAL = QT_TRANSLATE_NOOP(
    "authorization", "an erasure of personal data cannot be undone or changed."
)


# --- helpers --------------------------------------------------------------------------


def _is_advisor(actor: str, context: Context) -> bool:
    advisor = context.advisor_id
    if advisor is not None:
        return actor == advisor
    # No network yet: the stored role decides (a fresh advisor's own installation).
    return context.role_of(actor) == ADVISOR_ROLE


def _fold(text: Any) -> str:
    """Case, accents and spacing aside (two people typing one school's name)."""
    value = unicodedata.normalize("NFKD", str(text or "")).casefold()
    value = "".join(c for c in value if not unicodedata.combining(c))
    return " ".join(value.split())


def safe_filename(name: Any) -> bool:
    """A plain file name: no folders, no `..`, no control characters, not empty."""
    if type(name) is not str or not name or len(name) > 255:
        return False
    if name.strip() in (".", "..") or "/" in name or "\\" in name:
        return False
    return not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name)


def _parent_owned(kind: str, record_id: Any, actor: str, context: Context) -> Denied | None:
    if not record_id:
        return None
    owner = context.owner_of(kind, str(record_id))
    if owner is not None and owner != actor:
        return Denied(PARENT_NOT_YOURS)
    return None


# --- the rules per kind ---------------------------------------------------------------


def _microcentre(actor: str, action: str, record: Mapping[str, Any], ctx: Context) -> Any:
    if ctx.advisor_id is None:
        # No network yet: the microcentre a teacher types at setup (retired on joining).
        return None
    if _is_advisor(actor, ctx):
        return None
    # A teacher's own setup microcentre is retired when she joins: that tombstone travels.
    if record.get("deleted"):
        return None
    return Denied(ONE_MICROCENTRE)


def _school(
    actor: str,
    action: str,
    record: Mapping[str, Any],
    existing: Mapping[str, Any] | None,
    ctx: Context,
) -> Any:
    if existing is None or existing.get("owner") == actor:
        return None
    refused = Denied(
        SCHOOL_OWNER, {"rbd": existing.get("rbd", ""), "school": existing.get("name", "")}
    )
    if record.get("deleted") or action == DELETE:
        return refused
    if record.get("rbd") != existing.get("rbd"):
        return refused
    # An edit made on top of the stored row (its previous version was written on the
    # stored owner's device) renames or takes over someone else's school. One's own
    # creation of the same school (the id comes from the RBD) is kept aside instead.
    previous = record.get("prev_version")
    if previous is not None:
        theirs = {_device(existing.get("version")), _device(existing.get("prev_version"))}
        if previous in (existing.get("version"), existing.get("prev_version")) or (
            _device(previous) in theirs - {""}
        ):
            return refused
    return None


def _device(version: Any) -> str:
    """The device part of a version (`millis-counter-DEVICE`)."""
    text = str(version or "")
    return text.split("-", 2)[2] if text.count("-") >= 2 else ""


def _person(
    actor: str,
    record: Mapping[str, Any],
    existing: Mapping[str, Any] | None,
    ctx: Context,
) -> Any:
    if record.get("id") != actor:
        return Denied(PERSON_SELF)
    role = record.get("role")
    advisor = ctx.advisor_id
    if role == COORDINATOR_ROLE and advisor is not None:
        # In a network (an advisor known), nobody is the territory's coordinator.
        return Denied(ROLE_COORDINATOR)
    if role == ADVISOR_ROLE and advisor is not None and actor != advisor:
        return Denied(ROLE_ADVISOR)
    if advisor is not None and actor == advisor and role != ADVISOR_ROLE:
        return Denied(ROLE_CHANGED)
    if existing is not None and existing.get("role") and existing.get("role") != role:
        return Denied(ROLE_CHANGED)
    return None


def _session_part(actor: str, record: Mapping[str, Any], ctx: Context) -> Any:
    if not _is_advisor(actor, ctx):
        return Denied(SESSION_OWNER_ONLY)
    session_id = record.get("session_id")
    if session_id:
        owner = ctx.owner_of("session", str(session_id))
        if owner is not None and owner != actor:
            return Denied(SESSION_OWNER_ONLY)
    return None


def _satisfaction(actor: str, record: Mapping[str, Any], ctx: Context) -> Any:
    # Answers no longer name anyone (a teacher answers through `survey_answer`); a
    # teacher may still retire (delete) a named answer of hers from before.
    if record.get("deleted"):
        return None
    if not _is_advisor(actor, ctx) or record.get("respondent_id") is not None:
        return Denied(SURVEY_SELF)
    return None


def _survey_answer(record: Mapping[str, Any], existing: Mapping[str, Any] | None) -> Any:
    if not anonymous.anonymous_shape(record):
        return Denied(SURVEY_ANONYMOUS)
    if existing is not None and (
        existing.get("version") != record.get("version")
        or any(
            existing.get(name) != record.get(name)
            for name in ("session_id", "useful", "prepared", "trust", "applied", "comment")
        )
    ):
        return Denied(SURVEY_ANONYMOUS)
    return None


def _attachment(actor: str, record: Mapping[str, Any], ctx: Context) -> Any:
    if not safe_filename(record.get("filename")):
        return Denied(ATTACHMENT_NAME, {"filename": str(record.get("filename"))[:80]})
    if record.get("media_type") not in ALLOWED_MEDIA_TYPES:
        return Denied(ATTACHMENT_TYPE, {"media_type": str(record.get("media_type"))[:80]})
    if record.get("parent_kind") not in ATTACHMENT_PARENTS:
        return Denied(ATTACHMENT_PARENT)
    owner = ctx.owner_of("practice", str(record.get("parent_id") or ""))
    if owner is not None and owner != actor:
        return Denied(ATTACHMENT_PARENT)
    return None


def _consent(actor: str, record: Mapping[str, Any], ctx: Context) -> Any:
    parties = ctx.note_parties(str(record.get("note_id") or ""))
    if parties is not None and parties[1] != actor:
        return Denied(CONSENT_OBSERVED)
    return None


def _reply(actor: str, record: Mapping[str, Any], ctx: Context) -> Any:
    if record.get("visibility") == NETWORK:
        return Denied(NOTE_WIDENED)
    parties = ctx.note_parties(str(record.get("note_id") or ""))
    if parties is not None and actor not in parties:
        return Denied(REPLY_PARTIES)
    return None


def _erasure(
    actor: str, record: Mapping[str, Any], existing: Mapping[str, Any] | None, ctx: Context
) -> Any:
    if record.get("deleted"):
        return Denied(ERASURE_FINAL)
    if existing is not None and existing.get("person_id") != record.get("person_id"):
        return Denied(ERASURE_FINAL)
    if record.get("person_id") != actor and not _is_advisor(actor, ctx):
        return Denied(ERASURE_WHO)
    return None


# Records that hang on a parent of their own author: kind -> (parent kind, field).
PARENTS: dict[str, tuple[str, str]] = {
    "application": ("adoption", "adoption_id"),
    "self_assessment": ("adoption", "adoption_id"),
    "exit_ticket_tally": ("application", "application_id"),
}
SESSION_PARTS = frozenset({"presentation", "attendance", "practice_feedback", "agreement"})
ADVISOR_KINDS = frozenset({"session", "year_plan"})


def _student_figures(actor: str, record: Mapping[str, Any], ctx: Context) -> Any:
    """The advisor records any school's; a teacher only her own school's (a person not
    known here yet is judged when her record arrives: only her signed bundles carry it)."""
    if _is_advisor(actor, ctx):
        return None
    school = ctx.school_of(actor)
    if school is not None and school != record.get("school_id"):
        return Denied(OWN_SCHOOL_ONLY)
    return None


def authorize(  # noqa: PLR0917 (the question has these six parts, in this order)
    kind: str,
    action: str,
    actor: str,
    record: Mapping[str, Any],
    existing: Mapping[str, Any] | None,
    context: Context,
) -> Denied | None:
    """None when `actor` may write `record` (of `kind`) over `existing`; else why not."""
    if record.get("owner") != actor:
        return Denied(NOT_YOURS)
    if kind == "survey_answer":
        return _survey_answer(record, existing)
    if kind == "school":
        return _school(actor, action, record, existing, context)
    if existing is not None and existing.get("owner") not in (None, actor):
        return Denied(NOT_YOURS)
    if kind == "microcentre":
        return _microcentre(actor, action, record, context)
    if kind == "person":
        return _person(actor, record, existing, context)
    if kind in ADVISOR_KINDS:
        return None if _is_advisor(actor, context) else Denied(ADVISOR_ONLY)
    if kind in SESSION_PARTS:
        return _session_part(actor, record, context)
    if kind == "satisfaction_response":
        return _satisfaction(actor, record, context)
    if kind == "attachment":
        return _attachment(actor, record, context)
    if kind == "observation_reply":
        return _reply(actor, record, context)
    if kind == "erasure":
        return _erasure(actor, record, existing, context)
    if kind == "observation_note" and record.get("visibility") == NETWORK:
        return Denied(NOTE_WIDENED)
    if kind == "observation_consent":
        return _consent(actor, record, context)
    if kind == "student_aggregate":
        return _student_figures(actor, record, context)
    if kind in PARENTS:
        parent_kind, field_name = PARENTS[kind]
        return _parent_owned(parent_kind, record.get(field_name), actor, context)
    return None
