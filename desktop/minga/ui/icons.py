"""Minga's few icons, drawn with QPainter (no files to license, crisp at any scale).

Each icon is drawn on a 24x24 grid and rendered at several pixel sizes, so Qt picks a
sharp one for 100 % and 200 % screens alike. The "selected" mode is drawn in the
highlight text colour so an icon stays visible on a selected sidebar row.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

__all__ = ["ACCENT", "app_icon", "icon"]

#: Minga's colour: the green of a school garden (readable on white and on dark).
ACCENT = QColor("#2e7d32")

# The sizes the window shows icons at (line edits, toolbar, sidebar, dialogs), in
# logical pixels; each is rendered for the screen's pixel ratio (`_sizes`). 48 and 64
# serve large text (Preferencias at 150 and 200 %: the sidebar's icons grow with its
# text, and a QIcon never enlarges its largest picture).
_LOGICAL_SIZES = (16, 20, 24, 32, 48, 64)
_APP_ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)

Draw = Callable[[QPainter, QColor], None]


def _pen(color: QColor, width: float = 2.0) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _home(p: QPainter, color: QColor) -> None:
    p.setPen(_pen(color))
    p.setBrush(Qt.BrushStyle.NoBrush)
    roof = QPainterPath(QPointF(3, 11.5))
    roof.lineTo(12, 4)
    roof.lineTo(21, 11.5)
    p.drawPath(roof)
    body = QPainterPath(QPointF(5.5, 10))
    body.lineTo(5.5, 20)
    body.lineTo(18.5, 20)
    body.lineTo(18.5, 10)
    p.drawPath(body)
    p.drawRect(QRectF(10, 14, 4, 6))


def _practices(p: QPainter, color: QColor) -> None:
    # An open notebook with lines of writing.
    p.setPen(_pen(color))
    p.setBrush(Qt.BrushStyle.NoBrush)
    left = QPainterPath(QPointF(12, 6.5))
    left.cubicTo(9, 4.5, 5, 4.5, 3, 5.5)
    left.lineTo(3, 19)
    left.cubicTo(5, 18, 9, 18, 12, 20)
    p.drawPath(left)
    right = QPainterPath(QPointF(12, 6.5))
    right.cubicTo(15, 4.5, 19, 4.5, 21, 5.5)
    right.lineTo(21, 19)
    right.cubicTo(19, 18, 15, 18, 12, 20)
    p.drawPath(right)
    p.drawLine(QPointF(12, 6.5), QPointF(12, 20))
    p.setPen(_pen(color, 1.5))
    for y in (9.5, 12.5, 15.5):
        p.drawLine(QPointF(5.5, y), QPointF(9.5, y))
        p.drawLine(QPointF(14.5, y), QPointF(18.5, y))


def _search(p: QPainter, color: QColor) -> None:
    p.setPen(_pen(color, 2.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(4, 4, 11, 11))
    p.drawLine(QPointF(13.5, 13.5), QPointF(20, 20))


def _add(p: QPainter, color: QColor) -> None:
    p.setPen(_pen(color, 2.4))
    p.drawLine(QPointF(12, 5), QPointF(12, 19))
    p.drawLine(QPointF(5, 12), QPointF(19, 12))


def _draft(p: QPainter, color: QColor) -> None:
    # A sheet with a pencil: something to finish.
    p.setPen(_pen(color, 1.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    sheet = QPainterPath(QPointF(14, 4))
    sheet.lineTo(5, 4)
    sheet.lineTo(5, 20)
    sheet.lineTo(17, 20)
    sheet.lineTo(17, 16)
    p.drawPath(sheet)
    p.drawLine(QPointF(8, 9), QPointF(12, 9))
    p.drawLine(QPointF(8, 12.5), QPointF(11, 12.5))
    pencil = QPainterPath(QPointF(12.5, 15.5))
    pencil.lineTo(19, 9)
    pencil.lineTo(21, 11)
    pencil.lineTo(14.5, 17.5)
    pencil.lineTo(12, 18)
    pencil.closeSubpath()
    p.drawPath(pencil)


def _demo(p: QPainter, color: QColor) -> None:
    # A flask: "this is an experiment".
    p.setPen(_pen(color, 1.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    flask = QPainterPath(QPointF(9.5, 4))
    flask.lineTo(9.5, 10)
    flask.lineTo(4.5, 19)
    flask.lineTo(19.5, 19)
    flask.lineTo(14.5, 10)
    flask.lineTo(14.5, 4)
    p.drawPath(flask)
    p.drawLine(QPointF(8, 4), QPointF(16, 4))
    p.drawLine(QPointF(7, 15), QPointF(17, 15))


def _sessions(p: QPainter, color: QColor) -> None:
    # A calendar page: the monthly session.
    p.setPen(_pen(color, 1.9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(3.5, 5.5, 17, 15), 2, 2)
    p.drawLine(QPointF(3.5, 10), QPointF(20.5, 10))
    p.drawLine(QPointF(8, 3.5), QPointF(8, 7))
    p.drawLine(QPointF(16, 3.5), QPointF(16, 7))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    for x in (7.5, 12, 16.5):
        for y in (13.5, 17):
            p.drawEllipse(QPointF(x, y), 1.1, 1.1)


def _adoption(p: QPainter, color: QColor) -> None:
    # A sprout: a colleague's practice taking root in one's own school.
    p.setPen(_pen(color, 1.9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawLine(QPointF(4, 20), QPointF(20, 20))
    p.drawLine(QPointF(12, 20), QPointF(12, 10))
    left = QPainterPath(QPointF(12, 13))
    left.cubicTo(8, 13, 5, 10.5, 5, 6.5)
    left.cubicTo(9, 6.5, 12, 9, 12, 13)
    p.drawPath(left)
    right = QPainterPath(QPointF(12, 10.5))
    right.cubicTo(12, 6.5, 15, 4, 19.5, 4)
    right.cubicTo(19.5, 8, 16.5, 10.5, 12, 10.5)
    p.drawPath(right)


def _observation(p: QPainter, color: QColor) -> None:
    # An eye: looking at a colleague's class.
    p.setPen(_pen(color, 1.9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    eye = QPainterPath(QPointF(2.5, 12))
    eye.cubicTo(6, 6, 18, 6, 21.5, 12)
    eye.cubicTo(18, 18, 6, 18, 2.5, 12)
    p.drawPath(eye)
    p.drawEllipse(QPointF(12, 12), 3.2, 3.2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawEllipse(QPointF(12, 12), 1.2, 1.2)


def _improvement(p: QPainter, color: QColor) -> None:
    # Two arrows chasing each other: plan, do, study, adjust, again.
    p.setPen(_pen(color, 1.9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(4.5, 4.5, 15, 15)
    p.drawArc(rect, 20 * 16, 140 * 16)
    p.drawArc(rect, 200 * 16, 140 * 16)
    for tip, a, b in (
        (QPointF(5.3, 9.4), QPointF(4.6, 5.8), QPointF(8.6, 8.6)),
        (QPointF(18.7, 14.6), QPointF(19.4, 18.2), QPointF(15.4, 15.4)),
    ):
        p.drawLine(tip, a)
        p.drawLine(tip, b)


def _indicators(p: QPainter, color: QColor) -> None:
    # A bar chart.
    p.setPen(_pen(color, 1.9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawLine(QPointF(3.5, 20), QPointF(20.5, 20))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    for x, top in ((5, 12), (10.5, 6), (16, 9.5)):
        p.drawRoundedRect(QRectF(x, top, 3.5, 18 - top), 0.8, 0.8)


def _territory(p: QPainter, color: QColor) -> None:
    # Three networks (dots) joined to the territory's hub.
    p.setPen(_pen(color, 1.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    hub = QPointF(12, 13)
    for point in (QPointF(5, 6), QPointF(19, 6), QPointF(12, 21)):
        p.drawLine(hub, point)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawEllipse(hub, 3.2, 3.2)
    for point in (QPointF(5, 6), QPointF(19, 6), QPointF(12, 20.5)):
        p.drawEllipse(point, 2.3, 2.3)


def _sync(p: QPainter, color: QColor) -> None:
    # Two arrows going opposite ways: bundles sent and received.
    p.setPen(_pen(color, 2.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawLine(QPointF(4, 8), QPointF(19, 8))
    p.drawLine(QPointF(19, 8), QPointF(15, 4))
    p.drawLine(QPointF(19, 8), QPointF(15, 12))
    p.drawLine(QPointF(20, 16), QPointF(5, 16))
    p.drawLine(QPointF(5, 16), QPointF(9, 12))
    p.drawLine(QPointF(5, 16), QPointF(9, 20))


def _print(p: QPainter, color: QColor) -> None:
    # A printer: the paper going in on top, the body, the printed sheet coming out.
    p.setPen(_pen(color, 1.9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline([QPointF(7, 9), QPointF(7, 3.5), QPointF(17, 3.5), QPointF(17, 9)])
    p.drawRoundedRect(QRectF(3, 9, 18, 8), 1.5, 1.5)
    p.drawRect(QRectF(7, 14, 10, 6.5))
    p.setPen(_pen(color, 1.4))
    p.drawLine(QPointF(9, 17), QPointF(15, 17))


_DRAWINGS: dict[str, Draw] = {
    "home": _home,
    "practices": _practices,
    "search": _search,
    "add": _add,
    "draft": _draft,
    "demo": _demo,
    "sessions": _sessions,
    "adoption": _adoption,
    "observation": _observation,
    "improvement": _improvement,
    "indicators": _indicators,
    "territory": _territory,
    "print": _print,
    "sync": _sync,
}


def _render(draw: Draw, size: int, color: QColor) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    draw(painter, color)
    painter.end()
    return pixmap


def _palette_color(role: QPalette.ColorRole) -> QColor:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorGroup.Active, role)


@cache
def _sizes() -> tuple[int, ...]:
    """Device pixel sizes to render: each logical size at every screen's pixel ratio
    (drawing all of them up front would slow the start for sizes never shown)."""
    ratios = {1.0}
    app = QApplication.instance()
    if isinstance(app, QApplication):
        ratios |= {screen.devicePixelRatio() for screen in app.screens()}
    return tuple(sorted({round(size * ratio) for size in _LOGICAL_SIZES for ratio in ratios}))


@cache
def icon(name: str) -> QIcon:
    """The icon called `name` (home, practices, search, add, draft, demo, sessions,
    adoption, observation, improvement, indicators, sync)."""
    draw = _DRAWINGS[name]
    normal = _palette_color(QPalette.ColorRole.WindowText)
    selected = _palette_color(QPalette.ColorRole.HighlightedText)
    disabled = QColor(normal)
    disabled.setAlpha(110)
    result = QIcon()
    for size in _sizes():
        result.addPixmap(_render(draw, size, normal), QIcon.Mode.Normal)
        result.addPixmap(_render(draw, size, selected), QIcon.Mode.Selected)
        result.addPixmap(_render(draw, size, disabled), QIcon.Mode.Disabled)
    return result


def _app_mark(p: QPainter, _color: QColor) -> None:
    # A green rounded square with a white "M": the window and taskbar icon.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(ACCENT))
    p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5)
    p.setPen(_pen(QColor("white"), 2.6))
    mark = QPainterPath(QPointF(6.5, 17.5))
    mark.lineTo(6.5, 7)
    mark.lineTo(12, 13.5)
    mark.lineTo(17.5, 7)
    mark.lineTo(17.5, 17.5)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(mark)


@cache
def app_icon() -> QIcon:
    """Minga's window icon."""
    result = QIcon()
    for size in _APP_ICON_SIZES:
        result.addPixmap(_render(_app_mark, size, ACCENT))
    return result


def badge_font(base: QFont) -> QFont:
    """A bold, slightly smaller font for small labels such as the demo badge."""
    font = QFont(base)
    font.setBold(True)
    return font
