"""The mouse wheel scrolls a form; it changes a count or a choice only in the field that
has focus (`minga.ui.wheel`, installed by `configure_application`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minga.ui.wheel import install_wheel_guard, remove_wheel_guard


@pytest.fixture
def guard(qapp):
    install_wheel_guard(qapp)
    yield
    remove_wheel_guard(qapp)


@pytest.fixture
def form(qtbot, guard):
    """A scroll area holding a tall form: a count, a choice and a date among labels."""
    area = QScrollArea()
    area.setObjectName("scroll")
    body = QWidget()
    column = QVBoxLayout(body)
    count = QSpinBox(body)
    count.setRange(0, 40)
    count.setValue(2)
    choice = QComboBox(body)
    choice.addItems(["Logrado", "Medianamente logrado", "No logrado"])
    date = QDateEdit(body)
    other = QLineEdit(body)
    column.addSpacing(200)
    for widget in (count, choice, date, other):
        column.addWidget(widget)
        column.addSpacing(400)
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=2000)
    return area, count, choice, date, other


def _wheel(widget: QWidget, notches: int = -1, *, inner: bool = True) -> None:
    """A wheel turn over `widget` (negative: towards the person, scrolling down), sent to
    the innermost widget there as the mouse would (`inner`), else to `widget` itself
    (Qt hands a synthesized wheel event to no parent)."""
    target = (widget.childAt(widget.rect().center()) if inner else None) or widget
    position = QPointF(target.rect().center())
    event = QWheelEvent(
        position,
        QPointF(target.mapToGlobal(position.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)


def test_the_wheel_over_an_unfocused_count_scrolls_the_form(form):
    area, count, choice, date, _other = form
    scroll = area.verticalScrollBar()
    before_date = date.date()

    for widget in (count, choice, date):
        area.ensureWidgetVisible(widget)
        position = scroll.value()
        _wheel(widget)
        assert scroll.value() > position, widget  # the page moved
        # and the value stayed
    assert count.value() == 2
    assert choice.currentIndex() == 0
    assert date.date() == before_date
    assert not count.hasFocus()  # the wheel did not give it focus either


def test_the_focused_count_still_takes_the_wheel(qtbot, form):
    area, count, _choice, _date, _other = form
    area.ensureWidgetVisible(count)
    count.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(count.hasFocus, timeout=2000)
    scroll = area.verticalScrollBar().value()

    _wheel(count, notches=1, inner=False)

    assert count.value() == 3
    assert area.verticalScrollBar().value() == scroll


def test_fields_take_focus_by_click_or_tab_not_by_wheel(form):
    _area, count, choice, date, _other = form
    for widget in (count, choice, date):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_application_has_the_guard(qapp):
    from minga.ui import wheel
    from minga.ui.app import configure_application

    remove_wheel_guard(qapp)
    font, style = qapp.font(), qapp.style().name()
    configure_application(qapp)
    try:
        assert wheel._guard is not None
    finally:
        remove_wheel_guard(qapp)
        qapp.setFont(font)  # the next tests keep the application as it was
        qapp.setStyle(style)
