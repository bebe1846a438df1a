"""The territory's hub on SQLite and on PostgreSQL side by side: indicators, search, import.

The synthetic territory of `minga demo --scale territory` (60 microcentros over 10 school
years) is generated into each database (timed). Then, on each:

- **indicators**: what the hub's Territorio area computes for every school year, the
  networks side by side and the territory's totals (`TerritoryService.networks` and
  `totals`) for all 10 years; against a baseline of the same sums as three bare
  GROUP BY statements through the driver;
- **search**: bench_search.py's 100 queries on the territory's library as the area runs
  them (`TerritoryService.search`: the count and the first page of 50); against a
  baseline of counting the matches from the full-text index alone;
- **import**: one advisor's territory report (her three microcentros, each the demo
  network of the given scale with its two school years, as the advisor's Minga writes
  it) imported into the hub (`minga.sync.territory.import_report`: decryption,
  signature, validation of every row, one transaction); against a baseline of inserting
  the same verified rows into an empty database in one transaction.

Budgets (issue 20): the indicators for 60 x 10 under 1 s; search under 50 ms p95; the
import under 10 s. The ratios to the baselines are for comparing runs on one machine.
The figures are also written to `benchmarks/results/territory-<database>.json`.

PostgreSQL: a throwaway cluster in a temporary folder (Debian's `initdb` and `pg_ctl`,
as the `postgres` user when run as root), removed at the end, as bench_backends.py does.

Usage: PYTHONPATH=desktop .venv/bin/python benchmarks/bench_territory.py
           [--seed 1] [--report-scale medium] [--runs 5] [--sqlite-only]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench_search import make_queries
from common import (
    RESULTS,
    ROOT,
    Timer,
    isolate,
    machine,
    median,
    percentile,
    print_table,
    temp_folder,
    verdict,
)

INDICATORS_BUDGET_MS = 1000.0
SEARCH_BUDGET_MS = 50.0
IMPORT_BUDGET_S = 10.0
PAGE = 50
NETWORKS_PER_ADVISOR = 3


@contextlib.contextmanager
def cluster() -> Iterator[Any]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.support.postgres import Cluster, bin_dir

    binaries = bin_dir()
    if binaries is None:
        raise SystemExit("PostgreSQL's initdb and pg_ctl were not found (apt install postgresql)")
    running = Cluster(binaries)
    try:
        yield running
    finally:
        running.stop()


# --- indicators -------------------------------------------------------------------------

BASELINE_SUMS = (
    "SELECT microcentre_id, year, key, sum(numerator), sum(denominator)"
    " FROM territory_figures GROUP BY microcentre_id, year, key",
    "SELECT microcentre_id, year, count(*), sum(hours), sum(present), sum(expected)"
    " FROM territory_sessions WHERE held GROUP BY microcentre_id, year",
    "SELECT microcentre_id, year, count(*) FROM territory_practices GROUP BY microcentre_id, year",
)


def measure_indicators(ws: Any, runs: int) -> dict[str, Any]:
    from minga.services.territory import TerritoryService

    service = TerritoryService(ws.db)
    years = service.years()
    timings, baseline = [], []
    for _ in range(runs + 1):  # the first run warms the caches
        with Timer() as t:
            rows = 0
            for year in service.years():
                networks = service.networks(year)
                service.totals(year, networks)
                rows += len(networks)
        timings.append(t.ms)
        with Timer() as b, ws.db.engine.connect() as conn:
            for statement in BASELINE_SUMS:
                conn.exec_driver_sql(statement).all()
        baseline.append(b.ms)
    return {
        "years": len(years),
        "network_years": rows,
        "median_ms": median(timings[1:]),
        "max_ms": max(timings[1:]),
        "baseline_ms": median(baseline[1:]),
    }


# --- search -----------------------------------------------------------------------------


def measure_search(ws: Any, queries: list[tuple[str, str]]) -> dict[str, Any]:
    from minga.services.territory import TerritoryService
    from minga.store import search

    service = TerritoryService(ws.db)
    dialect = ws.db.engine.dialect.name
    total = service.search("", limit=1).total
    for _, text in queries[:5]:  # warm the caches
        service.search(text, limit=PAGE)
    timings, baseline, counts = [], [], []
    for _, text in queries:
        with Timer() as t:
            found = service.search(text, limit=PAGE)
        timings.append(t.ms)
        counts.append(found.total)
    # The baseline in a pass of its own (between the searches it slowed them down), as
    # the network's practice list counts on PostgreSQL: from the index, no table scan.
    for _, text in queries:
        with Timer() as b, ws.db.engine.begin() as conn:
            if dialect == "postgresql":
                typed = search.ts_query(text)
                if typed is not None:
                    conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
                    conn.exec_driver_sql(
                        "SELECT count(*) FROM territory_practices"
                        " WHERE search_document @@ minga_practice_query(%(q)s)",
                        {"q": typed},
                    ).scalar()
            else:
                query = search.fts_query(text)
                if query is not None:
                    conn.exec_driver_sql(
                        "SELECT count(*) FROM territory_practice_fts"
                        " WHERE territory_practice_fts MATCH ?",
                        (query,),
                    ).scalar()
        baseline.append(b.ms)
    return {
        "practices": total,
        "median_ms": median(timings),
        "p95_ms": percentile(timings, 95),
        "max_ms": max(timings),
        "baseline_p95_ms": percentile(baseline, 95),
        "counts": counts,
    }


# --- importing one advisor's report ------------------------------------------------------


class ReportImporter:
    """The advisor's side, made once: three data folders of hers (each the demo network
    at `--report-scale`, seeds 1-3), her territory invitation. For each hub: the
    coordinator accepts her, she imports the coordinator's card and writes her report to
    that hub (encrypted to it), and the hub imports it (timed)."""

    def __init__(self, folder: Path, args: argparse.Namespace):
        self.folder = folder
        self.args = args
        self.new_database: Any = None
        self.workspaces: list[Any] = []
        self.invitation = folder / "invitation.minga-territory"
        self.error = ""
        try:
            self._prepare()
        except Exception:  # a missing or changed module: say so, measure the rest
            self.error = traceback.format_exc(limit=3)

    def _prepare(self) -> None:
        from minga.core.workspace import Workspace
        from minga.services.demo import generate_demo, parse_scale
        from minga.sync.territory_trust import network_refs, write_invitation

        scale = parse_scale(self.args.report_scale)
        with Timer() as t:
            for number in range(1, NETWORKS_PER_ADVISOR + 1):
                ws = Workspace(self.folder / f"network-{number}")
                generate_demo(ws, scale=scale, seed=number, as_role="advisor")
                self.workspaces.append(ws)
        print(
            f"advisor: {NETWORKS_PER_ADVISOR} demo networks ({scale.name}) made in "
            f"{t.seconds:.1f} s"
        )
        write_invitation(self.workspaces[0], self.invitation, network_refs(self.workspaces))

    def __call__(self, name: str, folder: Path, url: str | None) -> dict[str, Any] | None:
        if self.error:
            print(f"{name}: import not measured:\n{self.error}")
            return None
        try:
            return self._measure(name, folder, url)
        except Exception:
            print(f"{name}: import not measured:\n{traceback.format_exc(limit=3)}")
            return None

    def _measure(self, name: str, folder: Path, url: str | None) -> dict[str, Any]:
        from sqlalchemy import insert

        from minga.core.workspace import Workspace
        from minga.services.territory_report import build_payload
        from minga.store.territory_models import (
            TerritoryFigure,
            TerritoryNetwork,
            TerritoryPractice,
            TerritorySession,
        )
        from minga.sync.territory import import_report, read_report, write_report
        from minga.sync.territory_trust import accept_advisor, accept_card, write_card

        advisor = self.workspaces[0]
        card = folder / "coordinator.minga-card"
        report = folder / "report.minga"
        with Workspace(folder / "hub", db_url=url) as hub:
            accept_advisor(hub, self.invitation)
            write_card(hub, card)
            accept_card(advisor, card)
            with Timer() as built:
                payload = build_payload(self.workspaces)
                write_report(advisor, payload, report)
            with Timer() as imported:
                outcome = import_report(hub, report)
            rows = read_report(hub, report).rows
        if outcome.refused:
            print(f"{name}: networks refused: {outcome.refused}")
        # Baseline: the same verified rows inserted into an empty database.
        base_url = self.new_database() if url is not None else None
        models = {
            "territory_network": TerritoryNetwork,
            "territory_figure": TerritoryFigure,
            "territory_session": TerritorySession,
            "territory_practice": TerritoryPractice,
        }
        with Workspace(folder / "baseline", db_url=base_url) as empty:
            extra = {
                "advisor_id": "0" * 36,
                "report_id": "0" * 36,
                "reported_at": empty.db.clock.now(),
                "received_at": empty.db.clock.now(),
            }
            with Timer() as baseline, empty.db.session() as session:
                for kind, model in models.items():
                    items = rows[kind]
                    if kind == "territory_network":
                        items = [{**extra, **row} for row in items]
                    if items:
                        session.execute(insert(model.__table__), items)  # type: ignore[attr-defined]
        count = sum(len(items) for items in rows.values())
        print(
            f"{name}: report built and written in {built.seconds:.1f} s "
            f"({report.stat().st_size:,} bytes, {count:,} rows), imported in "
            f"{imported.seconds:.2f} s"
        )
        return {
            "networks": len(outcome.imported),
            "rows": count,
            "bytes": report.stat().st_size,
            "build_s": built.seconds,
            "import_s": imported.seconds,
            "baseline_s": baseline.seconds,
            "counts": outcome.counts,
        }


# --- the territory ----------------------------------------------------------------------


def generate(folder: Path, url: str | None, seed: int) -> tuple[float, Any]:
    from minga.core.workspace import Workspace
    from minga.services.demo_territory import generate_territory

    with Timer() as t, Workspace(folder, db_url=url) as ws:
        report = generate_territory(ws, seed=seed)
    return t.seconds, report


def run_database(
    name: str, folder: Path, url: str | None, args: argparse.Namespace, report_file: Any
) -> dict[str, Any]:
    from minga.core.workspace import Workspace

    seconds, report = generate(folder / "hub", url, args.seed)
    print(
        f"{name}: territory generated in {seconds:.1f} s ({report.networks} microcentros, "
        f"{len(report.years)} years, {report.sessions:,} sessions, {report.practices:,} "
        f"practices, {report.rows:,} rows)"
    )
    result: dict[str, Any] = {"database": name, "generate_s": seconds, "rows": report.rows}
    with Workspace(folder / "hub", db_url=url) as ws:
        result["indicators"] = measure_indicators(ws, args.runs)
        result["search"] = measure_search(ws, make_queries(args.seed))
    if report_file is not None:
        result["import"] = report_file(name, folder, url)
    return result


def print_results(results: list[dict[str, Any]]) -> None:
    print(f"\nbench_territory ({machine()})")
    print_table(
        "Indicators of 60 microcentros x 10 school years (networks side by side and totals, "
        "every year), milliseconds",
        ["database", "network-years", "median", "max", "baseline", "x baseline", "/ 1 s", "status"],
        [
            [
                r["database"],
                r["indicators"]["network_years"],
                r["indicators"]["median_ms"],
                r["indicators"]["max_ms"],
                r["indicators"]["baseline_ms"],
                f"{r['indicators']['median_ms'] / max(r['indicators']['baseline_ms'], 1e-6):.1f}x",
                f"{r['indicators']['median_ms'] / INDICATORS_BUDGET_MS:.2f}x",
                verdict(r["indicators"]["max_ms"] < INDICATORS_BUDGET_MS),
            ]
            for r in results
        ],
    )
    print_table(
        "Search in the territory's library (count + first page of 50), milliseconds",
        [
            "database",
            "practices",
            "median",
            "p95",
            "max",
            "index p95",
            "x index",
            "/ 50 ms",
            "status",
        ],
        [
            [
                r["database"],
                r["search"]["practices"],
                r["search"]["median_ms"],
                r["search"]["p95_ms"],
                r["search"]["max_ms"],
                r["search"]["baseline_p95_ms"],
                f"{r['search']['p95_ms'] / max(r['search']['baseline_p95_ms'], 1e-6):.1f}x",
                f"{r['search']['p95_ms'] / SEARCH_BUDGET_MS:.2f}x",
                verdict(r["search"]["p95_ms"] < SEARCH_BUDGET_MS),
            ]
            for r in results
        ],
    )
    if len(results) == 2:
        a, b = (r["search"]["counts"] for r in results)
        same = sum(1 for x, y in zip(a, b, strict=True) if x == y)
        print(f"same number of matches on both for {same} of {len(a)} queries")
    imports = [r for r in results if r.get("import")]
    if imports:
        print_table(
            "Importing one advisor's territory report (3 networks, 2 school years each), seconds",
            [
                "database",
                "networks",
                "rows",
                "bytes",
                "import",
                "baseline",
                "x baseline",
                "/ 10 s",
                "status",
            ],
            [
                [
                    r["database"],
                    r["import"]["networks"],
                    r["import"]["rows"],
                    r["import"]["bytes"],
                    r["import"]["import_s"],
                    r["import"]["baseline_s"],
                    f"{r['import']['import_s'] / max(r['import']['baseline_s'], 1e-6):.1f}x",
                    f"{r['import']['import_s'] / IMPORT_BUDGET_S:.2f}x",
                    verdict(r["import"]["import_s"] < IMPORT_BUDGET_S),
                ]
                for r in imports
            ],
        )
    else:
        print("\nimport of a territory report: not measured (minga.sync.territory is not there)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--report-scale",
        default="medium",
        help="the demo scale of each of the advisor's three networks (small, medium, large)",
    )
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    isolate()

    os.environ.setdefault("MINGA_KEY_PASSPHRASE", "banco de pruebas")

    results = []
    with temp_folder() as folder:
        importer = ReportImporter(folder / "advisor", args)
        results.append(run_database("SQLite", folder / "sqlite", None, args, importer))
        if not args.sqlite_only:
            with cluster() as pg:
                importer.new_database = pg.new_database
                results.append(
                    run_database("PostgreSQL", folder / "pg", pg.new_database(), args, importer)
                )
    print_results(results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    for result in results:
        out = RESULTS / f"territory-{result['database'].lower()}.json"
        out.write_text(json.dumps({"machine": machine(), **result}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
