"""A teacher sends her work to the advisor on a USB stick: Sync, Choose folder… (Qt's
own dialog, answered by pasting the stick's folder), Prepare bundle for the advisor.
The bundle is written on the stick, the window says so, and the advisor's Minga opens
it and gets the teacher's new practice.

The teacher is one who joined the advisor's microcentre with her invitation (the demo
teacher has not joined a real microcentre: her window cannot prepare bundles)."""

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

TITLE = "Trueque de semillas entre cursos"


def test_the_teacher_prepares_her_bundle_on_a_usb_folder(
    qtbot, advisor_workspace, newcomer, open_window, tmp_path: Path
):
    import keyring

    from minga.core.attachments import AttachmentStore
    from minga.services.practices import PracticeInput, PracticeService
    from minga.sync.importer import import_file
    from minga.sync.keys import KeyVault

    usb = tmp_path / "PENDRIVE"
    usb.mkdir()
    window = open_window(newcomer.workspace)
    # Something new of hers since her first bundle (made before: not this task).
    news = window.ctx.practices.create(
        PracticeInput(
            title=TITLE,
            subjects=["CN"],
            levels=["2B", "3B"],
            description="Cada curso guarda semillas y las cambia con otro.",
        )
    )
    go_to(qtbot, window, "Sync")
    answered = answer_file_dialog(qtbot, usb)
    click(qtbot, window, "Choose folder…")
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)
    assert answered == ["Folder for the bundle"]
    destination = visible(window, QComboBox, "Where to save the bundle")
    assert destination.currentText() == f"Folder {usb}"

    prepare = visible(window, QAbstractButton, "Prepare bundle for the advisor")
    scroll_to(prepare)
    click(qtbot, window, "Prepare bundle for the advisor")
    result = window.findChild(QLabel, "exportResult")
    qtbot.waitUntil(result.isVisible, timeout=10000)

    bundles = sorted(usb.glob("*.minga"))
    assert len(bundles) == 1
    assert f"Bundle ready: {bundles[0]}" in result.text()

    # The advisor's computer opens it (accepting her, the first time): the practice arrives.
    vault = KeyVault(advisor_workspace.root, keyring.get_keyring())  # the memory keyring
    received = import_file(advisor_workspace, bundles, vault=vault, accept_new_members=True)
    assert received.sender.name == newcomer.name
    assert received.kinds["practice"].new >= 1
    advisor_practices = PracticeService(
        advisor_workspace.db, AttachmentStore(advisor_workspace.dirs.attachments)
    )
    arrived = advisor_practices.get(news.id)
    assert arrived.data.title == TITLE
    assert arrived.author_name == newcomer.name
