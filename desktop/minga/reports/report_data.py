"""The plain values a period report and a portfolio print, gathered by
`minga.services.printing`, and the labels of their states and decisions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import Ratio
from minga.i18n import QT_TRANSLATE_NOOP
from minga.reports.indicators import (
    NetworkSummary,
)
from minga.reports.session_guide import PracticeSheet

STAGE_LABELS = {
    "plan": QT_TRANSLATE_NOOP("reports", "Plan"),
    "do": QT_TRANSLATE_NOOP("reports", "Do"),
    "study": QT_TRANSLATE_NOOP("reports", "Study"),
    "adjust": QT_TRANSLATE_NOOP("reports", "Adjust"),
}
CYCLE_DECISIONS = {
    "adopt": QT_TRANSLATE_NOOP("reports", "adopt the change"),
    "adapt": QT_TRANSLATE_NOOP("reports", "adapt it"),
    "abandon": QT_TRANSLATE_NOOP("reports", "abandon it"),
}
CONTINUE_LABELS = {
    "continue": QT_TRANSLATE_NOOP("reports", "Keep it"),
    "adjust": QT_TRANSLATE_NOOP("reports", "Keep it with adjustments"),
    "drop": QT_TRANSLATE_NOOP("reports", "Drop it"),
}


# --- The data -------------------------------------------------------------------------


@dataclass(frozen=True)
class TeacherFigures:
    name: str
    attendance: Ratio
    presented: int = 0
    chosen: int = 0
    applications: int = 0
    tallies: int = 0
    self_assessments: int = 0
    pending: int = 0


@dataclass(frozen=True)
class SchoolFigures:
    name: str
    teachers: list[TeacherFigures]
    attendance: Ratio
    rbd: str = ""


STATE_LABELS = {
    "planned": QT_TRANSLATE_NOOP("reports", "planned"),
    "held": QT_TRANSLATE_NOOP("reports", "held"),
    "cancelled": QT_TRANSLATE_NOOP("reports", "cancelled"),
    "to_close": QT_TRANSLATE_NOOP("reports", "to close"),
}


@dataclass(frozen=True)
class DecreeSession:
    """A session in the Decreto 1.107 record: when, how and how long."""

    number: int
    date: dt.date
    title: str
    modality: str
    minutes: int
    state: str


@dataclass(frozen=True)
class DecreeMonth:
    month: dt.date  # its first day
    sessions: int
    minutes: int


@dataclass(frozen=True)
class SharedPractice:
    date: dt.date
    session_number: int
    title: str
    author: str
    school: str
    adoptions: int


@dataclass(frozen=True)
class CycleSheet:
    title: str
    owner: str
    stage: str
    decision: str
    aim: str
    indicator: str
    points: list[tuple[str, float]]
    started_on: dt.date | None = None
    # The cycle's own chart (its baseline and marked changes); None: the book's default.
    chart: rules.RunChart | None = None


@dataclass(frozen=True)
class StudentRow:
    """One school's level: the months' attendance and its shared diagnostics (counts)."""

    school: str
    level: str
    attendance: list[tuple[str, float]] = field(default_factory=list)
    students: int = 0
    diagnostics: list[tuple[str, str, dict[str, int]]] = field(default_factory=list)


@dataclass(frozen=True)
class PeriodReport:
    microcentre: str
    advisor: str
    annual_focus: str
    year: int
    as_of: dt.date
    summary: NetworkSummary
    schools: list[SchoolFigures] = field(default_factory=list)
    practices: list[SharedPractice] = field(default_factory=list)
    cycles: list[CycleSheet] = field(default_factory=list)
    decree_sessions: list[DecreeSession] = field(default_factory=list)
    decree_months: list[DecreeMonth] = field(default_factory=list)
    # Students' figures per school and level (counts only, never names).
    students: list[StudentRow] = field(default_factory=list)


@dataclass(frozen=True)
class PortfolioPractice:
    id: str
    title: str
    status: str
    levels: list[str]
    subjects: list[str]
    updated_on: dt.date | None
    presented_on: dt.date | None = None
    session_number: int | None = None


@dataclass(frozen=True)
class PortfolioApplication:
    date: dt.date
    levels: list[str]
    students: int
    notes: str = ""
    # (question prompt, [(option label, answers)])
    answers: list[tuple[str, list[tuple[str, int]]]] = field(default_factory=list)


@dataclass(frozen=True)
class PortfolioAdoption:
    practice: str
    author: str
    chosen_on: dt.date
    applications: list[PortfolioApplication] = field(default_factory=list)


@dataclass(frozen=True)
class PortfolioSelfAssessment:
    date: dt.date
    practice: str
    decision: str
    # (criterion, level, number of levels, the level's descriptor)
    ratings: list[tuple[str, int, int, str]] = field(default_factory=list)
    adjustments: str = ""
    reflection: str = ""


@dataclass(frozen=True)
class Portfolio:
    person: str
    school: str
    microcentre: str
    year: int | None
    practices: list[PortfolioPractice] = field(default_factory=list)
    presented: list[tuple[PortfolioPractice, PracticeSheet]] = field(default_factory=list)
    adoptions: list[PortfolioAdoption] = field(default_factory=list)
    self_assessments: list[PortfolioSelfAssessment] = field(default_factory=list)
