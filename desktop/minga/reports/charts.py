"""Drawings of the printed documents (reportlab.graphics): run charts with their median
and shifts, bar charts, shares of exit-ticket answers, and the faces of the exit ticket.

Everything here is drawn with the embedded font, in the accent green and greys that
still read on a black-and-white printer; shifts are marked with a larger ringed point
as well as a warm colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Path, PolyLine, Rect, String
from reportlab.lib import colors

from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import RunChart
from minga.reports import fonts
from minga.reports.layout import ACCENT, ACCENT_LIGHT, INK, MUTED, RULE, WARM, Tr

#: Fills for the options of an exit-ticket question, from the first (best) to the last.
SHARE_FILLS = (
    colors.HexColor("#1f6f5c"),
    colors.HexColor("#7fb3a3"),
    colors.HexColor("#d9c27a"),
    colors.HexColor("#c0612b"),
    colors.HexColor("#8d6e97"),
    colors.HexColor("#9aa5a1"),
)


def new_drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial font is the embedded one (ReportLab's default, Helvetica,
    would otherwise be referenced, unembedded, by every page with a chart)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR
    drawing.initialFontSize = 8
    return drawing


def _text(x: float, y: float, text: str, size: float = 7, *, color=MUTED, anchor="start",
          bold: bool = False) -> String:  # fmt: skip
    return String(
        x,
        y,
        text,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        fillColor=color,
        textAnchor=anchor,
    )


def _nice_range(values: Sequence[float]) -> tuple[float, float, float]:
    """(low, high, step) of a y axis that holds `values` with round ticks."""
    low, high = min(values), max(values)
    if math.isclose(low, high):
        low, high = low - 1, high + 1
    low = min(low, 0) if low >= 0 and low < (high - low) else low
    span = high - low
    raw = span / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = min((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw), default=raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _percent_range(values: Sequence[float]) -> tuple[float, float, float]:
    """A y axis for rates: 0-100% unless the points sit high, where a closer range shows
    their variation (the axis labels say where it starts)."""
    low = max(0.0, math.floor(min(values) * 10 - 1) / 10)
    high = min(1.0, max(low + 0.2, math.ceil(max(values) * 10 + 0.5) / 10))
    if low <= 0.3:
        return 0.0, 1.0, 0.25
    span = high - low
    return low, high, 0.1 if span <= 0.6 else 0.2


def _format_value(value: float, percent: bool, reports: Tr) -> str:
    if percent:
        return f"{round(value * 100)}%"
    return reports.decimal(value)


def run_chart(
    points: Sequence[tuple[str, float]],
    chart: RunChart,
    reports: Tr,
    *,
    width: float,
    height: float,
    percent: bool = True,
) -> Drawing:
    """The series in order with its median (dashed) and its shifts (6 or more points on
    one side of the median: ringed warm points). `points` are (label, value)."""
    drawing = new_drawing(width, height)
    left, right, bottom, top = 34, 8, 30, 20
    plot_w, plot_h = width - left - right, height - bottom - top
    values = [v for _label, v in points]
    if not values:
        drawing.add(_text(width / 2, height / 2, reports.tr("No data yet."), 8, anchor="middle"))
        return drawing
    if percent:
        low, high, step = _percent_range(values)
    else:
        low, high, step = _nice_range(values)

    def y_of(value: float) -> float:
        return bottom + (value - low) / (high - low) * plot_h

    count = len(values)

    def x_of(index: int) -> float:
        if count == 1:
            return left + plot_w / 2
        return left + 6 + index * (plot_w - 12) / (count - 1)

    # Grid and y labels.
    tick = low
    while tick <= high + 1e-9:
        y = y_of(tick)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            _text(left - 4, y - 2.4, _format_value(tick, percent, reports), 6.6, anchor="end")
        )
        tick += step
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=MUTED, strokeWidth=0.6))
    # X labels (every k-th when crowded).
    every = max(1, math.ceil(count / max(1, int(plot_w // 34))))
    for index, (label, _value) in enumerate(points):
        if index % every and index != count - 1:
            continue
        drawing.add(_text(x_of(index), bottom - 10, label, 6.4, anchor="middle"))
    # Median.
    # The median of each phase: solid over its baseline points, dashed where it is only
    # extended; a marked change is a thin vertical rule.
    phases = chart.phases or ()
    if not phases and chart.median is not None:
        y = y_of(chart.median)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=INK, strokeWidth=0.8,
                         strokeDashArray=[3, 2]))  # fmt: skip
    half = (plot_w - 12) / max(1, count - 1) / 2 if count > 1 else plot_w / 2
    for number, phase in enumerate(phases):
        if number:
            x = x_of(phase.start) - half
            drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=MUTED, strokeWidth=0.6))
        if phase.median is None:
            continue
        y = y_of(phase.median)
        x0 = max(left, x_of(phase.start) - half)
        x1 = min(left + plot_w, x_of(phase.baseline_end) + half)
        x2 = min(left + plot_w, x_of(phase.end) + half)
        drawing.add(Line(x0, y, x1, y, strokeColor=INK, strokeWidth=0.9))
        if phase.end > phase.baseline_end:
            drawing.add(Line(x1, y, x2, y, strokeColor=INK, strokeWidth=0.8,
                             strokeDashArray=[3, 2]))  # fmt: skip
    # The series.
    coords: list[float] = []
    for index, value in enumerate(values):
        coords += [x_of(index), y_of(value)]
    if count > 1:
        drawing.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=1.3))
    in_shift = set()
    for shift in chart.shifts:
        in_shift.update(range(shift.start, shift.end + 1))
    astronomical = {s.start for s in chart.signals if s.rule == rules.ASTRONOMICAL}
    for index, value in enumerate(values):
        x, y = x_of(index), y_of(value)
        if index in astronomical:
            drawing.add(Rect(x - 3.6, y - 3.6, 7.2, 7.2, fillColor=colors.white,
                             strokeColor=WARM, strokeWidth=1.2))  # fmt: skip
        if index in in_shift:
            drawing.add(Circle(x, y, 4.2, fillColor=colors.white, strokeColor=WARM, strokeWidth=1))
            drawing.add(Circle(x, y, 2.4, fillColor=WARM, strokeColor=WARM, strokeWidth=0))
        else:
            drawing.add(Circle(x, y, 2.3, fillColor=ACCENT, strokeColor=colors.white,
                               strokeWidth=0.6))  # fmt: skip
    # Legend, above the plot.
    y = height - 9
    x = left
    drawing.add(Line(x, y + 2.5, x + 14, y + 2.5, strokeColor=ACCENT, strokeWidth=1.3))
    drawing.add(Circle(x + 7, y + 2.5, 2.2, fillColor=ACCENT, strokeWidth=0))
    drawing.add(_text(x + 18, y, reports.tr("value"), 6.8))
    x += 18 + _width(reports.tr("value"), 6.8) + 12
    drawing.add(
        Line(x, y + 2.5, x + 14, y + 2.5, strokeColor=INK, strokeWidth=0.8, strokeDashArray=[3, 2])
    )
    median_text = (
        reports.tr("median {value}", value=_format_value(chart.median, percent, reports))
        if chart.median is not None
        else reports.tr("median")
    )
    drawing.add(_text(x + 18, y, median_text, 6.8))
    x += 18 + _width(median_text, 6.8) + 12
    shift_text = (
        reports.tr("shift: 6 or more points on one side of the median")
        if chart.shifts
        else reports.tr("no shift (6 or more points on one side of the median)")
    )
    if chart.shifts:
        drawing.add(Circle(x + 4, y + 2.5, 4, fillColor=colors.white, strokeColor=WARM,
                           strokeWidth=1))  # fmt: skip
        drawing.add(Circle(x + 4, y + 2.5, 2.2, fillColor=WARM, strokeWidth=0))
        x += 12
    drawing.add(_text(x, y, shift_text, 6.8, color=WARM if chart.shifts else MUTED))
    others = signal_names(chart, reports)
    if others:
        drawing.add(_text(left, 4, " · ".join(others), 6.6, color=WARM))
    return drawing


def signal_names(chart: RunChart, reports: Tr) -> list[str]:
    """The rules other than the shift that the chart meets, in words."""
    names = {
        rules.TREND: reports.tr("trend: 5 or more points going one way"),
        rules.TOO_FEW_RUNS: reports.tr("too few runs"),
        rules.TOO_MANY_RUNS: reports.tr("too many runs"),
        rules.ASTRONOMICAL: reports.tr("astronomical point (square): check it"),
    }
    seen = [rule for rule in names if any(s.rule == rule for s in chart.signals)]
    return [names[rule] for rule in seen]


def bar_chart(
    bars: Sequence[tuple[str, float | None, str]],
    reports: Tr,
    *,
    width: float,
    height: float,
    target: float | None = None,
    target_label: str = "",
    goals: Sequence[tuple[float, str] | None] | None = None,
) -> Drawing:
    """Vertical bars of rates (0 to 1): (category, rate or None, caption under it).
    `target` draws a dashed reference line across every bar (e.g. the 70% attendance
    of the Malloa network, when every bar is an attendance). `goals` gives each bar its
    own (goal, label) or None: a dashed mark over that bar only, and the label under its
    caption, so a bar without a goal in the seeds gets no line."""
    drawing = new_drawing(width, height)
    left, right, bottom, top = 30, 6 if target is None else 40, 30, 10
    if goals is not None:
        bottom = 38
    plot_w, plot_h = width - left - right, height - bottom - top
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = bottom + tick * plot_h
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(_text(left - 4, y - 2.4, f"{round(tick * 100)}%", 6.6, anchor="end"))
    count = max(1, len(bars))
    slot = plot_w / count
    bar_w = min(46, slot * 0.58)
    for index, (category, rate, caption) in enumerate(bars):
        cx = left + slot * (index + 0.5)
        if rate is not None:
            h = max(0.0, min(1.0, rate)) * plot_h
            drawing.add(Rect(cx - bar_w / 2, bottom, bar_w, h, fillColor=ACCENT, strokeColor=None))
            drawing.add(
                _text(cx, bottom + h + 3, reports.percent(rate), 7.6, color=INK, anchor="middle",
                      bold=True)
            )  # fmt: skip
        else:
            drawing.add(_text(cx, bottom + 3, "—", 8, anchor="middle"))
        for line_no, line in enumerate(_lines(category, 7, slot - 4, 2)):
            drawing.add(_text(cx, bottom - 10 - line_no * 8.4, line, 7, color=INK,
                              anchor="middle"))  # fmt: skip
        if caption:
            drawing.add(_text(cx, bottom - 27, caption, 6.2, anchor="middle"))
        goal = goals[index] if goals is not None and index < len(goals) else None
        if goal is not None:
            value, label = goal
            y = bottom + max(0.0, min(1.0, value)) * plot_h
            half = min(slot * 0.45, bar_w / 2 + 6)
            drawing.add(Line(cx - half, y, cx + half, y, strokeColor=WARM, strokeWidth=1.1,
                             strokeDashArray=[3, 1.5]))  # fmt: skip
            drawing.add(_text(cx, bottom - 35, label, 6.2, color=WARM, anchor="middle"))
    if target is not None:
        y = bottom + target * plot_h
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=WARM, strokeWidth=0.9,
                         strokeDashArray=[4, 2]))  # fmt: skip
        for line_no, line in enumerate(_wrap(target_label, 6.4, right - 4)[:2]):
            drawing.add(_text(left + plot_w + 4, y + 1 - line_no * 7.4, line, 6.4, color=WARM))
    return drawing


def share_bar(options: Sequence[tuple[str, float | None]], *, width: float) -> Drawing:
    """One stacked bar of the shares of a question's options, with a legend under it."""
    # Lay the legend out first: it decides the drawing's height.
    legend: list[tuple[float, int, str]] = []  # (x, row, text)
    x, row = 0.0, 0
    for _index, (label, rate) in enumerate(options):
        text = f"{label} {'—' if rate is None else str(round(rate * 100)) + '%'}"
        needed = 11 + _width(text, 6.8) + 10
        if x + needed > width and x > 0:
            x, row = 0.0, row + 1
        legend.append((x, row, text))
        x += needed
    rows = (legend[-1][1] + 1) if legend else 0
    bar_h = 12
    height = bar_h + 4 + rows * 9.5
    drawing = new_drawing(width, height)
    bar_y = height - bar_h
    drawing.add(Rect(0, bar_y, width, bar_h, fillColor=ACCENT_LIGHT, strokeColor=None))
    total = sum(rate or 0 for _label, rate in options)
    x = 0.0
    if total > 0:
        for index, (_label, rate) in enumerate(options):
            share = (rate or 0) / total
            w = share * width
            if w <= 0:
                continue
            fill = SHARE_FILLS[index % len(SHARE_FILLS)]
            drawing.add(Rect(x, bar_y, w, bar_h, fillColor=fill, strokeColor=colors.white,
                             strokeWidth=0.6))  # fmt: skip
            if w > 22:
                text_color = colors.white if index in (0, 3) else INK
                drawing.add(
                    _text(x + w / 2, bar_y + 3.6, f"{round(share * 100)}%", 6.8,
                          color=text_color, anchor="middle", bold=True)
                )  # fmt: skip
            x += w
    for index, (lx, lrow, text) in enumerate(legend):
        y = bar_y - 11 - lrow * 9.5
        drawing.add(Rect(lx, y - 0.5, 7, 7, fillColor=SHARE_FILLS[index % len(SHARE_FILLS)],
                         strokeColor=None))  # fmt: skip
        drawing.add(_text(lx + 10, y, text, 6.8, color=INK))
    return drawing


