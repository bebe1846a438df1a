"""The bytes on the wire between a member and the meeting's host.

Every frame is one type byte, a 4-byte big-endian length and that many bytes:

- ``J``: a control message, UTF-8 JSON object, at most `MAX_MESSAGE` bytes;
- ``D``: a chunk of a bundle: an 8-byte big-endian offset, then at most `CHUNK` bytes.

Every read has a deadline for the whole frame (a peer that trickles a byte at a time is
cut off: slow-loris), a length above the limit is refused before anything is read, and
anything else is a protocol error that closes the connection. The bundles themselves are
already signed and encrypted (docs/bundle-format.md): nothing here needs to be secret.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import socket
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from minga.meeting.errors import ConnectionLostError, PeerTimeoutError, ProtocolError

VERSION = 1
DEFAULT_PORT = 47400
SERVICE_TYPE = "_minga._tcp.local."
MAX_MESSAGE = 16 * 1024
CHUNK = 256 * 1024
MAX_BUNDLE = 1024**3  # 1 GiB: a month of photos is far below
NONCE_BYTES = 32
HOST_CONTEXT = b"minga-meeting-host\x00"
MEMBER_CONTEXT = b"minga-meeting-member\x00"
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
CODE_LENGTH = 6

_HEADER = struct.Struct(">cI")
_OFFSET = struct.Struct(">Q")


@dataclass(frozen=True)
class Limits:
    """Timeouts (seconds) and sizes; tests shorten them."""

    frame_seconds: float = 30.0  # a whole frame must arrive within this
    handshake_seconds: float = 30.0  # the first message after connecting
    import_seconds: float = 600.0  # the host's import and export of one member
    max_bundle: int = MAX_BUNDLE
    chunk: int = CHUNK  # what this side sends (it accepts up to CHUNK)


DEFAULT_LIMITS = Limits()


def new_code() -> str:
    return "".join(CODE_ALPHABET[b % len(CODE_ALPHABET)] for b in os.urandom(CODE_LENGTH))


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def new_nonce() -> str:
    return os.urandom(NONCE_BYTES).hex()


def proof(context: bytes, first: str, second: str, extra: str = "") -> bytes:
    """What a side signs: the context, both nonces, and (host) its session's identity."""
    return context + bytes.fromhex(first) + bytes.fromhex(second) + extra.encode("utf-8")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str) or len(text) > 200:
        raise ProtocolError(reason="bad signature")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except ValueError:
        raise ProtocolError(reason="bad signature") from None


def is_nonce(text: object) -> TypeGuard[str]:
    if not isinstance(text, str) or len(text) != 2 * NONCE_BYTES:
        return False
    try:
        bytes.fromhex(text)
    except ValueError:
        return False
    return True


def sha256_file(path: Path, upto: int | None = None) -> str:
    digest = hashlib.sha256()
    _hash_into(digest, path, path.stat().st_size if upto is None else upto)
    return digest.hexdigest()


def _hash_into(digest: Any, path: Path, left: int) -> None:
    with path.open("rb", buffering=0) as handle:
        while left > 0:
            block = handle.read(min(1024 * 1024, left))
            if not block:
                break
            digest.update(block)
            left -= len(block)


