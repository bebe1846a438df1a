"""The crash path (after qutebrowser's `misc/crashsignal.py`).

`install_crash_handler(data_dir, dialogs=...)` replaces `sys.excepthook` (and
`threading.excepthook`). An uncaught exception, including one raised inside a Qt slot,
then:

1. is logged at CRITICAL with its traceback (logger ``minga.crash``);
2. is written to ``<data_dir>/logs/crash-YYYYmmdd-HHMMSS.log`` with the Minga, Python,
   Qt and PySide versions and the platform (the latest `KEEP_CRASH_LOGS` are kept);
3. when dialogs are on and we are on the GUI thread, opens a `CrashDialog` with a
   short message, the details and a "Copy details" button.

`uninstall()` restores the previous hooks. `install_qt_message_handler()` routes Qt's own
qDebug/qWarning/qCritical output into Python logging (logger ``qt``).
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Final

import PySide6
from PySide6.QtCore import (
    QMessageLogContext,
    Qt,
    QThread,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import minga

__all__ = [
    "CrashDialog",
    "CrashHandler",
    "crash_details",
    "install_crash_handler",
    "install_qt_message_handler",
    "uninstall",
    "uninstall_qt_message_handler",
    "write_crash_log",
]

log = logging.getLogger("minga.crash")
qt_log = logging.getLogger("qt")

#: Older crash logs beyond this many are deleted when a new one is written.
KEEP_CRASH_LOGS: Final = 20

QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


def environment_lines() -> list[str]:
    """Version and platform lines for crash reports."""
    return [
        f"Minga: {minga.__version__}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Qt: {qVersion()}",
        f"PySide6: {PySide6.__version__}",
        f"Platform: {platform.platform()}",
        f"Frozen: {bool(getattr(sys, 'frozen', False))}",
    ]


def crash_details(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    now: dt.datetime | None = None,
) -> str:
    """The text of a crash report: time, versions, platform and the traceback."""
    now = now or dt.datetime.now().astimezone()  # clock-ok: crash report stamp
    lines = [f"Time: {now.isoformat(timespec='seconds')}", *environment_lines(), ""]
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc_type, exc, tb))
    return "\n".join(lines) + "\n"


def write_crash_log(
    logs_dir: Path, details: str, *, now: dt.datetime | None = None, keep: int = KEEP_CRASH_LOGS
) -> Path:
    """Writes `details` to a new `crash-YYYYmmdd-HHMMSS.log` in `logs_dir`; returns its path.

    Two crashes in the same second get `-2`, `-3`... suffixes. Raises OSError if the
    folder cannot be written.
    """
    now = now or dt.datetime.now()  # clock-ok: crash file name
    logs_dir.mkdir(parents=True, exist_ok=True)
    stem = f"crash-{now:%Y%m%d-%H%M%S}"
    path = logs_dir / f"{stem}.log"
    counter = 2
    while True:
        try:
            with path.open("x", encoding="utf-8", newline="\n") as f:
                f.write(details)
            break
        except FileExistsError:
            path = logs_dir / f"{stem}-{counter}.log"
            counter += 1
    _prune_crash_logs(logs_dir, keep)
    return path


def _prune_crash_logs(logs_dir: Path, keep: int) -> None:
    logs = sorted(logs_dir.glob("crash-*.log"), key=lambda p: (p.stat().st_mtime, p.name))
    for old in logs[: max(0, len(logs) - keep)]:
        old.unlink(missing_ok=True)


class CrashDialog(QDialog):
    """Tells the user something unexpected happened and offers the details to copy."""

    def __init__(
        self, details: str, log_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Minga: unexpected problem"))
        self.setObjectName("crashDialog")

        text = self.tr(
            "Minga ran into an unexpected problem. You can keep working, but if something "
            "looks wrong, close Minga and open it again."
        )
        if log_path is not None:
            text += "\n\n" + self.tr(
                "The details were saved in {path}. Copy them and send them to whoever "
                "helps you with Minga."
            ).format(path=str(log_path))
        self.message_label = QLabel(text, self)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.details_view = QPlainTextEdit(self)
        self.details_view.setObjectName("crashDetails")
        self.details_view.setReadOnly(True)
        self.details_view.setPlainText(details)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copyDetailsButton")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setDefault(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        """Puts the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class CrashHandler:
    """The installed hook; `handle()` is the whole crash path for one exception."""

    def __init__(self, data_dir: Path, *, dialogs: bool) -> None:
        self.data_dir = data_dir
        self.dialogs = dialogs
        self.previous_excepthook = sys.excepthook
        self.previous_threading_excepthook = threading.excepthook
        self._showing_dialog = False

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """The `sys.excepthook`."""
        if issubclass(exc_type, KeyboardInterrupt):
            # Ctrl+C in a terminal is not a crash.
            self.previous_excepthook(exc_type, exc, tb)
            return
        try:
            self.handle(exc_type, exc, tb)
        except Exception:
            # The crash path itself broke: at least print the original traceback.
            sys.__excepthook__(exc_type, exc, tb)
            log.exception("The crash handler failed")

    def threading_hook(self, args: threading.ExceptHookArgs) -> None:
        """The `threading.excepthook`: log and file, never a dialog (not the GUI thread)."""
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, dialog=False)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        *,
        dialog: bool | None = None,
    ) -> Path | None:
        """Logs, files and (maybe) shows one uncaught exception; returns the log path."""
        log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        details = crash_details(exc_type, exc, tb)
        log_path: Path | None = None
        try:
            log_path = write_crash_log(self.logs_dir, details)
        except OSError:
            log.exception("Could not write the crash log in %s", self.logs_dir)
        else:
            log.critical("Crash log written to %s", log_path)
        if (self.dialogs if dialog is None else dialog) and _on_gui_thread():
            self._show_dialog(details, log_path)
        return log_path

    def _show_dialog(self, details: str, log_path: Path | None) -> None:
        if self._showing_dialog:  # a crash while the crash dialog is open: log only
            return
        self._showing_dialog = True
        try:
            CrashDialog(details, log_path, QApplication.activeWindow()).exec()
        except Exception:
            log.exception("The crash dialog failed")
        finally:
            self._showing_dialog = False


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and QThread.currentThread() == app.thread()


