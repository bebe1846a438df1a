"""Peer classroom observation (observación de aula entre pares).

The observer writes the note and owns it: date, focus, the protocol's answers (from an
observation-protocol template, a level per item), evidence, strengths, opportunities and
agreements, and chooses whether it stays a draft on her computer (`visibility`
`private`) or is shared (`advisor`, the default). It is formative and never punitive:
the observed teacher sees the notes about them (`notes_about_me`) and answers with
replies that are theirs (`reply`).

**Who reads a note is the observed teacher's choice**, not the observer's (consent): by
default only the observer, she and the advisor; she may let the whole microcentre read
it, and narrow it again (`set_readers`, an `observation_consent` record she owns). The
observer cannot widen a note (`network` is refused here and in every import); bundles
carry a note to the rest of the network only with her consent (minga.sync.export), and
another teacher's notebook shows it only while the consent stands.

Impulso Docente's cycle goes on from the feedback: the note records the one **action
step** agreed with the observed teacher (`action_step`), and a later **follow-up**
observation of the same teacher points at it (`follows_id`, an earlier note by the same
observer). `compare(follow_up_id)` puts the two side by side: each protocol item's level
then and now, on one screen and one page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from minga.core.identity import Actor, current_actor, stamper
from minga.core.records import find_live, own, person_name, save
from minga.domain import cycle_rules as rules
from minga.domain import validation as v
from minga.domain.errors import MingaError, NotFoundError, ValidationError, ValidationErrors
from minga.domain.vocab import Role, TemplateKind, Visibility
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.sessions import known_person
from minga.services.templates import protocol_items, resolve_in
from minga.store.db import Database
from minga.store.models import (
    ObservationConsent,
    ObservationNote,
    ObservationReply,
    Person,
    consent_id,
)

# Who may read a note (the observed teacher's choice): the default, and the choices.
FIRST_NOT_SHARED = QT_TRANSLATE_NOOP(
    "errors",
    "The observation this follow-up compares with is not shared with you ({name} decides "
    "who reads the notes about her), so the comparison cannot be shown or printed here.",
)
READERS_DEFAULT = str(Visibility.ADVISOR)
READERS = (str(Visibility.ADVISOR), str(Visibility.NETWORK))


class ReadersNotAllowedError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Only the observed teacher, {name}, decides who may read this observation note."
    )


class ReplyNotAllowedError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Only the observed teacher, {name}, can reply to this observation note."
    )


@dataclass
class ObservationInput:
    observed_id: str = ""
    observed_on: dt.date | None = None
    focus: str = ""
    protocol: dict[str, int] = field(default_factory=dict)  # {item id: level 1..n}
    evidence: str = ""
    strengths: str = ""
    opportunities: str = ""
    agreements: str = ""
    visibility: str = Visibility.ADVISOR
    template_id: str | None = None  # None: the default observation protocol
    action_step: str = ""  # the one step agreed after the feedback
    follows_id: str | None = None  # a follow-up: the earlier note it follows


@dataclass(frozen=True)
class ReplyInfo:
    id: str
    note_id: str
    owner: str
    owner_name: str
    text: str
    updated_at: dt.datetime
    is_mine: bool


@dataclass(frozen=True)
class ObservationInfo:
    id: str
    observer_id: str
    observer_name: str
    observed_id: str
    observed_name: str
    school_id: str | None
    observed_on: dt.date
    focus: str
    template_id: str | None
    protocol: dict[str, int]
    evidence: str
    strengths: str
    opportunities: str
    agreements: str
    visibility: str
    is_mine: bool
    about_me: bool
    replies: list[ReplyInfo]
    updated_at: dt.datetime
    action_step: str = ""
    follows_id: str | None = None
    # Who may read it, as the observed teacher chose: `advisor` (the observer, she and
    # the advisor; the default) or `network` (the whole microcentre).
    readers: str = READERS_DEFAULT


@dataclass(frozen=True)
class ItemComparison:
    id: str
    label: str
    before: int | None
    after: int | None

    @property
    def change(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class ObservationComparison:
    """A follow-up observation beside the one it follows."""

    first: ObservationInfo
    follow_up: ObservationInfo
    scale: list[str]
    items: list[ItemComparison]

    @property
    def improved(self) -> int:
        return sum(1 for i in self.items if (i.change or 0) > 0)

    @property
    def declined(self) -> int:
        return sum(1 for i in self.items if (i.change or 0) < 0)


_TEXTS = ("evidence", "strengths", "opportunities", "agreements", "action_step")


class ObservationService:
    """Observation notes and the observed teacher's replies."""

    def __init__(self, db: Database):
        self.db = db

    # --- notes ----------------------------------------------------------------------

    def create(self, data: ObservationInput) -> ObservationInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            clean, template_id, observed_school = self._clean(session, data, actor)
            row = ObservationNote(template_id=template_id, school_id=observed_school)
            _assign(row, clean)
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return self._info(session, row, actor)

    def update(self, note_id: str, data: ObservationInput) -> ObservationInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ObservationNote, note_id, actor)
            clean, template_id, observed_school = self._clean(
                session, data, actor, default_template=row.template_id
            )
            _assign(row, clean)
            row.template_id, row.school_id = template_id, observed_school
            save(session, actor, row)
            return self._info(session, row, actor)

    def delete(self, note_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ObservationNote, note_id, actor)
            row.deleted = True
            save(session, actor, row)

    def get(self, note_id: str) -> ObservationInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = find_live(session, ObservationNote, note_id)
            if row.visibility == Visibility.PRIVATE and row.owner != actor.person_id:
                raise NotFoundError(id=note_id)  # another person's private note
            if not _may_read(row, actor, _readers(session, row)):
                raise NotFoundError(id=note_id)  # the observed teacher did not widen it
            return self._info(session, row, actor)

    def my_notes(self) -> list[ObservationInfo]:
        """Notes this installation's person wrote, newest observation first."""
        with self.db.session() as session:
            actor = current_actor(session)
            return self._list(
                session,
                actor,
                select(ObservationNote).where(ObservationNote.owner == actor.person_id),
            )

    def notes_about_me(self) -> list[ObservationInfo]:
        """Notes about this installation's person (that reached this notebook)."""
        with self.db.session() as session:
            actor = current_actor(session)
            return self._list(
                session,
                actor,
                select(ObservationNote).where(ObservationNote.observed_id == actor.person_id),
            )

    def list_notes(self, *, observed_id: str | None = None) -> list[ObservationInfo]:
        """Every note here (others' private notes never show), optionally about one
        teacher: the advisor's overview."""
        with self.db.session() as session:
            actor = current_actor(session)
            stmt = select(ObservationNote)
            if observed_id:
                stmt = stmt.where(ObservationNote.observed_id == observed_id)
            return self._list(session, actor, stmt)

    def _list(self, session: Session, actor: Actor, stmt: Any) -> list[ObservationInfo]:
        stmt = stmt.where(
            ObservationNote.deleted.is_(False),
            or_(
                ObservationNote.visibility != Visibility.PRIVATE,
                ObservationNote.owner == actor.person_id,
            ),
        ).order_by(ObservationNote.observed_on.desc(), ObservationNote.updated_at.desc())
        rows = list(session.scalars(stmt))
        # Who may read each note (the observed teachers' consents) in one query too.
        consents = {
            c.note_id: c
            for c in session.scalars(
                select(ObservationConsent).where(
                    ObservationConsent.note_id.in_([r.id for r in rows])
                )
            )
        }
        readers = {r.id: _readers_of(r, consents.get(r.id)) for r in rows}
        rows = [r for r in rows if _may_read(r, actor, readers[r.id])]
        # The people and the replies in two queries rather than three per note: the
        # session keeps the people it holds a reference to, so `person_name` finds them.
        people = list(session.scalars(select(Person)))
        replies: dict[str, list[ObservationReply]] = {}
        for reply in session.scalars(
            select(ObservationReply)
            .where(
                ObservationReply.note_id.in_([r.id for r in rows]),
                ObservationReply.deleted.is_(False),
            )
            .order_by(ObservationReply.updated_at, ObservationReply.id)
        ):
            replies.setdefault(reply.note_id, []).append(reply)
        result = [
            self._info(session, row, actor, replies.get(row.id, []), readers[row.id])
            for row in rows
        ]
        del people
        return result

    # --- consent: who may read a note ------------------------------------------------

    def set_readers(self, note_id: str, readers: str) -> ObservationInfo:
        """(The observed teacher) Who may read a note about her: `advisor` (the observer,
        she and the advisor) or `network` (the whole microcentre). Her consent travels
        in her bundles; narrowing it again stops the note from travelling further and
        hides it on the other teachers' computers."""
        if readers not in READERS:
            raise ValidationError(
                "readers",
                QT_TRANSLATE_NOOP("errors", "Unknown choice of readers '{value}'."),
                value=readers,
            )
        with self.db.session() as session:
            actor = current_actor(session)
            note = find_live(session, ObservationNote, note_id)
            if note.observed_id != actor.person_id:
                raise ReadersNotAllowedError(name=person_name(session, note.observed_id))
            row = session.get(ObservationConsent, consent_id(note.id))
            if row is None:
                row = ObservationConsent(id=consent_id(note.id), note_id=note.id, readers=readers)
                stamper(session, actor).stamp(row, new=True)
                session.add(row)
                session.flush()
            else:
                row.readers = readers
                row.deleted = False
                save(session, actor, row)
            return self._info(session, note, actor)

    # --- replies --------------------------------------------------------------------

    def reply(self, note_id: str, text: str) -> ReplyInfo:
        """The observed teacher answers a note about them; the reply is theirs and goes
        where the note goes."""
        with self.db.session() as session:
            actor = current_actor(session)
            note = find_live(session, ObservationNote, note_id)
            if note.observed_id != actor.person_id:
                raise ReplyNotAllowedError(name=person_name(session, note.observed_id))
            clean = v.required_text(text, "text", v.LONG_TEXT_MAX)
            row = ObservationReply(note_id=note.id, text=clean, visibility=note.visibility)
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return _reply(session, row, actor)

    def update_reply(self, reply_id: str, text: str) -> ReplyInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ObservationReply, reply_id, actor)
            row.text = v.required_text(text, "text", v.LONG_TEXT_MAX)
            save(session, actor, row)
            return _reply(session, row, actor)

    def delete_reply(self, reply_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, ObservationReply, reply_id, actor)
            row.deleted = True
            save(session, actor, row)

    # --- helpers --------------------------------------------------------------------

    def _clean(
        self,
        session: Session,
        data: ObservationInput,
        actor: Actor,
        *,
        default_template: str | None = None,
    ) -> tuple[ObservationInput, str, str | None]:
        errors: list[ValidationError] = []

        def attempt(fn: Any, *args: Any) -> Any:
            try:
                return fn(*args)
            except ValidationError as exc:
                errors.append(exc)
                return None

        observed = known_person(session, data.observed_id, "observed", errors)
        if observed is not None and observed.id == actor.person_id:
            errors.append(
                ValidationError(
                    "observed",
                    QT_TRANSLATE_NOOP(
                        "errors", "An observation note is about a colleague, not about yourself."
                    ),
                )
            )
        if data.observed_on is None:
            errors.append(
                ValidationError("date", QT_TRANSLATE_NOOP("errors", "This field is required."))
            )
            observed_on = None
        else:
            observed_on = attempt(rules.parse_date, data.observed_on)
        focus = attempt(v.required_text, data.focus, "focus", v.SHORT_TEXT_MAX)
        texts = {
            name: attempt(v.optional_text, getattr(data, name), name, v.LONG_TEXT_MAX)
            for name in _TEXTS
        }
        if data.visibility not in set(Visibility):
            errors.append(
                ValidationError(
                    "visibility",
                    QT_TRANSLATE_NOOP("errors", "Unknown visibility '{value}'."),
                    value=data.visibility,
                )
            )
        elif data.visibility == Visibility.NETWORK:
            errors.append(
                ValidationError(
                    "visibility",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Whether the whole microcentre may read a note is the observed "
                        "teacher's choice: keep it as a draft or share it with her and the "
                        "advisor.",
                    ),
                )
            )
        template_id, body = resolve_in(
            session, TemplateKind.OBSERVATION_PROTOCOL, data.template_id or default_template
        )
        protocol = _clean_protocol(data.protocol, *protocol_items(body), errors)
        follows_id = (data.follows_id or "").strip() or None
        if follows_id is not None:
            first = session.get(ObservationNote, follows_id)
            if (
                first is None
                or first.deleted
                or first.owner != actor.person_id
                or (observed is not None and first.observed_id != observed.id)
                or (observed_on is not None and first.observed_on >= observed_on)
            ):
                errors.append(
                    ValidationError(
                        "follows",
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "A follow-up follows an earlier note of yours about the same teacher.",
                        ),
                    )
                )
        if errors:
            raise ValidationErrors(errors)
        assert observed is not None
        clean = ObservationInput(
            observed_id=observed.id,
            observed_on=observed_on,
            focus=focus,
            protocol=protocol,
            visibility=data.visibility,
            template_id=template_id,
            follows_id=follows_id,
            **texts,
        )
        return clean, template_id, observed.school_id

    def _info(
        self,
        session: Session,
        row: ObservationNote,
        actor: Actor,
        reply_rows: list[ObservationReply] | None = None,
        readers: str | None = None,
    ) -> ObservationInfo:
        if reply_rows is None:
            reply_rows = list(
                session.scalars(
                    select(ObservationReply)
                    .where(ObservationReply.note_id == row.id, ObservationReply.deleted.is_(False))
                    .order_by(ObservationReply.updated_at, ObservationReply.id)
                )
            )
        replies = [_reply(session, r, actor) for r in reply_rows]
        return ObservationInfo(
            id=row.id,
            observer_id=row.owner,
            observer_name=person_name(session, row.owner),
            observed_id=row.observed_id,
            observed_name=person_name(session, row.observed_id),
            school_id=row.school_id,
            observed_on=row.observed_on,
            focus=row.focus,
            template_id=row.template_id,
            protocol={
                k: val
                for k, val in (row.protocol if isinstance(row.protocol, dict) else {}).items()
                if type(val) is int  # a stored level that is not one is left out
            },
            evidence=row.evidence,
            strengths=row.strengths,
            opportunities=row.opportunities,
            agreements=row.agreements,
            visibility=row.visibility,
            is_mine=row.owner == actor.person_id,
            about_me=row.observed_id == actor.person_id,
            replies=replies,
            updated_at=row.updated_at,
            action_step=row.action_step or "",
            follows_id=row.follows_id,
            readers=readers or _readers(session, row),
        )

    # --- the follow-up --------------------------------------------------------------

    def follow_ups(self, note_id: str) -> list[ObservationInfo]:
        """The live notes that follow `note_id`, oldest first."""
        with self.db.session() as session:
            actor = current_actor(session)
            stmt = select(ObservationNote).where(ObservationNote.follows_id == note_id)
            return list(reversed(self._list(session, actor, stmt)))

    def compare(self, follow_up_id: str) -> ObservationComparison:
        """The follow-up beside the note it follows: each item's level then and now, in
        the order of the first note's protocol."""
        follow_up = self.get(follow_up_id)
        if not follow_up.follows_id:
            raise ValidationError(
                "follows",
                QT_TRANSLATE_NOOP("errors", "This note is not a follow-up of another one."),
            )
        try:
            first = self.get(follow_up.follows_id)
        except NotFoundError:
            # The first note is not on this computer, or its observed teacher keeps it
            # between her, the observer and the advisor: the comparison would show it.
            raise MingaError(FIRST_NOT_SHARED, name=follow_up.observed_name) from None
        with self.db.session() as session:
            _id, body = resolve_in(session, TemplateKind.OBSERVATION_PROTOCOL, first.template_id)
        labels = {str(i["id"]): str(i.get("label", i["id"])) for i in body.get("items", [])}
        order = list(labels) + sorted((set(first.protocol) | set(follow_up.protocol)) - set(labels))
        items = [
            ItemComparison(key, labels.get(key, key), first.protocol.get(key),
                           follow_up.protocol.get(key))
            for key in order
            if key in first.protocol or key in follow_up.protocol
        ]  # fmt: skip
        return ObservationComparison(first, follow_up, list(body.get("scale") or []), items)


