"""Exporting before any place was chosen asks for a folder instead of writing into (and
creating) the Documents folder the list only suggests.

The folder dialog is modal and native-looking, so its answer is given by replacing
`QFileDialog.getExistingDirectory` (the one thing here that cannot run offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from minga.ui.sync.export_panel import EXPORT_DESTINATION
from tests.sync.conftest import Network


def test_no_folder_chosen_asks_and_a_cancel_writes_nothing(
    qtbot, network: Network, page_for, tmp_path: Path, monkeypatch
):
    ana = network.ana
    ana.add_practice("Feria de las fracciones")
    page = page_for(ana)
    panel = page.export_panel
    assert page.ctx.settings.get(EXPORT_DESTINATION) in ("", None)
    suggested = Path(panel.destination()[1])
    before = suggested.exists() and sorted(suggested.glob("*.minga"))
    asked: list[str] = []

    def cancel(_parent, title, _start=""):
        asked.append(title)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(cancel))
    qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    assert asked == ["Folder for the bundle"]
    assert panel.handle is None
    assert (suggested.exists() and sorted(suggested.glob("*.minga"))) == before

    out = tmp_path / "pendrive"
    out.mkdir()

    def choose(_parent, title, _start=""):
        asked.append(title)
        return str(out)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    with qtbot.waitSignal(page.synced):
        qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert len(list(out.glob("*.minga"))) == 1
    assert page.ctx.settings.get(EXPORT_DESTINATION) == f"folder:{out}"
