"""A list beside its detail, taking turns on a narrow window."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from minga.ui.text_scale import known_base_point_size

# Below this width (logical pixels, at the normal text size: it grows with larger text,
# `MasterDetail.narrow_width`) the list and the detail take turns.
NARROW_WIDTH = 900

# --- list beside detail -------------------------------------------------------------------


class MasterDetail(QWidget):
    """A list (left) and a detail stack (right) that take turns on a narrow window."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        list_share: float = 0.4,
        grow_with_text: bool = False,
    ) -> None:
        """`grow_with_text`: the width below which they take turns grows with the text
        size (`narrow_width`); else it is `NARROW_WIDTH` at any size."""
        super().__init__(parent)
        self._narrow: bool | None = None
        self.list_share = list_share
        self.grow_with_text = grow_with_text
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.list_side = QWidget(self.splitter)
        self.list_layout = QVBoxLayout(self.list_side)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        self.detail = QStackedWidget(self.splitter)
        self.placeholder = QLabel(self.detail)
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(24)
        self.detail.addWidget(self.placeholder)
        self.splitter.addWidget(self.list_side)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.detail.currentChanged.connect(lambda _i: self.apply_layout())

    @property
    def is_narrow(self) -> bool:
        return bool(self._narrow)

    def detail_open(self) -> bool:
        return self.detail.currentWidget() is not self.placeholder

    def show_detail(self, widget: QWidget) -> None:
        if self.detail.indexOf(widget) < 0:
            self.detail.addWidget(widget)
        self.detail.setCurrentWidget(widget)
        self.apply_layout()

    def show_placeholder(self) -> None:
        self.detail.setCurrentWidget(self.placeholder)
        self.apply_layout()

    def apply_layout(self) -> None:
        narrow = self.is_narrow
        open_ = self.detail_open()
        self.list_side.setVisible(not narrow or not open_)
        self.detail.setVisible(not narrow or open_)

    def narrow_width(self) -> int:
        """Below this width the list and the detail take turns: `NARROW_WIDTH` at the
        normal text size, as much more as the text is larger (at 200 % on a 1366x768
        screen the detail gets the whole page instead of a third of it, where each of
        its tabs scrolled sideways)."""
        if not self.grow_with_text:
            return NARROW_WIDTH
        app = QApplication.instance()
        base = known_base_point_size(app) if isinstance(app, QApplication) else None
        size = self.font().pointSizeF()
        factor = size / base if base and size > 0 else 1.0
        return round(NARROW_WIDTH * max(factor, 1.0))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._narrow is not None:
            self._update_narrow()  # Preferencias' text size: decide again

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_narrow()

    def _update_narrow(self) -> None:
        narrow = self.width() < self.narrow_width()
        if narrow != self._narrow:
            self._narrow = narrow
            self.apply_layout()
            if not narrow:
                total = self.splitter.width() or self.width()
                share = self.list_share
                self.splitter.setSizes([int(total * share), int(total * (1 - share))])
