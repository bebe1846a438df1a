"""Backups and restores of a data folder."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from minga.core.workspace import Workspace
from minga.domain.errors import BackupError, StoreError
from minga.paths import DataDir
from minga.services.backup import create_backup, restore_backup
from minga.services.practices import PracticeInput, PracticeService
from minga.services.stats import collect_stats, run_check
from tests.conftest import snapshot
from tests.integration.test_practices import tiny_png


def test_backup_and_restore_into_a_new_folder_gives_the_same_records(
    practices: PracticeService, teacher: Workspace, tmp_path: Path
) -> None:
    detail = practices.create(PracticeInput(title="Práctica con evidencia"))
    photo = tmp_path / "foto.png"
    photo.write_bytes(tiny_png())
    practices.attach(detail.id, photo)
    info = create_backup(teacher.db, teacher.dirs, tmp_path / "respaldo.zip")
    assert info.attachments == 1
    restored_dir = DataDir(tmp_path / "nuevo")
    restored = restore_backup(restored_dir, info.path)
    assert restored.live_rows == info.live_rows
    with Workspace(restored_dir.root) as ws:
        assert collect_stats(ws.db) == collect_stats(teacher.db)
        from minga.core.attachments import AttachmentStore

        assert run_check(ws.db, AttachmentStore(ws.dirs.attachments)).ok


def test_restore_over_existing_data_keeps_a_copy_of_what_it_replaced(
    practices: PracticeService, teacher: Workspace, tmp_path: Path
) -> None:
    info = create_backup(teacher.db, teacher.dirs, tmp_path / "respaldo.zip")
    practices.create(PracticeInput(title="Escrita después del respaldo"))
    teacher.close()
    restore_backup(teacher.dirs, info.path)
    kept = list(teacher.dirs.backups.glob("before-restore-*.sqlite3"))
    assert len(kept) == 1


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_text("esto no es un respaldo"),
        lambda p: zipfile.ZipFile(p, "w").writestr("otra.txt", "x"),
        lambda p: _zip_with(p, {"format": "otra-cosa"}),
        lambda p: _zip_with(p, {"format": "minga-backup", "format_version": 1}, db=b"garbage"),
        lambda p: _zip_with(
            p, {"format": "minga-backup", "format_version": 1}, extra={"../../etc/passwd": b"x"}
        ),
    ],
    ids=["text", "other-zip", "other-format", "bad-database", "path-traversal"],
)
def test_a_file_that_is_not_a_minga_backup_changes_nothing(
    teacher: Workspace, tmp_path: Path, make
) -> None:
    bogus = tmp_path / "respaldo.zip"
    make(bogus)
    teacher.close()
    before = snapshot(teacher.root)
    with pytest.raises(BackupError, match="not a Minga backup"):
        restore_backup(teacher.dirs, bogus)
    assert snapshot(teacher.root) == before


def test_a_backup_from_a_newer_minga_is_refused(teacher: Workspace, tmp_path: Path) -> None:
    bogus = tmp_path / "futuro.zip"
    _zip_with(bogus, {"format": "minga-backup", "format_version": 99})
    with pytest.raises(BackupError, match="newer Minga"):
        restore_backup(teacher.dirs, bogus)


def test_restore_while_another_program_holds_the_database(
    teacher: Workspace, tmp_path: Path
) -> None:
    info = create_backup(teacher.db, teacher.dirs, tmp_path / "respaldo.zip")
    import sqlite3

    holder = sqlite3.connect(teacher.dirs.database)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="in use"):
            restore_backup(teacher.dirs, info.path)
    finally:
        holder.rollback()
        holder.close()


def _zip_with(
    path: Path, manifest: dict, db: bytes | None = None, extra: dict | None = None
) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("minga-backup.json", json.dumps(manifest))
        archive.writestr("minga.sqlite3", db if db is not None else b"SQLite format 3\x00")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)


# --- a backup's database is verified before it replaces anything ----------------------


def _tampered_backup(teacher: Workspace, tmp_path: Path, sql: str) -> Path:
    """A real backup whose database was changed with sqlite3 (its hash updated, as a
    forger would), so only the structural check can refuse it."""
    import hashlib
    import sqlite3

    info = create_backup(teacher.db, teacher.dirs, tmp_path / "real.zip")
    work = tmp_path / "work.sqlite3"
    with zipfile.ZipFile(info.path) as archive:
        work.write_bytes(archive.read("minga.sqlite3"))
        manifest = json.loads(archive.read("minga-backup.json"))
    conn = sqlite3.connect(work)
    conn.executescript(sql)
    conn.close()
    manifest["database_sha256"] = hashlib.sha256(work.read_bytes()).hexdigest()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as archive:
        archive.writestr("minga-backup.json", json.dumps(manifest))
        archive.writestr("minga.sqlite3", work.read_bytes())
    return forged


HOSTILE_SCHEMAS = {
    # One `practice add` later, everyone and every session would be gone.
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON practices BEGIN "
    "DELETE FROM people; DELETE FROM sessions; END;",
    "view": "CREATE VIEW everything AS SELECT * FROM people;",
    "index": "CREATE INDEX ix_extra ON practices(title);",
    "altered-table": "ALTER TABLE practices ADD COLUMN extra TEXT;",
    "dropped-column": "ALTER TABLE practices DROP COLUMN materials;",
    "extra-table": "CREATE TABLE loot (x TEXT);",
}


@pytest.mark.parametrize("sql", HOSTILE_SCHEMAS.values(), ids=HOSTILE_SCHEMAS.keys())
def test_a_backup_whose_structure_was_changed_is_refused_and_nothing_changes(
    practices: PracticeService, teacher: Workspace, tmp_path: Path, sql: str
) -> None:
    practices.create(PracticeInput(title="Huerto escolar"))
    forged = _tampered_backup(teacher, tmp_path, sql)
    teacher.close()
    before = snapshot(teacher.root)
    with pytest.raises(BackupError, match="structure Minga gives its database"):
        restore_backup(teacher.dirs, forged)
    assert snapshot(teacher.root) == before


def test_check_finds_a_trigger_added_to_the_live_database(teacher: Workspace) -> None:
    import sqlite3

    from minga.core.attachments import AttachmentStore

    assert run_check(teacher.db, AttachmentStore(teacher.dirs.attachments)).ok
    conn = sqlite3.connect(teacher.dirs.database)
    conn.executescript(HOSTILE_SCHEMAS["trigger"])
    conn.close()
    report = run_check(teacher.db, AttachmentStore(teacher.dirs.attachments))
    assert not report.ok
    assert any("trigger wipe" in f.message() for f in report.problems)


def _manifest(**changes: object) -> dict:
    return {"format": "minga-backup", "format_version": 1, **changes}


ABSURD_MANIFESTS = {
    "format-version-1e400": '{"format": "minga-backup", "format_version": 1e400}',
    "live-rows-1e400": '{"format": "minga-backup", "format_version": 1, "live_rows": 1e400}',
    "negative-attachments": json.dumps(_manifest(attachments=-5)),
    "huge-count": json.dumps(_manifest(live_rows=10**30)),
    "5000-digits": '{"format": "minga-backup", "format_version": ' + "9" * 5000 + "}",
    "float-version": json.dumps(_manifest(format_version=1.0)),
    "bool-version": json.dumps(_manifest(format_version=True)),
    "deep-nesting": '{"format": "minga-backup", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "bad-hash": json.dumps(_manifest(database_sha256="ab\n")),
}


@pytest.mark.parametrize("text", ABSURD_MANIFESTS.values(), ids=ABSURD_MANIFESTS.keys())
def test_a_manifest_with_absurd_numbers_is_refused_with_a_sentence(
    teacher: Workspace, tmp_path: Path, text: str
) -> None:
    bogus = tmp_path / "respaldo.zip"
    with zipfile.ZipFile(bogus, "w") as archive:
        archive.writestr("minga-backup.json", text)
        archive.writestr("minga.sqlite3", teacher.dirs.database.read_bytes())
    teacher.close()
    before = snapshot(teacher.root)
    with pytest.raises(BackupError, match="not a Minga backup"):
        restore_backup(teacher.dirs, bogus)
    assert snapshot(teacher.root) == before


def test_a_bare_database_copy_is_restored_and_verified_the_same_way(
    practices: PracticeService, teacher: Workspace, tmp_path: Path
) -> None:
    copy = teacher.db.backup_to(tmp_path / "copia.sqlite3")
    practices.create(PracticeInput(title="Escrita después de la copia"))
    teacher.close()
    info = restore_backup(teacher.dirs, copy)
    assert info.live_rows >= 1
    with Workspace(teacher.root) as ws:
        assert collect_stats(ws.db).kinds["practice"].live == 0
    assert list(teacher.dirs.backups.glob("before-restore-*.sqlite3"))
    assert not any(teacher.dirs.tmp.iterdir())


def test_restore_refusals_on_the_command_line_are_a_sentence_and_exit_2(
    practices: PracticeService, teacher: Workspace, tmp_path: Path
) -> None:
    from tests.support.cli import Cli

    practices.create(PracticeInput(title="Huerto escolar"))
    forged = _tampered_backup(teacher, tmp_path, HOSTILE_SCHEMAS["trigger"])
    absurd = tmp_path / "absurdo.zip"
    with zipfile.ZipFile(absurd, "w") as archive:
        archive.writestr("minga-backup.json", ABSURD_MANIFESTS["format-version-1e400"])
        archive.writestr("minga.sqlite3", teacher.dirs.database.read_bytes())
    teacher.close()
    before = snapshot(teacher.root)
    cli = Cli(teacher.root)
    refused = cli("restore", str(forged), lang="es")
    assert refused.returncode == 2
    assert "no tiene la estructura que Minga da a su base de datos" in refused.stderr
    refused = cli("restore", str(absurd), lang="es")
    assert refused.returncode == 2
    assert "no es un respaldo de Minga" in refused.stderr
    assert snapshot(teacher.root) == before
