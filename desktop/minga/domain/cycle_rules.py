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
import itertools
import math
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from minga.domain.errors import FIELD_LABELS, MingaError, ValidationError, ValidationErrors
from minga.domain.validation import normalize_level
from minga.domain.vocab import AttendanceStatus, ContinueDecision, CycleStage
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
#: The shift rule of run charts: this many consecutive points on one side of the median.
SHIFT_MIN_POINTS = 6
#: Satisfaction levels go from 1 (not at all) to 4 (very much); 3 and 4 are agreement
#: ("de acuerdo", "muy de acuerdo").
SATISFACTION_LEVELS = (1, 2, 3, 4)
AGREE_LEVELS = (3, 4)
SATISFACTION_QUESTIONS = ("useful", "prepared", "trust")
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


def _whole_number(value: Any) -> int | None:
    """`value` as an int if it is a whole number (not a bool, not text), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


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
        whole = _whole_number(minutes)
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
        total += _whole_number(minutes) or 0
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
    whole = _whole_number(minutes)
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
    whole = _whole_number(value)
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
                whole = _whole_number(value)
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


# --- Run charts -----------------------------------------------------------------------


@dataclass(frozen=True)
class Shift:
    """A run of at least SHIFT_MIN_POINTS points on one side of the median.

    `start` and `end` are indexes of the first and last point of the run (points on the
    median inside it are skipped, not counted); `points` is how many points count.
    """

    side: str  # "above" or "below"
    start: int
    end: int
    points: int


@dataclass(frozen=True)
class Phase:
    """A stretch of the chart between two changes the advisor marked.

    Its median is taken over its first `baseline` points (indexes `start`..`baseline_end`)
    and extended, frozen, over the rest (`baseline_end + 1`..`end`): later points are
    judged against it instead of moving it. `limits` are the astronomical-point bounds
    (None when the baseline's points do not vary).
    """

    start: int
    end: int
    baseline_end: int
    median: float | None
    limits: tuple[float, float] | None = None
    runs: int = 0
    useful: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "baseline_end": self.baseline_end,
            "median": self.median,
            "limits": None if self.limits is None else list(self.limits),
            "runs": self.runs,
            "useful_points": self.useful,
        }


#: The rules of a run chart (Provost & Murray; the Institute for Healthcare Improvement).
SHIFT = "shift"
TREND = "trend"
TOO_FEW_RUNS = "too_few_runs"
TOO_MANY_RUNS = "too_many_runs"
ASTRONOMICAL = "astronomical"


@dataclass(frozen=True)
class Signal:
    """A non-random pattern: which rule, the indexes it spans and its direction
    ("above"/"below" for shifts and astronomical points, "up"/"down" for trends, "" for
    runs)."""

    rule: str
    start: int
    end: int
    direction: str = ""
    points: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "direction": self.direction,
            "points": self.points,
        }


@dataclass(frozen=True)
class RunChart:
    values: tuple[float, ...]
    median: float | None
    shifts: tuple[Shift, ...]
    phases: tuple[Phase, ...] = ()
    signals: tuple[Signal, ...] = ()
    baseline: int | None = None

    @property
    def shift_detected(self) -> bool:
        return bool(self.shifts)

    def median_at(self, index: int) -> float | None:
        """The median line under point `index` (its phase's)."""
        for phase in self.phases:
            if phase.start <= index <= phase.end:
                return phase.median
        return self.median

    def signals_of(self, rule: str) -> list[Signal]:
        return [s for s in self.signals if s.rule == rule]

    def as_json(self) -> dict[str, Any]:
        return {
            "values": list(self.values),
            "median": self.median,
            "baseline": self.baseline,
            "shift_detected": self.shift_detected,
            "shifts": [
                {"side": s.side, "start": s.start, "end": s.end, "points": s.points}
                for s in self.shifts
            ],
            "phases": [p.as_json() for p in self.phases],
            "signals": [s.as_json() for s in self.signals],
        }


def median(values: Sequence[float]) -> float | None:
    """The median of `values` (the mean of the two middle ones for an even count)."""
    return float(statistics.median(values)) if values else None


def _on(value: float, center: float) -> bool:
    return math.isclose(value, center, rel_tol=1e-9, abs_tol=1e-12)


def find_shifts(
    values: Sequence[float], center: float | None = None, min_points: int = SHIFT_MIN_POINTS
) -> list[Shift]:
    """Every run of `min_points` or more consecutive points on one side of `center`
    (default: the median). Points on the center line are skipped: they neither break a
    run nor count towards it."""
    if center is None:
        center = median(values)
    if center is None:
        return []
    shifts: list[Shift] = []
    side: str | None = None
    start = end = count = 0

    def close() -> None:
        if side is not None and count >= min_points:
            shifts.append(Shift(side, start, end, count))

    for index, value in enumerate(values):
        if _on(value, center):
            continue
        here = "above" if value > center else "below"
        if here == side:
            end, count = index, count + 1
            continue
        close()
        side, start, end, count = here, index, index, 1
    close()
    return shifts


#: A baseline of this many first points by default; a cycle may set 6 to 10. A
#: microcentre meets about ten times a year, so a baseline of six leaves room to see a
#: shift within the year (more points make a steadier median, fewer a noisier one).
BASELINE_DEFAULT = 6
BASELINE_MIN, BASELINE_MAX = 6, 10
#: The trend rule: this many points in a row all going up or all going down.
TREND_MIN_POINTS = 5
#: Runs are judged from this many useful points (not on the median) on.
RUNS_MIN_USEFUL = 10
# Too few / too many runs for 10..30 useful points (Perla, Provost & Murray 2011, from the
# Swed-Eisenhart tables at about 5%): useful points -> (lowest, highest) expected runs.
RUNS_LIMITS: dict[int, tuple[int, int]] = {
    10: (3, 9),
    11: (3, 10),
    12: (3, 11),
    13: (4, 11),
    14: (4, 12),
    15: (5, 12),
    16: (5, 13),
    17: (5, 13),
    18: (6, 14),
    19: (6, 15),
    20: (6, 16),
    21: (7, 16),
    22: (7, 17),
    23: (8, 17),
    24: (8, 18),
    25: (9, 18),
    26: (9, 19),
    27: (9, 20),
    28: (10, 20),
    29: (10, 21),
    30: (11, 21),
}
# An individuals chart's sigma from the median moving range (d4 = 0.954): limits at
# 3 sigma flag a point as astronomical, a suggestion for the person to judge.
_MEDIAN_MR_TO_SIGMA = 1 / 0.954


def runs_limits(useful: int) -> tuple[int, int] | None:
    """The expected (lowest, highest) number of runs for `useful` points, or None below
    RUNS_MIN_USEFUL (too few points to judge). Beyond the table, the normal approximation
    of the number of runs (mean n/2 + 1) at 1.96 standard deviations."""
    if useful < RUNS_MIN_USEFUL:
        return None
    if useful in RUNS_LIMITS:
        return RUNS_LIMITS[useful]
    mean = useful / 2 + 1
    sd = math.sqrt(useful * (useful - 2) / (4 * (useful - 1)))
    return math.ceil(mean - 1.96 * sd), math.floor(mean + 1.96 * sd)


def count_runs(values: Sequence[float], center: float) -> tuple[int, int]:
    """(runs, useful points): a run is a series of points on one side of the median;
    points on the median are not useful and neither start nor break a run."""
    runs = useful = 0
    side: bool | None = None
    for value in values:
        if _on(value, center):
            continue
        useful += 1
        here = value > center
        if here != side:
            runs += 1
            side = here
    return runs, useful


def find_trends(
    values: Sequence[float], min_points: int = TREND_MIN_POINTS, offset: int = 0
) -> list[Signal]:
    """Every run of `min_points` or more points each higher (or each lower) than the one
    before. A point equal to the one before neither counts nor breaks the trend; the
    point where the direction turns ends one trend and starts the next."""
    trends: list[Signal] = []
    direction: str | None = None
    start = end = 0
    count = 1

    def close() -> None:
        if direction is not None and count >= min_points:
            trends.append(Signal(TREND, offset + start, offset + end, direction, count))

    for index in range(1, len(values)):
        step = values[index] - values[index - 1]
        if _on(values[index], values[index - 1]):
            continue
        here = "up" if step > 0 else "down"
        if here == direction:
            end, count = index, count + 1
            continue
        close()
        # The turn: the previous distinct point starts the new trend.
        previous = index - 1
        while previous > 0 and _on(values[previous], values[previous - 1]):
            previous -= 1
        direction, start, end, count = here, previous, index, 2
    close()
    return trends


def _limits(baseline_values: Sequence[float], center: float | None) -> tuple[float, float] | None:
    if center is None or len(baseline_values) < 2:
        return None
    ranges = [abs(b - a) for a, b in itertools.pairwise(baseline_values)]
    spread = float(statistics.median(ranges))
    if spread <= 0:
        spread = sum(ranges) / len(ranges)
    if spread <= 0:
        return None
    sigma = spread * _MEDIAN_MR_TO_SIGMA
    return center - 3 * sigma, center + 3 * sigma


def run_chart(
    values: Sequence[float],
    *,
    baseline: int | None = BASELINE_DEFAULT,
    changes: Iterable[int] = (),
) -> RunChart:
    """The run chart of a series of values in order, by the book.

    The chart is cut into phases at `changes` (indexes of the first point after a change
    the advisor marked); each phase takes its median from its first `baseline` points
    (all of them while it has fewer; `baseline=None` takes every point) and keeps it for
    the points that follow, so new points are judged against the past instead of moving
    the line. Within each phase, the rules:

    - shift: SHIFT_MIN_POINTS or more points in a row on one side of the median;
    - trend: TREND_MIN_POINTS or more points in a row each going up (or down);
    - runs: too few or too many runs for the useful points (RUNS_LIMITS; from 10 on);
    - astronomical: a point beyond 3 sigma of the baseline (sigma from the median moving
      range), a candidate the person judges.

    `median` and `shifts` keep their earlier meaning: the first phase's median and every
    shift of every phase.
    """
    series = [float(v) for v in values]
    cuts = sorted({c for c in changes if 0 < c < len(series)})
    bounds = list(zip([0, *cuts], [*cuts, len(series)], strict=True)) if series else []
    phases: list[Phase] = []
    signals: list[Signal] = []
    shifts: list[Shift] = []
    for first, stop in bounds:
        points = series[first:stop]
        size = len(points) if baseline is None else min(len(points), max(1, baseline))
        center = median(points[:size])
        runs, useful = count_runs(points, center) if center is not None else (0, 0)
        limits = _limits(points[:size], center) if baseline is not None else None
        phases.append(Phase(first, stop - 1, first + size - 1, center, limits, runs, useful))
        for shift in find_shifts(points, center):
            moved = Shift(shift.side, shift.start + first, shift.end + first, shift.points)
            shifts.append(moved)
            signals.append(Signal(SHIFT, moved.start, moved.end, moved.side, moved.points))
        signals.extend(find_trends(points, offset=first))
        expected = runs_limits(useful)
        if expected is not None and runs < expected[0]:
            signals.append(Signal(TOO_FEW_RUNS, first, stop - 1, "", runs))
        elif expected is not None and runs > expected[1]:
            signals.append(Signal(TOO_MANY_RUNS, first, stop - 1, "", runs))
        if limits is not None:
            low, high = limits
            for index, value in enumerate(points):
                if value > high or value < low:
                    side = "above" if value > high else "below"
                    signals.append(Signal(ASTRONOMICAL, first + index, first + index, side, 1))
    return RunChart(
        tuple(series),
        phases[0].median if phases else None,
        tuple(shifts),
        tuple(phases),
        tuple(signals),
        baseline,
    )


def validate_baseline(value: Any, field: str = "baseline_points") -> int:
    """A cycle's baseline: whole points from BASELINE_MIN to BASELINE_MAX."""
    whole = _whole_number(value)
    if whole is None or not BASELINE_MIN <= whole <= BASELINE_MAX:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "The baseline takes from {low} to {high} first points."),
            low=BASELINE_MIN,
            high=BASELINE_MAX,
        )
    return whole


