"""Several microcentros in one installation: one data folder per network.

An advisor usually accompanies more than one microcentro. Each of them lives in a data
folder of its own (its database, attachments, bundles, backups and settings), so each
network keeps its own roster, sessions and bundles by construction and nothing of one can
reach another's bundle. The installation's data folder stays the first network; the others
are complete data folders under it::

    <data dir>/                      the first microcentro (as always)
    <data dir>/microcentros/<id>/    one more microcentro, <id> its microcentre's id

The advisor is the same person in all of them: the same person id, name and role, the same
keys (stored again under each folder's own device id: docs/bundle-format.md, "one person on
two computers"). A teacher belongs to one network, so only an advisor makes more.

The list is cheap (`store.preview`, sqlite3 alone, one small query per folder): the window
and `minga microcentro list` read it without loading the data layer. Plain Python, no Qt.
"""

from __future__ import annotations

import logging
import os
import shutil
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minga.domain.errors import MingaError, NotInitializedError
from minga.i18n import QT_TRANSLATE_NOOP
from minga.paths import DataDir
from minga.store.preview import read_network_info

if TYPE_CHECKING:
    from minga.core.clock import Clock
    from minga.core.workspace import Workspace

__all__ = [
    "NETWORKS_DIR",
    "AmbiguousNetworkError",
    "KeyInstaller",
    "NetworkExistsError",
    "NetworkFolder",
    "NetworkNotFoundError",
    "NetworksNeedAdvisorError",
    "create_network",
    "installation_root",
    "list_networks",
    "normalized",
    "resolve",
]

log = logging.getLogger(__name__)

#: The folder, inside the installation's data folder, that holds the other microcentros.
NETWORKS_DIR = "microcentros"
#: The shortest id prefix that names a microcentro (shorter ones are too easy to mistype).
MIN_PREFIX = 4

#: Copies the advisor's private keys into a new network folder under its device id:
#: (the open installation workspace, the new folder, its device id) -> (signing key,
#: encryption key) published, or None when she has none yet. The command line and the
#: window pass `minga.sync.keys.install_network_keys` (the kernel does not import sync).
KeyInstaller = Callable[["Workspace", Path, str], "tuple[str, str] | None"]


class NetworkNotFoundError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no microcentro '{wanted}' in this installation. Yours: {names}."
    )


class AmbiguousNetworkError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "'{wanted}' names more than one microcentro ({names}): write more of its name or its id.",
    )


class NetworkExistsError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is already a microcentro called '{name}' in this installation."
    )


class NetworksNeedAdvisorError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Only an advisor accompanies several microcentros; a teacher belongs to one network.",
    )


class NetworksNeedFolderError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Several microcentros live in data folders of their own; with a database on a "
        "server (--db-url) there is only one.",
    )


@dataclass(frozen=True)
class NetworkFolder:
    """One microcentro of the installation: its data folder and its names."""

    path: Path
    microcentre_id: str
    name: str
    is_main: bool  # the installation's own data folder (the first microcentro)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.microcentre_id,
            "name": self.name,
            "path": str(self.path),
            "main": self.is_main,
        }


