"""Run charts by the book and the satisfaction readings, on hand-made series."""

from __future__ import annotations

import pytest

from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import Ratio, Signal
from minga.domain.errors import ValidationError

# --- satisfaction: top-box and agree-or-better ------------------------------------------


def test_top_box_counts_only_the_fours_with_tally_weights() -> None:
    answers = [(4, 1), (3, 1), (2, 1), (4, 5), (1, 2), (7, 3), (4, 0)]  # (level, weight)
    assert rules.satisfaction_top_box(answers) == Ratio(6, 10)
    assert rules.satisfaction_rate(answers) == Ratio(7, 10)


def test_the_seed_reading_differs_from_agreement() -> None:
    # 28 answers: 22 at 4, 5 at 3, 1 at 2 -> 78.6 % top-box, 96.4 % agree or better.
    answers = [(4, 22), (3, 5), (2, 1)]
    assert round(rules.satisfaction_top_box(answers).rate or 0, 3) == 0.786
    assert round(rules.satisfaction_rate(answers).rate or 0, 3) == 0.964
    assert rules.satisfaction_top_box([]) == Ratio(0, 0)


# --- baseline and phases --------------------------------------------------------------


def test_the_median_comes_from_the_first_points_and_stays() -> None:
    values = [1, 2, 3, 4, 5, 6, 50, 60, 70]
    chart = rules.run_chart(values, baseline=6)
    assert chart.median == 3.5  # the later high points do not move it
    [phase] = chart.phases
    assert (phase.start, phase.baseline_end, phase.end) == (0, 5, 8)
    assert rules.run_chart(values, baseline=None).median == 5


def test_fewer_points_than_the_baseline_use_them_all() -> None:
    chart = rules.run_chart([3, 1, 2], baseline=6)
    assert chart.median == 2
    assert chart.phases[0].baseline_end == 2
    assert rules.run_chart([]).phases == ()
    assert rules.run_chart([]).median is None


def test_a_shift_shows_within_a_school_year_of_ten_sessions() -> None:
    # Six sessions at the old level, then four better ones: the frozen median of the
    # first six sees the last three baseline points above plus four more.
    values = [60, 62, 58, 63, 64, 65, 80, 82, 85, 84]
    chart = rules.run_chart(values, baseline=6)
    assert chart.median == 62.5
    assert [(s.side, s.start, s.end, s.points) for s in chart.shifts] == [("above", 3, 9, 7)]
    # The median of all ten points moves with them and hides the shift.
    assert not rules.run_chart(values, baseline=None).shift_detected


def test_a_marked_change_starts_a_new_baseline() -> None:
    values = [5, 6, 5, 6, 5, 6, 9, 10, 9, 10, 9, 10]
    chart = rules.run_chart(values, baseline=6, changes=[6])
    assert [(p.start, p.end, p.median) for p in chart.phases] == [(0, 5, 5.5), (6, 11, 9.5)]
    assert chart.median_at(2) == 5.5
    assert chart.median_at(8) == 9.5
    # Without the mark the new level is a shift against the old median.
    assert rules.run_chart(values, baseline=6).shift_detected
    assert not chart.shift_detected
    # Marks out of range or at 0 are ignored.
    assert len(rules.run_chart(values, changes=[0, 12, 40]).phases) == 1


def test_baseline_bounds() -> None:
    assert rules.validate_baseline(6) == 6
    assert rules.validate_baseline(10) == 10
    for bad in (5, 11, 6.5, True, "8", None):
        with pytest.raises(ValidationError):
            rules.validate_baseline(bad)


# --- trend ----------------------------------------------------------------------------


def test_five_points_going_up_is_a_trend_four_is_not() -> None:
    assert rules.find_trends([1, 2, 3, 4, 5]) == [Signal("trend", 0, 4, "up", 5)]
    assert rules.find_trends([1, 2, 3, 4, 3]) == []


def test_repeated_values_neither_count_nor_break_a_trend() -> None:
    # 1, 2, 2, 3, 4: four distinct rising points only.
    assert rules.find_trends([1, 2, 2, 3, 4]) == []
    assert rules.find_trends([1, 2, 2, 3, 4, 5]) == [Signal("trend", 0, 5, "up", 5)]


def test_the_turning_point_belongs_to_both_trends() -> None:
    values = [1, 2, 3, 4, 9, 8, 7, 6, 5]
    assert rules.find_trends(values) == [
        Signal("trend", 0, 4, "up", 5),
        Signal("trend", 4, 8, "down", 5),
    ]


def test_trends_are_found_in_the_chart_with_their_indexes() -> None:
    chart = rules.run_chart([5, 5, 5, 1, 2, 3, 4, 5], baseline=6)
    assert chart.signals_of("trend") == [Signal("trend", 3, 7, "up", 5)]


# --- runs -----------------------------------------------------------------------------


def test_runs_are_counted_without_the_points_on_the_median() -> None:
    assert rules.count_runs([1, 1, 3, 2, 3, 1], 2) == (3, 5)  # 1 1 | 3 (2) 3 | 1
    assert rules.count_runs([2, 2], 2) == (0, 0)


def test_runs_limits_table_and_beyond() -> None:
    assert rules.runs_limits(9) is None
    assert rules.runs_limits(10) == (3, 9)
    assert rules.runs_limits(20) == (6, 16)
    assert rules.runs_limits(30) == (11, 21)
    low, high = rules.runs_limits(40) or (0, 0)
    assert low < 21 < high


def test_too_many_runs_alternating_points() -> None:
    values = [1, 3] * 6  # 12 useful points, 12 runs > 11
    chart = rules.run_chart(values, baseline=6)
    assert chart.signals_of("too_many_runs") == [Signal("too_many_runs", 0, 11, "", 12)]
    assert not chart.signals_of("too_few_runs")


def test_too_few_runs() -> None:
    values = [1, 3, 1, 3, 1, 3, 1, 1, 1, 1, 1, 1]  # median 2: runs 1|3|1|3|1|3|1... = 7
    assert not rules.run_chart(values).signals_of("too_few_runs")
    values = [1, 3, 3, 1, 1, 1, 1, 1, 3, 3, 3, 3]  # median 2, runs 4 of 12: not too few
    assert not rules.run_chart(values).signals_of("too_few_runs")
    values = [1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3]  # 2 runs of 12 useful points
    assert rules.run_chart(values).signals_of("too_few_runs") == [
        Signal("too_few_runs", 0, 11, "", 2)
    ]


def test_nine_useful_points_are_not_judged_for_runs() -> None:
    assert not rules.run_chart([1, 3] * 4 + [1]).signals_of("too_many_runs")


# --- astronomical points ----------------------------------------------------------------


def test_an_astronomical_point() -> None:
    values = [10, 11, 10, 12, 11, 10, 11, 40, 10]
    chart = rules.run_chart(values, baseline=6)
    assert chart.signals_of("astronomical") == [Signal("astronomical", 7, 7, "above", 1)]
    low, high = chart.phases[0].limits or (0, 0)
    assert low < 10
    assert 12 < high < 40


def test_a_flat_baseline_has_no_limits() -> None:
    chart = rules.run_chart([5, 5, 5, 5, 5, 5, 90], baseline=6)
    assert chart.phases[0].limits is None
    assert not chart.signals_of("astronomical")
