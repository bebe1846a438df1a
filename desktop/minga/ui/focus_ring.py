"""A visible keyboard focus ring: a person using only the keyboard sees where she is.

Fusion marks a focused button with a faint outline only. `install_focus_ring` adds, to
every window, a ring of `RING_COLOR` drawn around the widget that has the keyboard focus
(buttons, fields, lists, the sidebar…). The ring is a small transparent widget above the
window's contents that lets the mouse through; it follows the focused widget when it
moves, scrolls, resizes or hides, and its width follows the text size (3 px at 100 %,
6 px at 200 %). It works with any style, so the text size's style can change under it.
"""

from __future__ import annotations

from typing import Final

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

#: Dark blue: at least 3:1 against the window's light greys and white fields.
RING_COLOR: Final = QColor("#1a5fb4")
RING_NAME: Final = "minga_focus_ring"
_WATCHED: Final = frozenset(
    {
        QEvent.Type.Move,
        QEvent.Type.Resize,
        QEvent.Type.Show,
        QEvent.Type.Hide,
        QEvent.Type.ParentChange,
    }
)


def _alive(widget: QObject | None) -> bool:
    """Whether `widget` is there and its Qt object not yet deleted."""
    return widget is not None and shiboken6.isValid(widget)


def ring_width(widget: QWidget) -> int:
    """About a sixth of a text line: 3 px at 100 %, 6 px at 200 %."""
    return max(2, round(widget.fontMetrics().height() / 6))


class _Ring(QWidget):
    """The ring itself: a window's child that paints only its outline."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(RING_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.width_px = 2
        self.hide()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(RING_COLOR, self.width_px)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = self.width_px / 2
        rect = self.rect().toRectF().adjusted(half, half, -half, -half)
        radius = self.width_px * 1.5
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()


class FocusRing(QObject):
    """Keeps one ring per window around the focused widget.

    Qt reports focus changes from inside widget destructors too (a focused field that is
    deleted with its window gives its focus away while its window's children are half
    gone), when asking a window for its children can crash. So a focus change or a watched
    widget's move only records what happened; the ring moves on the next turn of the event
    loop, when no widget is half destroyed, and it touches only widgets still alive.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._target: QWidget | None = None
        self._next_target: QWidget | None = None
        self._focus_moved = False
        self._watched: list[QWidget] = []
        self._shown: _Ring | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh)
        app.focusChanged.connect(self._focus_changed)

    # --- following the focus --------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._next_target = new
        self._focus_moved = True
        self._timer.start()

    def _refresh(self) -> None:
        if self._focus_moved:
            self._focus_moved = False
            self._follow(self._next_target)
            self._next_target = None
        self.place()

    def _follow(self, new: QWidget | None) -> None:
        self._unwatch()
        self._target = new if _alive(new) and self._wants_ring(new) else None
        widget: QWidget | None = self._target
        while widget is not None:
            widget.installEventFilter(self)
            self._watched.append(widget)
            if widget.isWindow():
                break
            widget = widget.parentWidget()

    @staticmethod
    def _wants_ring(widget: QWidget | None) -> bool:
        if widget is None or widget.isWindow():
            return False
        flags = widget.window().windowFlags()
        # A combo box's open list and tool tips are popups: their own highlight shows it.
        return (flags & Qt.WindowType.Popup) != Qt.WindowType.Popup

    def _unwatch(self) -> None:
        for widget in self._watched:
            if _alive(widget):
                widget.removeEventFilter(self)
        self._watched = []

    def _hide_ring(self) -> None:
        if self._shown is not None and _alive(self._shown):
            self._shown.hide()
        self._shown = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED:
            self._timer.start()
        return False

    # --- drawing --------------------------------------------------------------------

    def ring_of(self, window: QWidget) -> _Ring:
        ring = window.findChild(_Ring, RING_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if ring is not None else _Ring(window)

    def place(self) -> None:
        """The ring around the focused widget, clipped to what of it can be seen."""
        target = self._target
        if target is None or not _alive(target):
            self._target = None
            self._hide_ring()
            return
        window = target.window()
        ring = self.ring_of(window)
        if ring is not self._shown:
            self._hide_ring()
        if not target.isVisible():
            ring.hide()
            return
        width = ring_width(target)
        top_left = target.mapTo(window, target.rect().topLeft())
        area = QRect(top_left, target.size()).adjusted(-width, -width, width, width)
        # Inside a scrolled list or form, only the part of it that is on screen.
        clip = window.rect()
        parent = target.parentWidget()
        while parent is not None and parent is not window:
            clip = clip.intersected(
                QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
            )
            parent = parent.parentWidget()
        area = area.intersected(clip)
        if area.width() < 2 * width or area.height() < 2 * width:
            ring.hide()
            return
        ring.width_px = width
        ring.setGeometry(area)
        ring.raise_()
        ring.show()
        ring.update()
        self._shown = ring


def install_focus_ring(app: QApplication) -> FocusRing:
    """The focus ring for the whole application (once)."""
    existing = app.findChild(FocusRing)
    if isinstance(existing, FocusRing):
        return existing
    return FocusRing(app)


def remove_focus_ring(app: QApplication) -> None:
    """Takes the ring away again (tests that install it on the shared application)."""
    existing = app.findChild(FocusRing)
    if isinstance(existing, FocusRing):
        app.focusChanged.disconnect(existing._focus_changed)
        existing._timer.stop()
        existing._unwatch()
        existing._hide_ring()
        existing.setParent(None)
        existing.deleteLater()
