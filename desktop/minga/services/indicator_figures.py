"""The figures an indicators computation returns: attendance, satisfaction, sessions,
shared practices, continuation, exit-ticket trends and what is pending, each with its
JSON (re-exported by `minga.services.indicators`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import Ratio, TrendPoint
from minga.domain.vocab import ContinueDecision
from minga.services.indicator_definitions import NO_ANSWERS, definitions_json
from minga.services.sessions import (
    PersonRef,
)

SCHEMA = 2


# --- Results --------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceFigures:
    present: int = 0
    absent: int = 0
    excused: int = 0

    @property
    def ratio(self) -> Ratio:
        return rules.attendance_rate(self.present, self.absent, self.excused)

    def __add__(self, other: AttendanceFigures) -> AttendanceFigures:
        return AttendanceFigures(
            self.present + other.present,
            self.absent + other.absent,
            self.excused + other.excused,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "present": self.present,
            "absent": self.absent,
            "excused": self.excused,
            "rate": self.ratio.as_json()["rate"],
        }


@dataclass(frozen=True)
class SatisfactionFigures:
    """`useful`, `prepared` and `trust` count agreement (3 or 4); the `*_top` ratios
    count only the top answer (4), the reading the seed networks' goals use."""

    answers: int = 0
    useful: Ratio = NO_ANSWERS
    prepared: Ratio = NO_ANSWERS
    trust: Ratio = NO_ANSWERS
    useful_top: Ratio = NO_ANSWERS
    prepared_top: Ratio = NO_ANSWERS
    trust_top: Ratio = NO_ANSWERS
    # "I brought what I learnt into my practice" (only answers that were asked it).
    applied: Ratio = NO_ANSWERS
    applied_top: Ratio = NO_ANSWERS

    def top_box(self, question: str) -> Ratio:
        return getattr(self, f"{question}_top")

    def agree(self, question: str) -> Ratio:
        return getattr(self, question)

    def __add__(self, other: SatisfactionFigures) -> SatisfactionFigures:
        return SatisfactionFigures(
            self.answers + other.answers,
            *(
                getattr(self, name) + getattr(other, name)
                for name in (
                    "useful",
                    "prepared",
                    "trust",
                    "useful_top",
                    "prepared_top",
                    "trust_top",
                    "applied",
                    "applied_top",
                )
            ),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "useful": self.useful.as_json(),
            "prepared": self.prepared.as_json(),
            "trust": self.trust.as_json(),
            "applied": self.applied.as_json(),
            "top_box": {
                "useful": self.useful_top.as_json(),
                "prepared": self.prepared_top.as_json(),
                "trust": self.trust_top.as_json(),
                "applied": self.applied_top.as_json(),
            },
        }


@dataclass(frozen=True)
class SessionFigures:
    id: str
    date: dt.date
    number: int
    title: str
    status: str
    attendance: AttendanceFigures
    adoption: Ratio
    satisfaction: SatisfactionFigures
    # `status`, or `rules.TO_CLOSE` for a planned session whose date has passed.
    state: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "number": self.number,
            "title": self.title,
            "status": self.status,
            "state": self.state or self.status,
            "attendance": self.attendance.as_json(),
            "adoption": self.adoption.as_json(),
            "satisfaction": self.satisfaction.as_json(),
        }


@dataclass(frozen=True)
class SharedFigures:
    count: int
    goal: int | None

    @property
    def ratio(self) -> Ratio | None:
        return None if self.goal is None else rules.shared_vs_goal(self.count, self.goal)

    def as_json(self) -> dict[str, Any]:
        ratio = self.ratio
        return {
            "count": self.count,
            "goal": self.goal,
            "rate": None if ratio is None else ratio.as_json()["rate"],
        }


@dataclass(frozen=True)
class ContinuationFigures:
    continue_: int = 0
    adjust: int = 0
    drop: int = 0

    @property
    def ratio(self) -> Ratio:
        return rules.continuation_rate(
            {
                ContinueDecision.CONTINUE: self.continue_,
                ContinueDecision.ADJUST: self.adjust,
                ContinueDecision.DROP: self.drop,
            }
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "continue": self.continue_,
            "adjust": self.adjust,
            "drop": self.drop,
            **self.ratio.as_json(),
        }


@dataclass(frozen=True)
class OptionTrend:
    id: str
    label: str
    total: Ratio
    trend: list[TrendPoint]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "total": self.total.as_json(),
            "trend": [p.as_json() for p in self.trend],
        }


@dataclass(frozen=True)
class QuestionTrend:
    id: str
    prompt: str
    options: list[OptionTrend]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "prompt": self.prompt,
            "options": [o.as_json() for o in self.options],
        }


@dataclass(frozen=True)
class ExitTicketFigures:
    tallies: int
    questions: list[QuestionTrend]

    def as_json(self) -> dict[str, Any]:
        return {"tallies": self.tallies, "questions": [q.as_json() for q in self.questions]}


@dataclass(frozen=True)
class SessionRef:
    id: str
    date: dt.date
    number: int
    title: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "number": self.number,
            "title": self.title,
        }


@dataclass(frozen=True)
class TeacherPending:
    id: str
    name: str
    school_id: str | None
    chose_at_last_session: bool | None
    pending_self_assessments: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "school_id": self.school_id,
            "chose_at_last_session": self.chose_at_last_session,
            "pending_self_assessments": self.pending_self_assessments,
        }


@dataclass(frozen=True)
class PendingFigures:
    last_session: SessionRef | None
    teachers: list[TeacherPending]

    def as_json(self) -> dict[str, Any]:
        return {
            "last_session": self.last_session.as_json() if self.last_session else None,
            "teachers": [t.as_json() for t in self.teachers],
        }


@dataclass(frozen=True)
class Indicators:
    """The indicators of one school year, for the network or for one teacher."""

    scope: str  # "network" or "teacher"
    year: int
    as_of: dt.date
    person: PersonRef | None
    sessions: list[SessionFigures]
    attendance: AttendanceFigures
    practices_shared: SharedFigures
    adoption: Ratio
    continuation: ContinuationFigures
    satisfaction: SatisfactionFigures
    exit_tickets: ExitTicketFigures
    pending: PendingFigures
    # Students' figures per school and level (`minga.services.students.LevelYear`).
    students: tuple[Any, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The stable document described in the module docstring."""
        return {
            "schema": SCHEMA,
            "scope": self.scope,
            "year": self.year,
            "as_of": self.as_of.isoformat(),
            "person": None
            if self.person is None
            else {"id": self.person.id, "name": self.person.name},
            "definitions": definitions_json(practices_goal=self.practices_shared.goal),
            "sessions": [s.as_json() for s in self.sessions],
            "attendance": self.attendance.as_json(),
            "practices_shared": self.practices_shared.as_json(),
            "adoption": self.adoption.as_json(),
            "continuation": self.continuation.as_json(),
            "satisfaction": self.satisfaction.as_json(),
            "exit_tickets": self.exit_tickets.as_json(),
            "pending": self.pending.as_json(),
            "students": [level.as_json() for level in self.students],
        }
