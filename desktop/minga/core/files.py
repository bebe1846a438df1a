"""One way to write a file that must never be seen half-written.

A pulled USB stick or a power cut leaves at most a hidden temporary file beside the
target, never a half bundle, key file, backup or PDF under the real name: the content is
written to a temporary file in the same folder, flushed to disk, and renamed over the
target in one step (then the folder itself is flushed where the system allows it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def temporary_beside(path: Path, *, suffix: str = ".partial") -> Path:
    """A new empty hidden file in `path`'s folder, for a writer that wants a file name
    (a PDF renderer, zipfile, SQLite's backup); `publish` puts it in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    return Path(temp)


def publish(temp: Path, path: Path, *, mode: int | None = None) -> None:
    """Flushes a finished temporary file to disk and renames it over `path`.

    `mode` sets the permissions first (`mkstemp` makes files private: right for keys,
    wrong for a document to share)."""
    flush(temp, mode=mode)
    rename_over(temp, path)


def flush(temp: Path, *, mode: int | None = None) -> None:
    """The first half of `publish`: the finished file's content on disk, its mode set
    (for a writer that reports a failed write apart from a failed rename)."""
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    if mode is not None:
        with contextlib.suppress(OSError):  # not on every file system
            os.chmod(temp, mode)


def rename_over(temp: Path, path: Path) -> None:
    """The second half of `publish`: the flushed file takes `path`'s name in one step."""
    os.replace(temp, path)
    _sync_folder(path.parent)


def copy_atomically(source: Path, path: Path, *, mode: int | None = None) -> None:
    """A copy of `source` that appears under `path` only once complete and on disk."""
    temp = temporary_beside(path)
    try:
        shutil.copyfile(source, temp)
        publish(temp, path, mode=mode)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_output(
    path: Path, *, mode: int | None = None, buffering: int = -1
) -> Iterator[IO[bytes]]:
    """A binary file that appears under `path` only once complete and on disk.
    `buffering`: as `open`'s (a large buffer for a file written in small pieces)."""
    temp = temporary_beside(path)
    try:
        with open(temp, "wb", buffering=buffering) as handle:
            yield handle
        publish(temp, path, mode=mode)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """`data` under `path`, all of it or (after a failure) the previous content."""
    with atomic_output(path, mode=mode) as handle:
        handle.write(data)


def _sync_folder(folder: Path) -> None:
    # The rename itself is only durable once the folder's entry is on disk.
    with contextlib.suppress(OSError):  # not possible on every system (Windows)
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
