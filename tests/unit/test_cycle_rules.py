"""The rules of the microcentre cycle, on hand-made data (no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import (
    AgendaItem,
    QuestionSpec,
    Ratio,
    Shift,
    TallyObservation,
)
from minga.domain.errors import ValidationError, ValidationErrors
from minga.i18n import catalog

EN = catalog("en")


# --- Monthly allowance and presentation slots -----------------------------------------


def test_the_allowance_is_eight_pedagogical_hours_of_45_minutes() -> None:
    assert rules.MONTHLY_ALLOWANCE_MINUTES == 360
    assert rules.pedagogical_hours(360) == 8.0
    assert rules.pedagogical_hours(90) == 2.0


def test_an_agenda_within_the_allowance_has_no_warning() -> None:
    agenda = [AgendaItem("Bienvenida", 10), AgendaItem("Presentaciones", 45)]
    assert rules.agenda_minutes(agenda) == 55
    assert rules.check_allowance(360) == []
    assert rules.check_allowance(300, other_minutes_in_month=60) == []


def test_an_agenda_over_360_minutes_warns_and_names_the_figures() -> None:
    [warning] = rules.check_allowance(361)
    assert warning.code == rules.ALLOWANCE_EXCEEDED
    assert warning.field == "agenda"
    assert warning.message(EN) == (
        "The agenda takes 361 minutes, more than the monthly allowance of 8 pedagogical "
        "hours (360 minutes)."
    )


def test_the_month_counts_the_other_sessions() -> None:
    [warning] = rules.check_allowance(200, other_minutes_in_month=161)
    assert warning.code == rules.MONTH_ALLOWANCE_EXCEEDED
    assert warning.params["minutes"] == 361


def test_warnings_are_values_and_translate() -> None:
    [warning] = rules.check_allowance(400)
    spanish = warning.message(catalog("es"))
    assert isinstance(spanish, str)
    assert warning.as_json(EN)["code"] == "allowance_exceeded"


def test_presentation_slots_warn_beyond_15_minutes() -> None:
    assert rules.check_presentation_slot(15) == []
    [warning] = rules.check_presentation_slot(16, "Tiendita escolar")
    assert warning.code == rules.SLOT_EXCEEDED
    assert "Tiendita escolar" in warning.message(EN)
    assert "16 minutes" in warning.message(EN)


@pytest.mark.parametrize("minutes", [0, -5, 601, "15", 2.5, True])
def test_slot_minutes_must_be_whole_and_sensible(minutes: object) -> None:
    with pytest.raises(ValidationError) as info:
        rules.validate_slot_minutes(minutes)
    assert info.value.field == "minutes"


def test_agenda_items_need_a_title_and_whole_minutes() -> None:
    clean = rules.validate_agenda([{"title": "  Bienvenida ", "minutes": 10}])
    assert clean == [AgendaItem("Bienvenida", 10)]
    with pytest.raises(ValidationError, match="Agenda item 2 has no title"):
        rules.validate_agenda([AgendaItem("A", 10), AgendaItem(" ", 10)])
    with pytest.raises(ValidationError) as info:
        rules.validate_agenda([AgendaItem("Café", 0)])
    assert "Agenda item 1 ('Café') needs whole minutes from 1 to 600" in info.value.message(EN)
    # Over the allowance is only a warning, never a refusal.
    assert rules.validate_agenda([AgendaItem("Jornada", 400)]) == [AgendaItem("Jornada", 400)]


def test_dates_and_times() -> None:
    assert rules.parse_date("2025-04-10") == dt.date(2025, 4, 10)
    with pytest.raises(ValidationError, match="is not a date"):
        rules.parse_date("10/04/2025")
    assert rules.validate_start_time("9:30") == "09:30"
    with pytest.raises(ValidationError):
        rules.validate_start_time("25:00")


# --- Exit-ticket counts ----------------------------------------------------------------

QUESTIONS = [
    QuestionSpec("feeling", ("feliz", "mas_o_menos", "triste")),
    QuestionSpec("again", ("si", "no")),
]


def test_counts_up_to_the_students_present_are_fine() -> None:
    counts = {"feeling": {"feliz": {"3°": 6, "4B": 3}, "triste": {"3B": 1}}}
    clean = rules.validate_tally_counts(counts, QUESTIONS, ["3B", "4B"], 10)
    assert clean == {"feeling": {"feliz": {"3B": 6, "4B": 3}, "triste": {"3B": 1}}}
    assert rules.option_totals(clean) == {"feeling": {"feliz": 9, "triste": 1}}


def test_a_question_cannot_have_more_answers_than_students_present() -> None:
    counts = {"feeling": {"feliz": {"3B": 8}, "triste": {"3B": 3}}, "again": {"si": {"3B": 11}}}
    with pytest.raises(ValidationErrors) as info:
        rules.validate_tally_counts(counts, QUESTIONS, ["3B"], 10)
    messages = [e.message(EN) for e in info.value.errors]
    assert len(messages) == 2
    assert "Question 'feeling' has 11 answers, but only 10 students were present." in messages[0]


def test_per_level_limits_when_known() -> None:
    counts = {"feeling": {"feliz": {"3B": 5, "4B": 2}, "triste": {"3B": 2}}}
    # 7 answers in 3B, 6 present there: refused although 9 < 12 in total.
    with pytest.raises(ValidationErrors) as info:
        rules.validate_tally_counts(counts, QUESTIONS, ["3B", "4B"], {"3B": 6, "4B": 6})
    [error] = info.value.errors
    assert "has 7 answers in 3B, but only 6 students of that level were present" in (
        error.message(EN)
    )
    assert rules.validate_tally_counts(counts, QUESTIONS, ["3B", "4B"], {"3B": 7, "4B": 2})


def test_exactly_as_many_answers_as_students_is_fine() -> None:
    counts = {"again": {"si": {"1B": 4}, "no": {"1B": 1}}}
    assert rules.validate_tally_counts(counts, QUESTIONS, ["1B"], 5)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"mood": {"feliz": {"1B": 1}}}, "'mood' is not a question of this exit ticket"),
        ({"feeling": {"bien": {"1B": 1}}}, "'bien' is not an option of question 'feeling'"),
        ({"feeling": {"feliz": {"5B": 1}}}, "Level 5B is not one of the levels"),
        ({"feeling": {"feliz": {"1B": "Pedrito"}}}, "never names or text: 'Pedrito'"),
        ({"feeling": {"feliz": {"1B": -1}}}, "is not a whole number of 0 or more"),
        ({"feeling": {"feliz": {"1B": 1.5}}}, "is not a whole number"),
        ({"feeling": {"feliz": {"1B": True}}}, "is not a whole number"),
        ({"feeling": {"feliz": 3}}, "must be counts per level"),
        ({"feeling": ["feliz"]}, "must be counts per option"),
    ],
)
def test_tallies_hold_known_counts_only(counts: dict, expected: str) -> None:
    with pytest.raises(ValidationErrors) as info:
        rules.validate_tally_counts(counts, QUESTIONS, ["1B"], 10)
    assert expected in info.value.message(EN)


# --- Run charts ------------------------------------------------------------------------


def test_median_of_odd_and_even_series() -> None:
    assert rules.median([3, 1, 2]) == 2
    assert rules.median([1, 2, 3, 10]) == 2.5
    assert rules.median([]) is None


def test_exactly_six_points_above_the_median_is_a_shift() -> None:
    values = [1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 5, 5]  # median of all points: 3
    chart = rules.run_chart(values, baseline=None)
    assert chart.median == 3
    assert chart.shifts == (Shift("below", 0, 5, 6), Shift("above", 6, 11, 6))
    assert chart.shift_detected


def test_five_points_on_one_side_is_not_a_shift() -> None:
    values = [1, 1, 1, 1, 1, 5, 1, 5, 5, 5, 5, 5]
    assert rules.find_shifts(values, 3) == []
    assert not rules.run_chart([10, 20, 10, 20, 10, 20], baseline=None).shift_detected


def test_points_on_the_median_neither_break_nor_count() -> None:
    # Five below, one on the median, one more below: six counted, the run goes on.
    values = [1, 1, 1, 3, 1, 1, 1, 5, 5, 5, 5, 5, 5, 5]
    assert rules.find_shifts(values, 3) == [Shift("below", 0, 6, 6), Shift("above", 7, 13, 7)]
    # Five below with a point on the median inside: still five, no shift.
    assert rules.find_shifts([1, 1, 3, 1, 1, 1, 5], 3) == []


def test_ties_with_the_median() -> None:
    # Many values equal to the median: they are skipped, the others decide.
    values = [2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]  # median 2
    chart = rules.run_chart(values, baseline=None)
    assert chart.median == 2
    assert chart.shifts == (Shift("above", 7, 12, 6),)
    assert rules.run_chart([4.0] * 8).shifts == ()


def test_a_shift_at_the_end_is_found() -> None:
    values = [5, 6, 5, 6, 5, 1, 1, 1, 1, 1, 1]
    [shift] = rules.find_shifts(values, 4)
    assert shift == Shift("below", 5, 10, 6)


def test_run_chart_json() -> None:
    document = rules.run_chart([1, 2, 3]).as_json()
    assert document == {
        "values": [1.0, 2.0, 3.0],
        "median": 2.0,
        "baseline": 6,
        "shift_detected": False,
        "shifts": [],
        "phases": [
            {
                "start": 0,
                "end": 2,
                "baseline_end": 2,
                "median": 2.0,
                "limits": [-1.1446540880503147, 5.144654088050315],
                "runs": 2,
                "useful_points": 2,
            }
        ],
        "signals": [],
    }


def test_data_points_are_checked() -> None:
    clean = rules.validate_data_points([{"period": " 2025-04 ", "value": 70}])
    assert clean == [{"period": "2025-04", "value": 70.0}]
    with pytest.raises(ValidationError, match="appears twice"):
        rules.validate_data_points([{"period": "a", "value": 1}, {"period": "a", "value": 2}])
    with pytest.raises(ValidationError, match="is not a number"):
        rules.validate_data_points([{"period": "a", "value": "setenta"}])
    with pytest.raises(ValidationError, match="is not a number"):
        rules.validate_data_points([{"period": "a", "value": float("nan")}])


def test_stage_moves() -> None:
    facts = {"plan_complete": True, "do_notes": "hecho", "data_points": 3, "decision": ""}
    rules.validate_stage_move("plan", "do", **facts)
    rules.validate_stage_move("study", "do", **facts)  # back one step
    with pytest.raises(ValidationError, match="one stage at a time"):
        rules.validate_stage_move("plan", "study", **facts)
    with pytest.raises(ValidationError, match="Complete the plan"):
        rules.validate_stage_move("plan", "do", **{**facts, "plan_complete": False})
    with pytest.raises(ValidationError, match="what was done"):
        rules.validate_stage_move("do", "study", **{**facts, "do_notes": " "})
    with pytest.raises(ValidationError, match="at least one data point"):
        rules.validate_stage_move("study", "adjust", **{**facts, "data_points": 0})
    with pytest.raises(ValidationError, match="after deciding to adapt"):
        rules.validate_stage_move("adjust", "plan", **{**facts, "decision": "adopt"})
    rules.validate_stage_move("adjust", "plan", **{**facts, "decision": "adapt"})
    with pytest.raises(ValidationError, match="Unknown stage"):
        rules.validate_stage_move("plan", "done", **facts)


# --- Indicator formulas ----------------------------------------------------------------


def test_ratio() -> None:
    assert Ratio(17, 20).rate == 0.85
    assert Ratio(0, 0).rate is None
    assert Ratio(1, 3).as_json() == {"numerator": 1, "denominator": 3, "rate": 0.3333}
    assert Ratio(1, 2) + Ratio(2, 3) == Ratio(3, 5)


def test_attendance_rate_counts_excused_as_not_present() -> None:
    assert rules.attendance_rate(17, 2, 1) == Ratio(17, 20)
    assert rules.attendance_from_statuses(
        ["present", "present", "absent", "excused", "unknown"]
    ) == Ratio(2, 4)


def test_practices_shared_in_a_year_count_once() -> None:
    presentations = [
        ("p1", dt.date(2025, 4, 10)),
        ("p1", dt.date(2025, 8, 10)),  # presented twice: counts once
        ("p2", dt.date(2025, 12, 1)),
        ("p3", dt.date(2024, 11, 1)),  # another year
        ("p4", dt.date(2026, 1, 15)),
    ]
    assert rules.practices_shared(presentations, 2025) == 2
    assert rules.shared_vs_goal(2, 7) == Ratio(2, 7)


def test_adoption_rate_is_a_share_of_the_teachers_present() -> None:
    assert rules.adoption_rate(["a", "b"], ["a", "b", "c", "d"]) == Ratio(2, 4)
    # Someone who chose without being present is not counted.
    assert rules.adoption_rate(["a", "z"], ["a", "b"]) == Ratio(1, 2)
    assert rules.adoption_rate([], []).rate is None


def test_continuation_rate() -> None:
    assert rules.continuation_rate(["continue", "adjust", "drop", "continue"]) == Ratio(3, 4)
    assert rules.continuation_rate({"continue": 5, "adjust": 1, "drop": 4}) == Ratio(6, 10)
    assert rules.continuation_rate(["maybe"]) == Ratio(0, 0)


def test_satisfaction_counts_3_and_4_with_tally_weights() -> None:
    answers = [(4, 1), (3, 1), (2, 1), (4, 5), (1, 2), (7, 3)]  # (level, weight)
    assert rules.satisfaction_rate(answers) == Ratio(7, 10)


def test_exit_ticket_trends_follow_the_dates() -> None:
    later = TallyObservation(
        "app-2", dt.date(2025, 5, 2), {"again": {"si": {"1B": 3}, "no": {"1B": 1}}}
    )
    earlier = TallyObservation(
        "app-1", dt.date(2025, 4, 2), {"again": {"si": {"1B": 1, "2B": 1}, "no": {"2B": 2}}}
    )
    trends = rules.exit_ticket_trends([later, earlier])
    si = trends["again"]["si"]
    assert [p.key for p in si] == ["app-1", "app-2"]
    assert [p.share for p in si] == [Ratio(2, 4), Ratio(3, 4)]
    assert [p.share for p in trends["again"]["no"]] == [Ratio(2, 4), Ratio(1, 4)]


def test_exit_ticket_trends_add_observations_with_the_same_key() -> None:
    one = TallyObservation("2025-04", dt.date(2025, 4, 1), {"q": {"a": {"1B": 1}}})
    two = TallyObservation("2025-04", dt.date(2025, 4, 1), {"q": {"b": {"1B": 3}}})
    trends = rules.exit_ticket_trends([one, two])
    assert trends["q"]["a"][0].share == Ratio(1, 4)
    assert trends["q"]["b"][0].share == Ratio(3, 4)
    assert trends["q"]["a"][0].as_json() == {
        "key": "2025-04",
        "date": "2025-04-01",
        "numerator": 1,
        "denominator": 4,
        "rate": 0.25,
    }


def test_school_year() -> None:
    assert rules.school_year_of(dt.date(2026, 2, 20)) == 2025
    assert rules.school_year_of(dt.date(2026, 3, 2)) == 2026
    assert rules.school_year_bounds(2025) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
