"""The hybrid logical clock orders versions like time and never repeats one."""

from __future__ import annotations

import pytest

from minga.domain.hlc import HybridClock, Version


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
