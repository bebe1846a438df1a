"""A list beside its detail, taking turns on a narrow window."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

# Below this width (logical pixels) the list and the detail take turns.
NARROW_WIDTH = 900

# --- list beside detail -------------------------------------------------------------------


class MasterDetail(QWidget):
    """A list (left) and a detail stack (right) that take turns on a narrow window."""

    def __init__(self, parent: QWidget | None = None, *, list_share: float = 0.4) -> None:
        super().__init__(parent)
        self._narrow: bool | None = None
        self.list_share = list_share
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

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self.apply_layout()
            if not narrow:
                total = self.splitter.width() or self.width()
                share = self.list_share
                self.splitter.setSizes([int(total * share), int(total * (1 - share))])
