"""The indicator formulas of the network (attendance, practices shared against the goal,
adoption, continuation, satisfaction), the school year's bounds, whole numbers, and dates
and times typed by people (re-exported by `minga.domain.cycle_rules`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from minga.domain.errors import ValidationError
from minga.domain.vocab import AttendanceStatus, ContinueDecision
from minga.i18n import QT_TRANSLATE_NOOP

#: Satisfaction levels go from 1 (not at all) to 4 (very much); 3 and 4 are agreement
#: ("de acuerdo", "muy de acuerdo").
SATISFACTION_LEVELS = (1, 2, 3, 4)
AGREE_LEVELS = (3, 4)


def whole_number(value: Any) -> int | None:
    """`value` as an int if it is a whole number (not a bool, not text), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


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
