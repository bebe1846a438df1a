"""What the network's indicators mean: their goals, definitions and sources (the
network's own and those of Andalién Sur and Malloa), the satisfaction basis and the
definitions as JSON (re-exported by `minga.services.indicators`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import Ratio
from minga.i18n import QT_TRANSLATE_NOOP, Catalog, catalog

if TYPE_CHECKING:
    from minga.services.indicator_figures import SatisfactionFigures

DEFAULT_ANNUAL_GOAL = 7
NO_ANSWERS = Ratio(0, 0)


# --- Definitions ----------------------------------------------------------------------

#: How a goal reads a figure: the top answer only, agreement (3 or 4), a share, a count.
TOP_BOX = "top_box"
AGREE = "agree_or_better"
SHARE = "share"
COUNT = "count"


@dataclass(frozen=True)
class Goal:
    """A figure a seed network reached or set itself, and how it was measured.

    `value` is a share (0..1) or, with basis COUNT, a number of things; `source` names the
    network and `quote` says it in the network's words, so a reader can check that the
    figure beside it is measured the same way.
    """

    value: float
    basis: str
    source: str
    quote: str

    def as_json(self, cat: Catalog) -> dict[str, Any]:
        return {
            "value": self.value,
            "basis": self.basis,
            "source": self.source,
            "quote": cat("indicators", self.quote),
        }


@dataclass(frozen=True)
class Definition:
    """What one indicator counts: its name, numerator, denominator and the seed's goal."""

    key: str
    name: str
    numerator: str
    denominator: str
    goal: Goal | None = None

    def as_json(self, cat: Catalog, goal: Goal | None = None) -> dict[str, Any]:
        goal = goal or self.goal
        return {
            "name": cat("indicators", self.name),
            "numerator": cat("indicators", self.numerator),
            "denominator": cat("indicators", self.denominator),
            "goal": None if goal is None else goal.as_json(cat),
        }


_SURVEY_ANSWERS = QT_TRANSLATE_NOOP(
    "indicators", "survey answers to the question (a tally of n answers counts n)"
)
ANDALIEN = "Andalién Sur"
MALLOA = "Malloa"