def validate_data_points(points: Iterable[Any]) -> list[dict[str, Any]]:
    """[{"period": str, "value": float}] in order; periods unique and non-empty, values
    finite numbers. `ValidationError("data_points")` names the first bad point."""
    clean: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, point in enumerate(points, start=1):
        if isinstance(point, Mapping):
            period, value = point.get("period"), point.get("value")
        else:
            period, value = getattr(point, "period", None), getattr(point, "value", None)
        period = period.strip() if isinstance(period, str) else ""
        if not period or len(period) > 40:
            raise ValidationError(
                "data_points",
                QT_TRANSLATE_NOOP(
                    "errors", "Data point {number} needs a period (up to 40 characters)."
                ),
                number=number,
            )
        if period in seen:
            raise ValidationError(
                "data_points",
                QT_TRANSLATE_NOOP("errors", "The period '{period}' appears twice."),
                period=period,
            )
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise ValidationError(
                "data_points",
                QT_TRANSLATE_NOOP("errors", "The value of period '{period}' is not a number."),
                period=period,
            )
        seen.add(period)
        clean.append({"period": period, "value": float(value)})
    return clean


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


# --- Indicator formulas ---------------------------------------------------------------


@dataclass(frozen=True)
class Ratio:
    """`numerator` of `denominator`; `rate` is None when there is nothing to divide by."""

    numerator: int
    denominator: int

    @property
    def rate(self) -> float | None:
        return None if self.denominator == 0 else self.numerator / self.denominator

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.numerator + other.numerator, self.denominator + other.denominator)

    def as_json(self, digits: int = 4) -> dict[str, Any]:
        rate = self.rate
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "rate": None if rate is None else round(rate, digits),
        }


