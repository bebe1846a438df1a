"""The rules of the microcentre cycle (docs/domain.md, The monthly cycle), in plain Python.

No SQL and no Qt: the services feed these functions plain values, and the unit tests feed
them hand-made data. Two kinds of outcome:

- **warnings** (`RuleWarning`): values, never exceptions. The plan goes ahead and the
  person sees the sentence (a session plan over the monthly allowance, a presentation over
  its 15-minute slot);
- **hard violations**: `ValidationError` (one field) or `ValidationErrors` (several), as
  everywhere in Minga (more answers in an exit ticket than students present, a count that
  is not a whole number).

The rules:

- **Monthly allowance** (Decreto Exento N° 1.107, 2021): a microcentre meets up to
  8 horas pedagógicas a month; one hora pedagógica is 45 minutes, so 360 minutes. A
  session's agenda over 360 minutes, or the sessions of one month together over it, warn.
- **Presentation slot**: a practice is presented in at most 15 minutes; more warns.
- **Exit-ticket tallies**: counts per question, option and level; whole numbers only (no
  student names anywhere); for each question the answers of a level cannot exceed the
  students present at that level (when known per level), and the answers of all levels
  cannot exceed the students present.
- **Run charts** (PHEA, Malloa network), by the book: a baseline median from the first
  points (6 by default, 6 to 10 per cycle), frozen until the advisor marks a change;
  then shift (6 or more points on one side of the median), trend (5 or more going one
  way), too few or too many runs, and astronomical points. Points exactly on the median
  neither break a run nor count towards it (`run_chart`).
- **Indicator formulas**: attendance rate, practices shared against the annual goal,
  adoption rate, continuation rate, satisfaction and exit-ticket trends (see each
  function). Rates are `Ratio`s: the numerator and the denominator, so a report can show
  "17 of 20" as well as "85%", and no rate is invented when the denominator is 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from minga.domain.errors import FIELD_LABELS, MingaError, ValidationError, ValidationErrors
from minga.domain.formulas import (
    AGREE_LEVELS,
    DATE_YEARS,
    SATISFACTION_LEVELS,
    Ratio,
    adoption_rate,
    attendance_from_statuses,
    attendance_rate,
    continuation_rate,
    parse_date,
    practices_shared,
    satisfaction_rate,
    satisfaction_top_box,
    school_year_bounds,
    school_year_of,
    shared_vs_goal,
    validate_start_time,
    whole_number,
)
from minga.domain.run_charts import (
    ASTRONOMICAL,
    BASELINE_DEFAULT,
    BASELINE_MAX,
    BASELINE_MIN,
    RUNS_LIMITS,
    RUNS_MIN_USEFUL,
    SHIFT,
    SHIFT_MIN_POINTS,
    TOO_FEW_RUNS,
    TOO_MANY_RUNS,
    TREND,
    TREND_MIN_POINTS,
    Phase,
    RunChart,
    Shift,
    Signal,
    count_runs,
    find_shifts,
    find_trends,
    median,
    run_chart,
    runs_limits,
    validate_baseline,
    validate_data_points,
)
from minga.domain.validation import normalize_level
from minga.domain.vocab import CycleStage
from minga.i18n import QT_TRANSLATE_NOOP, Catalog, catalog

WARNINGS_CONTEXT = "warnings"

#: One hora pedagógica, in minutes.
PEDAGOGICAL_HOUR_MINUTES = 45
#: The monthly allowance of a microcentre, in horas pedagógicas (Decreto 1.107).
MONTHLY_ALLOWANCE_HOURS = 8
MONTHLY_ALLOWANCE_MINUTES = MONTHLY_ALLOWANCE_HOURS * PEDAGOGICAL_HOUR_MINUTES  # 360
#: The longest presentation slot before a warning (Andalién Sur: 15 minutes).
PRESENTATION_SLOT_MINUTES = 15
#: Hard bound on one agenda item or presentation (a typo guard: a whole working day).
MAX_ITEM_MINUTES = 600
#: Hard bound on the students present at one application (rural classes are small).
MAX_STUDENTS_PRESENT = 500
#: Hard bound on the answers one satisfaction tally may stand for.
MAX_SURVEY_COUNT = 500


SATISFACTION_QUESTIONS = ("useful", "prepared", "trust")
# The survey's form: the three questions above and "I brought what I learnt into my
# practice" (Malloa's item on incorporating new content; 0 on answers from before it).
SURVEY_QUESTIONS = (*SATISFACTION_QUESTIONS, "applied")
AGENDA_TITLE_MAX = 200


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


# A state derived for display, never stored: a planned session whose date has passed
# and that nobody closed (marked held, with its attendance) is "por cerrar". It never
# counts as held.
TO_CLOSE = "to_close"


def session_state(status: str, date: dt.date, today: dt.date) -> str:
    """The stored status, or `TO_CLOSE` for a planned session dated before `today`."""
    if status == SessionStatus.PLANNED and date < today:
        return TO_CLOSE
    return status


class CycleDecision(StrEnum):
    """The Adjust stage of a PHEA cycle: keep the change, change it, or let it go."""

    ADOPT = "adopt"
    ADAPT = "adapt"
    ABANDON = "abandon"


STAGE_ORDER: tuple[CycleStage, ...] = (
    CycleStage.PLAN,
    CycleStage.DO,
    CycleStage.STUDY,
    CycleStage.ADJUST,
)

# Names of the fields these rules talk about, for messages shown away from their form.
# (They extend the shared table of minga.domain.errors.)
_FIELD_LABELS = {
    "date": QT_TRANSLATE_NOOP("fields", "Date"),
    "start_time": QT_TRANSLATE_NOOP("fields", "Start time"),
    "place": QT_TRANSLATE_NOOP("fields", "Place"),
    "modality": QT_TRANSLATE_NOOP("fields", "Modality"),
    "focus": QT_TRANSLATE_NOOP("fields", "Focus"),
    "agenda": QT_TRANSLATE_NOOP("fields", "Agenda"),
    "number": QT_TRANSLATE_NOOP("fields", "Number"),
    "session": QT_TRANSLATE_NOOP("fields", "Session"),
    "practice": QT_TRANSLATE_NOOP("fields", "Practice"),
    "presenter": QT_TRANSLATE_NOOP("fields", "Presenter"),
    "position": QT_TRANSLATE_NOOP("fields", "Position"),
    "minutes": QT_TRANSLATE_NOOP("fields", "Minutes"),
    "attendance": QT_TRANSLATE_NOOP("fields", "Attendance"),
    "minutes_text": QT_TRANSLATE_NOOP("fields", "Minutes of the session"),
    "strengths": QT_TRANSLATE_NOOP("fields", "Strengths"),
    "suggestions": QT_TRANSLATE_NOOP("fields", "Suggestions"),
    "replicability": QT_TRANSLATE_NOOP("fields", "Replicability"),
    "author": QT_TRANSLATE_NOOP("fields", "Participant"),
    "respondent": QT_TRANSLATE_NOOP("fields", "Respondent"),
    "useful": QT_TRANSLATE_NOOP("fields", "Useful"),
    "prepared": QT_TRANSLATE_NOOP("fields", "Prepared to apply"),
    "trust": QT_TRANSLATE_NOOP("fields", "Trust to voice doubts"),
    "count": QT_TRANSLATE_NOOP("fields", "Number of answers"),
    "comment": QT_TRANSLATE_NOOP("fields", "Comment"),
    "adoption": QT_TRANSLATE_NOOP("fields", "Adoption"),
    "application": QT_TRANSLATE_NOOP("fields", "Application"),
    "students_present": QT_TRANSLATE_NOOP("fields", "Students present"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "counts": QT_TRANSLATE_NOOP("fields", "Exit-ticket answers"),
    "template": QT_TRANSLATE_NOOP("fields", "Template"),
    "ratings": QT_TRANSLATE_NOOP("fields", "Ratings"),
    "adjustments": QT_TRANSLATE_NOOP("fields", "Adjustments"),
    "decision": QT_TRANSLATE_NOOP("fields", "Decision"),
    "reflection": QT_TRANSLATE_NOOP("fields", "Reflection"),
    "observed": QT_TRANSLATE_NOOP("fields", "Observed teacher"),
    "protocol": QT_TRANSLATE_NOOP("fields", "Observation protocol"),
    "evidence": QT_TRANSLATE_NOOP("fields", "Evidence"),
    "opportunities": QT_TRANSLATE_NOOP("fields", "Opportunities"),
    "agreements": QT_TRANSLATE_NOOP("fields", "Agreements"),
    "action_step": QT_TRANSLATE_NOOP("fields", "Action step"),
    "follows": QT_TRANSLATE_NOOP("fields", "Follow-up of"),
    "text": QT_TRANSLATE_NOOP("fields", "Text"),
    "aim": QT_TRANSLATE_NOOP("fields", "Aim"),
    "change_idea": QT_TRANSLATE_NOOP("fields", "Change idea"),
    "prediction": QT_TRANSLATE_NOOP("fields", "Prediction"),
    "indicator": QT_TRANSLATE_NOOP("fields", "Indicator"),
    "do_notes": QT_TRANSLATE_NOOP("fields", "What was done"),
    "data_points": QT_TRANSLATE_NOOP("fields", "Data"),
    "study_notes": QT_TRANSLATE_NOOP("fields", "What we learnt"),
    "adjust_notes": QT_TRANSLATE_NOOP("fields", "Adjustment notes"),
    "stage": QT_TRANSLATE_NOOP("fields", "Stage"),
    "started_on": QT_TRANSLATE_NOOP("fields", "Start date"),
    "practices": QT_TRANSLATE_NOOP("fields", "Linked practices"),
    "sessions": QT_TRANSLATE_NOOP("fields", "Linked sessions"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "body": QT_TRANSLATE_NOOP("fields", "Content"),
    "tags": QT_TRANSLATE_NOOP("fields", "Tags"),
    "year": QT_TRANSLATE_NOOP("fields", "Year"),
}
for _name, _label in _FIELD_LABELS.items():
    FIELD_LABELS.setdefault(_name, _label)


class AdvisorOnlyError(MingaError):
    """Something only the microcentre's advisor (or coordinator) does."""

    template = QT_TRANSLATE_NOOP(
        "errors", "Only the microcentre's advisor can do this; this installation is {name}'s."
    )


