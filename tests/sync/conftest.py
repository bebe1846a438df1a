"""Fixtures for the sync tests: installations in their own data folders, real bundles.

Nothing is mocked but the operating system's keyring: in-process tests give every
installation the same `MemoryKeyring` (a real keyring backend keeping secrets in a dict;
user names differ per person and device), and CLI tests run the command line (in this
process or a real one) with `tests.support.file_keyring.FileKeyring` (secrets in a JSON file).
Databases, bundles, encryption and signatures are the real thing, on disk.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, Cli, snapshot
from tests.support.file_keyring import MemoryKeyring

ANA = {
    "name": "Ana María Huenchumilla",
    "school": "Escuela Rural Los Boldos",
    "rbd": "4478-4",
}
PEDRO = {"name": "Pedro Cayupán Soto", "school": "Escuela Rural El Maitén", "rbd": "5120-1"}
ROSA = "Rosa Elena Pérez Millar"
MICROCENTRE = "Microcentro Los Copihues"


class Device:
    """One installation (its own data folder) driven through the sync services."""

    def __init__(
        self,
        root: Path,
        backend: Any,
        label: str = "",
        clock: Any = None,
        db_url: str | None = None,
    ):
        from minga.core.workspace import Workspace
        from minga.sync.keys import KeyVault

        self.root = root
        self.label = label or root.name
        self.backend = backend
        self.db_url = db_url  # a PostgreSQL database instead of the folder's own file
        self.ws = Workspace(root, clock=clock, db_url=db_url)
        self.vault = KeyVault(root, backend)

    # --- setup ------------------------------------------------------------------------

    def init(self, role: str, name: str, **extra: Any) -> Device:
        from minga.services.setup import SetupInput, initialize

        initialize(
            self.ws.db,
            SetupInput(
                role=role,
                name=name,
                microcentre=MICROCENTRE,
                accept_rbd_check_digit=True,
                **extra,
            ),
        )
        return self

    @property
    def actor(self):
        from minga.services.setup import actor

        return actor(self.ws.db)

    @property
    def person_id(self) -> str:
        return self.actor.person_id

    # --- sync -------------------------------------------------------------------------

    def invite(self, out: Path):
        from minga.sync.membership import write_invitation

        return write_invitation(self.ws, out, self.vault)

    def export(self, out: Path, **options: Any) -> Path:
        return self.export_result(out, **options).paths[0]

    def export_result(self, out: Path, **options: Any):
        from minga.sync.export import export_bundle

        return export_bundle(self.ws, out, vault=self.vault, **options)

    def import_(self, *paths: Path, **options: Any):
        from minga.sync.importer import import_file

        return import_file(self.ws, list(paths), vault=self.vault, **options)

    def keys(self):
        from minga.sync.keys import load_keys

        with self.ws.db.session() as session:
            return load_keys(session, self.vault)

    # --- data -------------------------------------------------------------------------

    @property
    def practices(self):
        from minga.core.attachments import AttachmentStore
        from minga.services.practices import PracticeService

        return PracticeService(self.ws.db, AttachmentStore(self.ws.dirs.attachments))

    def add_practice(self, title: str, visibility: str = "network", **fields: Any) -> str:
        from minga.services.practices import PracticeInput

        return self.practices.create(PracticeInput(title=title, visibility=visibility, **fields)).id

    def rows(self, sql: str, *params: Any) -> list[tuple]:
        with sqlite3.connect(self.ws.dirs.database) as conn:
            return conn.execute(sql, params).fetchall()

    def titles(self) -> set[str]:
        return {r[0] for r in self.rows("SELECT title FROM practices WHERE deleted = 0")}

    # --- files ------------------------------------------------------------------------

    def close(self) -> None:
        self.ws.close()

    def reopen(self, clock: Any = None) -> None:
        """Opens the folder again (with `clock`, or the clock it had)."""
        from minga.core.workspace import Workspace

        self.ws = Workspace(self.root, clock=clock or self.ws.clock, db_url=self.db_url)


@dataclass
class Network:
    advisor: Device
    ana: Device
    pedro: Device
    folder: Path
    invitation: Path
    _count: int = 0

    def path(self, stem: str) -> Path:
        self._count += 1
        return self.folder / "bundles" / f"{self._count:03d}-{stem}.minga"

    def devices(self) -> list[Device]:
        return [self.advisor, self.ana, self.pedro]


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


def make_network(folder: Path, backend: Any) -> Network:
    """An advisor and two teachers who joined, were accepted, and got the roster."""
    advisor = Device(folder / "rosa", backend).init("advisor", ROSA)
    invitation = folder / "invitacion.minga"
    advisor.invite(invitation)
    ana = Device(folder / "ana", backend).init("teacher", **ANA)
    pedro = Device(folder / "pedro", backend).init("teacher", **PEDRO)
    network = Network(advisor, ana, pedro, folder, invitation)
    for teacher in (ana, pedro):
        teacher.import_(invitation)
        hello = teacher.export(network.path(f"{teacher.label}-hola"))
        advisor.import_(hello, accept_new_members=True)
    consolidated = advisor.export(network.path("consolidado"))
    ana.import_(consolidated)
    pedro.import_(consolidated)
    return network


@dataclass(frozen=True)
class NetworkTemplate:
    """A network built once, closed; `copy` gives each test its own folders and keys."""

    folder: Path
    secrets: dict[tuple[str, str], str]
    count: int

    def copy(self, target: Path, backend: MemoryKeyring) -> Network:
        import shutil

        shutil.copytree(self.folder, target, dirs_exist_ok=True)
        backend.secrets.update(self.secrets)
        devices = [Device(target / name, backend) for name in ("rosa", "ana", "pedro")]
        return Network(*devices, target, target / "invitacion.minga", self.count)


@pytest.fixture(scope="session")
def network_template(tmp_path_factory: pytest.TempPathFactory) -> NetworkTemplate:
    folder = tmp_path_factory.mktemp("network-template")
    backend = MemoryKeyring()
    net = make_network(folder, backend)
    for device in net.devices():
        device.close()
    return NetworkTemplate(folder, dict(backend.secrets), net._count)


@pytest.fixture
def network(
    tmp_path: Path, keyring_backend: MemoryKeyring, network_template: NetworkTemplate
) -> Iterator[Network]:
    net = network_template.copy(tmp_path, keyring_backend)
    yield net
    for device in net.devices():
        device.close()


def database_content(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: the database's content, whatever its bytes."""
    with sqlite3.connect(db_path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'practice_fts%'"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }


def refused_unchanged(device: Device, paths: list[Path], error: type, **options: Any):
    """Imports `paths` expecting `error`; the data folder must be byte-for-byte the same."""
    device.close()
    before = snapshot(device.root)
    device.reopen()
    try:
        with pytest.raises(error) as info:
            device.import_(*paths, **options)
    finally:
        device.close()
    assert snapshot(device.root) == before
    device.reopen()
    return info.value


# --- opening and re-making bundles (what an attacker with a recipient's key could do) ---


def open_bundle(path: Path, identity_secret: str) -> dict[str, bytes]:
    """The members of a bundle, decrypted with a recipient's age identity."""
    import pyrage
    from pyrage import x25519

    data = path.read_bytes()
    assert data.startswith(b"MINGA-BUNDLE 1\n")
    tar = pyrage.decrypt(
        data[len(b"MINGA-BUNDLE 1\n") :], [x25519.Identity.from_str(identity_secret)]
    )
    import tarfile

    members = {}
    with tarfile.open(fileobj=io.BytesIO(tar), mode="r:") as archive:
        for info in archive.getmembers():
            members[info.name] = archive.extractfile(info).read()  # type: ignore[union-attr]
    return members


def records_of(members: dict[str, bytes], kind: str) -> list[dict[str, Any]]:
    import gzip

    raw = members.get(f"records/{kind}.jsonl.gz")
    if raw is None:
        return []
    return [json.loads(line) for line in gzip.decompress(raw).splitlines()]


def raw_tar(members: list[tuple[str, bytes]], *, typeflag: bytes = b"0") -> bytes:
    """A ustar archive written by hand, so any name or type can be put in it."""
    out = bytearray()
    for name, data in members:
        header = bytearray(512)
        encoded = name.encode("utf-8")[:100]
        header[0 : len(encoded)] = encoded
        header[100:108] = b"0000644\x00"
        header[108:116] = b"0000000\x00"
        header[116:124] = b"0000000\x00"
        header[124:136] = f"{len(data):011o}\x00".encode()
        header[136:148] = b"00000000000\x00"
        header[156:157] = typeflag
        header[257:263] = b"ustar\x00"
        header[263:265] = b"00"
        header[148:156] = b"        "
        header[148:156] = f"{sum(header):06o}\x00 ".encode()
        out += header + data + b"\x00" * ((-len(data)) % 512)
    return bytes(out + b"\x00" * 1024)


def seal(
    out: Path,
    tar: bytes,
    recipients: list[str],
    *,
    prefix: bytes = b"MINGA-BUNDLE 1\n",
) -> Path:
    """Encrypts an archive to age recipients behind a prefix: a bundle file."""
    import pyrage
    from pyrage import x25519

    out.write_bytes(
        prefix + pyrage.encrypt(tar, [x25519.Recipient.from_str(r) for r in recipients])
    )
    return out


def resign(manifest: dict[str, Any], signing_secret: str | None = None) -> tuple[bytes, bytes]:
    """Manifest bytes and their signature by `signing_secret` (a DeviceKeys secret)."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    key = (
        Ed25519PrivateKey.from_private_bytes(base64.b64decode(signing_secret))
        if signing_secret
        else Ed25519PrivateKey.generate()
    )
    return data, key.sign(data)


def rebuild(
    out: Path,
    members: dict[str, bytes],
    recipients: list[str],
    *,
    manifest: dict[str, Any] | None = None,
    signing_secret: str | None = None,
    keep_signature: bool = False,
) -> Path:
    """A bundle re-made from (possibly altered) members; re-signed unless told not to."""
    if manifest is None:
        manifest = json.loads(members["manifest.json"])
    if keep_signature:
        data, signature = members["manifest.json"], members["manifest.sig"]
    else:
        data, signature = resign(manifest, signing_secret)
    others = [(n, b) for n, b in members.items() if n not in ("manifest.json", "manifest.sig")]
    return seal(
        out, raw_tar([("manifest.json", data), ("manifest.sig", signature), *others]), recipients
    )


@pytest.fixture
def sync_cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Subprocesses use the file-backed keyring (the OS keyring is never touched)."""
    keyring_file = tmp_path / "keyring.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.file_keyring.FileKeyring")
    monkeypatch.setenv("MINGA_TEST_KEYRING", str(keyring_file))
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    monkeypatch.delenv("MINGA_KEY_PASSPHRASE", raising=False)
    return keyring_file


__all__ = ["Cli", "Device", "Network"]
