"""An import killed at any moment (SIGKILL: a power cut, a pulled plug) leaves the
database sound and holding either all of the bundle or none of it."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SOURCE, Cli
from tests.sync.conftest import ANA, ROSA

KILLS = 10
PRACTICES = 150


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def practice_count(cli: Cli) -> int:
    return json.loads(ok(cli("stats", "--json")))["kinds"]["practice"]["live"]


@pytest.mark.slow
def test_killed_imports_apply_all_or_nothing(tmp_path: Path, sync_cli_env: Path) -> None:
    rosa, ana = Cli(tmp_path / "rosa"), Cli(tmp_path / "ana")
    ok(rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues"))
    ok(ana("init", "--role", "teacher", "--name", ANA["name"], "--school", ANA["school"],
           "--rbd", ANA["rbd"], "--accept-rbd"))  # fmt: skip
    ok(rosa("invite", "--out", str(tmp_path / "invitation.minga")))
    ok(ana("import", str(tmp_path / "invitation.minga"), "--fingerprint-checked"))
    from minga.core.attachments import AttachmentStore
    from minga.core.workspace import Workspace
    from minga.services.practices import PracticeInput, PracticeService

    with Workspace(ana.data_dir) as ws:  # a bundle big enough to take a moment to import
        service = PracticeService(ws.db, AttachmentStore(ws.dirs.attachments))
        for number in range(PRACTICES):
            service.create(
                PracticeInput(title=f"Práctica {number} de cálculo mental",
                              description="Con dados y material concreto. " * 40)
            )  # fmt: skip
    bundle = tmp_path / "ana.minga"
    ok(ana("export", "--out", str(bundle)))

    env = {**os.environ, "PYTHONPATH": str(SOURCE) + os.pathsep + os.environ["PYTHONPATH"]}

    def start_import(folder: Path) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "minga", "--data-dir", str(folder), "--lang", "en",
                   "import", str(bundle), "--accept-new-members"]  # fmt: skip
        return subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

    # How long a whole import takes here, on a copy of Rosa's folder.
    timing = tmp_path / "timing"
    shutil.copytree(rosa.data_dir, timing)
    started = time.perf_counter()
    with start_import(timing) as process:
        assert process.wait(timeout=120) == 0
    duration = time.perf_counter() - started

    rng = random.Random(20261122)
    outcomes = {"none": 0, "all": 0}
    for trial in range(KILLS):
        folder = tmp_path / f"trial-{trial}"
        shutil.copytree(rosa.data_dir, folder)
        trial_cli = Cli(folder)
        with start_import(folder) as process:
            time.sleep(rng.uniform(0.05, duration))
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        ok(trial_cli("check"))  # exits 0 only when the database is sound
        after = practice_count(trial_cli)
        assert after in (0, PRACTICES), after
        outcomes["all" if after == PRACTICES else "none"] += 1
        # Whatever the kill did, importing again completes the bundle.
        ok(trial_cli("import", str(bundle), "--accept-new-members"))
        assert practice_count(trial_cli) == PRACTICES
    assert sum(outcomes.values()) == KILLS
    print(f"{KILLS} imports killed at random: {outcomes}")
