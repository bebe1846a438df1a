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
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from minga import display
from minga.core.identity import Actor, current_actor, stamper
from minga.core.records import find_live, own, person_name, save
from minga.domain import cycle_rules as rules
from minga.domain import validation as v
from minga.domain.cycle_rules import AgendaItem, SessionStatus
from minga.domain.errors import (
    ValidationError,
    ValidationErrors,
)
from minga.domain.vocab import (
    AttendanceStatus,
    Replicability,
)
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.session_data import (
    NOT_ASKED,
    AttendanceEntry,
    FeedbackInfo,
    FeedbackInput,
    PersonRef,
    PresentationInfo,
    PresentationInput,
    SatisfactionInfo,
    SatisfactionInput,
    SatisfactionSummary,
    SessionDetail,
    SessionInput,
    SessionRow,
    validate_session,
)
from minga.services.session_helpers import (
    active_teachers,
    apply_attendance,
    assign_feedback,
    assign_session,
    attendance_counts,
    check_coordinator,
    check_known_session,
    check_visibility,
    guest_text,
    iter_ids,
    known_person,
    microcentre_teachers,
    next_session_number,
    other_minutes_in_month,
    parse_agenda_item,
    practice_for_session,
    renumber_sessions,
    require_advisor,
    teacher_filter,
)
from minga.services.session_survey import SessionSurveys
from minga.store.db import Database
from minga.store.models import (
    Attendance,
    MicrocentreSession,
    Person,
    Practice,
    PracticeFeedback,
    Presentation,
)

# --- The service ----------------------------------------------------------------------


class SessionService(SessionSurveys):
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
            assign_session(row, clean)
            row.number = clean.number or next_session_number(session, clean.date.year)
            if clean.coordinator_id:
                check_coordinator(session, clean.coordinator_id)
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            renumber_sessions(session, actor, clean.date.year)
            if attendance:
                apply_attendance(session, actor, row, attendance, {})
            return self._detail(session, row, actor)

    def update(self, session_id: str, data: SessionInput) -> SessionDetail:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, MicrocentreSession, session_id, actor)
            clean = validate_session(data)
            if clean.coordinator_id:
                check_coordinator(session, clean.coordinator_id)
            old_year = row.date.year
            assign_session(row, clean)
            if clean.number is not None:
                row.number = clean.number
            save(session, actor, row)
            # Numbers follow dates: a session that moves renumbers its year (and the
            # year it left).
            for year in sorted({old_year, row.date.year}):
                renumber_sessions(session, actor, year)
            return self._detail(session, row, actor)

    def set_minutes(self, session_id: str, text: str) -> SessionDetail:
        """The minutes (acta) of the session."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, MicrocentreSession, session_id, actor)
            row.minutes_text = v.optional_text(text, "minutes_text", v.LONG_TEXT_MAX)
            save(session, actor, row)
            return self._detail(session, row, actor)

    def approve_minutes(
        self, session_id: str, on: dt.date | None = None, *, approved: bool = True
    ) -> SessionDetail:
        """(Advisor) The acta of a session is read and approved at the next session
        ("Lectura y aprobación del acta anterior"): `on` defaults to the date of the next
        session when it has come, else today. `approved=False` takes the approval back."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, MicrocentreSession, session_id, actor)
            if not approved:
                row.minutes_approved_on = None
            else:
                today = self.db.clock.today()
                if on is None:
                    following = session.scalar(
                        select(func.min(MicrocentreSession.date)).where(
                            MicrocentreSession.deleted.is_(False),
                            MicrocentreSession.date > row.date,
                        )
                    )
                    on = following if following is not None and following <= today else today
                if on < row.date:
                    raise ValidationError(
                        "minutes_approved_on",
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The minutes are approved at a later session, not before the "
                            "session itself ({date}).",
                        ),
                        date=row.date.isoformat(),
                    )
                row.minutes_approved_on = on
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
            practice = practice_for_session(session, data.practice_id, errors)
            guest_name = guest_text(data.guest_name, "guest_name", v.NAME_MAX, errors)
            institution = guest_text(
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
            apply_attendance(session, actor, host, statuses, notes or {})
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
            assign_feedback(row, clean)
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return self._feedback(session, row, actor)

    def update_feedback(self, feedback_id: str, data: FeedbackInput) -> FeedbackInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, PracticeFeedback, feedback_id, actor)
            clean = self._clean_feedback(session, data)
            assign_feedback(row, clean)
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
        practice = practice_for_session(session, data.practice_id, errors)
        if data.session_id:
            check_known_session(session, data.session_id, errors)
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
        check_visibility(data.visibility, errors)
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
        warnings = rules.check_allowance(minutes, other_minutes_in_month(session, row))
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


__all__ = [
    "NOT_ASKED",
    "AttendanceEntry",
    "FeedbackInfo",
    "FeedbackInput",
    "PersonRef",
    "PresentationInfo",
    "PresentationInput",
    "SatisfactionInfo",
    "SatisfactionInput",
    "SatisfactionSummary",
    "SessionDetail",
    "SessionInput",
    "SessionRow",
    "SessionService",
    "active_teachers",
    "attendance_counts",
    "iter_ids",
    "known_person",
    "microcentre_teachers",
    "parse_agenda_item",
    "require_advisor",
    "teacher_filter",
    "validate_session",
]
