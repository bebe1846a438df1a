"""Microcentre sessions: the plan, presentations, attendance, minutes, the evaluation of
presented practices and the satisfaction survey.

The advisor (or coordinator) plans the monthly session and owns it and everything
recorded about it: presentations, attendance, evaluations (`PracticeFeedback`) and the
survey tallies. Everyone else sees them after the consolidated bundle arrives. A teacher
may answer the satisfaction survey for themselves (that answer is theirs).

Warnings are values (`minga.domain.cycle_rules.RuleWarning`) carried by the results: an
agenda over the monthly allowance of 8 horas pedagógicas (360 minutes, counting the other
sessions of the same month), a presentation over its 15-minute slot. Hard problems are
`ValidationErrors`; editing someone else's record is a `PermissionDeniedError` naming the
owner; nothing is ever hard-deleted (tombstones travel).

The helpers at the end (`find_live`, `check_owner`, `require_advisor`...) are shared by
the other services of the cycle (adoption, observation, improvement, indicators).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from minga import display
from minga.core.identity import Actor, current_actor, stamper
from minga.core.records import check_owner, find_live, own, person_name, save
from minga.domain import anonymous, schema
from minga.domain import authorization as authz
from minga.domain import cycle_rules as rules
from minga.domain import validation as v
from minga.domain.cycle_rules import AgendaItem, Ratio, RuleWarning, SessionStatus
from minga.domain.errors import (
    ValidationError,
    ValidationErrors,
)
from minga.domain.vocab import (
    AttendanceStatus,
    Replicability,
    Role,
    SessionModality,
    Visibility,
)
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store.db import Database
from minga.store.models import (
    Attendance,
    MicrocentreSession,
    Person,
    Practice,
    PracticeFeedback,
    Presentation,
    SatisfactionResponse,
    SurveyAnswer,
)
from minga.sync import survey_pool

# The share of a question nobody was asked (answers from before the question existed).
NOT_ASKED = Ratio(0, 0)

# --- Input ----------------------------------------------------------------------------


@dataclass
class SessionInput:
    """The session form. `number` None: the next number of the session's year."""

    date: dt.date | None = None
    title: str = ""
    start_time: str = "09:00"
    place: str = ""
    modality: str = SessionModality.IN_PERSON
    focus: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)
    number: int | None = None
    status: str | None = None  # None: planned for a new session, unchanged on edit
    # The member who chairs the session (the coordination rotates); None: nobody named.
    coordinator_id: str | None = None


def validate_session(data: SessionInput) -> SessionInput:
    """A normalized copy of `data`, or `ValidationErrors` naming every bad field."""
    errors: list[ValidationError] = []

    def attempt(fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except ValidationError as exc:
            errors.append(exc)
            return None

    if data.date is None:
        errors.append(
            ValidationError("date", QT_TRANSLATE_NOOP("errors", "This field is required."))
        )
        date = None
    else:
        date = attempt(rules.parse_date, data.date)
    title = attempt(v.required_text, data.title, "title", v.TITLE_MAX)
    start_time = attempt(rules.validate_start_time, data.start_time)
    place = attempt(v.optional_text, data.place, "place", v.TITLE_MAX)
    focus = attempt(v.optional_text, data.focus, "focus", v.SHORT_TEXT_MAX)
    agenda = attempt(rules.validate_agenda, data.agenda)
    modality = data.modality if data.modality in set(SessionModality) else None
    if modality is None:
        errors.append(
            ValidationError(
                "modality",
                QT_TRANSLATE_NOOP(
                    "errors", "Unknown modality '{value}': use in_person, blended or remote."
                ),
                value=data.modality,
            )
        )
    status = data.status if data.status is None or data.status in set(SessionStatus) else ""
    if status == "":
        errors.append(
            ValidationError(
                "status",
                QT_TRANSLATE_NOOP("errors", "Unknown status '{value}'."),
                value=data.status,
            )
        )
    if data.number is not None and not 1 <= data.number <= 99:
        errors.append(
            ValidationError(
                "number",
                QT_TRANSLATE_NOOP("errors", "The session number must be from 1 to {max}."),
                max=99,
            )
        )
    if errors:
        raise ValidationErrors(errors)
    return SessionInput(
        date=date,
        title=title,
        start_time=start_time,
        place=place,
        modality=modality or SessionModality.IN_PERSON,
        focus=focus,
        agenda=agenda,
        number=data.number,
        status=status or None,
        coordinator_id=data.coordinator_id or None,
    )


@dataclass
class PresentationInput:
    """A practice presented at a session. `presenter_id` None: the practice's author.
    `position` None: after the last one."""

    practice_id: str = ""
    presenter_id: str | None = None
    minutes: int = rules.PRESENTATION_SLOT_MINUTES
    position: int | None = None
    # A guest who is not a member (a university academic, a SLEP advisor): no
    # presenter_id then.
    guest_name: str = ""
    guest_institution: str = ""


@dataclass
class FeedbackInput:
    """The evaluation of a presented practice, as the advisor writes it down.

    `author_id` is the participant whose voice it is (optional)."""

    practice_id: str = ""
    session_id: str | None = None
    author_id: str | None = None
    strengths: str = ""
    suggestions: str = ""
    replicability: str = Replicability.YES
    visibility: str = Visibility.NETWORK


@dataclass
class SatisfactionInput:
    """One answer to the survey (`count` 1: a teacher's own, anonymous; or a paper form
    the advisor types in) or a tally of `count` identical answers (advisor only).
    `respondent_id` must stay None: answers no longer name anyone. `applied` is "I
    brought what I learnt into my practice" (0: not asked, on older paper forms)."""

    useful: int = 4
    prepared: int = 4
    trust: int = 4
    count: int = 1
    respondent_id: str | None = None
    comment: str = ""
    applied: int = 0


# --- Results --------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRef:
    id: str
    name: str
    school_id: str | None = None


@dataclass(frozen=True)
class PresentationInfo:
    id: str
    session_id: str
    practice_id: str
    practice_title: str
    presenter_id: str | None
    presenter_name: str
    position: int
    minutes: int
    is_mine: bool
    warnings: list[RuleWarning]
    guest_institution: str = ""


@dataclass(frozen=True)
class AttendanceEntry:
    id: str
    person_id: str
    person_name: str
    status: str
    note: str


@dataclass(frozen=True)
class SessionDetail:
    id: str
    owner: str
    owner_name: str
    microcentre_id: str | None
    number: int
    date: dt.date
    start_time: str
    title: str
    place: str
    modality: str
    focus: str
    agenda: list[AgendaItem]
    agenda_minutes: int
    minutes_text: str
    status: str
    presentations: list[PresentationInfo]
    attendance: list[AttendanceEntry]
    attendance_rate: Ratio
    warnings: list[RuleWarning]
    is_mine: bool
    updated_at: dt.datetime
    coordinator_id: str | None = None
    coordinator_name: str = ""
    minutes_approved_on: dt.date | None = None


@dataclass(frozen=True)
class SessionRow:
    """One line of the session list (`sessions [--json]`)."""

    id: str
    number: int
    date: dt.date
    start_time: str
    title: str
    place: str
    modality: str
    status: str
    presentations: int
    present: int
    absent: int
    excused: int
    # `status`, or `rules.TO_CLOSE` when the date passed and it is still planned.
    state: str = ""

    @property
    def attendance(self) -> Ratio:
        return rules.attendance_rate(self.present, self.absent, self.excused)

    @property
    def to_close(self) -> bool:
        return self.state == rules.TO_CLOSE

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "number": self.number,
            "start_time": self.start_time,
            "title": self.title,
            "place": self.place,
            "modality": self.modality,
            "status": self.status,
            "state": self.state or self.status,
            "presentations": self.presentations,
            "attendance": {
                "present": self.present,
                "absent": self.absent,
                "excused": self.excused,
                "rate": self.attendance.as_json()["rate"],
            },
        }


@dataclass(frozen=True)
class FeedbackInfo:
    id: str
    practice_id: str
    session_id: str | None
    author_id: str | None
    author_name: str
    strengths: str
    suggestions: str
    replicability: str
    visibility: str
    owner: str
    is_mine: bool


@dataclass(frozen=True)
class SatisfactionInfo:
    id: str
    session_id: str
    respondent_id: str | None
    useful: int
    prepared: int
    trust: int
    count: int
    comment: str
    is_mine: bool
    applied: int = 0
    anonymous: bool = False


@dataclass(frozen=True)
class SatisfactionSummary:
    """Share of answers at 3 or 4 per question, counting tally weights."""

    session_id: str
    answers: int
    useful: Ratio
    prepared: Ratio
    trust: Ratio
    applied: Ratio = NOT_ASKED
    # Anonymous answers held by the advisor's Minga below the threshold (not shown yet).
    waiting: int = 0


# --- The service ----------------------------------------------------------------------


