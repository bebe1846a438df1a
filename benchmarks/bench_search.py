"""Full-text search on a `large` demo database: 100 varied queries against the 30 ms budget.

Each query is what the practice list does when someone types: `PracticeService.count`
plus the first page `page(query, 0, 50)`. The database is built once per seed (and per
version of the generator) and cached under benchmarks/results/, which git ignores.

Usage: PYTHONPATH=desktop .venv/bin/python benchmarks/bench_search.py [--seed 1] [--scale large]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys

from common import (
    ROOT,
    Timer,
    cached_demo,
    isolate,
    machine,
    median,
    percentile,
    print_table,
    verdict,
)

BUDGET_MS = 30.0
QUERIES = 100
PAGE = 50


def mean(values: list[int]) -> float:
    return sum(values) / len(values)


def make_queries(seed: int) -> list[tuple[str, str]]:
    """(kind, text): Spanish words with and without accents, prefixes, OA codes, pairs."""
    from minga.domain.validation import fold
    from minga.services import demo_content

    rng = random.Random(seed)
    titles = [t["title"] for t in demo_content.PRACTICE_TEMPLATES]
    words = sorted(
        {w for title in titles for w in re.findall(r"\w+", title) if len(w) >= 5 and w.isalpha()}
    )
    accented = [w for w in words if fold(w) != w.lower()]
    plain = [w for w in words if fold(w) == w.lower()]
    oa_codes = sorted({c for t in demo_content.PRACTICE_TEMPLATES for c in t["oa_codes"]})
    pairs = []
    for title in titles:
        long_words = [w for w in re.findall(r"\w+", title) if len(w) >= 4]
        if len(long_words) >= 2:
            pairs.append(" ".join(rng.sample(long_words, 2)))
    queries: list[tuple[str, str]] = []
    queries += [("accented word", w.lower()) for w in rng.sample(accented, 15)]
    queries += [("same, no accents", fold(w)) for w in rng.sample(accented, 15)]
    queries += [("plain word", w.lower()) for w in rng.sample(plain, 15)]
    queries += [("prefix", fold(w)[:4]) for w in rng.sample(words, 15)]
    queries += [("OA code", c) for c in rng.sample(oa_codes, 15)]
    queries += [("two words", p.lower()) for p in rng.sample(pairs, 20)]
    queries += [("word not there", "zzxqj"), ("common word", "practica"), ("common", "clase")]
    queries += [("short prefix", "ma"), ("capitals", "MATEMÁTICA")]
    return queries[:QUERIES]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", default="large")
    args = parser.parse_args()
    isolate()

    from minga.core.attachments import AttachmentStore
    from minga.core.workspace import Workspace
    from minga.services.practices import PracticeQuery, PracticeService

    folder = cached_demo(args.scale, args.seed)
    queries = make_queries(args.seed)
    timings: dict[str, list[float]] = {}
    hits: dict[str, list[int]] = {}
    all_ms: list[float] = []
    all_hits: list[int] = []
    with Workspace(folder) as ws:
        service = PracticeService(ws.db, AttachmentStore(ws.dirs.attachments))
        total = service.count(PracticeQuery())
        for _, text in queries[:5]:  # warm the page cache and the statement cache
            service.page(PracticeQuery(text=text), 0, PAGE)
        for kind, text in queries:
            query = PracticeQuery(text=text)
            with Timer() as t:
                count = service.count(query)
                service.page(query, 0, PAGE)
            timings.setdefault(kind, []).append(t.ms)
            hits.setdefault(kind, []).append(count)
            all_ms.append(t.ms)
            all_hits.append(count)

    print(f"bench_search: {len(queries)} queries on {total:,} live practices ({machine()})")
    print(f"database: {folder}")
    print_table(
        "Search (count + first page of 50), milliseconds",
        ["queries", "n", "median", "p95", "max", "mean hits"],
        [
            [kind, len(ms), median(ms), percentile(ms, 95), max(ms), mean(hits[kind])]
            for kind, ms in timings.items()
        ]
        + [
            [
                "all",
                len(all_ms),
                median(all_ms),
                percentile(all_ms, 95),
                max(all_ms),
                mean(all_hits),
            ]
        ],
    )
    p95 = percentile(all_ms, 95)
    print_table(
        "Budget",
        ["measure", "ms", "ratio to 30 ms", "status"],
        [
            ["median", median(all_ms), f"{median(all_ms) / BUDGET_MS:.2f}x", ""],
            ["p95", p95, f"{p95 / BUDGET_MS:.2f}x", verdict(p95 < BUDGET_MS)],
        ],
    )

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "desktop") + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-m", "minga", "--data-dir", str(folder), "--lang", "en"]
    command += ["practice", "list", "--search", "practica", "--json"]
    with Timer() as cli:
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    print_table(
        "For information: the command line, one run (process start included)",
        ["command", "s", "exit"],
        [["minga practice list --search practica --json", cli.seconds, result.returncode]],
    )
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
