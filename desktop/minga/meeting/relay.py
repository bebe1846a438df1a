"""A room hosted by the member the advisor named host (her signed roster says
`meeting_host`): a relay. Nothing here reads a bundle that is not for its reader.

- Each member sends her bundle for the advisor (sealed to the advisor: the host cannot
  open it); the host keeps the latest one of each member in `meeting/relay/` (checked for
  size, sha256 and shape, never imported) and hands them to the advisor later
  (`hand_over`, `minga meeting relayed --out DIR`: a stick the advisor imports as usual).
- Before the meeting the advisor prepares the room (`prepare`, `minga meeting prepare
  --out DIR`): the consolidated bundle for each active member plus a signed index (file ->
  person id, sha256, size). The host loads it (`deposit`, `minga meeting deposit DIR`)
  and sends each member the one made for her, routed by the index without decrypting.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import re
import shutil
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minga.core.files import atomic_write
from minga.meeting import protocol, state
from minga.meeting.errors import (
    DepositRefusedError,
    HostNotAdvisorError,
    NotABundleError,
    ProtocolError,
)
from minga.meeting.protocol import Channel

log = logging.getLogger(__name__)

RELAY_FOLDER = "relay"
RELAY_INDEX = "relay.json"
DEPOSIT_FOLDER = "deposit"
DEPOSIT_INDEX = "deposit.json"
# What the advisor's `prepare` writes beside the bundles.
INDEX_NAME = "minga-sala.json"
INDEX_SIGNATURE = "minga-sala.sig"
INDEX_FORMAT = "minga-meeting-index"
MAX_INDEX_BYTES = 1024**2
MAX_INDEX_BUNDLES = 1000
RELAYED = state.RELAYED

_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}\.minga$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PREFIX = re.compile(rb"^MINGA-BUNDLE [0-9]{1,6}\n")
_AGE = b"age-encryption.org/v1\n"
_lock = threading.Lock()  # the relay's and the deposit's index files


# --- who may host ---------------------------------------------------------------------


def relay_host(session: Any, actor: Any) -> tuple[str, str, str]:
    """(A member's Minga) The microcentre, the advisor's id and name when this member is
    the one the advisor's roster names host of the room; `HostNotAdvisorError` else."""
    from minga.store import meta
    from minga.store.models import Person
    from minga.sync.roster import MICROCENTRE_KEY, meeting_host, trusted_advisor

    named = meeting_host(session)
    advisor_id = trusted_advisor(session)
    microcentre_id = meta.get(session, MICROCENTRE_KEY) or actor.microcentre_id
    if named is None or named.id != actor.person_id or not advisor_id or not microcentre_id:
        raise HostNotAdvisorError()
    advisor = session.get(Person, advisor_id)
    return microcentre_id, advisor_id, advisor.name if advisor is not None else ""


# --- the relay's folder ---------------------------------------------------------------


def _relay_folder(root: Path) -> Path:
    path = state.folder(root) / RELAY_FOLDER
    path.mkdir(exist_ok=True)
    return path


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def relayed(root: Path) -> dict[str, dict[str, Any]]:
    """Person id -> the bundle kept for the advisor (`file`, `name`, `sha256`, `size`,
    `received_at`), only those whose file is there whole."""
    entries = _read_json(state.folder(root) / RELAY_INDEX).get("bundles") or {}
    folder = _relay_folder(root)
    kept = {}
    for person_id, entry in entries.items():
        if not isinstance(entry, dict) or not _UUID.match(str(person_id)):
            continue
        path = folder / f"{person_id}.minga"
        with contextlib.suppress(OSError):
            if path.stat().st_size == entry.get("size"):
                kept[person_id] = dict(entry)
    return kept


def looks_like_a_bundle(path: Path) -> bool:
    """The cleartext a relay can check without the advisor's key: the bundle's prefix
    line and the start of the age header (docs/bundle-format.md, section 1)."""
    with path.open("rb") as handle:
        head = handle.read(96)
    match = _PREFIX.match(head)
    return match is not None and head[match.end() :].startswith(_AGE)


def keep(root: Path, person_id: str, name: str, part: Path, at: str) -> dict[str, Any]:
    """Keeps a member's whole, checked bundle for the advisor (atomically: it replaces
    her older one, which the newer one supersedes: the advisor acknowledged no more of
    hers since)."""
    if not _UUID.match(person_id):
        raise ProtocolError(reason="a member without a person id")
    size = part.stat().st_size
    digest = protocol.sha256_file(part)
    target = _relay_folder(root) / f"{person_id}.minga"
    with _lock:
        os.replace(part, target)
        index_path = state.folder(root) / RELAY_INDEX
        index = _read_json(index_path)
        found = index.get("bundles")
        bundles: dict[str, Any] = found if isinstance(found, dict) else {}
        entry = {"name": name, "sha256": digest, "size": size, "received_at": at}
        bundles[person_id] = entry
        text = json.dumps({"version": 1, "bundles": bundles}, ensure_ascii=False, indent=1)
        atomic_write(index_path, text.encode("utf-8"))
    return entry


@dataclass(frozen=True)
class HandedOver:
    person_id: str
    name: str
    path: Path
    size: int

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "file": str(self.path),
            "size": self.size,
        }


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:40] or "integrante"


