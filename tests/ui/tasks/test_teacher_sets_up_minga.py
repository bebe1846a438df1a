"""A teacher opens Minga for the first time on an empty data folder: the welcome dialog
asks who she is; she types her name, school, RBD, microcentre and e-mail into the
fields under their labels and clicks Start. The main window then opens as hers, and
the database knows her, her school and her microcentre."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

from tests.ui.conftest import SIZE_HINTS_NOTICE, type_text
from tests.ui.tasks.conftest import click, visible

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)

#: How long the welcome dialog may take to appear (ms).
DIALOG_WAIT_MS = 5000

NAME = "Ana María Huenchumilla Catrileo"
SCHOOL = "Escuela Rural Los Boldos"


def _field(dialog: QWidget, label: str) -> QLineEdit:
    """The field a visible label names (its buddy: what a screen reader reads too)."""
    labels = [
        w
        for w in dialog.findChildren(QLabel)
        if w.isVisible() and w.text().replace("&", "") == label
    ]
    assert len(labels) == 1, label
    field = labels[0].buddy()
    assert isinstance(field, QLineEdit)
    assert field.isVisible()
    return field


def _when_dialog_shows(qtbot, fill: Callable[[QDialog], None]) -> list[str]:
    """Runs `fill` on the modal dialog once it shows; returns a list that gets its title,
    or the error that stopped `fill` (the dialog is then closed, never left open)."""
    from time import monotonic

    seen: list[str] = []
    deadline = monotonic() + DIALOG_WAIT_MS / 1000

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            if monotonic() < deadline:
                QTimer.singleShot(20, attempt)
            return
        seen.append(dialog.windowTitle())
        try:
            fill(dialog)
        except BaseException as exc:  # said by the test, the dialog closed
            seen.append(f"{type(exc).__name__}: {exc}")
            dialog.reject()

    QTimer.singleShot(0, attempt)
    return seen


def test_the_teacher_sets_up_minga_on_first_run(qtbot, open_window, tmp_path: Path):
    from minga.core.workspace import Workspace
    from minga.services.setup import actor
    from minga.ui.app import Startup, Translations
    from minga.ui.settings import LANGUAGE, Settings
    from tests.support.clock import clock_at

    data = tmp_path / "data"
    app = QApplication.instance()
    translations = Translations(app)
    translations.apply("en")  # the test's language (the dialog starts in it)
    settings = Settings(tmp_path / "settings.ini")
    workspace = Workspace(data, clock=clock_at())
    try:

        def fill(dialog: QDialog) -> None:
            # The name field has the keyboard (once the dialog's window is active).
            assert dialog.focusWidget() is _field(dialog, "Full name")
            type_text(qtbot, _field(dialog, "Full name"), NAME)
            type_text(qtbot, _field(dialog, "School"), SCHOOL)
            type_text(qtbot, _field(dialog, "RBD"), "4478-4")
            type_text(qtbot, _field(dialog, "Microcentre"), "Microcentro Los Copihues")
            type_text(qtbot, _field(dialog, "E-mail (optional)"), "ana.huenchumilla@example.cl")
            click(qtbot, dialog, "Start")

        seen = _when_dialog_shows(qtbot, fill)
        opened = Startup(app, data, translations).first_run(workspace, settings)
        assert seen == ["Welcome to Minga"]
        assert opened is not None
        assert opened[0] is workspace
        me = actor(workspace.db)
        assert opened[1] == me
        assert me.name == NAME
        assert me.role == "teacher"
        assert me.school_id is not None
        assert settings.get(LANGUAGE) == "en"

        window = open_window(workspace)
        assert visible(window, QLabel, NAME).objectName() == "statusPerson"
        assert visible(window, QLabel, "Teacher").objectName() == "statusRole"
        assert visible(window, QLabel, "Microcentro Los Copihues").isVisible()
        assert window.current_area() == "home"
        window.close()
    finally:
        workspace.close()
        translations.clear()
