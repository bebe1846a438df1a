"""Inviting teachers is where the advisor sees "0 Teachers": Inicio offers "Invite
teachers…", which opens Sincronizar on her identity and writes the invitation at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from minga.ui.sync.panels import IdentityPanel
from tests.sync.conftest import ROSA, Device, Network
from tests.ui.sync.conftest import SIZE_HINTS

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


@pytest.fixture
def home_window(qtbot, make_ctx, tmp_path: Path, dialogs_off):
    from minga.ui.main_window import MainWindow
    from minga.ui.sync import SyncPage

    windows = []

    def make(device: Device) -> MainWindow:
        ctx = make_ctx(device.ws, tmp_path / f"window-{device.label}.ini")
        window = MainWindow(ctx, factories={"sync": lambda c: SyncPage(c, vault=device.vault)})
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.show_area("home")
        return window

    yield make
    for window in windows:
        window.close()


def test_an_advisor_without_teachers_invites_them_from_inicio(
    qtbot, home_window, keyring_backend, tmp_path, monkeypatch
):
    advisor = Device(tmp_path / "rosa", keyring_backend).init("advisor", ROSA)
    window = home_window(advisor)
    home = window.stack.currentWidget()
    assert home.cards["teachersCard"].value == "0"
    assert home.invite_button.isVisible()
    assert home.invite_note.isVisible()

    target = tmp_path / "usb" / "invitacion.minga"
    target.parent.mkdir()
    asked: list[bool] = []

    def chosen(panel: IdentityPanel) -> Path:
        asked.append(True)  # the save dialog a person would answer
        return target

    monkeypatch.setattr(IdentityPanel, "invitation_path", chosen)
    qtbot.mouseClick(home.invite_button, Qt.MouseButton.LeftButton)

    assert window.current_area() == "sync"
    sync = window.stack.currentWidget()
    assert sync.tabs.currentWidget() is sync.identity
    assert asked == [True]
    assert target.is_file()
    assert str(target) in sync.identity.message.text()


def test_no_invite_button_once_there_are_teachers(home_window, network: Network):
    window = home_window(network.advisor)
    home = window.stack.currentWidget()
    assert home.cards["teachersCard"].value != "0"
    assert not home.invite_button.isVisible()


def test_a_teacher_is_never_offered_to_invite(home_window, network: Network):
    window = home_window(network.ana)
    assert not window.stack.currentWidget().invite_button.isVisible()
