"""Fixtures for the meeting tests: the sync tests' network (an advisor and two teachers
in their own data folders, real keys in a memory keyring), a host on loopback, and a
proxy that cuts a connection after a number of bytes (a Wi-Fi that drops).

Every wait is bounded: short frame timeouts, joins with timeouts, sockets closed."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import threading
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
    sync_cli_env,
)

CODE = "ABC234"


def limits(**overrides):
    from minga.meeting.protocol import Limits

    values = {"frame_seconds": 2.0, "handshake_seconds": 2.0, "import_seconds": 30.0}
    values.update(overrides)
    return Limits(**values)


def start_host(network: Network, clock=None, **overrides):  # noqa: F811
    from minga.meeting.host import Host

    network.advisor.close()  # the host opens the folder in its worker
    server = Host(
        network.advisor.root,
        vault=network.advisor.vault,
        port=0,
        bind="127.0.0.1",
        limits=limits(**overrides),
        code=CODE,
        clock=clock,
    )
    server.start()
    return server


@pytest.fixture
def host(network: Network) -> Iterator:  # noqa: F811
    server = start_host(network, chunk=1024)  # small chunks: a cut falls between them
    yield server
    server.stop()
    network.advisor.reopen()


def join(device: Device, host, **options):
    from minga.meeting.member import join as join_host

    address = options.pop("address", host.info.address)
    chunk = options.pop("chunk", None)
    extra = {"chunk": chunk} if chunk else {}
    return join_host(device.ws, address, vault=device.vault, limits=limits(**extra), **options)


def wait_until(condition, seconds: float = 5.0) -> None:
    """Polls `condition` (bounded): the host's threads finish on their own time."""
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def titles_in(root: Path) -> set[str]:
    with sqlite3.connect(root / "minga.sqlite3") as conn:
        return {r[0] for r in conn.execute("SELECT title FROM practices WHERE deleted = 0")}


class CuttingProxy:
    """Forwards one connection at a time to `target`, and cuts it once `up` bytes went
    to the host or `down` bytes came back (None: never)."""

    def __init__(self, target: str, *, up: int | None = None, down: int | None = None):
        host, port = target.rsplit(":", 1)
        self.target = (host, int(port))
        self.limits = {"up": up, "down": down}
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(5)
        self.address = f"127.0.0.1:{self.server.getsockname()[1]}"
        self.cut = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            client, _ = self.server.accept()
        except OSError:
            return
        upstream = socket.create_connection(self.target, timeout=5)
        pumps = [
            threading.Thread(target=self._pump, args=(client, upstream, "up"), daemon=True),
            threading.Thread(target=self._pump, args=(upstream, client, "down"), daemon=True),
        ]
        for pump in pumps:
            pump.start()
        for pump in pumps:
            pump.join(timeout=20)
        client.close()
        upstream.close()

    def _pump(self, source: socket.socket, sink: socket.socket, way: str) -> None:
        budget = self.limits[way]
        source.settimeout(10)
        try:
            while not self.cut.is_set():
                data = source.recv(4096)
                if not data:
                    break
                if budget is not None and len(data) >= budget:
                    sink.sendall(data[:budget])
                    self.cut.set()
                    break
                if budget is not None:
                    budget -= len(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.server.close()
        self.thread.join(timeout=20)