def _clean_protocol(
    answers: Mapping[str, Any], items: list[str], levels: int, errors: list[ValidationError]
) -> dict[str, int]:
    clean: dict[str, int] = {}
    for item, value in answers.items():
        if item not in items:
            errors.append(
                ValidationError(
                    "protocol",
                    QT_TRANSLATE_NOOP("errors", "'{item}' is not an item of the protocol."),
                    item=item,
                )
            )
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= levels:
            errors.append(
                ValidationError(
                    "protocol",
                    QT_TRANSLATE_NOOP("errors", "Answer '{item}' with a level from 1 to {max}."),
                    item=item,
                    max=levels,
                )
            )
            continue
        clean[item] = value
    return clean


def _assign(row: ObservationNote, data: ObservationInput) -> None:
    assert data.observed_on is not None
    row.observed_id = data.observed_id
    row.observed_on = data.observed_on
    row.focus = data.focus
    row.protocol = data.protocol
    row.evidence = data.evidence
    row.strengths = data.strengths
    row.opportunities = data.opportunities
    row.agreements = data.agreements
    row.action_step = data.action_step
    row.follows_id = data.follows_id
    row.visibility = data.visibility


def _readers_of(note: ObservationNote, consent: ObservationConsent | None) -> str:
    """Who may read `note`: its observed teacher's consent (`advisor` without one)."""
    if consent is None or consent.deleted or consent.owner != note.observed_id:
        return READERS_DEFAULT
    return consent.readers if consent.readers in READERS else READERS_DEFAULT


def _readers(session: Session, note: ObservationNote) -> str:
    return _readers_of(note, session.get(ObservationConsent, consent_id(note.id)))


def _may_read(note: ObservationNote, actor: Actor, readers: str) -> bool:
    """The observer, the observed teacher and the advisor read a shared note; anyone
    else only while the observed teacher lets the whole microcentre read it."""
    if actor.person_id in (note.owner, note.observed_id) or actor.role == Role.ADVISOR:
        return True
    return readers == Visibility.NETWORK


def _reply(session: Session, row: ObservationReply, actor: Actor) -> ReplyInfo:
    return ReplyInfo(
        id=row.id,
        note_id=row.note_id,
        owner=row.owner,
        owner_name=person_name(session, row.owner),
        text=row.text,
        updated_at=row.updated_at,
        is_mine=row.owner == actor.person_id,
    )
