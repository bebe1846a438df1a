"""Evidence files, stored content-addressed by SHA-256 under the data folder.

The same photo attached twice is stored once. Files are checked by size and by their
first bytes (not by their name), copied through a temporary file and renamed, so a
pulled USB stick never leaves a half-written attachment that looks whole.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from minga.core.files import publish, temporary_beside
from minga.domain.errors import AttachmentError
from minga.i18n import QT_TRANSLATE_NOOP

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
_CHUNK = 1024 * 1024
SNIFF_BYTES = 64

# (media type, test on the first bytes, allowed file name endings)
_ZIP_DOCS = (".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp")
_SIGNATURES: tuple[tuple[str, bytes, int, tuple[str, ...]], ...] = (
    ("image/jpeg", b"\xff\xd8\xff", 0, (".jpg", ".jpeg")),
    ("image/png", b"\x89PNG\r\n\x1a\n", 0, (".png",)),
    ("image/gif", b"GIF8", 0, (".gif",)),
    ("application/pdf", b"%PDF-", 0, (".pdf",)),
    ("audio/mpeg", b"ID3", 0, (".mp3",)),
    ("audio/ogg", b"OggS", 0, (".ogg", ".oga", ".opus")),
    ("video/webm", b"\x1a\x45\xdf\xa3", 0, (".webm", ".mkv")),
    ("video/mp4", b"ftyp", 4, (".mp4", ".m4v", ".mov", ".m4a", ".3gp")),
)


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    filename: str


def sniff_media_type(head: bytes, filename: str) -> str | None:
    """The media type of an accepted evidence file, or None if it is not one."""
    suffix = Path(filename).suffix.lower()
    for media_type, magic, offset, suffixes in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic and suffix in suffixes:
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP" and suffix == ".webp":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE" and suffix == ".wav":
        return "audio/wav"
    if head[:4] == b"PK\x03\x04" and suffix in _ZIP_DOCS:
        return "application/zip"
    if suffix in (".txt", ".md", ".csv") and b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            # Only a multi-byte character cut at the end of a full sample is still text.
            if len(head) < SNIFF_BYTES or exc.start < len(head) - 3:
                return None
        return "text/plain"
    return None


class AttachmentStore:
    """Files named by their SHA-256 in `root/ab/abcdef...`."""

    def __init__(self, root: Path, max_bytes: int = MAX_ATTACHMENT_BYTES):
        self.root = Path(root)
        self.max_bytes = max_bytes

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def add_file(self, source: Path) -> StoredFile:
        """Checks and stores a file the user picked; raises `AttachmentError`."""
        source = Path(source)
        media_type = self.check_file(source)
        with source.open("rb") as handle:
            sha256, written = self._store_stream(handle)
        return StoredFile(sha256=sha256, size=written, media_type=media_type, filename=source.name)

    def check_file(self, source: Path) -> str:
        """The media type of an acceptable evidence file; raises `AttachmentError`."""
        source = Path(source)
        if not source.is_file():
            raise AttachmentError(
                QT_TRANSLATE_NOOP("errors", "The file {path} does not exist or cannot be read."),
                path=str(source),
            )
        size = source.stat().st_size
        if size > self.max_bytes:
            raise AttachmentError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file {name} is too large ({size_mb} MB); the limit is {max_mb} MB. "
                    "Reduce photos or cut videos before attaching them.",
                ),
                name=source.name,
                size_mb=f"{size / 1_048_576:.1f}",
                max_mb=f"{self.max_bytes / 1_048_576:.0f}",
            )
        with source.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
        media_type = sniff_media_type(head, source.name)
        if media_type is None:
            raise AttachmentError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is not a kind of file Minga keeps as evidence. Attach photos "
                    "(JPG, PNG), PDF, documents, audio or short videos.",
                ),
                name=source.name,
            )
        return media_type

    def add_bytes(self, data: bytes) -> str:
        """Stores trusted bytes (demo data, verified bundles); returns the SHA-256."""
        import io

        sha256, _ = self._store_stream(io.BytesIO(data))
        return sha256

    def _store_stream(self, stream) -> tuple[str, int]:
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        written = 0
        # The name is the content's hash, known only once everything is read.
        temp = temporary_beside(self.root / "incoming")
        try:
            with open(temp, "wb") as out:
                while chunk := stream.read(_CHUNK):
                    digest.update(chunk)
                    written += len(chunk)
                    out.write(chunk)
            sha256 = digest.hexdigest()
            target = self.path_for(sha256)
            if target.exists():
                temp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                publish(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return sha256, written

    def verify(self, sha256: str) -> bool:
        """True when the stored file exists and still has its hash."""
        path = self.path_for(sha256)
        if not path.exists():
            return False
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256