# --- Warnings -------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleWarning:
    """A rule the plan goes beyond: shown to the person, never a refusal.

    `code` is stable (for tests, JSON and the GUI's icons); `template` is the English
    source of the sentence, translated under the "warnings" context.
    """

    code: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    field: str = ""

    def message(self, cat: Catalog | None = None) -> str:
        return (cat or catalog())(WARNINGS_CONTEXT, self.template, **dict(self.params))

    def as_json(self, cat: Catalog | None = None) -> dict[str, Any]:
        return {
            "code": self.code,
            "field": self.field,
            "params": dict(self.params),
            "message": self.message(cat),
        }


ALLOWANCE_EXCEEDED = "allowance_exceeded"
MONTH_ALLOWANCE_EXCEEDED = "month_allowance_exceeded"
SLOT_EXCEEDED = "slot_exceeded"


def pedagogical_hours(minutes: int) -> float:
    """Minutes in horas pedagógicas (45 minutes), to one decimal: 360 -> 8.0."""
    return round(minutes / PEDAGOGICAL_HOUR_MINUTES, 1)


# --- Sessions -------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaItem:
    title: str
    minutes: int

    def as_json(self) -> dict[str, Any]:
        return {"title": self.title, "minutes": self.minutes}


def validate_agenda(items: Iterable[AgendaItem | Mapping[str, Any]]) -> list[AgendaItem]:
    """The agenda with titles stripped; `ValidationError("agenda")` names the first bad item.

    Each item needs a title and whole minutes from 1 to MAX_ITEM_MINUTES. Going over the
    monthly allowance is not an error: see `check_allowance`.
    """
    clean: list[AgendaItem] = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, AgendaItem):
            title, minutes = item.title, item.minutes
        else:
            title, minutes = item.get("title", ""), item.get("minutes")
        title = (title or "").strip() if isinstance(title, str) else ""
        if not title:
            raise ValidationError(
                "agenda",
                QT_TRANSLATE_NOOP("errors", "Agenda item {number} has no title."),
                number=number,
            )
        if len(title) > AGENDA_TITLE_MAX:
            raise ValidationError(
                "agenda",
                QT_TRANSLATE_NOOP(
                    "errors", "The title of agenda item {number} is too long: at most {max}."
                ),
                number=number,
                max=AGENDA_TITLE_MAX,
            )
        whole = whole_number(minutes)
        if whole is None or not 1 <= whole <= MAX_ITEM_MINUTES:
            raise ValidationError(
                "agenda",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Agenda item {number} ('{title}') needs whole minutes from 1 to {max}.",
                ),
                number=number,
                title=title,
                max=MAX_ITEM_MINUTES,
            )
        clean.append(AgendaItem(title, whole))
    return clean


