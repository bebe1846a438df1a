"""The network's indicators on paper: the summary of the session guide ("since the last
session") and the figures of the period report share these pieces.

The figures arrive as plain values (`NetworkSummary`), gathered by
`minga.services.printing` from `IndicatorService`; rates are `Ratio`s (17 of 20), so
nothing is invented when nothing was measured.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from minga.domain.cycle_rules import Ratio
from minga.reports import charts
from minga.reports.layout import Styles, Tr, data_table, esc, spacer

#: The Malloa network's threshold for attendance (docs/domain.md): a reference line.
ATTENDANCE_TARGET = 0.70
#: Nothing measured (a figure a caller did not give).
NOTHING = Ratio(0, 0)


@dataclass(frozen=True)
class SessionFigure:
    number: int
    date: dt.date
    title: str
    status: str
    attendance: Ratio
    adoption: Ratio
    useful: Ratio
    prepared: Ratio
    trust: Ratio
    answers: int
    # Only the top answer (4 of 4): the reading of the seed's "82 % muy útil".
    useful_top: Ratio = NOTHING


@dataclass(frozen=True)
class PendingTeacher:
    name: str
    school: str
    chose_at_last_session: bool | None
    pending_self_assessments: int


@dataclass(frozen=True)
class ExitQuestion:
    prompt: str
    options: list[tuple[str, Ratio]]


@dataclass(frozen=True)
class NetworkSummary:
    """The year's indicators and what happened since the previous session."""

    year: int
    as_of: dt.date
    attendance: Ratio
    shared: int
    goal: int | None
    adoption: Ratio
    continuation: Ratio
    useful: Ratio
    prepared: Ratio
    trust: Ratio
    answers: int
    tallies: int
    useful_top: Ratio = NOTHING
    prepared_top: Ratio = NOTHING
    trust_top: Ratio = NOTHING
    # "I brought what I learnt into my practice": agreement, then the top answer.
    applied: Ratio = NOTHING
    applied_top: Ratio = NOTHING
    sessions: list[SessionFigure] = field(default_factory=list)
    previous: SessionFigure | None = None
    applications_since: int = 0
    tallies_since: int = 0
    self_assessments_since: int = 0
    pending: list[PendingTeacher] = field(default_factory=list)
    exit_questions: list[ExitQuestion] = field(default_factory=list)


def _goal_note(reports: Tr, key: str) -> str:
    """ "Goal 82 %, Andalién Sur (top answer)": the seed network's goal, how it reads."""
    from minga.services.indicators import AGREE, DEFINITIONS, TOP_BOX

    goal = DEFINITIONS[key].goal
    if goal is None:
        return ""
    basis = {
        TOP_BOX: reports.tr("top answer"),
        AGREE: reports.tr("agree or better"),
    }.get(goal.basis, "")
    return reports.tr(
        "goal {goal}, {source}{basis}",
        goal=reports.percent(goal.value),
        source=goal.source,
        basis=f" ({basis})" if basis else "",
    )


def year_table(summary: NetworkSummary, reports: Tr, styles: Styles, width: float) -> Flowable:
    """Indicator | value | what it counts (numerator / denominator) and the seed's goal.

    Satisfaction shows the top answer where the seed's goal is read that way (useful,
    prepared) and agreement beside it, so a figure is never compared with a goal measured
    another way."""
    goal_text = (
        reports.tr("{count} of a goal of {goal}", count=summary.shared, goal=summary.goal)
        if summary.goal
        else str(summary.shared)
    )
    rows = [
        (
            reports.tr("Attendance"),
            reports.ratio(summary.attendance),
            reports.tr("teachers present at the sessions held (advisors not counted)")
            + "; "
            + _goal_note(reports, "attendance"),
        ),
        (
            reports.tr("Practices shared"),
            goal_text,
            reports.tr("different practices presented at the sessions of the year"),
        ),
        (
            reports.tr("Adoption"),
            reports.ratio(summary.adoption),
            reports.tr("teachers present who chose a practice to apply"),
        ),
        (
            reports.tr("Continuation"),
            reports.ratio(summary.continuation),
            reports.tr("self-assessments that keep the practice (as is or adjusted)"),
        ),
        (
            reports.tr("Found the session very useful"),
            reports.ratio(summary.useful_top),
            reports.tr("survey answers 'strongly agree' (4 of 4)")
            + "; "
            + _goal_note(reports, "useful")
            + "; "
            + reports.tr("agree or better: {rate}", rate=reports.percent(summary.useful.rate)),
        ),
        (
            reports.tr("Feel very prepared to apply it"),
            reports.ratio(summary.prepared_top),
            reports.tr("survey answers 'strongly agree' (4 of 4)")
            + "; "
            + _goal_note(reports, "prepared")
            + "; "
            + reports.tr("agree or better: {rate}", rate=reports.percent(summary.prepared.rate)),
        ),
        (
            reports.tr("Trust to voice doubts"),
            reports.ratio(summary.trust),
            reports.tr("survey answers 'agree' or 'strongly agree'")
            + "; "
            + _goal_note(reports, "trust")
            + "; "
            + reports.tr("top answer: {rate}", rate=reports.percent(summary.trust_top.rate)),
        ),
        (
            reports.tr("Brought what was learnt into practice"),
            reports.ratio(summary.applied),
            reports.tr("survey answers 'agree' or 'strongly agree' (answers that were asked it)")
            + "; "
            + _goal_note(reports, "applied")
            + "; "
            + reports.tr("top answer: {rate}", rate=reports.percent(summary.applied_top.rate)),
        ),
        (
            reports.tr("Exit tickets tallied"),
            str(summary.tallies),
            reports.tr("applications with the students' answers counted (no names)"),
        ),
    ]
    return data_table(
        [reports.tr("Indicator"), reports.tr("Value"), reports.tr("What it counts")],
        rows,
        [width * 0.3, width * 0.25, width * 0.45],
        styles,
        align=["bold", "left", "left"],
    )


