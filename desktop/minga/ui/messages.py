"""One bridge for messages to the user (after qutebrowser's `utils/message.py`).

Services raise typed errors (`minga.domain.errors.MingaError`); the GUI catches them and
calls `bridge.show_exception(exc)`, or reports news with `bridge.info(text)`. The main
window connects `MessageBridge.shown` to its status bar or to `error_dialog`; tests
connect nothing and read `bridge.record`.

Texts arrive already translated (the caller used `tr()` or `MingaError.message()`).
They are shown as plain text, never as Qt rich text, because they may quote user input.

Modal dialogs can be switched off for the whole process with `set_dialogs_enabled(False)`
(`--no-dialogs`, automation, tests); `error_dialog` then only records and logs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from minga.domain.errors import MingaError

__all__ = [
    "ERROR",
    "INFO",
    "LEVELS",
    "WARNING",
    "Message",
    "MessageBridge",
    "dialog_record",
    "dialogs_enabled",
    "error_dialog",
    "set_dialogs_enabled",
]

log = logging.getLogger(__name__)

INFO: Final = "info"
WARNING: Final = "warning"
ERROR: Final = "error"
LEVELS: Final = (INFO, WARNING, ERROR)

#: How many messages `MessageBridge.record` keeps (oldest dropped first).
RECORD_LIMIT: Final = 500

_dialogs_enabled = True

#: (title, text) of every `error_dialog` call, shown or not; tests may clear it.
dialog_record: list[tuple[str, str]] = []


def set_dialogs_enabled(enabled: bool) -> None:
    """Turns modal message and crash dialogs on or off for this process."""
    global _dialogs_enabled  # noqa: PLW0603 (one process-wide switch, like --no-dialogs)
    _dialogs_enabled = bool(enabled)


def dialogs_enabled() -> bool:
    """Whether modal dialogs may be shown (False under `--no-dialogs` and in tests)."""
    return _dialogs_enabled


@dataclass(frozen=True, slots=True)
class Message:
    """One message that went through the bridge."""

    level: str
    text: str


class MessageBridge(QObject):
    """Where the GUI sends every message meant for the user.

    Safe to call from worker threads: `shown` is then queued to receivers on the GUI
    thread.
    """

    shown = Signal(str, str)
    """(level, text): level is one of `INFO`, `WARNING`, `ERROR`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The latest messages, oldest first (at most `RECORD_LIMIT`).
        self.record: list[Message] = []

    def info(self, text: str) -> None:
        """Something finished or changed (e.g. "Bundle exported")."""
        self._show(INFO, text)

    def warning(self, text: str) -> None:
        """Something the user should know but that did not fail."""
        self._show(WARNING, text)

    def error(self, text: str) -> None:
        """Something the user asked for could not be done."""
        self._show(ERROR, text)

    def show_exception(self, exc: BaseException) -> None:
        """Shows an expected error as an error message; re-raises anything else.

        A `MingaError` is a problem the user can act on: its translated sentence is
        shown. Any other exception is a bug and goes on to the crash handler.
        """
        if isinstance(exc, MingaError):
            self.error(exc.message())
            return
        raise exc

    def clear_record(self) -> None:
        """Forgets the recorded messages."""
        self.record.clear()

    def _show(self, level: str, text: str) -> None:
        # INFO, not ERROR: these are expected situations already explained to the user;
        # bugs are logged as errors by the crash handler.
        log.info("message [%s]: %s", level, text)
        self.record.append(Message(level, text))
        if len(self.record) > RECORD_LIMIT:
            del self.record[: len(self.record) - RECORD_LIMIT]
        self.shown.emit(level, text)


def error_dialog(parent: QWidget | None, title: str, text: str) -> bool:
    """Shows a modal error box with `text` as plain text; returns whether it was shown.

    With dialogs disabled it only records `(title, text)` in `dialog_record` and logs.
    """
    dialog_record.append((title, text))
    if not _dialogs_enabled:
        log.info("error dialog suppressed: %s: %s", title, text)
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text may quote user input
    box.exec()
    return True
