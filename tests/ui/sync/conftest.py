"""Fixtures for the Sincronizar area: real installations with real keys and bundles.

The network of `tests/sync` (Rosa the advisor, Ana and Pedro who joined and were
accepted) is built once per session and copied for each test; every installation keeps
its private keys in the test's `MemoryKeyring` (never the developer's keyring). Pages
get a synchronous TaskRunner, so an import or an export is finished when the click
returns.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.support.file_keyring import MemoryKeyring
from tests.sync.conftest import (  # noqa: F401 (fixtures used by the tests here)
    Device,
    Network,
    database_content,
    keyring_backend,
    network,
    network_template,
)

SIZE_HINTS = "This plugin does not support propagateSizeHints"


@pytest.fixture
def page_for(qtbot, make_ctx, tmp_path: Path, dialogs_off) -> Callable[..., QWidget]:
    """`page_for(device)`: the SyncPage of an installation, shown in a 1366x768 window."""
    from minga.ui.sync import SyncPage

    windows: list[QWidget] = []  # qtbot only keeps weak references

    def make(device: Device, size: tuple[int, int] = (1366, 768)):
        ctx = make_ctx(device.ws, tmp_path / f"settings-{device.label}.ini")
        window = QWidget()
        window.resize(*size)
        qtbot.addWidget(window)
        windows.append(window)
        page = SyncPage(ctx, window, vault=device.vault)
        page.export_panel.volume_source = lambda: []  # no real USB drive in a test
        page.export_panel.refresh_drives(force=True)
        page.setGeometry(0, 0, *size)
        window.show()
        qtbot.waitExposed(window)
        return page

    return make


def second_device(network: Network, device: Device, name: str) -> Device:  # noqa: F811
    """The same person on a second computer: a copy of the folder, a new device id, and
    the same keys (as if the keyring had been copied too)."""
    from minga.sync.keys import SERVICE

    device.close()
    target = network.folder / name
    shutil.copytree(device.root, target)
    device.reopen()
    old_device = device.actor.device_id
    new_device = uuid.uuid4().hex
    with sqlite3.connect(target / "minga.sqlite3") as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (new_device,))
        conn.execute("UPDATE meta SET value = '' WHERE key = 'hlc_last'")
    conn.close()
    secrets = device.backend.secrets
    for (service, username), secret in list(secrets.items()):
        if service == SERVICE and f"/{old_device}/" in username:
            secrets[(service, username.replace(f"/{old_device}/", f"/{new_device}/"))] = secret
    return Device(target, device.backend, name)


@pytest.fixture
def newcomer(network: Network, keyring_backend: MemoryKeyring) -> Iterator[Device]:  # noqa: F811
    """Carla: she imported the invitation, but the advisor has not accepted her yet."""
    carla = Device(network.folder / "carla", keyring_backend, "carla").init(
        "teacher", name="Carla Ñancupil Rojas", school="Escuela Rural Las Vertientes", rbd="6021-3"
    )
    carla.import_(network.invitation)
    yield carla
    carla.close()