def attendance_rate(present: int, absent: int, excused: int) -> Ratio:
    """present / (present + absent + excused): excused absences count as absences."""
    return Ratio(present, present + absent + excused)


def attendance_from_statuses(statuses: Iterable[str]) -> Ratio:
    """The attendance rate of a list of statuses (unknown statuses are left out)."""
    tally = {status.value: 0 for status in AttendanceStatus}
    for status in statuses:
        if status in tally:
            tally[status] += 1
    return attendance_rate(
        tally[AttendanceStatus.PRESENT],
        tally[AttendanceStatus.ABSENT],
        tally[AttendanceStatus.EXCUSED],
    )


def school_year_bounds(year: int) -> tuple[dt.date, dt.date]:
    """A Chilean school year runs March to December within one calendar year; sessions
    held in January or February (summer) still count for that calendar year."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def school_year_of(day: dt.date) -> int:
    """The school year a day belongs to: January and February still look back on the
    previous year (the summer break), from March on it is the new one."""
    return day.year if day.month >= 3 else day.year - 1


def practices_shared(presentations: Iterable[tuple[str, dt.date]], year: int) -> int:
    """How many distinct practices were presented at a session dated in `year`.

    `presentations` are (practice id, session date) pairs; a practice presented twice in
    the year counts once.
    """
    first, last = school_year_bounds(year)
    return len({practice for practice, day in presentations if first <= day <= last})


def shared_vs_goal(shared: int, goal: int) -> Ratio:
    return Ratio(shared, max(0, goal))


def adoption_rate(choosers: Iterable[str], present: Iterable[str]) -> Ratio:
    """Teachers present at a session who chose at least one practice there / teachers
    present. Someone who chose without being present is not counted (the rate stays a
    share of the people in the room)."""
    present_set = set(present)
    return Ratio(len(present_set & set(choosers)), len(present_set))


def continuation_rate(decisions: Iterable[str] | Mapping[str, int]) -> Ratio:
    """Self-assessments deciding to continue (as is or with adjustments) / all decisions.

    `decisions` is a list of decisions, or {decision: how many}; unknown ones are left out.
    """
    pairs = decisions.items() if isinstance(decisions, Mapping) else ((d, 1) for d in decisions)
    keep = total = 0
    for decision, weight in pairs:
        if decision not in set(ContinueDecision):
            continue
        total += weight
        if decision in (ContinueDecision.CONTINUE, ContinueDecision.ADJUST):
            keep += weight
    return Ratio(keep, total)


def satisfaction_rate(answers: Iterable[tuple[int, int]]) -> Ratio:
    """Share of answers at 3 or 4 ("de acuerdo", "muy de acuerdo").

    `answers` are (level, weight) pairs: a single answer has weight 1, a tally of n equal
    answers weight n. Levels outside 1..4 are left out.
    """
    agree = total = 0
    for level, weight in answers:
        if level not in SATISFACTION_LEVELS or weight <= 0:
            continue
        total += weight
        if level in AGREE_LEVELS:
            agree += weight
    return Ratio(agree, total)


def satisfaction_top_box(answers: Iterable[tuple[int, int]]) -> Ratio:
    """Share of answers at 4 only ("muy de acuerdo": "muy útil", "muy preparado").

    This is how the Andalién Sur network reports its survey ("82 % muy útil", "64 % muy
    preparado"), so its goals compare with this figure, not with `satisfaction_rate`.
    `answers` are (level, weight) pairs as for `satisfaction_rate`.
    """
    top = total = 0
    for level, weight in answers:
        if level not in SATISFACTION_LEVELS or weight <= 0:
            continue
        total += weight
        if level == SATISFACTION_LEVELS[-1]:
            top += weight
    return Ratio(top, total)


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
        day, totals = merged.get(obs.key, (obs.day, {}))
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
    for key, (day, totals) in sorted(merged.items(), key=lambda item: (item[1][0], item[0])):
        for question, options in totals.items():
            answered = sum(options.values())
            if answered == 0:
                continue
            for option in options_seen[question]:
                trends[question][option].append(
                    TrendPoint(key, day, Ratio(options.get(option, 0), answered))
                )
    return trends


# --- Dates and times typed by people --------------------------------------------------


# The years a date may have anywhere in Minga (minga.domain.schema checks the same).
DATE_YEARS = (1990, 2200)


def parse_date(value: str | dt.date | None, field: str = "date") -> dt.date:
    """A date from `2025-04-10` (or a date already); `ValidationError(field)` otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = (value or "").strip()
    try:
        parsed = dt.date.fromisoformat(text) if len(text) <= 40 else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a date; write it as YYYY-MM-DD."),
            value=text[:40],
        )
    if not DATE_YEARS[0] <= parsed.year <= DATE_YEARS[1]:
        # A date no bundle could carry (the schema's bounds): refused where it is typed.
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "{value} is not a date from {low} to {high}."),
            value=text,
            low=DATE_YEARS[0],
            high=DATE_YEARS[1],
        )
    return parsed


def validate_start_time(value: str | None, field: str = "start_time") -> str:
    """`9:00`, `09:00` -> `09:00` (24-hour clock)."""
    text = (value or "").strip()
    hours, _, minutes = text.partition(":")
    if (
        re.fullmatch(r"[0-9]{1,2}", hours)
        and re.fullmatch(r"[0-9]{2}", minutes)
        and 0 <= int(hours) <= 23
        and 0 <= int(minutes) <= 59
    ):
        return f"{int(hours):02d}:{minutes}"
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP("errors", "'{value}' is not a time; write it as HH:MM, like 09:30."),
        value=text,
    )
