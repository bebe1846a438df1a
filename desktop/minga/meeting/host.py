"""The advisor's side of the meeting: listens, authenticates members by their keys,
receives each member's bundle, imports one bundle at a time, and sends back the
consolidated bundle made for her.

Every database step (the import, the export for the member, reading the roster) runs
in one worker thread that owns the workspace: connections are received side by side,
imports never overlap.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import logging
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minga.domain.errors import MingaError
from minga.i18n import catalog
from minga.meeting import protocol, state
from minga.meeting.errors import MeetingError, PortBusyError, ProtocolError
from minga.meeting.protocol import Channel, Limits

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 32


@dataclass(frozen=True)
class HostInfo:
    name: str
    person_id: str
    microcentre_id: str
    fingerprint: str
    port: int
    code: str
    addresses: tuple[str, ...]
    # The member the advisor named host: her room relays the bundles for the advisor.
    relay: bool = False
    advisor_name: str = ""

    @property
    def address(self) -> str:
        first = self.addresses[0] if self.addresses else "127.0.0.1"
        return f"{first}:{self.port}"

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "person_id": self.person_id,
            "microcentre_id": self.microcentre_id,
            "fingerprint": self.fingerprint,
            "port": self.port,
            "code": self.code,
            "address": self.address,
            "addresses": list(self.addresses),
            "relay": self.relay,
            "advisor_name": self.advisor_name,
        }


def local_addresses() -> tuple[str, ...]:
    """This computer's IPv4 addresses on its networks (loopback last)."""
    found: list[str] = []
    try:
        import ifaddr

        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str) and ip.ip not in found:
                    found.append(ip.ip)
    except ImportError:  # discovery not installed: the system's idea of its own name
        with contextlib.suppress(OSError):
            found.append(socket.gethostbyname(socket.gethostname()))
    outside = [a for a in found if not a.startswith("127.")]
    return tuple(outside + [a for a in found if a.startswith("127.")])


