"""The one clock of Minga: every date or time a domain decision depends on comes from here.

Layers receive a `Clock` (the workspace owns one) instead of reading the wall clock, so a
test can fix "now" (`FixedClock`) and the suite can be run as if on another date. This
module is the only place that reads the system clock for such decisions; technical
timings elsewhere (log stamps, timeouts, benchmarks) carry a `# clock-ok:` comment.

`MINGA_CLOCK_SHIFT_DAYS` (a number of days, may be negative or fractional) moves the
system clock of a whole process: a test and diagnostic aid, so that subprocesses started
by the test suite live on the same shifted date as the suite. Users never need it.
"""

from __future__ import annotations

import datetime as dt
import os

SHIFT_ENV = "MINGA_CLOCK_SHIFT_DAYS"

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MILLISECOND = dt.timedelta(milliseconds=1)


def _shift_from_env() -> dt.timedelta:
    raw = os.environ.get(SHIFT_ENV, "").strip()
    if not raw:
        return dt.timedelta(0)
    try:
        return dt.timedelta(days=float(raw))
    except (ValueError, OverflowError):
        # A typo in a diagnostic variable must not stop the app: ignore it.
        return dt.timedelta(0)


class Clock:
    """Now and today. Subclasses give `now()`; the rest derives from it."""

    def __init__(self, tz: dt.tzinfo | None = None):
        # None: the computer's zone, looked up at each call (it may change while open).
        self.tz = tz

    def now(self) -> dt.datetime:
        """An aware datetime in UTC."""
        raise NotImplementedError

    def now_local(self) -> dt.datetime:
        """An aware datetime in the user's zone."""
        return self.now().astimezone(self.tz)

    def today(self) -> dt.date:
        """The user's calendar date."""
        return self.now_local().date()

    def millis(self) -> int:
        """Milliseconds since the epoch (the wall source of the hybrid logical clock)."""
        return (self.now() - _EPOCH) // _MILLISECOND


class SystemClock(Clock):
    """The computer's clock (shifted by `MINGA_CLOCK_SHIFT_DAYS` when set)."""

    def __init__(self, tz: dt.tzinfo | None = None, shift: dt.timedelta | None = None):
        super().__init__(tz)
        self.shift = _shift_from_env() if shift is None else shift

    def now(self) -> dt.datetime:
        if not self.shift:
            return dt.datetime.now(dt.UTC)
        return dt.datetime.now(dt.UTC) + self.shift

    def __repr__(self) -> str:
        return f"SystemClock(shift={self.shift!r})"


def _aware(at: dt.datetime | dt.date) -> dt.datetime:
    if isinstance(at, dt.datetime):
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime (or a date)")
        return at.astimezone(dt.UTC)
    # A bare date means its noon in UTC: the same calendar day from UTC-11 to UTC+11.
    return dt.datetime.combine(at, dt.time(12), tzinfo=dt.UTC)


class FixedClock(Clock):
    """A clock that moves only when told to (tests, demos, reproducible runs)."""

    def __init__(self, at: dt.datetime | dt.date, tz: dt.tzinfo | None = None):
        super().__init__(tz)
        self._now = _aware(at)

    def now(self) -> dt.datetime:
        return self._now

    def set(self, at: dt.datetime | dt.date) -> None:
        self._now = _aware(at)

    def advance(self, delta: dt.timedelta | None = None, **parts: float) -> dt.datetime:
        """Moves forward by `delta` or by timedelta keywords (`days=1`, `minutes=5`)."""
        self._now += (delta or dt.timedelta(0)) + dt.timedelta(**parts)
        return self._now

    def __repr__(self) -> str:
        return f"FixedClock({self._now.isoformat()})"


def system_clock() -> SystemClock:
    """A fresh system clock; the place for code that has no workspace at hand."""
    return SystemClock()
