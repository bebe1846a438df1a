"""The advisor accepts a new member: she imports a teacher's first bundle (chosen in
Qt's own file dialog), compares the fingerprints the dialog shows with the ones read
aloud, and accepts; the teacher is then a member who gets the microcentre's bundles."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel

from tests.ui.tasks.conftest import (
    DIALOG_NOTICES,
    answer_file_dialog,
    click,
    go_to,
    open_tab,
    scroll_to,
    visible,
)

pytestmark = pytest.mark.qt_log_ignore(*DIALOG_NOTICES)


def _new_member_dialog() -> QDialog | None:
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QDialog) and dialog.objectName() == "newMemberDialog":
        return dialog
    return None


def test_the_advisor_accepts_a_teacher_after_comparing_fingerprints(
    qtbot, advisor_workspace, newcomer, open_window
):
    from minga.sync.queries import own_identity, recipients

    teacher_id = own_identity(newcomer.workspace.db).person_id
    assert teacher_id not in dict(recipients(advisor_workspace.db))
    window = open_window(advisor_workspace)
    go_to(qtbot, window, "Sync")
    scroll_to(visible(window, QAbstractButton, "Choose files…"))
    answered = answer_file_dialog(qtbot, newcomer.hello)
    click(qtbot, window, "Choose files…")
    qtbot.waitUntil(lambda: _new_member_dialog() is not None, timeout=5000)
    assert answered == ["Bundles or invitation to import"]

    dialog = _new_member_dialog()
    assert dialog is not None
    assert dialog.isVisible()
    heading = dialog.findChild(QLabel, "newMemberHeading").text()
    assert newcomer.name in heading
    # What she compares aloud with the teacher, and what the teacher compares with hers.
    assert dialog.findChild(QLabel, "senderFingerprint").text() == newcomer.fingerprint
    own = own_identity(advisor_workspace.db).fingerprint
    assert dialog.findChild(QLabel, "ownFingerprint").text() == own
    click(qtbot, dialog, "Accept as member")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    assert teacher_id in dict(recipients(advisor_workspace.db))
    result = window.findChild(QLabel, "importResult")
    assert result.isVisible()
    assert f"{newcomer.name} is now a member of the microcentre." in result.text()
    open_tab(qtbot, window, "Members")
    members = window.page("sync").members
    names = [members.model.index(row, 0).data() for row in range(members.model.rowCount())]
    assert any(newcomer.name in str(name) for name in names), names
