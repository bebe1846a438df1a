"""A real keyring backend that keeps secrets in a JSON file, for tests only.

Tests must never touch the developer's keyring, and real CLI processes cannot share
an in-memory one. This backend stands in for the operating system's keyring:

    PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring
    MINGA_TEST_KEYRING=/tmp/.../keyring.json

(`tests` must be importable: put the repository root on PYTHONPATH.) In-process tests
can also pass `MemoryKeyring()` straight to `minga.sync.keys.KeyVault`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "MINGA_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment] (keyring allows a plain number)

    @property
    def path(self) -> Path:
        value = os.environ.get(ENV)
        if not value:
            raise RuntimeError(f"{ENV} is not set")
        return Path(value)

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(self.path.name + ".tmp")
        temp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\x00{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(data)


class MemoryKeyring(KeyringBackend):
    """The same, in memory (one per test, shared by the test's installations)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class BrokenKeyring(KeyringBackend):
    """A keyring that fails on every call (a locked or absent Secret Service)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        from keyring.errors import KeyringError

        raise KeyringError("the keyring is locked")

    set_password = delete_password = get_password  # type: ignore[assignment]
