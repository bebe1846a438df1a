"""The microcentre's indicators for one school year: the advisor's Inicio and
`minga indicators [--json] [--year YYYY]`; teachers see their own.

Every figure comes from aggregate SQL (GROUP BY, COUNT DISTINCT, a correlated NOT EXISTS
and, for exit tickets, SQLite's `json_each`), so the cost grows with the number of
sessions of the year, not with the rows of the database. The formulas are those of
`minga.domain.cycle_rules`; this module only gathers their inputs.

What counts (school year Y = calendar year Y; the default year is the one of `today`,
where January and February still belong to the year before):

- sessions: live sessions dated in Y, in date order;
- attendance: live attendance rows of those sessions, advisors left out;
  rate = present / (present + absent + excused);
- practices shared: distinct practices presented at a live session marked held,
  dated in Y and on or before `as_of` (a planned session whose date passed is "to
  close" and counts for nothing until it is marked held); the goal is the year plan's
  `goal_practices`, else the microcentre's `annual_goal_practices` (7 when unknown);
- adoption: at each session, the teachers present who chose at least one practice
  there / the teachers present; the year adds up numerators and denominators;
- continuation: self-assessments written in Y deciding continue or adjust / all;
- satisfaction: two readings per question, counting a tally as `count` answers;
  responses to the sessions of Y. Top-box: answers at 4 / all answers, the way the
  Andalién Sur network reports "82 % muy útil" and "64 % muy preparado", so its goals are
  compared with this figure; agree-or-better: answers at 3 or 4 / all answers, shown
  beside it (Malloa's "55,38 % de acuerdo" on trust reads this way);
- exit tickets: tallies of applications made in Y; for each question and option, the
  share of the question's answers that chose the option, per month (network) or per
  application (a teacher's own), and over the whole year;
- pending, per teacher: whether they chose a practice at the last session of Y marked
  held by `as_of` (null when they were not expected: absent, or not a teacher), and how many of
  their applications of Y no self-assessment covers yet.

For a teacher (`scope: "teacher"`) the same document holds their own figures: their
attendance, sessions where they were present and chose, their practices presented (no
goal), their self-assessments, their own survey answers, their tallies per application,
and their own pending items.

Each indicator's definition (`DEFINITIONS`: name, numerator, denominator and the seed
network's goal with how that goal was measured) travels with the figures, so a figure
is never read against a goal measured another way.

The JSON document (`Indicators.as_json()`, stable; `schema` grows only with a migration
note here). Schema 2 added `definitions` and `satisfaction.top_box` (schema 1 readers
that ignore unknown keys keep working: `useful`, `prepared`, `trust` still count 3 or 4).
A ratio is {"numerator": int, "denominator": int, "rate": float | null}
(rate rounded to 4 decimals, null when the denominator is 0):

    {
      "schema": 2,
      "scope": "network" | "teacher",
      "year": 2026,
      "as_of": "2026-11-20",
      "person": null | {"id": str, "name": str},
      "definitions": {
        "<indicator>": {"name": str, "numerator": str, "denominator": str,
                        "goal": null | {"value": float, "basis": "top_box" |
                                        "agree_or_better" | "share" | "count",
                                        "source": str, "quote": str}}
      },
      "sessions": [
        {"id": str, "date": "YYYY-MM-DD", "number": int, "title": str, "status": str,
         "attendance": {"present": int, "absent": int, "excused": int, "rate": float|null},
         "adoption": ratio,
         "satisfaction": {"answers": int, "useful": ratio, "prepared": ratio,
                          "trust": ratio, "top_box": {...as for the year}}}
      ],
      "attendance": {"present": int, "absent": int, "excused": int, "rate": float|null},
      "practices_shared": {"count": int, "goal": int|null, "rate": float|null},
      "adoption": ratio,
      "continuation": {"continue": int, "adjust": int, "drop": int, **ratio},
      "satisfaction": {"answers": int, "useful": ratio, "prepared": ratio, "trust": ratio,
                       "top_box": {"useful": ratio, "prepared": ratio, "trust": ratio}},
      "exit_tickets": {
        "tallies": int,
        "questions": [
          {"id": str, "prompt": str,
           "options": [
             {"id": str, "label": str, "total": ratio,
              "trend": [{"key": str, "date": "YYYY-MM-DD", **ratio}]}]}]
      },
      "pending": {
        "last_session": null | {"id": str, "date": "YYYY-MM-DD", "number": int,
                                "title": str},
        "teachers": [
          {"id": str, "name": str, "school_id": str|null,
           "chose_at_last_session": bool|null, "pending_self_assessments": int}]
      },
      "students": [
        {"school_id": str, "school": str, "level": "2B", "students": int,
         "attendance_mean": float|null,
         "attendance": [{"month": "YYYY-MM", "percent": float}],
         "diagnostics": [{"month": "YYYY-MM", "name": str, "students": int,
                          "achievement": [{"level": str, "students": int}]}]}
      ]
    }

`students` (added within schema 2; readers ignore unknown keys) holds the students'
figures of the months of the year per school and level, counts only, never names: the
network's for the advisor, her own school's for a teacher.

Trend keys are months ("2026-04", dated the 1st) for the network and application ids
(dated the day of the application) for a teacher.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from minga.core.identity import Actor, current_actor
from minga.core.progress import Steps
from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import Ratio, SessionStatus
from minga.domain.vocab import AttendanceStatus, ContinueDecision, Role
from minga.services.adoption import pending_applications_query
from minga.services.indicator_definitions import (
    AGREE,
    ANDALIEN,
    COUNT,
    DEFAULT_ANNUAL_GOAL,
    DEFINITIONS,
    MALLOA,
    NO_ANSWERS,
    SATISFACTION_BASIS,
    SHARE,
    TOP_BOX,
    Definition,
    Goal,
    definitions_json,
    satisfaction_headline,
)
from minga.services.indicator_exit_tickets import ExitTicketPart
from minga.services.indicator_figures import (
    SCHEMA,
    AttendanceFigures,
    ContinuationFigures,
    ExitTicketFigures,
    Indicators,
    OptionTrend,
    PendingFigures,
    QuestionTrend,
    SatisfactionFigures,
    SessionFigures,
    SessionRef,
    SharedFigures,
    TeacherPending,
)
from minga.services.sessions import (
    PersonRef,
    active_teachers,
    attendance_counts,
    teacher_filter,
)
from minga.store.db import Database
from minga.store.models import (
    Adoption,
    Application,
    Attendance,
    Microcentre,
    MicrocentreSession,
    Person,
    Practice,
    Presentation,
    SatisfactionResponse,
    SelfAssessment,
    SurveyAnswer,
)

# --- The service ----------------------------------------------------------------------


STEPS = 8  # the gatherer's steps, for the progress bar


class IndicatorService:
    """The network's indicators (advisor) and a teacher's own."""

    def __init__(self, db: Database, *, today: dt.date | None = None):
        self.db = db
        self._today = today
        self._cache: dict[str, Any] = {}

    @property
    def today(self) -> dt.date:
        return self._today or self.db.clock.today()

    def default_year(self) -> int:
        return rules.school_year_of(self.today)

    def years(self) -> list[int]:
        """The calendar years of the live sessions and the default year, newest first."""
        with self.db.session() as session:
            days = session.scalars(
                select(MicrocentreSession.date)
                .where(MicrocentreSession.deleted.is_(False))
                .distinct()
            )
            return sorted({day.year for day in days} | {self.default_year()}, reverse=True)

    def for_me(
        self, year: int | None = None, *, progress: Any | None = None, exit_tickets: bool = True
    ) -> Indicators:
        """The network's for the advisor, one's own for a teacher. Without `exit_tickets`
        their trends are left empty (the dearest part): the window shows the rest first
        and then asks `exit_tickets_for_me`."""
        with self.db.session() as session:
            role = current_actor(session).role
        if role == Role.ADVISOR:
            return self.network(year, progress=progress, exit_tickets=exit_tickets)
        return self.mine(year, progress=progress, exit_tickets=exit_tickets)

    def exit_tickets_for_me(self, year: int | None = None) -> ExitTicketFigures:
        """The exit tickets of `for_me` alone (kept until a tally changes)."""
        with self.db.session() as session:
            actor = current_actor(session)
            me = None if actor.role == Role.ADVISOR else actor.person_id
            return self._gatherer(session, actor, year, me=me)._exit_tickets()

    def network(
        self,
        year: int | None = None,
        *,
        progress: Any | None = None,
        through: bool = False,
        exit_tickets: bool = True,
    ) -> Indicators:
        """With `through`, only what is dated up to `today` counts (a guide's "figures up
        to" a date: a reprinted older guide must not show the rest of the year)."""
        with self.db.session() as session:
            actor = current_actor(session)
            gatherer = self._gatherer(
                session, actor, year, me=None, progress=progress, cache={} if through else None
            )
            if through:
                gatherer.last = min(gatherer.last, gatherer.as_of)
            return gatherer.run(exit_tickets=exit_tickets)

    def mine(
        self, year: int | None = None, *, progress: Any | None = None, exit_tickets: bool = True
    ) -> Indicators:
        """This installation's person's own figures."""
        with self.db.session() as session:
            actor = current_actor(session)
            gatherer = self._gatherer(session, actor, year, me=actor.person_id, progress=progress)
            return gatherer.run(exit_tickets=exit_tickets)

    def _gatherer(
        self,
        session: Session,
        actor: Actor,
        year: int | None,
        *,
        me: str | None,
        progress: Any | None = None,
        cache: dict[str, Any] | None = None,
    ) -> _Gatherer:
        return _Gatherer(
            session,
            actor,
            year or self.default_year(),
            self.today,
            me=me,
            step=Steps(progress, STEPS),
            cache=self._cache if cache is None else cache,
        )


class _Gatherer(ExitTicketPart):
    """One computation: the queries of the year, for the network (`me` None) or a person."""

    def __init__(
        self,
        session: Session,
        actor: Actor,
        year: int,
        today: dt.date,
        *,
        me: str | None,
        step: Steps,
        cache: dict[str, Any],
    ):
        self.s = session
        self.actor = actor
        self.year = year
        self.first, self.last = rules.school_year_bounds(year)
        self.today = today
        self.as_of = min(today, self.last) if today >= self.first else today
        self.me = me
        self.step = step
        self.cache = cache

    def run(self, *, exit_tickets: bool = True) -> Indicators:
        sessions = list(
            self.s.execute(
                select(
                    MicrocentreSession.id,
                    MicrocentreSession.date,
                    MicrocentreSession.number,
                    MicrocentreSession.title,
                    MicrocentreSession.status,
                )
                .where(
                    MicrocentreSession.deleted.is_(False),
                    MicrocentreSession.date.between(self.first, self.last),
                )
                .order_by(MicrocentreSession.date, MicrocentreSession.number)
            )
        )
        ids = [row.id for row in sessions]
        self.step()
        attendance = self._attendance(ids)
        self.step()
        adoption = self._adoption(ids)
        self.step()
        satisfaction = self._satisfaction(ids)
        self.step()
        figures = [
            SessionFigures(
                id=row.id,
                date=row.date,
                number=row.number,
                title=row.title,
                status=row.status,
                attendance=attendance.get(row.id, AttendanceFigures()),
                adoption=adoption.get(row.id, Ratio(0, 0)),
                satisfaction=satisfaction.get(row.id, SatisfactionFigures()),
                state=rules.session_state(row.status, row.date, self.today),
            )
            for row in sessions
        ]
        shared = self._shared()
        continuation = self._continuation()
        self.step()
        trends = self._exit_tickets() if exit_tickets else ExitTicketFigures(0, [])
        self.step()
        pending = self._pending(sessions)
        self.step()
        person = None
        if self.me is not None:
            person = PersonRef(self.me, self.actor.name, self.actor.school_id)
        result = Indicators(
            scope="network" if self.me is None else "teacher",
            year=self.year,
            as_of=self.as_of,
            person=person,
            sessions=figures,
            attendance=sum((f.attendance for f in figures), AttendanceFigures()),
            practices_shared=shared,
            adoption=sum((f.adoption for f in figures), Ratio(0, 0)),
            continuation=continuation,
            satisfaction=_add_satisfaction(f.satisfaction for f in figures),
            exit_tickets=trends,
            pending=pending,
            students=self._students(),
        )
        self.step()
        return result

    def _students(self) -> tuple[Any, ...]:
        """Students' figures of the year: the network's, or the teacher's own school's."""
        from minga.services.students import year_figures

        if self.me is not None and not self.actor.school_id:
            return ()
        school = None if self.me is None else self.actor.school_id
        return tuple(year_figures(self.s, self.year, school_id=school))

    # --- per session ----------------------------------------------------------------

    def _attendance(self, ids: list[str]) -> dict[str, AttendanceFigures]:
        if self.me is None:
            counts = attendance_counts(self.s, ids)
        else:
            counts = {}
            for session_id, status in self.s.execute(
                select(Attendance.session_id, Attendance.status).where(
                    Attendance.deleted.is_(False),
                    Attendance.person_id == self.me,
                    Attendance.session_id.in_(ids),
                )
            ):
                counts.setdefault(session_id, {})[status] = 1
        return {
            sid: AttendanceFigures(
                by.get(AttendanceStatus.PRESENT, 0),
                by.get(AttendanceStatus.ABSENT, 0),
                by.get(AttendanceStatus.EXCUSED, 0),
            )
            for sid, by in counts.items()
        }

    def _adoption(self, ids: list[str]) -> dict[str, Ratio]:
        present_stmt = (
            select(Attendance.session_id, func.count(func.distinct(Attendance.person_id)))
            .outerjoin(Person, Person.id == Attendance.person_id)
            .where(
                Attendance.deleted.is_(False),
                Attendance.status == AttendanceStatus.PRESENT,
                Attendance.session_id.in_(ids),
                teacher_filter(),
            )
            .group_by(Attendance.session_id)
        )
        chose_stmt = (
            select(Adoption.session_id, func.count(func.distinct(Adoption.owner)))
            .join(
                Attendance,
                and_(
                    Attendance.session_id == Adoption.session_id,
                    Attendance.person_id == Adoption.owner,
                ),
            )
            .outerjoin(Person, Person.id == Adoption.owner)
            .where(
                Adoption.deleted.is_(False),
                Attendance.deleted.is_(False),
                Attendance.status == AttendanceStatus.PRESENT,
                Adoption.session_id.in_(ids),
                teacher_filter(),
            )
            .group_by(Adoption.session_id)
        )
        if self.me is not None:
            present_stmt = present_stmt.where(Attendance.person_id == self.me)
            chose_stmt = chose_stmt.where(Adoption.owner == self.me)
        present = dict(self.s.execute(present_stmt).all())
        chose = dict(self.s.execute(chose_stmt).all())
        return {sid: Ratio(chose.get(sid, 0), n) for sid, n in present.items()}

    def _satisfaction(self, ids: list[str]) -> dict[str, SatisfactionFigures]:
        stmt = (
            select(
                SatisfactionResponse.session_id,
                SatisfactionResponse.useful,
                SatisfactionResponse.prepared,
                SatisfactionResponse.trust,
                SatisfactionResponse.applied,
                func.sum(SatisfactionResponse.count),
            )
            .where(
                SatisfactionResponse.deleted.is_(False),
                SatisfactionResponse.session_id.in_(ids),
            )
            .group_by(
                SatisfactionResponse.session_id,
                SatisfactionResponse.useful,
                SatisfactionResponse.prepared,
                SatisfactionResponse.trust,
                SatisfactionResponse.applied,
            )
        )
        if self.me is not None:
            # Answers name nobody: a teacher's own figures are the answers her computer
            # gave (docs/bundle-format.md, Anonymous survey answers); nobody else's
            # computer can tell which answers are hers.
            own = self.me == self.actor.person_id and self.actor.role != Role.ADVISOR
            stmt = (
                select(
                    SurveyAnswer.session_id,
                    SurveyAnswer.useful,
                    SurveyAnswer.prepared,
                    SurveyAnswer.trust,
                    SurveyAnswer.applied,
                    func.count(),
                )
                .where(
                    SurveyAnswer.deleted.is_(False),
                    SurveyAnswer.session_id.in_(ids if own else []),
                )
                .group_by(
                    SurveyAnswer.session_id,
                    SurveyAnswer.useful,
                    SurveyAnswer.prepared,
                    SurveyAnswer.trust,
                    SurveyAnswer.applied,
                )
            )
        groups: dict[str, list[tuple[int, int, int, int, int]]] = {}
        for session_id, useful, prepared, trust, applied, weight in self.s.execute(stmt):
            groups.setdefault(session_id, []).append(
                (useful, prepared, trust, applied, int(weight or 0))
            )
        return {sid: _satisfaction_of(rows) for sid, rows in groups.items()}

    # --- over the year --------------------------------------------------------------

    def _shared(self) -> SharedFigures:
        stmt = (
            select(func.count(func.distinct(Presentation.practice_id)))
            .join(MicrocentreSession, MicrocentreSession.id == Presentation.session_id)
            .where(
                Presentation.deleted.is_(False),
                MicrocentreSession.deleted.is_(False),
                # Held means held: a planned session whose date passed shared nothing yet.
                MicrocentreSession.status == SessionStatus.HELD,
                MicrocentreSession.date.between(self.first, self.last),
                MicrocentreSession.date <= self.as_of,
            )
        )
        if self.me is not None:
            stmt = stmt.join(Practice, Practice.id == Presentation.practice_id).where(
                Practice.owner == self.me
            )
            return SharedFigures(self.s.scalar(stmt) or 0, None)
        return SharedFigures(self.s.scalar(stmt) or 0, self._goal())

    def _goal(self) -> int:
        from minga.services.year import plan_row

        plan = plan_row(self.s, self.year)
        if plan is not None:  # the year plan's goal (issue 17), else the network's
            return int(plan.goal_practices)
        goal = None
        if self.actor.microcentre_id:
            goal = self.s.scalar(
                select(Microcentre.annual_goal_practices).where(
                    Microcentre.id == self.actor.microcentre_id, Microcentre.deleted.is_(False)
                )
            )
        if goal is None:
            goal = self.s.scalar(
                select(Microcentre.annual_goal_practices)
                .where(Microcentre.deleted.is_(False))
                .order_by(Microcentre.updated_at)
                .limit(1)
            )
        return DEFAULT_ANNUAL_GOAL if goal is None else int(goal)

    def _continuation(self) -> ContinuationFigures:
        stmt = (
            select(SelfAssessment.decision, func.count())
            .where(
                SelfAssessment.deleted.is_(False),
                SelfAssessment.written_on.between(self.first, self.last),
            )
            .group_by(SelfAssessment.decision)
        )
        if self.me is not None:
            stmt = stmt.where(SelfAssessment.owner == self.me)
        counts = dict(self.s.execute(stmt).all())
        return ContinuationFigures(
            counts.get(ContinueDecision.CONTINUE, 0),
            counts.get(ContinueDecision.ADJUST, 0),
            counts.get(ContinueDecision.DROP, 0),
        )

    # --- pending --------------------------------------------------------------------

    def _pending(self, sessions: list[Any]) -> PendingFigures:
        # Only sessions marked held: one "to close" is not the last session held.
        held = [
            row for row in sessions if row.date <= self.as_of and row.status == SessionStatus.HELD
        ]
        last = held[-1] if held else None
        if self.me is not None:
            teachers = [PersonRef(self.me, self.actor.name, self.actor.school_id)]
            # Only her own applications are counted (not everyone's, then picked).
            pending_stmt = (
                pending_applications_query(self.year).where(Application.owner == self.me)
            ).subquery()
        else:
            teachers = active_teachers(self.s)
            pending_stmt = pending_applications_query(self.year).subquery()
        pending_counts: dict[str, int] = dict(
            self.s.execute(
                select(pending_stmt.c.owner, func.count()).group_by(pending_stmt.c.owner)
            ).all()
        )
        known = {t.id for t in teachers}
        if self.me is None:
            extra_ids = [owner for owner in pending_counts if owner not in known]
            if extra_ids:
                for pid, name, school in self.s.execute(
                    select(Person.id, Person.name, Person.school_id).where(
                        Person.id.in_(extra_ids), teacher_filter()
                    )
                ):
                    teachers.append(PersonRef(pid, name, school))
        expected: set[str] = set()
        chose: set[str] = set()
        if last is not None:
            statuses = dict(
                self.s.execute(
                    select(Attendance.person_id, Attendance.status).where(
                        Attendance.session_id == last.id, Attendance.deleted.is_(False)
                    )
                ).all()
            )
            if statuses:
                expected = {p for p, st in statuses.items() if st == AttendanceStatus.PRESENT}
            else:
                expected = {t.id for t in active_teachers(self.s)}
            chose = set(
                self.s.scalars(
                    select(Adoption.owner)
                    .where(Adoption.session_id == last.id, Adoption.deleted.is_(False))
                    .distinct()
                )
            )
        rows = [
            TeacherPending(
                id=t.id,
                name=t.name,
                school_id=t.school_id,
                chose_at_last_session=(t.id in chose) if t.id in expected else None,
                pending_self_assessments=int(pending_counts.get(t.id, 0)),
            )
            for t in teachers
        ]
        ref = SessionRef(last.id, last.date, last.number, last.title) if last else None
        return PendingFigures(ref, rows)


def _satisfaction_of(rows: list[tuple[int, int, int, int, int]]) -> SatisfactionFigures:
    """(useful, prepared, trust, applied, weight) rows; `applied` 0 was not asked."""
    return SatisfactionFigures(
        answers=sum(r[4] for r in rows if r[4] > 0),
        useful=rules.satisfaction_rate((r[0], r[4]) for r in rows),
        prepared=rules.satisfaction_rate((r[1], r[4]) for r in rows),
        trust=rules.satisfaction_rate((r[2], r[4]) for r in rows),
        useful_top=rules.satisfaction_top_box((r[0], r[4]) for r in rows),
        prepared_top=rules.satisfaction_top_box((r[1], r[4]) for r in rows),
        trust_top=rules.satisfaction_top_box((r[2], r[4]) for r in rows),
        applied=rules.satisfaction_rate((r[3], r[4]) for r in rows),
        applied_top=rules.satisfaction_top_box((r[3], r[4]) for r in rows),
    )


def _add_satisfaction(items: Any) -> SatisfactionFigures:
    return sum(items, SatisfactionFigures())


__all__ = [
    "AGREE",
    "ANDALIEN",
    "COUNT",
    "DEFAULT_ANNUAL_GOAL",
    "DEFINITIONS",
    "MALLOA",
    "NO_ANSWERS",
    "SATISFACTION_BASIS",
    "SCHEMA",
    "SHARE",
    "STEPS",
    "TOP_BOX",
    "AttendanceFigures",
    "ContinuationFigures",
    "Definition",
    "ExitTicketFigures",
    "Goal",
    "IndicatorService",
    "Indicators",
    "OptionTrend",
    "PendingFigures",
    "QuestionTrend",
    "SatisfactionFigures",
    "SessionFigures",
    "SessionRef",
    "SharedFigures",
    "TeacherPending",
    "definitions_json",
    "satisfaction_headline",
]
