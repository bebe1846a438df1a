"""`minga --db-url` (or MINGA_DB_URL): the same commands with the data on SQLite or on a
PostgreSQL server (the session's throwaway cluster, tests/support/postgres.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.e2e.test_cli import INIT
from tests.support.postgres import backend, new_db_url, pg_cluster  # noqa: F401


def test_the_same_commands_on_either_database(
    data_dir: Path,
    backend: str,  # noqa: F811
    new_db_url: Callable[..., str | None],  # noqa: F811
) -> None:
    url = new_db_url(migrated=False)
    cli = Cli(data_dir, env={"MINGA_DB_URL": url} if url else {})
    assert cli(*INIT).returncode == 0
    added = cli("practice", "add", "--title", "Práctica de cálculo mental", "--json")
    assert added.returncode == 0, added.stderr
    cli("practice", "add", "--title", "Huerto escolar", "--subject", "Ciencias Naturales")
    listed = json.loads(cli("practice", "list", "--search", "calculo", "--json").stdout)
    assert [row["title"] for row in listed["practices"]] == ["Práctica de cálculo mental"]
    stats = json.loads(cli("stats", "--json").stdout)
    assert stats["kinds"]["practice"] == {"live": 2, "deleted": 0}
    checked = cli("check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    backup = cli("backup", lang="es")
    if url is None:
        assert backup.returncode == 0, backup.stderr
    else:
        # The server's copies are pg_dump's; the data folder holds no database file.
        assert backup.returncode == 2
        assert "pg_dump" in backup.stderr
        assert not (data_dir / "minga.sqlite3").exists()
        restore = cli("restore", str(data_dir / "otra-copia.zip"), lang="es")
        assert restore.returncode == 2
        assert "pg_restore" in restore.stderr
        # The same database, named by --db-url this time.
        again = Cli(data_dir)("--db-url", url, "practice", "list", "--json")
        assert json.loads(again.stdout)["total"] == 2


def test_a_bad_address_or_a_server_that_does_not_answer_is_a_sentence(
    data_dir: Path, tmp_path: Path
) -> None:
    cli = Cli(data_dir)
    bad = cli("--db-url", "mysql://rosa@servidor/minga", "stats", lang="es")
    assert bad.returncode == 2
    assert "no es una dirección de base de datos" in bad.stderr
    silent = f"postgresql://rosa:clave-secreta@/minga?host={tmp_path}"
    refused = cli("--db-url", silent, "stats", lang="es")
    assert refused.returncode == 2
    assert "no logra conectarse" in refused.stderr
    assert "clave-secreta" not in refused.stderr
    assert not data_dir.joinpath("minga.sqlite3").exists()


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_demo_straight_into_postgresql_reads_as_on_sqlite(
    tmp_path: Path,
    new_db_url: Callable[..., str | None],  # noqa: F811
) -> None:
    """The same demo (scale and seed) generated into each database: what the commands
    say about it, the indicators and the printed report, is the same."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) reads the report back")
    on_sqlite = Cli(tmp_path / "sqlite")
    on_server = Cli(tmp_path / "server", env={"MINGA_DB_URL": str(new_db_url(migrated=False))})
    said: dict[str, list[str]] = {}
    for cli in (on_sqlite, on_server):
        made = cli("demo", "--scale", "small", "--seed", "7")
        assert made.returncode == 0, made.stderr
        report = cli.data_dir / "informe.pdf"
        assert cli("print", "report", "--out", str(report)).returncode == 0
        text = subprocess.run(
            ["pdftotext", str(report), "-"], capture_output=True, text=True, timeout=60, check=True
        ).stdout
        said.setdefault("report", []).append(text.replace(str(cli.data_dir), "DATA"))
        for command in ("stats", "indicators", "sessions"):
            said.setdefault(command, []).append(cli(command, "--json").stdout)
        searched = cli("practice", "list", "--search", "lectura", "--json", "--limit", "500")
        said.setdefault("search", []).append(searched.stdout)
    assert json.loads(said["search"][1])["total"] > 0
    for what, (sqlite_says, server_says) in said.items():
        assert server_says == sqlite_says, what


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_several_mingas_opening_a_new_server_database_at_once_all_start(
    tmp_path: Path,
    new_db_url: Callable[..., str | None],  # noqa: F811
) -> None:
    """The window and a scheduled import may start together on a hub's empty database:
    one creates the tables, the others wait for it (real processes, as on the server)."""
    import os
    import sys

    from tests.conftest import SOURCE

    env = {**os.environ, "PYTHONPATH": str(SOURCE), "MINGA_DB_URL": str(new_db_url(False))}
    starts = [
        subprocess.Popen(
            [sys.executable, "-m", "minga", "--data-dir", str(tmp_path / f"m{n}"), "stats"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(2)
    ]
    outcomes = [(p.wait(timeout=120), p.communicate(timeout=10)[1]) for p in starts]
    assert outcomes == [(0, "")] * 2
