"""A layout that wraps (for chips and filter bars), and chips: check boxes for a choice
of several codes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QWidget,
    QWidgetItem,
)

from minga.ui.widgets.text import plain_tooltip

__all__ = ["Chip", "ChipGroup", "FlowLayout"]


class FlowLayout(QLayout):
    """Lays out widgets left to right and wraps them onto new lines (Qt's flow example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:
        # QLayout.addWidget would call addItem with a QWidgetItem; keep it explicit.
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        value = style.pixelMetric(metric, None, parent)
        return value if value >= 0 else 6

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        h_gap = self._gap(Qt.Orientation.Horizontal)
        v_gap = self._gap(Qt.Orientation.Vertical)
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            if isinstance(widget, Chip):  # a long name wraps rather than overflow the row
                if apply:
                    widget.fit(area.width())
                hint = widget.size_for(area.width())
            else:
                hint = item.sizeHint()
            next_x = x + hint.width() + h_gap
            if next_x - h_gap > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + v_gap
                next_x = x + hint.width() + h_gap
                line_height = 0
            if apply:
                width = min(hint.width(), max(area.width(), 0))
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class Chip(QCheckBox):
    """A check box whose text wraps at spaces when its row is narrower than the text
    (a long subject name at 200 % text): as narrow as its longest word."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text
        # Narrower than its whole text when the row is (Qt's check box never is).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _lines(self, width: int) -> list[str]:
        metrics = self.fontMetrics()
        room = width - self._chrome()
        lines: list[str] = []
        for word in self._full.split(" "):
            candidate = f"{lines[-1]} {word}" if lines else word
            if lines and metrics.horizontalAdvance(candidate) <= room:
                lines[-1] = candidate
            else:
                lines.append(word)
        return lines

    def _chrome(self) -> int:
        """The width of all but the text: the box, the gap, the margins."""
        whole = QCheckBox.sizeHint(self).width()
        return whole - self.fontMetrics().size(0, self.text()).width()

    def size_for(self, width: int) -> QSize:
        """Its size in a row `width` wide: the whole text when it fits, wrapped otherwise."""
        lines = self._lines(width)
        metrics = self.fontMetrics()
        shown = self.text().count("\n")  # the lines it shows now, beyond the first
        one_line = QCheckBox.sizeHint(self).height() - shown * metrics.lineSpacing()
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        height = one_line + (len(lines) - 1) * metrics.lineSpacing()
        return QSize(self._chrome() + widest, height)

    def fit(self, width: int) -> None:
        text = "\n".join(self._lines(width))
        if text != self.text():
            self.setText(text)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(word) for word in self._full.split(" "))
        return QSize(self._chrome() + widest, super().minimumSizeHint().height())


class ChipGroup(QWidget):
    """Check boxes for a choice of several codes (levels, subjects), wrapping as needed."""

    toggled = Signal()

    def __init__(
        self, choices: Sequence[tuple[str, str, str]], parent: QWidget | None = None
    ) -> None:
        """`choices`: (code, short text shown, full name for tooltips and screen readers)."""
        super().__init__(parent)
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, Chip] = {}
        for code, text, name in choices:
            box = Chip(text, self)
            box.setObjectName(f"chip_{code}")
            box.setAccessibleName(name)
            if name != text:
                box.setToolTip(plain_tooltip(name))
            box.toggled.connect(self.toggled)
            layout.addWidget(box)
            self.boxes[code] = box
        self._editable = True
        self._none = QLabel("—", self)
        self._none.hide()
        layout.addWidget(self._none)
        palette = self.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(
                QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role)
            )
        self.setPalette(palette)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def values(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: Iterable[str]) -> None:
        chosen = set(values)
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)
        if not self._editable:
            self._show_chosen()

    def first(self) -> Chip:
        return next(iter(self.boxes.values()))

    def set_editable(self, editable: bool) -> None:
        """Read-only shows only the chosen ones, in full contrast (disabled grey is hard
        to read), or a dash when none was chosen (values set later show the same way)."""
        self._editable = editable
        for box in self.boxes.values():
            box.setEnabled(editable)
        self._show_chosen()

    def _show_chosen(self) -> None:
        editable = self._editable
        for box in self.boxes.values():
            box.setVisible(editable or box.isChecked())
        self._none.setVisible(not editable and not self.values())

    def set_accessible_description(self, text: str) -> None:
        for box in self.boxes.values():
            box.setAccessibleDescription(text)
