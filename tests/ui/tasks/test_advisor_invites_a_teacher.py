"""The advisor invites a teacher: in Sincronizar, under her identity, she creates the
invitation and saves it where she chooses (Qt's own save dialog, its path pasted in);
the file is written, and a teacher's Minga joins the microcentre with it. A new advisor
with no teacher yet does it from Inicio, where she sees "0"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

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


def test_the_advisor_saves_an_invitation_a_teacher_joins_with(
    qtbot, advisor_workspace, open_window, memory_keyring, tmp_path: Path
):
    from minga.core.workspace import Workspace
    from minga.services.setup import SetupInput, initialize
    from minga.sync.importer import import_file
    from minga.sync.keys import KeyVault
    from minga.sync.queries import own_identity
    from tests.support.clock import clock_at

    usb = tmp_path / "pendrive"
    usb.mkdir()
    target = usb / "invitacion-copihues.minga"

    window = open_window(advisor_workspace)
    go_to(qtbot, window, "Sync")
    open_tab(qtbot, window, "My identity")
    button = visible(window, QAbstractButton, "Create invitation…")
    scroll_to(button)
    answered = answer_file_dialog(qtbot, target)
    click(qtbot, window, "Create invitation…")
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)

    assert answered == ["Save the invitation"]
    assert target.is_file()
    message = window.findChild(QLabel, "identityMessage")
    assert message.isVisible()
    assert str(target) in message.text()
    fingerprint = window.findChild(QLabel, "ownFingerprint").text()
    assert fingerprint in message.text()  # she reads it aloud to the teachers

    # The teacher's computer: a new installation imports the file and joins.
    teacher = Workspace(tmp_path / "teacher", clock=clock_at())
    try:
        initialize(
            teacher.db,
            SetupInput(
                role="teacher",
                name="Carla Ñancupil Rojas",
                school="Escuela Rural Las Vertientes",
                rbd="6021-3",
                accept_rbd_check_digit=True,
            ),
        )
        joined = import_file(teacher, [target], vault=KeyVault(teacher.root, memory_keyring))
    finally:
        teacher.close()
    me = own_identity(advisor_workspace.db)
    assert joined.microcentre == me.microcentre
    assert joined.advisor_name == me.name
    assert joined.advisor_fingerprint == fingerprint


@pytest.fixture
def new_advisor(memory_keyring, tmp_path: Path):
    """An advisor's installation just set up: no teacher yet."""
    from minga.core.workspace import Workspace
    from minga.services.setup import SetupInput, initialize
    from tests.support.clock import clock_at

    workspace = Workspace(tmp_path / "rosa", clock=clock_at())
    initialize(
        workspace.db,
        SetupInput(
            role="advisor", name="Rosa Elena Pérez Millar", microcentre="Microcentro Los Copihues"
        ),
    )
    yield workspace
    workspace.close()


def test_a_new_advisor_invites_from_inicio_where_she_sees_no_teachers(
    qtbot, new_advisor, open_window, tmp_path: Path
):
    window = open_window(new_advisor)
    go_to(qtbot, window, "Home")
    teachers = window.page("home").findChild(QLabel, "teachersCardValue")
    assert teachers.isVisible()
    assert teachers.text() == "0"
    target = tmp_path / "invitacion.minga"
    answered = answer_file_dialog(qtbot, target)
    click(qtbot, window, "Invite teachers…")
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)

    assert answered == ["Save the invitation"]
    assert target.is_file()
    assert window.current_area() == "sync"
    message = window.findChild(QLabel, "identityMessage")
    assert message.isVisible()
    assert str(target) in message.text()
