"""`year set|show` and `agreement add|list|done` as a script uses them (in-process CLI,
a real data folder), and the Decreto 1.107 hours in `indicators --json`."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tests.conftest import Cli, snapshot


def ok(cli: Cli, *args: str) -> str:
    result = cli(*args, lang="en")
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout.strip()


def ok_json(cli: Cli, *args: str) -> Any:
    return json.loads(ok(cli, *args, "--json"))


def test_the_advisor_plans_the_year_and_records_agreements(cli: Cli) -> None:
    ok(cli, "init", "--role", "advisor", "--name", "Patricio Riquelme", "--microcentre", "Copihues")
    shown = ok_json(cli, "year", "show")
    year = shown["year"]
    assert shown["confirmed"] is False
    assert shown["goal"] == 7
    assert shown["starts_on"].startswith(f"{year}-03-")
    assert len([m for m in shown["months"] if m["suggested"]]) == 10

    plan = ok_json(
        cli,
        "year", "set", "--year", str(year), "--focus", "Matemática", "--goal", "8",
        "--start", f"{year}-03-04", "--end", f"{year}-12-16",
        "--break", f"{year}-07-06..{year}-07-17=Invierno", "--week", "2", "--weekday", "3",
    )  # fmt: skip
    assert plan["confirmed"] is True
    assert plan["focus"] == "Matemática"
    assert plan["goal"] == 8
    assert plan["breaks"] == [{"from": f"{year}-07-06", "to": f"{year}-07-17", "label": "Invierno"}]
    # The second Wednesday of each month; in July it falls in the break: a week earlier.
    suggested = {m["month"]: dt.date.fromisoformat(m["suggested"]) for m in plan["months"]}
    for month, day in suggested.items():
        assert day.weekday() == 2, (month, day)
        assert (1 <= day.day <= 7) if month == 7 else (8 <= day.day <= 14), (month, day)
    assert ok_json(cli, "year", "show", "--year", str(year)) == plan

    may = ok(cli, "session", "add", "--date", f"{year}-05-13", "--title", "Mayo",
             "--agenda", "Bienvenida:15", "--agenda", "Planificación:300")  # fmt: skip
    april = ok(cli, "session", "add", "--date", f"{year}-04-08", "--title", "Abril",
               "--agenda", "Bienvenida:90")  # fmt: skip
    numbers = {
        s["id"]: s["number"] for s in ok_json(cli, "sessions", "--year", str(year))["sessions"]
    }
    assert numbers == {april: 1, may: 2}

    added = ok_json(cli, "agreement", "add", "--session", april, "--text", "Traer evidencias",
                    "--due", f"{year}-05-01")  # fmt: skip
    assert added["responsible"] is None
    assert added["session_number"] == 1
    listed = ok_json(cli, "agreement", "list", "--open")
    assert [a["text"] for a in listed] == ["Traer evidencias"]
    done = ok_json(cli, "agreement", "done", added["id"], "--on", f"{year}-04-30")
    assert done["state"] == "done"
    assert done["done_on"] == f"{year}-04-30"
    assert ok_json(cli, "agreement", "list", "--open") == []

    hours = ok_json(cli, "indicators", "--year", str(year))["hours_by_month"]
    assert hours == [
        {"month": f"{year}-04", "minutes": 90, "hours": 2.0, "sessions": 1,
         "allowance_hours": 8, "over": False},
        {"month": f"{year}-05", "minutes": 315, "hours": 7.0, "sessions": 1,
         "allowance_hours": 8, "over": False},
    ]  # fmt: skip


def test_a_bad_year_plan_is_refused_and_changes_nothing(cli: Cli) -> None:
    ok(cli, "init", "--role", "advisor", "--name", "Patricio Riquelme", "--microcentre", "Copihues")
    before = snapshot(cli.data_dir)
    result = cli("year", "set", "--year", "2026", "--start", "2026-12-01", "--end", "2026-03-01",
                 lang="en")  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "must end after it starts" in result.stderr
    result = cli("year", "set", "--year", "2026", "--break", "julio", lang="en")
    assert result.returncode == 2
    assert "is not a break" in result.stderr
    assert snapshot(cli.data_dir) == before


def test_a_teacher_cannot_set_the_year(cli: Cli) -> None:
    ok(cli, "init", "--role", "teacher", "--name", "Ana Huenchumilla", "--school",
       "Escuela Los Boldos", "--rbd", "4478-4", "--microcentre", "Copihues")  # fmt: skip
    result = cli("year", "set", "--year", "2026", "--focus", "x", lang="en")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "advisor" in result.stderr
