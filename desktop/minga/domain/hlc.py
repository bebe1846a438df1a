"""Hybrid logical clock: versions that sort like time and are unique per device.

A version is `PPPPPPPPPPPPP-CCCC-DEVICE`: milliseconds since the epoch (13 digits), a
counter (4 hex digits) for events in the same millisecond or when the wall clock went
back, and the device id, so two devices never produce the same version. Plain string
comparison orders versions; `Version.parse(str(v)) == v` for every valid version.

The clock cannot overflow nor be dragged (docs/bundle-format.md, Versions):

- a received version is accepted up to `MAX_ACCEPTED_MILLIS` (the year 2200);
- observing a received version moves this clock at most `MAX_SKEW_MILLIS` (one day)
  ahead of the wall clock, however far ahead the version is; the version still wins or
  loses its merge by plain comparison;
- the wall clock itself is clamped below `MAX_ACCEPTED_MILLIS - MAX_SKEW_MILLIS`, and a
  stored last version that is unreadable or far ahead is clamped too, so `tick` always
  returns a well-formed version that every other Minga accepts;
- an edit of a record whose version lies ahead of this clock takes the next version
  after that one (`tick_after`) without moving the clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from minga.core.clock import SystemClock

_MAX_COUNTER = 0xFFFF
# The largest millisecond a received version may carry: 2200-01-01T00:00:00Z.
MAX_ACCEPTED_MILLIS = 7_258_118_400_000
# How far ahead of its own wall clock this clock may be moved by what it receives.
MAX_SKEW_MILLIS = 24 * 3600 * 1000
# The wall clock is believed up to here, so a clock at its limit still has a day of
# room before MAX_ACCEPTED_MILLIS.
_WALL_MAX = MAX_ACCEPTED_MILLIS - MAX_SKEW_MILLIS
VERSION_RE = re.compile(r"([0-9]{13})-([0-9a-f]{4})-([0-9A-Za-z_-]{1,45})")


@dataclass(frozen=True, order=True)
class Version:
    millis: int
    counter: int
    device: str

    def __post_init__(self) -> None:
        if not (
            0 <= self.millis <= 9_999_999_999_999
            and 0 <= self.counter <= _MAX_COUNTER
            and re.fullmatch(r"[0-9A-Za-z_-]{1,45}", self.device)
        ):
            raise ValueError(f"not a version: {self.millis}-{self.counter}-{self.device[:50]!r}")

    def __str__(self) -> str:
        return f"{self.millis:013d}-{self.counter:04x}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Version:
        """The version in `text`, the whole string and nothing else; ValueError if not."""
        match = VERSION_RE.fullmatch(text) if type(text) is str else None
        if match is None:
            raise ValueError(f"not a version: {str(text)[:80]!r}")
        return cls(int(match.group(1)), int(match.group(2), 16), match.group(3))

    def next(self, device: str) -> Version:
        """The smallest version of `device` after this one."""
        if self.counter < _MAX_COUNTER:
            return Version(self.millis, self.counter + 1, device)
        return Version(self.millis + 1, 0, device)


def _wall_millis() -> int:
    # Callers that hold a workspace pass its clock's `millis` instead.
    return SystemClock().millis()


class HybridClock:
    """Issues versions for one device. Not thread-safe: one per database session."""

    def __init__(
        self, device: str, last: str | None = None, wall: Callable[[], int] = _wall_millis
    ):
        self.device = device
        self._wall = wall
        self._millis, self._counter = 0, 0
        if last:
            try:
                stored = Version.parse(last)
            except ValueError:
                # An unreadable stored clock must not stop every edit: start from the wall.
                stored = None
            if stored is not None:
                self._millis, self._counter = self._bounded(stored.millis, stored.counter)

    @property
    def last(self) -> str:
        return str(Version(self._millis, self._counter, self.device))

    def wall(self) -> int:
        """The wall clock in milliseconds, within what a version can carry."""
        return min(max(self._wall(), 0), _WALL_MAX)

    def tick(self) -> str:
        """A new version for a local change, greater than every version seen (up to the
        bounded skew)."""
        now = self.wall()
        if now > self._millis:
            self._millis, self._counter = now, 0
        else:
            self._advance_counter()
        return self.last

    def tick_after(self, current: str | None) -> str:
        """A new version for an edit of a record whose version is `current`.

        Normally `tick()`. When `current` lies ahead of this clock (a version from a
        computer whose clock runs fast), the next version after it, so the edit still
        wins everywhere, without moving this clock.
        """
        version = self.tick()
        if not current or current < version:
            return version
        try:
            after = Version.parse(current).next(self.device)
        except ValueError:
            return version
        return str(after) if after.millis <= MAX_ACCEPTED_MILLIS else version

    def observe(self, remote: str) -> None:
        """Takes a version received from elsewhere into account, at most MAX_SKEW_MILLIS
        ahead of the wall clock."""
        other = Version.parse(remote)
        mine = (self._millis, self._counter)
        self._millis, self._counter = max(mine, self._bounded(other.millis, other.counter))

    def _bounded(self, millis: int, counter: int) -> tuple[int, int]:
        limit = self.wall() + MAX_SKEW_MILLIS
        return (millis, counter) if millis <= limit else (limit, 0)

    def _advance_counter(self) -> None:
        if self._counter == _MAX_COUNTER:
            self._millis += 1
            self._counter = 0
        else:
            self._counter += 1