def agenda_minutes(items: Iterable[AgendaItem | Mapping[str, Any]]) -> int:
    """Total minutes of an agenda (items without whole minutes count as 0)."""
    total = 0
    for item in items:
        minutes = item.minutes if isinstance(item, AgendaItem) else item.get("minutes")
        total += whole_number(minutes) or 0
    return total


def check_allowance(session_minutes: int, other_minutes_in_month: int = 0) -> list[RuleWarning]:
    """Warnings when a session's agenda, or the month with it, goes over 360 minutes.

    `other_minutes_in_month` is the agenda time of the microcentre's other sessions in the
    same calendar month (the allowance is monthly).
    """
    if session_minutes > MONTHLY_ALLOWANCE_MINUTES:
        return [
            RuleWarning(
                ALLOWANCE_EXCEEDED,
                QT_TRANSLATE_NOOP(
                    "warnings",
                    "The agenda takes {minutes} minutes, more than the monthly allowance of "
                    "{hours} pedagogical hours ({allowance} minutes).",
                ),
                {
                    "minutes": session_minutes,
                    "hours": MONTHLY_ALLOWANCE_HOURS,
                    "allowance": MONTHLY_ALLOWANCE_MINUTES,
                },
                "agenda",
            )
        ]
    month_total = session_minutes + max(0, other_minutes_in_month)
    if month_total > MONTHLY_ALLOWANCE_MINUTES:
        return [
            RuleWarning(
                MONTH_ALLOWANCE_EXCEEDED,
                QT_TRANSLATE_NOOP(
                    "warnings",
                    "With the other sessions of the same month the microcentre meets "
                    "{minutes} minutes, more than the monthly allowance of {hours} "
                    "pedagogical hours ({allowance} minutes).",
                ),
                {
                    "minutes": month_total,
                    "hours": MONTHLY_ALLOWANCE_HOURS,
                    "allowance": MONTHLY_ALLOWANCE_MINUTES,
                },
                "agenda",
            )
        ]
    return []