_handler: CrashHandler | None = None
_previous_qt_handler: QtMessageHandler | None = None
_qt_handler_installed = False


def install_crash_handler(data_dir: Path, *, dialogs: bool) -> CrashHandler:
    """Installs the crash path for `data_dir` (logs go to `data_dir / "logs"`).

    Installing again replaces the earlier handler (the original hooks are kept for
    `uninstall()`).
    """
    global _handler  # noqa: PLW0603 (sys.excepthook is process-wide state anyway)
    previous = _handler
    handler = CrashHandler(Path(data_dir), dialogs=dialogs)
    if previous is not None:
        handler.previous_excepthook = previous.previous_excepthook
        handler.previous_threading_excepthook = previous.previous_threading_excepthook
    sys.excepthook = handler
    threading.excepthook = handler.threading_hook
    _handler = handler
    return handler


def uninstall() -> None:
    """Restores the hooks that were in place before `install_crash_handler`."""
    global _handler  # noqa: PLW0603
    if _handler is None:
        return
    sys.excepthook = _handler.previous_excepthook
    threading.excepthook = _handler.previous_threading_excepthook
    _handler = None


_QT_LEVELS: Final = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Forwards one Qt log message to the ``qt`` logger at the matching level."""
    level = _QT_LEVELS.get(mode, logging.WARNING)
    category = context.category if context is not None else None
    if category and category != "default":
        qt_log.log(level, "%s: %s", category, message)
    else:
        qt_log.log(level, "%s", message)


def install_qt_message_handler() -> None:
    """Routes qDebug/qInfo/qWarning/qCritical/qFatal to Python logging (logger ``qt``)."""
    global _previous_qt_handler, _qt_handler_installed  # noqa: PLW0603
    previous = qInstallMessageHandler(qt_message_handler)
    if not _qt_handler_installed:
        _previous_qt_handler = previous
        _qt_handler_installed = True


def uninstall_qt_message_handler() -> None:
    """Puts back the Qt message handler that was there before."""
    global _previous_qt_handler, _qt_handler_installed  # noqa: PLW0603
    if not _qt_handler_installed:
        return
    qInstallMessageHandler(_previous_qt_handler)
    _previous_qt_handler = None
    _qt_handler_installed = False
