"""Task tests: a person's task done in the real `MainWindow` only through what she sees.

The helpers find widgets by their visible text or accessible name, insist that they are
visible, and click or type on them with pytest-qt; the result is then read back from
the database. No service is called to do the task itself.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QListWidget,
    QTabWidget,
    QWidget,
)


@pytest.fixture(scope="session")
def advisor_template(tmp_path_factory) -> Path:
    """A small demo folder of the advisor's installation, made once per session."""
    from minga.core.workspace import Workspace
    from minga.services.demo import generate_demo, parse_scale
    from tests.support.clock import clock_at

    folder = tmp_path_factory.mktemp("advisor-template") / "data"
    with Workspace(folder, clock=clock_at()) as ws:
        generate_demo(ws, scale=parse_scale("small"), seed=1, as_role="advisor")
    return folder


@pytest.fixture
def advisor_workspace(advisor_template: Path, tmp_path: Path) -> Iterator:
    from minga.core.workspace import Workspace
    from tests.support.clock import clock_at

    folder = tmp_path / "advisor"
    shutil.copytree(advisor_template, folder)
    ws = Workspace(folder, clock=clock_at())
    yield ws
    ws.close()


@pytest.fixture
def open_window(qtbot, make_ctx, dialogs_off):
    """`open_window(workspace)`: the real main window at 1366x768, shown."""
    from minga.ui.main_window import MainWindow

    def open_(workspace):
        ctx = make_ctx(workspace)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible(root: QWidget, cls: type[QWidget], text: str) -> QWidget:
    """The one visible `cls` under `root` whose text (or accessible name) is `text`."""
    found = [
        w
        for w in root.window().findChildren(cls)
        if w.isVisible()
        and (
            (hasattr(w, "text") and _plain(w.text()) == text)  # type: ignore[attr-defined]
            or w.accessibleName() == text
        )
    ]
    assert len(found) == 1, f"{len(found)} visible {cls.__name__} «{text}»"
    return found[0]


def click(qtbot, root: QWidget, text: str) -> None:
    """Clicks the visible button reading `text`."""
    button = visible(root, QAbstractButton, text)
    assert button.isEnabled(), f"«{text}» is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def go_to(qtbot, window, area_label: str) -> None:
    """Clicks an area in the sidebar by its name."""
    sidebar = window.findChild(QListWidget, "sidebar")
    assert sidebar.isVisible()
    items = sidebar.findItems(area_label, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1, area_label
    rect = sidebar.visualItemRect(items[0])
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_tab(qtbot, root: QWidget, label: str) -> None:
    """Clicks the visible tab reading `label`."""
    for tabs in root.window().findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        bar = tabs.tabBar()
        for index in range(tabs.count()):
            if _plain(tabs.tabText(index)) == label:
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                assert tabs.currentIndex() == index
                return
    raise AssertionError(f"no visible tab «{label}»")


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Clicks a row of a visible list or table."""
    assert view.isVisible()
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