class _Refused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Host:
    """A meeting host on one data folder. `start()`, then `stop()`."""

    def __init__(
        self,
        root: Path,
        *,
        vault: Any = None,
        port: int = protocol.DEFAULT_PORT,
        bind: str = "0.0.0.0",
        limits: Limits = protocol.DEFAULT_LIMITS,
        clock: Any = None,
        code: str | None = None,
        workspace: Any = None,
    ):
        """`workspace`: an open Workspace of `root` to use (the window's; it stays open
        on `stop()`); without it the host opens its own in its worker."""
        self.root = Path(root)
        self._given_ws = workspace
        self.vault = vault
        self.port = port
        self.bind = bind
        self.limits = limits
        self.clock = clock
        self.code = protocol.normalize_code(code) if code else protocol.new_code()
        self.state = state.StateFile(self.root)
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="meeting-import")
        self._ws: Any = None
        self._keys: Any = None
        self._roster: dict[str, tuple[str, str]] = {}
        self._server: socket.socket | None = None
        self._stopping = threading.Event()
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._threads: list[threading.Thread] = []
        self._members_lock = threading.Lock()
        self._serving: set[socket.socket] = set()  # every connection being served
        self._latest: dict[str, socket.socket] = {}  # person id -> her newest connection
        self._exchanges: dict[str, threading.Lock] = {}  # person id -> held while exchanging
        self.info: HostInfo | None = None
        self.relay = False  # set by `start()` on the named host's Minga
        self.advisor_id = ""
        self.advisor_name = ""

    # --- lifecycle --------------------------------------------------------------------

    def start(self) -> HostInfo:
        try:
            name, person_id, microcentre_id, fingerprint = self._run(self._open)
        except BaseException:  # not the advisor nor her named host: nothing left running
            self._run(self._close)
            self._worker.shutdown()
            raise
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows: no other program may share it
            server.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        else:
            server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            server.bind((self.bind, self.port))
        except OSError as exc:
            server.close()
            self._run(self._close)
            self._worker.shutdown()
            raise PortBusyError(port=self.port, reason=exc.strerror or str(exc)) from None
        server.listen(64)
        server.settimeout(0.2)
        self._server = server
        port = server.getsockname()[1]
        addresses = (self.bind,) if self.bind not in ("0.0.0.0", "") else local_addresses()
        self.info = HostInfo(
            name,
            person_id,
            microcentre_id,
            fingerprint,
            port,
            self.code,
            addresses,
            self.relay,
            self.advisor_name,
        )
        today = self._ws.clock.now_local().date().isoformat() if self._ws is not None else ""
        self.state.new_meeting(today)
        self.state.set_host(**self.info.as_json(), listening=True, started_at=today)
        accept = threading.Thread(target=self._accept_loop, name="meeting-accept", daemon=True)
        accept.start()
        self._threads.append(accept)
        log.info("meeting host listening on port %d (%s)", port, fingerprint)
        return self.info

    def stop(self) -> None:
        """Stops listening and ends the connections being served at once (a member
        resumes later); waits for an import under way to finish."""
        self._stopping.set()
        if self._server is not None:
            self._server.close()
        with self._members_lock:
            serving = list(self._serving)
        for sock in serving:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(timeout=self.limits.frame_seconds + 5)
        if self.info is not None:
            host = dict(self.state.data.get("host") or {})
            self.state.set_host(**{**host, **self.info.as_json(), "listening": False})
        self._run(self._close)
        self._worker.shutdown()

    def __enter__(self) -> Host:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # --- the worker (owns the database) -----------------------------------------------

    def _run(self, fn: Any, *args: Any, timeout: float | None = None) -> Any:
        return self._worker.submit(fn, *args).result(timeout=timeout)

    def _open(self) -> tuple[str, str, str, str]:
        from minga.core.identity import current_actor
        from minga.core.workspace import Workspace
        from minga.domain.vocab import Role
        from minga.sync import export, importer  # noqa: F401 (loaded now, not for the first member)
        from minga.sync import keys as keymod
        from minga.sync.roster import advisor_microcentre

        self._ws = self._given_ws or Workspace(self.root, clock=self.clock)
        self.vault = self.vault or keymod.KeyVault(self.root)
        with self._ws.db.session() as session:
            actor = current_actor(session)
            if actor.role != Role.ADVISOR:
                from minga.meeting.relay import relay_host

                # The member the advisor named host: her room relays for the advisor.
                microcentre_id, self.advisor_id, self.advisor_name = relay_host(session, actor)
                self.relay = True
            else:
                microcentre_id = advisor_microcentre(session, actor).id
            self._keys = keymod.ensure_keys(session, self.vault)
        self._load_roster()
        return actor.name, actor.person_id, microcentre_id, self._keys.public.fingerprint

    def _close(self) -> None:
        if self._ws is not None and self._ws is not self._given_ws:
            self._ws.close()
        self._ws = None

    def _load_roster(self) -> None:
        from minga.core.identity import current_actor
        from minga.sync.roster import ACTIVE, roster

        with self._ws.db.session() as session:
            actor = current_actor(session)
            self._roster = {
                e.person_id: (e.name, e.signing_key)
                for e in roster(session, actor)
                if e.membership == ACTIVE and e.signing_key and e.person_id != actor.person_id
            }

    def _now(self) -> str:
        return self._ws.clock.now().isoformat() if self._ws is not None else ""

    def _mark(self, person_id: str, new_state: str, reason: str = "", **extra: Any) -> None:
        name = self._roster.get(person_id, ("", ""))[0]
        self.state.update(
            person_id, state=new_state, reason=reason, name=name, updated_at=self._now(), **extra
        )

    def _import_and_export(self, person_id: str, part: Path, digest: str) -> dict[str, Any]:
        """(worker) Imports the member's bundle, then writes her consolidated bundle."""
        from minga.sync.export import export_bundle
        from minga.sync.importer import import_file

        folder = state.folder(self.root)
        summary: dict[str, Any] = {}
        imported_now = part.exists()
        if imported_now:
            bundle = part.with_name(f"reunion-{person_id[:8]}.minga")
            part.replace(bundle)
            try:
                result = import_file(self._ws, [bundle], vault=self.vault)
            except MingaError as exc:
                reason = exc.message(catalog())
                log.warning("meeting: the bundle of %s was refused: %s", person_id, exc)
                self._mark(person_id, state.FAILED, reason)
                return {"ok": False, "message": reason}
            finally:
                bundle.unlink(missing_ok=True)
            summary = result.totals.as_json() if hasattr(result, "totals") else {}
            self.state.update(person_id, received_sha256=digest)
            self._load_roster()
        entry = self.state.member(person_id)
        sent = entry.get("sent") or {}
        out = folder / "outbox" / f"{person_id}.minga"
        if imported_now or not (out.exists() and sent.get("for") == digest):
            out.parent.mkdir(exist_ok=True)
            written = export_bundle(self._ws, out, to=person_id, vault=self.vault)
            sent = {"sha256": written.sha256, "size": written.size, "for": digest}
            self.state.update(person_id, sent=sent)
        return {"ok": True, "summary": summary, "sent": sent, "path": str(out)}

    # --- connections ------------------------------------------------------------------

    def _accept_loop(self) -> None:
        assert self._server is not None
        while not self._stopping.is_set():
            try:
                sock, peer = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            if not self._slots.acquire(blocking=False):
                log.warning("meeting: too many connections, %s turned away", peer[0])
                sock.close()
                continue
            with self._members_lock:
                self._serving.add(sock)
            thread = threading.Thread(
                target=self._serve, args=(sock, peer), name="meeting-peer", daemon=True
            )
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket, peer: tuple[str, int]) -> None:
        person_id = ""
        current = False  # this connection is the member's latest (its outcome counts)
        try:
            channel = Channel(sock, self.limits)
            person_id = self._authenticate(channel, peer[0])
            current = True
            with self._take_over(person_id, sock):
                if self.relay:
                    from minga.meeting.relay import relay_exchange

                    relay_exchange(self, channel, person_id)
                else:
                    self._exchange(channel, person_id)
        except _Refused as refusal:
            with contextlib.suppress(MeetingError):
                Channel(sock, self.limits).send_message(
                    {"type": "refused", "reason": refusal.message}
                )
        except MeetingError as exc:
            log.info("meeting: connection from %s ended: %s", peer[0], exc)
            if current and self._is_latest(person_id, sock):
                self._mark(person_id, state.FAILED, exc.message(catalog()))
        except concurrent.futures.TimeoutError:
            log.warning("meeting: the import for %s took too long", person_id)
            if current and self._is_latest(person_id, sock):
                self._mark(person_id, state.FAILED, "timeout")
        except Exception:  # a bug: the host keeps serving the others
            log.exception("meeting: unexpected failure with %s", peer[0])
            if current and self._is_latest(person_id, sock):
                self._mark(person_id, state.FAILED, "error")
        finally:
            with self._members_lock:
                if self._latest.get(person_id) is sock:
                    del self._latest[person_id]
                self._serving.discard(sock)
            sock.close()
            self._slots.release()

    @contextlib.contextmanager
    def _take_over(self, person_id: str, sock: socket.socket) -> Any:
        """One exchange per member at a time. A member who reconnects (her Wi-Fi dropped
        and her Minga tried again) supersedes her older connection, which may still be
        waiting for bytes that will never come: it is cut at once, and the new one goes
        on when the old one has let go of her files. The older one's failure is not
        recorded over the newer one's outcome."""
        with self._members_lock:
            older = self._latest.get(person_id)
            self._latest[person_id] = sock
            lock = self._exchanges.setdefault(person_id, threading.Lock())
        if older is not None:
            log.info("meeting: %s reconnected; the older connection is closed", person_id)
            with contextlib.suppress(OSError):
                older.shutdown(socket.SHUT_RDWR)
        if not lock.acquire(timeout=self.limits.frame_seconds + 5):
            raise ProtocolError(reason="an older connection of the same member still busy")
        try:
            if not self._is_latest(person_id, sock):  # superseded while waiting
                raise ProtocolError(reason="a newer connection of the same member")
            yield
        finally:
            lock.release()

    def _is_latest(self, person_id: str, sock: socket.socket) -> bool:
        with self._members_lock:
            return self._latest.get(person_id) is sock

    def _authenticate(self, channel: Channel, peer: str) -> str:
        from minga.sync.keys import is_signing_key, verify_signature

        hello = channel.read_message("hello", self.limits.handshake_seconds)
        person_id, key, nonce = hello.get("person_id"), hello.get("signing_key"), hello.get("nonce")
        code = hello.get("code")
        if (
            hello.get("version") != protocol.VERSION
            or not isinstance(person_id, str)
            or len(person_id) > 64
            or not is_signing_key(key)
            or not protocol.is_nonce(nonce)
            or not (code is None or (isinstance(code, str) and len(code) <= 20))
        ):
            raise ProtocolError(reason="a malformed greeting")
        assert self._keys is not None
        assert self.info is not None
        host_nonce = protocol.new_nonce()
        signature = self._keys.sign(
            protocol.proof(protocol.HOST_CONTEXT, nonce, host_nonce, self.info.microcentre_id)
        )
        channel.send_message(
            {
                "type": "challenge",
                "version": protocol.VERSION,
                "nonce": host_nonce,
                "person_id": self.info.person_id,
                "name": self.info.name,
                "microcentre_id": self.info.microcentre_id,
                "signing_key": self._keys.public.signing_key,
                "signature": protocol.b64(signature),
            }
        )
        auth = channel.read_message("auth")
        signature = protocol.unb64(auth.get("signature"))
        member = self._roster.get(person_id)
        proof = protocol.proof(protocol.MEMBER_CONTEXT, host_nonce, nonce)
        if member is None or member[1] != key or not verify_signature(key, proof, signature):
            log.warning(
                "meeting: refused a connection from %s: not a member of the microcentre "
                "(fingerprint %s)",
                peer,
                _fingerprint(key),
            )
            self.state.refused(
                at=self._now(),
                peer=peer,
                person_id=person_id[:64],
                fingerprint=_fingerprint(key),
                reason="not_member",
            )
            raise _Refused("not_member")
        if code is not None and protocol.normalize_code(code) != self.code:
            log.warning("meeting: refused %s from %s: wrong session code", member[0], peer)
            self.state.refused(
                at=self._now(),
                peer=peer,
                person_id=person_id,
                fingerprint=_fingerprint(key),
                reason="wrong_code",
            )
            raise _Refused("wrong_code")
        log.info("meeting: %s connected from %s", member[0], peer)
        channel.send_message({"type": "welcome", "name": member[0]})
        return person_id

    def _exchange(self, channel: Channel, person_id: str) -> None:
        offer = channel.read_message("offer")
        size, digest = protocol.check_offer(offer, self.limits)
        self._mark(person_id, state.IN_PROGRESS)
        incoming = state.folder(self.root) / "incoming"
        incoming.mkdir(exist_ok=True)
        part = incoming / f"{person_id}-{digest}.part"
        if self.state.member(person_id).get("received_sha256") == digest:
            offset = size  # already imported: nothing to send again
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
            hashed = hashlib.sha256()
            received = channel.receive_file(part, size, digest=hashed)
            if received != size or hashed.hexdigest() != digest:
                part.unlink(missing_ok=True)
                raise ProtocolError(reason="the bundle arrived damaged")
        else:
            channel.read_message("end")
        outcome = self._run(
            self._import_and_export, person_id, part, digest, timeout=self.limits.import_seconds
        )
        if not outcome["ok"]:
            channel.send_message({"type": "imported", "ok": False, "message": outcome["message"]})
            return
        channel.send_message({"type": "imported", "ok": True, "summary": outcome["summary"]})
        sent = outcome["sent"]
        channel.send_message({"type": "offer", "size": sent["size"], "sha256": sent["sha256"]})
        resume = channel.read_message("resume")
        back = resume.get("offset")
        if type(back) is not int or not 0 <= back <= sent["size"]:
            raise ProtocolError(reason=f"resume at {back!r}")
        channel.send_file(Path(outcome["path"]), back, sent["size"])
        done = channel.read_message("done", self.limits.import_seconds)
        if done.get("ok") is True:
            self._mark(person_id, state.SYNCED)
            log.info("meeting: %s is in sync", person_id)
        else:
            reason = str(done.get("message", ""))[:300]
            reason = "".join(ch for ch in reason if ch.isprintable())
            self._mark(person_id, state.FAILED, reason)
        channel.send_message({"type": "bye"})


def _fingerprint(key: object) -> str:
    from minga.sync.keys import fingerprint, is_signing_key

    return fingerprint(key) if is_signing_key(key) else "?"  # type: ignore[arg-type]
