"""The message bridge: levels, typed errors, bugs re-raised, dialogs switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from minga.domain.errors import MingaError, NotFoundError
from minga.ui import messages
from minga.ui.messages import Message, MessageBridge


@pytest.fixture
def bridge(qapp):
    return MessageBridge()


@pytest.fixture
def no_dialogs():
    messages.set_dialogs_enabled(False)
    messages.dialog_record.clear()
    yield
    messages.set_dialogs_enabled(True)
    messages.dialog_record.clear()


@pytest.mark.parametrize("level", ["info", "warning", "error"])
def test_each_level_emits_and_records(qtbot, bridge, level):
    with qtbot.waitSignal(bridge.shown, timeout=1000) as blocker:
        getattr(bridge, level)("Bundle exported")

    assert blocker.args == [level, "Bundle exported"]
    assert bridge.record == [Message(level, "Bundle exported")]


def test_minga_error_becomes_error_message(qtbot, bridge):
    error = NotFoundError(id="abc-123")

    with qtbot.waitSignal(bridge.shown, timeout=1000) as blocker:
        bridge.show_exception(error)

    assert blocker.args == ["error", error.message()]
    assert "abc-123" in error.message()
    assert bridge.record == [Message("error", error.message())]


def test_plain_minga_error_uses_its_sentence(bridge):
    bridge.show_exception(MingaError())

    assert bridge.record == [Message("error", MingaError().message())]


def test_other_exceptions_are_reraised(qtbot, bridge):
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError as exc:
        bug = exc

    with qtbot.assertNotEmitted(bridge.shown), pytest.raises(ZeroDivisionError) as info:
        bridge.show_exception(bug)

    assert info.value is bug

    assert bridge.record == []


def test_record_is_bounded(bridge):
    for i in range(messages.RECORD_LIMIT + 5):
        bridge.info(f"message {i}")

    assert len(bridge.record) == messages.RECORD_LIMIT
    assert bridge.record[0] == Message("info", "message 5")
    bridge.clear_record()
    assert bridge.record == []


def test_error_dialog_suppressed_when_dialogs_disabled(qapp, no_dialogs):
    assert not messages.dialogs_enabled()

    shown = messages.error_dialog(None, "Import", "The bundle is damaged.")

    assert shown is False
    assert messages.dialog_record == [("Import", "The bundle is damaged.")]
    assert QApplication.activeModalWidget() is None


# The offscreen platform warns when a top-level dialog is shown.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_error_dialog_shows_plain_text_message_box(qtbot, qapp):
    messages.dialog_record.clear()
    seen: list[tuple[str, str, object]] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text(), box.textFormat()))
        box.accept()

    QTimer.singleShot(0, close_box)
    shown = messages.error_dialog(None, "Import", "<b>not bold</b>")

    assert shown is True
    assert seen
    assert seen[0][:2] == ("Import", "<b>not bold</b>")
    assert seen[0][2] == Qt.TextFormat.PlainText
    assert messages.dialog_record == [("Import", "<b>not bold</b>")]
    messages.dialog_record.clear()