def validate_slot_minutes(minutes: Any) -> int:
    """Whole minutes of a presentation, 1 to MAX_ITEM_MINUTES (over 15 only warns)."""
    whole = whole_number(minutes)
    if whole is None or not 1 <= whole <= MAX_ITEM_MINUTES:
        raise ValidationError(
            "minutes",
            QT_TRANSLATE_NOOP("errors", "The minutes must be a whole number from 1 to {max}."),
            max=MAX_ITEM_MINUTES,
        )
    return whole


def check_presentation_slot(minutes: int, title: str = "") -> list[RuleWarning]:
    """A warning when a presentation takes more than its 15-minute slot."""
    if minutes <= PRESENTATION_SLOT_MINUTES:
        return []
    return [
        RuleWarning(
            SLOT_EXCEEDED,
            QT_TRANSLATE_NOOP(
                "warnings",
                "The presentation '{title}' takes {minutes} minutes; a presentation slot is "
                "at most {max} minutes.",
            ),
            {"title": title, "minutes": minutes, "max": PRESENTATION_SLOT_MINUTES},
            "minutes",
        )
    ]


# --- Exit tickets ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionSpec:
    """One exit-ticket question as the rules need it: its id and its options' ids."""

    id: str
    options: tuple[str, ...]


Counts = dict[str, dict[str, dict[str, int]]]


