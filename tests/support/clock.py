"""Clocks for tests whose data were made for one day: the demo's figures were written for
`REFERENCE_TODAY`, so the tests that read them live on that day, whatever the real date
(and whatever MINGA_TEST_DATE says)."""

from __future__ import annotations

import datetime as dt

from minga.core.clock import SHIFT_ENV, SystemClock
from minga.services.demo import REFERENCE_TODAY

# Mid-afternoon in Chile on the reference day.
REFERENCE_NOW = dt.datetime.combine(REFERENCE_TODAY, dt.time(18), tzinfo=dt.UTC)


def _shift_to(at: dt.datetime) -> dt.timedelta:
    return at - dt.datetime.now(dt.UTC)


def clock_at(at: dt.datetime = REFERENCE_NOW) -> SystemClock:
    """A clock that reads `at` now and keeps ticking (edits still get later stamps)."""
    return SystemClock(shift=_shift_to(at))


def env_at(at: dt.datetime = REFERENCE_NOW) -> dict[str, str]:
    """The environment that puts a `minga` command (in or out of this process) at `at`."""
    return {SHIFT_ENV: repr(_shift_to(at) / dt.timedelta(days=1))}
