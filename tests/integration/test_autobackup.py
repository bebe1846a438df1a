"""Automatic backups rotate (daily, weekly, monthly) and restore."""

from __future__ import annotations

import datetime as dt

from minga.core.workspace import Workspace
from minga.services.autobackup import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    list_snapshots,
    restore_snapshot,
    take_daily_snapshot,
)
from minga.services.practices import PracticeInput, PracticeQuery, PracticeService


def test_one_copy_a_day_and_a_rotation_over_a_year(teacher: Workspace) -> None:
    start = dt.datetime(2025, 3, 3, 8, 30)
    assert take_daily_snapshot(teacher.db, teacher.dirs, start) is not None
    assert take_daily_snapshot(teacher.db, teacher.dirs, start.replace(hour=17)) is None
    for day in range(1, 400):
        take_daily_snapshot(teacher.db, teacher.dirs, start + dt.timedelta(days=day))
    snapshots = list_snapshots(teacher.dirs)
    assert len(snapshots) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    newest = snapshots[0].taken_at
    assert newest.date() == (start + dt.timedelta(days=399)).date()
    days = {s.taken_at.date() for s in snapshots}
    # the last seven days are all there
    assert all((newest - dt.timedelta(days=d)).date() in days for d in range(KEEP_DAILY))
    # and a year back, month by month
    months = {(s.taken_at.year, s.taken_at.month) for s in snapshots}
    assert len(months) >= KEEP_MONTHLY
    assert snapshots[-1].taken_at < newest - dt.timedelta(days=300)


def test_restore_an_automatic_backup(teacher: Workspace, practices: PracticeService) -> None:
    practices.create(PracticeInput(title="Antes del respaldo"))
    snapshot = take_daily_snapshot(teacher.db, teacher.dirs)
    assert snapshot is not None
    assert snapshot.contents()["practice"] == 1
    practices.create(PracticeInput(title="Después del respaldo"))
    teacher.close()
    restore_snapshot(teacher.dirs, snapshot.path)
    with Workspace(teacher.root) as ws:
        from minga.core.attachments import AttachmentStore

        service = PracticeService(ws.db, AttachmentStore(ws.dirs.attachments))
        assert [r.title for r in service.page(PracticeQuery())] == ["Antes del respaldo"]
    assert list(teacher.dirs.backups.glob("before-restore-*.sqlite3"))


def test_the_daily_copies_are_compressed_and_old_plain_ones_still_restore(
    teacher: Workspace, practices: PracticeService
) -> None:
    import gzip
    import shutil

    from minga.services.autobackup import auto_dir, counts_path, database_contents

    for n in range(30):
        practices.create(PracticeInput(title=f"Práctica {n}", description="Huerto " * 200))
    snapshot = take_daily_snapshot(teacher.db, teacher.dirs, dt.datetime(2026, 11, 2, 8, 0))
    assert snapshot is not None
    assert snapshot.path.name == "minga-20261102-080000.sqlite3.gz"
    assert snapshot.path.read_bytes()[:2] == b"\x1f\x8b"
    assert snapshot.size < len(gzip.decompress(snapshot.path.read_bytes())) / 2
    assert snapshot.contents() == {"practice": 30, "session": 0, "person": 1}
    assert counts_path(snapshot.path).exists()
    assert not list(teacher.dirs.tmp.glob("snapshot-*"))  # the plain copy is gone

    # A copy from before compression (plain SQLite) is still listed and restored.
    old = auto_dir(teacher.dirs) / "minga-20261101-080000.sqlite3"
    with gzip.open(snapshot.path, "rb") as packed, old.open("wb") as out:
        shutil.copyfileobj(packed, out)
    assert database_contents(old)["practice"] == 30
    assert [s.path for s in list_snapshots(teacher.dirs)] == [snapshot.path, old]
    assert list_snapshots(teacher.dirs)[1].contents()["practice"] == 30

    practices.create(PracticeInput(title="Después"))
    teacher.close()
    restore_snapshot(teacher.dirs, snapshot.path)
    with Workspace(teacher.root) as ws:
        from minga.core.attachments import AttachmentStore

        service = PracticeService(ws.db, AttachmentStore(ws.dirs.attachments))
        assert "Después" not in {r.title for r in service.page(PracticeQuery(), 0, 100)}
        assert len(service.page(PracticeQuery(), 0, 100)) == 30
    restore_snapshot(teacher.dirs, old)


def test_a_damaged_compressed_copy_changes_nothing(teacher: Workspace) -> None:
    import pytest

    from minga.domain.errors import BackupError
    from minga.services.autobackup import auto_dir

    bad = auto_dir(teacher.dirs) / "minga-20261101-080000.sqlite3.gz"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"\x1f\x8b" + b"not really gzip")
    teacher.close()
    before = teacher.dirs.database.read_bytes()
    with pytest.raises(BackupError):
        restore_snapshot(teacher.dirs, bad)
    assert teacher.dirs.database.read_bytes() == before


def test_an_erasure_reaches_the_compressed_copies(
    teacher: Workspace, practices: PracticeService
) -> None:
    import gzip

    from minga.core.erasure import purge_backups
    from minga.core.identity import current_actor

    practices.create(PracticeInput(title="Cuaderno de Ana", description="Texto de Ana " * 50))
    snapshot = take_daily_snapshot(teacher.db, teacher.dirs, dt.datetime(2026, 11, 2, 8, 0))
    assert snapshot is not None
    assert b"Cuaderno de Ana" in gzip.decompress(snapshot.path.read_bytes())
    with teacher.db.session() as session:
        me = current_actor(session).person_id

    assert purge_backups(teacher.dirs.backups, [me]) == 1

    plain = gzip.decompress(snapshot.path.read_bytes())
    assert plain.startswith(b"SQLite format 3\x00")
    assert b"Cuaderno de Ana" not in plain
    assert b"Texto de Ana" not in plain
    assert [p.name for p in snapshot.path.parent.iterdir() if p.name.startswith(".")] == []
