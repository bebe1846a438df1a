"""A teacher's side of the meeting: connect to the advisor's Minga, prove who she is,
send her bundle for the advisor, receive the consolidated bundle made for her and import
it (the same verified, atomic import as a bundle from a USB stick).

A dropped connection loses nothing: the bundle she sent is kept (`meeting/outgoing`) and
sent again from where the host stopped receiving; the bundle she receives is kept
(`meeting/incoming/<sha256>.part`) and completed on the next connection.
"""

from __future__ import annotations

import hashlib
import json
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minga.core.files import atomic_write
from minga.domain.errors import MingaError
from minga.i18n import catalog
from minga.meeting import protocol, state
from minga.meeting.errors import (
    BundleRefusedError,
    CannotConnectError,
    NotJoinedError,
    NotYourNetworkError,
    ProtocolError,
)
from minga.meeting.protocol import Channel, Limits

log = logging.getLogger(__name__)

PENDING_FILE = "outgoing.json"

# The phases `join(progress=...)` reports.
PREPARING, CONNECTING, SENDING, WAITING, RECEIVING, IMPORTING = (
    "preparing",
    "connecting",
    "sending",
    "waiting",
    "receiving",
    "importing",
)


@dataclass(frozen=True)
class Membership:
    person_id: str
    device_id: str
    microcentre_id: str
    advisor_name: str
    advisor_key: str
    # The member the advisor named host of the room (her roster), if any: her room
    # relays the bundles for the advisor.
    host_name: str = ""
    host_key: str | None = None

    def host_keys(self) -> tuple[str, ...]:
        """The keys a room's host may prove: the advisor's, and the named host's."""
        return (self.advisor_key, self.host_key) if self.host_key else (self.advisor_key,)

    def host_fingerprints(self) -> tuple[str, ...]:
        from minga.sync.keys import fingerprint

        return tuple(fingerprint(key) for key in self.host_keys())


@dataclass(frozen=True)
class JoinOutcome:
    host_name: str
    fingerprint: str
    sent_bytes: int
    received_bytes: int
    resumed_from: int  # where the upload started (0: from the beginning)
    download_resumed_from: int
    result: Any  # the ImportResult of the consolidated bundle (None: nothing came back)
    # The host was the member the advisor named (a relay): her bundle stays with the
    # host for the advisor; what came back is what the advisor left with the host.
    relayed: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "host": self.host_name,
            "relayed": self.relayed,
            "fingerprint": self.fingerprint,
            "sent_bytes": self.sent_bytes,
            "received_bytes": self.received_bytes,
            "resumed_from": self.resumed_from,
            "download_resumed_from": self.download_resumed_from,
            "import": self.result.as_json() if self.result is not None else None,
        }


def membership(ws: Any, vault: Any) -> tuple[Membership, Any]:
    """Who this installation is in its microcentre, and its keys."""
    from minga.core.identity import current_actor
    from minga.store import meta
    from minga.store.models import Person
    from minga.sync import keys as keymod
    from minga.sync.roster import MICROCENTRE_KEY, meeting_host, trusted_advisor

    with ws.db.session() as session:
        actor = current_actor(session)
        advisor_id = trusted_advisor(session)
        advisor = session.get(Person, advisor_id) if advisor_id else None
        microcentre_id = meta.get(session, MICROCENTRE_KEY) or actor.microcentre_id
        if advisor is None or not advisor.signing_key or not microcentre_id:
            raise NotJoinedError()
        keys = keymod.ensure_keys(session, vault)
        named = meeting_host(session)
        if named is not None and named.id in (actor.person_id, advisor.id):
            named = None
        return (
            Membership(
                actor.person_id,
                actor.device_id,
                microcentre_id,
                advisor.name,
                advisor.signing_key,
                named.name if named is not None else "",
                named.signing_key if named is not None else None,
            ),
            keys,
        )


