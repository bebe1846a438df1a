"""The start as a teacher lives it: the window shows at once with her name and her
microcentre, answers the keyboard while the notebook opens, and fills in when the data
arrives (`MainWindow.opening` + `attach`, `OpeningWorkspace`, the real `minga` process)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from minga.store.preview import read_shell_info
from minga.ui.main_window import MainWindow
from minga.ui.settings import LAST_AREA, Settings
from tests.conftest import SOURCE
from tests.ui.conftest import SIZE_HINTS_NOTICE, type_text

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def opening_window(qtbot, teacher, tmp_path: Path):
    settings = Settings(tmp_path / "ui-settings" / "settings.ini")
    preview = read_shell_info(teacher.dirs.database)
    assert preview is not None
    window = MainWindow.opening(preview, settings, is_demo=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_the_window_shows_who_and_where_before_the_data(opening_window: MainWindow) -> None:
    window = opening_window
    assert not window.ready
    assert window.windowTitle() == "Minga — Microcentro Los Copihues[*]"
    assert window.person_label.text() == "Ana María Huenchumilla"
    assert window.place_label.text() == "Microcentro Los Copihues"
    assert window.role_label.text() == "Teacher"
    opening = window.stack.currentWidget().findChild(QLabel, "openingLabel")
    assert opening is not None
    assert opening.text() == "Opening your data…"
    assert not window.new_practice_action.isEnabled()  # nothing to write into yet
    assert window.tools_menu is None
    assert window.bundle_label.isHidden()


def test_keyboard_works_while_opening_and_the_search_waits_for_the_data(
    qtbot, opening_window: MainWindow, teacher, make_ctx, tmp_path: Path
) -> None:
    window = opening_window
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.current_area() == "practices"
    assert window.settings.get(LAST_AREA) == "practices"
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.search_field.hasFocus()
    type_text(qtbot, window.search_field, "huerto")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert not window.has_page("practices")

    window.attach(make_ctx(teacher))

    assert window.ready
    page = window.stack.currentWidget()
    assert page.objectName() == "practicesPage"
    assert window.current_area() == "practices"
    assert page.search_edit.text() == "huerto"
    # On Prácticas the page's own "New practice" stands in for the window's (one of each).
    assert page.new_button.isVisible()
    assert page.new_button.isEnabled()
    assert window.tools_menu is not None
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.stack.currentWidget().objectName() == "homePage"
    assert window.new_practice_action.isEnabled()


def test_opening_a_folder_that_fails_says_why(qtbot, opening_window: MainWindow, tmp_path: Path):
    from minga.domain.errors import MingaError
    from minga.ui.app import OpeningWorkspace
    from minga.ui.messages import MessageBridge
    from minga.ui.tasks import TaskRunner

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    opening = OpeningWorkspace(
        opening_window,
        blocked,
        TaskRunner(synchronous=True),
        MessageBridge(),
        opening_window.settings,
    )
    failures: list[BaseException] = []
    opening.failed.connect(failures.append)
    opening.start()
    assert len(failures) == 1
    assert isinstance(failures[0], MingaError)
    assert failures[0].message()
    assert not opening_window.ready


def test_start_up_modules_leave_the_data_layer_for_later() -> None:
    code = (
        "import sys\n"
        "import minga.cli, minga.ui.app, minga.ui.main_window, minga.store.preview\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'reportlab', 'cryptography', 'pyrage', 'keyring')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SOURCE), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_app_shows_the_window_then_the_data(demo_template: Path, tmp_path: Path) -> None:
    """The real program on a demo folder: "ready" (window shown and idle) comes before
    "loaded" (the workspace attached, Inicio filled), and it ends cleanly."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    env = {
        **os.environ,
        "PYTHONPATH": str(SOURCE),
        "QT_QPA_PLATFORM": "offscreen",
        "MINGA_STARTUP_PROBE": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "minga", "--data-dir", str(folder), "--no-dialogs"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [line.split()[0] for line in result.stdout.splitlines()]
    assert lines == ["minga-ready", "minga-loaded"]
    log = (folder / "logs" / "minga.log").read_text(encoding="utf-8")
    assert "workspace attached to the main window" in log


def test_the_workspace_opens_behind_the_window_and_attaches(
    qtbot, opening_window: MainWindow, teacher
) -> None:
    from minga.ui.app import OpeningWorkspace
    from minga.ui.messages import MessageBridge
    from minga.ui.tasks import TaskRunner

    opening = OpeningWorkspace(
        opening_window,
        teacher.root,
        TaskRunner(synchronous=True),
        MessageBridge(),
        opening_window.settings,
    )
    with qtbot.waitSignal(opening.attached, timeout=10_000):
        opening.start()
    assert opening_window.ready
    assert opening_window.stack.currentWidget().objectName() == "homePage"
    assert opening_window.ctx.actor.name == "Ana María Huenchumilla"
    opening_window.close()
    opening_window.ctx.workspace.close()
