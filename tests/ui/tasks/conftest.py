"""Task tests: a person's task done in the real `MainWindow` only through what she sees.

The helpers find widgets by their visible text or accessible name, insist that they are
visible, and click or type on them with pytest-qt; the result is then read back from
the database. No service is called to do the task itself.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


# --- the advisor's network: keys, file dialogs, scrolling (appended for the advisor's tasks) --


@pytest.fixture
def memory_keyring(monkeypatch) -> Iterator:
    """The operating system's keyring, which cannot be used here: a real keyring backend
    keeping secrets in memory, installed as `keyring`'s own, so the window's key vault
    finds it as it finds the system's."""
    import keyring

    from tests.support.file_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


#: How long a file dialog may take to appear after the click that opens it (ms).
FILE_DIALOG_WAIT_MS = 5000

#: What the offscreen platform says when Qt's file dialog (and its completer) shows.
DIALOG_NOTICES = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def answer_file_dialog(qtbot, path: Path | str) -> list[str]:
    """Answers the next file dialog (Qt's own, modal) as a person would: types `path` in
    its file name field and clicks its Save/Open/Choose button.

    Call it just before the click that opens the dialog; it returns a list that gets the
    dialog's title once answered. A dialog still open after the answer (the name was
    refused) is closed with Cancel, so a failing task never leaves a modal `exec()` that
    nobody closes.
    """
    from time import monotonic

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QDialog,
        QDialogButtonBox,
        QFileDialog,
        QLineEdit,
    )

    answered: list[str] = []
    deadline = monotonic() + FILE_DIALOG_WAIT_MS / 1000

    def close_if_still_open(dialog: QFileDialog, tries: int) -> None:
        from shiboken6 import isValid

        if not isValid(dialog) or not dialog.isVisible():  # answered: gone, or going
            return
        if tries:
            QTimer.singleShot(50, lambda: close_if_still_open(dialog, tries - 1))
            return
        answered.append("(refused: closed with Cancel)")
        # Qt's own warning over it ("file not found") first, then the dialog itself.
        above = QApplication.activeModalWidget()
        if isinstance(above, QDialog) and above is not dialog:
            above.reject()
        dialog.reject()

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            if monotonic() < deadline:
                QTimer.singleShot(20, attempt)
            return
        answered.append(dialog.windowTitle())
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        roles = (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Open)
        buttons = [b for b in map(box.button, roles) if b is not None and b.isVisible()]
        if name is None or not name.isVisible() or not buttons:
            answered.append("(no file name field or button: closed with Cancel)")
            dialog.reject()
            return
        qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        # Pasted, as a person pastes a path: typed key by key offscreen, Qt's completion
        # of each folder selects those folders too (nothing a person would see).
        QApplication.clipboard().setText(str(path))
        qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        close_if_still_open(dialog, 20)

    QTimer.singleShot(0, attempt)
    return answered


