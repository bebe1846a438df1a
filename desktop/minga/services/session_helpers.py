"""Helpers of the session service (attendance, assignment, numbering, checks of a
session's coordinator, month and practice) and the helpers the other cycle services
share: the advisor's check, people and teachers, attendance counts, agenda items, the
survey's checks (re-exported by `minga.services.sessions`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from minga.core.identity import Actor, stamper
from minga.core.records import check_owner
from minga.domain import cycle_rules as rules
from minga.domain import validation as v
from minga.domain.cycle_rules import AgendaItem, SessionStatus
from minga.domain.errors import (
    ValidationError,
    ValidationErrors,
)
from minga.domain.vocab import (
    AttendanceStatus,
    Role,
    Visibility,
)
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.session_data import (
    FeedbackInput,
    PersonRef,
    SatisfactionInfo,
    SatisfactionInput,
    SessionInput,
)
from minga.store.db import Database
from minga.store.models import (
    Attendance,
    MicrocentreSession,
    Person,
    Practice,
    PracticeFeedback,
    SatisfactionResponse,
    SurveyAnswer,
)


def apply_attendance(
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


def assign_session(row: MicrocentreSession, data: SessionInput) -> None:
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


def assign_feedback(row: PracticeFeedback, data: FeedbackInput) -> None:
    row.practice_id = data.practice_id
    row.session_id = data.session_id
    row.author_id = data.author_id
    row.strengths = data.strengths
    row.suggestions = data.suggestions
    row.replicability = data.replicability
    row.visibility = data.visibility


def renumber_sessions(session: Session, actor: Actor, year: int) -> None:
    from minga.services.year import renumber

    renumber(session, actor, year)


def check_coordinator(session: Session, person_id: str) -> None:
    errors: list[ValidationError] = []
    known_person(session, person_id, "coordinator", errors)
    if errors:
        raise ValidationErrors(errors)


def guest_text(value: str, name: str, limit: int, errors: list[ValidationError]) -> str:
    try:
        return v.optional_text(value or "", name, limit)
    except ValidationError as exc:
        errors.append(exc)
        return ""


def next_session_number(session: Session, year: int) -> int:
    first, last = rules.school_year_bounds(year)
    highest = session.scalar(
        select(func.max(MicrocentreSession.number)).where(
            MicrocentreSession.deleted.is_(False),
            MicrocentreSession.date.between(first, last),
        )
    )
    return (highest or 0) + 1


def other_minutes_in_month(session: Session, row: MicrocentreSession) -> int:
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


def practice_for_session(
    session: Session, practice_id: str, errors: list[ValidationError]
) -> Practice | None:
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


def check_known_session(session: Session, session_id: str, errors: list[ValidationError]) -> None:
    row = session.get(MicrocentreSession, session_id)
    if row is None or row.deleted:
        errors.append(
            ValidationError(
                "session",
                QT_TRANSLATE_NOOP("errors", "The session {id} is not in this notebook."),
                id=session_id,
            )
        )


def check_visibility(value: str, errors: list[ValidationError]) -> None:
    """Adds an error when `value` is not a visibility."""
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


class NoContext:
    """The authorization context of an anonymous answer (its rule asks nothing)."""

    advisor_id = None

    def owner_of(self, kind: str, record_id: str) -> str | None:
        return None

    def note_parties(self, note_id: str) -> tuple[str, str] | None:
        return None

    def role_of(self, person_id: str) -> str | None:
        return None

    def school_of(self, person_id: str) -> str | None:
        return None


def survey_errors(data: SatisfactionInput) -> list[ValidationError]:
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


def satisfaction_info(row: SatisfactionResponse, *, is_mine: bool) -> SatisfactionInfo:
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


def answer_info(row: SurveyAnswer) -> SatisfactionInfo:
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
