"""The evidence files of the practice form: adding (button, drag and drop), listing
with small pictures, opening a copy with a safe name, and removing; plus the endings of
the kinds of evidence Minga keeps and the names a viewer gets."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidgetItem,
    QStyle,
)
from shiboken6 import isValid

from minga.core.files import copy_atomically
from minga.domain.errors import (
    MingaError,
)
from minga.services.practices import (
    AttachmentInfo,
)
from minga.ui.messages import dialogs_enabled
from minga.ui.tasks import Progress
from minga.ui.widgets.confirm import confirm
from minga.ui.widgets.text import plain_tooltip

# Endings of the kinds of evidence Minga keeps (minga.core.attachments), and the one
# to give a file whose name ends otherwise: a name from another computer must never make
# the system run a program ("foto.jpg.exe") when a teacher opens it.
_EVIDENCE_ENDINGS = (
    "jpg jpeg png gif webp pdf docx xlsx pptx odt ods odp txt md csv "
    "mp3 ogg oga opus wav mp4 m4v mov m4a 3gp webm mkv"
)
EVIDENCE_SUFFIXES = frozenset(f".{ending}" for ending in _EVIDENCE_ENDINGS.split())
_SUFFIX_FOR_TYPE = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
    "audio/mpeg": ".mp3",
    "audio/ogg": ".ogg",
    "audio/wav": ".wav",
    "video/webm": ".webm",
    "video/mp4": ".mp4",
    "text/plain": ".txt",
}

_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)]
)


def viewer_filename(name: str, media_type: str, fallback: str) -> str:
    """A name to open an evidence file with: safe to create on Windows and Linux, and
    ending as its kind of file does."""
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", base).strip(" .")[:120] or fallback
    if Path(base).stem.upper() in _WINDOWS_RESERVED:
        base = "_" + base
    if Path(base).suffix.lower() not in EVIDENCE_SUFFIXES:
        base += _SUFFIX_FOR_TYPE.get(media_type, ".bin")
    return base


#: Evidence shown as a small picture in the list: the usual photo and image files.
THUMBNAIL_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"})


def thumbnail(path: Path, name: str, side: int) -> QIcon | None:
    """A photo's small picture (decoded at that size: a large photo stays cheap), or None
    for other files and anything that does not read as an image."""
    if Path(name).suffix.lower() not in THUMBNAIL_SUFFIXES:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone's photo the right way up
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return QIcon(QPixmap.fromImage(image))


class PracticeEvidence:
    """Part of `PracticeForm` (its texts keep the `PracticeForm` translation context)."""

    # --- evidence files ----------------------------------------------------------------

    def add_attachments(self, paths: Iterable[Path | str]) -> None:
        """Attaches files: at once to a saved practice, on Save to a new one."""
        if self._read_only:
            return
        files = [Path(p) for p in paths]
        if not files:
            return
        self.attachments_error.hide()
        if self.record_id is None:
            accepted, problems = [], []
            for path in files:
                try:
                    self.ctx.practices.files.check_file(path)
                except MingaError as exc:
                    problems.append(exc.message())
                    continue
                if path not in self._pending_files:
                    accepted.append(path)
            self._pending_files.extend(accepted)
            self._set_attachments(self._attachments)
            self._show_attachment_problems(problems)
            self.edited("attachments")
            return
        self._attach_now(self.record_id, files)

    def _attach_now(self, practice_id: str, files: list[Path]) -> None:
        service = self.ctx.practices

        def work(progress: Progress) -> tuple[list[AttachmentInfo], list[str]]:
            done: list[AttachmentInfo] = []
            problems: list[str] = []
            for number, path in enumerate(files, start=1):
                progress.check()
                try:
                    done.append(service.attach(practice_id, path))
                except MingaError as exc:
                    problems.append(exc.message())
                progress.report(number, len(files), path.name)
            return done, problems

        self._attaching += 1
        self.attachments_note.setText(self.attaching_text(len(files)))
        self.attachments_note.show()
        self.ctx.runner.run(
            work,
            on_done=lambda result: self._attached(practice_id, result),
            on_error=self._attach_failed,
        )

    def _attached(self, practice_id: str, result: tuple[list[AttachmentInfo], list[str]]) -> None:
        if not isValid(self):
            return
        self._attaching -= 1
        if not self._attaching:
            self.attachments_note.hide()
        done, problems = result
        attached = len(done)
        if practice_id == self.record_id:
            self._set_attachments([*self._attachments, *done])
            if done:
                self.attachment_list.setCurrentRow(self.attachment_list.count() - 1)
        self._show_attachment_problems(problems)
        if done:
            self.ctx.bridge.info(self.attached_text(attached))
            self.attachments_changed.emit()

    def _attach_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._attaching -= 1
        if not self._attaching:
            self.attachments_note.hide()
        self.ctx.bridge.show_exception(exc)

    def _show_attachment_problems(self, problems: list[str]) -> None:
        if problems:
            self.attachments_error.setText("\n".join(problems))
            self.attachments_error.show()
            for problem in problems:
                self.ctx.bridge.error(problem)

    def _set_attachments(self, attachments: list[AttachmentInfo]) -> None:
        self._attachments = list(attachments)
        current = self.attachment_list.currentRow()
        self.attachment_list.clear()
        locale = QLocale()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        side = max(32, self.fontMetrics().height() * 3)
        self.attachment_list.setIconSize(QSize(side, side))
        for info in self._attachments:
            size = locale.formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            thumb = thumbnail(info.path, info.filename, side) if info.path.exists() else None
            item = QListWidgetItem(thumb or icon, f"{info.filename}  ({size})")
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(plain_tooltip(info.filename))
            self.attachment_list.addItem(item)
        for path in self._pending_files:
            item = QListWidgetItem(
                thumbnail(path, path.name, side) or icon,
                QCoreApplication.translate(
                    "PracticeForm", "{name} (attached when you save)"
                ).format(name=path.name),
            )
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(plain_tooltip(str(path)))
            self.attachment_list.addItem(item)
        if self.attachment_list.count():
            self.attachment_list.setCurrentRow(
                min(max(current, 0), self.attachment_list.count() - 1)
            )
        rows = max(2, min(self.attachment_list.count(), 5))
        row_height = max(self.attachment_list.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.attachment_list.setFixedHeight(
            row_height * rows + 2 * self.attachment_list.frameWidth() + 4
        )
        self._update_buttons()

    def attachment_names(self) -> list[str]:
        """File names listed (saved and waiting for Save), in order."""
        names = [info.filename for info in self._attachments]
        return names + [path.name for path in self._pending_files]

    def _current_attachment(self) -> AttachmentInfo | Path | None:
        item = self.attachment_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        has_current = self._current_attachment() is not None
        self.add_button.setEnabled(not self._read_only)
        self.drop_hint.setVisible(not self._read_only)
        self.open_button.setEnabled(has_current)
        self.remove_button.setEnabled(has_current and not self._read_only)

    def choose_attachments(self) -> None:
        """The file dialog to pick evidence files."""
        if self._read_only:
            return
        options = QFileDialog.Option(0)
        if not dialogs_enabled():
            options |= QFileDialog.Option.DontUseNativeDialog
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("PracticeForm", "Attach evidence files"),
            str(Path.home()),
            ";;".join(
                (
                    QCoreApplication.translate("PracticeForm", "Evidence ({patterns})").format(
                        patterns=" ".join(f"*{suffix}" for suffix in sorted(EVIDENCE_SUFFIXES))
                    ),
                    QCoreApplication.translate("PracticeForm", "All files (*)"),
                )
            ),
            "",
            options,
        )
        if paths:
            self.add_attachments(paths)

    def open_attachment(self) -> None:
        """Opens the selected file with the computer's own program for it."""
        current = self._current_attachment()
        if current is None:
            return
        if isinstance(current, Path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(current)))
            return
        info = current
        if self.open_folder is None:
            self.open_folder = Path(tempfile.mkdtemp(prefix="minga-open-"))
        folder = self.open_folder / info.sha256[:16]
        target = folder / viewer_filename(
            info.filename, info.media_type, f"evidence-{info.sha256[:8]}"
        )

        def copy(_progress: Progress) -> Path:
            # The store names files by their hash; a viewer needs the real name and type.
            if not target.exists():
                folder.mkdir(parents=True, exist_ok=True)
                # A copy to look at, read-only: changes would not reach Minga.
                copy_atomically(info.path, target, mode=0o444)
            return target

        def opened(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            if isinstance(exc, OSError):
                self.ctx.bridge.error(
                    QCoreApplication.translate(
                        "PracticeForm", "The file {name} could not be opened: {reason}"
                    ).format(name=info.filename, reason=exc.strerror or str(exc))
                )
                return
            self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(copy, on_done=opened, on_error=failed)

    def remove_attachment(self) -> None:
        """Removes the selected file from the practice, after asking."""
        current = self._current_attachment()
        if current is None or self._read_only:
            return
        name = current.name if isinstance(current, Path) else current.filename
        if not confirm(
            self,
            QCoreApplication.translate("PracticeForm", "Remove file"),
            QCoreApplication.translate(
                "PracticeForm", "Remove the file «{name}» from this practice?"
            ).format(name=name),
            QCoreApplication.translate("PracticeForm", "Remove"),
            QCoreApplication.translate("PracticeForm", "Cancel"),
        ):
            return
        if isinstance(current, Path):
            self._pending_files = [p for p in self._pending_files if p != current]
            self._set_attachments(self._attachments)
            self.edited("attachments")
            return
        try:
            self.ctx.practices.detach(current.id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self._set_attachments([a for a in self._attachments if a.id != current.id])
        self.ctx.bridge.info(
            QCoreApplication.translate("PracticeForm", "File «{name}» removed.").format(name=name)
        )
        self.attachments_changed.emit()

    # --- drag and drop -----------------------------------------------------------------

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._read_only and self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._read_only and self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event)
        if self._read_only or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_attachments(files)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
            and isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
            and self._dropped_files(event)
        ):
            if kind == QEvent.Type.Drop:
                self.dropEvent(event)
            elif kind == QEvent.Type.DragEnter:
                self.dragEnterEvent(event)  # type: ignore[arg-type]
            else:
                self.dragMoveEvent(event)
            return True
        if (
            watched is self.attachment_list
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.remove_attachment()
            return True
        return super().eventFilter(watched, event)