class SessionService:
    """Use cases on microcentre sessions, for the GUI and the CLI alike."""

    def __init__(self, db: Database):
        self.db = db

    # --- the plan -------------------------------------------------------------------

    def plan(
        self, data: SessionInput, attendance: Mapping[str, str] | None = None
    ) -> SessionDetail:
        """A new session of this installation's microcentre (advisor only).

        `attendance` ({person id: status}) records who came in the same transaction,
        for a session entered after it was held.
        """
        with self.db.session() as session:
            actor = current_actor(session)
            require_advisor(actor)
            clean = validate_session(data)
            assert clean.date is not None
            row = MicrocentreSession(microcentre_id=actor.microcentre_id)
            _assign(row, clean)
            row.number = clean.number or _next_number(session, clean.date.year)
            if clean.coordinator_id:
                _check_coordinator(session, clean.coordinator_id)
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            _renumber(session, actor, clean.date.year)
            if attendance:
                _apply_attendance(session, actor, row, attendance, {})
            return self._detail(session, row, actor)

    def update(self, session_id: str, data: SessionInput) -> SessionDetail:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, MicrocentreSession, session_id, actor)
            clean = validate_session(data)
            if clean.coordinator_id:
                _check_coordinator(session, clean.coordinator_id)
            old_year = row.date.year
            _assign(row, clean)
            if clean.number is not None:
                row.number = clean.number
            save(session, actor, row)
            # Numbers follow dates: a session that moves renumbers its year (and the
            # year it left).
            for year in sorted({old_year, row.date.year}):
                _renumber(session, actor, year)
            return self._detail(session, row, actor)

    def set_minutes(self, session_id: str, text: str) -> SessionDetail:
        """The minutes (acta) of the session."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, MicrocentreSession, session_id, actor)
            row.minutes_text = v.optional_text(text, "minutes_text", v.LONG_TEXT_MAX)
            save(session, actor, row)
            return self._detail(session, row, actor)

    def delete(self, session_id: str) -> None:
        """Soft delete (the tombstone travels); `restore` brings it back."""
        self._set_deleted(session_id, True)

    def restore(self, session_id: str) -> None:
        self._set_deleted(session_id, False)

    def _set_deleted(self, session_id: str, deleted: bool) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, MicrocentreSession, session_id, actor, include_deleted=True)
            row.deleted = deleted
            save(session, actor, row)

    # --- presentations --------------------------------------------------------------

    def add_presentation(self, session_id: str, data: PresentationInput) -> PresentationInfo:
        """Puts a practice on the session's programme; warns beyond a 15-minute slot."""
        with self.db.session() as session:
            actor = current_actor(session)
            host = own(session, MicrocentreSession, session_id, actor)
            errors: list[ValidationError] = []
            practice = _practice(session, data.practice_id, errors)
            guest_name = _guest_text(data.guest_name, "guest_name", v.NAME_MAX, errors)
            institution = _guest_text(
                data.guest_institution, "guest_institution", v.TITLE_MAX, errors
            )
            presenter_id = (
                None
                if guest_name
                else (data.presenter_id or (practice.owner if practice else None))
            )
            if presenter_id is not None:
                known_person(session, presenter_id, "presenter", errors)
            try:
                minutes = rules.validate_slot_minutes(data.minutes)
            except ValidationError as exc:
                errors.append(exc)
                minutes = 0
            if practice is not None and session.scalar(
                select(func.count()).where(
                    Presentation.session_id == host.id,
                    Presentation.practice_id == practice.id,
                    Presentation.deleted.is_(False),
                )
            ):
                errors.append(
                    ValidationError(
                        "practice",
                        QT_TRANSLATE_NOOP(
                            "errors", "This practice is already on the session's programme."
                        ),
                    )
                )
            if data.position is not None and not 1 <= data.position <= 99:
                errors.append(
                    ValidationError(
                        "position",
                        QT_TRANSLATE_NOOP("errors", "The position must be from 1 to {max}."),
                        max=99,
                    )
                )
            if errors:
                raise ValidationErrors(errors)
            assert practice is not None
            position = data.position or (
                (
                    session.scalar(
                        select(func.max(Presentation.position)).where(
                            Presentation.session_id == host.id, Presentation.deleted.is_(False)
                        )
                    )
                    or 0
                )
                + 1
            )
            row = Presentation(
                session_id=host.id,
                practice_id=practice.id,
                presenter_id=presenter_id,
                guest_name=guest_name,
                guest_institution=institution if guest_name else "",
                position=position,
                minutes=minutes,
            )
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return self._presentation(session, row, actor)

    def update_presentation(
        self, presentation_id: str, *, minutes: int | None = None, position: int | None = None
    ) -> PresentationInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, Presentation, presentation_id, actor)
            if minutes is not None:
                row.minutes = rules.validate_slot_minutes(minutes)
            if position is not None:
                if not 1 <= position <= 99:
                    raise ValidationError(
                        "position",
                        QT_TRANSLATE_NOOP("errors", "The position must be from 1 to {max}."),
                        max=99,
                    )
                row.position = position
            save(session, actor, row)
            return self._presentation(session, row, actor)

    def remove_presentation(self, presentation_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, Presentation, presentation_id, actor)
            row.deleted = True
            save(session, actor, row)

    # --- attendance -----------------------------------------------------------------

    def record_attendance(
        self,
        session_id: str,
        statuses: Mapping[str, str],
        notes: Mapping[str, str] | None = None,
    ) -> SessionDetail:
        """Sets present / absent / excused for each person id given (others unchanged).

        A planned session whose attendance is taken becomes held.
        """
        with self.db.session() as session:
            actor = current_actor(session)
            host = own(session, MicrocentreSession, session_id, actor)
            _apply_attendance(session, actor, host, statuses, notes or {})
            return self._detail(session, host, actor)

    # --- reading --------------------------------------------------------------------

    def get(self, session_id: str) -> SessionDetail:
        with self.db.session() as session:
            actor = current_actor(session)
            return self._detail(session, find_live(session, MicrocentreSession, session_id), actor)

    def list_sessions(self, year: int | None = None) -> list[SessionRow]:
        """Live sessions in date order (of one calendar year when `year` is given), with
        their number of presentations and attendance (three aggregate queries)."""
        with self.db.session() as session:
            stmt = select(MicrocentreSession).where(MicrocentreSession.deleted.is_(False))
            if year is not None:
                first, last = rules.school_year_bounds(year)
                stmt = stmt.where(MicrocentreSession.date.between(first, last))
            return self._rows(session, stmt)

    def latest_session(self) -> SessionRow | None:
        """The live session with the latest date (planned or held): the one a session
        guide is printed for (`print session-guide --session latest`)."""
        with self.db.session() as session:
            rows = self._rows(
                session,
                select(MicrocentreSession).where(MicrocentreSession.deleted.is_(False)),
                latest=True,
            )
            return rows[0] if rows else None

    def last_held_session(self, today: dt.date | None = None) -> SessionRow | None:
        """The latest live session dated on or before `today` that was marked held. A
        planned session whose date has passed is "to close", never held."""
        today = today or self.db.clock.today()
        with self.db.session() as session:
            rows = self._rows(
                session,
                select(MicrocentreSession).where(
                    MicrocentreSession.deleted.is_(False),
                    MicrocentreSession.date <= today,
                    MicrocentreSession.status == SessionStatus.HELD,
                ),
                latest=True,
            )
            return rows[0] if rows else None

    def _rows(
        self, session: Session, stmt: Select[Any], *, latest: bool = False
    ) -> list[SessionRow]:
        if latest:
            stmt = stmt.order_by(
                MicrocentreSession.date.desc(),
                MicrocentreSession.number.desc(),
                MicrocentreSession.updated_at.desc(),
            ).limit(1)
        else:
            stmt = stmt.order_by(MicrocentreSession.date, MicrocentreSession.number)
        sessions = list(session.scalars(stmt))
        ids = [s.id for s in sessions]
        talks = dict(
            session.execute(
                select(Presentation.session_id, func.count())
                .where(Presentation.deleted.is_(False), Presentation.session_id.in_(ids))
                .group_by(Presentation.session_id)
            ).all()
        )
        counts = attendance_counts(session, ids)
        today = self.db.clock.today()
        result = []
        for s in sessions:
            by_status = counts.get(s.id, {})
            result.append(
                SessionRow(
                    id=s.id,
                    number=s.number,
                    date=s.date,
                    start_time=s.start_time,
                    title=s.title,
                    place=s.place,
                    modality=s.modality,
                    status=s.status,
                    presentations=talks.get(s.id, 0),
                    present=by_status.get(AttendanceStatus.PRESENT, 0),
                    absent=by_status.get(AttendanceStatus.ABSENT, 0),
                    excused=by_status.get(AttendanceStatus.EXCUSED, 0),
                    state=rules.session_state(s.status, s.date, today),
                )
            )
        return result

    # --- evaluation of presented practices ------------------------------------------

    def add_feedback(self, data: FeedbackInput) -> FeedbackInfo:
        """The participants' evaluation of a practice (written down by the advisor)."""
        with self.db.session() as session:
            actor = current_actor(session)
            require_advisor(actor)
            clean = self._clean_feedback(session, data)
            row = PracticeFeedback()
            _assign_feedback(row, clean)
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return self._feedback(session, row, actor)

    def update_feedback(self, feedback_id: str, data: FeedbackInput) -> FeedbackInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, PracticeFeedback, feedback_id, actor)
            clean = self._clean_feedback(session, data)
            _assign_feedback(row, clean)
            save(session, actor, row)
            return self._feedback(session, row, actor)

    def delete_feedback(self, feedback_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, PracticeFeedback, feedback_id, actor)
            row.deleted = True
            save(session, actor, row)

    def list_feedback(
        self, *, practice_id: str | None = None, session_id: str | None = None
    ) -> list[FeedbackInfo]:
        with self.db.session() as session:
            actor = current_actor(session)
            stmt = select(PracticeFeedback).where(PracticeFeedback.deleted.is_(False))
            if practice_id:
                stmt = stmt.where(PracticeFeedback.practice_id == practice_id)
            if session_id:
                stmt = stmt.where(PracticeFeedback.session_id == session_id)
            stmt = stmt.order_by(PracticeFeedback.updated_at, PracticeFeedback.id)
            return [self._feedback(session, row, actor) for row in session.scalars(stmt)]

    def _clean_feedback(self, session: Session, data: FeedbackInput) -> FeedbackInput:
        errors: list[ValidationError] = []
        practice = _practice(session, data.practice_id, errors)
        if data.session_id:
            _known_session(session, data.session_id, errors)
        if data.author_id:
            known_person(session, data.author_id, "author", errors)
        texts = {}
        for name in ("strengths", "suggestions"):
            try:
                texts[name] = v.optional_text(getattr(data, name), name, v.LONG_TEXT_MAX)
            except ValidationError as exc:
                errors.append(exc)
        if data.replicability not in set(Replicability):
            errors.append(
                ValidationError(
                    "replicability",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Unknown replicability '{value}': use yes, with_adjustments or no.",
                    ),
                    value=data.replicability,
                )
            )
        _check_visibility(data.visibility, errors)
        if errors:
            raise ValidationErrors(errors)
        assert practice is not None
        return FeedbackInput(
            practice_id=practice.id,
            session_id=data.session_id or None,
            author_id=data.author_id or None,
            strengths=texts["strengths"],
            suggestions=texts["suggestions"],
            replicability=data.replicability,
            visibility=data.visibility,
        )

    # --- satisfaction survey --------------------------------------------------------

    def record_satisfaction(self, session_id: str, data: SatisfactionInput) -> SatisfactionInfo:
        """A teacher's own answer (anonymous, final) or, for the advisor, paper forms.

        A teacher's answer travels without her name (`survey_answer`, minga.domain.
        anonymous): it cannot be changed once given, and only her computer can show it
        back to her. The advisor types in paper forms, one (`count` 1) or a tally of
        identical ones; no answer names its respondent any more.
        """
        errors = _survey_errors(data)
        try:
            comment = v.optional_text(data.comment, "comment", v.LONG_TEXT_MAX)
        except ValidationError as exc:
            errors.append(exc)
            comment = ""
        with self.db.session() as session:
            actor = current_actor(session)
            host = find_live(session, MicrocentreSession, session_id)
            if actor.role != Role.ADVISOR:
                return self._answer(session, host, data, comment, errors)
            if data.respondent_id:
                errors.append(
                    ValidationError(
                        "respondent",
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Survey answers are anonymous: an answer cannot name who gave it.",
                        ),
                    )
                )
            if errors:
                raise ValidationErrors(errors)
            row = SatisfactionResponse(
                session_id=host.id, respondent_id=None, visibility=Visibility.NETWORK
            )
            row.useful, row.prepared, row.trust = data.useful, data.prepared, data.trust
            row.applied, row.count, row.comment = data.applied, data.count, comment
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return _satisfaction_info(row, is_mine=True)

    def _answer(
        self,
        session: Session,
        host: MicrocentreSession,
        data: SatisfactionInput,
        comment: str,
        errors: list[ValidationError],
    ) -> SatisfactionInfo:
        if data.count != 1:
            errors.append(
                ValidationError(
                    "count",
                    QT_TRANSLATE_NOOP("errors", "A teacher gives one answer, her own."),
                )
            )
        if data.applied not in rules.SATISFACTION_LEVELS:
            errors.append(
                ValidationError(
                    "applied", QT_TRANSLATE_NOOP("errors", "Answer with a level from 1 to 4.")
                )
            )
        if len(comment) > anonymous.COMMENT_MAX:
            errors.append(
                ValidationError(
                    "comment",
                    QT_TRANSLATE_NOOP("errors", "At most {max} characters."),
                    max=anonymous.COMMENT_MAX,
                )
            )
        if errors:
            raise ValidationErrors(errors)
        if survey_pool.pooled(session, host.id):
            raise ValidationErrors(
                [
                    ValidationError(
                        "answer",
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "You already answered this survey. Your answer left without "
                            "your name, so it cannot be changed.",
                        ),
                    )
                ]
            )
        row = SurveyAnswer(
            id=str(uuid.uuid4()),
            owner=anonymous.OWNER,
            version=anonymous.VERSION,
            prev_version=None,
            updated_at=anonymous.UPDATED_AT,
            deleted=False,
            visibility=anonymous.VISIBILITY,
            session_id=host.id,
            useful=data.useful,
            prepared=data.prepared,
            trust=data.trust,
            applied=data.applied,
            comment=schema.cleaned_text(anonymous.KIND, "comment", comment),
        )
        record = {c.name: getattr(row, c.name) for c in SurveyAnswer.__table__.columns}
        denied = authz.authorize(
            anonymous.KIND, authz.CREATE, anonymous.OWNER, record, None, _NoContext()
        )
        if denied is not None:  # pragma: no cover - the row above has the shape
            raise ValueError(denied.text())
        session.add(row)
        session.flush()
        return _answer_info(row)

    def my_survey_answer(self, session_id: str) -> SatisfactionInfo | None:
        """The answer this computer gave to a session's survey (a teacher's computer: her
        own; nobody else's computer can tell it is hers)."""
        with self.db.session() as session:
            actor = current_actor(session)
            if actor.role == Role.ADVISOR:
                return None
            row = session.scalars(
                select(SurveyAnswer).where(
                    SurveyAnswer.session_id == session_id, SurveyAnswer.deleted.is_(False)
                )
            ).first()
            return _answer_info(row) if row is not None else None

    def delete_satisfaction(self, response_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, SatisfactionResponse, response_id, actor)
            row.deleted = True
            save(session, actor, row)

    def satisfaction_summary(self, session_id: str) -> SatisfactionSummary:
        """% answering 3 or 4 per question, counting each tally as its `count` answers.

        Only tallies count (the advisor's, published from 3 anonymous answers on, and
        paper forms); on the advisor's computer `waiting` says how many anonymous answers
        wait for the third.
        """
        with self.db.session() as session:
            actor = current_actor(session)
            find_live(session, MicrocentreSession, session_id)
            rows = session.execute(
                select(
                    SatisfactionResponse.useful,
                    SatisfactionResponse.prepared,
                    SatisfactionResponse.trust,
                    SatisfactionResponse.applied,
                    func.sum(SatisfactionResponse.count),
                )
                .where(
                    SatisfactionResponse.session_id == session_id,
                    SatisfactionResponse.deleted.is_(False),
                )
                .group_by(
                    SatisfactionResponse.useful,
                    SatisfactionResponse.prepared,
                    SatisfactionResponse.trust,
                    SatisfactionResponse.applied,
                )
            ).all()
            pooled = survey_pool.pooled(session, session_id) if actor.role == Role.ADVISOR else 0
        ratios = [rules.satisfaction_rate((row[i], int(row[4])) for row in rows) for i in range(4)]
        return SatisfactionSummary(
            session_id=session_id,
            answers=sum(int(row[4]) for row in rows),
            useful=ratios[0],
            prepared=ratios[1],
            trust=ratios[2],
            applied=ratios[3],
            waiting=pooled if pooled < anonymous.TALLY_MIN else 0,
        )

    # --- building results -----------------------------------------------------------

    def _presentation(self, session: Session, row: Presentation, actor: Actor) -> PresentationInfo:
        practice = session.scalars(select(Practice).where(Practice.id == row.practice_id)).first()
        title = practice.title if practice else ""
        return PresentationInfo(
            id=row.id,
            session_id=row.session_id,
            practice_id=row.practice_id,
            practice_title=title,
            presenter_id=row.presenter_id,
            presenter_name=row.guest_name or person_name(session, row.presenter_id),
            position=row.position,
            minutes=row.minutes,
            is_mine=row.owner == actor.person_id,
            warnings=rules.check_presentation_slot(row.minutes, title),
            guest_institution=row.guest_institution,
        )

    def _detail(self, session: Session, row: MicrocentreSession, actor: Actor) -> SessionDetail:
        presentations = [
            self._presentation(session, p, actor)
            for p in session.scalars(
                select(Presentation)
                .where(Presentation.session_id == row.id, Presentation.deleted.is_(False))
                .order_by(Presentation.position, Presentation.updated_at)
            )
        ]
        names = dict(session.execute(select(Person.id, Person.name)).all())
        attendance = [
            AttendanceEntry(
                id=a.id,
                person_id=a.person_id,
                person_name=names.get(a.person_id, ""),
                status=a.status,
                note=a.note,
            )
            for a in session.scalars(
                select(Attendance).where(
                    Attendance.session_id == row.id, Attendance.deleted.is_(False)
                )
            )
        ]
        attendance.sort(key=lambda a: v.fold(a.person_name))
        counts = attendance_counts(session, [row.id]).get(row.id, {})
        agenda = [
            AgendaItem(
                display.text(item.get("title", ""), "session agenda"),
                display.whole(item.get("minutes"), "session agenda"),
            )
            for item in display.items(row.agenda, "session agenda")
            if isinstance(item, Mapping)
        ]
        minutes = rules.agenda_minutes(agenda)
        warnings = rules.check_allowance(minutes, _other_minutes_in_month(session, row))
        for p in presentations:
            warnings.extend(p.warnings)
        return SessionDetail(
            id=row.id,
            owner=row.owner,
            owner_name=names.get(row.owner, ""),
            microcentre_id=row.microcentre_id,
            number=row.number,
            date=row.date,
            start_time=row.start_time,
            title=row.title,
            place=row.place,
            modality=row.modality,
            focus=row.focus,
            agenda=agenda,
            agenda_minutes=minutes,
            minutes_text=row.minutes_text,
            status=row.status,
            presentations=presentations,
            attendance=attendance,
            attendance_rate=rules.attendance_rate(
                counts.get(AttendanceStatus.PRESENT, 0),
                counts.get(AttendanceStatus.ABSENT, 0),
                counts.get(AttendanceStatus.EXCUSED, 0),
            ),
            warnings=warnings,
            is_mine=row.owner == actor.person_id,
            updated_at=row.updated_at,
            coordinator_id=row.coordinator_id,
            coordinator_name=names.get(row.coordinator_id or "", ""),
            minutes_approved_on=row.minutes_approved_on,
        )

    def _feedback(self, session: Session, row: PracticeFeedback, actor: Actor) -> FeedbackInfo:
        return FeedbackInfo(
            id=row.id,
            practice_id=row.practice_id,
            session_id=row.session_id,
            author_id=row.author_id,
            author_name=person_name(session, row.author_id) if row.author_id else "",
            strengths=row.strengths,
            suggestions=row.suggestions,
            replicability=row.replicability,
            visibility=row.visibility,
            owner=row.owner,
            is_mine=row.owner == actor.person_id,
        )


