"""Layout checks for the self-test: what a person could not reach or read on the screen.

`offenders(top, screen)` lists the visible buttons and fields of a window or dialog that
lie (wholly or partly) outside it or outside a screen of `screen` size, and those
narrower than their own text (the text's QFontMetrics.horizontalAdvance plus the room
the style needs for the indicator, icon or arrow, and a small margin). A widget inside a
scroll area counts as reachable when its scroll area is: scrolling brings it into view.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

__all__ = ["Offender", "offenders"]

#: Pixels a button or field needs around its text beyond the style's own parts.
TEXT_MARGIN = 6
#: A combo box may elide a long choice (a session's title), but shows this much of it.
COMBO_CHARS = 20


@dataclass(frozen=True)
class Offender:
    widget: QWidget
    problem: str  # "outside" or "narrow"
    needed: int = 0

    def describe(self) -> str:
        w = self.widget
        name = visible_text(w) or w.accessibleName() or w.objectName() or ""
        what = f"{type(w).__name__} «{name}»"
        if w.objectName() and w.objectName() != name:
            what += f" ({w.objectName()})"
        if self.problem == "outside":
            return QCoreApplication.translate(
                "LayoutCheck", "{what} lies outside the window at {where}"
            ).format(what=what, where=_rect_text(w))
        return QCoreApplication.translate(
            "LayoutCheck", "{what} is {width} px wide, its text needs {needed} px"
        ).format(what=what, width=w.width(), needed=self.needed)


def _rect_text(w: QWidget) -> str:
    top = w.window()
    origin = w.mapTo(top, w.rect().topLeft())
    return f"x={origin.x()} y={origin.y()} {w.width()}x{w.height()} ({top.width()}x{top.height()})"


def visible_text(w: QWidget) -> str:
    """The text a person reads on `w` (mnemonic ampersands removed)."""
    if isinstance(w, QAbstractButton):
        text = w.text()
    elif isinstance(w, QComboBox):
        text = w.currentText()
    elif isinstance(w, QLineEdit):
        text = w.text() or w.placeholderText()
    elif isinstance(w, QAbstractSpinBox):
        text = w.text()
    else:
        return ""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _checked_kind(w: QWidget) -> bool:
    """Buttons and fields a person uses (not Qt's own parts of other widgets)."""
    if w.objectName().startswith("qt_"):
        return False
    parent = w.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
        return False
    if isinstance(w, QToolButton) and isinstance(parent, QTabBar):
        return False
    return isinstance(
        w, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit)
    )


def _scroll_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def is_outside(w: QWidget, top: QWidget, screen: QSize) -> bool:
    """Whether part of `w` is cut off by a parent, the window or the screen."""
    rect = w.rect()
    widget = w
    while widget is not top:
        parent = widget.parentWidget()
        if parent is None:
            break
        rect = rect.translated(widget.pos())
        if _scroll_viewport(parent):
            # Scrolling brings it into view: what counts now is the visible viewport.
            rect = parent.rect()
        elif not parent.rect().contains(rect):
            return True
        widget = parent
    limit = top.rect().intersected(QRect(0, 0, screen.width(), screen.height()))
    return not limit.contains(rect)


def needed_width(w: QWidget) -> int:
    """The width `w` needs to show its whole text (0 when there is nothing to measure)."""
    text = visible_text(w)
    if not text:
        return 0
    metrics = w.fontMetrics()
    # A text on several lines (a chip that wraps) needs its widest line.
    advance = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    style = w.style()
    if isinstance(w, (QCheckBox, QRadioButton)):
        if isinstance(w, QCheckBox):
            indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, w)
        else:
            indicator = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, w)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, w)
        extra = indicator + spacing
        if not w.icon().isNull():
            extra += w.iconSize().width() + 4
        return advance + extra
    if isinstance(w, QToolButton):
        tool_style = w.toolButtonStyle()
        if tool_style == Qt.ToolButtonStyle.ToolButtonIconOnly and not w.icon().isNull():
            return 0
        if tool_style == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
            return max(advance, w.iconSize().width()) + TEXT_MARGIN
        icon = 0
        if tool_style != Qt.ToolButtonStyle.ToolButtonTextOnly and not w.icon().isNull():
            icon = w.iconSize().width() + 4
        return advance + icon + TEXT_MARGIN
    if isinstance(w, QPushButton):
        icon = 0 if w.icon().isNull() else w.iconSize().width() + 4
        return advance + icon + 2 * TEXT_MARGIN
    if isinstance(w, QAbstractButton):
        return advance + TEXT_MARGIN
    if isinstance(w, QComboBox):
        # A record's long title may end in "…", but a choice shows at least its start.
        shown = text if len(text) <= COMBO_CHARS else text[:COMBO_CHARS]
        combo_option = QStyleOptionComboBox()
        w.initStyleOption(combo_option)
        field = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            combo_option,
            QStyle.SubControl.SC_ComboBoxEditField,
            w,
        )
        icon = 0
        if not w.itemIcon(w.currentIndex()).isNull():
            icon = w.iconSize().width() + 4
        return w.width() - field.width() + metrics.horizontalAdvance(shown) + icon + 2
    if isinstance(w, QLineEdit):
        if w.text():
            return 0  # typed text scrolls inside its field; the placeholder does not
        return advance + 2 * TEXT_MARGIN
    if isinstance(w, QAbstractSpinBox):
        spin_option = QStyleOptionSpinBox()
        w.initStyleOption(spin_option)
        field = style.subControlRect(
            QStyle.ComplexControl.CC_SpinBox,
            spin_option,
            QStyle.SubControl.SC_SpinBoxEditField,
            w,
        )
        return w.width() - field.width() + advance + 2
    return 0


def offenders(top: QWidget, screen: QSize) -> list[Offender]:
    """The visible buttons and fields of `top` that are cut off or narrower than their text."""
    found: list[Offender] = []
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.window() is not top or not _checked_kind(w):
            continue
        if is_outside(w, top, screen):
            found.append(Offender(w, "outside"))
            continue
        needed = needed_width(w)
        if needed and w.width() < needed:
            found.append(Offender(w, "narrow", needed))
    return found
