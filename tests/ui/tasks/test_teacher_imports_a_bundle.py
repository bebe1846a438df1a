"""A teacher brings the microcentre's bundle home on a USB stick and imports it: Sync,
Choose files… (Qt's own dialog, answered by pasting the bundle's path). The window says
what came in, and her database has the network's sessions and practices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableView

from tests.ui.tasks.conftest import (
    DIALOG_NOTICES,
    answer_file_dialog,
    click,
    go_to,
    scroll_to,
    visible,
)

pytestmark = pytest.mark.qt_log_ignore(*DIALOG_NOTICES)


@pytest.fixture
def network_bundle(advisor_workspace, newcomer, tmp_path: Path) -> Path:
    """The advisor accepts the teacher and writes the bundle for the whole microcentre on
    a USB stick (through the services: not this task)."""
    import keyring

    from minga.sync.export import export_bundle
    from minga.sync.importer import import_file
    from minga.sync.keys import KeyVault

    vault = KeyVault(advisor_workspace.root, keyring.get_keyring())  # the memory keyring
    import_file(advisor_workspace, [newcomer.hello], vault=vault, accept_new_members=True)
    usb = tmp_path / "PENDRIVE"
    usb.mkdir()
    written = export_bundle(advisor_workspace, usb / "microcentro.minga", vault=vault)
    assert len(written.paths) == 1
    return written.paths[0]


def test_the_teacher_imports_the_microcentres_bundle(
    qtbot, advisor_workspace, newcomer, network_bundle, open_window
):
    from minga.services.sessions import SessionService
    from minga.services.setup import actor

    window = open_window(newcomer.workspace)
    sessions_before = len(window.ctx.sessions.list_sessions())
    advisor_sessions = SessionService(advisor_workspace.db).list_sessions()
    assert len(advisor_sessions) > sessions_before
    go_to(qtbot, window, "Sync")
    scroll_to(visible(window, QAbstractButton, "Choose files…"))
    answered = answer_file_dialog(qtbot, network_bundle)
    click(qtbot, window, "Choose files…")
    result = window.findChild(QLabel, "importResult")
    qtbot.waitUntil(result.isVisible, timeout=10000)
    assert answered == ["Bundles or invitation to import"]

    sessions = window.ctx.sessions.list_sessions()
    assert {s.id for s in sessions} == {s.id for s in advisor_sessions}
    assert window.ctx.adoption.practice_choices().presented  # colleagues' practices to choose
    advisor = actor(advisor_workspace.db)
    new_sessions = len(advisor_sessions) - sessions_before
    assert result.text().startswith(f"From {advisor.name}: {new_sessions} new session(s), ")
    # Sessions lists them.
    go_to(qtbot, window, "Sessions")
    table = visible(window, QTableView, "Sessions")
    assert table.model().rowCount() == len(advisor_sessions)
