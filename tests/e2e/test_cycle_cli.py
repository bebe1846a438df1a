"""The cycle's commands as a script uses them (the CLI, real data folders):
sessions, session add/show/present/attend/minutes/evaluate/survey, adopt, apply, tally,
self-assess, templates and indicators."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli, snapshot
from tests.support.clock import env_at

pytestmark = pytest.mark.slow

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def ok(cli: Cli, *args: str, lang: str = "en") -> str:
    result = cli(*args, lang=lang)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout.strip()


def ok_json(cli: Cli, *args: str) -> Any:
    return json.loads(ok(cli, *args, "--json"))


@pytest.fixture(scope="module")
def demo_folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Small demos made once: the advisor's and a teacher's installation."""
    base = tmp_path_factory.mktemp("cycle-cli")
    folders = {}
    for role in ("advisor", "teacher"):
        # The demo's figures below were written for its reference day.
        cli = Cli(base / role, env=env_at())
        ok(cli, "demo", "--scale", "small", "--as", role)
        folders[role] = base / role
    return folders


@pytest.fixture
def advisor_demo(demo_folders: dict[str, Path], tmp_path: Path) -> Cli:
    shutil.copytree(demo_folders["advisor"], tmp_path / "advisor")
    return Cli(tmp_path / "advisor", env=env_at())


@pytest.fixture
def teacher_demo(demo_folders: dict[str, Path], tmp_path: Path) -> Cli:
    shutil.copytree(demo_folders["teacher"], tmp_path / "teacher")
    return Cli(tmp_path / "teacher", env=env_at())


@pytest.fixture
def advisor(cli: Cli) -> Cli:
    ok(cli, "init", "--role", "advisor", "--name", "Patricio Riquelme", "--microcentre", "Copihues")
    return cli


def rejected(cli: Cli, *args: str, expect: str, lang: str = "en") -> None:
    """Exit status 2, a sentence on stderr, and the data folder exactly as it was."""
    before = snapshot(cli.data_dir)
    result = cli(*args, lang=lang)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert expect in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(cli.data_dir) == before


def colleague_practice(cli: Cli) -> str:
    me = ok_json(cli, "indicators")["person"]["id"]
    listed = ok_json(cli, "practice", "list", "--limit", "0", "--status", "presented")
    return next(p["id"] for p in listed["practices"] if p["author_id"] != me)


# --- The advisor's commands ------------------------------------------------------------


def test_sessions_json_is_stable(advisor_demo: Cli) -> None:
    document = ok_json(advisor_demo, "sessions")
    assert document["total"] == len(document["sessions"]) == 19
    first = document["sessions"][0]
    assert set(first) == {
        "id", "date", "number", "start_time", "title", "place", "modality", "status",
        "state", "presentations", "attendance",
    }  # fmt: skip
    # `state` is `status`, or "to_close" for a planned session whose date has passed.
    states = [s["state"] for s in document["sessions"]]
    assert states == ["held"] * 18 + ["planned"]
    assert set(first["attendance"]) == {"present", "absent", "excused", "rate"}
    dates = [s["date"] for s in document["sessions"]]
    assert dates == sorted(dates)
    only_2025 = ok_json(advisor_demo, "sessions", "--year", "2025")
    assert {s["date"][:4] for s in only_2025["sessions"]} == {"2025"}
    human = ok(advisor_demo, "sessions", "--year", "2025")
    assert "2 presentations" in human
    assert "  ·  held  ·  " in human
    assert human.splitlines()[-1] == "10 sessions."


