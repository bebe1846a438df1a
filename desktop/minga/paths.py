"""Where Minga keeps its files: one data folder per installation (or per demo)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "MINGA_DATA_DIR"


def default_data_dir() -> Path:
    """`MINGA_DATA_DIR`, else the platform's per-user data folder."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("Minga", appauthor=False, roaming=True))


def demo_data_dir(data_dir: Path) -> Path:
    """The separate folder for exploring with demo data, next to the real one."""
    return data_dir.with_name(data_dir.name + "-demo")


@dataclass(frozen=True)
class DataDir:
    """The files of one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "minga.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def tmp(self) -> Path:
        """Staging for decrypted bundles and snapshots: plaintext never leaves the data
        folder (cleaned at the next start, see `minga.store.staging`)."""
        return self.root / "tmp"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def demo_marker(self) -> Path:
        return self.root / "DEMO"

    @property
    def is_demo(self) -> bool:
        return self.demo_marker.exists()