def normalized(text: str) -> str:
    """`text` for comparing names: capitals and accents ignored, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def installation_root(folder: Path) -> Path:
    """The installation's data folder of `folder` (itself, or the folder above
    `microcentros/` when `folder` is one of the other microcentros)."""
    folder = Path(folder)
    if folder.parent.name == NETWORKS_DIR and (folder.parent.parent / "minga.sqlite3").exists():
        return folder.parent.parent
    return folder


def _folder(path: Path, *, is_main: bool) -> NetworkFolder | None:
    info = read_network_info(DataDir(path).database)
    if info is None:
        return None
    microcentre_id = info.microcentre_id or (path.name if not is_main else "")
    return NetworkFolder(path, microcentre_id, info.microcentre_name, is_main)


def list_networks(root: Path) -> list[NetworkFolder]:
    """The installation's microcentros: its own data folder first, then the others by
    name. A folder that cannot be read now (set up by a newer Minga, locked, half made)
    is left out; an installation not set up yet has none."""
    root = Path(root)
    main = _folder(root, is_main=True)
    found = [main] if main is not None else []
    others: list[NetworkFolder] = []
    base = root / NETWORKS_DIR
    try:
        entries = sorted(base.iterdir()) if base.is_dir() else []
    except OSError as exc:
        log.warning("cannot list %s: %s", base, exc)
        entries = []
    for entry in entries:
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        folder = _folder(entry, is_main=False)
        if folder is not None:
            others.append(folder)
    others.sort(key=lambda f: (normalized(f.name), f.microcentre_id))
    return found + others


def _names(networks: list[NetworkFolder]) -> str:
    return ", ".join(
        f"«{n.name or n.microcentre_id[:8]}» ({n.microcentre_id[:8]})" for n in networks
    )


def resolve(root: Path, microcentre: str) -> Path:
    """The data folder of the microcentro named `microcentre`: its id, the start of its id
    (at least four characters) or its name (capitals and accents ignored; the start of the
    name, or of one of its words, when only one name has it). `NetworkNotFoundError` or
    `AmbiguousNetworkError` (a sentence listing hers) otherwise."""
    wanted = microcentre.strip()
    networks = list_networks(root)
    if not wanted:
        raise NetworkNotFoundError(wanted=microcentre, names=_names(networks) or "-")
    key = wanted.casefold()
    name = normalized(wanted)
    steps: list[Callable[[NetworkFolder], bool]] = [
        lambda n: n.microcentre_id.casefold() == key,
        lambda n: normalized(n.name) == name,
        lambda n: len(key) >= MIN_PREFIX and n.microcentre_id.casefold().startswith(key),
        lambda n: normalized(n.name).startswith(name),
        lambda n: f" {name}" in f" {normalized(n.name)}",
    ]
    for step in steps:
        matches = [n for n in networks if step(n)]
        if len(matches) == 1:
            return matches[0].path
        if len(matches) > 1:
            raise AmbiguousNetworkError(wanted=wanted, names=_names(matches))
    raise NetworkNotFoundError(wanted=wanted, names=_names(networks) or "-")


def create_network(
    root: Path,
    name: str,
    *,
    region: str = "",
    commune: str = "",
    clock: Clock | None = None,
    install_keys: KeyInstaller | None = None,
    db_url: str | None = None,
) -> NetworkFolder:
    """Makes one more microcentro for the installation's advisor: a complete data folder
    under `<root>/microcentros/<id>/` with its own device id, her person record (same id,
    name, role, e-mail and keys), and the new microcentre she advises. The folder appears
    only once whole (made under a hidden name, then renamed): nothing is half-written."""
    from minga.core.identity import Stamper, current_actor
    from minga.core.workspace import Workspace
    from minga.domain import validation as v
    from minga.domain.vocab import Role
    from minga.store import meta
    from minga.store.models import Microcentre, Person

    if db_url:
        raise NetworksNeedFolderError()
    root = installation_root(Path(root))
    clean_name = v.required_text(name, "microcentre", v.TITLE_MAX)
    clean_region = v.optional_text(region, "region", 120)
    clean_commune = v.optional_text(commune, "commune", 120)
    with Workspace(root, clock=clock) as main:
        with main.db.session() as session:
            actor = current_actor(session)
            if actor.role != Role.ADVISOR:
                raise NetworksNeedAdvisorError()
        wanted = normalized(clean_name)
        for existing in list_networks(root):
            if normalized(existing.name) == wanted:
                raise NetworkExistsError(name=existing.name)
        microcentre_id = str(uuid.uuid4())
        base = root / NETWORKS_DIR
        base.mkdir(parents=True, exist_ok=True)
        staging = base / f".new-{microcentre_id}"
        target = base / microcentre_id
        try:
            with Workspace(staging, clock=main.clock) as made:
                with made.db.session() as session:
                    device = meta.get(session, meta.DEVICE_ID) or ""
                public = install_keys(main, staging, device) if install_keys else None
                with main.db.session() as session:
                    person = session.get(Person, actor.person_id)
                    if person is None:  # pragma: no cover - current_actor found her
                        raise NotInitializedError()
                    copy = Person(
                        id=person.id,
                        name=person.name,
                        role=person.role,
                        email=person.email,
                        school_id=None,
                        microcentre_id=microcentre_id,
                        signing_key=public[0] if public else person.signing_key,
                        encryption_key=public[1] if public else person.encryption_key,
                    )
                with made.db.session() as session:
                    stamper = Stamper(session, device, actor.person_id)
                    microcentre = Microcentre(
                        id=microcentre_id,
                        name=clean_name,
                        region=clean_region,
                        commune=clean_commune,
                        advisor_id=actor.person_id,
                    )
                    stamper.stamp(microcentre, new=True)
                    session.add(microcentre)
                    stamper.stamp(copy, new=True)
                    session.add(copy)
                    meta.put(session, meta.PERSON_ID, actor.person_id)
            os.replace(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    log.info("new microcentro %s in %s", microcentre_id, target)
    return NetworkFolder(target, microcentre_id, clean_name, False)
