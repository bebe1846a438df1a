"""Herramientas: the backups list and restore, the diagnostics, the preferences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from minga.domain.errors import NotFoundError
from minga.services.autobackup import list_snapshots, take_daily_snapshot
from minga.services.practices import PracticeInput
from minga.ui import messages
from minga.ui.settings import PAPER, TEXT_SCALE

SIZE_HINTS = "This plugin does not support propagateSizeHints"


def _snapshots(workspace, days=(40, 8, 1)):
    # The workspace's clock: the snapshots sit around the day Minga thinks it is.
    today = workspace.clock.now_local().replace(tzinfo=None, microsecond=0)
    for ago in days:  # oldest first, as the days go by
        take_daily_snapshot(workspace.db, workspace.dirs, now=today - dt.timedelta(days=ago))
    return list_snapshots(workspace.dirs)


def test_backups_model_lists_snapshots_newest_first(qtmodeltester, teacher, teacher_ctx):
    from minga.ui.tools.backups import BackupsDialog, SnapshotsModel

    teacher_ctx.practices.create(PracticeInput(title="Huerto escolar"))
    snapshots = _snapshots(teacher)
    assert len(snapshots) == 3
    model = SnapshotsModel()
    model.set_snapshots(list(reversed(snapshots)))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert [model.snapshot(r).taken_at for r in range(3)] == [s.taken_at for s in snapshots]
    contents = model.data(model.index(0, SnapshotsModel.CONTENTS))
    assert contents.startswith("1 practice")
    assert "1 person" in contents
    assert model.data(model.index(0, SnapshotsModel.DATE))

    dialog = BackupsDialog(teacher_ctx)
    assert dialog.model.rowCount() == 3
    assert dialog.selected_snapshot() == snapshots[0]
    assert dialog.restore_button.isEnabled()


@pytest.mark.usefixtures("dialogs_off")
def test_restore_snapshot_brings_back_the_earlier_state(qtbot, teacher, teacher_ctx):
    from minga.ui.main_window import MainWindow
    from minga.ui.tools import restore_and_reopen
    from minga.ui.tools.backups import BackupsDialog

    kept = teacher_ctx.practices.create(PracticeInput(title="Huerto escolar"))
    _snapshots(teacher, days=(1,))
    later = teacher_ctx.practices.create(PracticeInput(title="Radio comunitaria"))

    window = MainWindow(teacher_ctx)
    qtbot.addWidget(window)
    old_page = window.show_area("practices")
    dialog = BackupsDialog(teacher_ctx, window)
    dialog.confirm = lambda _question: True
    requested: list[Path] = []
    dialog.restore_requested.connect(requested.append)
    dialog.restore_selected()
    assert requested == [list_snapshots(teacher.dirs)[0].path]

    assert restore_and_reopen(window, teacher_ctx, requested[0])
    assert teacher_ctx.practices.get(kept.id).data.title == "Huerto escolar"
    with pytest.raises(NotFoundError):
        teacher_ctx.practices.get(later.id)
    assert list(teacher.dirs.backups.glob("before-restore-*.sqlite3"))
    assert window.current_area() == "practices"
    assert window.page("practices") is window.stack.currentWidget()
    assert window.page("practices") is not old_page  # rebuilt over the restored data
    assert teacher_ctx.bridge.record[-1].level == messages.INFO


@pytest.mark.usefixtures("dialogs_off")
def test_back_up_now_writes_a_zip_that_restores(teacher, teacher_ctx, tmp_path):
    from minga.ui.tools import restore_and_reopen
    from minga.ui.tools.backups import BackupsDialog

    kept = teacher_ctx.practices.create(PracticeInput(title="Huerto escolar"))
    dialog = BackupsDialog(teacher_ctx)
    target = tmp_path / "copia.zip"
    dialog.ask_save_path = lambda default: (
        target if default.parent == teacher.dirs.backups else None
    )
    assert dialog.back_up_now() == target
    assert target.exists()
    teacher_ctx.practices.delete(kept.id)
    assert restore_and_reopen(None, teacher_ctx, target)
    assert teacher_ctx.practices.get(kept.id).data.title == "Huerto escolar"


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_about_dialog_diagnostics(qtbot, teacher, teacher_ctx):
    import minga
    from minga.store.db import SCHEMA_HEAD
    from minga.ui.tools.about import AboutDialog

    dialog = AboutDialog(teacher_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.diagnostic_text()
    assert f"Minga: {minga.__version__}" in text
    assert f"Data folder: {teacher.dirs.root}" in text
    assert f"Schema revision: {SCHEMA_HEAD}" in text
    assert "ReportLab: " in text
    dialog.copy_diagnostics()
    assert QApplication.clipboard().text() == text


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_preferences_save_text_scale_and_paper(qtbot, teacher_ctx):
    from minga.ui.tools.preferences import PreferencesDialog

    font = QApplication.font()
    try:
        dialog = PreferencesDialog(teacher_ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.text_scale.accessibleName()
        dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(1.5))
        dialog.paper.setCurrentIndex(dialog.paper.findData("oficio"))
        dialog.accept()
    finally:
        QApplication.setFont(font)
    assert teacher_ctx.settings.get(TEXT_SCALE) == 1.5
    assert teacher_ctx.settings.get(PAPER) == "oficio"
    reopened = type(teacher_ctx.settings)(teacher_ctx.settings.path)
    assert reopened.get(PAPER) == "oficio"


def test_schedule_daily_backup_runs_in_the_background(qtbot, teacher, teacher_ctx):
    from minga.ui.tools import schedule_daily_backup

    schedule_daily_backup(teacher_ctx, delay_ms=10)
    qtbot.waitUntil(lambda: len(list_snapshots(teacher.dirs)) == 1, timeout=3000)
