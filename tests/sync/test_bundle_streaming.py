"""The bundle's bytes made faster without changing them (the monthly meeting's budget):
the archive streamed straight into the encryption is byte for byte what the archive
writer wrote, a bundle is hashed as it is written, the archive is read as it is
decrypted (by the strict reader's rules, evidence apart), and a transfer is hashed as it
arrives (resumed or not). Real files, real sockets, real bundles."""

from __future__ import annotations

import hashlib
import io
import os
import socket
import threading
from pathlib import Path

import pytest

from minga.meeting import protocol
from minga.sync import container
from tests.sync.conftest import Network, open_bundle

SIZES = [0, 1, 511, 512, 513, 10_240, container.CHUNK, container.CHUNK + 7, 3_000_001]


def _files(folder: Path) -> list[Path]:
    paths = []
    for number, size in enumerate(SIZES):
        path = folder / f"evidencia-{number}.bin"
        path.write_bytes(os.urandom(size))
        paths.append(path)
    return paths


def _name(number: int) -> str:
    return f"attachments/{number:064x}"


def test_the_streamed_archive_is_the_archive_writers_byte_for_byte(tmp_path: Path) -> None:
    files = _files(tmp_path)
    for count in range(len(files) + 1):
        written = io.BytesIO()
        writer = container.ArchiveWriter(written)
        stream = container.ArchiveStream()
        for target in (writer, stream):
            target.add_bytes(container.MANIFEST, b'{"manifest": true}')
            target.add_bytes(container.SIGNATURE, b"s" * 64)
            for number, path in enumerate(files[:count]):
                target.add_file(_name(number), path)
        writer.close()
        # Read the way the encryption reads it: small pieces.
        assert io.BufferedReader(stream, 8192).read() == written.getvalue()

    # The strict reader of every Minga reads it, member hashes included.
    found: dict[str, str] = {}
    stream = container.ArchiveStream()
    stream.add_bytes(container.MANIFEST, b"{}")
    for number, path in enumerate(files):
        stream.add_file(_name(number), path)
    container.scan_archive(
        io.BytesIO(stream.read()),
        "x",
        container.DEFAULT_LIMITS,
        lambda member, _data: found.__setitem__(member.name, member.sha256),
    )
    for number, path in enumerate(files):
        assert found[_name(number)] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_evidence_file_that_shrank_stops_the_encryption_with_its_own_error(
    tmp_path: Path,
) -> None:
    from pyrage import x25519

    path = tmp_path / "foto.jpg"
    path.write_bytes(os.urandom(200_000))
    stream = container.ArchiveStream()
    stream.add_bytes(container.MANIFEST, b"{}")
    stream.add_file(_name(1), path)
    path.write_bytes(b"corta")
    recipient = str(x25519.Identity.generate().to_public())
    with pytest.raises(OSError, match="changed while it was being sent"):
        container.encrypt(stream, io.BytesIO(), [recipient])


def test_the_exported_bundle_knows_its_own_hash_and_opens(network: Network, tmp_path: Path) -> None:
    photo = tmp_path / "foto.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(300_000))
    practice = network.ana.add_practice("Huerto escolar")
    sha256 = network.ana.practices.attach(practice, photo).sha256
    result = network.ana.export_result(tmp_path / "ana.minga")
    bundle = result.paths[0]
    assert result.sha256 == hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert result.size == bundle.stat().st_size
    members = open_bundle(bundle, network.advisor.keys().encryption_secret)
    assert members[f"attachments/{sha256}"] == photo.read_bytes()
    imported = network.advisor.import_(bundle)
    assert imported.attachments == 1


def _send(sock: socket.socket, path: Path, offset: int) -> None:
    with sock:
        channel = protocol.Channel(sock)
        channel.send_file(path, offset, path.stat().st_size)


@pytest.mark.parametrize("held", [0, 1, protocol.CHUNK + 3])
def test_a_transfer_is_hashed_as_it_arrives_resumed_or_not(tmp_path: Path, held: int) -> None:
    source = tmp_path / "paquete.minga"
    source.write_bytes(os.urandom(3 * protocol.CHUNK + 11))
    part = tmp_path / "paquete.part"
    part.write_bytes(source.read_bytes()[:held])
    ours, theirs = socket.socketpair()
    sender = threading.Thread(target=_send, args=(theirs, source, held))
    sender.start()
    try:
        digest = hashlib.sha256()
        size = source.stat().st_size
        with ours:
            received = protocol.Channel(ours).receive_file(part, size, digest=digest)
    finally:
        sender.join(timeout=30)
    assert received == size
    assert part.read_bytes() == source.read_bytes()
    assert digest.hexdigest() == hashlib.sha256(source.read_bytes()).hexdigest()


