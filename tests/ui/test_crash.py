"""The crash path: log file, dialog with copy details, Qt messages into logging."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QtMsgType, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

import minga
from minga.ui import crash
from minga.ui.crash import CrashDialog


def _raise_and_capture() -> tuple[type[BaseException], BaseException, object]:
    def explode() -> None:
        raise KeyError("practice-42")

    try:
        explode()
    except KeyError:
        exc_type, exc, tb = sys.exc_info()
        assert exc_type is not None
        assert exc is not None
        return exc_type, exc, tb
    raise AssertionError("unreachable")


@pytest.fixture
def handler(tmp_path, qapp):
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    installed = crash.install_crash_handler(tmp_path, dialogs=False)
    yield installed
    crash.uninstall()
    assert sys.excepthook is previous_hook
    assert threading.excepthook is previous_thread_hook


@pytest.mark.expected_errors("Uncaught exception", "Crash log written")
def test_excepthook_writes_crash_log(handler, tmp_path, caplog):
    assert sys.excepthook is handler
    exc_type, exc, tb = _raise_and_capture()

    with caplog.at_level(logging.CRITICAL, logger="minga.crash"):
        sys.excepthook(exc_type, exc, tb)

    logs = list((tmp_path / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    assert len(logs[0].name) == len("crash-YYYYmmdd-HHMMSS.log")
    dt.datetime.strptime(logs[0].name, "crash-%Y%m%d-%H%M%S.log")  # the name parses
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "in explode" in text
    assert "KeyError: 'practice-42'" in text
    assert f"Minga: {minga.__version__}" in text
    assert "Python: " in text
    assert "Qt: " in text
    assert "PySide6: " in text
    assert "Platform: " in text
    assert any(r.levelno == logging.CRITICAL and r.exc_info for r in caplog.records)


def test_two_crashes_in_one_second_get_two_files(tmp_path):
    now = dt.datetime(2026, 3, 4, 5, 6, 7)
    first = crash.write_crash_log(tmp_path, "one", now=now)
    second = crash.write_crash_log(tmp_path, "two", now=now)

    assert first.name == "crash-20260304-050607.log"
    assert second.name == "crash-20260304-050607-2.log"
    assert first.read_text(encoding="utf-8") == "one"
    assert second.read_text(encoding="utf-8") == "two"


def test_old_crash_logs_are_pruned(tmp_path):
    for second in range(5):
        crash.write_crash_log(
            tmp_path, str(second), now=dt.datetime(2026, 1, 1, 0, 0, second), keep=3
        )

    assert len(list(tmp_path.glob("crash-*.log"))) == 3


@pytest.mark.expected_errors("Uncaught exception", "Could not write the crash log")
def test_unwritable_logs_dir_still_logs(tmp_path, qapp, caplog):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    handler = crash.CrashHandler(blocker, dialogs=False)  # logs/ cannot be created
    exc_type, exc, tb = _raise_and_capture()

    with caplog.at_level(logging.ERROR, logger="minga.crash"):
        assert handler.handle(exc_type, exc, tb) is None

    assert any("Could not write the crash log" in r.getMessage() for r in caplog.records)


def test_keyboard_interrupt_is_not_a_crash(tmp_path, qapp):
    seen: list[type[BaseException]] = []
    handler = crash.CrashHandler(tmp_path, dialogs=True)
    handler.previous_excepthook = lambda t, e, tb: seen.append(t)

    handler(KeyboardInterrupt, KeyboardInterrupt(), None)

    assert seen == [KeyboardInterrupt]
    assert not (tmp_path / "logs").exists()


@pytest.mark.expected_errors("Uncaught exception", "Crash log written")
def test_dialog_shown_with_details_when_dialogs_on(tmp_path, qapp, monkeypatch, caplog):
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    handler = crash.CrashHandler(tmp_path, dialogs=True)
    exc_type, exc, tb = _raise_and_capture()

    with caplog.at_level(logging.CRITICAL, logger="minga.crash"):
        log_path = handler.handle(exc_type, exc, tb)

    assert len(shown) == 1
    assert log_path is not None
    assert shown[0].details == log_path.read_text(encoding="utf-8")
    assert str(log_path) in shown[0].message_label.text()


def test_crash_dialog_copy_details_fills_clipboard(qtbot):
    details = "Traceback (most recent call last):\n  ...\nKeyError: 'practice-42'\n"
    dialog = CrashDialog(details)
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()

    view = dialog.findChild(QPlainTextEdit, "crashDetails")
    assert view is not None
    assert view.isReadOnly()
    assert view.toPlainText() == details

    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == details


def test_crash_dialog_buttons(qtbot):
    dialog = CrashDialog("details")
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "details"

    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_qt_messages_go_to_logging(qapp, caplog):
    crash.install_qt_message_handler()
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qWarning("a warning from Qt")
    finally:
        crash.uninstall_qt_message_handler()

    records = [r for r in caplog.records if r.name == "qt"]
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (logging.WARNING, "a warning from Qt")
    ]


def test_qt_levels_map_to_logging_levels():
    assert crash._QT_LEVELS[QtMsgType.QtDebugMsg] == logging.DEBUG
    assert crash._QT_LEVELS[QtMsgType.QtCriticalMsg] == logging.ERROR