def _apply_attendance(
    session: Session,
    actor: Actor,
    host: MicrocentreSession,
    statuses: Mapping[str, str],
    notes: Mapping[str, str],
) -> None:
    """Validates and upserts attendance rows; a planned session becomes held."""
    errors: list[ValidationError] = []
    for person_id, status in statuses.items():
        if status not in set(AttendanceStatus):
            errors.append(
                ValidationError(
                    "attendance",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Unknown attendance '{value}': use present, absent or excused.",
                    ),
                    value=status,
                )
            )
        known_person(session, person_id, "attendance", errors)
    clean_notes = {}
    for person_id, note in notes.items():
        try:
            clean_notes[person_id] = v.optional_text(note, "attendance", v.SHORT_TEXT_MAX)
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    existing = {
        row.person_id: row
        for row in session.scalars(
            select(Attendance).where(
                Attendance.session_id == host.id, Attendance.deleted.is_(False)
            )
        )
    }
    for person_id in statuses:
        row = existing.get(person_id)
        if row is not None:
            check_owner(session, row.owner, actor)
    stamp = stamper(session, actor)
    for person_id, status in statuses.items():
        row = existing.get(person_id)
        if row is None:
            row = Attendance(
                session_id=host.id,
                person_id=person_id,
                status=status,
                note=clean_notes.get(person_id, ""),
            )
            stamp.stamp(row, new=True)
            session.add(row)
            continue
        row.status = status
        if person_id in clean_notes:
            row.note = clean_notes[person_id]
        if session.is_modified(row):
            stamp.stamp(row)
    if host.status == SessionStatus.PLANNED and statuses:
        host.status = SessionStatus.HELD
        stamp.stamp(host)
    session.flush()


