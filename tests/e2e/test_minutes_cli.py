"""`session approve-minutes`: the acta of a session is read and approved at the next one
(in-process CLI, a real data folder)."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import Cli, snapshot


def ok(cli: Cli, *args: str, lang: str = "en") -> str:
    result = cli(*args, lang=lang)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout.strip()


def ok_json(cli: Cli, *args: str) -> Any:
    return json.loads(ok(cli, *args, "--json"))


def test_the_advisor_approves_the_minutes_at_the_next_session(cli: Cli) -> None:
    ok(cli, "init", "--role", "advisor", "--name", "Patricio Riquelme", "--microcentre", "Copihues")
    year = ok_json(cli, "year", "show")["year"]
    april = ok(cli, "session", "add", "--date", f"{year}-04-08", "--title", "Abril")
    may = ok(cli, "session", "add", "--date", f"{year}-05-13", "--title", "Mayo")
    assert may
    ok(cli, "session", "minutes", "--session", april, "--text", "Se acordó traer evidencias.")

    approved = ok_json(
        cli, "session", "approve-minutes", "--session", april, "--date", f"{year}-05-13"
    )
    assert approved == {
        "session_id": april,
        "number": 1,
        "minutes_approved_on": f"{year}-05-13",
    }
    said = ok(cli, "session", "approve-minutes", "--session", april, "--undo", lang="es")
    assert "ya no" in said
    assert (
        ok_json(cli, "session", "approve-minutes", "--session", april, "--undo")[
            "minutes_approved_on"
        ]
        is None
    )

    # Not before the session itself: refused, nothing changes, a sentence in Spanish.
    before = snapshot(cli.data_dir)
    early = cli("session", "approve-minutes", "--session", april, "--date", f"{year}-04-01",
                lang="es")  # fmt: skip
    assert early.returncode == 2
    assert "acta" in early.stderr.lower()
    assert "Traceback" not in early.stderr
    assert snapshot(cli.data_dir) == before
