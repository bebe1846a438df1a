"""Labels, banners, inline errors and the small fields every form uses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from minga.ui.widgets.text import date_format, qdate

ERROR_COLOR = "#b3261e"  # the practice form's: readable on white (WCAG AA)
WARNING_STYLE = (
    "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0c36b;"
    " border-radius: 4px; padding: 6px 8px; }"
)
# Below this width (logical pixels) the list and the detail take turns.


def error_label(parent: QWidget, field: str) -> QLabel:
    """A hidden, word-wrapped, dark red label for the error of `field`."""
    label = QLabel(parent)
    label.setObjectName(f"error_{field}")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("cycle", "Error"))
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
    label.setPalette(palette)
    label.hide()
    return label


def banner(parent: QWidget, name: str, *, warning: bool = False) -> QLabel:
    """A hidden notice above a form: pale yellow for warnings, tooltip colours otherwise."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if warning:
        label.setStyleSheet(WARNING_STYLE)
        label.setAccessibleName(QCoreApplication.translate("cycle", "Warning"))
    else:
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setAutoFillBackground(True)
        label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        label.setMargin(8)
        label.setAccessibleName(QCoreApplication.translate("cycle", "Notice"))
    label.hide()
    return label


def show_text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def plain_text_edit(
    parent: QWidget, name: str, accessible: str, *, lines: int = 3, most: int = 8
) -> QPlainTextEdit:
    """A plain-text box where Tab moves on (keyboard users must get out of it)."""
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    line = edit.fontMetrics().lineSpacing()
    chrome = 2 * edit.frameWidth() + 2 * int(edit.document().documentMargin())
    edit.setMinimumHeight(lines * line + chrome)
    edit.setMaximumHeight(most * line + chrome)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return edit


def date_edit(parent: QWidget, name: str, accessible: str, today: dt.date) -> QDateEdit:
    """A date field starting on `today` (the workspace clock's: `UiContext.today()`)."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setDate(qdate(today))
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2099, 12, 31))
    return edit


def heading(parent: QWidget, factor: float = 1.25, text: str = "") -> QLabel:
    """A bold, larger, wrapped plain-text title (`factor` times the normal size)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)
    return label


def field_label(
    text: str, buddy: QWidget | None, parent: QWidget, *, required: bool = False
) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if buddy is not None:
        label.setBuddy(buddy)
    if required:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def scroll_column(parent: QWidget, name: str) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A vertical scroll area whose body is a column (fields one under the other)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields are the tab stops
    body = QWidget(scroll)
    body.setObjectName(name)
    scroll.setWidget(body)
    column = QVBoxLayout(body)
    column.setContentsMargins(12, 8, 12, 12)
    column.setSpacing(4)
    return scroll, body, column
