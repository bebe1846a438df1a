"""Minga reads the system clock in one place: minga.core.clock.

Every date a domain decision depends on comes from the workspace's `Clock`, so tests
can fix it and the suite can run as if on another date (MINGA_TEST_DATE). A technical
timing (a log or crash-file stamp, the age of a temporary file) may read the clock
itself, with a `# clock-ok: <why>` comment on that line.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import SOURCE

PACKAGE = SOURCE / "minga"
ALLOWED_FILE = PACKAGE / "core" / "clock.py"
MARK = "# clock-ok:"

# (what the call is made on, the method): date.today(), datetime.now(), time.time()...
READS = {
    ("date", "today"),
    ("datetime", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"),
}


def clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, text) of every direct clock read in `source` not marked `# clock-ok:`."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        owner_name = (
            owner.attr
            if isinstance(owner, ast.Attribute)
            else owner.id
            if isinstance(owner, ast.Name)
            else ""
        )
        if (owner_name, node.func.attr) not in READS:
            continue
        span = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
        if any(MARK in line for line in span):
            continue
        found.append((node.lineno, lines[node.lineno - 1].strip()))
    return sorted(found)


def test_the_scan_finds_each_kind_of_read() -> None:
    source = "\n".join(
        [
            "import datetime as dt, time",
            "from datetime import date, datetime",
            "a = dt.date.today()",
            "b = datetime.now(dt.UTC)",
            "c = dt.datetime.utcnow()",
            "d = time.time()",
            "e = time.time_ns() // 1000",
            "f = QDate.currentDate()",
            "g = date.today()  # clock-ok: a test of the mark",
            "h = (",
            "    dt.datetime.now()  # clock-ok: marked inside a longer call",
            ")",
            "i = clock.today()",
            "j = time.monotonic()",
        ]
    )
    assert [line for line, _ in clock_reads(source)] == [3, 4, 5, 6, 7, 8]


def test_only_the_clock_module_reads_the_system_clock() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == ALLOWED_FILE:
            continue
        for line, text in clock_reads(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(SOURCE.parent)}:{line}: {text}")
    assert not offenders, (
        "Read the time from the workspace's clock (minga.core.clock), or mark a technical "
        f"timing with '{MARK} <why>':\n" + "\n".join(offenders)
    )
    # The scan did look at the clock module, and it does read the system clock there.
    assert clock_reads(ALLOWED_FILE.read_text(encoding="utf-8"))


def test_the_clocks_agree_on_now_today_and_millis() -> None:
    from minga.core.clock import FixedClock, SystemClock

    fixed = FixedClock(
        dt.datetime(2027, 2, 15, 2, 30, tzinfo=dt.UTC), tz=dt.timezone(-dt.timedelta(hours=3))
    )
    assert fixed.now() == dt.datetime(2027, 2, 15, 2, 30, tzinfo=dt.UTC)
    # Half past two in UTC is still the 14th in Chile (UTC-3).
    assert fixed.today() == dt.date(2027, 2, 14)
    assert fixed.now_local().utcoffset() == -dt.timedelta(hours=3)
    assert fixed.millis() == 1_802_658_600_000
    fixed.advance(days=1, minutes=30)
    assert fixed.now() == dt.datetime(2027, 2, 16, 3, 0, tzinfo=dt.UTC)
    fixed.set(dt.date(2031, 7, 1))
    assert fixed.today() == dt.date(2031, 7, 1)
    with pytest.raises(ValueError, match="aware"):
        FixedClock(dt.datetime(2027, 1, 1))

    shifted = SystemClock(shift=dt.timedelta(days=400))
    unshifted = SystemClock(shift=dt.timedelta(0))
    assert (shifted.now() - unshifted.now()).days in (399, 400)
    assert shifted.now().tzinfo is dt.UTC


def test_the_shift_variable_moves_a_whole_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from minga.core.clock import SHIFT_ENV, SystemClock

    monkeypatch.setenv(SHIFT_ENV, "0")
    base = SystemClock().now()
    monkeypatch.setenv(SHIFT_ENV, "365.5")
    assert dt.timedelta(days=365, hours=11) < SystemClock().now() - base < dt.timedelta(days=366)
    monkeypatch.setenv(SHIFT_ENV, "not a number")
    assert SystemClock().shift == dt.timedelta(0)


def test_a_workspace_stamps_rows_with_its_clock(data_dir: Path) -> None:
    """The column defaults, the stamper (updated_at and the version's milliseconds) and
    the services' "today" all follow the workspace's clock, not the computer's."""
    from sqlalchemy import select

    from minga.core.attachments import AttachmentStore
    from minga.core.clock import FixedClock
    from minga.core.workspace import Workspace
    from minga.domain.hlc import Version
    from minga.services.home import home_summary
    from minga.services.practices import PracticeInput, PracticeService
    from minga.services.setup import SetupInput, initialize
    from minga.store.models import Practice

    at = dt.datetime(2031, 8, 20, 14, 0, tzinfo=dt.UTC)
    with Workspace(data_dir, clock=FixedClock(at)) as ws:
        initialize(
            ws.db,
            SetupInput(
                role="teacher",
                name="Ana María Huenchumilla",
                school="Escuela Rural Los Boldos",
                rbd="4478-4",
                microcentre="Microcentro Los Copihues",
            ),
        )
        service = PracticeService(ws.db, AttachmentStore(ws.dirs.attachments))
        made = service.create(PracticeInput(title="Huerto escolar", subjects=["CN"]))
        with ws.db.session() as session:
            row = session.scalars(select(Practice).where(Practice.id == made.id)).one()
            assert row.updated_at == at
            assert row.created_at == at
            assert Version.parse(row.version).millis >= ws.clock.millis()
        assert home_summary(ws.db).today == dt.date(2031, 8, 20)
