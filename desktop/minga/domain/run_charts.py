"""Run charts of the PHEA improvement cycles: the median, shifts (six or more points on one
side), trends, the number of runs against its limits, astronomical points, and the
checks of a cycle's baseline and data points (re-exported by
`minga.domain.cycle_rules`).
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from minga.domain.errors import ValidationError
from minga.domain.formulas import whole_number
from minga.i18n import QT_TRANSLATE_NOOP

#: The shift rule of run charts: this many consecutive points on one side of the median.
SHIFT_MIN_POINTS = 6


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
    whole = whole_number(value)
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
