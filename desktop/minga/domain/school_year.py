"""The school year's calendar: a default shape for Chile, suggested monthly dates, the
numbering of sessions by date, and the Decreto 1.107 hours per month. Pure functions:
no SQL, no Qt.

Chile's school year runs from early March to mid December with a winter break of two
weeks around July; each region's Secretaría Regional Ministerial publishes its own
calendar, so the default here is only a shape the advisor confirms or edits (dates of the
winter break and the regional holidays differ). A microcentro meets once a month; the
suggested day is the n-th weekday of the month (the last Wednesday by default), moved to
the next school day when it falls on a break or a holiday.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from minga.domain.cycle_rules import (
    MONTHLY_ALLOWANCE_HOURS,
    MONTHLY_ALLOWANCE_MINUTES,
    PEDAGOGICAL_HOUR_MINUTES,
)
from minga.domain.errors import ValidationError, ValidationErrors
from minga.i18n import QT_TRANSLATE_NOOP

DEFAULT_GOAL = 7
LAST_WEEK = 5
#: Wednesday (Monday is 0).
DEFAULT_WEEKDAY = 2
#: A typo guard (the schema's bound on `breaks`).
MAX_BREAKS = 100

# National holidays on fixed dates that fall in the school year (Ley 2.977 and later
# laws). Movable ones (San Pedro y San Pablo, Encuentro de Dos Mundos, Pueblos
# Indígenas, Good Friday) are left for the advisor to add: their dates change each year.
FIXED_HOLIDAYS = (
    (5, 1, QT_TRANSLATE_NOOP("year", "Día del Trabajo")),
    (5, 21, QT_TRANSLATE_NOOP("year", "Día de las Glorias Navales")),
    (7, 16, QT_TRANSLATE_NOOP("year", "Virgen del Carmen")),
    (8, 15, QT_TRANSLATE_NOOP("year", "Asunción de la Virgen")),
    (9, 18, QT_TRANSLATE_NOOP("year", "Fiestas Patrias")),
    (9, 19, QT_TRANSLATE_NOOP("year", "Glorias del Ejército")),
    (10, 31, QT_TRANSLATE_NOOP("year", "Día de las Iglesias Evangélicas")),
    (11, 1, QT_TRANSLATE_NOOP("year", "Día de Todos los Santos")),
    (12, 8, QT_TRANSLATE_NOOP("year", "Inmaculada Concepción")),
)
WINTER_BREAK = QT_TRANSLATE_NOOP("year", "Vacaciones de invierno")


@dataclass(frozen=True)
class Break:
    """Days without sessions (both ends included)."""

    start: dt.date
    end: dt.date
    label: str = ""

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def as_json(self) -> dict[str, Any]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "label": self.label}

    @classmethod
    def from_json(cls, item: Mapping[str, Any]) -> Break:
        return cls(
            dt.date.fromisoformat(str(item["from"])),
            dt.date.fromisoformat(str(item["to"])),
            str(item.get("label", "")),
        )


@dataclass(frozen=True)
class Calendar:
    """The dates of one school year."""

    year: int
    starts_on: dt.date
    ends_on: dt.date
    breaks: tuple[Break, ...] = ()
    meeting_week: int = LAST_WEEK
    meeting_weekday: int = DEFAULT_WEEKDAY

    def is_school_day(self, day: dt.date) -> bool:
        return (
            self.starts_on <= day <= self.ends_on
            and day.weekday() < 5
            and not any(b.covers(day) for b in self.breaks)
        )


def _first_weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def default_calendar(year: int) -> Calendar:
    """The usual shape of a Chilean school year (to be confirmed by the advisor): from
    the first Monday of March to the third Friday of December (nearly every region ends
    classes in mid December), two weeks of winter break from the last Monday of June,
    and the national holidays on fixed dates."""
    starts = _first_weekday_on_or_after(dt.date(year, 3, 1), 0)
    ends = _first_weekday_on_or_after(dt.date(year, 12, 1), 4) + dt.timedelta(days=14)
    last_june = dt.date(year, 6, 30)
    winter = last_june - dt.timedelta(days=last_june.weekday())
    breaks = [Break(winter, winter + dt.timedelta(days=11), WINTER_BREAK)]
    breaks += [
        Break(dt.date(year, m, d), dt.date(year, m, d), label) for m, d, label in FIXED_HOLIDAYS
    ]
    breaks.sort(key=lambda b: b.start)
    return Calendar(year, starts, ends, tuple(breaks))


def nth_weekday(year: int, month: int, week: int, weekday: int) -> dt.date:
    """The `week`-th (1..4; 5 = the last) `weekday` of a month."""
    if week >= LAST_WEEK:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = _first_weekday_on_or_after(dt.date(year, month, 1), weekday)
    return first + dt.timedelta(weeks=week - 1)


def suggested_dates(cal: Calendar) -> dict[int, dt.date]:
    """{month: suggested date} for every month of the school year that has a school day
    for it: the meeting day, or when it falls on a break or a holiday the same weekday of
    the nearest other week of the month, else the nearest school day of the month."""
    result: dict[int, dt.date] = {}
    for month in range(cal.starts_on.month, cal.ends_on.month + 1):
        day = nth_weekday(cal.year, month, cal.meeting_week, cal.meeting_weekday)
        # The same weekday a week earlier or later first (the network keeps its day),
        # then the nearest school day.
        candidates = [day]
        for weeks in range(1, 5):
            candidates += [day - dt.timedelta(weeks=weeks), day + dt.timedelta(weeks=weeks)]
        for days in range(1, 31):
            candidates += [day + dt.timedelta(days=days), day - dt.timedelta(days=days)]
        for candidate in candidates:
            if candidate.month == month and cal.is_school_day(candidate):
                result[month] = candidate
                break
    return result


def validate_calendar(  # noqa: PLR0917 (a calendar's six parts, in their order)
    year: int,
    starts_on: dt.date,
    ends_on: dt.date,
    breaks: Sequence[Break],
    meeting_week: int,
    meeting_weekday: int,
) -> None:
    """`ValidationErrors` naming what does not fit one calendar year."""
    errors: list[ValidationError] = []
    if starts_on.year != year or ends_on.year != year:
        errors.append(
            ValidationError(
                "dates",
                QT_TRANSLATE_NOOP("errors", "The school year {year} must start and end in {year}."),
                year=year,
            )
        )
    if ends_on <= starts_on:
        errors.append(
            ValidationError(
                "end", QT_TRANSLATE_NOOP("errors", "The school year must end after it starts.")
            )
        )
    for item in breaks:
        if item.end < item.start:
            errors.append(
                ValidationError(
                    "break",
                    QT_TRANSLATE_NOOP("errors", "The break {value} ends before it starts."),
                    value=f"{item.start.isoformat()}..{item.end.isoformat()}",
                )
            )
    if len(breaks) > MAX_BREAKS:
        errors.append(
            ValidationError(
                "break", QT_TRANSLATE_NOOP("errors", "At most {max} breaks."), max=MAX_BREAKS
            )
        )
    if not 1 <= meeting_week <= LAST_WEEK or not 0 <= meeting_weekday <= 6:
        errors.append(
            ValidationError(
                "meeting", QT_TRANSLATE_NOOP("errors", "The meeting day is not a day of the month.")
            )
        )
    if errors:
        raise ValidationErrors(errors)


def parse_break(text: str) -> Break:
    """`FROM..TO` (or one date) with an optional `=label`, the command line's form."""
    spec, _, label = (text or "").partition("=")
    first, sep, last = spec.strip().partition("..")
    try:
        start = dt.date.fromisoformat(first.strip())
        end = dt.date.fromisoformat(last.strip()) if sep else start
    except ValueError:
        raise ValidationError(
            "break",
            QT_TRANSLATE_NOOP(
                "errors", "'{value}' is not a break; write it as YYYY-MM-DD..YYYY-MM-DD."
            ),
            value=text,
        ) from None
    return Break(start, end, label.strip())


