"""Finding the meeting's host on the room's network: the host announces `_minga._tcp`
over mDNS / DNS-SD (python-zeroconf) with its microcentre and key fingerprint; a member
browses for a few seconds and takes the host of her own microcentre.

Optional at run time: without zeroconf, or on a network that blocks multicast (many
hotspots isolate their clients), the member types the address and code shown on the
host's screen.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

from minga.meeting.errors import DiscoveryUnavailableError, NoHostFoundError
from minga.meeting.protocol import SERVICE_TYPE

log = logging.getLogger(__name__)

DEFAULT_BROWSE_SECONDS = 4.0


@dataclass(frozen=True)
class Found:
    address: str  # "HOST:PORT"
    name: str
    microcentre_id: str
    fingerprint: str


def _zeroconf() -> Any:
    try:
        import zeroconf
    except ImportError:
        raise DiscoveryUnavailableError() from None
    return zeroconf


class Announcement:
    """The host's announcement; `close()` withdraws it."""

    def __init__(self, info: Any, addresses: tuple[str, ...] | None = None):
        zc = _zeroconf()
        ips = [a for a in (addresses or info.addresses) if not a.startswith("127.")] or [
            "127.0.0.1"
        ]
        self._zc = zc.Zeroconf(interfaces=ips if addresses else zc.InterfaceChoice.All)
        label = "".join(ch for ch in info.name if ch.isalnum() or ch == " ")[:40] or "Minga"
        self._info = zc.ServiceInfo(
            SERVICE_TYPE,
            f"{label} {info.fingerprint[:4]}.{SERVICE_TYPE}",
            addresses=[socket.inet_aton(a) for a in ips],
            port=info.port,
            properties={
                "v": "1",
                "mc": info.microcentre_id,
                "fp": info.fingerprint,
                "name": info.name[:60],
            },
            server=f"minga-{info.fingerprint[:4].lower()}.local.",
        )
        self._zc.register_service(self._info, allow_name_change=True)
        log.info("meeting: announced on the local network")

    def close(self) -> None:
        try:
            self._zc.unregister_service(self._info)
        finally:
            self._zc.close()


def _text(properties: dict, key: bytes) -> str:
    value = properties.get(key)
    return value.decode("utf-8", "replace")[:100] if isinstance(value, bytes) else ""


def _wanted(fingerprint: str | tuple[str, ...]) -> tuple[str, ...]:
    return (fingerprint,) if isinstance(fingerprint, str) else tuple(fingerprint)


def browse(
    microcentre_id: str,
    fingerprint: str | tuple[str, ...],
    seconds: float = DEFAULT_BROWSE_SECONDS,
    interfaces: list[str] | None = None,
) -> Found:
    """The host of this microcentre announcing the advisor's fingerprint (or one of
    `fingerprint`, when it is several: the advisor's and the named host's), or
    `NoHostFoundError` after `seconds`. (The handshake checks the key again.)"""
    zc = _zeroconf()
    wanted = _wanted(fingerprint)
    found: list[Found] = []
    ready = threading.Event()
    names: list[str] = []

    def on_change(zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        if state_change is zc.ServiceStateChange.Added:
            names.append(name)
            ready.set()

    try:
        conf = zc.Zeroconf(interfaces=interfaces or zc.InterfaceChoice.All)
    except (OSError, ValueError) as exc:
        log.info("meeting: no multicast on this computer: %s", exc)
        raise DiscoveryUnavailableError() from None
    try:
        browser = zc.ServiceBrowser(conf, SERVICE_TYPE, handlers=[on_change])
        deadline = time.monotonic() + seconds
        checked = 0
        while time.monotonic() < deadline and not found:
            ready.wait(timeout=max(0.0, min(0.25, deadline - time.monotonic())))
            ready.clear()
            while checked < len(names) and not found:
                name = names[checked]
                checked += 1
                info = conf.get_service_info(SERVICE_TYPE, name, timeout=1500)
                if info is None:
                    continue
                props = info.properties or {}
                if _text(props, b"mc") != microcentre_id or _text(props, b"fp") not in wanted:
                    continue
                addresses = info.parsed_addresses()
                if addresses and info.port:
                    found.append(
                        Found(
                            f"{addresses[0]}:{info.port}",
                            _text(props, b"name"),
                            microcentre_id,
                            _text(props, b"fp"),
                        )
                    )
        browser.cancel()
    finally:
        conf.close()
    if not found:
        raise NoHostFoundError(seconds=int(seconds))
    return found[0]


class Watcher:
    """Keeps looking for the host of this microcentre while it is open (a teacher's
    Sincronizar): `on_found(Found)` when one announces itself, `on_lost(address)` when
    it withdraws. Both are called from the watcher's own thread. `close()` stops it
    (bounded: it waits at most a few seconds for the thread)."""

    def __init__(
        self,
        microcentre_id: str,
        fingerprint: str | tuple[str, ...],
        on_found: Any,
        on_lost: Any,
        interfaces: list[str] | None = None,
    ):
        zc = _zeroconf()
        self._microcentre_id = microcentre_id
        self._fingerprints = _wanted(fingerprint)
        self._on_found = on_found
        self._on_lost = on_lost
        self._events: list[tuple[bool, str]] = []  # (added, service name)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._known: dict[str, str] = {}  # service name -> address
        try:
            self._conf = zc.Zeroconf(interfaces=interfaces or zc.InterfaceChoice.All)
        except (OSError, ValueError) as exc:
            log.info("meeting: no multicast on this computer: %s", exc)
            raise DiscoveryUnavailableError() from None
        self._browser = zc.ServiceBrowser(self._conf, SERVICE_TYPE, handlers=[self._changed])
        self._thread = threading.Thread(target=self._run, name="meeting-watch", daemon=True)
        self._thread.start()

    def _changed(self, zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        zc = _zeroconf()
        if state_change is zc.ServiceStateChange.Added:
            self._events.append((True, name))
        elif state_change is zc.ServiceStateChange.Removed:
            self._events.append((False, name))
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(timeout=0.5)
            self._wake.clear()
            while self._events and not self._stop.is_set():
                added, name = self._events.pop(0)
                try:
                    if added:
                        self._resolve(name)
                    elif name in self._known:
                        self._on_lost(self._known.pop(name))
                except Exception:  # a bug in a callback: the watch goes on
                    log.exception("meeting: discovery callback failed")

    def _resolve(self, name: str) -> None:
        info = self._conf.get_service_info(SERVICE_TYPE, name, timeout=1500)
        if info is None:
            return
        props = info.properties or {}
        if (
            _text(props, b"mc") != self._microcentre_id
            or _text(props, b"fp") not in self._fingerprints
        ):
            return
        addresses = info.parsed_addresses()
        if not addresses or not info.port:
            return
        found = Found(
            f"{addresses[0]}:{info.port}",
            _text(props, b"name"),
            self._microcentre_id,
            _text(props, b"fp"),
        )
        self._known[name] = found.address
        self._on_found(found)

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        try:
            self._browser.cancel()
        finally:
            self._conf.close()
        self._thread.join(timeout=5)
