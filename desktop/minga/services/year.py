"""The advisor's school year: the year plan (focus, goal, calendar), sessions numbered by
date, the acta's agreements and the Decreto 1.107 record of hours per month.

The advisor writes the year plan and the agreements (they belong to her sessions); every
member reads them once the consolidated bundle arrives. A year without a stored plan
shows the default calendar of `minga.domain.school_year` with `confirmed` False: the
advisor confirms or edits it (regional calendars differ).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from minga import display
from minga.core.identity import Actor, current_actor, stamper
from minga.core.records import find_live, own, person_name, save
from minga.domain import cycle_rules as rules
from minga.domain import school_year as sy
from minga.domain import validation as v
from minga.domain.cycle_rules import SessionStatus
from minga.domain.errors import ValidationError, ValidationErrors
from minga.i18n import QT_TRANSLATE_NOOP
from minga.services.sessions import known_person, require_advisor
from minga.store.db import Database
from minga.store.models import (
    Agreement,
    Microcentre,
    MicrocentreSession,
    Practice,
    Presentation,
    YearPlan,
)

# --- the year plan --------------------------------------------------------------------


@dataclass
class YearPlanInput:
    year: int
    focus: str = ""
    goal: int = sy.DEFAULT_GOAL
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    breaks: list[sy.Break] | None = None  # None: the default calendar's
    meeting_week: int = sy.LAST_WEEK
    meeting_weekday: int = sy.DEFAULT_WEEKDAY


@dataclass(frozen=True)
class PlannedSession:
    id: str
    number: int
    date: dt.date
    title: str
    state: str
    modality: str
    minutes: int


@dataclass(frozen=True)
class MonthPlan:
    month: int
    suggested: dt.date | None
    sessions: list[PlannedSession]
    hours: sy.MonthHours | None


@dataclass(frozen=True)
class YearPlanInfo:
    year: int
    confirmed: bool
    focus: str
    goal: int
    calendar: sy.Calendar
    months: list[MonthPlan] = field(default_factory=list)
    id: str | None = None

    def as_json(self) -> dict[str, Any]:
        cal = self.calendar
        return {
            "year": self.year,
            "confirmed": self.confirmed,
            "id": self.id,
            "focus": self.focus,
            "goal": self.goal,
            "starts_on": cal.starts_on.isoformat(),
            "ends_on": cal.ends_on.isoformat(),
            "breaks": [b.as_json() for b in cal.breaks],
            "meeting_week": cal.meeting_week,
            "meeting_weekday": cal.meeting_weekday,
            "months": [
                {
                    "month": m.month,
                    "suggested": m.suggested.isoformat() if m.suggested else None,
                    "sessions": [
                        {
                            "id": s.id,
                            "number": s.number,
                            "date": s.date.isoformat(),
                            "title": s.title,
                            "state": s.state,
                            "modality": s.modality,
                            "minutes": s.minutes,
                        }
                        for s in m.sessions
                    ],
                    "hours": m.hours.as_json() if m.hours else None,
                }
                for m in self.months
            ],
        }


def plan_row(session: Session, year: int) -> YearPlan | None:
    return session.scalars(
        select(YearPlan)
        .where(YearPlan.year == year, YearPlan.deleted.is_(False))
        .order_by(YearPlan.updated_at.desc(), YearPlan.id)
    ).first()


def year_targets(session: Session, year: int, microcentre_id: str | None) -> tuple[str, int]:
    """(annual focus, goal of practices) of a year: the year plan's, else the
    microcentre's (a network that has not planned its year yet), else ("", 7)."""
    plan = plan_row(session, year)
    if plan is not None:
        return plan.focus, plan.goal_practices
    stmt = select(Microcentre.annual_focus, Microcentre.annual_goal_practices).where(
        Microcentre.deleted.is_(False)
    )
    if microcentre_id:
        stmt = stmt.where(Microcentre.id == microcentre_id)
    row = session.execute(stmt).first()
    if row is None:
        return "", sy.DEFAULT_GOAL
    return row[0] or "", row[1] if row[1] is not None else sy.DEFAULT_GOAL


