"""Charts drawn with QPainter for the areas of the microcentre cycle.

Four small widgets, no chart library (nothing to freeze, nothing to license):

- `BarChart`: one vertical bar per item with a value from 0 to 1 (attendance per
  session), an optional target line, percentages on the bars;
- `PercentBars`: horizontal bars with their label and percentage (satisfaction per
  question);
- `StackedColumns`: one column per period split into the shares of each option, with a
  legend (exit-ticket trends);
- `RunChartView`: a run chart (PHEA): points joined by a line, the median line, and the
  points of a shift (6 or more consecutive points on one side of the median) marked.

Every chart takes already translated texts, sizes itself from the font (so it stays
readable at 200 %), uses the palette for text and grid, and describes its data in its
accessible description (a screen reader cannot see bars). Labels that do not fit are
elided or thinned out, never drawn over each other.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from minga.ui.icons import ACCENT

__all__ = [
    "SERIES_COLORS",
    "SHIFT_COLOR",
    "Bar",
    "BarChart",
    "PercentBars",
    "RunChartView",
    "StackedColumns",
    "nice_ticks",
]

# Okabe-Ito colours: told apart by people with the common colour-vision deficiencies.
SERIES_COLORS = (
    QColor("#0072B2"),
    QColor("#E69F00"),
    QColor("#009E73"),
    QColor("#CC79A7"),
    QColor("#56B4E9"),
    QColor("#D55E00"),
    QColor("#F0E442"),
)
# Points of a shift in a run chart.
SHIFT_COLOR = QColor("#D55E00")
MEDIAN_COLOR = QColor("#5E35B1")
TARGET_COLOR = QColor("#B3261E")


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values for an axis from `low` to `high` (about `count` of them)."""
    if not math.isfinite(low) or not math.isfinite(high):
        return [0.0, 1.0]
    if high < low:
        low, high = high, low
    if math.isclose(high, low):
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / max(1, count - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 0.5 and len(ticks) < 50:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _number(value: float) -> str:
    """A short number in the interface's digits (1,75 in Chile): no decimals when whole,
    else up to two."""
    locale = QLocale()
    if math.isclose(value, round(value)):
        return locale.toString(round(value))
    text = locale.toString(float(value), "f", 2)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


class _Chart(QWidget):
    """What every chart shares: colours from the palette, a size from the font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._empty_text = ""

    def set_empty_text(self, text: str) -> None:
        """What to show when there is nothing to draw (already translated)."""
        self._empty_text = text
        self.update()

    def text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def quiet_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.PlaceholderText)

    def grid_color(self) -> QColor:
        color = QColor(self.palette().color(QPalette.ColorRole.Mid))
        color.setAlpha(140)
        return color

    def line(self) -> int:
        return self.fontMetrics().lineSpacing()

    def _draw_empty(self, painter: QPainter) -> None:
        painter.setPen(self.quiet_color())
        painter.drawText(
            QRectF(self.rect()),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self._empty_text,
        )


# --- vertical bars ----------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One bar: a short label under it, a value from 0 to 1 (None: no data) and a tooltip
    line that says it in words."""

    label: str
    value: float | None
    text: str = ""


class BarChart(_Chart):
    """Bars from 0 % to 100 %, one per item, with their percentage on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._target: float | None = None
        self._target_label = ""

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(
                f"{b.label}: {b.text or ('—' if b.value is None else _percent(b.value))}"
                for b in self._bars
            )
        )
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_target(self, value: float | None, label: str = "") -> None:
        """A dashed reference line (e.g. the attendance goal of 70 %)."""
        self._target = value
        self._target_label = label
        self.update()

    def sizeHint(self) -> QSize:
        line = self.line()
        width = max(240, len(self._bars) * line * 3)
        return QSize(width, line * 13)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.line() * 10, self.line() * 10)

    def plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        line = self.line()
        left = metrics.horizontalAdvance("100%") + line
        return QRectF(
            left, line * 1.6, self.width() - left - line * 0.6, self.height() - line * 3.4
        )

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            self._draw_empty(painter)
            return
        metrics = self.fontMetrics()
        plot = self.plot_rect()
        line = self.line()
        # Grid and axis labels.
        for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = plot.bottom() - tick * plot.height()
            painter.setPen(QPen(self.grid_color(), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.quiet_color())
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - line * 0.4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _percent(tick),
            )
        slot = plot.width() / len(self._bars)
        bar_width = max(4.0, min(slot * 0.62, line * 3.2))
        # Labels under the bars: every one when they fit, else every n-th.
        widest = max(metrics.horizontalAdvance(b.label) for b in self._bars) + line * 0.5
        every = max(1, math.ceil(widest / slot))
        for index, bar in enumerate(self._bars):
            center = plot.left() + slot * (index + 0.5)
            if bar.value is not None:
                value = max(0.0, min(1.0, bar.value))
                top = plot.bottom() - value * plot.height()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ACCENT)
                painter.drawRect(
                    QRectF(center - bar_width / 2, top, bar_width, plot.bottom() - top)
                )
                if metrics.horizontalAdvance("100%") <= slot:
                    painter.setPen(self.text_color())
                    painter.drawText(
                        QRectF(center - slot / 2, top - line * 1.2, slot, line),
                        Qt.AlignmentFlag.AlignCenter,
                        _percent(value),
                    )
            else:
                painter.setPen(self.quiet_color())
                painter.drawText(
                    QRectF(center - slot / 2, plot.bottom() - line * 1.2, slot, line),
                    Qt.AlignmentFlag.AlignCenter,
                    "—",
                )
            if index % every == 0:
                painter.setPen(self.text_color())
                painter.drawText(
                    QRectF(
                        center - slot * every / 2, plot.bottom() + line * 0.3, slot * every, line
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot * every)),
                )
        if self._target is not None:
            y = plot.bottom() - self._target * plot.height()
            pen = QPen(TARGET_COLOR, max(1.5, line / 10), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if self._target_label:
                painter.drawText(
                    QRectF(plot.left(), 0, plot.width(), line * 1.4),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"- - {self._target_label}",
                )


# --- horizontal percentage bars ---------------------------------------------------------


class PercentBars(_Chart):
    """Rows of label, bar and percentage (plus a quieter detail such as "66 of 68")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, float | None, str]] = []

    def set_rows(self, rows: Sequence[tuple[str, float | None, str]]) -> None:
        """(label, value 0..1 or None, detail) per row."""
        self._rows = list(rows)
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: {'—' if value is None else _percent(value)} {detail}".strip()
                for label, value, detail in self._rows
            )
        )
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, float | None, str]]:
        return list(self._rows)

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(r[0]) for r in self._rows), default=0) + 4
        return min(widest, max(self.line() * 8, int(self.width() * 0.4)))

    def sizeHint(self) -> QSize:
        line = self.line()
        rows = max(1, len(self._rows))
        return QSize(line * 30, int(rows * line * 2.0 + line * 0.5))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.line() * 16, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._rows:
            self._draw_empty(painter)
            return
        metrics = self.fontMetrics()
        line = self.line()
        label_width = self._label_width()
        value_width = max(
            metrics.horizontalAdvance("100%  ")
            + max((metrics.horizontalAdvance(r[2]) for r in self._rows), default=0),
            line * 3,
        )
        bar_left = label_width + line * 0.6
        bar_right = self.width() - value_width - line * 0.4
        row_height = line * 2.0
        for index, (label, value, detail) in enumerate(self._rows):
            top = line * 0.25 + index * row_height
            middle = top + row_height / 2
            painter.setPen(self.text_color())
            painter.drawText(
                QRectF(0, top, label_width, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width),
            )
            track = QRectF(
                bar_left, middle - line * 0.4, max(0.0, bar_right - bar_left), line * 0.8
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.grid_color())
            painter.drawRoundedRect(track, 3, 3)
            if value is not None:
                filled = QRectF(track)
                filled.setWidth(track.width() * max(0.0, min(1.0, value)))
                painter.setBrush(ACCENT)
                painter.drawRoundedRect(filled, 3, 3)
            text = "—" if value is None else _percent(value)
            painter.setPen(self.text_color())
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            bold = QFontMetrics(font)
            painter.drawText(
                QRectF(bar_right + line * 0.4, top, value_width, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            font.setBold(False)
            painter.setFont(font)
            if detail:
                painter.setPen(self.quiet_color())
                painter.drawText(
                    QRectF(
                        bar_right + line * 0.4 + bold.horizontalAdvance(text + " "),
                        top,
                        value_width,
                        row_height,
                    ),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    detail,
                )


# --- stacked columns --------------------------------------------------------------------


class StackedColumns(_Chart):
    """One column per period, split into the shares of the options, and a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._periods: list[str] = []
        self._series: list[tuple[str, list[float | None]]] = []
        self._widest: tuple[str, int] | None = None  # (font key, widest period label)
        self._picture: tuple[tuple[object, ...], QPixmap] | None = None  # (its key, the chart)

    def set_data(
        self, periods: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]
    ) -> None:
        """`periods` labels; `series` (option label, share per period 0..1 or None)."""
        self._periods = list(periods)
        self._widest = None
        self._picture = None
        self._series = [(label, list(values)) for label, values in series]
        parts = []
        for index, period in enumerate(self._periods):
            shares = ", ".join(
                f"{label} {_percent(values[index])}"
                for label, values in self._series
                if index < len(values) and values[index] is not None
            )
            parts.append(f"{period}: {shares}")
        self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()
        self.update()

    def periods(self) -> list[str]:
        return list(self._periods)

    def series(self) -> list[tuple[str, list[float | None]]]:
        return [(label, list(values)) for label, values in self._series]

    def _legend_lines(self, width: float) -> list[list[tuple[int, str]]]:
        metrics = self.fontMetrics()
        line = self.line()
        lines: list[list[tuple[int, str]]] = [[]]
        x = 0.0
        for index, (label, _values) in enumerate(self._series):
            item = line * 1.4 + metrics.horizontalAdvance(label) + line
            if lines[-1] and x + item > width:
                lines.append([])
                x = 0.0
            lines[-1].append((index, label))
            x += item
        return lines

    def sizeHint(self) -> QSize:
        line = self.line()
        legend = len(self._legend_lines(max(self.width(), line * 20)))
        return QSize(line * 30, line * (12 + legend))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.line() * 12, self.sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the legend may wrap onto another line

    def _widest_period(self, metrics: QFontMetrics) -> int:
        """The widest period label in this font (measured once, not at every paint: a
        teacher's year may hold a thousand applications)."""
        key = self.font().key()
        if self._widest is None or self._widest[0] != key:
            self._widest = (key, max(metrics.horizontalAdvance(p) for p in set(self._periods)))
        return self._widest[1]

    def paintEvent(self, _event) -> None:
        # Drawn once into a picture, then copied at every paint while nothing it depends
        # on changes: a teacher's year may hold a thousand columns (scrolling, coming back
        # to the page and other windows passing over it repaint the chart).
        ratio = self.devicePixelRatioF()
        key = (
            self.width(),
            self.height(),
            ratio,
            self.palette().cacheKey(),
            self.font().key(),
            self._empty_text,
        )
        if self._picture is None or self._picture[0] != key:
            picture = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            self._paint(painter)
            painter.end()
            self._picture = (key, picture)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture[1])
        painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._periods or not self._series:
            self._draw_empty(painter)
            return
        metrics = self.fontMetrics()
        line = self.line()
        legend = self._legend_lines(self.width() - line)
        left = metrics.horizontalAdvance("100%") + line
        plot = QRectF(
            left,
            line * 0.6,
            self.width() - left - line * 0.6,
            self.height() - line * (2.6 + len(legend) * 1.3),
        )
        for tick in (0.0, 0.5, 1.0):
            y = plot.bottom() - tick * plot.height()
            painter.setPen(QPen(self.grid_color(), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.quiet_color())
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - line * 0.4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _percent(tick),
            )
        slot = plot.width() / len(self._periods)
        # A column is 70 % of its slot (at least 4 px) but never reaches over the next one:
        # a year of many applications tiles the plot. Columns never overlap, so they are
        # drawn colour by colour.
        width = min(slot, max(4.0, min(slot * 0.7, line * 3.0)))
        widest = self._widest_period(metrics) + line * 0.5
        every = max(1, math.ceil(widest / slot))
        rects: list[list[QRectF]] = [[] for _ in self._series]
        painter.setPen(self.text_color())
        for index, period in enumerate(self._periods):
            center = plot.left() + slot * (index + 0.5)
            bottom = plot.bottom()
            for number, (_label, values) in enumerate(self._series):
                share = values[index] if index < len(values) else None
                if not share:
                    continue
                height = max(0.0, min(1.0, share)) * plot.height()
                rects[number].append(QRectF(center - width / 2, bottom - height, width, height))
                bottom -= height
            if index % every == 0:
                painter.drawText(
                    QRectF(
                        center - slot * every / 2, plot.bottom() + line * 0.3, slot * every, line
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    metrics.elidedText(period, Qt.TextElideMode.ElideRight, int(slot * every)),
                )
        painter.setPen(Qt.PenStyle.NoPen)
        for number, group in enumerate(rects):
            if group:
                painter.setBrush(SERIES_COLORS[number % len(SERIES_COLORS)])
                painter.drawRects(group)
        y = plot.bottom() + line * 1.6
        for entries in legend:
            x = line * 0.5
            for number, label in entries:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(SERIES_COLORS[number % len(SERIES_COLORS)])
                painter.drawRect(QRectF(x, y + line * 0.2, line * 0.8, line * 0.8))
                painter.setPen(self.text_color())
                text_width = metrics.horizontalAdvance(label)
                painter.drawText(
                    QRectF(x + line * 1.1, y, text_width + 2, line * 1.2),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                x += line * 1.4 + text_width + line
            y += line * 1.3


# --- run chart --------------------------------------------------------------------------


class RunChartView(_Chart):
    """A run chart: the values in order, the median, and the points of each shift."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._values: list[float] = []
        self._median: float | None = None
        # (first index, last index, median) of each phase, when there are several.
        self._phases: list[tuple[int, int, float | None]] = []
        self._shift_points: set[int] = set()
        self._texts = {"median": "Median", "shift": "Shift", "value": "Value"}

    def set_texts(self, *, median: str, shift: str, value: str) -> None:
        """The legend's words (already translated): the median, a shift, a value."""
        self._texts = {"median": median, "shift": shift, "value": value}
        self.update()

    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        median: float | None,
        shifts: Sequence[tuple[int, int]] = (),
    ) -> None:
        """`shifts` are (first index, last index) of each run; the points in between
        that are not on the median are marked."""
        self._labels = list(labels)
        self._values = [float(v) for v in values]
        self._median = median
        marked: set[int] = set()
        for start, end in shifts:
            for index in range(start, end + 1):
                if index < len(self._values) and (
                    median is None or not math.isclose(self._values[index], median)
                ):
                    marked.add(index)
        self._shift_points = marked
        described = ", ".join(
            f"{label} {_number(value)}" + (" *" if i in marked else "")
            for i, (label, value) in enumerate(zip(self._labels, self._values, strict=False))
        )
        median_text = "—" if median is None else _number(median)
        self.setAccessibleDescription(
            f"{described}. {self._texts['median']}: {median_text}."
            + (f" {self._texts['shift']}: *" if marked else "")
        )
        self.updateGeometry()
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the legend may wrap onto another line

    def set_phases(self, phases: Sequence[tuple[int, int, float | None]]) -> None:
        """Each phase's median over its own points (a marked change starts a phase);
        one phase or none draws the single median line."""
        self._phases = list(phases) if len(phases) > 1 else []
        self.update()

    def phases(self) -> list[tuple[int, int, float | None]]:
        return list(self._phases)

    def shift_points(self) -> set[int]:
        """Indexes of the points drawn as part of a shift."""
        return set(self._shift_points)

    def values(self) -> list[float]:
        return list(self._values)

    def median(self) -> float | None:
        return self._median

    def minimumSizeHint(self) -> QSize:
        return QSize(line_min := self.line() * 14, int(line_min * 0.75))

    def _range(self) -> tuple[list[float], float, float]:
        low = min(self._values)
        high = max(self._values)
        if self._median is not None:
            low, high = min(low, self._median), max(high, self._median)
        ticks = nice_ticks(low, high)
        return ticks, ticks[0], ticks[-1]

    def point_positions(self) -> list[QPointF]:
        """Where each value is drawn (for tests and tooltips)."""
        if not self._values:
            return []
        plot = self._plot_rect()
        _ticks, low, high = self._range()
        span = (high - low) or 1.0
        count = len(self._values)
        step = plot.width() / max(1, count - 1) if count > 1 else 0.0
        return [
            QPointF(
                plot.left() + (step * i if count > 1 else plot.width() / 2),
                plot.bottom() - (v - low) / span * plot.height(),
            )
            for i, v in enumerate(self._values)
        ]

    def _legend(self) -> list[list[tuple[str, str, QColor, bool, float]]]:
        """Legend entries (key, text, colour, dashed, width) in lines that fit the width."""
        metrics = self.fontMetrics()
        line = self.line()
        radius = max(3.0, line * 0.22)
        entries = [("value", self.text_color(), False), ("median", MEDIAN_COLOR, True)]
        if self._shift_points:
            entries.append(("shift", SHIFT_COLOR, False))
        lines: list[list[tuple[str, str, QColor, bool, float]]] = [[]]
        x = 0.0
        room = max(1.0, self.width() - line)
        for key, color, dashed in entries:
            text = self._texts[key]
            if key == "median" and self._median is not None:
                text = f"{text}: {_number(self._median)}"
            mark = line * 1.8 if dashed else radius * 2 + line * 0.4
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room - mark))
            width = mark + metrics.horizontalAdvance(text) + line * 1.2
            if lines[-1] and x + width > room:
                lines.append([])
                x = 0.0
            lines[-1].append((key, text, color, dashed, width))
            x += width
        return lines

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        line = self.line()
        ticks, _low, _high = self._range()
        left = max(metrics.horizontalAdvance(_number(t)) for t in ticks) + line * 1.2
        right = line * 1.2
        top = line * (0.8 + 1.3 * len(self._legend()))
        return QRectF(
            left,
            top,
            max(10.0, self.width() - left - right),
            max(10.0, self.height() - top - line * 2.4),
        )

    def sizeHint(self) -> QSize:
        line = self.line()
        return QSize(line * 30, int(line * (14 + 1.3 * (len(self._legend()) - 1))))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._values:
            self._draw_empty(painter)
            return
        metrics = self.fontMetrics()
        line = self.line()
        plot = self._plot_rect()
        ticks, low, high = self._range()
        span = (high - low) or 1.0
        for tick in ticks:
            y = plot.bottom() - (tick - low) / span * plot.height()
            painter.setPen(QPen(self.grid_color(), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.quiet_color())
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - line * 0.5, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _number(tick),
            )
        points = self.point_positions()
        # The median first, so the data lies on top of it: one segment per phase when a
        # change was marked (each phase has its own baseline median).
        if self._phases and len(points) > 1:
            half = (points[1].x() - points[0].x()) / 2
            painter.setPen(QPen(MEDIAN_COLOR, max(1.5, line / 9), Qt.PenStyle.DashLine))
            for start, end, median in self._phases:
                if median is None or end >= len(points):
                    continue
                y = plot.bottom() - (median - low) / span * plot.height()
                left = max(plot.left(), points[start].x() - half)
                right = min(plot.right(), points[end].x() + half)
                painter.drawLine(QPointF(left, y), QPointF(right, y))
        elif self._median is not None:
            y = plot.bottom() - (self._median - low) / span * plot.height()
            painter.setPen(QPen(MEDIAN_COLOR, max(1.5, line / 9), Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(self.text_color(), max(1.5, line / 10)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
        radius = max(3.0, line * 0.22)
        for index, point in enumerate(points):
            if index in self._shift_points:
                painter.setPen(QPen(SHIFT_COLOR.darker(130), 1.5))
                painter.setBrush(SHIFT_COLOR)
                painter.drawEllipse(point, radius * 1.45, radius * 1.45)
            else:
                painter.setPen(QPen(self.text_color(), 1.2))
                painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
                painter.drawEllipse(point, radius, radius)
        # Period labels, thinned out so they never overlap.
        count = len(points)
        slot = plot.width() / max(1, count - 1) if count > 1 else plot.width()
        widest = max((metrics.horizontalAdvance(label) for label in self._labels), default=0)
        every = max(1, math.ceil((widest + line * 0.6) / max(1.0, slot)))
        painter.setPen(self.text_color())
        last_right = -math.inf
        for index, (label, point) in enumerate(zip(self._labels, points, strict=False)):
            if index % every and index != count - 1:
                continue
            room = slot * every
            label_width = min(room, metrics.horizontalAdvance(label) + 2.0)
            left_edge = max(0.0, min(point.x() - label_width / 2, self.width() - label_width))
            if left_edge < last_right + line * 0.5:
                continue  # it would touch the label before it
            last_right = left_edge + label_width
            rect = QRectF(left_edge, plot.bottom() + line * 0.4, label_width, line)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(room)),
            )
        # Legend on top.
        y = line * 0.2
        for entries in self._legend():
            x = plot.left() if len(self._legend()) == 1 else line * 0.5
            for key, text, color, dashed, width in entries:
                middle = y + line * 0.6
                if dashed:
                    painter.setPen(QPen(color, max(1.5, line / 9), Qt.PenStyle.DashLine))
                    painter.drawLine(QPointF(x, middle), QPointF(x + line * 1.4, middle))
                    text_x = x + line * 1.8
                else:
                    painter.setPen(QPen(color.darker(110), 1.2))
                    painter.setBrush(
                        color if key == "shift" else self.palette().color(QPalette.ColorRole.Base)
                    )
                    painter.drawEllipse(QPointF(x + radius, middle), radius, radius)
                    text_x = x + radius * 2 + line * 0.4
                painter.setPen(self.text_color())
                painter.drawText(
                    QRectF(text_x, y, metrics.horizontalAdvance(text) + 2, line * 1.2),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
                x += width
            y += line * 1.3
