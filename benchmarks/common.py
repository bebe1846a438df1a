"""Shared helpers of the benchmark scripts: timing, percentiles, tables, temporary folders.

The scripts run as `PYTHONPATH=desktop .venv/bin/python benchmarks/NAME.py` from the
project root. They work only in temporary folders or in `benchmarks/results/` (ignored by
git) and never open the user's own data folder: `isolate()` points every default Minga
and keyring location at a scratch folder before anything else is imported.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"

if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))


def isolate() -> Path:
    """Points MINGA_DATA_DIR, HOME-based folders and the keyring at a scratch folder."""
    scratch = Path(tempfile.mkdtemp(prefix="minga-bench-env-"))
    os.environ["MINGA_DATA_DIR"] = str(scratch / "data")
    os.environ["XDG_DATA_HOME"] = str(scratch / "xdg-data")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "xdg-config")
    os.environ["XDG_CACHE_HOME"] = str(scratch / "xdg-cache")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import atexit

    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    return scratch


@contextlib.contextmanager
def temp_folder(prefix: str = "minga-bench-") -> Iterator[Path]:
    """A temporary folder, removed afterwards whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class Timer:
    """`with Timer() as t: ...` then `t.seconds` (monotonic, high resolution)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._start = 0.0

    def __enter__(self) -> Timer:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.seconds = time.perf_counter() - self._start

    @property
    def ms(self) -> float:
        return self.seconds * 1000.0


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Runs `fn` once; returns (seconds, its result)."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100) with linear interpolation between closest ranks."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100.0
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float:
    return percentile(values, 50)


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain text table: first column left-aligned, the rest right-aligned."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [
        max(len(str(h)), *(len(row[i]) for row in cells)) if cells else len(str(h))
        for i, h in enumerate(headers)
    ]

    def line(values: Sequence[str]) -> str:
        parts = [v.ljust(widths[i]) if i == 0 else v.rjust(widths[i]) for i, v in enumerate(values)]
        return "  ".join(parts).rstrip()

    print(f"\n{title}")
    print(line([str(h) for h in headers]))
    print(line(["-" * w for w in widths]))
    for row in cells:
        print(line(row))


def _cell(value: Any) -> str:
    if isinstance(value, float):
        if value >= 1000:
            return f"{value:,.0f}"
        if value >= 100:
            return f"{value:.1f}"
        return f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def verdict(ok: bool) -> str:
    return "within budget" if ok else "OVER BUDGET"


def machine() -> str:
    """One line about where the figures were measured."""
    import sqlite3

    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def generator_stamp() -> str:
    """Changes when the demo generator or its content changes (the cache is then rebuilt)."""
    digest = hashlib.sha256()
    for name in ("demo.py", "demo_content.py"):
        digest.update((ROOT / "desktop" / "minga" / "services" / name).read_bytes())
    for path in sorted((ROOT / "resources" / "demo").glob("*.json")):
        digest.update(path.read_bytes())
    # ...and when the schema (tables, indexes, full-text triggers) changes.
    for path in sorted((ROOT / "desktop" / "minga" / "store" / "migrations").rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def cached_demo(scale_text: str, seed: int) -> Path:
    """The data folder of a demo database, generated on first use."""
    from minga.core.workspace import Workspace
    from minga.services.demo import generate_demo, parse_scale

    scale = parse_scale(scale_text)
    folder = RESULTS / f"demo-{scale.name}-seed{seed}-{generator_stamp()}"
    if (folder / "DEMO").exists():
        return folder
    RESULTS.mkdir(parents=True, exist_ok=True)
    for stale in RESULTS.glob(f"demo-{scale.name}-seed{seed}-*"):
        shutil.rmtree(stale, ignore_errors=True)
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    print(f"building the {scale.name} demo database (seed {seed}) in {folder} ...")
    with Timer() as t, Workspace(building) as ws:
        report = generate_demo(ws, scale=scale, seed=seed)
    print(f"  {report.rows:,} live records, {report.practices:,} practices in {t.seconds:.1f} s")
    building.rename(folder)
    return folder
