"""The year's chart marks a goal only over the bars whose indicator a seed network set or
reached one for (attendance, the survey's top answers, trust, bringing it into practice);
adoption and continuation get none, and every mark is at its own goal."""

from __future__ import annotations

from reportlab.graphics.shapes import Line, String

from minga.domain.cycle_rules import Ratio
from minga.reports import charts, fonts
from minga.reports.indicators import NetworkSummary, year_chart
from minga.reports.style import Tr
from minga.services.indicators import DEFINITIONS


def _dashed(drawing) -> list[Line]:
    return [s for s in drawing.contents if isinstance(s, Line) and s.strokeDashArray]


def test_a_bar_without_a_goal_gets_no_mark() -> None:
    fonts.register()
    reports = Tr("en")
    drawing = charts.bar_chart(
        [("A", 0.5, ""), ("B", 0.9, ""), ("C", 0.2, "")],
        reports,
        width=300,
        height=150,
        goals=[(0.7, "goal 70%"), None, (0.55, "goal 55%")],
    )
    marks = _dashed(drawing)
    assert len(marks) == 2
    # Each mark spans its own bar's slot only, at its own height.
    assert marks[0].x2 < marks[1].x1
    assert marks[0].y1 > marks[1].y1
    labels = [s.text for s in drawing.contents if isinstance(s, String)]
    assert "goal 70%" in labels
    assert "goal 55%" in labels


def test_the_year_chart_marks_the_seeds_goals_only() -> None:
    ratio = Ratio(3, 4)
    summary = NetworkSummary(
        year=2026, as_of=__import__("datetime").date(2026, 11, 25), attendance=ratio, shared=3,
        goal=7, adoption=ratio, continuation=ratio, useful=ratio, prepared=ratio, trust=ratio,
        answers=4, tallies=1, useful_top=ratio, prepared_top=ratio, applied=ratio,
    )  # fmt: skip
    fonts.register()
    reports = Tr("en")
    chart = year_chart(summary, reports, 400)
    labels = [s.text for s in chart.contents if isinstance(s, String)]
    wanted = [
        DEFINITIONS[k].goal.value for k in ("attendance", "useful", "prepared", "trust", "applied")
    ]
    assert len(_dashed(chart)) == len(wanted) == 5
    assert "goal 70%" in labels
    assert "goal 82%" in labels
    assert not any("reference" in label for label in labels)