def calendar_of(plan: YearPlan | None, year: int) -> sy.Calendar:
    if plan is None:
        return sy.default_calendar(year)
    breaks = []
    for item in plan.breaks or []:
        try:
            breaks.append(sy.Break.from_json(item))
        except (KeyError, TypeError, ValueError):
            continue  # the schema checked it; a damaged row only loses that break
    return sy.Calendar(
        year,
        plan.starts_on,
        plan.ends_on,
        tuple(breaks),
        plan.meeting_week,
        plan.meeting_weekday,
    )


def session_minutes(session: Session, row: MicrocentreSession) -> int:
    """The session's length as the Decreto counts it: its agenda built from the
    programme (placeholders give way to the presentations' own minutes)."""
    return sum(r.minutes for r in built_agenda(session, row))


def built_agenda(session: Session, row: MicrocentreSession) -> list[sy.AgendaRow]:
    items = [
        (
            display.text(item.get("title", ""), "session agenda"),
            display.whole(item.get("minutes"), "session agenda"),
        )
        for item in (row.agenda or [])
        if isinstance(item, dict)
    ]
    talks = session.execute(
        select(Presentation, Practice.title)
        .outerjoin(Practice, Practice.id == Presentation.practice_id)
        .where(Presentation.session_id == row.id, Presentation.deleted.is_(False))
        .order_by(Presentation.position, Presentation.updated_at)
    ).all()
    programme = []
    for talk, title in talks:
        who = talk.guest_name or person_name(session, talk.presenter_id)
        programme.append((f"{title or ''} ({who})", talk.minutes))
    return sy.agenda_with_programme(items, programme)


def renumber(session: Session, actor: Actor, year: int) -> None:
    """Numbers the year's live sessions 1, 2, 3... by date; only rows whose number
    changes get a new version (the advisor owns them all)."""
    first, last = rules.school_year_bounds(year)
    rows = list(
        session.scalars(
            select(MicrocentreSession).where(
                MicrocentreSession.deleted.is_(False),
                MicrocentreSession.date.between(first, last),
            )
        )
    )
    numbers = sy.numbering((r.id, r.date, r.start_time) for r in rows)
    stamp = stamper(session, actor)
    for row in rows:
        if row.number != numbers[row.id] and row.owner == actor.person_id:
            row.number = numbers[row.id]
            stamp.stamp(row)
    session.flush()