def hand_over(root: Path, out: Path) -> list[HandedOver]:
    """Copies every bundle kept for the advisor into `out` (a stick): she imports them
    as usual (`minga import`). They stay here too, until a newer one of the same member
    replaces them (importing one twice changes nothing)."""
    from minga.core.files import copy_atomically

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    folder = _relay_folder(root)
    handed = []
    for person_id, entry in sorted(relayed(root).items(), key=lambda kv: str(kv[1]["name"])):
        name = str(entry.get("name") or "")
        target = out / f"reunion-{slug(name)}-{str(entry['sha256'])[:8]}.minga"
        copy_atomically(folder / f"{person_id}.minga", target)
        handed.append(HandedOver(person_id, name, target, int(entry["size"])))
    return handed


# --- the advisor's bundles, left with the host ----------------------------------------


def deposited_for(root: Path, person_id: str) -> tuple[Path, int, str] | None:
    """The advisor's bundle for this member the host holds (path, size, sha256)."""
    entry = (_read_json(state.folder(root) / DEPOSIT_INDEX).get("bundles") or {}).get(person_id)
    if not isinstance(entry, dict) or not _UUID.match(person_id):
        return None
    path = state.folder(root) / DEPOSIT_FOLDER / f"{person_id}.minga"
    try:
        if path.stat().st_size != entry.get("size"):
            return None
    except OSError:
        return None
    return path, int(entry["size"]), str(entry["sha256"])


@dataclass(frozen=True)
class Prepared:
    folder: Path
    bundles: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "bundles": self.bundles}


