"""Scrolling for large text: what does not fit scrolls, the action bars stay put.

At 200 % text a form or a tab may be taller (or wider) than a 1366x768 screen; inside a
scroll area it asks no more than a few lines of the window, so the window keeps its size
and the editor's Guardar/Cerrar bar (outside the scroll area) stays on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QBoxLayout,
    QFrame,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from minga.ui.text_scale import known_base_point_size

#: From this text size on (times the base size), `reflow_on_large_text` stacks a row.
LARGE_TEXT = 1.4

__all__ = [
    "fit_on_screen",
    "reflow_on_large_text",
    "scroll_area",
    "scroll_tab_pages",
    "scrollable_content",
]


def scroll_area(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`widget` in a frameless scroll area that resizes it (scroll bars only when needed)."""
    area = QScrollArea(parent)
    area.setObjectName(f"{widget.objectName() or 'content'}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    return area


def scroll_tab_pages(tabs: QTabWidget) -> None:
    """Puts each page of `tabs` that does not scroll yet in a scroll area (same tab)."""
    blocked = tabs.blockSignals(True)
    try:
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if isinstance(page, QAbstractScrollArea):
                continue
            text, icon = tabs.tabText(index), tabs.tabIcon(index)
            tip, enabled = tabs.tabToolTip(index), tabs.isTabEnabled(index)
            visible, what = tabs.isTabVisible(index), tabs.tabWhatsThis(index)
            tabs.removeTab(index)
            area = scroll_area(page, tabs)
            tabs.insertTab(index, area, icon, text)
            tabs.setTabToolTip(index, tip)
            tabs.setTabWhatsThis(index, what)
            tabs.setTabEnabled(index, enabled)
            tabs.setTabVisible(index, visible)
            page.show()
        if current >= 0:
            tabs.setCurrentIndex(current)
    finally:
        tabs.blockSignals(blocked)


def scrollable_content(content: QWidget, parent: QWidget | None = None) -> QWidget:
    """An editor's content that scrolls: a scroll area stays as it is; tab pages scroll
    on their own; anything else goes into a scroll area (its tabs' pages too)."""
    if isinstance(content, QAbstractScrollArea):
        return content
    tab_widgets = [content] if isinstance(content, QTabWidget) else []
    tab_widgets += content.findChildren(QTabWidget)
    for tabs in tab_widgets:
        scroll_tab_pages(tabs)
    if isinstance(content, QTabWidget):
        return content
    return scroll_area(content, parent)


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Resizes a dialog to `width` x `height`, but no larger than its screen (large text
    would otherwise put its buttons below the screen's edge)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * 0.95))
        height = min(height, int(available.height() * 0.95))
    window.resize(width, height)


class _Reflow(QObject):
    """Stacks a row's parts when the text is large (Preferencias at 150 % or more), and
    with `when_narrow` also when the row is narrower than its parts side by side."""

    def __init__(self, owner: QWidget, layout: QBoxLayout, when_narrow: bool = False) -> None:
        super().__init__(owner)
        self.owner = owner
        self.layout = layout
        self.when_narrow = when_narrow
        self._pending = False
        owner.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FontChange:
            self.apply()
        elif (
            self.when_narrow
            and kind in (QEvent.Type.Resize, QEvent.Type.Show)
            and not self._pending  # once the layout has its new width
        ):
            self._pending = True
            QTimer.singleShot(0, self, self._apply_later)
        return False

    def _apply_later(self) -> None:
        self._pending = False
        self.apply()

    def _side_by_side_width(self) -> int:
        layout = self.layout
        widths = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            widths.append(item.sizeHint().width())
        return sum(widths) + max(0, len(widths) - 1) * max(0, layout.spacing())

    def apply(self) -> None:
        app = QApplication.instance()
        base = known_base_point_size(app) if isinstance(app, QApplication) else None
        large = base is not None and self.owner.font().pointSizeF() >= base * LARGE_TEXT
        if not large and self.when_narrow:
            room = self.layout.geometry().width()
            large = room > 0 and self._side_by_side_width() > room
        direction = QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight
        if self.layout.direction() != direction:
            self.layout.setDirection(direction)


def reflow_on_large_text(owner: QWidget, layout: QBoxLayout, when_narrow: bool = False) -> None:
    """`layout`'s parts side by side, one under the other when `owner`'s text is large
    (and with `when_narrow`, also when they do not fit side by side in its width)."""
    _Reflow(owner, layout, when_narrow)
