"""What the adoption service takes and gives: the input of a choice, an application, a tally
and a self-assessment, and the read-only results (re-exported by
`minga.services.adoption`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from minga.domain.cycle_rules import Counts
from minga.domain.vocab import (
    ContinueDecision,
    Visibility,
)
from minga.services.sessions import PersonRef

ADOPTION_CHOSEN = "chosen"
ADOPTION_APPLIED = "applied"


# --- Input ----------------------------------------------------------------------------


@dataclass
class AdoptionInput:
    """A teacher's choice of a colleague's practice (at a session, or between them)."""

    practice_id: str = ""
    session_id: str | None = None
    chosen_on: dt.date | None = None  # None: the session's date, else today
    notes: str = ""
    visibility: str = Visibility.NETWORK


@dataclass
class ApplicationInput:
    adoption_id: str = ""
    applied_on: dt.date | None = None
    levels: list[str] = field(default_factory=list)
    students_present: int = 0
    notes: str = ""


@dataclass
class TallyInput:
    """Exit-ticket counts of one application: {question: {option: {level: count}}}.

    `students_by_level` (optional) gives the students present per level, so the counts
    are checked level by level; it must add up to the application's students present.
    """

    application_id: str = ""
    counts: dict[str, Any] = field(default_factory=dict)
    template_id: str | None = None
    students_by_level: dict[str, int] | None = None


@dataclass
class SelfAssessmentInput:
    """Registro de autoevaluación. `ratings` are {criterion id: level 1..n} of the rubric.

    One self-assessment per adoption and application: writing again updates it."""

    adoption_id: str = ""
    application_id: str | None = None
    decision: str = ContinueDecision.CONTINUE
    ratings: dict[str, int] = field(default_factory=dict)
    adjustments: str = ""
    reflection: str = ""
    written_on: dt.date | None = None  # None: today
    template_id: str | None = None
    # Who receives it: its own choice (a reflection may be for the advisor only, or
    # private); None keeps the stored one, or for a new one takes the adoption's.
    visibility: str | None = None


# --- Results --------------------------------------------------------------------------


@dataclass(frozen=True)
class TallyInfo:
    id: str
    application_id: str
    template_id: str | None
    applied_on: dt.date
    levels: list[str]
    students_present: int
    counts: Counts
    totals: dict[str, dict[str, int]]  # {question: {option: answers of all levels}}


@dataclass(frozen=True)
class ApplicationInfo:
    id: str
    adoption_id: str
    applied_on: dt.date
    levels: list[str]
    students_present: int
    notes: str
    tally: TallyInfo | None
    is_mine: bool


@dataclass(frozen=True)
class SelfAssessmentInfo:
    id: str
    adoption_id: str
    application_id: str | None
    template_id: str | None
    decision: str
    ratings: dict[str, int]
    adjustments: str
    reflection: str
    written_on: dt.date
    is_mine: bool
    visibility: str = ""


@dataclass(frozen=True)
class AdoptionInfo:
    id: str
    owner: str
    owner_name: str
    practice_id: str
    practice_title: str
    session_id: str | None
    school_id: str | None
    chosen_on: dt.date
    status: str
    notes: str
    visibility: str
    is_mine: bool
    applications: list[ApplicationInfo]
    self_assessments: list[SelfAssessmentInfo]


@dataclass(frozen=True)
class PendingApplication:
    application_id: str
    adoption_id: str
    practice_id: str
    practice_title: str
    applied_on: dt.date


@dataclass(frozen=True)
class PendingSelfAssessments:
    """A teacher's applications that no self-assessment covers yet."""

    person: PersonRef
    applications: list[PendingApplication]


@dataclass(frozen=True)
class AdoptionRow:
    """One line of a teacher's list of chosen practices (the detail is `AdoptionInfo`)."""

    id: str
    practice_id: str
    practice_title: str
    session_id: str | None
    chosen_on: dt.date
    applications: int
    waiting: int
    """Applications no self-assessment covers yet (one naming it, or one of the adoption
    written on or after its date)."""


@dataclass(frozen=True)
class PracticeChoice:
    """A colleague's practice one may choose: presented at a held session (with the
    session), or shared in the notebook without a presentation (`session_id` None)."""

    practice_id: str
    title: str
    author_name: str
    session_id: str | None = None
    session_number: int | None = None
    session_title: str = ""
    session_date: dt.date | None = None


@dataclass(frozen=True)
class PracticeChoices:
    """What the Aplicación area offers to choose, in two groups."""

    presented: list[PracticeChoice]
    """Presented at sessions held so far, newest session first."""
    others: list[PracticeChoice]
    """Colleagues' shared practices (not drafts) not in `presented`, by title."""
    colleagues: int
    """Colleagues' shared practices in this notebook, whether chosen already or not."""
    more: bool
    """`others` was cut at the limit: a search narrows it."""
