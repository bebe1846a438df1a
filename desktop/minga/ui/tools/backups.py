"""Respaldos: the automatic copies with their dates and contents; back up and restore.

The dialog never restores by itself: the database must be closed first, so it emits
`restore_requested(path)` (an automatic copy, or a ``.zip`` backup file) and the window
does it with `minga.ui.tools.restore_and_reopen`.

"Include my keys" makes a backup that moves Minga to another computer: the private keys
go in sealed with a passphrase typed twice, and the recovery sheet (a PDF to print) is
written beside it. Restoring such a backup asks for the passphrase first
(`restore_passphrase`, read by the window when it restores).
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
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.services.autobackup import Snapshot, list_snapshots
from minga.ui import messages
from minga.ui.widgets.scroll import fit_on_screen
from minga.ui.widgets.table import Column, RowsModel
from minga.ui.widgets.text import date_time_format

__all__ = ["BackupsDialog", "KeysPassphraseDialog", "SnapshotsModel"]

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
                    lambda row: QLocale().toString(QDateTime(row[0].taken_at), date_time_format()),
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


class KeysPassphraseDialog(QDialog):
    """The passphrase that seals the keys in a backup: chosen (typed twice, at least 8
    characters) or typed once to restore."""

    MIN_LENGTH = 8

    def __init__(self, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysPassphraseDialog")
        self.new = new
        self.setWindowTitle(self.tr("Passphrase of the keys in the backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "Your private keys go into the backup locked with this passphrase. Choose one "
                "you will remember and keep it apart from the backup: without it the keys "
                "cannot be opened, and nobody can recover it for you."
            )
            if new
            else self.tr(
                "This backup holds the private keys of its owner. Type the passphrase chosen "
                "when it was made."
            )
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setObjectName("keysPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.first)
        self.second = QLineEdit(self)
        self.second.setObjectName("keysPassphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        if new:
            form.addRow(self.tr("&Again:"), self.second)
        else:
            self.second.hide()
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("keysPassphraseProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def problem_text(self) -> str:
        """Why the passphrase typed cannot be used ("" when it can)."""
        text = self.first.text()
        if not text:
            return self.tr("Type the passphrase.")
        if self.new and len(text) < self.MIN_LENGTH:
            return self.tr("Choose a passphrase of at least {min} characters.").format(
                min=self.MIN_LENGTH
            )
        if self.new and text != self.second.text():
            return self.tr("The two passphrases differ; type them again.")
        return ""

    def _accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


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
        self.keys_check = QCheckBox(
            self.tr("Include my &keys (to move Minga to another computer)"), self
        )
        self.keys_check.setObjectName("backupWithKeys")
        self.keys_check.setToolTip(
            self.tr(
                "Your private keys go in too, locked with a passphrase you choose: restored "
                "on a new computer, the backup makes it you for the whole network."
            )
        )
        self.sheet_button = QPushButton(self.tr("Recovery &sheet…"), self)
        self.sheet_button.setObjectName("recoverySheetButton")
        self.sheet_button.clicked.connect(self.open_recovery_sheet)
        self.sheet_button.hide()
        # Set when the person typed the passphrase of a backup with keys to restore.
        self.restore_passphrase: str | None = None
        self.last_sheet: Path | None = None
        # Making a backup on one line, restoring on the next: both fit with large text.
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.keys_check)
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.file_button)
        restore_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addLayout(restore_row)
        layout.addWidget(close)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        metrics = self.fontMetrics()
        fit_on_screen(
            self,
            max(self.sizeHint().width(), metrics.averageCharWidth() * 90),
            metrics.height() * 24,
        )

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
        """Writes a full backup (.zip with the attachments) where the person chooses; with
        "Include my keys", sealed keys and the recovery sheet beside it."""
        from minga.i18n import current_language
        from minga.services.backup import create_backup, default_backup_name, write_recovery_sheet

        out = self.ask_save_path(self.dirs.backups / default_backup_name())
        if out is None:
            return None
        passphrase = None
        if self.keys_check.isChecked():
            passphrase = self.ask_keys_passphrase(new=True)
            if passphrase is None:
                return None
        workspace = self.ctx.workspace
        lang = current_language()
        self.backup_button.setEnabled(False)

        def work(_progress: Any) -> Any:
            info = create_backup(workspace.db, workspace.dirs, out, keys_passphrase=passphrase)
            if not info.fingerprint:
                return info, None
            return info, write_recovery_sheet(workspace.db, info, lang=lang)

        def done(result) -> None:
            info, sheet = result
            self.backup_button.setEnabled(True)
            if sheet is None:
                self.ctx.bridge.info(self.tr("Backup saved in {path}").format(path=str(info.path)))
                return
            self.last_sheet = sheet
            self.sheet_button.show()
            self.ctx.bridge.info(
                self.tr(
                    "Backup with your keys saved in {path} (fingerprint {fingerprint}). Print "
                    "the recovery sheet ({sheet}) and keep the passphrase apart from the "
                    "backup."
                ).format(path=str(info.path), fingerprint=info.fingerprint, sheet=str(sheet))
            )

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self._show_error(exc)

        self.ctx.runner.run(work, on_done=done, on_error=failed)
        return out

    def open_recovery_sheet(self) -> None:
        """Opens the recovery sheet of the last backup with keys (to print it)."""
        if self.last_sheet is not None and self.last_sheet.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_sheet)))

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
        from minga.services.backup import backup_holds_keys

        question = self.tr(
            "Restore the backup {file}? Your data will be replaced by the data in it."
        ).format(file=path.name)
        if not self.confirm(question):
            return
        self.restore_passphrase = None
        try:
            with_keys = backup_holds_keys(path)
        except MingaError as exc:
            self._show_error(exc)
            return
        if with_keys:
            self.restore_passphrase = self.ask_keys_passphrase(new=False)
            if self.restore_passphrase is None:
                return
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

    def ask_keys_passphrase(self, *, new: bool) -> str | None:
        """The passphrase of the keys in a backup (None: cancelled, or dialogs off)."""
        if not messages.dialogs_enabled():
            return None
        dialog = KeysPassphraseDialog(new, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.passphrase()
            return None
        finally:
            dialog.deleteLater()

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
