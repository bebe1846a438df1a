"""Staging folders inside the data folder (`<data>/tmp/`).

Decrypted bundles, export snapshots and backup snapshots hold the same plaintext as the
database, so they are staged next to it, never in the system's temporary folder (which
may be shared, on another disk, or kept after a kill). Each operation gets its own
folder holding a lock for as long as the operation runs; a folder whose lock nobody
holds was left by a killed process and is removed at the next start (`clean_stale`).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

LOCK = ".lock"
# Without advisory locks (Windows), a folder is stale once it is this old.
STALE_AFTER_S = 24 * 3600

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def _try_lock(handle: IO[bytes], *, blocking: bool) -> bool:
    if fcntl is None:  # pragma: no cover - Windows
        return True
    flags = fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB)
    try:
        fcntl.flock(handle.fileno(), flags)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def staging_dir(root: Path, prefix: str) -> Iterator[Path]:
    """A private folder under `root` (`<data>/tmp`), removed when the block ends."""
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
    try:
        with (folder / LOCK).open("wb") as lock:
            _try_lock(lock, blocking=True)
            try:
                yield folder
            finally:
                _remove(folder)
    finally:
        if folder.exists():
            _remove(folder)


def clean_stale(root: Path) -> int:
    """Removes the staging folders of operations that are not running any more."""
    if not root.is_dir():
        return 0
    removed = 0
    for folder in root.iterdir():
        if not folder.is_dir() or folder.is_symlink():
            with contextlib.suppress(OSError):
                folder.unlink()
                removed += 1
            continue
        if _abandoned(folder):
            _remove(folder)
            removed += 1
    if removed:
        log.info("removed %d staging folder(s) left by an interrupted operation", removed)
    return removed


def _abandoned(folder: Path) -> bool:
    lock_path = folder / LOCK
    if fcntl is None:  # pragma: no cover - Windows
        try:
            return time.time() - folder.stat().st_mtime > STALE_AFTER_S  # clock-ok: file age
        except OSError:
            return False
    try:
        with lock_path.open("rb") as lock:
            return _try_lock(lock, blocking=False)
    except FileNotFoundError:
        # Killed between creating the folder and its lock (or the lock was removed).
        try:
            return time.time() - folder.stat().st_mtime > 60  # clock-ok: file age
        except OSError:
            return False
    except OSError:
        return False


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