def test_plan_present_attend_and_show(advisor_demo: Cli) -> None:
    people = ok_json(advisor_demo, "indicators")["pending"]["teachers"]
    practice = ok_json(advisor_demo, "practice", "list", "--limit", "1")["practices"][0]
    result = advisor_demo(
        "session", "add", "--date", "2026-12-10", "--title", "Cierre del año",
        "--time", "15:00", "--place", "Sede social", "--modality", "blended",
        "--agenda", "Bienvenida:10", "--agenda", "Jornada de planificación: 400",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    session_id = result.stdout.strip()
    assert UUID.match(session_id)
    assert "Warning: The agenda takes 410 minutes, more than the monthly allowance" in (
        result.stderr
    )
    talk = advisor_demo(
        "session", "present", "--session", "latest", "--practice", practice["id"],
        "--minutes", "20", "--json",
    )  # fmt: skip
    assert talk.returncode == 0, talk.stderr
    assert json.loads(talk.stdout)["presenter_id"] == practice["author_id"]
    assert "a presentation slot is at most 15 minutes" in talk.stderr
    ok(advisor_demo, "session", "attend", "--session", session_id,
       "--present", people[0]["id"], "--present", people[1]["id"],
       "--absent", people[2]["id"])  # fmt: skip
    ok(advisor_demo, "session", "minutes", "--session", session_id, "--text", "Acta breve.")
    feedback = ok(
        advisor_demo, "session", "evaluate", "--session", session_id, "--practice",
        practice["id"], "--replicability", "with_adjustments", "--suggestions", "Más tiempo",
        "--participant", people[0]["id"],
    )  # fmt: skip
    assert UUID.match(feedback)
    ok(advisor_demo, "session", "survey", "--session", session_id, "--useful", "4",
       "--prepared", "3", "--trust", "2", "--count", "2")  # fmt: skip
    shown = ok_json(advisor_demo, "session", "show", session_id)
    assert shown["status"] == "held"
    assert shown["start_time"] == "15:00"
    assert shown["modality"] == "blended"
    assert shown["agenda"] == [
        {"title": "Bienvenida", "minutes": 10},
        {"title": "Jornada de planificación", "minutes": 400},
    ]
    assert shown["minutes_text"] == "Acta breve."
    assert shown["attendance_rate"] == {"numerator": 2, "denominator": 3, "rate": 0.6667}
    assert [w["code"] for w in shown["warnings"]] == ["allowance_exceeded", "slot_exceeded"]
    human = ok(advisor_demo, "session", "show", "latest")
    assert "Agenda: 410 minutes." in human
    assert "Attendance: 67% (2 of 3)." in human
    indicators = ok_json(advisor_demo, "indicators", "--year", "2026")
    [last] = [s for s in indicators["sessions"] if s["id"] == session_id]
    assert last["satisfaction"]["trust"] == {"numerator": 0, "denominator": 2, "rate": 0.0}


def test_indicators_json_and_text(advisor_demo: Cli) -> None:
    document = ok_json(advisor_demo, "indicators", "--year", "2025")
    assert set(document) == {
        "schema", "scope", "year", "as_of", "person", "definitions", "sessions", "attendance",
        "practices_shared", "adoption", "continuation", "satisfaction", "exit_tickets",
        "pending", "hours_by_month", "students",
    }  # fmt: skip
    assert (document["schema"], document["scope"], document["year"]) == (2, "network", 2025)
    useful = document["definitions"]["useful"]
    assert (useful["goal"]["value"], useful["goal"]["basis"]) == (0.82, "top_box")
    top = document["satisfaction"]["top_box"]["useful"]
    assert top["numerator"] <= document["satisfaction"]["useful"]["numerator"]
    assert document["as_of"] == "2025-12-31"
    assert len(document["sessions"]) == 10
    assert document["practices_shared"]["goal"] == 7
    assert 0 < document["attendance"]["rate"] <= 1
    assert len(document["exit_tickets"]["questions"]) == 3
    assert len(document["pending"]["teachers"]) == 9
    text = ok(advisor_demo, "indicators", "--year", "2025")
    assert text.startswith("Indicators of the microcentre, school year 2025")
    assert "Practices shared:" in text
    mine = ok_json(advisor_demo, "indicators", "--year", "2025", "--scope", "mine")
    assert mine["scope"] == "teacher"


def test_templates_list_the_shipped_defaults(advisor: Cli) -> None:
    document = ok_json(advisor, "templates")
    assert [(t["kind"], t["is_default"]) for t in document["templates"]] == [
        ("exit_ticket", True),
        ("observation_protocol", True),
        ("observation_protocol", False),  # Malloa's network-dynamics protocol, shipped
        ("satisfaction_survey", True),  # the survey's wording, edited like the others
        ("self_assessment_rubric", True),
    ]
    assert all(t["revision"] == 1 for t in document["templates"])
    again = ok_json(advisor, "templates", "--kind", "exit_ticket")
    assert [t["id"] for t in again["templates"]] == [document["templates"][0]["id"]]
    [survey] = ok_json(advisor, "templates", "--kind", "satisfaction_survey")["templates"]
    assert [i["id"] for i in survey["body"]["items"]] == ["useful", "prepared", "trust", "applied"]


# --- A teacher's commands --------------------------------------------------------------


def test_a_teachers_part_of_the_cycle(teacher_demo: Cli) -> None:
    practice = colleague_practice(teacher_demo)
    adopted = ok_json(teacher_demo, "adopt", "--practice", practice, "--session", "latest")
    assert adopted["practice_id"] == practice
    assert adopted["status"] == "chosen"
    application = ok_json(
        teacher_demo, "apply", "--adoption", adopted["id"], "--date", "2026-11-18",
        "--level", "3°", "--level", "1B", "--students", "10",
    )  # fmt: skip
    assert application["levels"] == ["1B", "3B"]
    tally = ok_json(
        teacher_demo, "tally", "--application", application["id"],
        "--count", "feeling:feliz:1B=4", "--count", "feeling:feliz:3°=3",
        "--count", "feeling:triste:3B=1",
    )  # fmt: skip
    assert tally["totals"] == {"feeling": {"feliz": 7, "triste": 1}}
    # Later cells are added to the same tally.
    tally = ok_json(
        teacher_demo, "tally", "--application", application["id"], "--count", "again:si:1B=5"
    )
    assert tally["totals"] == {"feeling": {"feliz": 7, "triste": 1}, "again": {"si": 5}}
    assessed = ok_json(
        teacher_demo, "self-assess", "--adoption", adopted["id"], "--application",
        application["id"], "--decision", "adjust", "--rating", "planning=3",
        "--rating", "climate=4", "--adjustments", "Menos tiempo", "--date", "2026-11-19",
    )  # fmt: skip
    assert assessed["ratings"] == {"planning": 3, "climate": 4}
    assert assessed["decision"] == "adjust"
    assert assessed["visibility"] == "network"  # the adoption's, until she chooses
    # Her own choice of who receives it: only the advisor.
    narrowed = ok_json(
        teacher_demo, "self-assess", "--adoption", adopted["id"], "--application",
        application["id"], "--decision", "adjust", "--visibility", "advisor",
    )  # fmt: skip
    assert (narrowed["id"], narrowed["visibility"]) == (assessed["id"], "advisor")
    mine = ok_json(teacher_demo, "indicators")
    assert mine["scope"] == "teacher"
    assert mine["year"] == 2026
    assert mine["continuation"]["adjust"] >= 1


def test_bad_tallies_change_nothing(teacher_demo: Cli) -> None:
    practice = colleague_practice(teacher_demo)
    adoption = ok(teacher_demo, "adopt", "--practice", practice)
    application = ok(
        teacher_demo, "apply", "--adoption", adoption, "--date", "2026-11-18",
        "--level", "2°", "--students", "10",
    )  # fmt: skip
    rejected(
        teacher_demo, "tally", "--application", application,
        "--count", "feeling:feliz=8", "--count", "feeling:triste=4",
        expect="Question 'feeling' has 12 answers, but only 10 students were present.",
    )  # fmt: skip
    rejected(
        teacher_demo, "tally", "--application", application, "--count", "feeling:Pedro",
        expect="'feeling:Pedro' is not a count; write it as question:option:level=number.",
    )  # fmt: skip
    rejected(
        teacher_demo, "tally", "--application", application, "--count", "mood:feliz=1",
        expect="'mood' is not a question of this exit ticket.",
    )  # fmt: skip
    rejected(
        teacher_demo, "self-assess", "--adoption", adoption, "--decision", "continue",
        "--rating", "planning=9", expect="Rate 'planning' with a level from 1 to 4.",
    )  # fmt: skip
    rejected(
        teacher_demo, "apply", "--adoption", adoption, "--date", "2026-11-18",
        "--level", "9°", "--students", "0", expect="'9°' is not a level",
    )  # fmt: skip


def test_a_teacher_cannot_plan_or_adopt_their_own(teacher_demo: Cli) -> None:
    rejected(
        teacher_demo, "session", "add", "--date", "2026-12-10", "--title", "Mía",
        expect="Only the microcentre's advisor can do this",
    )  # fmt: skip
    me = ok_json(teacher_demo, "indicators")["person"]["id"]
    listed = ok_json(teacher_demo, "practice", "list", "--limit", "0")
    own = next(p["id"] for p in listed["practices"] if p["author_id"] == me)
    rejected(
        teacher_demo, "adopt", "--practice", own,
        expect="This practice is yours: choose a colleague's practice to apply.",
    )  # fmt: skip
    sessions = ok_json(teacher_demo, "sessions")["sessions"]
    rejected(
        teacher_demo, "session", "attend", "--session", sessions[0]["id"], "--present", me,
        expect="Only its author can change this record; it belongs to Patricio Riquelme",
    )  # fmt: skip


# --- Rejections and usage errors --------------------------------------------------------


def test_bad_session_plans_change_nothing(advisor: Cli) -> None:
    rejected(
        advisor, "session", "add", "--date", "2025-13-01", "--title", "X",
        "--agenda", "Bienvenida", expect="'2025-13-01' is not a date; write it as YYYY-MM-DD.",
    )  # fmt: skip
    rejected(
        advisor, "session", "add", "--date", "2025-04-10", "--title", "X",
        "--present", "nadie", expect="'nadie' is not a member of the microcentre.",
    )  # fmt: skip
    rejected(
        advisor, "session", "add", "--date", "2025-04-10", "--title", "X",
        "--present", "a", "--absent", "a", expect="'a' is given two attendance statuses.",
    )  # fmt: skip
    rejected(
        advisor, "session", "present", "--session", "latest", "--practice", "x",
        expect="There are no sessions here yet.",
    )  # fmt: skip
    rejected(advisor, "session", "show", "no-existe", expect="The record no-existe does not exist.")
    rejected(
        advisor, "session", "add", "--date", "2025-04-10", "--title", "X", "--time", "8h",
        expect="Start time: '8h' is not a time", lang="en",
    )  # fmt: skip
    assert ok_json(advisor, "sessions") == {"total": 0, "sessions": []}


def test_rejections_in_spanish_exit_2(advisor: Cli) -> None:
    result = advisor("session", "add", "--date", "ayer", "--title", "X", lang="es")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


@pytest.mark.parametrize(
    "args",
    [
        ("session",),
        ("session", "add", "--title", "Sin fecha"),
        ("self-assess", "--adoption", "x", "--decision", "maybe"),
        ("indicators", "--scope", "everyone"),
        ("sessions", "--year", "dos mil"),
        ("tally", "--application", "x"),
    ],
)
def test_usage_errors_exit_1(advisor: Cli, args: tuple[str, ...]) -> None:
    result = advisor(*args)
    assert result.returncode == 1, result.stderr
    assert "usage:" in result.stderr


def test_help_documents_the_commands(cli: Cli) -> None:
    result = cli("session", "add", "--help")
    assert result.returncode == 0
    assert "TITLE:MINUTES" in result.stdout
    assert "an agenda item with its minutes" in result.stdout
    top = cli("--help").stdout
    for command in ("sessions", "session", "adopt", "apply", "tally", "self-assess",
                    "templates", "indicators"):  # fmt: skip
        assert command in top
    assert "QUESTION:OPTION[:LEVEL]=N" in cli("tally", "--help").stdout
