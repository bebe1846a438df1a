"""Practice search on SQLite and on PostgreSQL side by side, on the same demo database.

The same demo (scale and seed) is generated into each database: the cached SQLite one of
bench_search.py, and one generated straight into PostgreSQL (timed: what
`minga --db-url ... demo` does). Then bench_search.py's 100 queries run on both, each as the
practice list does it (`count` plus the first page of 50); the table gives median, p95 and
max per database, and says whether both found the same number of practices for every query.

PostgreSQL: `--db-url postgresql+psycopg://...` names an empty database to fill (it is
left filled); without it a throwaway cluster is started in a temporary folder with
Debian's `initdb` and `pg_ctl` (as the `postgres` user when run as root), and removed at
the end, as the tests do (tests/support/postgres.py).

Usage: PYTHONPATH=desktop .venv/bin/python benchmarks/bench_backends.py
           [--seed 1] [--scale large] [--db-url URL [--filled]]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from bench_search import PAGE, make_queries
from common import (
    ROOT,
    Timer,
    cached_demo,
    isolate,
    machine,
    median,
    percentile,
    print_table,
    temp_folder,
    verdict,
)

BUDGET_MS = 50.0  # the territory's search budget (p95), on either database


@contextlib.contextmanager
def server(url: str | None) -> Iterator[str]:
    """The given database, or a fresh one in a throwaway cluster."""
    if url:
        yield url
        return
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.support.postgres import Cluster, bin_dir

    binaries = bin_dir()
    if binaries is None:
        raise SystemExit("PostgreSQL's initdb and pg_ctl were not found (apt install postgresql)")
    cluster = Cluster(binaries)
    try:
        yield cluster.new_database()
    finally:
        cluster.stop()


def run_queries(folder: Path, url: str | None, queries: list[tuple[str, str]]):
    from minga.core.attachments import AttachmentStore
    from minga.core.workspace import Workspace
    from minga.services.practices import PracticeQuery, PracticeService

    timings: list[float] = []
    counts: list[int] = []
    with Workspace(folder, db_url=url) as ws:
        service = PracticeService(ws.db, AttachmentStore(ws.dirs.attachments))
        total = service.count(PracticeQuery())
        for _, text in queries[:5]:  # warm the caches
            service.page(PracticeQuery(text=text), 0, PAGE)
        for _, text in queries:
            query = PracticeQuery(text=text)
            with Timer() as t:
                counts.append(service.count(query))
                service.page(query, 0, PAGE)
            timings.append(t.ms)
    return total, timings, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", default="large")
    parser.add_argument("--db-url", help="an empty PostgreSQL database (default: a throwaway one)")
    parser.add_argument(
        "--filled",
        action="store_true",
        help="the --db-url database already holds this demo (from an earlier run): search only",
    )
    args = parser.parse_args()
    isolate()

    from minga.core.workspace import Workspace
    from minga.services.demo import generate_demo, parse_scale

    queries = make_queries(args.seed)
    sqlite_folder = cached_demo(args.scale, args.seed)
    results = {"SQLite": run_queries(sqlite_folder, None, queries)}
    with server(args.db_url) as url, temp_folder() as folder:
        if not (args.filled and args.db_url):
            with Timer() as made, Workspace(folder / "data", db_url=url) as ws:
                report = generate_demo(ws, scale=parse_scale(args.scale), seed=args.seed)
            print(
                f"demo {args.scale} (seed {args.seed}) generated into PostgreSQL: "
                f"{report.rows:,} live records in {made.seconds:.1f} s"
            )
        results["PostgreSQL"] = run_queries(folder / "data", url, queries)

    print(f"bench_backends: {len(queries)} queries on each database ({machine()})")
    rows = []
    for name, (total, ms, _) in results.items():
        p95 = percentile(ms, 95)
        rows.append(
            [
                name,
                f"{total:,}",
                median(ms),
                p95,
                max(ms),
                f"{p95 / BUDGET_MS:.2f}x",
                verdict(p95 < BUDGET_MS),
            ]
        )
    print_table(
        "Search (count + first page of 50), milliseconds",
        ["database", "practices", "median", "p95", "max", "p95 / 50 ms", "status"],
        rows,
    )
    sqlite_counts = results["SQLite"][2]
    server_counts = results["PostgreSQL"][2]
    differ = [
        (text, a, b)
        for (_, text), a, b in zip(queries, sqlite_counts, server_counts, strict=True)
        if a != b
    ]
    print(
        f"same number of matches on both for {len(queries) - len(differ)} of {len(queries)} queries"
    )
    for text, a, b in differ:
        print(f"  {text!r}: SQLite {a}, PostgreSQL {b}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
