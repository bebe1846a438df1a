"""age v1 encryption to X25519 recipients, written with `cryptography` (OpenSSL).

The bytes are the format every Minga reads (age-encryption.org/v1, what pyrage writes
and reads: docs/bundle-format.md): the same header, stanzas, MAC and STREAM payload of
64 KiB ChaCha20-Poly1305 chunks. Only the writing moved here: pyrage encrypts at about
400 MB/s on the machines Minga runs on, OpenSSL's ChaCha20-Poly1305 about seven times
faster, which is most of the time the advisor's Minga spends on the consolidated
bundles of the monthly meeting. Reading (a bundle from another computer, hostile until
verified) stays with pyrage.

    age-encryption.org/v1
    -> X25519 <ephemeral share, base64 without padding>
    <file key wrapped for that recipient, base64>
    ... one stanza per recipient ...
    --- <HMAC-SHA-256 of the header up to "---", base64>
    <16-byte nonce><chunk 0><chunk 1>...<last chunk, flagged>
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import IO, Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

INTRO = b"age-encryption.org/v1\n"
X25519_INFO = b"age-encryption.org/v1/X25519"
CHUNK = 64 * 1024
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit in range(5):
            if (top >> bit) & 1:
                check ^= generator[bit]
    return check


def recipient_key(recipient: str) -> bytes:
    """The 32-byte X25519 public key of an `age1...` recipient (Bech32, checksum
    verified); ValueError for anything else."""
    hrp, separator, data = recipient.rpartition("1")
    if not separator or hrp != "age" or len(data) < 7 or any(c not in _BECH32 for c in data):
        raise ValueError("not an age X25519 recipient")
    values = [_BECH32.index(c) for c in data]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    if _polymod(expanded + values) != 1:
        raise ValueError("age recipient checksum")
    accumulator = bits = 0
    key = bytearray()
    for value in values[:-6]:
        accumulator = (accumulator << 5) | value
        bits += 5
        if bits >= 8:
            bits -= 8
            key.append((accumulator >> bits) & 0xFF)
    if bits >= 5 or (accumulator << (8 - bits)) & 0xFF or len(key) != 32:
        raise ValueError("age recipient length")
    return bytes(key)


def _stanza(file_key: bytes, recipient: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes(*_RAW)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    if not any(shared):  # a low-order point: refused, as age does
        raise ValueError("age recipient is not a usable X25519 key")
    wrap_key = _hkdf(shared, share + recipient, X25519_INFO)
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    return b"-> X25519 " + _b64(share) + b"\n" + _b64(body) + b"\n"


def _read_exact(plain: Any, size: int) -> bytes:
    data = plain.read(size)
    if data is None or len(data) == size or not data:
        return data or b""
    parts = bytearray(data)
    while len(parts) < size:
        more = plain.read(size - len(parts))
        if not more:
            break
        parts += more
    return bytes(parts)


def encrypt(plain: IO[bytes] | Any, out: IO[bytes] | Any, recipients: list[str]) -> None:
    """Streams `plain` into `out` as age ciphertext for the `age1...` recipients."""
    keys = [recipient_key(r) for r in recipients]
    if not keys:
        raise ValueError("no recipients")
    file_key = os.urandom(16)
    header = INTRO + b"".join(_stanza(file_key, key) for key in keys) + b"---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    nonce = os.urandom(16)
    out.write(header + b" " + _b64(mac) + b"\n" + nonce)
    stream = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter = 0
    chunk = _read_exact(plain, CHUNK)
    while True:
        # A chunk is the last one when nothing follows it (a full one too); an empty
        # plaintext is one empty last chunk.
        following = _read_exact(plain, CHUNK) if len(chunk) == CHUNK else b""
        last = not following
        flag = b"\x01" if last else b"\x00"
        out.write(stream.encrypt(counter.to_bytes(11, "big") + flag, chunk, None))
        if last:
            return
        chunk = following
        counter += 1
