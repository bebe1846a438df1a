"""Hybrid logical clock: versions that sort like time and are unique per device.

A version is `PPPPPPPPPPPPP-CCCC-DEVICE`: milliseconds since the epoch (13 digits), a
counter (4 hex digits) for events in the same millisecond or when the wall clock went
back, and the device id, so two devices never produce the same version. Plain string
comparison orders versions.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_MAX_COUNTER = 0xFFFF


@dataclass(frozen=True, order=True)
class Version:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:013d}-{self.counter:04x}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Version:
        millis, counter, device = text.split("-", 2)
        if len(millis) != 13 or len(counter) != 4 or not device:
            raise ValueError(f"not a version: {text!r}")
        return cls(int(millis), int(counter, 16), device)


def _wall_millis() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues versions for one device. Not thread-safe: one per database session."""

    def __init__(
        self, device: str, last: str | None = None, wall: Callable[[], int] = _wall_millis
    ):
        self.device = device
        self._wall = wall
        self._millis, self._counter = 0, 0
        if last:
            self.observe(last)

    @property
    def last(self) -> str:
        return str(Version(self._millis, self._counter, self.device))

    def tick(self) -> str:
        """A new version for a local change, greater than every version seen."""
        now = self._wall()
        if now > self._millis:
            self._millis, self._counter = now, 0
        else:
            self._advance_counter()
        return self.last

    def observe(self, remote: str) -> None:
        """Takes a version received from elsewhere into account."""
        other = Version.parse(remote)
        mine = (self._millis, self._counter)
        self._millis, self._counter = max(mine, (other.millis, other.counter))

    def _advance_counter(self) -> None:
        if self._counter == _MAX_COUNTER:
            self._millis += 1
            self._counter = 0
        else:
            self._counter += 1
