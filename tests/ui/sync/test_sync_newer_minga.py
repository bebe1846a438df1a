"""Sincronizar and a network that runs two versions of Minga (docs/bundle-format.md §13).

Send chooses the folder of Minga's installers that travel beside every bundle (kept in
the database, so the command line's `export` uses it too), and stops including them;
the page says what waits for a newer Minga and that the network already uses one, as
Inicio does. The folder dialog is modal, so its answer is given by replacing
`QFileDialog.getExistingDirectory` (the one thing here that cannot run offscreen); the
newer Minga's bundle is a real bundle of Ana's, re-signed with her key after adding what
a newer Minga writes (tests/sync/test_hostile.py's Forger).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from minga.sync import installers
from tests.sync.conftest import Network
from tests.sync.test_hostile import Forger


def _answer(monkeypatch, folder: Path | str, asked: list[str]) -> None:
    def dialog(_parent, title, _start=""):
        asked.append(title)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(dialog))


def test_send_carries_the_installers_chosen_until_told_not_to(
    qtbot, network: Network, page_for, tmp_path: Path, monkeypatch
) -> None:
    rosa = network.advisor
    page = page_for(rosa)
    panel = page.export_panel
    assert "do not go with the bundles" in panel.installer_label.text()
    assert panel.installer_button.text() == "Include Minga's installers…"
    assert not panel.installer_off.isVisible()
    asked: list[str] = []
    # A folder without an installer changes nothing and says why.
    empty = tmp_path / "vacia"
    empty.mkdir()
    (empty / "notas.txt").write_text("no es un instalador")
    _answer(monkeypatch, empty, asked)
    qtbot.mouseClick(panel.installer_button, Qt.MouseButton.LeftButton)
    assert asked == ["Folder with Minga's installers"]
    assert "There is no Minga installer (.exe or .deb)" in panel.installer_label.text()
    with rosa.ws.db.session() as session:
        assert installers.configured(session) is None
    # The builds folder: remembered, shown, and used by the next bundle.
    builds = tmp_path / "builds"
    builds.mkdir()
    (builds / "minga_0.2.0_amd64.deb").write_bytes(b"!<arch>\n" + b"deb" * 1000)
    (builds / "Minga-0.2.0-setup.exe").write_bytes(b"MZ" + b"exe" * 1000)
    _answer(monkeypatch, builds, asked)
    qtbot.mouseClick(panel.installer_button, Qt.MouseButton.LeftButton)
    assert panel.installer_label.text() == (
        f"Minga's installers go beside every bundle, from {builds}."
    )
    assert panel.installer_button.text() == "Change installers folder…"
    assert panel.installer_off.isVisible()
    with rosa.ws.db.session() as session:
        assert installers.configured(session) == builds
    assert page_for(rosa).export_panel.installer_label.text() == panel.installer_label.text()
    usb = tmp_path / "pendrive"
    usb.mkdir()
    panel.set_folder(usb)
    with qtbot.waitSignal(page.synced):
        qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    assert (usb / "minga_0.2.0_amd64.deb").read_bytes() == (
        builds / "minga_0.2.0_amd64.deb"
    ).read_bytes()
    assert (usb / installers.MANIFEST).is_file()
    assert (usb / installers.SIGNATURE).is_file()
    assert (
        "Minga's installers beside it: Minga-0.2.0-setup.exe, minga_0.2.0_amd64.deb."
        in panel.result_label.text()
    )
    # Stop including them: forgotten, and the next bundle goes alone.
    qtbot.mouseClick(panel.installer_off, Qt.MouseButton.LeftButton)
    assert "do not go with the bundles" in panel.installer_label.text()
    assert not panel.installer_off.isVisible()
    with rosa.ws.db.session() as session:
        assert installers.configured(session) is None
    alone = tmp_path / "pendrive-2"
    alone.mkdir()
    panel.set_folder(alone)
    with qtbot.waitSignal(page.synced):
        qtbot.mouseClick(panel.prepare_button, Qt.MouseButton.LeftButton)
    assert [p.suffix for p in alone.iterdir()] == [".minga"]
    assert "installers" not in panel.result_label.text()


def test_sync_says_what_waits_for_a_newer_minga(
    qtbot, network: Network, page_for, tmp_path: Path
) -> None:
    ana, rosa = network.ana, network.advisor
    ana.add_practice("Huerto escolar con habas")
    page = page_for(rosa)
    assert not page.newer_note.isVisible()
    # Ana's Minga is newer: a kind this one does not know, and a later app version.
    forger = Forger(network, ana, rosa)
    badge = {
        "id": str(uuid.uuid4()),
        "owner": ana.person_id,
        "version": f"1790000000000-0000-{ana.actor.device_id}",
        "prev_version": None,
        "updated_at": "2026-09-21T12:00:00+00:00",
        "deleted": False,
        "visibility": "network",
        "title": "Insignia: huerto compartido",
    }
    line = json.dumps(badge, ensure_ascii=False).encode()
    forger.set_records("peer_badge", [badge], raw=line + b"\n")
    forger.manifest["schema_version"] = "0099"
    forger.manifest["app_version"] = "0.9.0"
    assert page.import_files([forger.write()])
    assert page.newer_note.isVisible()
    assert page.newer_note.text() == (
        "1 record needs a newer version of Minga.\n"
        "Your network already uses Minga 0.9.0. Ask your advisor for the installer."
    )
    # Coming back to the page reads it again (here: from the database alone).
    again = page_for(rosa)
    assert again.newer_note.text() == page.newer_note.text()
