"""Bundles are encrypted and decrypted by Minga's own age v1 code (OpenSSL's
ChaCha20-Poly1305), in the format pyrage (earlier Mingas) writes and reads: what it
writes opens with pyrage for every recipient and no one else, what pyrage writes
(grease stanzas included) opens with it, both readers refuse any change, cut or
addition, a malformed header is refused, and bundles written by either writer import.
Real keys, real bundles."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from minga.sync import age_v1, container
from minga.sync.errors import DamagedBundleError, NotForYouError
from tests.sync.conftest import Network, open_bundle

CHUNK = age_v1.CHUNK
SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5]


@pytest.fixture(scope="module")
def identities() -> list[x25519.Identity]:
    return [x25519.Identity.generate() for _ in range(3)]


def _sealed(data: bytes, identities: list[x25519.Identity]) -> bytes:
    out = io.BytesIO()
    container.encrypt(io.BytesIO(data), out, [str(i.to_public()) for i in identities])
    return out.getvalue()


def _open(ciphertext: bytes, identity: x25519.Identity, reader=container.decrypt) -> bytes:
    out = io.BytesIO()
    reader(io.BytesIO(ciphertext), out, str(identity), "paquete.minga")
    return out.getvalue()


READERS = [container.decrypt, container.decrypt_with_pyrage]


@pytest.mark.parametrize("size", SIZES)
def test_pyrage_reads_it_for_every_recipient_and_no_one_else(
    identities: list[x25519.Identity], size: int
) -> None:
    data = os.urandom(size)
    sealed = _sealed(data, identities)
    assert sealed.startswith(b"age-encryption.org/v1\n-> X25519 ")
    for identity in identities:
        assert pyrage.decrypt(sealed, [identity]) == data
        assert _open(sealed, identity) == data
    with pytest.raises(NotForYouError):
        _open(sealed, x25519.Identity.generate())


@pytest.mark.parametrize("size", SIZES)
def test_it_reads_what_pyrage_writes_for_every_recipient_and_no_one_else(
    identities: list[x25519.Identity], size: int
) -> None:
    data = os.urandom(size)
    sealed = pyrage.encrypt(data, [i.to_public() for i in identities])
    assert sealed.count(b"\n-> ") > len(identities)  # pyrage adds a grease stanza
    for identity in identities:
        assert _open(sealed, identity) == data
    with pytest.raises(NotForYouError):
        _open(sealed, x25519.Identity.generate())


def test_the_same_content_is_never_sealed_the_same_way(
    identities: list[x25519.Identity],
) -> None:
    data = os.urandom(1000)
    assert _sealed(data, identities[:1]) != _sealed(data, identities[:1])


def _payload_start(sealed: bytes) -> int:
    return sealed.index(b"\n--- ") + len(b"\n--- ") + 43 + 1 + 16


@pytest.mark.parametrize(
    "damage",
    [
        "header",  # a byte of a stanza: the header's MAC no longer matches
        "mac",
        "payload",
        "last chunk dropped",  # cut at a chunk boundary: the new last one is not flagged
        "bytes added",
        "cut short",
    ],
)
@pytest.mark.parametrize("reader", READERS, ids=["minga", "pyrage"])
def test_any_change_cut_or_addition_is_refused(
    identities: list[x25519.Identity], damage: str, reader
) -> None:
    sealed = bytearray(_sealed(os.urandom(2 * CHUNK + 100), identities[:1]))
    mac = sealed.index(b"\n--- ") + len(b"\n--- ")
    if damage == "header":
        sealed[30] ^= 1
    elif damage == "mac":
        sealed[mac + 2] = ord("A") if sealed[mac + 2] != ord("A") else ord("B")
    elif damage == "payload":
        sealed[_payload_start(bytes(sealed)) + CHUNK] ^= 1
    elif damage == "last chunk dropped":
        sealed = sealed[: _payload_start(bytes(sealed)) + 2 * (CHUNK + 16)]
    elif damage == "bytes added":
        sealed += b"\x00" * 17
    else:
        sealed = sealed[:-1]
    with pytest.raises((DamagedBundleError, NotForYouError)):
        _open(bytes(sealed), identities[0], reader)


def _header_variants(sealed: bytes) -> dict[str, bytes]:
    intro, rest = sealed.split(b"\n", 1)
    stanza_end = rest.index(b"\n", rest.index(b"\n") + 1) + 1
    stanza, tail = rest[:stanza_end], rest[stanza_end:]
    arguments, body = stanza.split(b"\n", 1)
    return {
        "another version": b"age-encryption.org/v2\n" + rest,
        "no header end": intro + b"\n" + stanza,
        "a stanza without its body": intro + b"\n" + arguments + b"\n" + tail,
        "padded base64": intro + b"\n" + arguments + b"=\n" + body + tail,
        "a short share": intro + b"\n" + arguments[:-2] + b"\n" + body + tail,
        "a space too many": intro + b"\n" + arguments.replace(b" ", b"  ", 1) + b"\n" + body + tail,
        "an endless line": intro + b"\n-> " + b"x" * 10_000 + b"\n",
        "endless stanzas": intro + b"\n" + b"-> grease\n\n" * 200_000 + tail,
        "empty": b"",
    }


@pytest.mark.parametrize(
    "variant",
    [
        "another version",
        "no header end",
        "a stanza without its body",
        "padded base64",
        "a short share",
        "a space too many",
        "an endless line",
        "endless stanzas",
        "empty",
    ],
)
def test_a_malformed_header_is_refused(identities: list[x25519.Identity], variant: str) -> None:
    sealed = _sealed(os.urandom(100), identities[:1])
    with pytest.raises((DamagedBundleError, NotForYouError)):
        _open(_header_variants(sealed)[variant], identities[0])


@pytest.mark.parametrize(
    "text",
    [
        "age1",
        "age1qqqqqqq",
        "AGE1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQS3290GQ",
        "bge1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq",
    ],
)
def test_a_malformed_recipient_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="age"):
        age_v1.recipient_key(text)


def test_an_identity_is_read_from_its_text(identities: list[x25519.Identity]) -> None:
    assert len(age_v1.identity_key(str(identities[0]))) == 32
    with pytest.raises(ValueError, match="age"):
        age_v1.identity_key(str(identities[0]).lower())
    with pytest.raises(ValueError, match="age"):
        age_v1.identity_key(str(identities[0].to_public()))


def test_a_recipient_with_a_wrong_checksum_is_refused(
    identities: list[x25519.Identity],
) -> None:
    good = str(identities[0].to_public())
    assert len(age_v1.recipient_key(good)) == 32
    last = "p" if good[-1] != "p" else "q"
    with pytest.raises(ValueError, match="age"):
        age_v1.recipient_key(good[:-1] + last)


def test_bundles_written_by_either_writer_import(
    network: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "foto.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(3 * CHUNK + 9))
    practice = network.ana.add_practice("Huerto escolar")
    network.ana.practices.attach(practice, photo)
    new = network.ana.export(tmp_path / "nuevo.minga")
    # The writer of earlier Mingas (pyrage's), for a bundle made before this one.
    monkeypatch.setattr(container, "encrypt", container.encrypt_with_pyrage)
    network.ana.add_practice("Feria de ciencias")
    old = network.ana.export(tmp_path / "anterior.minga", full=True)
    monkeypatch.undo()

    secret = network.advisor.keys().encryption_secret
    assert set(open_bundle(new, secret)) <= set(open_bundle(old, secret))
    first = network.advisor.import_(old)
    assert first.attachments == 1
    assert "Feria de ciencias" in network.advisor.titles()
    second = network.advisor.import_(new)
    assert second.totals.new == 0  # the older bundle carried everything already


def test_an_earlier_mingas_reading_opens_a_new_bundle(network: Network, tmp_path: Path) -> None:
    """The steps of the importer before this change, on a bundle written now: pyrage's
    decryption into an archive file, the strict reader over it, every member the signed
    manifest lists, with its hash."""
    import json

    photo = tmp_path / "foto.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2 * CHUNK + 3))
    practice = network.ana.add_practice("Huerto escolar")
    network.ana.practices.attach(practice, photo)
    bundle = network.ana.export(tmp_path / "nuevo.minga")
    archive = tmp_path / "archive.tar"
    with bundle.open("rb") as handle, archive.open("wb") as out:
        kind, version = container.read_prefix(handle, bundle.name)
        assert (kind, version) == ("bundle", container.FORMAT_VERSION)
        container.decrypt_with_pyrage(
            handle, out, network.advisor.keys().encryption_secret, bundle.name
        )
    found: dict[str, tuple[int, str]] = {}
    small: dict[str, bytes] = {}

    def on_member(member: container.Member, data: bytes | None) -> None:
        found[member.name] = (member.size, member.sha256)
        if data is not None:
            small[member.name] = data

    with archive.open("rb") as tar:
        container.scan_archive(tar, bundle.name, container.DEFAULT_LIMITS, on_member)
    listed = json.loads(small[container.MANIFEST])["members"]
    assert {n: tuple(v) for n, v in found.items() if n in listed} == {
        n: (m["size"], m["sha256"]) for n, m in listed.items()
    }
    assert set(found) == set(listed) | {container.MANIFEST, container.SIGNATURE}