def validate_students_present(value: Any, field: str = "students_present") -> int:
    whole = whole_number(value)
    if whole is None or not 1 <= whole <= MAX_STUDENTS_PRESENT:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "The students present must be a whole number from 1 to {max}."
            ),
            max=MAX_STUDENTS_PRESENT,
        )
    return whole


def validate_tally_counts(
    counts: Mapping[str, Any],
    questions: Sequence[QuestionSpec],
    levels: Sequence[str],
    students_present: int | Mapping[str, int],
) -> Counts:
    """Checks an exit-ticket tally; returns it with level codes normalized.

    `counts` is {question_id: {option_id: {level: count}}}. Every question and option must
    belong to `questions`, every level to `levels` (any curriculum level when `levels` is
    empty), and every count must be a whole number of answers, 0 or more: tallies never
    hold names or text. For each question, the answers cannot exceed the students present:
    per level when `students_present` is given per level, else in total. All problems are
    raised together as `ValidationErrors` (field "counts").
    """
    errors: list[ValidationError] = []

    def problem(template: str, **params: Any) -> None:
        errors.append(ValidationError("counts", template, **params))

    known = {q.id: q for q in questions}
    allowed_levels = {normalize_level(level) for level in levels} if levels else None
    per_level = (
        {normalize_level(k): v for k, v in students_present.items()}
        if isinstance(students_present, Mapping)
        else None
    )
    total_present = sum(per_level.values()) if per_level is not None else int(students_present)
    clean: Counts = {}
    if not isinstance(counts, Mapping):
        problem(QT_TRANSLATE_NOOP("errors", "An exit-ticket tally holds counts per question."))
        raise ValidationErrors(errors)
    for question_id, options in counts.items():
        question = known.get(question_id)
        if question is None:
            problem(
                QT_TRANSLATE_NOOP("errors", "'{question}' is not a question of this exit ticket."),
                question=question_id,
            )
            continue
        if not isinstance(options, Mapping):
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "The answers to question '{question}' must be counts per option."
                ),
                question=question_id,
            )
            continue
        clean_options: dict[str, dict[str, int]] = {}
        for option_id, by_level in options.items():
            if option_id not in question.options:
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "'{option}' is not an option of question '{question}'."
                    ),
                    option=option_id,
                    question=question_id,
                )
                continue
            if not isinstance(by_level, Mapping):
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The answers '{option}' to question '{question}' must be counts per level.",
                    ),
                    option=option_id,
                    question=question_id,
                )
                continue
            clean_levels: dict[str, int] = {}
            for level_text, value in by_level.items():
                try:
                    level = normalize_level(str(level_text), "counts")
                except ValidationError as exc:
                    errors.append(exc)
                    continue
                if allowed_levels is not None and level not in allowed_levels:
                    problem(
                        QT_TRANSLATE_NOOP(
                            "errors", "Level {level} is not one of the levels of this application."
                        ),
                        level=level,
                    )
                    continue
                whole = whole_number(value)
                if whole is None or whole < 0:
                    problem(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Exit tickets hold counts of answers only, never names or text: "
                            "'{value}' in {question} / {option} / {level} is not a whole "
                            "number of 0 or more.",
                        ),
                        value=str(value),
                        question=question_id,
                        option=option_id,
                        level=level,
                    )
                    continue
                clean_levels[level] = clean_levels.get(level, 0) + whole
            clean_options[option_id] = clean_levels
        clean[question_id] = clean_options
        _check_question_total(question_id, clean_options, per_level, total_present, problem)
    if errors:
        raise ValidationErrors(errors)
    return clean