def _assign(row: MicrocentreSession, data: SessionInput) -> None:
    assert data.date is not None
    row.date = data.date
    row.title = data.title
    row.start_time = data.start_time
    row.place = data.place
    row.modality = data.modality
    row.focus = data.focus
    row.agenda = [item.as_json() for item in data.agenda]
    row.coordinator_id = data.coordinator_id or None
    if data.status:
        row.status = data.status
    elif not row.status:
        row.status = SessionStatus.PLANNED


def _assign_feedback(row: PracticeFeedback, data: FeedbackInput) -> None:
    row.practice_id = data.practice_id
    row.session_id = data.session_id
    row.author_id = data.author_id
    row.strengths = data.strengths
    row.suggestions = data.suggestions
    row.replicability = data.replicability
    row.visibility = data.visibility


def _renumber(session: Session, actor: Actor, year: int) -> None:
    from minga.services.year import renumber

    renumber(session, actor, year)


def _check_coordinator(session: Session, person_id: str) -> None:
    errors: list[ValidationError] = []
    known_person(session, person_id, "coordinator", errors)
    if errors:
        raise ValidationErrors(errors)


def _guest_text(value: str, name: str, limit: int, errors: list[ValidationError]) -> str:
    try:
        return v.optional_text(value or "", name, limit)
    except ValidationError as exc:
        errors.append(exc)
        return ""


