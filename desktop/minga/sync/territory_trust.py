"""Trust between an advisor and her territory's coordinator (docs/territory.md).

Like a microcentre's members, the two exchange signed files and read their fingerprints
aloud (in person or by phone) before trusting them:

1. the advisor writes a **territory invitation** (`write_invitation`): her name, her
   public keys and her networks' ids and names, signed with her key;
2. the coordinator imports it (`accept_advisor`) after comparing the fingerprint: the
   advisor becomes an active row of `territory_advisors`, and her reports are accepted
   from then on (signed with that key only);
3. the coordinator writes back a **coordinator card** (`write_card`): her name, the
   territory's name and her public keys, signed with her key;
4. the advisor imports it (`accept_card`) after comparing that fingerprint: her
   installation remembers the coordinator (meta `territory_coordinator`) as the only
   recipient of territory reports.

Both files share the invitation's layout (a cleartext `MINGA-INVITATION 1` line, one
line of JSON, the base64 Ed25519 signature of that line) with their own `format`, so a
member invitation is never mistaken for one of them. Nothing in them is secret; they
reveal names, the networks' names and public keys.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minga import __version__
from minga.core.files import atomic_output
from minga.core.identity import current_actor
from minga.domain.vocab import Role
from minga.i18n import QT_TRANSLATE_NOOP
from minga.store import meta
from minga.store.territory_models import TerritoryAdvisor
from minga.sync import keys as keymod
from minga.sync.container import INVITATION_MAGIC, prefix, read_prefix
from minga.sync.errors import MalformedBundleError, TamperedBundleError, UnreadableFileError
from minga.sync.manifest import DEVICE_RE, ManifestError, pattern_field, text_field, typed_field
from minga.sync.records import UUID_RE
from minga.sync.roster import ACTIVE, advisor_microcentre
from minga.sync.territory_advisors import REMOVED_PREFIX
from minga.sync.territory_errors import (
    AdvisorOnlyTerritoryError,
    CoordinatorOnlyError,
    TerritoryKeyChangedError,
    WrongTerritoryFileError,
)

if TYPE_CHECKING:
    from minga.core.workspace import Workspace

INVITATION_FORMAT = "minga-territory-invitation"
CARD_FORMAT = "minga-coordinator-card"
MAX_FILE_BYTES = 256 * 1024
MAX_NETWORKS = 200
# meta keys: the coordinator an advisor reports to; the territory a coordinator serves.
COORDINATOR_KEY = "territory_coordinator"
TERRITORY_NAME = "territory_name"

FILE_NAMES = {
    INVITATION_FORMAT: QT_TRANSLATE_NOOP("errors", "a territory invitation"),
    CARD_FORMAT: QT_TRANSLATE_NOOP("errors", "a coordinator card"),
}


@dataclass(frozen=True)
class Party:
    """One side of the exchange: a person, her device and public keys."""

    person_id: str
    name: str
    device_id: str
    signing_key: str
    encryption_key: str

    @property
    def fingerprint(self) -> str:
        return keymod.fingerprint(self.signing_key)

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "device_id": self.device_id,
            "signing_key": self.signing_key,
            "encryption_key": self.encryption_key,
        }

    @classmethod
    def parse(cls, doc: Any) -> Party:
        signing = typed_field(doc, "signing_key", str)
        encryption = typed_field(doc, "encryption_key", str)
        if not keymod.is_signing_key(signing):
            raise ManifestError("signing_key is not a signing key")
        if not keymod.is_encryption_key(encryption):
            raise ManifestError("encryption_key is not an age recipient")
        name = text_field(doc, "name", 120) or ""
        if not name.strip():
            raise ManifestError("name is empty")
        return cls(
            person_id=pattern_field(doc, "person_id", UUID_RE),
            name=name,
            device_id=pattern_field(doc, "device_id", DEVICE_RE),
            signing_key=signing,
            encryption_key=encryption,
        )


@dataclass(frozen=True)
class TerritoryInvitation:
    invitation_id: str
    created_at: str
    advisor: Party
    networks: list[dict[str, str]]  # {"id", "name"}

    @property
    def fingerprint(self) -> str:
        return self.advisor.fingerprint


@dataclass(frozen=True)
class CoordinatorCard:
    card_id: str
    created_at: str
    coordinator: Party
    territory: str

    @property
    def fingerprint(self) -> str:
        return self.coordinator.fingerprint

    def as_meta(self) -> dict[str, Any]:
        return {**self.coordinator.as_json(), "territory": self.territory, "card_id": self.card_id}


@dataclass(frozen=True)
class Written:
    path: Path
    fingerprint: str
    networks: int = 0
    territory: str = ""


# --- files ----------------------------------------------------------------------------


def _write_signed(out: Path, body: dict[str, Any], device_keys: keymod.DeviceKeys) -> None:
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    signature = base64.b64encode(device_keys.sign(data))
    with atomic_output(Path(out)) as handle:
        handle.write(prefix(INVITATION_MAGIC))
        handle.write(data + b"\n")
        handle.write(signature + b"\n")


def _read_signed(path: Path, expected: str, signer_key: str) -> dict[str, Any]:
    """The JSON of a signed territory file of format `expected`, its signature checked
    against the key found at `signer_key` (`advisor` or `coordinator`) inside it."""
    name = Path(path).name
    try:
        with Path(path).open("rb") as handle:
            kind, _version = read_prefix(handle, name)
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UnreadableFileError(name=str(path), reason=exc.strerror or str(exc)) from exc
    if kind != "invitation":
        raise WrongTerritoryFileError(name=name, expected=FILE_NAMES[expected])
    if len(data) > MAX_FILE_BYTES:
        raise MalformedBundleError(name=name, detail="the file is too large")
    lines = data.split(b"\n")
    if len(lines) != 3 or lines[2] != b"":
        raise MalformedBundleError(name=name, detail="the file has two lines")
    try:
        doc = json.loads(lines[0].decode("utf-8"))
        if typed_field(doc, "format", str) != expected:
            raise WrongTerritoryFileError(name=name, expected=FILE_NAMES[expected])
        if typed_field(doc, "format_version", int) != 1:
            raise MalformedBundleError(name=name, detail="unknown format_version")
        signer = Party.parse(typed_field(doc, signer_key, dict))
        signature = base64.b64decode(lines[1], validate=True)
    except (ManifestError, ValueError, binascii.Error, RecursionError) as exc:
        raise MalformedBundleError(name=name, detail=str(exc)[:200]) from None
    if not keymod.verify_signature(signer.signing_key, lines[0], signature):
        raise TamperedBundleError(name=name)
    doc[signer_key] = signer
    return doc


def _own_party(ws: Workspace, session: Any, vault: keymod.KeyVault) -> Party:
    actor = current_actor(session)
    device_keys = keymod.ensure_keys(session, vault)
    public = device_keys.public
    return Party(
        actor.person_id, actor.name, actor.device_id, public.signing_key, public.encryption_key
    )


# --- the advisor's side ---------------------------------------------------------------


def network_refs(workspaces: list[Workspace]) -> list[dict[str, str]]:
    """The id and name of the microcentre of each of the advisor's data folders."""
    refs: list[dict[str, str]] = []
    for ws in workspaces:
        with ws.db.session() as session:
            actor = current_actor(session)
            if actor.role != Role.ADVISOR:
                raise AdvisorOnlyTerritoryError()
            centre = advisor_microcentre(session, actor)
            refs.append({"id": centre.id, "name": centre.name})
    return refs