DEFINITIONS: dict[str, Definition] = {
    d.key: d
    for d in (
        Definition(
            "attendance",
            QT_TRANSLATE_NOOP("indicators", "Attendance"),
            QT_TRANSLATE_NOOP("indicators", "teachers marked present at the sessions"),
            QT_TRANSLATE_NOOP(
                "indicators",
                "teachers marked present, absent or excused (advisors not counted)",
            ),
            Goal(
                0.70,
                SHARE,
                MALLOA,
                QT_TRANSLATE_NOOP("indicators", "monthly attendance above 70% at the meetings"),
            ),
        ),
        Definition(
            "practices_shared",
            QT_TRANSLATE_NOOP("indicators", "Practices shared"),
            QT_TRANSLATE_NOOP(
                "indicators", "different practices presented at sessions marked held"
            ),
            QT_TRANSLATE_NOOP("indicators", "the microcentre's annual goal"),
            Goal(
                DEFAULT_ANNUAL_GOAL,
                COUNT,
                ANDALIEN,
                QT_TRANSLATE_NOOP("indicators", "share at least seven classroom practices"),
            ),
        ),
        Definition(
            "adoption",
            QT_TRANSLATE_NOOP("indicators", "Adoption"),
            QT_TRANSLATE_NOOP(
                "indicators", "teachers present who chose a practice at that session"
            ),
            QT_TRANSLATE_NOOP("indicators", "teachers present, added over the sessions"),
            Goal(
                1.0,
                SHARE,
                ANDALIEN,
                QT_TRANSLATE_NOOP(
                    "indicators", "each teacher chooses and applies at least one practice"
                ),
            ),
        ),
        Definition(
            "continuation",
            QT_TRANSLATE_NOOP("indicators", "Continuation"),
            QT_TRANSLATE_NOOP(
                "indicators", "self-assessments deciding to continue, as is or adjusted"
            ),
            QT_TRANSLATE_NOOP("indicators", "self-assessments written in the year"),
        ),
        Definition(
            "useful",
            QT_TRANSLATE_NOOP("indicators", "Found the session very useful"),
            QT_TRANSLATE_NOOP("indicators", "answers 'very much' (4 of 4)"),
            _SURVEY_ANSWERS,
            Goal(
                0.82,
                TOP_BOX,
                ANDALIEN,
                QT_TRANSLATE_NOOP("indicators", "82% find the topics very useful"),
            ),
        ),
        Definition(
            "prepared",
            QT_TRANSLATE_NOOP("indicators", "Feel very prepared to apply it"),
            QT_TRANSLATE_NOOP("indicators", "answers 'very much' (4 of 4)"),
            _SURVEY_ANSWERS,
            Goal(
                0.64,
                TOP_BOX,
                ANDALIEN,
                QT_TRANSLATE_NOOP("indicators", "64% feel well prepared to apply them"),
            ),
        ),
        Definition(
            "trust",
            QT_TRANSLATE_NOOP("indicators", "Trust to voice doubts"),
            QT_TRANSLATE_NOOP("indicators", "answers 'agree' or 'very much' (3 or 4 of 4)"),
            _SURVEY_ANSWERS,
            Goal(
                0.5538,
                AGREE,
                MALLOA,
                QT_TRANSLATE_NOOP("indicators", "55.38% agree they trust to voice doubts"),
            ),
        ),
        Definition(
            "applied",
            QT_TRANSLATE_NOOP("indicators", "Brought what was learnt into practice"),
            QT_TRANSLATE_NOOP("indicators", "answers 'agree' or 'very much' (3 or 4 of 4)"),
            QT_TRANSLATE_NOOP(
                "indicators",
                "survey answers to the question (a tally of n answers counts n; answers "
                "from before the question was asked are left out)",
            ),
            Goal(
                0.605,
                AGREE,
                MALLOA,
                QT_TRANSLATE_NOOP(
                    "indicators", "60.5% agree they brought new content into their practice"
                ),
            ),
        ),
        Definition(
            "satisfaction_agree",
            QT_TRANSLATE_NOOP("indicators", "Satisfaction, agree or better"),
            QT_TRANSLATE_NOOP("indicators", "answers 'agree' or 'very much' (3 or 4 of 4)"),
            _SURVEY_ANSWERS,
        ),
        Definition(
            "exit_tickets",
            QT_TRANSLATE_NOOP("indicators", "Exit tickets"),
            QT_TRANSLATE_NOOP("indicators", "students' answers choosing the option"),
            QT_TRANSLATE_NOOP("indicators", "students' answers to the question"),
        ),
    )
}

#: The survey questions a goal reads top-box; the others read agreement.
SATISFACTION_BASIS = {
    question: (goal.basis if (goal := DEFINITIONS[question].goal) else AGREE)
    for question in rules.SURVEY_QUESTIONS
}


def satisfaction_headline(figures: SatisfactionFigures, question: str) -> Ratio:
    """The figure compared with the seed's goal: top-box or agreement, as the goal reads."""
    if SATISFACTION_BASIS[question] == TOP_BOX:
        return figures.top_box(question)
    return figures.agree(question)


def definitions_json(cat: Catalog | None = None, *, practices_goal: int | None = None) -> dict:
    """Every indicator's definition, translated (the `definitions` of the JSON)."""
    cat = cat or catalog()
    result = {}
    for key, definition in DEFINITIONS.items():
        goal = definition.goal
        if key == "practices_shared" and practices_goal is not None and goal is not None:
            goal = Goal(practices_goal, COUNT, goal.source, goal.quote)
        result[key] = definition.as_json(cat, goal)
    return result
