"""A network already hit can recover: the automatic backup taken before an import is
restorable with `minga restore`, and `check --repair` moves aside records holding values
the schema refuses, so exports, lists and prints work again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import snapshot
from tests.support.cli import Cli
from tests.sync.conftest import Network, database_content


def test_the_automatic_backup_before_an_import_restores_the_data_as_before(
    network: Network,
) -> None:
    advisor = network.advisor
    network.ana.add_practice("Huerto escolar con habas")
    bundle = network.ana.export(network.path("ana"))
    before = database_content(advisor.ws.dirs.database)
    result = advisor.import_(bundle)
    assert "Huerto escolar con habas" in advisor.titles()
    assert result.backup.name.startswith("before-import-")
    advisor.close()
    # Through the command line, as a person would.
    restored = Cli(advisor.root)("restore", str(result.backup))
    assert restored.returncode == 0, restored.stderr
    advisor.reopen()
    assert "Huerto escolar con habas" not in advisor.titles()
    after = database_content(advisor.ws.dirs.database)
    changed = {t for t in before if before[t] != after.get(t)}
    assert changed <= {"meta"}, changed  # only the device's local bookkeeping may differ


def _poison(database: Path) -> None:
    """Values the schema refuses, written straight into the database (as a bundle
    accepted by an older Minga would have left them)."""
    conn = sqlite3.connect(database)
    with conn:
        conn.execute("UPDATE practices SET levels = '[3]' WHERE title = 'Huerto escolar'")
        conn.execute(
            "UPDATE attachments SET sha256 = sha256 || char(10) "
            "WHERE rowid = (SELECT min(rowid) FROM attachments)"
        )
    conn.close()


def test_check_lists_refused_values_and_repair_moves_them_aside(
    network: Network, tmp_path: Path
) -> None:
    ana = network.ana
    planned = Cli(network.advisor.root)(
        "session", "add", "--date", "2026-04-10", "--title", "Jornada"
    )
    assert planned.returncode == 0, planned.stderr
    ana.import_(network.advisor.export(network.path("rosa")))
    practice = ana.add_practice("Huerto escolar")
    photo = tmp_path / "foto.png"
    from tests.integration.test_practices import tiny_png

    photo.write_bytes(tiny_png())
    ana.practices.attach(ana.add_practice("Tiendita escolar"), photo)
    ana.close()
    _poison(ana.root / "minga.sqlite3")
    cli = Cli(ana.root)

    unchanged = snapshot(ana.root)
    found = cli("check")
    assert found.returncode == 2, found.stdout
    assert f"practice ({practice})" in found.stdout
    assert "levels" in found.stdout
    assert "sha256" in found.stdout
    assert "check --repair" in found.stdout
    assert snapshot(ana.root) == unchanged  # check alone changes nothing

    repaired = cli("check", "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert "2 records with values Minga refuses were moved aside" in repaired.stdout
    assert cli("check").returncode == 0
    conflicts = sqlite3.connect(ana.root / "minga.sqlite3").execute(
        "SELECT kind, record_id FROM conflict_copies WHERE resolved = 0"
    )
    assert ("practice", practice) in set(conflicts.fetchall())

    listing = cli("practice", "list")
    assert listing.returncode == 0, listing.stderr
    assert "Tiendita escolar" in listing.stdout
    assert "Huerto escolar" not in listing.stdout
    guide = cli("print", "session-guide", "--out", str(tmp_path / "guia.pdf"))
    assert guide.returncode == 0, guide.stderr
    ana.reopen()
    bundle = ana.export(network.path("ana"))
    imported = network.advisor.import_(bundle)  # the bad copies stay home
    assert imported.kinds["practice"].new == 1
