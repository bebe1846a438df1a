"""`observation list` and `observation readers` as a teacher uses them (the CLI, a real
demo folder): the observed teacher decides who may read a note about her; the observer
cannot widen it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli, snapshot
from tests.support.clock import env_at


@pytest.fixture(scope="module")
def demo_teacher(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("observation-cli") / "teacher"
    result = Cli(folder, env=env_at())("demo", "--scale", "small", "--as", "teacher")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture
def teacher(demo_teacher: Path, tmp_path: Path) -> Cli:
    shutil.copytree(demo_teacher, tmp_path / "teacher")
    return Cli(tmp_path / "teacher", env=env_at())


def _json(cli: Cli, *args: str) -> Any:
    result = cli(*args, "--json")
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return json.loads(result.stdout)


def test_the_observed_teacher_widens_and_narrows_a_note(teacher: Cli) -> None:
    about_me = _json(teacher, "observation", "list", "--about-me")
    assert about_me, "the demo has notes about its first teacher"
    note = about_me[0]
    widened = _json(teacher, "observation", "readers", note["id"], "--readers", "network")
    assert widened["readers"] == "network"
    said = teacher("observation", "readers", note["id"], "--readers", "advisor", lang="es")
    assert said.returncode == 0, said.stderr
    assert "el/la asesor/a" in said.stdout or "asesor" in said.stdout
    listed = {n["id"]: n for n in _json(teacher, "observation", "list")}
    assert listed[note["id"]]["readers"] == "advisor"
    shown = teacher("observation", "list", "--about-me", lang="es")
    assert "Quién puede leerla" in shown.stdout


def test_the_observer_cannot_widen_her_own_note(teacher: Cli) -> None:
    me = _json(teacher, "indicators")["person"]["id"]
    mine = [n for n in _json(teacher, "observation", "list") if n["observer_id"] == me]
    assert mine, "the demo has notes its first teacher wrote"
    before = snapshot(teacher.data_dir)
    refused = teacher("observation", "readers", mine[0]["id"], "--readers", "network", lang="es")
    assert refused.returncode == 2
    assert "Solo la docente observada" in refused.stderr or "observad" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert snapshot(teacher.data_dir) == before
    unknown = teacher("observation", "readers", mine[0]["id"], "--readers", "todos")
    assert unknown.returncode == 1