# --- sessions in the year -------------------------------------------------------------


def numbering(sessions: Iterable[tuple[str, dt.date, str]]) -> dict[str, int]:
    """{session id: number} for (id, date, start time) of one year's live sessions:
    1, 2, 3... in the order of their dates (then start times, then ids, so two devices
    number a tie the same way)."""
    ordered = sorted(sessions, key=lambda s: (s[1], s[2], s[0]))
    return {session_id: index for index, (session_id, _, _) in enumerate(ordered, start=1)}


@dataclass(frozen=True)
class MonthHours:
    """Decreto 1.107: pedagogical hours used in one month against the allowance."""

    month: str  # YYYY-MM
    minutes: int
    sessions: int

    @property
    def hours(self) -> float:
        return round(self.minutes / PEDAGOGICAL_HOUR_MINUTES, 1)

    @property
    def over(self) -> bool:
        return self.minutes > MONTHLY_ALLOWANCE_MINUTES

    def as_json(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "minutes": self.minutes,
            "hours": self.hours,
            "sessions": self.sessions,
            "allowance_hours": MONTHLY_ALLOWANCE_HOURS,
            "over": self.over,
        }


def hours_by_month(sessions: Iterable[tuple[dt.date, int]]) -> list[MonthHours]:
    """(date, minutes) of sessions -> one `MonthHours` per month that has any, in order."""
    totals: dict[str, list[int]] = {}
    for day, minutes in sessions:
        entry = totals.setdefault(f"{day.year:04d}-{day.month:02d}", [0, 0])
        entry[0] += minutes
        entry[1] += 1
    return [MonthHours(month, m, n) for month, (m, n) in sorted(totals.items())]


