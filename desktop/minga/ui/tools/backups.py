"""Respaldos: the automatic copies with their dates and contents; back up and restore.

The dialog never restores by itself: the database must be closed first, so it emits
`restore_requested(path)` (an automatic copy, or a ``.zip`` backup file) and the window
does it with `minga.ui.tools.restore_and_reopen`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.services.autobackup import Snapshot, list_snapshots
from minga.ui import messages
from minga.ui.widgets.table import Column, RowsModel

__all__ = ["BackupsDialog", "SnapshotsModel"]

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class SnapshotsModel(RowsModel):
    """The automatic copies, newest first: date and time, size, contents."""

    DATE, SIZE, CONTENTS = range(3)
    # The copy's path.
    SnapshotRole = RowsModel.IdRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: self.tr("Date and time"),
                    lambda row: QLocale().toString(
                        QDateTime(row[0].taken_at), QLocale.FormatType.ShortFormat
                    ),
                    tooltip=lambda row: str(row[0].path),
                ),
                Column(
                    lambda: self.tr("Size"),
                    lambda row: QLocale().formattedDataSize(row[0].size),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    tooltip=lambda row: str(row[0].path),
                ),
                Column(
                    lambda: self.tr("Contents"),
                    lambda row: self.contents_text(row[1]),
                    tooltip=lambda row: str(row[0].path),
                ),
            ],
            parent,
            id_of=lambda row: str(row[0].path),
        )

    def set_snapshots(self, snapshots: list[Snapshot]) -> None:
        ordered = sorted(snapshots, key=lambda s: s.taken_at, reverse=True)
        self.set_rows([(snap, snap.contents()) for snap in ordered])

    def snapshot(self, row: int) -> Snapshot:
        return self._rows[row][0]

    def contents_text(self, counts: dict[str, int]) -> str:
        if not counts:
            return self.tr("(cannot be read)")
        return ", ".join(
            (
                self.tr("%n practice(s)", "", counts.get("practice", 0)),
                self.tr("%n session(s)", "", counts.get("session", 0)),
                self.tr("%n person(s)", "", counts.get("person", 0)),
            )
        )


class BackupsDialog(QDialog):
    """Lists the automatic backups; backs up now; asks the window to restore one."""

    restore_requested = Signal(Path)
    """An automatic copy (.sqlite3) or a backup file (.zip) to put back."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.ctx = ctx
        self.dirs = ctx.workspace.dirs
        self.setWindowTitle(self.tr("Backups"))

        self.intro = QLabel(
            self.tr(
                "Minga copies your data automatically once a day and keeps the copies of "
                "the last days, weeks and months. Restoring one puts your data back as it "
                "was then; your current data is kept aside as a copy."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.model = SnapshotsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("snapshotsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Automatic backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty_label = QLabel(
            self.tr("There are no automatic backups yet. Minga makes one each day it opens."),
            self,
        )
        self.empty_label.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("backupNowButton")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore the selected one…"), self)
        self.restore_button.setObjectName("restoreSelectedButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Restore from a &file…"), self)
        self.file_button.setObjectName("restoreFileButton")
        self.file_button.clicked.connect(self.restore_from_file)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(self.file_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(close)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        metrics = self.fontMetrics()
        self.resize(max(self.sizeHint().width(), metrics.averageCharWidth() * 90),
                    metrics.height() * 24)  # fmt: skip

    # --- list ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.set_snapshots(list_snapshots(self.dirs))
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_snapshot(self) -> Snapshot | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.snapshot(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected_snapshot() is not None)

    # --- actions ---------------------------------------------------------------------

    def back_up_now(self) -> Path | None:
        """Writes a full backup (.zip with the attachments) where the person chooses."""
        from minga.services.backup import create_backup, default_backup_name

        out = self.ask_save_path(self.dirs.backups / default_backup_name())
        if out is None:
            return None
        workspace = self.ctx.workspace
        self.backup_button.setEnabled(False)

        def done(info) -> None:
            self.backup_button.setEnabled(True)
            self.ctx.bridge.info(self.tr("Backup saved in {path}").format(path=str(info.path)))

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self._show_error(exc)

        self.ctx.runner.run(
            lambda _progress: create_backup(workspace.db, workspace.dirs, out),
            on_done=done,
            on_error=failed,
        )
        return out

    def restore_selected(self) -> None:
        snapshot = self.selected_snapshot()
        if snapshot is None:
            return
        when = self.model.data(self.model.index(self.table.currentIndex().row(), 0))
        question = self.tr(
            "Restore the backup of {date}? Your data will go back to how it was then."
        ).format(date=when)
        if self.confirm(question):
            self.restore_requested.emit(snapshot.path)

    def restore_from_file(self) -> None:
        path = self.ask_open_path()
        if path is None:
            return
        question = self.tr(
            "Restore the backup {file}? Your data will be replaced by the data in it."
        ).format(file=path.name)
        if self.confirm(question):
            self.restore_requested.emit(path)

    # --- questions (replaced in tests) ------------------------------------------------

    def confirm(self, question: str) -> bool:
        """Asks before restoring; without dialogs (self-test, scripts) the answer is no."""
        if not messages.dialogs_enabled():
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(question)
        box.setInformativeText(
            self.tr(
                "Your current data is not lost: Minga keeps it aside as a copy in the "
                "backups folder before restoring. Minga reloads when it finishes."
            )
        )
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def ask_save_path(self, default: Path) -> Path | None:
        default.parent.mkdir(parents=True, exist_ok=True)
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a backup"), str(default), self.tr("Minga backups (*.zip)")
        )
        return Path(name) if name else None

    def ask_open_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(self.dirs.backups),
            self.tr("Minga backups (*.zip)"),
        )  # fmt: skip
        return Path(name) if name else None

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, MingaError):
            messages.error_dialog(self, self.tr("Backups"), exc.message())
            return
        raise exc
