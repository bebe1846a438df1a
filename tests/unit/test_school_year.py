"""The school year's rules: the default calendar, suggested monthly dates, numbering by
date, Decreto 1.107 hours per month, clock times of an agenda and the agenda built from
the programme. Years are chosen in the test, never read from the machine's clock."""

from __future__ import annotations

import datetime as dt

import pytest

from minga.domain import school_year as sy
from minga.domain.errors import ValidationError, ValidationErrors


@pytest.mark.parametrize("year", [2024, 2025, 2026, 2027, 2031])
def test_the_default_calendar_has_the_shape_of_a_chilean_school_year(year: int) -> None:
    cal = sy.default_calendar(year)
    assert cal.starts_on.month == 3
    assert cal.starts_on.weekday() == 0
    assert cal.starts_on.day <= 7
    assert cal.ends_on.month == 12
    assert cal.ends_on.weekday() == 4
    assert 15 <= cal.ends_on.day <= 21
    winter = [b for b in cal.breaks if b.label == sy.WINTER_BREAK]
    assert len(winter) == 1
    days = (winter[0].end - winter[0].start).days + 1
    assert days == 12
    assert winter[0].start.weekday() == 0
    assert dt.date(year, 9, 18) in {b.start for b in cal.breaks}
    assert not cal.is_school_day(dt.date(year, 9, 18))
    assert not cal.is_school_day(winter[0].start + dt.timedelta(days=2))


def test_suggested_dates_one_a_month_on_school_days_only() -> None:
    cal = sy.default_calendar(2026)
    dates = sy.suggested_dates(cal)
    assert sorted(dates) == list(range(3, 13))
    for month, day in dates.items():
        assert day.month == month
        assert cal.is_school_day(day)
    # The last Wednesday by default.
    assert dates[4] == dt.date(2026, 4, 29)
    # A break over the meeting day moves it to the same weekday of another week.
    cal = sy.Calendar(
        2026,
        dt.date(2026, 3, 2),
        dt.date(2026, 12, 18),
        (sy.Break(dt.date(2026, 4, 27), dt.date(2026, 4, 30), "x"),),
    )
    assert sy.suggested_dates(cal)[4] == dt.date(2026, 4, 22)


def test_nth_weekday() -> None:
    assert sy.nth_weekday(2026, 3, 1, 0) == dt.date(2026, 3, 2)
    assert sy.nth_weekday(2026, 3, 2, 2) == dt.date(2026, 3, 11)
    assert sy.nth_weekday(2026, 3, 5, 2) == dt.date(2026, 3, 25)
    assert sy.nth_weekday(2026, 12, 5, 4) == dt.date(2026, 12, 25)


def test_sessions_are_numbered_by_date_then_time_then_id() -> None:
    numbers = sy.numbering(
        [
            ("c", dt.date(2026, 5, 27), "09:00"),
            ("a", dt.date(2026, 4, 29), "15:00"),
            ("b", dt.date(2026, 4, 29), "09:00"),
            ("d", dt.date(2026, 5, 27), "09:00"),
        ]
    )
    assert numbers == {"b": 1, "a": 2, "c": 3, "d": 4}


def test_hours_by_month_against_the_allowance() -> None:
    months = sy.hours_by_month(
        [(dt.date(2026, 4, 29), 240), (dt.date(2026, 4, 8), 180), (dt.date(2026, 5, 27), 225)]
    )
    assert [m.month for m in months] == ["2026-04", "2026-05"]
    april, may = months
    assert april.minutes == 420
    assert april.sessions == 2
    assert april.over
    assert april.hours == pytest.approx(9.3)
    assert may.hours == 5.0
    assert not may.over
    assert may.as_json()["allowance_hours"] == 8


def test_clock_times_run_from_the_start() -> None:
    assert sy.clock_times("09:30", [10, 15, 45]) == [
        ("09:30", "09:40"),
        ("09:40", "09:55"),
        ("09:55", "10:40"),
    ]


def test_the_agenda_is_built_from_the_programme() -> None:
    agenda = [
        ("Bienvenida", 10),
        ("Lectura y aprobación del acta anterior", 10),
        ("Presentación de práctica pedagógica 1", 15),
        ("Presentación de práctica pedagógica 2", 15),
        ("Evaluación de las prácticas", 30),
    ]
    talks = [("Fracciones con regletas", 12), ("Huerto", 15), ("Lectura compartida", 15)]
    rows = sy.agenda_with_programme(agenda, talks)
    assert [r.title for r in rows] == [
        "Bienvenida",
        "Lectura y aprobación del acta anterior",
        "Fracciones con regletas",
        "Huerto",
        "Lectura compartida",
        "Evaluación de las prácticas",
    ]
    assert sum(r.minutes for r in rows) == 10 + 10 + 12 + 15 + 15 + 30
    assert [r.presentation for r in rows if r.presentation is not None] == [0, 1, 2]
    # No placeholder: before the evaluation; no evaluation either: after the acta.
    no_slot = sy.agenda_with_programme([("A", 5), ("Evaluación", 10)], talks[:1])
    assert [r.title for r in no_slot] == ["A", "Fracciones con regletas", "Evaluación"]
    plain = sy.agenda_with_programme([("A", 5), ("B", 5), ("C", 5)], talks[:1])
    assert [r.title for r in plain] == ["A", "B", "Fracciones con regletas", "C"]
    assert sy.agenda_with_programme(agenda, []) == [
        sy.AgendaRow(t, m) for t, m in agenda if not t.startswith("Presentación")
    ]


def test_breaks_as_typed_on_the_command_line() -> None:
    assert sy.parse_break("2026-07-06..2026-07-17=Invierno") == sy.Break(
        dt.date(2026, 7, 6), dt.date(2026, 7, 17), "Invierno"
    )
    assert sy.parse_break("2026-05-21") == sy.Break(dt.date(2026, 5, 21), dt.date(2026, 5, 21))
    with pytest.raises(ValidationError):
        sy.parse_break("julio")


def test_a_calendar_outside_its_year_is_refused() -> None:
    with pytest.raises(ValidationErrors) as info:
        sy.validate_calendar(
            2026,
            dt.date(2026, 12, 1),
            dt.date(2027, 3, 1),
            [sy.Break(dt.date(2026, 7, 10), dt.date(2026, 7, 1))],
            9,
            2,
        )
    assert {e.field for e in info.value.errors} == {"dates", "break", "meeting"}
