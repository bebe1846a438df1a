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