def _check_question_total(
    question_id: str,
    options: Mapping[str, Mapping[str, int]],
    per_level: Mapping[str, int] | None,
    total_present: int,
    problem: Any,
) -> None:
    if per_level is not None:
        answered: dict[str, int] = {}
        for by_level in options.values():
            for level, count in by_level.items():
                answered[level] = answered.get(level, 0) + count
        for level, count in answered.items():
            present = per_level.get(level, 0)
            if count > present:
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Question '{question}' has {count} answers in {level}, but only "
                        "{present} students of that level were present.",
                    ),
                    question=question_id,
                    count=count,
                    level=level,
                    present=present,
                )
        return
    count = sum(sum(by_level.values()) for by_level in options.values())
    if count > total_present:
        problem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Question '{question}' has {count} answers, but only {present} students were "
                "present.",
            ),
            question=question_id,
            count=count,
            present=total_present,
        )


def option_totals(
    counts: Mapping[str, Mapping[str, Mapping[str, int]]],
) -> dict[str, dict[str, int]]:
    """{question: {option: answers of every level}}.

    Stored counts that are not of this shape (an older or hand-edited database) count as
    nothing rather than stopping a chart or a PDF (minga.display).
    """
    if not isinstance(counts, Mapping):
        return {}
    return {
        question: {
            option: sum(n for n in by_level.values() if type(n) is int)
            for option, by_level in options.items()
            if isinstance(by_level, Mapping)
        }
        for question, options in counts.items()
        if isinstance(options, Mapping)
    }


def validate_stage_move(
    current: str,
    target: str,
    *,
    plan_complete: bool,
    do_notes: str,
    data_points: int,
    decision: str,
) -> None:
    """Stages go Plan -> Do -> Study -> Adjust, one step at a time; back one step is
    always allowed, and Adjust -> Plan starts a new turn once the decision is 'adapt'.

    Moving forward needs the stage's content: a complete plan (aim, change idea,
    prediction, indicator) to Do, notes of what was done to Study, at least one data point
    to Adjust.
    """
    try:
        here = STAGE_ORDER.index(CycleStage(current))
        there = STAGE_ORDER.index(CycleStage(target))
    except ValueError:
        raise ValidationError(
            "stage",
            QT_TRANSLATE_NOOP("errors", "Unknown stage '{value}'."),
            value=target,
        ) from None
    if there == here:
        return
    if there == here - 1:
        return
    if here == len(STAGE_ORDER) - 1 and there == 0:
        if decision != CycleDecision.ADAPT:
            raise ValidationError(
                "stage",
                QT_TRANSLATE_NOOP(
                    "errors", "A new turn of the cycle starts only after deciding to adapt."
                ),
            )
        return
    if there != here + 1:
        raise ValidationError(
            "stage",
            QT_TRANSLATE_NOOP(
                "errors", "The cycle moves one stage at a time: Plan, Do, Study, Adjust."
            ),
        )
    target_stage = STAGE_ORDER[there]
    if target_stage is CycleStage.DO and not plan_complete:
        raise ValidationError(
            "stage",
            QT_TRANSLATE_NOOP(
                "errors",
                "Complete the plan first: aim, change idea, prediction and indicator.",
            ),
        )
    if target_stage is CycleStage.STUDY and not do_notes.strip():
        raise ValidationError(
            "stage", QT_TRANSLATE_NOOP("errors", "Write down what was done before studying it.")
        )
    if target_stage is CycleStage.ADJUST and data_points < 1:
        raise ValidationError(
            "stage",
            QT_TRANSLATE_NOOP("errors", "Enter at least one data point before adjusting."),
        )


@dataclass(frozen=True)
class TallyObservation:
    """One exit-ticket tally (or the sum of a period's) as a point of a trend."""

    key: str  # an application id, or a period like "2025-04"
    day: dt.date
    counts: Mapping[str, Mapping[str, Mapping[str, int]]]


@dataclass(frozen=True)
class TrendPoint:
    key: str
    day: dt.date
    share: Ratio  # answers with this option / answers to the question

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "date": self.day.isoformat(), **self.share.as_json()}


