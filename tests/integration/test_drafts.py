"""Drafts survive a process that dies without warning."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from minga.core.workspace import Workspace
from minga.services.drafts import DraftService
from tests.conftest import SOURCE


def test_save_update_discard(workspace: Workspace) -> None:
    drafts = DraftService(workspace.db)
    draft_id = drafts.save("practice", {"title": "Huerto"})
    assert drafts.save("practice", {"title": "Huerto de habas"}, draft_id=draft_id) == draft_id
    [pending] = drafts.pending()
    assert pending.title == "Huerto de habas"
    drafts.discard(draft_id)
    assert drafts.pending() == []


def test_a_draft_outlives_a_killed_process(data_dir: Path) -> None:
    Workspace(data_dir).close()
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from minga.core.workspace import Workspace\n"
        "from minga.services.drafts import DraftService\n"
        "ws = Workspace(Path(sys.argv[1]))\n"
        "DraftService(ws.db).save('practice', {'title': 'Lectura con cuentos mapuche'})\n"
        "print('saved', flush=True)\n"
        "time.sleep(60)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SOURCE)}
    with subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "saved"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    time.sleep(0.1)
    with Workspace(data_dir) as ws:
        [draft] = DraftService(ws.db).pending()
    assert draft.title == "Lectura con cuentos mapuche"
