"""The update travels with the bundles: installers beside them on the USB stick.

The advisor usually updates first. Her export can copy the installers she has (the built
Windows `.exe` and Debian `.deb`) into the folder the bundle is written to, with a small
manifest, `minga-installer.json`, signed with her key (`minga-installer.sig`, Ed25519
over the manifest's exact bytes):

    {"format": "minga-installer", "version": "0.2.0", "signer": "<person id>",
     "files": [{"name": "Minga-0.2.0-setup.exe", "platform": "windows",
                "sha256": "<hex>", "size": 123}, ...]}

A teacher's Minga that imports a bundle made by a newer Minga remembers that version
and the folder the bundle came from; it offers an installer from that folder only when
the manifest's signature is the bundle sender's and the file's SHA-256 and size match
(docs/bundle-format.md, Compatibility).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minga.core.files import atomic_output

MANIFEST = "minga-installer.json"
SIGNATURE = "minga-installer.sig"
SUFFIXES = {".exe": "windows", ".deb": "debian"}
NEWER_NETWORK_KEY = "newer_network"
# The folder of installers every export copies (set by `export --with-installer`).
FOLDER_KEY = "installers_folder"


class InstallerError(ValueError):
    """No installer in a folder or file given to `--with-installer`."""


@dataclass(frozen=True)
class Offer:
    """A newer Minga met in the network, and its checked installer if one came along."""

    version: str
    folder: str
    installer: str | None

    def as_json(self) -> dict[str, Any]:
        return {"version": self.version, "folder": self.folder, "installer": self.installer}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def installers_in(source: Path) -> list[Path]:
    """The installers in `source` (a file or a folder): `.exe` and `.deb` files."""
    if source.is_file():
        found = [source] if source.suffix.lower() in SUFFIXES else []
    elif source.is_dir():
        found = sorted(p for p in source.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    else:
        found = []
    if not found:
        raise InstallerError(str(source))
    return found


def place(source: Path, folder: Path, *, version: str, signer: str, sign: Any) -> list[Path]:
    """Copies the installers of `source` into `folder` with the signed manifest; returns
    the files written (manifest and signature last, so a half-copied set is never
    offered)."""
    written: list[Path] = []
    files = []
    for path in installers_in(source):
        target = folder / path.name
        if target.resolve() != path.resolve():
            with atomic_output(target) as out, path.open("rb") as handle:
                shutil.copyfileobj(handle, out, 1024 * 1024)
        written.append(target)
        files.append(
            {
                "name": path.name,
                "platform": SUFFIXES[path.suffix.lower()],
                "sha256": _sha256(target),
                "size": target.stat().st_size,
            }
        )
    manifest = {"format": "minga-installer", "version": version, "signer": signer, "files": files}
    data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    with atomic_output(folder / MANIFEST) as out:
        out.write(data)
    with atomic_output(folder / SIGNATURE) as out:
        out.write(sign(data))
    return [*written, folder / MANIFEST, folder / SIGNATURE]


def _platform() -> str:
    return "windows" if sys.platform.startswith("win") else "debian"


def checked_installer(folder: Path, *, version: str, signing_key: str) -> Path | None:
    """The installer for this computer in `folder`, when its manifest is signed with
    `signing_key`, names `version` and the file's SHA-256 and size match; else None."""
    from minga.sync.keys import verify_signature

    try:
        data = (folder / MANIFEST).read_bytes()[: 1024 * 1024]
        signature = (folder / SIGNATURE).read_bytes()[:256]
        if not verify_signature(signing_key, data, signature):
            return None
        manifest = json.loads(data.decode("utf-8"))
        if manifest.get("format") != "minga-installer" or manifest.get("version") != version:
            return None
        for entry in manifest.get("files", []):
            name = entry.get("name")
            if entry.get("platform") != _platform() or not isinstance(name, str):
                continue
            if "/" in name or "\\" in name or name in (".", ".."):
                continue
            path = folder / name
            if (
                path.is_file()
                and path.stat().st_size == entry.get("size")
                and _sha256(path) == entry.get("sha256")
            ):
                return path
    except (OSError, ValueError, AttributeError, TypeError):
        return None
    return None


def remember(session: Any, version: str, folder: Path, signing_key: str) -> Offer:
    """Keeps the newest Minga met in the network (version, folder, checked installer)."""
    from minga.store import meta
    from minga.sync.importer import newer_app

    current = offer(session)
    # An older version than the one kept, or the same one already with its installer,
    # changes nothing.
    if (
        current is not None
        and not newer_app(version, than=current.version)
        and (current.version != version or current.installer is not None)
    ):
        return current
    installer = checked_installer(folder, version=version, signing_key=signing_key)
    found = Offer(version, str(folder), str(installer) if installer else None)
    meta.put(session, NEWER_NETWORK_KEY, json.dumps(found.as_json(), ensure_ascii=False))
    return found


def offer(session: Any) -> Offer | None:
    """The newer Minga this installation met, while it is still newer than this one."""
    from minga.store import meta
    from minga.sync.importer import newer_app

    text = meta.get(session, NEWER_NETWORK_KEY)
    if not text:
        return None
    try:
        doc = json.loads(text)
        found = Offer(str(doc["version"]), str(doc["folder"]), doc.get("installer"))
    except (ValueError, KeyError, TypeError):
        return None
    if found.installer and not Path(found.installer).is_file():  # the stick was taken away
        found = Offer(found.version, found.folder, None)
    return found if newer_app(found.version) else None


def configured(session: Any) -> Path | None:
    """The installers' folder this installation's exports copy, if it still holds any."""
    from minga.store import meta

    text = meta.get(session, FOLDER_KEY)
    if not text:
        return None
    try:
        installers_in(Path(text))
    except (InstallerError, OSError):
        return None
    return Path(text)


def configure(session: Any, source: Path | None) -> None:
    """Remembers `source` for later exports (the window's too); None forgets it."""
    from minga.store import meta

    if source is None:
        meta.delete(session, FOLDER_KEY)
    else:
        meta.put(session, FOLDER_KEY, str(Path(source).resolve()))