def scroll_to(widget: QWidget) -> None:
    """What a person does with the mouse wheel: the scroll areas around `widget` move
    until it is in sight; then it must lie inside the window."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QScrollArea

    def cut_off_by() -> QWidget | None:
        ancestor = widget.parentWidget()
        while ancestor is not None:  # each one clips it: the window, scroll areas' viewports
            shown = QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())
            if not ancestor.rect().contains(shown):
                return ancestor
            ancestor = ancestor.parentWidget()
        return None

    for _turn in range(5):  # a page still laying itself out moves what is below
        QTest.qWait(10)
        parent = widget.parentWidget()
        while parent is not None:
            inner = parent.widget() if isinstance(parent, QScrollArea) else None
            if inner is not None and inner.isAncestorOf(widget):
                parent.ensureWidgetVisible(widget, 10, 10)
            parent = parent.parentWidget()
        QTest.qWait(10)
        if cut_off_by() is None:
            return
    clipping = cut_off_by()
    assert clipping is None, f"{widget.objectName()} is cut off by {clipping}"


@dataclass
class Newcomer:
    """A teacher's installation that joined the advisor's microcentre with her
    invitation and wrote its first bundle (`hello`), not yet accepted by the advisor."""

    workspace: Any
    vault: Any
    name: str
    fingerprint: str
    hello: Path


@pytest.fixture
def newcomer(advisor_workspace, memory_keyring, tmp_path: Path) -> Iterator[Newcomer]:
    """Made through the services (the fixture, not the task): the advisor's invitation,
    a teacher who joins with it, and her first bundle on a USB folder."""
    from minga.core.workspace import Workspace
    from minga.services.setup import SetupInput, initialize
    from minga.sync.export import export_bundle
    from minga.sync.importer import import_file
    from minga.sync.keys import KeyVault
    from minga.sync.membership import write_invitation
    from minga.sync.queries import own_identity
    from tests.support.clock import clock_at

    usb = tmp_path / "usb"
    usb.mkdir()
    invitation = usb / "invitacion.minga"
    write_invitation(
        advisor_workspace, invitation, KeyVault(advisor_workspace.root, memory_keyring)
    )
    name = "Carla Ñancupil Rojas"
    teacher = Workspace(tmp_path / "carla", clock=clock_at())
    vault = KeyVault(teacher.root, memory_keyring)
    initialize(
        teacher.db,
        SetupInput(
            role="teacher",
            name=name,
            school="Escuela Rural Las Vertientes",
            rbd="6021-3",
            accept_rbd_check_digit=True,
        ),
    )
    import_file(teacher, [invitation], vault=vault)
    hello = export_bundle(teacher, usb / "carla-hola.minga", vault=vault).paths[0]
    fingerprint = own_identity(teacher.db).fingerprint or ""
    yield Newcomer(teacher, vault, name, fingerprint, hello)
    teacher.close()


# --- the teacher's installation (appended for the teacher's tasks) ----------------------


@pytest.fixture(scope="session")
def teacher_template(demo_template: Path) -> Path:
    """A small demo folder of the first teacher's installation, made once per session
    (the same folder the other window tests use: `generate_demo(..., as_role="teacher")`)."""
    return demo_template


@pytest.fixture
def teacher_workspace(teacher_template: Path, tmp_path: Path) -> Iterator:
    from minga.core.workspace import Workspace
    from tests.support.clock import clock_at

    folder = tmp_path / "teacher"
    shutil.copytree(teacher_template, folder)
    ws = Workspace(folder, clock=clock_at())
    yield ws
    ws.close()


def click_into(qtbot, widget: QWidget) -> None:
    """Scrolls a text field into sight as far as its scroll areas bring it (Qt brings a
    text box's cursor into view, not all of a tall box) and clicks into its visible part,
    as a person does before typing; the field then has the keyboard."""
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea

    QApplication.processEvents()
    parent = widget.parentWidget()
    while parent is not None:
        inner = parent.widget() if isinstance(parent, QScrollArea) else None
        if inner is not None and inner.isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 10, 10)
        parent = parent.parentWidget()
    QApplication.processEvents()
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    seen = target.visibleRegion().boundingRect()
    assert seen.height() >= target.fontMetrics().height(), f"{widget.objectName()} is out of sight"
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=seen.center())
    assert widget.hasFocus()


def choose_in_combo(qtbot, combo: QWidget, text: str) -> None:
    """Opens a visible drop-down list with a click and clicks its entry reading `text`."""
    from PySide6.QtWidgets import QApplication, QComboBox

    assert isinstance(combo, QComboBox)
    assert combo.isVisible()
    assert combo.isEnabled()
    scroll_to(combo)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    row = combo.findText(text)
    assert row >= 0, f"no «{text}» in the list"
    index = view.model().index(row, 0)
    view.scrollTo(index)
    # Qt ignores a release that follows the opening click within a double-click's time
    # (a person's hand is slower than that).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)
    assert combo.currentText() == text