def prepare(ws: Any, out: Path, vault: Any = None) -> Prepared:
    """(Advisor) Before a meeting hosted by the member she named: the consolidated bundle
    for each active member, and the index the host routes them by, signed."""
    from minga.core.identity import current_actor
    from minga.sync import keys as keymod
    from minga.sync.export import export_bundle
    from minga.sync.roster import ACTIVE, advisor_microcentre, roster

    vault = vault or keymod.KeyVault(ws.root)
    with ws.db.session() as session:
        actor = current_actor(session)
        microcentre_id = advisor_microcentre(session, actor).id
        members = [
            e
            for e in roster(session, actor)
            if e.membership == ACTIVE
            and e.person_id != actor.person_id
            and e.signing_key
            and e.encryption_key
        ]
        keys = keymod.ensure_keys(session, vault)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    bundles = []
    for member in members:
        path = out / f"sala-{slug(member.name)}-{member.person_id[:8]}.minga"
        export_bundle(ws, path, to=member.person_id, vault=vault)
        bundles.append(
            {
                "file": path.name,
                "person_id": member.person_id,
                "name": member.name,
                "sha256": protocol.sha256_file(path),
                "size": path.stat().st_size,
            }
        )
    index = {
        "format": INDEX_FORMAT,
        "version": 1,
        "microcentre_id": microcentre_id,
        "advisor_id": actor.person_id,
        "created_at": ws.clock.now().isoformat(),
        "bundles": bundles,
    }
    data = json.dumps(index, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write(out / INDEX_NAME, data)
    atomic_write(out / INDEX_SIGNATURE, base64.b64encode(keys.sign(data)) + b"\n")
    return Prepared(out, bundles)


@dataclass(frozen=True)
class Deposit:
    advisor_name: str
    created_at: str
    members: int  # bundles now held for members
    own: Any  # the ImportResult of the host's own bundle, when the folder had it

    def as_json(self) -> dict[str, Any]:
        return {
            "advisor": self.advisor_name,
            "created_at": self.created_at,
            "members": self.members,
            "own": self.own.as_json() if self.own is not None else None,
        }


def _refused(reason: str) -> DepositRefusedError:
    return DepositRefusedError(reason=reason)


def _read_index(folder: Path, advisor_key: str, microcentre_id: str, advisor_id: str) -> dict:
    from minga.sync.keys import verify_signature

    path, sig_path = folder / INDEX_NAME, folder / INDEX_SIGNATURE
    try:
        if path.stat().st_size > MAX_INDEX_BYTES or sig_path.stat().st_size > 200:
            raise _refused("the index is too large")
        data = path.read_bytes()
        signature = base64.b64decode(sig_path.read_bytes().strip(), validate=True)
    except FileNotFoundError:
        raise _refused(f"no {INDEX_NAME} in {folder}") from None
    except (OSError, ValueError):
        raise _refused("the index cannot be read") from None
    if not verify_signature(advisor_key, data, signature):
        raise _refused("the index is not signed by your advisor")
    try:
        index = json.loads(data.decode("utf-8"))
    except ValueError:
        raise _refused("the index is not JSON") from None
    if (
        not isinstance(index, dict)
        or index.get("format") != INDEX_FORMAT
        or index.get("version") != 1
        or not isinstance(index.get("bundles"), list)
        or len(index["bundles"]) > MAX_INDEX_BUNDLES
        or not isinstance(index.get("created_at"), str)
    ):
        raise _refused("the index is not a Minga meeting index")
    if index.get("microcentre_id") != microcentre_id or index.get("advisor_id") != advisor_id:
        raise _refused("the index is for another microcentre")
    seen = set()
    for entry in index["bundles"]:
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("file"), str)
            or not _FILE_NAME.match(entry["file"])
            or not isinstance(entry.get("person_id"), str)
            or not _UUID.match(entry["person_id"])
            or entry["person_id"] in seen
            or type(entry.get("size")) is not int
            or not 0 < entry["size"] <= protocol.MAX_BUNDLE
            or not isinstance(entry.get("sha256"), str)
            or not re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
        ):
            raise _refused("the index has an entry Minga does not understand")
        seen.add(entry["person_id"])
    return index


def deposit(ws: Any, folder: Path, vault: Any = None) -> Deposit:
    """(The named host) Takes the bundles the advisor prepared for the meeting: checks the
    index's signature (the advisor's key this Minga trusts) and every file's size and
    sha256 before anything is kept; replaces an earlier deposit. The host's own bundle,
    when the folder has it, is imported here like any bundle from the advisor."""
    from minga.core.identity import current_actor
    from minga.store.models import Person
    from minga.sync.importer import import_file

    folder = Path(folder)
    with ws.db.session() as session:
        actor = current_actor(session)
        microcentre_id, advisor_id, advisor_name = relay_host(session, actor)
        advisor = session.get(Person, advisor_id)
        advisor_key = advisor.signing_key if advisor is not None else None
        me = actor.person_id
    if not advisor_key:
        raise HostNotAdvisorError()
    index = _read_index(folder, advisor_key, microcentre_id, advisor_id)
    for entry in index["bundles"]:  # every file whole before anything is kept
        source = folder / entry["file"]
        try:
            ok = source.stat().st_size == entry["size"]
        except OSError:
            ok = False
        if not ok or protocol.sha256_file(source) != entry["sha256"]:
            raise _refused(f"{entry['file']} is missing or damaged")
    target = state.folder(ws.root) / DEPOSIT_FOLDER
    target.mkdir(exist_ok=True)
    own = None
    held: dict[str, Any] = {}
    for entry in index["bundles"]:
        source = folder / entry["file"]
        if entry["person_id"] == me:
            own = import_file(ws, [source], vault=vault)
            continue
        temp = target / f"{entry['person_id']}.partial"
        shutil.copyfile(source, temp)
        if protocol.sha256_file(temp) != entry["sha256"]:
            temp.unlink(missing_ok=True)
            raise _refused(f"{entry['file']} changed while it was copied")
        os.replace(temp, target / f"{entry['person_id']}.minga")
        held[entry["person_id"]] = {
            "name": str(entry.get("name", ""))[:120],
            "sha256": entry["sha256"],
            "size": entry["size"],
        }
    with _lock:
        text = json.dumps(
            {"version": 1, "created_at": index["created_at"], "bundles": held},
            ensure_ascii=False,
            indent=1,
        )
        atomic_write(state.folder(ws.root) / DEPOSIT_INDEX, text.encode("utf-8"))
        for stale in target.glob("*.minga"):
            if stale.stem not in held:
                stale.unlink()
    log.info("meeting: %d bundles of the advisor deposited for the room", len(held))
    return Deposit(advisor_name, index["created_at"], len(held), own)


