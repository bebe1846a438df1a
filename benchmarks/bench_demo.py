"""Time of `minga demo --scale large` (through `generate_demo`), in a temporary folder.

Usage: PYTHONPATH=desktop .venv/bin/python benchmarks/bench_demo.py [--scale large] [--seed 1]
"""

from __future__ import annotations

import argparse

from common import Timer, isolate, machine, print_table, temp_folder, verdict

# The generator's own target (the brief: "well under a minute on 2 slow cores").
BUDGET_SECONDS = 60.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="large")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    isolate()

    from minga.core.workspace import Workspace
    from minga.services.demo import generate_demo, parse_scale

    scale = parse_scale(args.scale)
    with temp_folder() as folder:
        with Timer() as opening:
            ws = Workspace(folder / "data")  # creates and migrates the database
        try:
            with Timer() as run:
                report = generate_demo(ws, scale=scale, seed=args.seed)
        finally:
            ws.close()
        size_mb = ws.dirs.database.stat().st_size / 1_048_576
    rows_per_s = (report.rows + report.deleted) / run.seconds
    print(f"bench_demo: scale {scale.name}, seed {args.seed} ({machine()})")
    print_table(
        "Demo generation",
        ["measure", "value"],
        [
            ["open + migrate empty database (s)", opening.seconds],
            ["generate_demo (s)", run.seconds],
            ["live records", report.rows],
            ["tombstones", report.deleted],
            ["live practices", report.practices],
            ["records written per second", rows_per_s],
            ["database size (MB)", size_mb],
        ],
    )
    checks = [
        ["time vs 60 s", f"{run.seconds / BUDGET_SECONDS:.2f}x", verdict(run.seconds < 60)],
    ]
    if scale.min_live_rows:
        ratio = report.rows / scale.min_live_rows
        checks.append(
            [f"live records vs {scale.min_live_rows:,}", f"{ratio:.2f}x", verdict(ratio >= 1)]
        )
    checks.append(
        [
            f"practices vs {scale.practices:,}",
            f"{report.practices / scale.practices:.2f}x",
            verdict(report.practices >= scale.practices),
        ]
    )
    print_table("Targets", ["target", "ratio", "status"], checks)
    print("\nBy kind (live): " + ", ".join(f"{k} {n:,}" for k, n in report.kinds.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
