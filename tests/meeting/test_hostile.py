"""Hostile peers on the meeting's port: garbage, slow-loris, oversized length claims,
replayed handshakes and chunks. The host stays responsive (a member syncs right after)
and its database is unchanged by them. Every socket has a timeout; nothing waits
unbounded."""

from __future__ import annotations

import json
import socket
import struct
import time

import pytest

from tests.meeting.conftest import join
from tests.sync.conftest import database_content


def _connect(host) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", host.info.port), timeout=5)
    sock.settimeout(5)
    return sock


def _closed_by_host(sock: socket.socket, seconds: float = 5) -> bool:
    """True when the host closes the connection (reads until EOF, bounded)."""
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            if not sock.recv(65536):
                return True
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False
    return False


def _message(payload: dict) -> bytes:
    data = json.dumps(payload).encode()
    return struct.pack(">cI", b"J", len(data)) + data


def _read_message(sock: socket.socket) -> dict:
    head = b""
    while len(head) < 5:
        head += sock.recv(5 - len(head))
    _kind, length = struct.unpack(">cI", head)
    body = b""
    while len(body) < length:
        body += sock.recv(length - len(body))
    return json.loads(body)


@pytest.fixture
def snapshot(host):
    before = database_content(host.root / "minga.sqlite3")
    yield
    assert database_content(host.root / "minga.sqlite3") == before


def test_garbage_is_cut_off(host, snapshot) -> None:
    for junk in (
        b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
        bytes(range(256)) * 4,
        b"J\x00\x00\x00\x03abc",
    ):
        with _connect(host) as sock:
            sock.sendall(junk)
            assert _closed_by_host(sock)


def test_oversized_length_claims_are_refused_before_reading(host, snapshot) -> None:
    for frame in (b"J" + struct.pack(">I", 2**31), b"D" + struct.pack(">I", 2**32 - 1)):
        with _connect(host) as sock:
            sock.sendall(frame)
            started = time.monotonic()
            assert _closed_by_host(sock)
            assert time.monotonic() - started < 1.5  # no waiting for the claimed bytes


def test_a_slow_loris_is_dropped_at_the_frame_deadline(host, snapshot) -> None:
    """One byte every 0.5 s never completes a frame within the host's 2 s."""
    with _connect(host) as sock:
        started = time.monotonic()
        payload = _message({"type": "hello"})
        closed = False
        for byte in payload[:20]:
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                closed = True
                break
            time.sleep(0.5)
            if time.monotonic() - started > 6:
                break
        assert closed or _closed_by_host(sock)
        assert time.monotonic() - started < 8


def test_a_replayed_handshake_is_refused(network, host, snapshot) -> None:
    """Someone who recorded Ana's greeting and answer cannot replay them: the host's
    challenge is new on every connection."""
    from minga.meeting import protocol

    keys = network.ana.keys()
    nonce = protocol.new_nonce()
    hello = {
        "type": "hello",
        "version": 1,
        "person_id": network.ana.person_id,
        "device_id": "x",
        "signing_key": keys.public.signing_key,
        "nonce": nonce,
    }
    with _connect(host) as sock:
        sock.sendall(_message(hello))
        challenge = _read_message(sock)
        proof = protocol.proof(protocol.MEMBER_CONTEXT, challenge["nonce"], nonce)
        recorded = {"type": "auth", "signature": protocol.b64(keys.sign(proof))}
    with _connect(host) as sock:  # the replay, without Ana's key
        sock.sendall(_message(hello))
        _read_message(sock)
        sock.sendall(_message(recorded))
        answer = _read_message(sock)
        assert answer == {"type": "refused", "reason": "not_member"}
        assert _closed_by_host(sock)


