"""age v1 files to and from X25519 keys, on `cryptography` (OpenSSL).

The bytes are the format every Minga reads and writes (age-encryption.org/v1, what
pyrage and the `age` tool read and write: docs/bundle-format.md): the header, stanzas,
MAC and STREAM payload of 64 KiB ChaCha20-Poly1305 chunks. pyrage encrypts and decrypts
at about 400 MB/s on the machines Minga runs on, OpenSSL's ChaCha20-Poly1305 several
times faster: that was most of the time the monthly meeting spent on the consolidated
bundles. The reader is strict (a bundle from another computer is hostile until
verified): a malformed header, a wrong MAC, a changed, cut or extended payload are
refused before or as their bytes are written out.

    age-encryption.org/v1
    -> X25519 <ephemeral share, base64 without padding>
    <file key wrapped for that recipient, base64>
    ... one stanza per recipient (others, e.g. grease, are skipped) ...
    --- <HMAC-SHA-256 of the header up to "---", base64>
    <16-byte nonce><chunk 0><chunk 1>...<last chunk, flagged>
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from typing import IO, Any

from cryptography.exceptions import InvalidTag
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


class NoMatchingKey(ValueError):
    """The file is not encrypted to this identity."""


class Damaged(ValueError):
    """The file is not a well-formed, unaltered age file."""


def recipient_key(recipient: str) -> bytes:
    """The 32-byte X25519 public key of an `age1...` recipient (Bech32, checksum
    verified); ValueError for anything else."""
    return _bech32_key(recipient, "age")


def identity_key(identity: str) -> bytes:
    """The 32-byte X25519 secret of an `AGE-SECRET-KEY-1...` identity."""
    if identity != identity.upper():
        raise ValueError("not an age X25519 identity")
    return _bech32_key(identity.lower(), "age-secret-key-")


def _bech32_key(text: str, expected: str) -> bytes:
    hrp, separator, data = text.rpartition("1")
    if not separator or hrp != expected or len(data) < 7 or any(c not in _BECH32 for c in data):
        raise ValueError("not an age X25519 key")
    values = [_BECH32.index(c) for c in data]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    if _polymod(expanded + values) != 1:
        raise ValueError("age key checksum")
    accumulator = bits = 0
    key = bytearray()
    for value in values[:-6]:
        accumulator = (accumulator << 5) | value
        bits += 5
        if bits >= 8:
            bits -= 8
            key.append((accumulator >> bits) & 0xFF)
    if bits >= 5 or (accumulator << (8 - bits)) & 0xFF or len(key) != 32:
        raise ValueError("age key length")
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


# --- reading ---------------------------------------------------------------------------

MAX_HEADER = 1024 * 1024  # far beyond one stanza per member of a microcentre
_B64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


class _Input:
    """Reads `raw` in large blocks; lines for the header, exact sizes for the payload."""

    def __init__(self, raw: Any):
        self._raw = raw
        self._buffer = bytearray()
        self._eof = False

    def _fill(self, size: int) -> None:
        while len(self._buffer) < size and not self._eof:
            data = self._raw.read(max(size - len(self._buffer), 1024 * 1024))
            if not data:
                self._eof = True
            else:
                self._buffer += data

    def line(self, limit: int = 4096) -> bytes:
        """One header line with its newline; Damaged for a longer or unfinished one."""
        while True:
            end = self._buffer.find(b"\n", 0, limit)
            if end >= 0:
                line = bytes(self._buffer[: end + 1])
                del self._buffer[: end + 1]
                return line
            if len(self._buffer) >= limit or self._eof:
                raise Damaged("header line")
            self._fill(len(self._buffer) + 1)

    def read(self, size: int) -> bytes:
        """`size` bytes, fewer only at the end."""
        if len(self._buffer) >= size:  # what the header's reading brought in
            with memoryview(self._buffer) as view:
                data = bytes(view[:size])
            del self._buffer[:size]
            return data
        parts = [bytes(self._buffer)] if self._buffer else []
        self._buffer.clear()
        left = size - (len(parts[0]) if parts else 0)
        while left and not self._eof:
            data = self._raw.read(left)
            if not data:
                self._eof = True
                break
            parts.append(data)
            left -= len(data)
        return parts[0] if len(parts) == 1 else b"".join(parts)


def _unb64(text: bytes, size: int | None = None) -> bytes:
    """Canonical base64 without padding (as age writes it); Damaged otherwise."""
    if not text or any(c not in _B64 for c in text) or len(text) % 4 == 1:
        raise Damaged("base64")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise Damaged("base64") from None
    if _b64(data) != text or (size is not None and len(data) != size):
        raise Damaged("base64")
    return data


def _stanza_lines(src: _Input, first: bytes) -> tuple[list[bytes], bytes]:
    """(arguments, body) of the stanza whose first line is `first`; the header bytes
    are `first` and the body lines, as read."""
    arguments = first[3:-1].split(b" ")
    if not all(a and all(0x21 <= c <= 0x7E for c in a) for a in arguments):
        raise Damaged("stanza")
    lines = []
    while True:
        line = src.line(66)
        body = line[:-1]
        if len(body) > 64 or any(c not in _B64 for c in body):
            raise Damaged("stanza body")
        lines.append(line)
        if len(body) < 64:
            break
    return arguments, b"".join(lines)


def _unwrap(
    arguments: list[bytes], body: bytes, secret: X25519PrivateKey, public: bytes
) -> bytes | None:
    """The file key from an X25519 stanza meant for `secret`, None when it is not."""
    if len(arguments) != 2:
        raise Damaged("X25519 stanza")
    share = _unb64(arguments[1], 32)
    wrapped = _unb64(body[:-1], 32) if body != b"\n" else b""
    if len(wrapped) != 32:
        raise Damaged("X25519 stanza")
    try:
        shared = secret.exchange(X25519PublicKey.from_public_bytes(share))
    except ValueError:
        raise Damaged("X25519 share") from None
    if not any(shared):
        raise Damaged("X25519 share")
    wrap_key = _hkdf(shared, share + public, X25519_INFO)
    try:
        return ChaCha20Poly1305(wrap_key).decrypt(bytes(12), wrapped, None)
    except InvalidTag:
        return None


def decrypt(ciphertext: Any, out: IO[bytes] | Any, identity: str) -> None:
    """Streams the age file read from `ciphertext` into `out`, decrypted with the
    `AGE-SECRET-KEY-1...` identity. NoMatchingKey when it is not for this identity,
    Damaged for anything malformed or altered (what was written before the damaged
    chunk is in `out`: the caller discards it)."""
    secret = X25519PrivateKey.from_private_bytes(identity_key(identity))
    public = secret.public_key().public_bytes(*_RAW)
    src = _Input(ciphertext)
    if src.line(len(INTRO)) != INTRO:
        raise Damaged("not age v1")
    header = bytearray(INTRO)
    file_key = None
    while True:
        line = src.line()
        if line.startswith(b"--- "):
            header += b"---"
            mac = _unb64(line[4:-1], 32)
            break
        if not line.startswith(b"-> "):
            raise Damaged("header")
        arguments, body = _stanza_lines(src, line)
        header += line + body
        if len(header) > MAX_HEADER:
            raise Damaged("header too long")
        if arguments[0] == b"X25519" and file_key is None:
            file_key = _unwrap(arguments, body, secret, public)
    if file_key is None:
        raise NoMatchingKey("no stanza for this identity")
    expected = hmac.new(_hkdf(file_key, b"", b"header"), bytes(header), hashlib.sha256).digest()
    if not hmac.compare_digest(mac, expected):
        raise Damaged("header MAC")
    nonce = src.read(16)
    if len(nonce) != 16:
        raise Damaged("payload nonce")
    stream = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    sealed = CHUNK + 16
    counter = 0
    chunk = src.read(sealed)
    while True:
        following = src.read(sealed) if len(chunk) == sealed else b""
        last = not following
        flag = b"\x01" if last else b"\x00"
        try:
            plain = stream.decrypt(counter.to_bytes(11, "big") + flag, chunk, None)
        except InvalidTag:
            raise Damaged("payload chunk") from None
        if last and not plain and counter:  # an empty last chunk only for an empty file
            raise Damaged("empty last chunk")
        out.write(plain)
        if last:
            return
        chunk = following
        counter += 1