def deposit_info(root: Path) -> dict[str, Any]:
    """What the host holds: `created_at` of the advisor's deposit and how many bundles."""
    index = _read_json(state.folder(root) / DEPOSIT_INDEX)
    found = index.get("bundles")
    count = len(found) if isinstance(found, dict) else 0
    return {"created_at": str(index.get("created_at") or ""), "members": count}


# --- one member's exchange with the relay ---------------------------------------------


def relay_exchange(host: Any, channel: Channel, person_id: str) -> None:
    """The host's side of one member's exchange in a relay room: her bundle is kept for
    the advisor (not imported: it is sealed to the advisor), and she receives what the
    advisor left with the host for her, or a `nothing`."""
    if person_id == host.advisor_id:  # the advisor herself: she takes the bundles
        relay_collect(host, channel)
        return
    offer = channel.read_message("offer")
    size, digest = protocol.check_offer(offer, host.limits)
    host._mark(person_id, state.IN_PROGRESS)
    incoming = state.folder(host.root) / "incoming"
    incoming.mkdir(exist_ok=True)
    part = incoming / f"{person_id}-{digest}.part"
    kept = relayed(host.root).get(person_id)
    if kept is not None and kept.get("sha256") == digest:
        offset = size  # kept already: nothing to send again
        part.unlink(missing_ok=True)
    else:
        for stale in incoming.glob(f"{person_id}-*.part"):
            if stale != part:
                stale.unlink()
        offset = part.stat().st_size if part.exists() else 0
        if offset > size:
            part.unlink()
            offset = 0
    channel.send_message({"type": "resume", "offset": offset})
    if offset < size or part.exists():
        received = channel.receive_file(part, size)
        if received != size or protocol.sha256_file(part) != digest:
            part.unlink(missing_ok=True)
            raise ProtocolError(reason="the bundle arrived damaged")
        if not looks_like_a_bundle(part):
            part.unlink(missing_ok=True)
            reason = NotABundleError().message(_catalog())
            host._mark(person_id, state.FAILED, reason)
            channel.send_message({"type": "imported", "ok": False, "message": reason})
            return
        name = host._roster.get(person_id, ("", ""))[0]
        keep(host.root, person_id, name, part, host._now())
        log.info("meeting: the bundle of %s is kept for the advisor", person_id)
    else:
        channel.read_message("end")
    channel.send_message({"type": "imported", "ok": True, "relayed": True, "summary": {}})
    back = deposited_for(host.root, person_id)
    if back is None:
        channel.send_message({"type": "nothing"})
        channel.read_message("done", host.limits.import_seconds)
        host._mark(person_id, RELAYED)
        channel.send_message({"type": "bye"})
        return
    path, back_size, back_digest = back
    channel.send_message({"type": "offer", "size": back_size, "sha256": back_digest})
    resume = channel.read_message("resume")
    start = resume.get("offset")
    if type(start) is not int or not 0 <= start <= back_size:
        raise ProtocolError(reason=f"resume at {start!r}")
    channel.send_file(path, start, back_size)
    done = channel.read_message("done", host.limits.import_seconds)
    if done.get("ok") is True:
        host._mark(person_id, state.SYNCED)
    else:
        reason = "".join(ch for ch in str(done.get("message", ""))[:300] if ch.isprintable())
        host._mark(person_id, state.FAILED, reason)
    channel.send_message({"type": "bye"})