class Channel:
    """One connection: framed reads with deadlines, framed writes."""

    def __init__(self, sock: socket.socket, limits: Limits = DEFAULT_LIMITS):
        self.sock = sock
        self.limits = limits
        sock.settimeout(limits.frame_seconds)

    # --- reading ----------------------------------------------------------------------

    def _read_exact(self, size: int, deadline: float) -> bytes:
        parts = []
        left = size
        while left:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise PeerTimeoutError(seconds=int(self.limits.frame_seconds))
            self.sock.settimeout(remaining)
            try:
                data = self.sock.recv(min(left, 1024 * 1024))
            except TimeoutError:
                raise PeerTimeoutError(seconds=int(self.limits.frame_seconds)) from None
            except OSError:
                raise ConnectionLostError() from None
            if not data:
                raise ConnectionLostError()
            parts.append(data)
            left -= len(data)
        return b"".join(parts)

    def read_frame(self, seconds: float | None = None) -> tuple[bytes, bytes]:
        deadline = time.monotonic() + (seconds or self.limits.frame_seconds)
        kind, length = _HEADER.unpack(self._read_exact(_HEADER.size, deadline))
        if kind == b"J":
            if length > MAX_MESSAGE:
                raise ProtocolError(reason=f"message of {length} bytes")
        elif kind == b"D":
            if length > _OFFSET.size + CHUNK or length <= _OFFSET.size:
                raise ProtocolError(reason=f"chunk of {length} bytes")
        else:
            raise ProtocolError(reason="unknown frame")
        return kind, self._read_exact(length, deadline)

    def read_message(self, expect: str | tuple[str, ...], seconds: float | None = None) -> dict:
        kind, payload = self.read_frame(seconds)
        if kind != b"J":
            raise ProtocolError(reason="a chunk where a message was expected")
        return parse_message(payload, expect)

    # --- writing ----------------------------------------------------------------------

    def send_message(self, message: dict[str, Any]) -> None:
        payload = json.dumps(message, ensure_ascii=False).encode("utf-8")
        if len(payload) > MAX_MESSAGE:
            raise ProtocolError(reason="message too long")
        self._send(_HEADER.pack(b"J", len(payload)) + payload)

    def send_chunk(self, offset: int, data: bytes) -> None:
        self._send(_HEADER.pack(b"D", _OFFSET.size + len(data)) + _OFFSET.pack(offset) + data)

    def _send(self, data: bytes) -> None:
        self.sock.settimeout(self.limits.frame_seconds)
        try:
            self.sock.sendall(data)
        except TimeoutError:
            raise PeerTimeoutError(seconds=int(self.limits.frame_seconds)) from None
        except OSError:
            raise ConnectionLostError() from None

    # --- bundles ----------------------------------------------------------------------

    def send_file(
        self, path: Path, offset: int, size: int, on_bytes: Callable[[int], None] | None = None
    ) -> None:
        """Sends `path` from `offset` in chunks, then an ``end`` message; `on_bytes(done)`
        after each chunk (the bytes the other side holds so far). Each chunk's bytes go
        from the file to the network inside the operating system (`socket.sendfile`:
        no copy through Python where the system can)."""
        with path.open("rb") as handle:
            while offset < size:
                count = min(self.limits.chunk, size - offset)
                self._send(_HEADER.pack(b"D", _OFFSET.size + count) + _OFFSET.pack(offset))
                self.sock.settimeout(self.limits.frame_seconds)
                try:
                    sent = self.sock.sendfile(handle, offset, count)
                except TimeoutError:
                    raise PeerTimeoutError(seconds=int(self.limits.frame_seconds)) from None
                except OSError:
                    raise ConnectionLostError() from None
                if sent != count:
                    raise ProtocolError(reason="the bundle shrank while it was sent")
                offset += count
                if on_bytes is not None:
                    on_bytes(offset)
        self.send_message({"type": "end"})

    def receive_file(
        self,
        part: Path,
        size: int,
        on_bytes: Callable[[int], None] | None = None,
        *,
        digest: Any = None,
    ) -> int:
        """Appends chunks to `part` (resuming at its length) until ``end``; returns the
        number of bytes received. A chunk replayed below the current length is ignored,
        one beyond it or past `size` is a protocol error. `on_bytes(done)` after each
        chunk written. `digest` (a `hashlib` object): fed the whole file, what `part`
        already held and every chunk as it arrives, so the caller checks the SHA-256
        without reading the file again."""
        received = part.stat().st_size if part.exists() else 0
        if digest is not None and received:
            _hash_into(digest, part, received)
        with part.open("ab") as handle:
            while True:
                kind, payload = self.read_frame()
                if kind == b"J":
                    parse_message(payload, "end")
                    break
                (offset,) = _OFFSET.unpack_from(payload)
                data = memoryview(payload)[_OFFSET.size :]
                if offset + len(data) <= received:
                    continue  # a replayed chunk: already here
                if offset != received or offset + len(data) > size:
                    raise ProtocolError(reason=f"chunk at offset {offset}, expected {received}")
                handle.write(data)
                handle.flush()
                if digest is not None:
                    digest.update(data)
                received += len(data)
                if on_bytes is not None:
                    on_bytes(received)
        return received


def parse_message(payload: bytes, expect: str | tuple[str, ...]) -> dict:
    try:
        message = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ProtocolError(reason="not a message") from None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise ProtocolError(reason="not a message")
    wanted = (expect,) if isinstance(expect, str) else expect
    if message["type"] == "refused" and "refused" not in wanted:
        from minga.meeting.errors import NotAMemberError, RefusedError, WrongCodeError

        reason = message.get("reason")
        if reason == "not_member":
            raise NotAMemberError()
        if reason == "wrong_code":
            raise WrongCodeError()
        raise RefusedError()
    if message["type"] not in wanted:
        raise ProtocolError(reason=f"'{message['type'][:40]}' instead of '{wanted[0]}'")
    return message


def check_offer(message: dict, limits: Limits) -> tuple[int, str]:
    size, digest = message.get("size"), message.get("sha256")
    if type(size) is not int or not 0 < size <= limits.max_bundle:
        raise ProtocolError(reason=f"a bundle of {size!r} bytes")
    if not isinstance(digest, str) or len(digest) != 64 or digest.strip("0123456789abcdef"):
        raise ProtocolError(reason="a bundle without its sha256")
    return size, digest


def parse_address(text: str) -> tuple[str, int]:
    from minga.meeting.errors import BadAddressError

    host, sep, port = text.strip().rpartition(":")
    if not sep:
        host, port = text.strip(), str(DEFAULT_PORT)
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536 or len(host) > 255:
        raise BadAddressError(address=text)
    return host, int(port)
