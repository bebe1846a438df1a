"""Removable drives (USB sticks) to write bundles on, among the mounted volumes.

Qt knows the mounted volumes (`QStorageInfo.mountedVolumes()`) but not which of them can
be pulled out, so `removable_volumes` decides from where a volume is mounted: on Linux
under ``/media``, ``/run/media`` or ``/mnt`` (where desktops and people mount sticks),
on macOS under ``/Volumes``, on Windows any drive root but the system drive. Only ready,
writable volumes count. It is a pure function of plain tuples, so it is tested without
any real drive.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

__all__ = ["Volume", "VolumeInfo", "mounted_removable_volumes", "removable_volumes"]

# (root path, name, is ready, is read-only, bytes free), as QStorageInfo reports them.
VolumeInfo = tuple[str, str, bool, bool, int]

_LINUX_PARENTS = ("/media", "/run/media", "/mnt")
_MAC_PARENTS = ("/Volumes",)


@dataclass(frozen=True)
class Volume:
    """A drive a bundle can be written to."""

    root: str
    name: str
    bytes_free: int


def _under(root: str, parents: Iterable[str]) -> bool:
    path = PurePosixPath(root)
    return any(path != PurePosixPath(p) and path.is_relative_to(p) for p in parents)


def _windows_drive(root: str) -> str | None:
    """ "E:" for "E:/" or "E:\\" (a drive root), else None."""
    text = root.replace("\\", "/")
    if len(text) in (2, 3) and text[0].isalpha() and text[1] == ":" and text[2:] in ("", "/"):
        return text[:2].upper()
    return None


def removable_volumes(
    volumes: Iterable[VolumeInfo],
    *,
    platform: str = sys.platform,
    system_drive: str | None = None,
) -> list[Volume]:
    """The volumes that look like removable drives, ready and writable, sorted by name.

    `system_drive` (Windows) defaults to the SYSTEMDRIVE environment variable, else C:.
    """
    found: dict[str, Volume] = {}
    system = (system_drive or os.environ.get("SYSTEMDRIVE") or "C:").rstrip("\\/").upper()
    for root, name, ready, read_only, bytes_free in volumes:
        if not ready or read_only or not root:
            continue
        if platform == "win32":
            drive = _windows_drive(root)
            if drive is None or drive == system:
                continue
            label = f"{name} ({drive})" if name else drive
        else:
            parents = _MAC_PARENTS if platform == "darwin" else _LINUX_PARENTS
            if not _under(root, parents):
                continue
            label = name or PurePosixPath(root).name
        found.setdefault(root, Volume(root, label, max(0, int(bytes_free))))
    return sorted(found.values(), key=lambda v: (v.name.casefold(), v.root))


def mounted_removable_volumes() -> list[Volume]:
    """The removable drives mounted now (asks Qt; fast, no disk is woken up)."""
    from PySide6.QtCore import QStorageInfo

    return removable_volumes(
        (
            info.rootPath(),
            info.name(),
            info.isReady(),
            info.isReadOnly(),
            info.bytesAvailable(),
        )
        for info in QStorageInfo.mountedVolumes()
    )