class YearService:
    def __init__(self, db: Database):
        self.db = db

    def default(self, year: int) -> YearPlanInput:
        cal = sy.default_calendar(year)
        return YearPlanInput(
            year=year,
            starts_on=cal.starts_on,
            ends_on=cal.ends_on,
            breaks=list(cal.breaks),
            meeting_week=cal.meeting_week,
            meeting_weekday=cal.meeting_weekday,
        )

    def get(self, year: int) -> YearPlanInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            return self._info(session, actor, year)

    def set(self, data: YearPlanInput) -> YearPlanInfo:
        """Writes the year plan (advisor only); missing dates keep the stored plan's
        or take the default calendar's."""
        with self.db.session() as session:
            actor = current_actor(session)
            require_advisor(actor)
            if not rules_year_ok(data.year):
                raise ValidationError(
                    "year",
                    QT_TRANSLATE_NOOP("errors", "The year must be from {min} to {max}."),
                    min=2000,
                    max=2100,
                )
            row = plan_row(session, data.year)
            base = calendar_of(row, data.year)
            starts = data.starts_on or base.starts_on
            ends = data.ends_on or base.ends_on
            breaks = list(base.breaks) if data.breaks is None else list(data.breaks)
            errors: list[ValidationError] = []
            try:
                focus = v.optional_text(data.focus, "focus", v.SHORT_TEXT_MAX)
            except ValidationError as exc:
                errors.append(exc)
                focus = ""
            if isinstance(data.goal, bool) or not 0 <= data.goal <= 100:
                errors.append(
                    ValidationError(
                        "goal",
                        QT_TRANSLATE_NOOP(
                            "errors", "The goal must be a number of practices from 0 to {max}."
                        ),
                        max=100,
                    )
                )
            try:
                sy.validate_calendar(
                    data.year, starts, ends, breaks, data.meeting_week, data.meeting_weekday
                )
            except ValidationErrors as exc:
                errors.extend(exc.errors)
            if errors:
                raise ValidationErrors(errors)
            new = row is None
            if row is None:
                row = YearPlan(microcentre_id=actor.microcentre_id, year=data.year)
            row.focus = focus
            row.goal_practices = data.goal
            row.starts_on, row.ends_on = starts, ends
            row.breaks = [b.as_json() for b in sorted(breaks, key=lambda b: b.start)]
            row.meeting_week, row.meeting_weekday = data.meeting_week, data.meeting_weekday
            if new:
                stamper(session, actor).stamp(row, new=True)
                session.add(row)
                session.flush()
            else:
                save(session, actor, row)
            return self._info(session, actor, data.year)

    def hours_by_month(self, year: int) -> list[sy.MonthHours]:
        """Decreto 1.107: pedagogical hours per month of the year's sessions that were
        held or are planned (cancelled ones left out)."""
        with self.db.session() as session:
            return sy.hours_by_month(
                (s.date, session_minutes(session, s)) for s in _year_sessions(session, year)
            )

    def _info(self, session: Session, actor: Actor, year: int) -> YearPlanInfo:
        row = plan_row(session, year)
        cal = calendar_of(row, year)
        focus, goal = year_targets(session, year, actor.microcentre_id)
        suggested = sy.suggested_dates(cal)
        today = self.db.clock.today()
        by_month: dict[int, list[PlannedSession]] = {}
        minutes_of: list[tuple[dt.date, int]] = []
        for s in _year_sessions(session, year, cancelled=True):
            minutes = session_minutes(session, s)
            by_month.setdefault(s.date.month, []).append(
                PlannedSession(
                    s.id,
                    s.number,
                    s.date,
                    s.title,
                    rules.session_state(s.status, s.date, today),
                    s.modality,
                    minutes,
                )
            )
            if s.status != SessionStatus.CANCELLED:
                minutes_of.append((s.date, minutes))
        hours = {int(h.month[5:]): h for h in sy.hours_by_month(minutes_of)}
        months = sorted(set(suggested) | set(by_month))
        return YearPlanInfo(
            year=year,
            confirmed=row is not None,
            focus=focus,
            goal=goal,
            calendar=cal,
            months=[
                MonthPlan(m, suggested.get(m), by_month.get(m, []), hours.get(m)) for m in months
            ],
            id=row.id if row is not None else None,
        )


def rules_year_ok(year: int) -> bool:
    return isinstance(year, int) and not isinstance(year, bool) and 2000 <= year <= 2100


def _year_sessions(
    session: Session, year: int, *, cancelled: bool = False
) -> list[MicrocentreSession]:
    first, last = rules.school_year_bounds(year)
    stmt = select(MicrocentreSession).where(
        MicrocentreSession.deleted.is_(False), MicrocentreSession.date.between(first, last)
    )
    if not cancelled:
        stmt = stmt.where(MicrocentreSession.status != SessionStatus.CANCELLED)
    return list(
        session.scalars(stmt.order_by(MicrocentreSession.date, MicrocentreSession.start_time))
    )


# --- agreements -----------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementInfo:
    id: str
    session_id: str
    session_number: int
    session_date: dt.date | None
    text: str
    responsible_id: str | None
    responsible_name: str  # "" for the whole network
    due_on: dt.date | None
    done_on: dt.date | None
    overdue: bool

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "session_id": self.session_id,
            "session_number": self.session_number,
            "session_date": self.session_date.isoformat() if self.session_date else None,
            "text": self.text,
            "responsible_id": self.responsible_id,
            "responsible": self.responsible_name or None,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "done_on": self.done_on.isoformat() if self.done_on else None,
            "state": "done" if self.done else ("overdue" if self.overdue else "open"),
        }


AGREEMENT_MAX = 2_000