def face(diameter: float, mood: float, *, stroke: float | None = None) -> Drawing:
    """A face to circle: `mood` 1 smiles, 0 is neutral, -1 frowns (first-grade readable:
    thick lines, nothing else)."""
    drawing = new_drawing(diameter, diameter)
    r = diameter / 2
    line = stroke if stroke is not None else max(1.2, diameter / 22)
    drawing.add(Circle(r, r, r - line, fillColor=colors.white, strokeColor=INK,
                       strokeWidth=line))  # fmt: skip
    eye_r = max(1.0, diameter / 17)
    for side in (-1, 1):
        drawing.add(Circle(r + side * r * 0.34, r * 1.22, eye_r, fillColor=INK, strokeWidth=0))
    # Mouth: a quadratic curve through the corners, bent by the mood.
    mouth_y = r * 0.66
    half = r * 0.42
    bend = mood * r * 0.36
    path = Path(strokeColor=INK, strokeWidth=line, fillColor=None, strokeLineCap=1)
    x0, x1 = r - half, r + half
    y0 = mouth_y + mood * r * 0.1  # a smile sits a little higher, a frown lower
    cy = y0 - bend
    # Quadratic (x0,y0) (r,cy) (x1,y0) as a cubic.
    c1 = (x0 + 2 / 3 * (r - x0), y0 + 2 / 3 * (cy - y0))
    c2 = (x1 + 2 / 3 * (r - x1), y0 + 2 / 3 * (cy - y0))
    path.moveTo(x0, y0)
    path.curveTo(c1[0], c1[1], c2[0], c2[1], x1, y0)
    drawing.add(path)
    return drawing


def _width(text: str, size: float, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, fonts.BOLD if bold else fonts.REGULAR, size)


def _wrap(text: str, size: float, width: float) -> list[str]:
    """Words of `text` in lines of at most `width` points (for chart labels)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and _width(candidate, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def _lines(text: str, size: float, width: float, most: int) -> list[str]:
    """At most `most` lines of `text`; the last one ends with an ellipsis if cut."""
    lines = _wrap(text, size, width)
    if len(lines) <= most:
        return lines
    last = " ".join(lines[most - 1 :])
    while last and _width(last + "…", size) > width:
        last = last[:-1]
    return [*lines[: most - 1], last.rstrip() + "…"]