def _split(data: bytes, folder: Path, pieces: list[int]) -> tuple[dict, dict, Path]:
    members: dict[str, container.Member] = {}
    small: dict[str, bytes] = {}

    def on_member(member: container.Member, kept: bytes | None) -> None:
        members[member.name] = member
        if kept is not None:
            small[member.name] = kept

    archive = folder / "archive.tar"
    files = folder / "evidencia"
    files.mkdir(parents=True)
    with archive.open("wb") as out:
        splitter = container.ArchiveSplitter(out, files, "x", container.DEFAULT_LIMITS, on_member)
        position = 0
        for size in pieces:
            splitter.write(data[position : position + size])
            position += size
        splitter.write(data[position:])
        splitter.finish()
    return members, small, archive


@pytest.mark.parametrize("pieces", [[], [1] * 700, [511, 2, 8192, 100_000, 7]])
def test_the_archive_read_as_it_is_decrypted_is_the_strict_readers(
    tmp_path: Path, pieces: list[int]
) -> None:
    files = _files(tmp_path)
    stream = container.ArchiveStream()
    stream.add_bytes(container.MANIFEST, b'{"manifest": true}')
    stream.add_bytes(container.SIGNATURE, b"s" * 64)
    stream.add_bytes("records/practice.jsonl.gz", os.urandom(1000))
    for number, path in enumerate(files):
        stream.add_file(_name(number), path)
    stream.add_bytes(container.CONFLICTS, b"")
    data = stream.read()
    scanned: dict[str, container.Member] = {}
    container.scan_archive(
        io.BytesIO(data),
        "x",
        container.DEFAULT_LIMITS,
        lambda member, _kept: scanned.__setitem__(member.name, member),
    )
    members, small, archive = _split(data, tmp_path / "split", pieces)
    assert {n: (m.size, m.sha256) for n, m in members.items()} == {
        n: (m.size, m.sha256) for n, m in scanned.items()
    }
    assert small == {container.MANIFEST: b'{"manifest": true}', container.SIGNATURE: b"s" * 64}
    for number, path in enumerate(files):  # the evidence, each in its own file
        member = members[_name(number)]
        assert member.path is not None
        assert member.path.read_bytes() == path.read_bytes()
    records = members["records/practice.jsonl.gz"]  # the rest, by offset in the archive
    with container.Slice(archive, records) as raw:
        assert hashlib.sha256(raw.read()).hexdigest() == records.sha256


def test_an_archive_cut_short_or_breaking_the_rules_is_refused_as_it_arrives(
    tmp_path: Path,
) -> None:
    from minga.sync.errors import MalformedBundleError

    stream = container.ArchiveStream()
    stream.add_bytes(container.MANIFEST, b"{}")
    stream.add_bytes(_name(1), os.urandom(5000))
    data = stream.read()
    with pytest.raises(MalformedBundleError, match="ends early"):
        _split(data[:3000], tmp_path / "corto", [])
    wrong_first = container.ArchiveStream()
    wrong_first.add_bytes(_name(1), b"foto")
    with pytest.raises(MalformedBundleError, match="manifest must come first"):
        _split(wrong_first.read(), tmp_path / "orden", [])


def test_the_hash_of_a_written_bundle_is_made_as_it_is_written(tmp_path: Path) -> None:
    pieces = [os.urandom(n) for n in (0, 1, 100, container.CHUNK, 3 * container.CHUNK + 5)]
    written = io.BytesIO()
    with container.HashingWriter(written) as hashed:
        for piece in pieces:
            hashed.write(piece)
        reused = bytearray(b"x" * 5000)
        hashed.write(reused)
        reused[:] = b"y" * 5000  # changed after the write: the hash has what was written
        hashed.write(memoryview(b"fin"))
    expected = b"".join(pieces) + b"x" * 5000 + b"fin"
    assert written.getvalue() == expected
    assert hashed.hexdigest() == hashlib.sha256(expected).hexdigest()
    assert hashed.size == len(expected)
