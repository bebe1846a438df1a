"""Observación and the microcentre's members: a colleague who arrives by an import
appears in the open note's list at once, and the note keeps what was typed and chosen;
saving without a colleague says so in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.sync.conftest import Device, Network
from tests.ui.conftest import type_text
from tests.ui.cycle.conftest import choose_in_combo, press_save
from tests.ui.sync.conftest import SIZE_HINTS

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)

CARLA = "Carla Ñancupil Rojas"


@pytest.fixture
def window_of(qtbot, make_ctx, tmp_path: Path, dialogs_off):
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
        window.activateWindow()  # keys (Ctrl+S) go to the active window
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    yield make
    for window in windows:
        window.close()


def _names(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_colleague_imported_meanwhile_joins_the_open_note(
    qtbot, window_of, network: Network, newcomer: Device
):
    # Carla joined: the advisor accepted her and sent the roster round.
    hello = newcomer.export(network.path("carla-hola"))
    network.advisor.import_(hello, accept_new_members=True)
    roster = network.advisor.export(network.path("consolidado"))

    window = window_of(network.ana)
    page = window.show_area("observation")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert CARLA not in _names(editor.observed_combo)
    pedro = next(n for n in _names(editor.observed_combo) if n.startswith("Pedro"))
    choose_in_combo(qtbot, editor.observed_combo, pedro)
    editor.focus_edit.setFocus()
    type_text(qtbot, editor.focus_edit, "Lectura compartida en voz alta")
    assert editor.has_unsaved_changes()

    sync = window.show_area("sync")
    assert sync.import_files([roster])
    window.show_area("observation")

    assert CARLA in _names(editor.observed_combo)
    assert editor.observed_combo.currentText() == pedro  # the choice stayed
    assert editor.focus_edit.text() == "Lectura compartida en voz alta"
    assert editor.has_unsaved_changes()
    assert page.panes.detail_open()


def test_saving_without_a_colleague_asks_for_one_in_words(
    qtbot, window_of, network: Network, translations
):
    translations("es")
    window = window_of(network.ana)
    page = window.show_area("observation")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.focus_edit.setFocus()
    type_text(qtbot, editor.focus_edit, "Preguntas abiertas")

    press_save(qtbot, editor)

    assert editor.error_text("observed") == "Elige a la colega observada."
    assert "integrante" not in editor.error_text("general")
    assert network.ana.rows("SELECT COUNT(*) FROM observation_notes") == [(0,)]