def write_invitation(
    ws: Workspace,
    out: Path,
    networks: list[dict[str, str]],
    vault: keymod.KeyVault | None = None,
) -> Written:
    """(Advisor) The signed territory invitation for the coordinator, written to `out`."""
    vault = vault or keymod.KeyVault(ws.root)
    with ws.db.session() as session:
        actor = current_actor(session)
        if actor.role != Role.ADVISOR:
            raise AdvisorOnlyTerritoryError()
        device_keys = keymod.ensure_keys(session, vault)
        party = _own_party(ws, session, vault)
        body = {
            "format": INVITATION_FORMAT,
            "format_version": 1,
            "invitation_id": str(uuid.uuid4()),
            "created_at": ws.db.clock.now().isoformat(),
            "app_version": __version__,
            "advisor": party.as_json(),
            "networks": networks[:MAX_NETWORKS],
        }
        _write_signed(Path(out), body, device_keys)
        return Written(Path(out), party.fingerprint, networks=len(networks))


def read_card(path: Path) -> CoordinatorCard:
    """The coordinator card in `path`, its signature checked against its own key (whether
    that key is the coordinator's is what the fingerprint, read aloud, confirms)."""
    doc = _read_signed(path, CARD_FORMAT, "coordinator")
    try:
        territory = text_field(doc, "territory", 200) or ""
        return CoordinatorCard(
            card_id=pattern_field(doc, "card_id", UUID_RE),
            created_at=text_field(doc, "created_at", 40) or "",
            coordinator=doc["coordinator"],
            territory=territory,
        )
    except ManifestError as exc:
        raise MalformedBundleError(name=Path(path).name, detail=str(exc)) from None


