"""The bytes of a bundle: cleartext prefix, age encryption, a strict TAR, parts.

    MINGA-BUNDLE 1\\n            the prefix: recognisable, and a newer format is refused
    <age v1 binary ciphertext>  age-encryption.org/v1 to the recipients' X25519 keys
        plaintext: a POSIX ustar archive (no compression of the archive itself)

The archive is read by a strict reader of our own rather than `tarfile`: only regular
files in plain ustar headers, names from a fixed list (so nothing can point outside),
sizes checked against limits *before* a byte of data is read, and every member hashed as
it is read. Anything else (links, directories, pax or GNU extensions, absolute or `..`
names, duplicates) is refused. See docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib
import io
import re
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from minga.core.files import atomic_output
from minga.sync.errors import (
    DamagedBundleError,
    MalformedBundleError,
    MissingPartError,
    NewerFormatError,
    NewerFormatRequiresError,
    NotABundleError,
    NotForYouError,
)

FORMAT_VERSION = 1
BUNDLE_MAGIC = b"MINGA-BUNDLE"
INVITATION_MAGIC = b"MINGA-INVITATION"
PREFIX_MAX = 64
BLOCK = 512
CHUNK = 1024 * 1024
PART_RE = re.compile(r"^(?P<base>.+)\.(?P<number>[0-9]{3})$")

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CONFLICTS = "conflicts.jsonl.gz"
RECORDS_RE = re.compile(r"^records/(?P<kind>[a-z_]{1,40})\.jsonl\.gz$")
ATTACHMENT_RE = re.compile(r"^attachments/(?P<sha256>[0-9a-f]{64})$")


@dataclass(frozen=True)
class Limits:
    """What an incoming bundle may hold. Generous for real use, bounded for safety."""

    max_total_bytes: int = 8 * 1024**3  # the whole decrypted archive
    max_members: int = 50_000
    max_manifest_bytes: int = 16 * 1024**2
    max_signature_bytes: int = 256
    max_records_bytes: int = 2 * 1024**3  # one compressed records member
    max_plain_bytes: int = 4 * 1024**3  # one records member once decompressed
    max_ratio: int = 100  # decompressed / compressed, beyond the first MiB
    max_line_bytes: int = 4 * 1024**2  # one record
    max_attachment_bytes: int = 25 * 1024**2

    def member_limit(self, name: str) -> int:
        if name == MANIFEST:
            return self.max_manifest_bytes
        if name == SIGNATURE:
            return self.max_signature_bytes
        if name.startswith("attachments/"):
            return self.max_attachment_bytes
        return self.max_records_bytes


DEFAULT_LIMITS = Limits()


def member_kind(name: str) -> str | None:
    """'manifest', 'signature', 'records', 'conflicts', 'attachment', or None if unknown."""
    if name == MANIFEST:
        return "manifest"
    if name == SIGNATURE:
        return "signature"
    if name == CONFLICTS:
        return "conflicts"
    if RECORDS_RE.match(name):
        return "records"
    if ATTACHMENT_RE.match(name):
        return "attachment"
    return None


# --- prefix ---------------------------------------------------------------------------


def prefix(magic: bytes = BUNDLE_MAGIC, version: int = FORMAT_VERSION) -> bytes:
    return magic + b" " + str(version).encode("ascii") + b"\n"


def read_prefix(handle: IO[bytes], name: str) -> tuple[str, int]:
    """('bundle' | 'invitation', format version) from the first line of a file.

    Refuses a file that is not ours, and one made by a newer format, before anything
    else is read.
    """
    line = handle.readline(PREFIX_MAX)
    match = re.match(rb"^(MINGA-BUNDLE|MINGA-INVITATION) ([0-9]{1,6})\n$", line)
    if not match:
        raise NotABundleError(name=name)
    kind = "bundle" if match.group(1) == BUNDLE_MAGIC else "invitation"
    version = int(match.group(2))
    if version < 1:
        raise NotABundleError(name=name)
    if version > FORMAT_VERSION:
        # A later format names the Minga it needs on the next cleartext line
        # (`MINGA-REQUIRES 2.0`), so this one can say which version to install.
        required = re.match(
            rb"^MINGA-REQUIRES ([0-9]{1,4}(\.[0-9]{1,4}){1,2})\n$", handle.readline(64)
        )
        if required:
            raise NewerFormatRequiresError(
                name=name, version=version, required=required.group(1).decode("ascii")
            )
        raise NewerFormatError(name=name, version=version)
    return kind, version


# --- parts ----------------------------------------------------------------------------


def group_inputs(paths: list[Path]) -> list[list[Path]]:
    """The files given on the command line, grouped into bundles (parts together)."""
    groups: dict[Path, list[Path]] = {}
    order: list[Path] = []
    for path in paths:
        match = PART_RE.match(path.name)
        key = path.with_name(match.group("base")) if match else path
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(path)
    return [groups[key] for key in order]


def resolve_parts(paths: list[Path]) -> list[Path]:
    """The files of one bundle, in order: one whole file, or parts `.001`, `.002`...

    Given any part (or several), the parts are collected from `.001` upwards in the same
    folder; a part named but not reachable that way is reported missing.
    """
    first = paths[0]
    match = PART_RE.match(first.name)
    if len(paths) == 1 and not match:
        return [first]
    if not match:
        return paths
    base = match.group("base")
    wanted = set()
    for path in paths:
        part = PART_RE.match(path.name)
        if part is None or part.group("base") != base:
            raise NotABundleError(name=path.name)
        wanted.add(int(part.group("number")))
    found: list[Path] = []
    number = 1
    while True:
        candidate = first.with_name(f"{base}.{number:03d}")
        if not candidate.exists():
            break
        found.append(candidate)
        number += 1
    if not found:
        raise MissingPartError(part="001", name=base)
    if max(wanted) > len(found):
        raise MissingPartError(part=f"{len(found) + 1:03d}", name=base)
    return found


class ChainReader(io.RawIOBase):
    """Reads several files as one (the parts of a split bundle)."""

    def __init__(self, paths: list[Path], on_read: Callable[[int], None] | None = None):
        self._paths = list(paths)
        self._handle: io.BufferedReader | None = None
        self._on_read = on_read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if self._handle is None:
                if not self._paths:
                    return 0
                self._handle = open(self._paths.pop(0), "rb")  # noqa: SIM115 (closed below)
            count = self._handle.readinto(buffer)
            if count:
                if self._on_read:
                    self._on_read(count)
                return count
            self._handle.close()
            self._handle = None

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        super().close()


def split_file(path: Path, part_bytes: int) -> list[Path]:
    """Cuts a finished bundle into `path.001`, `path.002`... and removes `path`.

    Parts left by an earlier, longer bundle of the same name are removed, so they can
    never be mistaken for the end of this one.
    """
    total = path.stat().st_size
    count = max(1, -(-total // part_bytes))
    parts: list[Path] = []
    with path.open("rb") as source:
        for number in range(1, count + 1):
            target = path.with_name(f"{path.name}.{number:03d}")
            left = min(part_bytes, total - (number - 1) * part_bytes)
            with atomic_output(target) as out:
                while left:
                    data = source.read(min(CHUNK, left))
                    if not data:
                        raise OSError(f"{path} changed while it was being split")
                    out.write(data)
                    left -= len(data)
            parts.append(target)
    stale = count + 1
    while (old := path.with_name(f"{path.name}.{stale:03d}")).exists():
        old.unlink()
        stale += 1
    path.unlink()
    return parts


# --- age ------------------------------------------------------------------------------


def encrypt(
    plain: IO[bytes] | io.RawIOBase, out: IO[bytes] | io.RawIOBase, recipients: list[str]
) -> None:
    """Streams `plain` into `out` as age ciphertext for the given `age1...` recipients.

    Written by `minga.sync.age_v1` (OpenSSL's ChaCha20-Poly1305, several times
    faster than pyrage's), the same format pyrage writes; the recipients are checked by
    pyrage first, as before. Errors reading `plain` or writing `out` (a full USB stick)
    come back as they were raised."""
    from pyrage import x25519

    from minga.sync import age_v1

    for recipient in recipients:
        x25519.Recipient.from_str(recipient)
    age_v1.encrypt(plain, out, recipients)


def encrypt_with_pyrage(
    plain: IO[bytes] | io.RawIOBase, out: IO[bytes] | io.RawIOBase, recipients: list[str]
) -> None:
    """`encrypt` as Minga wrote bundles before (pyrage's writer): kept so the tests show
    that both write what every Minga reads.

    An error raised while reading `plain` (an `ArchiveStream` whose evidence file went
    missing) comes back as itself, not wrapped in the encryption library's error."""
    import pyrage
    from pyrage import x25519

    watched = _Watched(plain, None)
    try:
        pyrage.encrypt_io(watched, out, [x25519.Recipient.from_str(r) for r in recipients])
    except pyrage.EncryptError as exc:
        if watched.interrupted is not None:
            raise watched.interrupted from None
        # pyrage wraps the write's OSError (a full USB stick) in its own error: give it
        # back as an OSError so the caller says "could not be written" in a sentence.
        found = re.search(r"\[Errno (\d+)\] ([^\n]*)", str(exc))
        if found is None:
            raise
        raise OSError(int(found.group(1)), found.group(2)) from exc


class _Watched(io.RawIOBase):
    """A reader that reports progress and lets the caller cancel between reads."""

    def __init__(self, inner: IO[bytes] | io.RawIOBase, on_read: Callable[[int], None] | None):
        self._inner = inner
        self._on_read = on_read
        self.interrupted: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            count = self._inner.readinto(buffer)  # type: ignore[union-attr]
            if self._on_read and count:
                self._on_read(count)
            return count
        except BaseException as exc:  # re-raised by `decrypt` (the Rust side hides it)
            self.interrupted = exc
            raise


def decrypt(
    ciphertext: IO[bytes],
    out: IO[bytes],
    identity_secret: str,
    name: str,
    on_read: Callable[[int], None] | None = None,
) -> None:
    """Streams age ciphertext into `out`; refusals become sentences.

    Read by `minga.sync.age_v1` (OpenSSL's ChaCha20-Poly1305; pyrage's reader is
    `decrypt_with_pyrage`). An error raised by `out` (the archive's own refusal, a full
    disk) or while reading (a cancel) comes back as it was raised."""
    from minga.sync import age_v1

    try:
        age_v1.decrypt(_Watched(ciphertext, on_read), out, identity_secret)
    except age_v1.NoMatchingKey as exc:
        raise NotForYouError(name=name) from exc
    except age_v1.Damaged as exc:
        raise DamagedBundleError(name=name) from exc


def decrypt_with_pyrage(
    ciphertext: IO[bytes],
    out: IO[bytes],
    identity_secret: str,
    name: str,
    on_read: Callable[[int], None] | None = None,
) -> None:
    """`decrypt` with pyrage's reader, as Minga read bundles before (kept for the tests
    that show both readers agree)."""
    import pyrage
    from pyrage import x25519

    identity = x25519.Identity.from_str(identity_secret)
    watched = _Watched(ciphertext, on_read)
    try:
        pyrage.decrypt_io(watched, out, [identity])
    except Exception as exc:
        if watched.interrupted is not None:
            raise watched.interrupted from None
        if "no matching keys" in str(exc).lower():
            raise NotForYouError(name=name) from exc
        raise DamagedBundleError(name=name) from exc


# --- the archive ----------------------------------------------------------------------


def _tar_header(name: str, size: int) -> bytes:
    """The ustar header `ArchiveWriter` writes for a member (no owner, time 0)."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o644
    info.mtime = 0
    info.uname = info.gname = ""
    return info.tobuf(tarfile.USTAR_FORMAT, tarfile.ENCODING, "surrogateescape")


class ArchiveStream(io.RawIOBase):
    """The archive `ArchiveWriter` would write, byte for byte, made as it is read.

    The exporter hands it straight to `encrypt`: no archive file is written and read
    back, and evidence files are read in large blocks (CHUNK). Members are added before
    the first read; a file that shrank since it was added raises OSError."""

    def __init__(self) -> None:
        self._entries: list[tuple[str, bytes | Path, int]] = []
        self._pieces: Any = None
        self._piece = memoryview(b"")

    def readable(self) -> bool:
        return True

    def add_bytes(self, name: str, data: bytes) -> None:
        self._entries.append((name, bytes(data), len(data)))

    def add_file(self, name: str, path: Path) -> None:
        self._entries.append((name, Path(path), Path(path).stat().st_size))

    def _generate(self) -> Any:
        offset = 0
        for name, source, size in self._entries:
            yield _tar_header(name, size)
            if isinstance(source, bytes):
                yield source
            else:
                with source.open("rb", buffering=0) as handle:
                    left = size
                    while left:
                        data = handle.read(min(CHUNK, left))
                        if not data:
                            raise OSError(f"{source} changed while it was being sent")
                        yield data
                        left -= len(data)
            padding = (-size) % BLOCK
            if padding:
                yield b"\x00" * padding
            offset += BLOCK + size + padding
        # The end: two zero blocks, then zeros up to a whole tar record (as tarfile).
        offset += 2 * BLOCK
        yield b"\x00" * (2 * BLOCK + (-offset) % tarfile.RECORDSIZE)

    def readinto(self, buffer: Any) -> int:
        if self._pieces is None:
            self._pieces = self._generate()
        while not self._piece:
            piece = next(self._pieces, None)
            if piece is None:
                return 0
            self._piece = memoryview(piece)
        count = min(len(buffer), len(self._piece))
        buffer[:count] = self._piece[:count]
        self._piece = self._piece[count:]
        return count


class HashingWriter(io.RawIOBase):
    """Passes writes on to `inner` and hashes them (SHA-256 of everything written), so
    a bundle's hash is known without reading it again. (Hashing on a thread of its own
    was tried: no measurable gain, the interpreter's lock is shared with the
    encryption.)"""

    def __init__(self, inner: IO[bytes]):
        self._inner = inner
        self._digest = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._digest.update(data)
        written = self._inner.write(data)
        if written != len(data):
            raise OSError(f"short write ({written} of {len(data)} bytes)")
        self.size += written
        return written

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


class ArchiveWriter:
    """A plain ustar archive of files, names and order as given, no owner or time."""

    def __init__(self, out: IO[bytes]):
        self._tar = tarfile.open(  # noqa: SIM115 (closed by close())
            fileobj=out, mode="w|", format=tarfile.USTAR_FORMAT
        )

    def add_bytes(self, name: str, data: bytes) -> None:
        self.add_stream(name, io.BytesIO(data), len(data))

    def add_file(self, name: str, path: Path) -> None:
        with path.open("rb") as handle:
            self.add_stream(name, handle, path.stat().st_size)

    def add_stream(self, name: str, handle: IO[bytes], size: int) -> None:
        info = tarfile.TarInfo(name)
        info.size = size
        info.mode = 0o644
        info.mtime = 0
        info.uname = info.gname = ""
        self._tar.addfile(info, handle)

    def close(self) -> None:
        self._tar.close()


@dataclass(frozen=True)
class Member:
    name: str
    offset: int  # of the data in the archive file (-1: in its own file, `path`)
    size: int
    sha256: str
    path: Path | None = None  # an evidence file the `ArchiveSplitter` wrote apart


def _octal(field: bytes) -> int:
    text = field.rstrip(b"\x00 ").lstrip(b" ")
    if not text or not re.fullmatch(rb"[0-7]+", text):
        raise ValueError("bad number")
    return int(text, 8)


def _header(block: bytes) -> tuple[str, int]:
    """(name, size) of a ustar header block, or ValueError for anything else."""
    if block[257:262] != b"ustar":
        raise ValueError("not a ustar header")
    stored = _octal(block[148:156])
    computed = sum(block[:148]) + 8 * 32 + sum(block[156:])
    if stored != computed:
        raise ValueError("header checksum")
    if block[156:157] not in (b"0", b"\x00"):
        raise ValueError("not a regular file")
    if block[345:500].strip(b"\x00"):
        raise ValueError("long names are not used")
    raw_name = block[0:100].split(b"\x00", 1)[0]
    try:
        name = raw_name.decode("ascii")
    except UnicodeDecodeError:
        raise ValueError("name is not ASCII") from None
    return name, _octal(block[124:136])


class _Admission:
    """The rules every member header must pass, before a byte of its data is read:
    a plain ustar header, a name from the fixed list, not twice, the manifest first,
    within the limits of count and size."""

    def __init__(self, name: str, limits: Limits):
        self.name = name
        self.limits = limits
        self.seen: set[str] = set()
        self.total = 0

    def refuse(self, detail: str) -> MalformedBundleError:
        return MalformedBundleError(name=self.name, detail=detail)

    def header(self, block: bytes) -> tuple[str, int, str]:
        """(member name, size, kind) of a header block, or MalformedBundleError."""
        try:
            member_name, size = _header(block)
        except ValueError as exc:
            raise self.refuse(f"archive header: {exc}") from None
        kind = member_kind(member_name)
        if kind is None:
            raise self.refuse(f"unexpected member {member_name[:80]!r}")
        if member_name in self.seen:
            raise self.refuse(f"member {member_name} appears twice")
        if not self.seen and kind != "manifest":
            raise self.refuse("the manifest must come first")
        self.seen.add(member_name)
        if len(self.seen) > self.limits.max_members:
            raise self.refuse("too many members")
        if size > self.limits.member_limit(member_name):
            raise self.refuse(f"member {member_name} is too large")
        self.total += size
        if self.total > self.limits.max_total_bytes:
            raise self.refuse("the archive is too large")
        return member_name, size, kind


def scan_archive(
    handle: IO[bytes],
    name: str,
    limits: Limits,
    on_member: Callable[[Member, bytes | None], None],
    check: Callable[[], None] | None = None,
) -> None:
    """Reads every member of the archive in `handle`, hashing it, within `limits`.

    `on_member(member, data)` is called for each one in order; `data` holds the bytes of
    the two small members (manifest and signature), None for the others (read them later
    by offset). Raises MalformedBundleError for anything outside the format.
    """

    def refuse(detail: str) -> MalformedBundleError:
        return MalformedBundleError(name=name, detail=detail)

    admitted = _Admission(name, limits)
    offset = 0
    while True:
        block = handle.read(BLOCK)
        offset += len(block)
        if len(block) < BLOCK:
            raise refuse("the archive ends early")
        if block == b"\x00" * BLOCK:
            return
        member_name, size, kind = admitted.header(block)
        digest = hashlib.sha256()
        keep = kind in ("manifest", "signature")
        kept = bytearray()
        left = size
        while left:
            data = handle.read(min(CHUNK, left))
            if not data:
                raise refuse("the archive ends early")
            digest.update(data)
            if keep:
                kept += data
            left -= len(data)
            if check:
                check()
        padding = (-size) % BLOCK
        if padding and len(handle.read(padding)) != padding:
            raise refuse("the archive ends early")
        on_member(
            Member(member_name, offset, size, digest.hexdigest()), bytes(kept) if keep else None
        )
        offset += size + padding


class ArchiveSplitter(io.RawIOBase):
    """Reads the archive as the decryption writes it, by the rules of `scan_archive`
    (the same refusals, before a byte of a member's data is kept), hashing every member:
    the evidence files go each to its own file in `folder` (later renamed into the
    store: no copy out of an archive, no second reading), the rest into the archive
    file `out`, whose members `on_member` gets with their offsets there, or with their
    `path` for evidence. Wrap it in a `io.BufferedWriter` so it sees large writes.
    `finish()` after the last write; `error` holds a refusal the decryption hid."""

    def __init__(
        self,
        out: IO[bytes],
        folder: Path,
        name: str,
        limits: Limits,
        on_member: Callable[[Member, bytes | None], None],
    ):
        self._out = out
        self._folder = folder
        self._admitted = _Admission(name, limits)
        self._on_member = on_member
        self._written = 0  # bytes of the archive file `out`
        self._block = bytearray()  # the header being received
        self._current: tuple[str, int, str] | None = None
        self._left = 0  # data bytes of the current member still to come
        self._padding = 0
        self._digest: Any = None
        self._kept: bytearray | None = None
        self._file: IO[bytes] | None = None
        self._path: Path | None = None
        self._offset = 0
        self._ended = False
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        try:
            self._take(memoryview(data))
        except BaseException as exc:
            self.error = exc
            raise
        return len(data)

    def _take(self, view: memoryview) -> None:
        while view and not self._ended:  # what follows the end is not read (as scan)
            if self._current is None:
                need = BLOCK - len(self._block)
                self._block += view[:need]
                view = view[need:]
                if len(self._block) == BLOCK:
                    self._begin(bytes(self._block))
                    self._block.clear()
            elif self._left:
                piece = view[: self._left]
                view = view[len(piece) :]
                self._left -= len(piece)
                self._digest.update(piece)
                if self._kept is not None:
                    self._kept += piece
                (self._file or self._out).write(piece)
                self._written += 0 if self._file else len(piece)
                if not self._left and not self._padding:
                    self._end_member()
            else:
                piece = view[: self._padding]
                view = view[len(piece) :]
                self._padding -= len(piece)
                if self._file is None:
                    self._out.write(piece)
                    self._written += len(piece)
                if not self._padding:
                    self._end_member()

    def _begin(self, block: bytes) -> None:
        if block == b"\x00" * BLOCK:
            self._ended = True
            return
        member_name, size, kind = self._admitted.header(block)
        self._current = (member_name, size, kind)
        self._left, self._padding = size, (-size) % BLOCK
        self._digest = hashlib.sha256()
        self._kept = bytearray() if kind in ("manifest", "signature") else None
        if kind == "attachment":
            self._path = self._folder / f"{len(self._admitted.seen):06d}"
            self._file = self._path.open("wb", buffering=CHUNK)
            self._offset = -1
        else:
            self._out.write(block)
            self._written += BLOCK
            self._offset = self._written
        if not size:
            self._end_member()

    def _end_member(self) -> None:
        assert self._current is not None
        member_name, size, _kind = self._current
        if self._file is not None:
            self._file.close()
            self._file = None
        member = Member(member_name, self._offset, size, self._digest.hexdigest(), self._path)
        kept = bytes(self._kept) if self._kept is not None else None
        self._current, self._path, self._kept = None, None, None
        self._on_member(member, kept)

    def finish(self) -> None:
        """Raises MalformedBundleError when the archive did not end properly."""
        if not self._ended:
            raise self._admitted.refuse("the archive ends early")

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


class Slice(io.RawIOBase):
    """A window on one member's bytes in the decrypted archive file."""

    def __init__(self, path: Path, member: Member):
        self._handle = path.open("rb")
        self._handle.seek(member.offset)
        self._left = member.size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._left <= 0:
            return 0
        view = memoryview(buffer)[: min(len(buffer), self._left)]
        count = self._handle.readinto(view)
        self._left -= count
        return count

    def close(self) -> None:
        self._handle.close()
        super().close()