def _next_number(session: Session, year: int) -> int:
    first, last = rules.school_year_bounds(year)
    highest = session.scalar(
        select(func.max(MicrocentreSession.number)).where(
            MicrocentreSession.deleted.is_(False),
            MicrocentreSession.date.between(first, last),
        )
    )
    return (highest or 0) + 1


def _other_minutes_in_month(session: Session, row: MicrocentreSession) -> int:
    first = row.date.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    stmt = select(MicrocentreSession.agenda).where(
        MicrocentreSession.deleted.is_(False),
        MicrocentreSession.id != row.id,
        MicrocentreSession.status != SessionStatus.CANCELLED,
        MicrocentreSession.date >= first,
        MicrocentreSession.date < following,
    )
    if row.microcentre_id:
        stmt = stmt.where(
            or_(
                MicrocentreSession.microcentre_id == row.microcentre_id,
                MicrocentreSession.microcentre_id.is_(None),
            )
        )
    return sum(rules.agenda_minutes(agenda or []) for agenda in session.scalars(stmt))


def _practice(session: Session, practice_id: str, errors: list[ValidationError]) -> Practice | None:
    practice = (
        session.scalars(
            select(Practice).where(Practice.id == practice_id, Practice.deleted.is_(False))
        ).first()
        if practice_id
        else None
    )
    if practice is None:
        errors.append(
            ValidationError(
                "practice",
                QT_TRANSLATE_NOOP("errors", "The practice {id} is not in this notebook."),
                id=practice_id or "",
            )
        )
    return practice