def accept_card(ws: Workspace, path: Path) -> CoordinatorCard:
    """(Advisor) Remembers the card's coordinator as the recipient of territory reports.

    A later card replaces the coordinator (a new person in the SLEP's team): the
    fingerprint the advisor compared is the confirmation."""
    card = read_card(path)
    with ws.db.session() as session:
        actor = current_actor(session)
        if actor.role != Role.ADVISOR:
            raise AdvisorOnlyTerritoryError()
        meta.put(session, COORDINATOR_KEY, json.dumps(card.as_meta(), ensure_ascii=False))
    return card


def coordinator_of(session: Any) -> CoordinatorCard | None:
    """The coordinator this installation reports to, None before a card was imported."""
    raw = meta.get(session, COORDINATOR_KEY)
    if not raw:
        return None
    doc = json.loads(raw)
    return CoordinatorCard(
        card_id=doc.get("card_id", ""),
        created_at="",
        coordinator=Party.parse(doc),
        territory=str(doc.get("territory", "")),
    )


def coordinator(ws: Workspace) -> CoordinatorCard | None:
    with ws.db.session() as session:
        return coordinator_of(session)


# --- the coordinator's side -----------------------------------------------------------


def read_invitation(path: Path) -> TerritoryInvitation:
    """The territory invitation in `path`, signature checked against its own key."""
    doc = _read_signed(path, INVITATION_FORMAT, "advisor")
    try:
        networks = []
        items = typed_field(doc, "networks", list)
        if len(items) > MAX_NETWORKS:
            raise ManifestError("too many networks")
        for item in items:
            networks.append(
                {
                    "id": pattern_field(item, "id", UUID_RE),
                    "name": text_field(item, "name", 200) or "",
                }
            )
        return TerritoryInvitation(
            invitation_id=pattern_field(doc, "invitation_id", UUID_RE),
            created_at=text_field(doc, "created_at", 40) or "",
            advisor=doc["advisor"],
            networks=networks,
        )
    except ManifestError as exc:
        raise MalformedBundleError(name=Path(path).name, detail=str(exc)) from None


def peek_invitation(path: Path) -> TerritoryInvitation | None:
    """The invitation, checked, without accepting it (to show the fingerprint first)."""
    from minga.domain.errors import MingaError

    try:
        return read_invitation(path)
    except MingaError:
        return None


@dataclass(frozen=True)
class Accepted:
    advisor: str
    fingerprint: str
    networks: list[dict[str, str]]
    already: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": "territory_invitation",
            "advisor": self.advisor,
            "fingerprint": self.fingerprint,
            "networks": self.networks,
            "already_accepted": self.already,
        }


def accept_advisor(ws: Workspace, path: Path) -> Accepted:
    """(Coordinator) Accepts the invitation's advisor: her reports signed with this key
    are imported from now on. The same advisor with another key is refused (her key
    changes only by removing her and accepting a new invitation)."""
    invitation = read_invitation(path)
    advisor = invitation.advisor
    with ws.db.session() as session:
        actor = current_actor(session)
        if actor.role != Role.COORDINATOR:
            raise CoordinatorOnlyError()
        row = session.get(TerritoryAdvisor, advisor.person_id)
        already = False
        if row is not None and row.status == ACTIVE:
            if row.signing_key != advisor.signing_key:
                raise TerritoryKeyChangedError(name=row.name, fingerprint=advisor.fingerprint)
            already = True
        if row is None:
            row = TerritoryAdvisor(person_id=advisor.person_id)
            session.add(row)
        row.name = advisor.name
        row.signing_key = advisor.signing_key
        row.encryption_key = advisor.encryption_key
        row.status = ACTIVE
        if not already:
            row.accepted_at = ws.db.clock.now().astimezone(dt.UTC)
            meta.delete(session, REMOVED_PREFIX + advisor.person_id)  # back, if removed
    return Accepted(advisor.name, advisor.fingerprint, invitation.networks, already)


def write_card(ws: Workspace, out: Path, vault: keymod.KeyVault | None = None) -> Written:
    """(Coordinator) The signed coordinator card the advisors import, written to `out`."""
    vault = vault or keymod.KeyVault(ws.root)
    with ws.db.session() as session:
        actor = current_actor(session)
        if actor.role != Role.COORDINATOR:
            raise CoordinatorOnlyError()
        device_keys = keymod.ensure_keys(session, vault)
        party = _own_party(ws, session, vault)
        territory = meta.get(session, TERRITORY_NAME) or ""
        body = {
            "format": CARD_FORMAT,
            "format_version": 1,
            "card_id": str(uuid.uuid4()),
            "created_at": ws.db.clock.now().isoformat(),
            "app_version": __version__,
            "coordinator": party.as_json(),
            "territory": territory,
        }
        _write_signed(Path(out), body, device_keys)
        return Written(Path(out), party.fingerprint, territory=territory)