def year_chart(summary: NetworkSummary, reports: Tr, width: float) -> Flowable:
    """Bars of the year's rates, each against its seed network's goal where one exists."""
    bars = [
        (reports.tr("Attendance"), summary.attendance.rate, reports.fraction(summary.attendance)),
        (reports.tr("Adoption"), summary.adoption.rate, reports.fraction(summary.adoption)),
        (
            reports.tr("Continuation"),
            summary.continuation.rate,
            reports.fraction(summary.continuation),
        ),
        (
            reports.tr("Very useful"),
            summary.useful_top.rate,
            reports.fraction(summary.useful_top),
        ),
        (
            reports.tr("Very prepared"),
            summary.prepared_top.rate,
            reports.fraction(summary.prepared_top),
        ),
        (reports.tr("Trust"), summary.trust.rate, reports.fraction(summary.trust)),
        (
            reports.tr("Into practice"),
            summary.applied.rate,
            reports.fraction(summary.applied),
        ),
    ]
    # A goal mark only where a seed network set or reached one (adoption and continuation
    # have none): docs/domain.md, services/indicator_definitions.py.
    keys = ("attendance", None, None, "useful", "prepared", "trust", "applied")
    return charts.bar_chart(
        bars,
        reports,
        width=width,
        height=56 * mm,
        goals=[_bar_goal(reports, key) for key in keys],
    )


def _bar_goal(reports: Tr, key: str | None) -> tuple[float, str] | None:
    """(the seed's goal, "goal 70%") for a bar, None where the seeds set none."""
    from minga.services.indicators import DEFINITIONS

    goal = DEFINITIONS[key].goal if key else None
    if goal is None:
        return None
    return goal.value, reports.tr("goal {percent}", percent=reports.percent(goal.value))


def pending_table(summary: NetworkSummary, reports: Tr, styles: Styles, width: float) -> Flowable:
    def chose(value: bool | None) -> str:
        if value is None:
            return reports.tr("not expected")
        return reports.tr("yes") if value else reports.tr("not yet")

    rows = [
        (t.name, t.school, chose(t.chose_at_last_session), str(t.pending_self_assessments))
        for t in summary.pending
    ]
    return data_table(
        [
            reports.tr("Teacher"),
            reports.tr("School"),
            reports.tr("Chose a practice at the last session"),
            reports.tr("Self-assessments pending"),
        ],
        rows,
        [width * 0.3, width * 0.3, width * 0.22, width * 0.18],
        styles,
        align=["left", "left", "center", "center"],
    )


def exit_ticket_block(
    summary: NetworkSummary, reports: Tr, styles: Styles, width: float
) -> list[Flowable]:
    """Each question of the exit ticket with the shares of its answers in the year."""
    story: list[Flowable] = []
    for question in summary.exit_questions:
        options = [(label, ratio.rate) for label, ratio in question.options]
        story.append(Paragraph(esc(question.prompt), styles.h3))
        story.append(charts.share_bar(options, width=width))
        story.append(spacer(2 * mm))
    return story


def sessions_table(
    sessions: list[SessionFigure], reports: Tr, styles: Styles, width: float
) -> Flowable:
    rows = [
        (
            str(s.number),
            reports.short_date(s.date),
            s.title,
            reports.ratio_compact(s.attendance),
            reports.ratio_compact(s.adoption),
            reports.percent(s.useful_top.rate),
            reports.percent(s.prepared.rate),
        )
        for s in sessions
    ]
    return data_table(
        [
            reports.tr("No."),
            reports.tr("Date"),
            reports.tr("Session"),
            reports.tr("Attendance"),
            reports.tr("Adoption"),
            reports.tr("Useful"),
            reports.tr("Prepared"),
        ],
        rows,
        [
            width * 0.06,
            width * 0.13,
            width * 0.35,
            width * 0.13,
            width * 0.13,
            width * 0.1,
            width * 0.1,
        ],
        styles,
        align=["center", "left", "left", "center", "center", "center", "center"],
    )