def _pending_bundle(ws: Any, vault: Any) -> tuple[Path, int, str]:
    """The bundle for the advisor waiting to be sent (made now when there is none)."""
    from minga.sync.export import export_bundle

    folder = state.folder(ws.root) / "outgoing"
    folder.mkdir(exist_ok=True)
    record = state.folder(ws.root) / PENDING_FILE
    try:
        pending = json.loads(record.read_text(encoding="utf-8"))
        path = folder / Path(str(pending["file"])).name
        if path.exists() and path.stat().st_size == pending["size"]:
            return path, int(pending["size"]), str(pending["sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    for stale in folder.glob("*.minga"):
        stale.unlink()
    stamp = ws.clock.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"reunion-{stamp}.minga"
    written = export_bundle(ws, path, vault=vault)
    size, digest = written.size, written.sha256
    atomic_write(
        record, json.dumps({"file": path.name, "size": size, "sha256": digest}).encode("utf-8")
    )
    return path, size, digest


def _forget_pending(ws: Any) -> None:
    folder = state.folder(ws.root)
    (folder / PENDING_FILE).unlink(missing_ok=True)
    for stale in (folder / "outgoing").glob("*.minga"):
        stale.unlink()


def connect(address: str, limits: Limits) -> socket.socket:
    host, port = protocol.parse_address(address)
    try:
        return socket.create_connection((host, port), timeout=limits.handshake_seconds)
    except OSError as exc:
        raise CannotConnectError(address=address, reason=exc.strerror or str(exc)) from None


def join(
    ws: Any,
    address: str,
    *,
    code: str | None = None,
    vault: Any = None,
    limits: Limits = protocol.DEFAULT_LIMITS,
    progress: Callable[[str, int, int], None] | None = None,
) -> JoinOutcome:
    """One exchange with the host at `address` ("HOST:PORT").

    `progress(phase, done, total)` tells how far it is (from this thread): the phases are
    PREPARING, CONNECTING, SENDING, WAITING (the host imports), RECEIVING and IMPORTING;
    `done` and `total` are bytes while sending and receiving, else 0."""
    from minga.sync import keys as keymod
    from minga.sync.importer import import_file

    def report(phase: str, done: int = 0, total: int = 0) -> None:
        if progress is not None:
            progress(phase, done, total)

    vault = vault or keymod.KeyVault(ws.root)
    me, keys = membership(ws, vault)
    report(PREPARING)
    path, size, digest = _pending_bundle(ws, vault)
    report(CONNECTING)
    sock = connect(address, limits)
    try:
        channel = Channel(sock, limits)
        nonce = protocol.new_nonce()
        hello: dict[str, Any] = {
            "type": "hello",
            "version": protocol.VERSION,
            "person_id": me.person_id,
            "device_id": me.device_id,
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
        host_proof = protocol.proof(protocol.HOST_CONTEXT, nonce, host_nonce, me.microcentre_id)
        host_key = challenge.get("signing_key")
        # The advisor's Minga, or the one of the member she named host (a relay).
        if host_key not in me.host_keys() or not keymod.verify_signature(
            str(host_key), host_proof, signature
        ):
            shown = keymod.fingerprint(str(host_key)) if keymod.is_signing_key(host_key) else "?"
            raise NotYourNetworkError(address=address, fingerprint=shown)
        relay = host_key != me.advisor_key
        fingerprint = keymod.fingerprint(str(host_key))
        member_proof = protocol.proof(protocol.MEMBER_CONTEXT, host_nonce, nonce)
        channel.send_message({"type": "auth", "signature": protocol.b64(keys.sign(member_proof))})
        channel.read_message("welcome")

        # Her bundle for the advisor.
        channel.send_message({"type": "offer", "size": size, "sha256": digest})
        resume = channel.read_message("resume")
        offset = resume.get("offset")
        if type(offset) is not int or not 0 <= offset <= size:
            raise ProtocolError(reason=f"resume at {offset!r}")
        report(SENDING, offset, size)
        channel.send_file(path, offset, size, lambda done: report(SENDING, done, size))
        report(WAITING)
        imported = channel.read_message("imported", limits.import_seconds)
        if imported.get("ok") is not True:
            _forget_pending(ws)  # the next try makes a new one
            raise BundleRefusedError(reason=str(imported.get("message", ""))[:500])
        # Her bundle stays pending until the way back is done: on a new connection the
        # host recognises it (same sha256) and resumes the consolidated bundle.

        # The consolidated bundle made for her (through a relay: the one the advisor
        # left with the host, if she did).
        offer = channel.read_message(("offer", "nothing"), limits.import_seconds)
        if offer["type"] == "nothing":
            _forget_pending(ws)  # the host keeps it for the advisor
            channel.send_message({"type": "done", "ok": True})
            channel.read_message("bye")
            return JoinOutcome(
                host_name=str(challenge.get("name", ""))[:120],
                fingerprint=fingerprint,
                sent_bytes=size - offset,
                received_bytes=0,
                resumed_from=offset,
                download_resumed_from=0,
                result=None,
                relayed=True,
            )
        back_size, back_digest = protocol.check_offer(offer, limits)
        incoming = state.folder(ws.root) / "incoming"
        incoming.mkdir(exist_ok=True)
        part = incoming / f"{back_digest}.part"
        for stale in incoming.glob("*.part"):
            if stale != part:
                stale.unlink()
        resumed = part.stat().st_size if part.exists() else 0
        if resumed > back_size:
            part.unlink()
            resumed = 0
        channel.send_message({"type": "resume", "offset": resumed})
        report(RECEIVING, resumed, back_size)
        hashed = hashlib.sha256()
        received = channel.receive_file(
            part, back_size, lambda done: report(RECEIVING, done, back_size), digest=hashed
        )
        if received != back_size or hashed.hexdigest() != back_digest:
            part.unlink(missing_ok=True)
            raise ProtocolError(reason="the bundle arrived damaged")
        bundle = part.with_name("reunion.minga")
        part.replace(bundle)
        report(IMPORTING)
        try:
            result = import_file(ws, [bundle], vault=vault)
        except MingaError as exc:
            channel.send_message({"type": "done", "ok": False, "message": exc.message(catalog())})
            raise
        finally:
            bundle.unlink(missing_ok=True)
        _forget_pending(ws)
        channel.send_message({"type": "done", "ok": True})
        channel.read_message("bye")
        return JoinOutcome(
            host_name=str(challenge.get("name", me.advisor_name))[:120],
            fingerprint=fingerprint,
            sent_bytes=size - offset,
            received_bytes=back_size - resumed,
            resumed_from=offset,
            download_resumed_from=resumed,
            result=result,
            relayed=relay,
        )
    finally:
        sock.close()
