"""One running Minga per data folder.

The first instance for a data folder (the primary) listens on a `QLocalServer` whose name
is a hash of the user name and the resolved data folder. A second start connects to it,
sends ``raise`` and quits; the primary emits `activation_requested` so the main window
can come to the front. Different data folders (a teacher's and a test profile) do not
interfere.

A server socket left behind by a crashed instance (Unix) refuses connections; it is
removed and the new start becomes the primary.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

__all__ = ["RAISE_MESSAGE", "SingleInstance", "server_name"]

log = logging.getLogger(__name__)

#: What a second start sends to the primary (one line per request).
RAISE_MESSAGE: Final = b"raise\n"
#: Longest request line accepted from a peer; anything longer is dropped.
MAX_LINE: Final = 4096


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no login name in the environment or passwd
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(data_dir: Path) -> str:
    """The local server name for `data_dir` (short: Unix socket paths have a length limit)."""
    key = f"{_user_name()}\0{Path(data_dir).resolve()}"
    return "minga-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """Decides whether this process is the primary Minga for a data folder.

    Create it on the GUI thread before the main window; call `try_become_primary()` once.
    The blocking waits (at most `timeout_ms` each) only happen at start-up.
    """

    activation_requested = Signal()
    """Emitted in the primary when another start for the same data folder knocks."""

    def __init__(
        self, data_dir: Path, parent: QObject | None = None, *, timeout_ms: int = 1000
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.timeout_ms = timeout_ms
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def is_primary(self) -> bool:
        """True while this object listens as the primary instance."""
        return self._server is not None and self._server.isListening()

    @property
    def server_path(self) -> str | None:
        """Where the primary listens (a socket file on Unix, a pipe on Windows)."""
        return self._server.fullServerName() if self._server is not None else None

    def try_become_primary(self) -> bool:
        """Returns True if this process should run, False if another instance was raised.

        If the local server cannot be created at all (an unusual system), this logs a
        warning and returns True: running twice is better than not running.
        """
        if self.is_primary:
            return True
        if self._knock():
            return False
        # Nobody answered: whatever is left under our name is stale.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            error = server.serverError()
            server.deleteLater()
            if error == QLocalSocket.LocalSocketError.AddressInUseError and self._knock():
                return False  # another start won the race
            log.warning("single-instance server %s unavailable: %s", self.name, error)
            return True
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        log.debug("primary instance for %s (%s)", self.data_dir, self.name)
        return True

    def close(self) -> None:
        """Stops listening (also removes the socket file on Unix)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for socket in list(self._buffers):
            self._drop(socket)

    def _knock(self) -> bool:
        """Asks a running primary to raise itself; True if one was reached."""
        socket = QLocalSocket(self)
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(self.timeout_ms):
                return False
            socket.write(RAISE_MESSAGE)
            socket.flush()
            if socket.bytesToWrite():
                socket.waitForBytesWritten(self.timeout_ms)
            socket.disconnectFromServer()
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(self.timeout_ms)
            log.info("Minga already runs for %s; asked it to come to the front", self.data_dir)
            return True
        finally:
            socket.abort()
            socket.deleteLater()

    @Slot()
    def _on_new_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            # The peer may have written and gone before we got here.
            self._read(socket)
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._drop(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        buffer = self._buffers[socket] + bytes(socket.readAll().data())
        *lines, rest = buffer.split(b"\n")
        self._buffers[socket] = rest[:MAX_LINE]
        for line in lines:
            command = line.strip()
            if command == RAISE_MESSAGE.strip():
                self.activation_requested.emit()
            else:
                log.info("single-instance: ignored request %r", command[:80])

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is None:
            return
        if socket.bytesAvailable():
            self._buffers[socket] = b""
            self._read(socket)
            self._buffers.pop(socket, None)
        socket.deleteLater()
