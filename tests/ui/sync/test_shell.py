"""The Sincronizar area in the main window, and the key file's passphrase dialog."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from minga.sync import keys
from minga.ui.sync import passphrase
from minga.ui.sync.passphrase import PassphraseDialog, PassphrasePrompt
from tests.sync.conftest import Network
from tests.ui.sync.conftest import SIZE_HINTS

# Top-level windows and dialogs make the offscreen platform say this.
pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


@pytest.fixture
def sync_window(qtbot, make_ctx, tmp_path: Path, dialogs_off, fake_practices):
    """`sync_window(device)`: the main window, with the device's keys in its SyncPage and
    the stand-in Prácticas page (which records `refresh` calls)."""
    from minga.ui.main_window import MainWindow
    from minga.ui.sync import SyncPage

    windows = []

    def make(device):
        ctx = make_ctx(device.ws, tmp_path / f"window-{device.label}.ini")
        factories = {
            **fake_practices,
            "sync": lambda c: SyncPage(c, vault=device.vault),
        }
        window = MainWindow(ctx, factories=factories)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        window.close()


def test_the_area_is_in_the_sidebar_and_built_on_first_visit(sync_window, network: Network):
    window = sync_window(network.ana)
    assert window.areas()[-1] == "sync"
    assert window.sidebar.item(window.sidebar.count() - 1).text() == "Sync"
    assert not window.sidebar.item(window.sidebar.count() - 1).icon().isNull()
    assert not window.has_page("sync")

    page = window.show_area("sync")

    assert page.objectName() == "syncPage"
    assert window.stack.currentWidget() is page


def test_the_status_bar_tells_the_last_bundle(qtbot, sync_window, network: Network, tmp_path: Path):
    window = sync_window(network.ana)
    label = window.bundle_label
    assert label.isVisible()
    assert label.text().startswith("Last bundle: received on ")
    assert "Received from Rosa Elena Pérez Millar: " in label.toolTip()

    page = window.show_area("sync")
    page.export_panel.set_folder(tmp_path)
    qtbot.mouseClick(page.export_panel.prepare_button, Qt.MouseButton.LeftButton)

    assert label.text().startswith("Last bundle: sent on ")
    assert "Sent to Rosa Elena Pérez Millar: minga-ana-maria-to-" in label.toolTip()


def test_no_bundle_yet_shows_nothing(open_window_for_teacher):
    window = open_window_for_teacher
    assert window.bundle_label.isHidden()
    assert window.bundle_label.text() == ""


@pytest.fixture
def open_window_for_teacher(qtbot, teacher_ctx, dialogs_off, fake_practices):
    from minga.ui.main_window import MainWindow

    window = MainWindow(teacher_ctx, factories=fake_practices)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_an_import_makes_the_other_pages_read_again(qtbot, sync_window, network: Network):
    advisor, ana = network.advisor, network.ana
    advisor.add_practice("Lotería de sílabas")
    bundle = advisor.export(network.path("todos"), full=True)
    window = sync_window(ana)
    practices = window.show_area("practices")
    page = window.show_area("sync")
    practices.calls.clear()

    with qtbot.waitSignal(page.data_changed):
        page.import_files([bundle])

    assert ("refresh", None) in practices.calls
    assert window.bundle_label.text().startswith("Last bundle: received on ")


# --- the passphrase -------------------------------------------------------------------


@pytest.fixture
def prompt_hook(monkeypatch):
    """Leaves the core's prompt hook as it was after the test."""
    monkeypatch.setattr(keys, "_prompt", keys._prompt)
    monkeypatch.setattr(passphrase, "_installed", None)


def test_the_dialog_asks_twice_for_a_new_passphrase(qtbot, tmp_path: Path):
    dialog = PassphraseDialog(tmp_path / "keys.json", True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.first.echoMode() == dialog.first.EchoMode.Password
    assert dialog.second.isVisible()
    dialog.first.setText("copihue")
    dialog.second.setText("copihues")
    dialog._accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.text() == "The two passphrases differ; type them again."
    dialog.second.setText("copihue")
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.passphrase() == "copihue"

    asking = PassphraseDialog(tmp_path / "keys.json", False)
    qtbot.addWidget(asking)
    assert asking.second.isHidden()
    assert (
        str(tmp_path / "keys.json")
        in asking.findChild(type(asking.problem), "passphraseIntro").text()
    )


def test_with_dialogs_off_the_prompt_answers_nothing(qapp, dialogs_off, tmp_path: Path):
    prompt = PassphrasePrompt()
    assert prompt(tmp_path / "keys.json", False) is None


def test_keys_made_on_a_worker_thread_ask_the_gui_for_the_passphrase(
    qtbot, teacher, prompt_hook, monkeypatch, tmp_path: Path
):
    from minga.sync.keys import KeyVault
    from minga.sync.membership import identity

    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    prompt = passphrase.install_passphrase_prompt(QApplication.instance())
    vault = KeyVault(teacher.root, use_system_keyring=False)
    asked: list[bool] = []

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PassphraseDialog) and widget.isVisible():
                asked.append(widget.new)
                widget.first.setText("copihue rojo")
                widget.second.setText("copihue rojo")
                widget._accept()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["info"] = identity(teacher, vault)
        except BaseException as exc:  # reported below
            outcome["error"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=20_000)
    timer.stop()
    worker.join()

    assert "error" not in outcome, outcome.get("error")
    assert asked == [True]
    assert prompt is keys._prompt
    assert (teacher.root / keys.KEY_FILE).exists()
    # The key file opens with that passphrase (and only with it).
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "copihue rojo")
    again = KeyVault(teacher.root, use_system_keyring=False)
    info = outcome["info"]
    with teacher.db.session() as session:
        loaded = keys.load_keys(session, again)
    assert loaded is not None
    assert loaded.public.fingerprint == info.fingerprint
