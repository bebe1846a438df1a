"""A one-line label that gives up width when the window is narrow (large text)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QStyleOption, QWidget

__all__ = ["ElidedLabel"]


class ElidedLabel(QLabel):
    """A plain-text label that may shrink down to `min_chars` characters, ending in "…"
    when its whole text does not fit (the whole text is then its tooltip). `text()`
    stays the whole text."""

    def __init__(self, parent: QWidget | None = None, *, min_chars: int = 8) -> None:
        super().__init__(parent)
        self.min_chars = min_chars
        self._own_tooltip = ""
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        floor = self.fontMetrics().averageCharWidth() * self.min_chars
        return QSize(min(hint.width(), floor), hint.height())

    def setToolTip(self, text: str) -> None:
        self._own_tooltip = text
        super().setToolTip(text)

    def is_elided(self) -> bool:
        rect = self.contentsRect()
        return self.fontMetrics().horizontalAdvance(self.text()) > rect.width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        super().setToolTip(self._own_tooltip or (self.text() if self.is_elided() else ""))

    def paintEvent(self, event) -> None:
        if not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(
            painter,
            rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            option.palette,
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )
