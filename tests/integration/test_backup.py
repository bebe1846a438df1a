"""Backups and restores of a data folder."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from minga.domain.errors import BackupError, StoreError
from minga.paths import DataDir
from minga.services.backup import create_backup, restore_backup
from minga.services.practices import PracticeInput, PracticeService
from minga.services.stats import collect_stats, run_check
from minga.services.workspace import Workspace
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
        from minga.services.attachments import AttachmentStore

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
