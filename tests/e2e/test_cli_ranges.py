"""Every number and date option is range-checked while parsing (a usage error with a
sentence), and an unexpected error becomes one sentence plus a traceback in the log."""

from __future__ import annotations

import pytest

from tests.conftest import snapshot
from tests.support.cli import Cli

BAD = [
    ("export", "--out", "x.minga", "--split-mb", "nan"),
    ("export", "--out", "x.minga", "--split-mb", "inf"),
    ("export", "--out", "x.minga", "--split-mb", "1e400"),
    ("practice", "list", "--limit", "9" * 5000),
    ("practice", "list", "--limit", "-1"),
    ("sessions", "--year", "99999"),
    ("indicators", "--year", "1"),
    ("demo", "--scale", "9" * 5000),
    ("demo", "--seed", "-4"),
    ("mail", "setup", "--smtp-host", "h", "--security", "ssl", "--smtp-port", "70000"),
]


@pytest.mark.parametrize("args", BAD, ids=[" ".join(a)[:40] for a in BAD])
def test_an_out_of_range_value_is_a_usage_error_with_a_sentence(cli: Cli, args) -> None:
    assert cli("stats").returncode == 0
    before = snapshot(cli.data_dir)
    result = cli(*args)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "is not " in result.stderr
    assert snapshot(cli.data_dir) == before


@pytest.mark.parametrize("date", ["99999-01-01", "1500-01-01", "2201-01-01", "9" * 5000])
def test_a_date_outside_sane_years_is_rejected_input_with_a_sentence(cli: Cli, date: str) -> None:
    init = cli("init", "--role", "advisor", "--name", "Rosa Cifuentes", "--microcentre", "Copihues")
    assert init.returncode == 0, init.stderr
    before = snapshot(cli.data_dir)
    result = cli("session", "add", "--date", date, "--title", "Jornada", lang="es")
    assert result.returncode == 2, result.stderr
    assert "no es una fecha" in result.stderr
    assert snapshot(cli.data_dir) == before


def test_an_unexpected_error_is_one_sentence_and_a_logged_traceback(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import minga.cli

    def broken(_cli):
        raise RuntimeError("a bug")

    monkeypatch.setitem(minga.cli.COMMANDS, "stats", broken)
    result = cli("stats", env={"MINGA_DEBUG": ""})
    assert result.returncode == 3
    assert "unexpected problem" in result.stderr
    assert "Traceback" not in result.stderr
    log = (cli.data_dir / "logs" / "minga.log").read_text()
    assert "RuntimeError: a bug" in log
    assert "Traceback" in log
    # Tests (MINGA_DEBUG set) see the exception itself.
    assert cli("stats").returncode == 1