def clock_times(start: str, minutes: Sequence[int]) -> list[tuple[str, str]]:
    """("HH:MM", "HH:MM") start and end of each item of an agenda that starts at
    `start` and runs its items one after the other."""
    hour, minute = (int(part) for part in start.split(":"))
    at = hour * 60 + minute
    result = []
    for length in minutes:
        end = at + max(0, int(length))
        result.append((_hhmm(at), _hhmm(end)))
        at = end
    return result


def _hhmm(total: int) -> str:
    total %= 24 * 60
    return f"{total // 60:02d}:{total % 60:02d}"


# --- the agenda built from the programme ----------------------------------------------


def _fold(text: str) -> str:
    import unicodedata

    value = unicodedata.normalize("NFKD", text or "").casefold()
    return "".join(c for c in value if not unicodedata.combining(c)).strip()


def is_presentation_slot(title: str) -> bool:
    """An agenda item that only holds a place for a presentation ("Presentación de
    práctica 1"): the programme fills it, so a presentation is entered once."""
    return _fold(title).startswith("presentacion")


@dataclass(frozen=True)
class AgendaRow:
    """One line of the agenda as printed and counted: an item, or a presentation."""

    title: str
    minutes: int
    presentation: int | None = None  # index in the programme


def agenda_with_programme(
    agenda: Sequence[tuple[str, int]], talks: Sequence[tuple[str, int]]
) -> list[AgendaRow]:
    """The session's agenda with its presentations in place: placeholder items give
    way to the programme (at the first placeholder); without one the presentations go
    before the evaluation ("Evaluación..."), else after the second item (welcome and
    acta), else at the end."""
    rows = [AgendaRow(t, m) for t, m in agenda if not is_presentation_slot(t)]
    talk_rows = [AgendaRow(t, m, i) for i, (t, m) in enumerate(talks)]
    if not talk_rows:
        return rows
    slot = None
    placeholders = [is_presentation_slot(title) for title, _minutes in agenda]
    if any(placeholders):
        # Items kept before the first placeholder.
        slot = placeholders.index(True)
    if slot is None:
        slot = next(
            (i for i, row in enumerate(rows) if _fold(row.title).startswith("evaluacion")),
            min(2, len(rows)),
        )
    return rows[:slot] + talk_rows + rows[slot:]