def forget(root: Path, person_id: str, digest: str) -> None:
    """The advisor imported this member's kept bundle: it leaves the relay (unless a
    newer one of hers arrived meanwhile)."""
    with _lock:
        index_path = state.folder(root) / RELAY_INDEX
        index = _read_json(index_path)
        found = index.get("bundles")
        bundles: dict[str, Any] = found if isinstance(found, dict) else {}
        entry = bundles.get(person_id)
        if not isinstance(entry, dict) or entry.get("sha256") != digest:
            return
        del bundles[person_id]
        text = json.dumps({"version": 1, "bundles": bundles}, ensure_ascii=False, indent=1)
        atomic_write(index_path, text.encode("utf-8"))
        (_relay_folder(root) / f"{person_id}.minga").unlink(missing_ok=True)


def relay_collect(host: Any, channel: Channel) -> None:
    """(The host's side) The advisor connected to the room: she receives every bundle
    kept for her, one after another, and says whether her Minga imported it; an
    imported one leaves the relay."""
    channel.read_message("collect")
    folder = _relay_folder(host.root)
    for person_id, entry in sorted(relayed(host.root).items()):
        path = folder / f"{person_id}.minga"
        channel.send_message(
            {
                "type": "offer",
                "size": entry["size"],
                "sha256": entry["sha256"],
                "person_id": person_id,
                "name": str(entry.get("name", ""))[:120],
            }
        )
        resume = channel.read_message("resume")
        start = resume.get("offset")
        if type(start) is not int or not 0 <= start <= entry["size"]:
            raise ProtocolError(reason=f"resume at {start!r}")
        channel.send_file(path, start, int(entry["size"]))
        done = channel.read_message("done", host.limits.import_seconds)
        if done.get("ok") is True:
            forget(host.root, person_id, str(entry["sha256"]))
            log.info("meeting: the advisor took the bundle of %s", person_id)
    channel.send_message({"type": "nothing"})
    channel.read_message("done", host.limits.import_seconds)
    channel.send_message({"type": "bye"})


@dataclass(frozen=True)
class Collected:
    host_name: str
    fingerprint: str
    imported: list[tuple[str, Any]]  # (member's name, ImportResult)
    refused: list[tuple[str, str]]  # (member's name, why)

    def as_json(self) -> dict[str, Any]:
        return {
            "host": self.host_name,
            "fingerprint": self.fingerprint,
            "imported": [{"name": n, "import": r.as_json()} for n, r in self.imported],
            "refused": [{"name": n, "error": e} for n, e in self.refused],
        }


