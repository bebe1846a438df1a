"""Smoke tests of `python -m minga` in real processes, and proof that the in-process
runner the other CLI tests use (tests/support/cli.py) answers as a real process does."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from minga import __version__
from tests.conftest import Cli

INIT = (
    "init", "--role", "teacher", "--name", "Ana María Huenchumilla",
    "--school", "Escuela Rural Los Boldos", "--rbd", "4478-4", "--microcentre", "Los Copihues",
)  # fmt: skip

#: Commands whose answers do not depend on random ids or the time: (args, lang, env).
SCRIPT: list[tuple[tuple[str, ...], str, dict[str, str]]] = [
    (("stats",), "en", {}),  # before init
    (INIT, "es", {}),
    (("stats",), "es", {}),
    (("stats", "--json"), "en", {}),
    (("practice", "list", "--json"), "en", {}),
    (("practice", "add", "--title", "  "), "es", {}),  # rejected: empty title
    (("practice", "add", "--level", "9°", "--title", "Huerto"), "en", {}),  # rejected
    (("practica",), "es", {}),  # usage error, in Spanish
    (("practice", "add"), "en", {}),  # usage error: --title is required
    (("check",), "es", {}),
    # No keyring (the suite's null backend) and no passphrase: refused, with the
    # keyring warning on stderr, said in every process.
    (("identity",), "en", {"MINGA_KEY_PASSPHRASE": ""}),
    (("identity",), "es", {"MINGA_KEY_PASSPHRASE": ""}),
    (("practice", "add", "--help"), "es", {}),  # wrapped at 80 columns, translated
    (("--version",), "", {}),
]


def _answers(cli: Cli) -> list[tuple[int, str, str]]:
    folder = str(cli.data_dir)
    answers = []
    for args, lang, env in SCRIPT:
        result = cli(*args, lang=lang, env=env)
        answers.append(
            (
                result.returncode,
                result.stdout.replace(folder, "<DIR>"),
                result.stderr.replace(folder, "<DIR>"),
            )
        )
    return answers


@pytest.mark.slow
def test_the_in_process_runner_answers_as_a_real_process(tmp_path: Path) -> None:
    real = _answers(Cli(tmp_path / "real", real=True))
    in_process = _answers(Cli(tmp_path / "in-process"))
    for (args, _lang, _env), want, got in zip(SCRIPT, real, in_process, strict=True):
        assert got == want, args
    codes = [code for code, _out, _err in real]
    assert codes == [0, 0, 0, 0, 0, 2, 2, 1, 1, 0, 2, 2, 0, 0]


def test_a_real_process_sets_up_adds_and_lists(real_cli: Cli) -> None:
    assert real_cli(*INIT, lang="es").returncode == 0
    added = real_cli("practice", "add", "--title", "Huerto escolar", "--json")
    assert added.returncode == 0, added.stderr
    listed = json.loads(real_cli("practice", "list", "--json").stdout)
    assert [p["id"] for p in listed["practices"]] == [json.loads(added.stdout)["id"]]


def test_a_real_process_reports_its_version(real_cli: Cli) -> None:
    result = real_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"minga {__version__}"


def test_the_runners_give_a_completed_process(real_cli: Cli, cli: Cli) -> None:
    for result in (real_cli("--version"), cli("--version")):
        assert isinstance(result, subprocess.CompletedProcess)
        assert isinstance(result.stdout, str)
        assert isinstance(result.stderr, str)


def test_an_in_process_call_leaves_the_process_as_it_found_it(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse
    import logging
    import os
    import sys

    import keyring.core

    import minga.i18n
    import minga.sync.keys

    def state() -> tuple:
        return (
            sys.stdin, sys.stdout, sys.stderr, sys.argv, argparse._,  # type: ignore[attr-defined]
            minga.i18n._current, minga.sync.keys._prompt, minga.sync.keys._warned,
            list(logging.getLogger().handlers), dict(os.environ),
        )  # fmt: skip

    monkeypatch.setattr(minga.sync.keys, "_prompt", lambda path, new: "from the GUI")
    monkeypatch.setattr(minga.i18n, "_current", "en")
    before = state()
    assert cli(*INIT, lang="es").returncode == 0
    refused = cli("identity", lang="es", env={"MINGA_KEY_PASSPHRASE": "", "MINGA_X": "1"})
    assert refused.returncode == 2  # the GUI's prompt was not asked: a fresh process's was
    assert "llavero" in refused.stderr
    assert state() == before
    assert keyring.core._keyring_backend is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("argv", "own"),
    [
        (["--data-dir", "d", "--lang", "es"], True),  # the GUI
        (["--data-dir", "d", "--no-dialogs"], True),
        (["--data-dir", "d", "selftest", "--screenshots", "s"], True),
        (["--lang", "en", "--version"], False),
        (["--data-dir", "selftest", "stats"], False),  # a folder called selftest
        (["--data-dir", "d", "practice", "add", "--title", "selftest"], False),
        (["--data-dir", "d", "--help"], False),
    ],
)
def test_the_gui_and_selftest_always_get_a_process_of_their_own(argv: list[str], own: bool) -> None:
    from tests.support.cli import needs_own_process

    assert needs_own_process(argv) is own
