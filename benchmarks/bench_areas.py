"""Every area of the main window on a `large` database: time to its first data.

    PYTHONPATH=desktop .venv/bin/python benchmarks/bench_areas.py [--runs 3] [--seed 1]

Budget (docs/architecture.md, Performance budgets): every area shows its first data
within 200 ms on `large`; a load that takes longer runs on the task runner while the
page shows "Cargando…" (the window keeps answering).

In one process, offscreen, a `MainWindow` at 1366x768 over the cached `large` demo (the
teacher's notebook, as `bench_startup.py` uses; `--role advisor` builds the advisor's):

- *first visit*: from `show_area(area)` (the page is built: its package imported, its
  widgets made, its reads started) until the page says its data is in (no page-specific
  "loading" flag left set and, for a list, its first row painted). `shell` is the time
  `show_area` blocked the event loop, the part a person feels as a frozen window.
- *return*: the same after visiting another area (`area_shown`, the cheap refresh).
- the baseline: a bare PySide6 page of the same size (a label and a 50-row table, built,
  shown and painted) measured in the same run; the ratio is area / baseline.
- *cpu*: the processor time the process spent on the first visit (all its threads). On a
  shared machine busy with other work the times above grow with its load; this one
  does not, and on an idle machine it is close to the first visit's time.

Times are medians over `--runs` fresh windows. Waiting is done by running the event
loop in 2 ms slices (sleeping in between, so the worker thread keeps the interpreter).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import cached_demo, isolate, machine, median, print_table, verdict

BUDGET_MS = 200.0


def _settle(app, ready: Callable[[], bool], timeout_s: float = 30.0) -> bool:
    """Runs the event loop until `ready()`; False on timeout."""
    end = time.perf_counter() + timeout_s
    while time.perf_counter() < end:
        app.processEvents()
        if ready():
            return True
        time.sleep(0.002)
    return False


def data_in(page) -> bool:
    """The page's first data is shown: nothing loading, and a list has its first row."""
    for flag in ("is_loading", "is_computing"):
        if getattr(page, flag, False):
            return False
    follow_up = getattr(page, "follow_up", None)
    if follow_up is not None:
        return True
    model = getattr(page, "model", None)
    if model is not None and hasattr(model, "rowCount"):
        if model.rowCount() == 0:
            return bool(getattr(page, "_data_empty", False)) or _settled_empty(page)
        value = model.index(0, 0).data()
        return value not in (None, "", "…")
    return True


def _settled_empty(page) -> bool:
    # A list whose reading is over and that is empty (a notebook without any): the count
    # label says so. Pages without such a label count as ready.
    label = getattr(page, "count_label", None)
    return label is None or "…" not in label.text()


def baseline_ms(app) -> float:
    """A bare page: a label and a 50-row table, built, shown and painted."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

    start = time.perf_counter()
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Minga"))
    model = QStandardItemModel(50, 4, page)
    for row in range(50):
        for column in range(4):
            model.setItem(row, column, QStandardItem(f"{row}/{column}"))
    table = QTableView(page)
    table.setModel(model)
    layout.addWidget(table)
    page.resize(1366, 768)
    page.show()
    app.processEvents()
    table.viewport().repaint()
    ms = (time.perf_counter() - start) * 1000
    page.close()
    page.deleteLater()
    app.processEvents()
    return ms


def measure_window(app, folder: Path) -> dict[str, tuple[float, float, float, float]]:
    """{area: (first visit ms, shell ms, return ms, first visit cpu ms)} in one fresh
    window."""
    from minga.core.identity import current_actor
    from minga.core.workspace import Workspace
    from minga.ui.context import UiContext
    from minga.ui.main_window import MainWindow
    from minga.ui.settings import Settings
    from minga.ui.tasks import TaskRunner

    ws = Workspace(folder)
    with ws.db.session() as session:
        actor = current_actor(session)
    settings = Settings(Path(tempfile.mkdtemp(prefix="minga-bench-areas-")) / "settings.ini")
    ctx = UiContext.open(ws, actor, settings=settings, runner=TaskRunner(app))
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    _settle(app, lambda: data_in(window.stack.currentWidget()))
    figures: dict[str, tuple[float, float, float, float]] = {}
    areas = window.areas()
    for area in areas:
        start, cpu = time.perf_counter(), time.process_time()
        page = window.show_area(area)
        shell = (time.perf_counter() - start) * 1000
        if not _settle(app, lambda page=page: data_in(page)):
            print(f"  {area}: no data after 30 s", file=sys.stderr)
        page.repaint()
        first = (time.perf_counter() - start) * 1000
        figures[area] = (first, shell, 0.0, (time.process_time() - cpu) * 1000)
    for index, area in enumerate(areas):
        other = areas[index - 1] if index else areas[-1]
        window.show_area(other)
        _settle(app, lambda: data_in(window.stack.currentWidget()))
        start = time.perf_counter()
        page = window.show_area(area)
        _settle(app, lambda page=page: data_in(page))
        page.repaint()
        back = (time.perf_counter() - start) * 1000
        first, shell, _, cpu_ms = figures[area]
        figures[area] = (first, shell, back, cpu_ms)
    ctx.runner.wait_for_done(10_000)
    window.close()
    window.deleteLater()
    app.processEvents()
    ws.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path, help="an existing data folder instead")
    args = parser.parse_args()
    isolate()
    folder = args.folder or cached_demo("large", args.seed)
    from PySide6.QtWidgets import QApplication

    from minga.ui.app import Translations

    app = QApplication.instance() or QApplication([])
    Translations(app).apply("es")  # the Spanish window, as shipped
    baseline_ms(app)  # warm-up
    runs = [measure_window(app, folder) for _ in range(args.runs)]
    base = median([baseline_ms(app) for _ in range(5)])
    rows = [["bare PySide6 page (ms)", "", f"{base:.0f}", "", "", "", "", ""]]
    for area in runs[0]:
        cold = runs[0][area][0]
        first = median([r[area][0] for r in runs])
        shell = median([r[area][1] for r in runs])
        back = median([r[area][2] for r in runs])
        cpu_ms = median([r[area][3] for r in runs])
        rows.append(
            [
                area,
                f"{cold:.0f}",
                f"{first:.0f}",
                f"{shell:.0f}",
                f"{back:.0f}",
                f"{cpu_ms:.0f}",
                f"{first / base:.1f}x",
                verdict(first <= BUDGET_MS and back <= BUDGET_MS),
            ]
        )
    print(machine())
    print_table(
        f"Areas on `large` (median of {args.runs} windows; budget {BUDGET_MS:.0f} ms)",
        [
            "area",
            "1st window (ms)",
            "first data (ms)",
            "shell (ms)",
            "return (ms)",
            "cpu (ms)",
            "ratio",
            "status",
        ],
        rows,
    )
    print(
        "1st window: the first visit in the first window, with its package imported then "
        "(as at a real start); the other columns are medians over all windows. cpu: the "
        "processor time of the first visit (it does not grow with the machine's load)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
