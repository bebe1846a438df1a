"""Forms that fit their width at any text size (Preferencias' 200 % on a 1366x768 screen).

- `shrinkable(combo)`: a combo box may be narrower than its longest choice, down to the
  width of the first `COMBO_CHARS` characters of each choice in its current font (what
  the self-test's layout check asks); it still asks for its whole text when there is room.
- `WrappingRows`: rows of parts side by side in a grid (a question and its answer, a
  colleague and a date), each part one under the other when the width does not allow
  them side by side.
- `FittingPlaceholder`: an example shown in an empty field when it fits there, and in a
  wrapped line under the field when it does not (a cut example helps nobody).

Each follows the text: widths are measured again when the font or the style changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from minga.ui.layout_check import COMBO_CHARS, TEXT_MARGIN

__all__ = ["COMBO_CHARS", "FittingPlaceholder", "WrappingRows", "shrinkable"]

#: A wrapped label beside a field keeps at least this many average characters per line.
LABEL_CHARS = 16

_REMEASURE = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish)


# --- combo boxes ------------------------------------------------------------------------------


class _ShrinkableCombo(QObject):
    def __init__(self, combo: QComboBox, chars: int) -> None:
        super().__init__(combo)
        self.combo = combo
        self.chars = chars
        combo.installEventFilter(self)
        model = combo.model()
        model.rowsInserted.connect(self.measure)
        model.rowsRemoved.connect(self.measure)
        model.modelReset.connect(self.measure)
        model.dataChanged.connect(self.measure)
        self.measure()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.combo and event.type() in _REMEASURE:
            self.measure()
        return False

    def measure(self, *_args: object) -> None:
        combo = self.combo
        metrics = combo.fontMetrics()
        texts = [combo.itemText(i)[: self.chars] for i in range(combo.count())]
        text_width = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        icon = (
            combo.iconSize().width() + 4
            if any(not combo.itemIcon(i).isNull() for i in range(combo.count()))
            else 0
        )
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        content = QSize(text_width + icon + TEXT_MARGIN, metrics.height())
        size = combo.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, content, combo
        )
        combo.setMinimumWidth(size.width())


def shrinkable(combo: QComboBox, chars: int = COMBO_CHARS) -> QComboBox:
    """Lets `combo` shrink to the first `chars` characters of its choices (see module)."""
    _ShrinkableCombo(combo, chars)
    return combo


# --- rows that wrap ---------------------------------------------------------------------------


def _shown(widget: QWidget) -> bool:
    """Not hidden on purpose (a widget just added to a shown form is hidden until Qt shows
    it on its next turn: it counts)."""
    explicit = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    return not (widget.isHidden() and explicit)


def _needed(widget: QWidget) -> int:
    """The width a part asks for beside another: a wrapped label a few words, anything
    else its whole size hint (a combo box its longest choice)."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.fontMetrics().averageCharWidth() * LABEL_CHARS
    return max(widget.sizeHint().width(), widget.minimumSizeHint().width())


class WrappingRows(QObject):
    """Rows of parts in `grid`: side by side when `available()` (the width the grid may
    use) holds every row's parts, else each part under the previous one.

    A part is a list of widgets one under the other (a label, its field, its error); a
    hidden widget takes no room. `watched` is the widget whose resizing changes the width
    (a scroll area's viewport). Call `arrange()` after showing or hiding parts.
    """

    def __init__(self, grid: QGridLayout, watched: QWidget, available: Callable[[], int]) -> None:
        super().__init__(watched)
        self.grid = grid
        self.watched = watched
        self.available = available
        self.rows: list[list[list[QWidget]]] = []
        self.side_by_side: bool | None = None
        self._pending = False
        watched.installEventFilter(self)

    def add_row(self, *parts: Sequence[QWidget]) -> None:
        """A row of parts (placed at the next `arrange`)."""
        self.rows.append([list(part) for part in parts])
        self.side_by_side = None

    def clear(self) -> None:
        """Forgets the rows (the caller takes their widgets out of the grid)."""
        self.rows = []
        self.side_by_side = None

    def fits_side_by_side(self) -> bool:
        spacing = max(0, self.grid.horizontalSpacing())
        room = self.available()
        for row in self.rows:
            widths = [max((_needed(w) for w in part if _shown(w)), default=0) for part in row]
            shown = [w for w in widths if w]
            if sum(shown) + spacing * max(0, len(shown) - 1) > room:
                return False
        return True

    def arrange(self, *, force: bool = False) -> None:
        side = self.fits_side_by_side()
        if side == self.side_by_side and not force:
            return
        self.side_by_side = side
        grid = self.grid
        line = 0
        for row in self.rows:
            if side:
                for column, part in enumerate(row):
                    for offset, widget in enumerate(part):
                        grid.addWidget(widget, line + offset, column)
                line += max(len(part) for part in row)
            else:
                for part in row:
                    for widget in part:
                        grid.addWidget(widget, line, 0)
                        line += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.watched:
            kind = event.type()
            if kind in (QEvent.Type.Resize, QEvent.Type.Show):
                self.arrange()
            elif kind in _REMEASURE and not self._pending:
                # Every widget learns of a new font in turn: decide once they all know.
                self._pending = True
                QTimer.singleShot(0, self, self._arrange_later)
        return False

    def _arrange_later(self) -> None:
        self._pending = False
        self.arrange()


# --- placeholders -------------------------------------------------------------------------------


class FittingPlaceholder(QObject):
    """`text` as `edit`'s placeholder when it fits the field, else in `hint` (a wrapped
    label under the field, hidden while the placeholder shows it)."""

    def __init__(self, edit: QLineEdit, hint: QLabel, text: str = "") -> None:
        super().__init__(edit)
        self.edit = edit
        self.hint = hint
        self.text = text
        edit.installEventFilter(self)
        self.apply()

    def set_text(self, text: str) -> None:
        self.text = text
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.ReadOnlyChange,
            *_REMEASURE,
        ):
            self.apply()
        return False

    def fits(self) -> bool:
        needed = self.edit.fontMetrics().horizontalAdvance(self.text) + 2 * TEXT_MARGIN
        return needed <= self.edit.width()

    def apply(self) -> None:
        fits = self.fits()
        self.edit.setPlaceholderText(self.text if fits else "")
        self.hint.setText("" if fits else self.text)
        self.hint.setVisible(bool(self.text) and not fits and not self.edit.isReadOnly())