def _known_session(session: Session, session_id: str, errors: list[ValidationError]) -> None:
    row = session.get(MicrocentreSession, session_id)
    if row is None or row.deleted:
        errors.append(
            ValidationError(
                "session",
                QT_TRANSLATE_NOOP("errors", "The session {id} is not in this notebook."),
                id=session_id,
            )
        )


def _check_visibility(value: str, errors: list[ValidationError]) -> None:
    if value not in set(Visibility):
        errors.append(
            ValidationError(
                "visibility",
                QT_TRANSLATE_NOOP("errors", "Unknown visibility '{value}'."),
                value=value,
            )
        )


# --- Shared helpers of the cycle services ---------------------------------------------


def require_advisor(actor: Actor) -> None:
    if actor.role != Role.ADVISOR:
        raise rules.AdvisorOnlyError(name=actor.name)


def known_person(
    session: Session, person_id: str, field_name: str, errors: list[ValidationError]
) -> Person | None:
    person = session.get(Person, person_id) if person_id else None
    if person is None or person.deleted:
        errors.append(
            ValidationError(
                field_name,
                QT_TRANSLATE_NOOP("errors", "'{id}' is not a member of the microcentre."),
                id=person_id or "",
            )
        )
        return None
    return person


def teacher_filter() -> Any:
    """People counted as teachers in indicators: anyone but the advisor (a person not
    known yet counts as a teacher: the bundle with their profile may be on its way)."""
    return or_(Person.role.is_(None), Person.role != Role.ADVISOR)


def attendance_counts(
    session: Session, session_ids: Sequence[str] | Select[Any] | None = None
) -> dict[str, dict[str, int]]:
    """{session id: {status: teachers}} over live attendance rows (advisors left out)."""
    stmt = (
        select(Attendance.session_id, Attendance.status, func.count())
        .outerjoin(Person, Person.id == Attendance.person_id)
        .where(Attendance.deleted.is_(False), teacher_filter())
        .group_by(Attendance.session_id, Attendance.status)
    )
    if session_ids is not None:
        stmt = stmt.where(Attendance.session_id.in_(session_ids))
    counts: dict[str, dict[str, int]] = {}
    for session_id, status, n in session.execute(stmt):
        counts.setdefault(session_id, {})[status] = n
    return counts


def active_teachers(session: Session) -> list[PersonRef]:
    """Live teachers whose membership is active, by name."""
    rows = session.execute(
        select(Person.id, Person.name, Person.school_id).where(
            Person.deleted.is_(False),
            Person.role == Role.TEACHER,
            Person.membership == "active",
        )
    ).all()
    people = [PersonRef(r[0], r[1], r[2]) for r in rows]
    people.sort(key=lambda p: v.fold(p.name))
    return people


def microcentre_teachers(db: Database) -> list[PersonRef]:
    """The microcentre's active teachers, by name (the editors' pickers), in one short
    read-only transaction."""
    with db.session() as session:
        return active_teachers(session)


def parse_agenda_item(text: str) -> AgendaItem:
    """`Título:minutos` (the command line's form): the last colon separates the minutes."""
    title, sep, minutes = (text or "").rpartition(":")
    # ASCII digits only, and few: `isdigit` accepts '²' and a 5,000-digit number, which
    # `int` then refuses with an exception instead of this sentence.
    if not sep or not re.fullmatch(r"[0-9]{1,4}", minutes.strip()):
        raise ValidationError(
            "agenda",
            QT_TRANSLATE_NOOP(
                "errors", "'{value}' is not an agenda item; write it as Title:minutes."
            ),
            value=text,
        )
    return AgendaItem(title.strip(), int(minutes.strip()))


def iter_ids(values: Iterable[str]) -> list[str]:
    """Ids typed by a person: stripped, empty ones and repeats left out."""
    seen: list[str] = []
    for value in values:
        text = (value or "").strip()
        if text and text not in seen:
            seen.append(text)
    return seen


class _NoContext:
    """The authorization context of an anonymous answer (its rule asks nothing)."""

    advisor_id = None

    def owner_of(self, kind: str, record_id: str) -> str | None:
        return None

    def note_parties(self, note_id: str) -> tuple[str, str] | None:
        return None

    def role_of(self, person_id: str) -> str | None:
        return None


def _survey_errors(data: SatisfactionInput) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for name in rules.SATISFACTION_QUESTIONS:
        value = getattr(data, name)
        if isinstance(value, bool) or value not in rules.SATISFACTION_LEVELS:
            errors.append(
                ValidationError(
                    name, QT_TRANSLATE_NOOP("errors", "Answer with a level from 1 to 4.")
                )
            )
    if isinstance(data.applied, bool) or data.applied not in (0, *rules.SATISFACTION_LEVELS):
        errors.append(
            ValidationError(
                "applied", QT_TRANSLATE_NOOP("errors", "Answer with a level from 1 to 4.")
            )
        )
    if (
        isinstance(data.count, bool)
        or not isinstance(data.count, int)
        or not 1 <= data.count <= rules.MAX_SURVEY_COUNT
    ):
        errors.append(
            ValidationError(
                "count",
                QT_TRANSLATE_NOOP(
                    "errors", "The number of answers must be a whole number from 1 to {max}."
                ),
                max=rules.MAX_SURVEY_COUNT,
            )
        )
    return errors


def _satisfaction_info(row: SatisfactionResponse, *, is_mine: bool) -> SatisfactionInfo:
    return SatisfactionInfo(
        id=row.id,
        session_id=row.session_id,
        respondent_id=row.respondent_id,
        useful=row.useful,
        prepared=row.prepared,
        trust=row.trust,
        count=row.count,
        comment=row.comment,
        is_mine=is_mine,
        applied=row.applied,
    )


def _answer_info(row: SurveyAnswer) -> SatisfactionInfo:
    return SatisfactionInfo(
        id=row.id,
        session_id=row.session_id,
        respondent_id=None,
        useful=row.useful,
        prepared=row.prepared,
        trust=row.trust,
        count=1,
        comment=row.comment,
        is_mine=True,
        applied=row.applied,
        anonymous=True,
    )