def test_replayed_and_out_of_place_chunks_do_not_corrupt_a_transfer(network, host) -> None:
    """An authenticated member's replayed chunk is ignored; a chunk beyond what was
    received ends the connection; the next connection completes the bundle."""
    from minga.meeting import protocol
    from minga.meeting.member import _pending_bundle

    network.ana.add_practice("Huerto escolar")
    path, size, digest = _pending_bundle(network.ana.ws, network.ana.vault)
    keys = network.ana.keys()
    data = path.read_bytes()
    with _connect(host) as sock:
        nonce = protocol.new_nonce()
        sock.sendall(
            _message(
                {
                    "type": "hello",
                    "version": 1,
                    "person_id": network.ana.person_id,
                    "device_id": "x",
                    "signing_key": keys.public.signing_key,
                    "nonce": nonce,
                }
            )
        )
        challenge = _read_message(sock)
        proof = protocol.proof(protocol.MEMBER_CONTEXT, challenge["nonce"], nonce)
        sock.sendall(_message({"type": "auth", "signature": protocol.b64(keys.sign(proof))}))
        assert _read_message(sock)["type"] == "welcome"
        sock.sendall(_message({"type": "offer", "size": size, "sha256": digest}))
        assert _read_message(sock) == {"type": "resume", "offset": 0}

        def chunk(offset: int, length: int) -> bytes:
            body = struct.pack(">Q", offset) + data[offset : offset + length]
            return struct.pack(">cI", b"D", len(body)) + body

        sock.sendall(chunk(0, 1000) + chunk(0, 1000) + chunk(1000, 1000) + chunk(500, 500))
        sock.sendall(chunk(5000, 100))  # a gap: the host hangs up
        assert _closed_by_host(sock)
    part = next((host.root / "meeting" / "incoming").glob("*.part"))
    assert part.read_bytes() == data[:2000]  # the replays were not appended
    outcome = join(network.ana, host)
    assert outcome.resumed_from == 2000
    from tests.meeting.conftest import titles_in

    assert "Huerto escolar" in titles_in(host.root)


def test_the_host_still_serves_a_member_after_hostile_peers(network, host) -> None:
    socks = [_connect(host) for _ in range(5)]  # idle connections hold no one up
    try:
        for sock in socks[:2]:
            sock.sendall(b"\xff" * 10)
        network.ana.add_practice("Después del ataque")
        outcome = join(network.ana, host)
        assert outcome.fingerprint == host.info.fingerprint
    finally:
        for sock in socks:
            sock.close()


def _authenticated(network, host) -> socket.socket:
    """A connection that passed Ana's handshake (her own keys)."""
    from minga.meeting import protocol

    keys = network.ana.keys()
    nonce = protocol.new_nonce()
    sock = _connect(host)
    sock.sendall(
        _message(
            {
                "type": "hello",
                "version": 1,
                "person_id": network.ana.person_id,
                "device_id": "x",
                "signing_key": keys.public.signing_key,
                "nonce": nonce,
            }
        )
    )
    challenge = _read_message(sock)
    proof = protocol.proof(protocol.MEMBER_CONTEXT, challenge["nonce"], nonce)
    sock.sendall(_message({"type": "auth", "signature": protocol.b64(keys.sign(proof))}))
    assert _read_message(sock)["type"] == "welcome"
    return sock


def test_a_members_oversized_or_malformed_offers_are_refused(network, host) -> None:
    """Even a member (her keys, her handshake) cannot claim a bundle of a terabyte, a
    size that is not a number, or leave out its sha256: the host hangs up at once,
    writes nothing and goes on serving."""
    before = database_content(host.root / "minga.sqlite3")
    for offer in (
        {"type": "offer", "size": 2**40, "sha256": "0" * 64},
        {"type": "offer", "size": "1000", "sha256": "0" * 64},
        {"type": "offer", "size": -5, "sha256": "0" * 64},
        {"type": "offer", "size": 1000, "sha256": "not a digest"},
    ):
        with _authenticated(network, host) as sock:
            sock.sendall(_message(offer))
            started = time.monotonic()
            assert _closed_by_host(sock)
            assert time.monotonic() - started < 1.5
    assert not list((host.root / "meeting" / "incoming").glob("*.part"))
    assert database_content(host.root / "minga.sqlite3") == before
    outcome = join(network.pedro, host)  # still serving
    assert outcome.fingerprint == host.info.fingerprint


def test_closing_the_room_ends_the_connections_at_once(network) -> None:
    """A member connected and silent (the host's deadline is long) does not keep the
    room from closing: stop() cuts her connection instead of waiting for it."""
    from tests.meeting.conftest import start_host

    host = start_host(network, frame_seconds=20.0)
    try:
        with _authenticated(network, host) as sock:
            started = time.monotonic()
            host.stop()
            assert time.monotonic() - started < 5
            assert _closed_by_host(sock, seconds=2)
    finally:
        network.advisor.reopen()