class AgreementService:
    """The acta's agreements: what, who (a member or the whole network), by when, done."""

    def __init__(self, db: Database):
        self.db = db

    def add(
        self,
        session_id: str,
        text: str,
        *,
        responsible_id: str | None = None,
        due_on: dt.date | None = None,
    ) -> AgreementInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            host = own(session, MicrocentreSession, session_id, actor)
            errors: list[ValidationError] = []
            clean = ""
            try:
                clean = v.required_text(text, "text", AGREEMENT_MAX)
            except ValidationError as exc:
                errors.append(exc)
            if responsible_id:
                known_person(session, responsible_id, "responsible", errors)
            if errors:
                raise ValidationErrors(errors)
            row = Agreement(
                session_id=host.id,
                text=clean,
                responsible_id=responsible_id or None,
                due_on=due_on,
                done_on=None,
            )
            stamper(session, actor).stamp(row, new=True)
            session.add(row)
            session.flush()
            return self._info(session, row)

    def mark_done(self, agreement_id: str, on: dt.date | None = None) -> AgreementInfo:
        """Done on `on` (today by default)."""
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, Agreement, agreement_id, actor)
            row.done_on = on or self.db.clock.today()
            save(session, actor, row)
            return self._info(session, row)

    def reopen(self, agreement_id: str) -> AgreementInfo:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, Agreement, agreement_id, actor)
            row.done_on = None
            save(session, actor, row)
            return self._info(session, row)

    def delete(self, agreement_id: str) -> None:
        with self.db.session() as session:
            actor = current_actor(session)
            row = own(session, Agreement, agreement_id, actor)
            row.deleted = True
            save(session, actor, row)

    def get(self, agreement_id: str) -> AgreementInfo:
        with self.db.session() as session:
            return self._info(session, find_live(session, Agreement, agreement_id))

    def list(
        self,
        *,
        session_id: str | None = None,
        open_only: bool = False,
        responsible_id: str | None = None,
        before: dt.date | None = None,
    ) -> list[AgreementInfo]:
        """Agreements in the order of their sessions. `responsible_id` keeps the
        person's own and the whole network's; `before` those of sessions before a date
        (what the next session reviews)."""
        with self.db.session() as session:
            stmt = (
                select(Agreement)
                .outerjoin(MicrocentreSession, MicrocentreSession.id == Agreement.session_id)
                .where(Agreement.deleted.is_(False))
            )
            if session_id:
                stmt = stmt.where(Agreement.session_id == session_id)
            if open_only:
                stmt = stmt.where(Agreement.done_on.is_(None))
            if responsible_id:
                stmt = stmt.where(
                    or_(
                        Agreement.responsible_id == responsible_id,
                        Agreement.responsible_id.is_(None),
                    )
                )
            if before is not None:
                stmt = stmt.where(MicrocentreSession.date < before)
            stmt = stmt.order_by(
                MicrocentreSession.date, Agreement.due_on, Agreement.updated_at, Agreement.id
            )
            return [self._info(session, row) for row in session.scalars(stmt)]

    def _info(self, session: Session, row: Agreement) -> AgreementInfo:
        host = session.get(MicrocentreSession, row.session_id)
        today = self.db.clock.today()
        return AgreementInfo(
            id=row.id,
            session_id=row.session_id,
            session_number=host.number if host else 0,
            session_date=host.date if host else None,
            text=row.text,
            responsible_id=row.responsible_id,
            responsible_name=person_name(session, row.responsible_id),
            due_on=row.due_on,
            done_on=row.done_on,
            overdue=row.done_on is None and row.due_on is not None and row.due_on < today,
        )


def previous_session(session: Session, row: MicrocentreSession) -> MicrocentreSession | None:
    """The live session before this one (by date), whose acta this one approves."""
    return session.scalars(
        select(MicrocentreSession)
        .where(
            MicrocentreSession.deleted.is_(False),
            MicrocentreSession.status != SessionStatus.CANCELLED,
            or_(
                MicrocentreSession.date < row.date,
                (MicrocentreSession.date == row.date)
                & (MicrocentreSession.start_time < row.start_time),
            ),
        )
        .order_by(MicrocentreSession.date.desc(), MicrocentreSession.start_time.desc())
        .limit(1)
    ).first()


def approve_previous_minutes(db: Database, session_id: str) -> str | None:
    """At session `session_id` the previous session's acta was read and approved: it
    gets this session's date. Returns the previous session's id (None: there is none)."""
    with db.session() as session:
        actor = current_actor(session)
        host = own(session, MicrocentreSession, session_id, actor)
        prev = previous_session(session, host)
        if prev is None:
            return None
        row = own(session, MicrocentreSession, prev.id, actor)
        row.minutes_approved_on = host.date
        save(session, actor, row)
        return row.id
