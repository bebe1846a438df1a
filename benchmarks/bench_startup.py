"""Start-up, the practice list and memory of the desktop app on a `large` database.

    PYTHONPATH=desktop .venv/bin/python benchmarks/bench_startup.py [--runs 5]

Budgets (docs/architecture.md, Performance budgets): start to an interactive main window at most
3x the time of a bare PySide6 window measured in the same run ("interactive": the window
is shown with the person's name and microcentre and its event loop is idle, so the
sidebar, the shortcuts and the search answer; the data arrives a moment later from the
worker thread, and its time is reported too, without a budget of its own); opening Prácticas on
`large` under 200 ms; a search keystroke to updated results under 50 ms; resident memory
under 300 MB on `large`. Both programs start as fresh processes, offscreen, and report
when their window is shown and the event loop is idle.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from common import ROOT, cached_demo, isolate, machine, median, print_table, verdict

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Minga"))
window.resize(1366, 768)
window.show()
def ready():
    print("minga-ready", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def time_to_ready(command: list[str], env: dict[str, str]) -> dict[str, tuple[float, str]]:
    """Seconds from process start to each probe line ("minga-ready": the window is
    shown and idle; "minga-loaded": the data is in it), with the line itself."""
    seen: dict[str, tuple[float, str]] = {}
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("minga-"):
                seen[line.split()[0]] = (time.perf_counter() - start, line.strip())
        process.wait(timeout=60)
    if "minga-ready" not in seen:
        raise RuntimeError(f"{command} ended without being ready")
    return seen


def practices_page_figures(folder) -> tuple[float, float]:
    """(ms to the first rows of Prácticas, median ms from a search to updated rows)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from minga.core.identity import current_actor
    from minga.core.workspace import Workspace
    from minga.ui.context import UiContext
    from minga.ui.practices import PracticesPage
    from minga.ui.settings import Settings
    from minga.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    ws = Workspace(folder)
    with ws.db.session() as session:
        actor = current_actor(session)
    settings = Settings(folder.parent / f"{folder.name}-bench-settings.ini")
    ctx = UiContext.open(ws, actor, settings=settings, runner=TaskRunner(app))

    def wait_for(signal, timeout_ms: int = 10_000) -> None:
        """Runs the event loop until `signal` is emitted. (No polling timer: a timer
        firing every millisecond would fight the worker thread for the interpreter lock
        and slow down what is measured.)"""
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    start = time.perf_counter()
    page = PracticesPage(ctx)
    page.resize(1366, 700)
    page.show()
    if page.model.rowCount() == 0:
        wait_for(page.model.loaded)
    page.table.viewport().repaint()
    assert page.model.index(0, 0).data() not in (None, "", "…")
    open_ms = (time.perf_counter() - start) * 1000

    # A search is done when the model has applied it (`loaded`: the first rows of the
    # new query are in) and the table has painted them.
    searches = []
    for word in ("practica", "huerto", "lectura", "fracciones", "lluvia", "habas", "calculo"):
        start = time.perf_counter()
        page.set_search_text(word)
        wait_for(page.model.loaded)
        page.table.viewport().repaint()
        searches.append((time.perf_counter() - start) * 1000)
        assert page.model.query.text == word
    page.close()
    ctx.runner.wait_for_done(5000)
    ws.close()
    return open_ms, median(searches)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    isolate()
    folder = cached_demo("large", args.seed)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "desktop")
    env["MINGA_STARTUP_PROBE"] = "1"
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    minga_cmd = [sys.executable, "-m", "minga", "--data-dir", str(folder), "--no-dialogs"]
    # One warm-up each (file cache), then alternate runs so both see the same machine.
    time_to_ready(bare_cmd, env)
    time_to_ready(minga_cmd, env)
    bare, app, loaded, rss = [], [], [], []
    for _ in range(args.runs):
        bare.append(time_to_ready(bare_cmd, env)["minga-ready"][0])
        seen = time_to_ready(minga_cmd, env)
        app.append(seen["minga-ready"][0])
        seconds, line = seen["minga-loaded"]
        loaded.append(seconds)
        rss.append(int(line.split("rss_kb=")[1]) / 1024)
    ratio = median(app) / median(bare)
    loaded_ratio = median(loaded) / median(bare)
    open_ms, search_ms = practices_page_figures(folder)
    print(machine())
    print_table(
        "Start-up on `large` (median of runs)",
        ["measure", "value", "budget", "status"],
        [
            ["bare PySide6 window (s)", f"{median(bare):.3f}", "", ""],
            ["Minga main window, interactive (s)", f"{median(app):.3f}", "", ""],
            ["ratio", f"{ratio:.2f}x", "<= 3x", verdict(ratio <= 3)],
            ["Minga main window, data shown (s)", f"{median(loaded):.3f}", "", ""],
            ["ratio (data shown)", f"{loaded_ratio:.2f}x", "", ""],
            ["resident memory (MB)", f"{max(rss):.0f}", "< 300", verdict(max(rss) < 300)],
            ["open Prácticas (ms)", f"{open_ms:.0f}", "< 200", verdict(open_ms < 200)],
            ["search to results (ms)", f"{search_ms:.0f}", "< 50", verdict(search_ms < 50)],
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