def collect(
    ws: Any,
    address: str,
    *,
    code: str | None = None,
    vault: Any = None,
    limits: protocol.Limits = protocol.DEFAULT_LIMITS,
) -> Collected:
    """(Advisor) Connects to the room of the member she named host and imports the
    members' bundles it kept for her (the same verified import as from a stick)."""
    from minga.core.identity import current_actor
    from minga.domain.errors import MingaError
    from minga.meeting.errors import NotYourNetworkError
    from minga.meeting.member import connect
    from minga.sync import keys as keymod
    from minga.sync.importer import import_file
    from minga.sync.roster import advisor_microcentre, meeting_host

    vault = vault or keymod.KeyVault(ws.root)
    with ws.db.session() as session:
        actor = current_actor(session)
        microcentre_id = advisor_microcentre(session, actor).id
        named = meeting_host(session)
        host_key = named.signing_key if named is not None else None
        keys = keymod.ensure_keys(session, vault)
    sock = connect(address, limits)
    imported: list[tuple[str, Any]] = []
    refused: list[tuple[str, str]] = []
    try:
        channel = Channel(sock, limits)
        nonce = protocol.new_nonce()
        hello: dict[str, Any] = {
            "type": "hello",
            "version": protocol.VERSION,
            "person_id": actor.person_id,
            "device_id": actor.device_id,
            "signing_key": keys.public.signing_key,
            "nonce": nonce,
        }
        if code:
            hello["code"] = protocol.normalize_code(code)
        channel.send_message(hello)
        challenge = channel.read_message("challenge", limits.handshake_seconds)
        host_nonce = challenge.get("nonce")
        if not protocol.is_nonce(host_nonce):
            raise ProtocolError(reason="a malformed challenge")
        signature = protocol.unb64(challenge.get("signature"))
        proof = protocol.proof(protocol.HOST_CONTEXT, nonce, host_nonce, microcentre_id)
        shown_key = challenge.get("signing_key")
        if (
            not host_key
            or shown_key != host_key
            or not keymod.verify_signature(host_key, proof, signature)
        ):
            shown = keymod.fingerprint(str(shown_key)) if keymod.is_signing_key(shown_key) else "?"
            raise NotYourNetworkError(address=address, fingerprint=shown)
        member_proof = protocol.proof(protocol.MEMBER_CONTEXT, host_nonce, nonce)
        channel.send_message({"type": "auth", "signature": protocol.b64(keys.sign(member_proof))})
        channel.read_message("welcome")
        channel.send_message({"type": "collect"})
        incoming = state.folder(ws.root) / "incoming"
        incoming.mkdir(exist_ok=True)
        for _turn in range(MAX_INDEX_BUNDLES + 1):  # at most one per member: bounded
            offer = channel.read_message(("offer", "nothing"), limits.import_seconds)
            if offer["type"] == "nothing":
                channel.send_message({"type": "done", "ok": True})
                channel.read_message("bye")
                break
            size, digest = protocol.check_offer(offer, limits)
            name = "".join(ch for ch in str(offer.get("name", ""))[:120] if ch.isprintable())
            part = incoming / f"relayed-{digest}.part"
            resumed = part.stat().st_size if part.exists() else 0
            if resumed > size:
                part.unlink()
                resumed = 0
            channel.send_message({"type": "resume", "offset": resumed})
            received = channel.receive_file(part, size)
            if received != size or protocol.sha256_file(part) != digest:
                part.unlink(missing_ok=True)
                raise ProtocolError(reason="the bundle arrived damaged")
            bundle = part.with_name(f"reunion-{digest[:8]}.minga")
            part.replace(bundle)
            try:
                result = import_file(ws, [bundle], vault=vault)
            except MingaError as exc:
                message = exc.message(_catalog())
                refused.append((name, message))
                channel.send_message({"type": "done", "ok": False, "message": message})
            else:
                imported.append((name, result))
                channel.send_message({"type": "done", "ok": True})
            finally:
                bundle.unlink(missing_ok=True)
        else:
            raise ProtocolError(reason="more bundles than members")
    finally:
        sock.close()
    return Collected(
        str(challenge.get("name", ""))[:120],
        keymod.fingerprint(str(host_key)),
        imported,
        refused,
    )


def _catalog() -> Any:
    from minga.i18n import catalog

    return catalog()


@dataclass(frozen=True)
class RoomRole:
    """Who opens the room, as this installation knows it (for the window)."""

    hosting: bool  # this member is the named host (her room relays for the advisor)
    advisor_name: str
    named_host: str  # the named host's name ("" : the advisor hosts)


def room_role(ws: Any) -> RoomRole:
    from minga.core.identity import current_actor
    from minga.domain.vocab import Role
    from minga.store.models import Person
    from minga.sync.roster import meeting_host, trusted_advisor

    with ws.db.session() as session:
        actor = current_actor(session)
        named = meeting_host(session)
        if actor.role == Role.ADVISOR:
            return RoomRole(False, actor.name, named.name if named is not None else "")
        advisor_id = trusted_advisor(session)
        advisor = session.get(Person, advisor_id) if advisor_id else None
        return RoomRole(
            named is not None and named.id == actor.person_id,
            advisor.name if advisor is not None else "",
            named.name if named is not None else "",
        )


def named_host_key(ws: Any) -> tuple[str | None, str]:
    """(Advisor) The signing key and name of the member she named host (None, "")."""
    from minga.sync.roster import meeting_host

    with ws.db.session() as session:
        named = meeting_host(session)
        return (named.signing_key, named.name) if named is not None else (None, "")
