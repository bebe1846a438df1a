"""The hybrid logical clock orders versions like time and never repeats one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minga.domain.hlc import MAX_ACCEPTED_MILLIS, MAX_SKEW_MILLIS, HybridClock, Version


class FakeWall:
    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


def test_versions_increase_even_when_the_wall_clock_stands_still() -> None:
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock("a" * 32, wall=wall)
    versions = [clock.tick() for _ in range(5)]
    assert versions == sorted(versions)
    assert len(set(versions)) == 5


def test_a_clock_that_goes_back_never_issues_an_older_version() -> None:
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock("a" * 32, wall=wall)
    first = clock.tick()
    wall.now -= 60_000  # the laptop's battery died and the clock was reset
    assert clock.tick() > first


def test_observing_a_remote_version_moves_the_clock_past_it() -> None:
    mine = HybridClock("a" * 32, wall=FakeWall(1_000))
    remote = HybridClock("b" * 32, wall=FakeWall(5_000)).tick()
    mine.observe(remote)
    assert mine.tick() > remote


def test_same_instant_on_two_devices_gives_distinct_ordered_versions() -> None:
    a = HybridClock("a" * 32, wall=FakeWall(1_000)).tick()
    b = HybridClock("b" * 32, wall=FakeWall(1_000)).tick()
    assert a != b
    assert Version.parse(a) < Version.parse(b)


def test_restart_continues_from_the_last_version() -> None:
    clock = HybridClock("a" * 32, wall=FakeWall(1_000))
    for _ in range(3):
        clock.tick()
    again = HybridClock("a" * 32, last=clock.last, wall=FakeWall(1_000))
    assert again.tick() > clock.last


def test_counter_overflow_moves_to_the_next_millisecond() -> None:
    clock = HybridClock("a" * 32, last=f"{1000:013d}-ffff-{'a' * 32}", wall=FakeWall(1_000))
    assert Version.parse(clock.tick()) == Version(1001, 0, "a" * 32)


@pytest.mark.parametrize("text", ["", "123-0000-x", "0000000001000-00-x", "0000000001000-0000-"])
def test_malformed_versions_are_rejected(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        Version.parse(text)


# --- bounds: versions that cannot overflow or drag the clock (issue: one record bricks all)

DEVICE = "a" * 32
NOW = 1_764_000_000_000  # late 2025
DAY = 24 * 3600 * 1000


@given(
    millis=st.integers(0, 10**13 - 1),
    counter=st.integers(0, 0xFFFF),
    device=st.from_regex(r"[0-9A-Za-z_-]{1,45}", fullmatch=True),
)
def test_parse_and_format_round_trip(millis: int, counter: int, device: str) -> None:
    version = Version(millis, counter, device)
    assert Version.parse(str(version)) == version
    assert len(str(version)) == 19 + len(device)


@pytest.mark.parametrize(
    "text",
    [
        f"{NOW}-0000-{DEVICE}\n",
        f"{NOW}0-0000-{DEVICE}",
        f"{NOW}-00000-{DEVICE}",
        f"{NOW}-FFFF-{DEVICE}",
        f"{NOW}-0000-",
        f"{NOW}-0000-a b",
        f" {NOW}-0000-{DEVICE}",
        "",
    ],
)
def test_parse_refuses_anything_but_the_whole_format(text: str) -> None:
    with pytest.raises(ValueError, match="not a version"):
        Version.parse(text)


def test_a_far_future_version_moves_the_clock_at_most_a_day_ahead() -> None:
    clock = HybridClock(DEVICE, wall=FakeWall(NOW))
    clock.observe(f"9999999999999-ffff-{'b' * 32}")
    assert Version.parse(clock.last).millis == NOW + MAX_SKEW_MILLIS
    for _ in range(70_000):  # past a counter overflow
        version = clock.tick()
    assert Version.parse(version).millis <= NOW + MAX_SKEW_MILLIS + 2


@pytest.mark.parametrize(
    "stored", ["9999999999999-ffff-x", "rubbish", f"{NOW}-0000-{DEVICE}\n", "99999999999999-0-x"]
)
def test_a_corrupt_or_huge_stored_clock_never_stops_an_edit(stored: str) -> None:
    clock = HybridClock(DEVICE, last=stored, wall=FakeWall(NOW))
    version = Version.parse(clock.tick())
    assert NOW <= version.millis <= NOW + MAX_SKEW_MILLIS


def test_a_wall_clock_beyond_the_accepted_range_still_gives_accepted_versions() -> None:
    clock = HybridClock(DEVICE, wall=FakeWall(10**13 - 1))
    for _ in range(3):
        assert Version.parse(clock.tick()).millis <= MAX_ACCEPTED_MILLIS


def test_an_edit_of_a_record_ahead_of_the_clock_still_wins_without_moving_it() -> None:
    clock = HybridClock(DEVICE, wall=FakeWall(NOW))
    ahead = f"{NOW + 365 * DAY:013d}-0003-{'b' * 32}"
    edited = clock.tick_after(ahead)
    assert edited > ahead
    assert Version.parse(edited) == Version(NOW + 365 * DAY, 4, DEVICE)
    assert Version.parse(clock.last).millis == NOW
    assert clock.tick_after(f"{NOW - DAY:013d}-0000-{'b' * 32}") == clock.last


def test_an_edit_after_the_last_accepted_version_falls_back_to_the_clock() -> None:
    clock = HybridClock(DEVICE, wall=FakeWall(NOW))
    top = f"{MAX_ACCEPTED_MILLIS:013d}-ffff-{'b' * 32}"
    assert Version.parse(clock.tick_after(top)).millis == NOW
