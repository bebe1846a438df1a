"""Shared fixtures. Every test runs in its own temporary data folder, offscreen, with a
keyring and a profile that are not the developer's."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import Cli

# A test that logs an ERROR fails unless it declares it (tests/support/logfail.py).
pytest_plugins = ["tests.support.logfail"]

# Isolation before anything imports Qt, platformdirs or keyring.
_SANDBOX = Path(tempfile.mkdtemp(prefix="minga-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = str(_SANDBOX / "home")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "xdg-data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "xdg-config")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "xdg-cache")
os.environ["MINGA_DATA_DIR"] = str(_SANDBOX / "default-data")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ.pop("MINGA_LANG", None)
# Sincronizar's session room neither announces nor looks on this computer's networks
# (a test that needs discovery sets it to 127.0.0.1).
os.environ["MINGA_MEETING_DISCOVERY"] = "off"
# An unexpected error raises in tests instead of the CLI's last-resort sentence.
os.environ["MINGA_DEBUG"] = "1"

# Time travel: `MINGA_TEST_DATE=2027-02-15 pytest ...` runs the session as if on that
# date. The shift goes through `MINGA_CLOCK_SHIFT_DAYS`, which only minga.core.clock
# reads, so the app's clock moves in this process and in every `python -m minga` the
# tests start, while third-party code (TLS certificates, the mail servers) keeps the
# real time. Tests that need one exact moment use the `clock` fixture instead.
_TEST_DATE = os.environ.get("MINGA_TEST_DATE", "").strip()
if _TEST_DATE:
    import datetime as _dt

    _shift = _dt.date.fromisoformat(_TEST_DATE) - _dt.datetime.now(_dt.UTC).date()
    os.environ["MINGA_CLOCK_SHIFT_DAYS"] = str(_shift.days)

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "desktop"


def pytest_report_header(config: pytest.Config) -> str:
    from minga.core.clock import SystemClock

    return f"minga clock: today is {SystemClock().today()} (MINGA_TEST_DATE={_TEST_DATE or '-'})"


@pytest.fixture
def clock():
    """A clock that moves only when the test says so (`set`, `advance`), starting at the
    session's "now" (shifted by MINGA_TEST_DATE). Pass it to `Workspace(root, clock=...)`."""
    from minga.core.clock import FixedClock, SystemClock

    return FixedClock(SystemClock().now())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator:
    from minga.core.workspace import Workspace

    ws = Workspace(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def teacher(workspace):
    """A workspace set up for a teacher of Escuela Rural Los Boldos."""
    from minga.services.setup import SetupInput, initialize

    initialize(
        workspace.db,
        SetupInput(
            role="teacher",
            name="Ana María Huenchumilla",
            school="Escuela Rural Los Boldos",
            rbd="4478-4",
            microcentre="Microcentro Los Copihues",
        ),
    )
    return workspace


@pytest.fixture
def practices(teacher):
    from minga.core.attachments import AttachmentStore
    from minga.services.practices import PracticeService

    return PracticeService(teacher.db, AttachmentStore(teacher.dirs.attachments))


@pytest.fixture
def cli(data_dir: Path) -> Cli:
    """The command line, run in this process (tests/support/cli.py)."""
    return Cli(data_dir)


@pytest.fixture
def real_cli(data_dir: Path) -> Cli:
    """The command line in a real `python -m minga` process, for the smoke tests."""
    return Cli(data_dir, real=True)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a folder with its bytes, to prove that nothing changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
