"""Fixtures for the areas of the microcentre cycle: demo folders of the advisor and of a
teacher (made once per session, copied for each test), UI contexts over them, and a
plain window to put a page in, as the main window would.

The offscreen platform warns "This plugin does not support propagateSizeHints()" when a
top-level dialog shows; tests that open one carry the `qt_log_ignore` marker.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from minga.core.workspace import Workspace
from minga.services.demo import generate_demo, parse_scale
from minga.ui.settings import AUTOSAVE_INTERVAL
from tests.support.clock import clock_at
from tests.ui.conftest import type_text

SIZE_HINTS = "This plugin does not support propagateSizeHints"


@pytest.fixture(scope="session")
def advisor_template(tmp_path_factory) -> Path:
    """A small demo folder of the advisor's installation, made once per session."""
    folder = tmp_path_factory.mktemp("demo-advisor") / "data"
    with Workspace(folder, clock=clock_at()) as ws:
        generate_demo(ws, scale=parse_scale("small"), seed=1, as_role="advisor")
    return folder


def _copy(template: Path, target: Path) -> Iterator[Workspace]:
    shutil.copytree(template, target)
    # The pages see the demo on the day its figures were written for.
    ws = Workspace(target, clock=clock_at())
    yield ws
    ws.close()


@pytest.fixture
def advisor_ws(advisor_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    yield from _copy(advisor_template, tmp_path / "advisor")


@pytest.fixture
def teacher_ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """The first teacher's demo folder (María de los Ángeles, Escuela Rural ...)."""
    yield from _copy(demo_template, tmp_path / "teacher")


@pytest.fixture
def advisor_ctx(advisor_ws, make_ctx, tmp_path):
    ctx = make_ctx(advisor_ws, tmp_path / "advisor-settings.ini")
    ctx.settings.set(AUTOSAVE_INTERVAL, 1)
    return ctx


@pytest.fixture
def teacher_demo_ctx(teacher_ws, make_ctx, tmp_path):
    ctx = make_ctx(teacher_ws, tmp_path / "teacher-settings.ini")
    ctx.settings.set(AUTOSAVE_INTERVAL, 1)
    return ctx


@pytest.fixture
def show_page(qtbot, dialogs_off) -> Callable[..., QWidget]:
    """`show_page(PageClass, ctx)`: the page in a shown 1366x768 window (no layout: the
    offscreen platform warns when a top-level window's size limits change)."""
    windows: list[QWidget] = []

    def make(page_class, ctx, size: tuple[int, int] = (1366, 768)) -> QWidget:
        window = QWidget()
        window.resize(*size)
        qtbot.addWidget(window)
        page = page_class(ctx, window)
        page.setGeometry(0, 0, *size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        windows.append(window)
        return page

    yield make
    for window in windows:
        window.close()


# --- helpers a person's hands would do -------------------------------------------------


def edit_cell(qtbot, table: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Selects a cell, opens its editor with F2, types `text` and confirms with Enter."""
    index = table.model().index(row, column)
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None, "no cell editor opened"
    assert editor is not table, "no cell editor opened"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, text)
    commit(qtbot, table, editor)


def commit(qtbot, table: QAbstractItemView, editor: QWidget) -> None:
    """Enter in a cell editor: the view commits and closes it from the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState, timeout=2000)


def set_spin(qtbot, spin, value: int) -> None:
    """Types a number into a spin box, as a person would (select all, type, Enter)."""
    spin.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def choose_in_combo(qtbot, combo, text: str) -> None:
    """Moves a combo box to the item `text` with the keyboard."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not in the combo box"
    combo.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def click_option(qtbot, button) -> None:
    """Clicks a check box or radio button on its box (a click far right of its text does
    nothing, as for a person)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def press_save(qtbot, widget: QWidget) -> None:
    """Ctrl+S with the keyboard focus inside `widget`."""
    focus = QApplication.focusWidget()
    target = (
        focus if focus is not None and (focus is widget or widget.isAncestorOf(focus)) else widget
    )
    qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def tab_chain(qtbot, start: QWidget, steps: int = 400) -> list[QWidget]:
    """The widgets Tab visits from `start`, in order, until it comes back or stops."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = [start]
    stayed = 0
    for _ in range(steps):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is current and stayed < 5:
            stayed += 1  # a date field's Tab moves through day, month and year first
            continue
        stayed = 0
        if now is None or now is start or now in seen:
            break
        seen.append(now)
    return seen
