"""Fixtures for the meeting tests: the sync tests' network (an advisor and two teachers
in their own data folders, real keys in a memory keyring) and a host on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.conftest import (  # noqa: F401 (fixtures)
    Device,
    Network,
    database_content,
    keyring_backend,
    network,
    network_template,
)

# Short timeouts: every loop in these tests ends within seconds.
FAST = None


def limits():
    from minga.meeting.protocol import Limits

    return Limits(frame_seconds=2.0, handshake_seconds=2.0, import_seconds=30.0)


@pytest.fixture
def host(network: Network) -> Iterator:  # noqa: F811
    from minga.meeting.host import Host

    network.advisor.close()  # the host opens the folder in its worker
    server = Host(
        network.advisor.root,
        vault=network.advisor.vault,
        port=0,
        bind="127.0.0.1",
        limits=limits(),
        code="ABC234",
    )
    server.start()
    yield server
    server.stop()
    network.advisor.reopen()


def join(device: Device, host, **options):
    from minga.meeting.member import join as join_host

    return join_host(
        device.ws,
        options.pop("address", host.info.address),
        vault=device.vault,
        limits=limits(),
        **options,
    )


def address_of(host) -> str:
    return host.info.address


def titles_in(root: Path) -> set[str]:
    import sqlite3

    with sqlite3.connect(root / "minga.sqlite3") as conn:
        return {r[0] for r in conn.execute("SELECT title FROM practices WHERE deleted = 0")}
