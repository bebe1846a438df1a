"""An older Minga and a roster that names a member host of the meeting's room: the
wave-1 Minga (its own virtual environment, a real process) reads every entry of such a
roster; it ignores the field, so it simply never trusts the named host's room."""

from __future__ import annotations

import json
import os

import pytest

from tests.meeting.test_relay import name_host


def test_the_wave1_minga_reads_a_roster_that_names_a_host(network) -> None:
    """An older Minga ignores the roster field (it never trusts the named host's room)."""
    import subprocess

    from tests.support import wave1

    if not wave1.ready():
        message = f"the wave-1 Minga ({wave1.WAVE1_COMMIT[:12]}) is not prepared: make wave1"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from minga.sync.membership import roster

    name_host(network, network.ana, deliver=())
    with network.advisor.ws.db.session() as session:
        entries = [e.as_json() for e in roster(session, network.advisor.actor)]
    assert any(e.get("meeting_host") for e in entries)
    script = (
        "import json, sys; from minga.sync.manifest import RosterEntry; "
        "print(sum(1 for e in json.load(sys.stdin) if RosterEntry.parse(e)))"
    )
    done = subprocess.run(
        [str(wave1.python()), "-c", script],
        input=json.dumps(entries),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd="/",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(len(entries))
