"""A whole cycle across four installations, through the CLI, with real bundles.

An advisor and three teachers (Ana, Juan, Ximena). The teachers write a practice each and
send it; the advisor plans two sessions of 2025 with presentations, attendance and the
satisfaction survey, and sends the consolidated bundle. Each teacher imports it, chooses
a colleague's practice, applies it, tallies the exit tickets and writes a self-assessment,
and sends a bundle back. The advisor's `indicators --json --year 2025` then shows exactly:

- attendance 4 of 6 (session 1: Ana, Juan present, Ximena excused; session 2: Ana,
  Ximena present, Juan absent);
- 3 practices shared of a goal of 7;
- adoption 2 of 4 (session 1: Juan chose, Ana did not, Ximena chose but was excused;
  session 2: Ana chose, Ximena did not);
- continuation 2 of 3 (continue, adjust, drop);
- satisfaction: useful 4/4, prepared 2/4, trust 4/4;
- exit tickets: 3 tallies; "feliz" 10 of 16 in October, 8 of 8 in November;
- pending: at session 2 Ana chose and Ximena did not; Ana's second application has no
  self-assessment yet.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.slow

ENV = {"MINGA_KEY_PASSPHRASE": "una frase de paso para las pruebas"}

TEACHERS = {
    "ana": ("Ana Sepúlveda", "Escuela Rural Los Boldos", "4512-8", "Tiendita escolar"),
    "juan": ("Juan Manríquez", "Escuela Particular N° 14 Quilaco Alto", "4533-0", "Huerto"),
    "ximena": ("Ximena Paillalef", "Escuela Rural Rucamanque", "4568-3", "Dados"),
}


def run(cli: Cli, *args: str) -> str:
    result = cli(*args, env=ENV)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout.strip()


def run_json(cli: Cli, *args: str) -> Any:
    return json.loads(run(cli, *args, "--json"))


def test_a_whole_cycle_through_bundles(tmp_path: Path) -> None:
    advisor = Cli(tmp_path / "asesor")
    teachers = {key: Cli(tmp_path / key) for key in TEACHERS}
    invitation = tmp_path / "invitacion.minga"
    run(advisor, "init", "--role", "advisor", "--name", "Patricio Riquelme",
        "--microcentre", "Los Copihues")  # fmt: skip
    run(advisor, "invite", "--out", str(invitation))

    # The teachers join, write a practice each, and send it to the advisor.
    ids: dict[str, str] = {}
    practices: dict[str, str] = {}
    for key, (name, school, rbd, title) in TEACHERS.items():
        cli = teachers[key]
        run(cli, "init", "--role", "teacher", "--name", name, "--school", school, "--rbd", rbd)
        run(cli, "import", str(invitation), "--fingerprint-checked")
        ids[key] = run_json(cli, "identity")["person_id"]
        practices[key] = run_json(
            cli, "practice", "add", "--title", title, "--status", "ready", "--level", "3°"
        )["id"]
        bundle = tmp_path / f"{key}-1.minga"
        run(cli, "export", "--out", str(bundle))
        run(advisor, "import", str(bundle), "--accept-new-members")

    # The advisor plans the two sessions of 2025 and records them.
    s1 = run(
        advisor, "session", "add", "--date", "2025-09-25", "--title", "Compartimos prácticas",
        "--agenda", "Bienvenida:10", "--agenda", "Presentaciones:30",
        "--present", ids["ana"], "--present", ids["juan"], "--excused", ids["ximena"],
    )  # fmt: skip
    s2 = run(
        advisor, "session", "add", "--date", "2025-10-30", "--title", "Resolución de problemas",
        "--present", ids["ana"], "--present", ids["ximena"], "--absent", ids["juan"],
    )  # fmt: skip
    for session, key in ((s1, "ana"), (s1, "juan"), (s2, "ximena")):
        run(advisor, "session", "present", "--session", session, "--practice", practices[key])
    run(advisor, "session", "survey", "--session", s1, "--useful", "4", "--prepared", "3",
        "--trust", "4", "--applied", "3", "--count", "2")  # fmt: skip
    run(advisor, "session", "survey", "--session", s2, "--useful", "3", "--prepared", "2",
        "--trust", "4", "--count", "2")  # fmt: skip
    run(advisor, "session", "evaluate", "--session", s1, "--practice", practices["ana"],
        "--replicability", "with_adjustments", "--suggestions", "Usar monedas reales")  # fmt: skip
    consolidated = tmp_path / "consolidado"
    consolidated.mkdir()
    run(advisor, "export", "--out", str(consolidated / "todos.minga"), "--all")
    bundles = sorted(consolidated.iterdir())
    assert bundles

    def receive(cli: Cli) -> None:
        for bundle in bundles:
            result = cli("import", str(bundle), env=ENV)
            assert result.returncode in (0, 2), result.stderr  # bundles for others are refused

    # Each teacher imports the consolidated bundle and does their part of the cycle.
    for cli in teachers.values():
        receive(cli)
        listed = run_json(cli, "sessions", "--year", "2025")
        assert [s["id"] for s in listed["sessions"]] == [s1, s2]

    juan = teachers["juan"]
    adoption = run(juan, "adopt", "--practice", practices["ana"], "--session", s1)
    app = run(juan, "apply", "--adoption", adoption, "--date", "2025-10-07",
              "--level", "1°", "--level", "2°", "--students", "10")  # fmt: skip
    run(juan, "tally", "--application", app,
        "--count", "feeling:feliz:1B=4", "--count", "feeling:feliz:2B=3",
        "--count", "feeling:mas_o_menos:2B=2", "--count", "feeling:triste:1B=1",
        "--count", "again:si:1B=5", "--count", "again:si:2B=4")  # fmt: skip
    run(juan, "self-assess", "--adoption", adoption, "--application", app,
        "--decision", "continue", "--rating", "planning=3", "--date", "2025-10-08")  # fmt: skip

    ximena = teachers["ximena"]
    adoption = run(ximena, "adopt", "--practice", practices["juan"], "--session", s1)
    app = run(ximena, "apply", "--adoption", adoption, "--date", "2025-10-14",
              "--level", "3°", "--students", "6")  # fmt: skip
    run(ximena, "tally", "--application", app,
        "--count", "feeling:feliz=3", "--count", "feeling:triste=3")  # fmt: skip
    run(ximena, "self-assess", "--adoption", adoption, "--decision", "drop",
        "--date", "2025-10-15", "--reflection", "No tenemos huerta todavía.")  # fmt: skip

    ana = teachers["ana"]
    adoption = run(ana, "adopt", "--practice", practices["ximena"], "--session", s2)
    first = run(ana, "apply", "--adoption", adoption, "--date", "2025-11-05",
                "--level", "4°", "--students", "8")  # fmt: skip
    run(ana, "tally", "--application", first, "--count", "feeling:feliz=8")
    run(ana, "self-assess", "--adoption", adoption, "--application", first,
        "--decision", "adjust", "--adjustments", "Dados de diez caras",
        "--date", "2025-11-06")  # fmt: skip
    run(ana, "apply", "--adoption", adoption, "--date", "2025-11-12",
        "--level", "4°", "--students", "7")  # fmt: skip

    # A teacher's own indicators, before sending anything.
    mine = run_json(ana, "indicators", "--year", "2025")
    assert mine["scope"] == "teacher"
    assert mine["attendance"] == {"present": 2, "absent": 0, "excused": 0, "rate": 1.0}
    assert mine["adoption"] == {"numerator": 1, "denominator": 2, "rate": 0.5}
    assert mine["pending"]["teachers"][0]["pending_self_assessments"] == 1

    # The teachers send their bundles back; the advisor imports them.
    for key, cli in teachers.items():
        bundle = tmp_path / f"{key}-2.minga"
        run(cli, "export", "--out", str(bundle))
        run(advisor, "import", str(bundle))

    doc = run_json(advisor, "indicators", "--year", "2025")
    assert doc["scope"] == "network"
    assert doc["year"] == 2025
    assert doc["attendance"] == {"present": 4, "absent": 1, "excused": 1, "rate": 0.6667}
    assert doc["practices_shared"] == {"count": 3, "goal": 7, "rate": 0.4286}
    assert doc["adoption"] == {"numerator": 2, "denominator": 4, "rate": 0.5}
    assert doc["continuation"] == {
        "continue": 1, "adjust": 1, "drop": 1, "numerator": 2, "denominator": 3, "rate": 0.6667,
    }  # fmt: skip
    assert doc["satisfaction"] == {
        "answers": 4,
        "useful": {"numerator": 4, "denominator": 4, "rate": 1.0},
        "prepared": {"numerator": 2, "denominator": 4, "rate": 0.5},
        "trust": {"numerator": 4, "denominator": 4, "rate": 1.0},
        # Asked on the first session's forms only (3, 3); the others did not ask it.
        "applied": {"numerator": 2, "denominator": 2, "rate": 1.0},
        # Only the top answer (4): useful 4,4,3,3; prepared 3,3,2,2; trust 4,4,4,4.
        "top_box": {
            "useful": {"numerator": 2, "denominator": 4, "rate": 0.5},
            "prepared": {"numerator": 0, "denominator": 4, "rate": 0.0},
            "trust": {"numerator": 4, "denominator": 4, "rate": 1.0},
            "applied": {"numerator": 0, "denominator": 2, "rate": 0.0},
        },
    }
    assert [
        (s["id"], s["attendance"]["rate"], s["adoption"]["numerator"]) for s in doc["sessions"]
    ] == [(s1, 0.6667, 1), (s2, 0.6667, 1)]
    tickets = doc["exit_tickets"]
    assert tickets["tallies"] == 3
    feliz = tickets["questions"][0]["options"][0]
    assert feliz["id"] == "feliz"
    assert [(p["key"], p["numerator"], p["denominator"]) for p in feliz["trend"]] == [
        ("2025-10", 10, 16),
        ("2025-11", 8, 8),
    ]
    assert feliz["total"] == {"numerator": 18, "denominator": 24, "rate": 0.75}
    pending = {t["id"]: t for t in doc["pending"]["teachers"]}
    assert doc["pending"]["last_session"]["id"] == s2
    assert {key: pending[ids[key]]["chose_at_last_session"] for key in ids} == {
        "ana": True,
        "juan": None,
        "ximena": False,
    }
    assert {key: pending[ids[key]]["pending_self_assessments"] for key in ids} == {
        "ana": 1,
        "juan": 0,
        "ximena": 0,
    }
