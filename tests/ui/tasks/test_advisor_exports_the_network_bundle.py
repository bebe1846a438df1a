"""The advisor sends the microcentre's work back: in Sincronizar she chooses a folder
(Qt's own dialog, its path pasted in) and prepares the bundle for the whole
microcentre; it is written there, and a member's Minga opens it and gets the network's
sessions and practices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

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
def member(advisor_workspace, newcomer, memory_keyring):
    """The newcomer, accepted by the advisor (through the services: not this task)."""
    from minga.sync.importer import import_file
    from minga.sync.keys import KeyVault

    vault = KeyVault(advisor_workspace.root, memory_keyring)
    import_file(advisor_workspace, [newcomer.hello], vault=vault, accept_new_members=True)
    return newcomer


def test_the_advisor_prepares_the_bundle_for_the_whole_microcentre(
    qtbot, advisor_workspace, member, open_window, tmp_path: Path
):
    from minga.sync.importer import import_file

    folder = tmp_path / "pendrive-red"
    folder.mkdir()
    window = open_window(advisor_workspace)
    go_to(qtbot, window, "Sync")
    everyone = visible(window, QAbstractButton, "Bundle for the whole microcentre")
    assert everyone.isChecked()  # the usual choice comes chosen
    answered = answer_file_dialog(qtbot, folder)
    click(qtbot, window, "Choose folder…")
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)
    assert answered == ["Folder for the bundle"]
    destination = window.findChild(QComboBox, "exportDestination")
    assert destination.currentText() == f"Folder {folder}"

    prepare = visible(window, QAbstractButton, "Prepare bundle")
    scroll_to(prepare)
    click(qtbot, window, "Prepare bundle")
    result = window.findChild(QLabel, "exportResult")
    qtbot.waitUntil(result.isVisible, timeout=10000)

    bundles = sorted(folder.glob("*.minga"))
    assert len(bundles) == 1
    assert f"Bundle ready: {bundles[0]}" in result.text()
    assert f"for {member.name}." in result.text()

    # The member's computer opens it: the network's sessions and practices arrive.
    received = import_file(member.workspace, bundles, vault=member.vault)
    assert received.sender.name == window.ctx.actor.name
    assert received.kinds["session"].new == len(window.ctx.sessions.list_sessions())
    assert received.kinds["practice"].new > 0
