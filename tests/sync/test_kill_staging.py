"""No plaintext outside the data folder: an import, export or backup killed (SIGKILL) while
it holds the decrypted archive or the snapshot leaves nothing in the system's temporary
folder; what it left in the data folder's staging folder is removed at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SOURCE, Cli
from tests.sync.conftest import ANA, ROSA

PRACTICES = 150


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def _kill_when_staged(command: list[str], staging: Path, env: dict[str, str]) -> bool:
    """Starts `command`, SIGKILLs it as soon as it staged something; True if it did."""
    with subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ) as process:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if staging.is_dir() and any(
                any(f.name != ".lock" for f in folder.iterdir())
                for folder in staging.iterdir()
                if folder.is_dir()
            ):
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=30)
                return True
            time.sleep(0.002)
        process.wait(timeout=60)
        return False


@pytest.mark.slow
@pytest.mark.parametrize("operation", ["import", "export", "backup"])
def test_a_killed_operation_leaves_no_plaintext_outside_the_data_folder(
    tmp_path: Path, sync_cli_env: Path, operation: str
) -> None:
    rosa, ana = Cli(tmp_path / "rosa"), Cli(tmp_path / "ana")
    ok(rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues"))
    ok(ana("init", "--role", "teacher", "--name", ANA["name"], "--school", ANA["school"],
           "--rbd", ANA["rbd"], "--accept-rbd"))  # fmt: skip
    ok(rosa("invite", "--out", str(tmp_path / "invitation.minga")))
    ok(ana("import", str(tmp_path / "invitation.minga"), "--fingerprint-checked"))
    from minga.core.attachments import AttachmentStore
    from minga.core.workspace import Workspace
    from minga.services.practices import PracticeInput, PracticeService

    with Workspace(ana.data_dir) as ws:
        service = PracticeService(ws.db, AttachmentStore(ws.dirs.attachments))
        for number in range(PRACTICES):
            service.create(
                PracticeInput(title=f"Práctica {number} de cálculo mental",
                              description="Con dados y material concreto. " * 40)
            )  # fmt: skip
    bundle = tmp_path / "ana.minga"
    ok(ana("export", "--out", str(bundle)))

    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(SOURCE) + os.pathsep + os.environ["PYTHONPATH"],
        "TMPDIR": str(system_temp),
    }
    if operation == "import":
        folder = rosa.data_dir
        args = ["import", str(bundle), "--accept-new-members"]
    elif operation == "export":
        folder = ana.data_dir
        args = ["export", "--out", str(tmp_path / "again.minga"), "--full"]
    else:
        folder = ana.data_dir
        args = ["backup", "--out", str(tmp_path / "respaldo.zip")]
    command = [sys.executable, "-m", "minga", "--data-dir", str(folder), "--lang", "en", *args]
    staging = folder / "tmp"

    killed = any(_kill_when_staged(command, staging, env) for _ in range(5))
    assert killed, f"the {operation} always finished before anything was staged"
    assert not [p.name for p in system_temp.iterdir() if p.name.startswith("minga")]
    assert any(staging.iterdir())  # the plaintext stayed in the data folder

    ok(Cli(folder)("stats"))  # the next start cleans the staging folder
    assert not any(staging.iterdir())
