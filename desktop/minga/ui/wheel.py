"""The mouse wheel scrolls pages; it changes a value only in the field being edited.

A spin box, date edit or combo box under the pointer takes the wheel in plain Qt, so a
teacher scrolling a long form turned exit-ticket counts from 2 to 1 and rubric levels
without noticing. One application-wide event filter (`install_wheel_guard`, from
`configure_application`) fixes it for every such field at once:

- they take focus by click or Tab only (`Qt.StrongFocus`), never by the wheel;
- inside a scroll area, a wheel turn over one that does not have focus goes to the
  scroll area, which scrolls as if the field were not there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

__all__ = ["WheelGuard", "install_wheel_guard", "remove_wheel_guard"]

#: The fields whose value a wheel turn changes.
GUARDED = (QAbstractSpinBox, QComboBox)

_guard: WheelGuard | None = None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area `widget` is in, if any (within its window)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


def _field(watched: QObject) -> QWidget | None:
    """The guarded field `watched` is, or is the line edit of (the wheel lands there)."""
    if isinstance(watched, GUARDED):
        return watched
    parent = watched.parent() if isinstance(watched, QWidget) else None
    return parent if isinstance(parent, GUARDED) else None


class WheelGuard(QObject):
    """The event filter: see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        field = _field(watched) if kind == QEvent.Type.Wheel else None
        if field is not None and not field.hasFocus():
            area = _scroll_area(field)
            if area is not None:
                # The scroll area's viewport gets the turn, as if the field were not
                # there. Handing it over ourselves (rather than ignoring the event for Qt
                # to propagate) also works for synthesized events, which Qt never
                # propagates.
                viewport = area.viewport()
                position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
                QApplication.sendEvent(
                    viewport,
                    QWheelEvent(
                        position,
                        event.globalPosition(),
                        event.pixelDelta(),
                        event.angleDelta(),
                        event.buttons(),
                        event.modifiers(),
                        event.phase(),
                        event.inverted(),
                        event.source(),
                    ),
                )
                event.accept()
                return True
        elif (
            kind == QEvent.Type.Polish
            and isinstance(watched, GUARDED)
            and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus
        ):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Installs the guard on `app` (once; later calls return the same guard)."""
    global _guard  # noqa: PLW0603 (one filter for the one application)
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard


def remove_wheel_guard(app: QApplication) -> None:
    """Takes the guard off `app` again (tests)."""
    global _guard  # noqa: PLW0603
    if _guard is not None:
        app.removeEventFilter(_guard)
        _guard.deleteLater()
        _guard = None