def exit_ticket_trends(
    observations: Iterable[TallyObservation],
) -> dict[str, dict[str, list[TrendPoint]]]:
    """{question: {option: points}}: for each observation, ordered by date then key, the
    share of a question's answers that chose the option. Observations with the same key
    are added together. Every option seen anywhere gets a point in every observation
    that answered its question (0 when nobody chose it)."""
    merged: dict[str, tuple[dt.date, dict[str, dict[str, int]]]] = {}
    for obs in observations:
        if obs.key not in merged:  # most keys come once: their sums are taken as they are
            merged[obs.key] = (obs.day, option_totals(obs.counts))
            continue
        day, totals = merged[obs.key]
        for question, options in option_totals(obs.counts).items():
            row = totals.setdefault(question, {})
            for option, n in options.items():
                row[option] = row.get(option, 0) + n
        merged[obs.key] = (min(day, obs.day), totals)
    options_seen: dict[str, list[str]] = {}
    for _day, totals in merged.values():
        for question, options in totals.items():
            known = options_seen.setdefault(question, [])
            known.extend(o for o in options if o not in known)
    trends: dict[str, dict[str, list[TrendPoint]]] = {
        q: {o: [] for o in opts} for q, opts in options_seen.items()
    }
    ratios: dict[tuple[int, int], Ratio] = {}  # immutable values: one per pair, shared
    for key, (day, totals) in sorted(merged.items(), key=lambda item: (item[1][0], item[0])):
        for question, options in totals.items():
            answered = sum(options.values())
            if answered == 0:
                continue
            for option in options_seen[question]:
                pair = (options.get(option, 0), answered)
                share = ratios.get(pair) or ratios.setdefault(pair, Ratio(*pair))
                trends[question][option].append(TrendPoint(key, day, share))
    return trends


__all__ = [
    "AGENDA_TITLE_MAX",
    "AGREE_LEVELS",
    "ALLOWANCE_EXCEEDED",
    "ASTRONOMICAL",
    "BASELINE_DEFAULT",
    "BASELINE_MAX",
    "BASELINE_MIN",
    "DATE_YEARS",
    "MAX_ITEM_MINUTES",
    "MAX_STUDENTS_PRESENT",
    "MAX_SURVEY_COUNT",
    "MONTHLY_ALLOWANCE_HOURS",
    "MONTHLY_ALLOWANCE_MINUTES",
    "MONTH_ALLOWANCE_EXCEEDED",
    "PEDAGOGICAL_HOUR_MINUTES",
    "PRESENTATION_SLOT_MINUTES",
    "RUNS_LIMITS",
    "RUNS_MIN_USEFUL",
    "SATISFACTION_LEVELS",
    "SATISFACTION_QUESTIONS",
    "SHIFT",
    "SHIFT_MIN_POINTS",
    "SLOT_EXCEEDED",
    "STAGE_ORDER",
    "SURVEY_QUESTIONS",
    "TOO_FEW_RUNS",
    "TOO_MANY_RUNS",
    "TO_CLOSE",
    "TREND",
    "TREND_MIN_POINTS",
    "WARNINGS_CONTEXT",
    "AdvisorOnlyError",
    "AgendaItem",
    "Counts",
    "CycleDecision",
    "Phase",
    "QuestionSpec",
    "Ratio",
    "RuleWarning",
    "RunChart",
    "SessionStatus",
    "Shift",
    "Signal",
    "TallyObservation",
    "TrendPoint",
    "adoption_rate",
    "agenda_minutes",
    "attendance_from_statuses",
    "attendance_rate",
    "check_allowance",
    "check_presentation_slot",
    "continuation_rate",
    "count_runs",
    "exit_ticket_trends",
    "find_shifts",
    "find_trends",
    "median",
    "option_totals",
    "parse_date",
    "pedagogical_hours",
    "practices_shared",
    "run_chart",
    "runs_limits",
    "satisfaction_rate",
    "satisfaction_top_box",
    "school_year_bounds",
    "school_year_of",
    "session_state",
    "shared_vs_goal",
    "validate_agenda",
    "validate_baseline",
    "validate_data_points",
    "validate_slot_minutes",
    "validate_stage_move",
    "validate_start_time",
    "validate_students_present",
    "validate_tally_counts",
]
