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


def browse(
    microcentre_id: str,
    fingerprint: str,
    seconds: float = DEFAULT_BROWSE_SECONDS,
    interfaces: list[str] | None = None,
) -> Found:
    """The host of this microcentre announcing the advisor's fingerprint, or
    `NoHostFoundError` after `seconds`. (The handshake checks the key again.)"""
    zc = _zeroconf()
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
                if _text(props, b"mc") != microcentre_id or _text(props, b"fp") != fingerprint:
                    continue
                addresses = info.parsed_addresses()
                if addresses and info.port:
                    found.append(
                        Found(
                            f"{addresses[0]}:{info.port}",
                            _text(props, b"name"),
                            microcentre_id,
                            fingerprint,
                        )
                    )
        browser.cancel()
    finally:
        conf.close()
    if not found:
        raise NoHostFoundError(seconds=int(seconds))
    return found[0]
