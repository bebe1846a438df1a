"""Herramientas › Atajos de teclado (F1) lists every area's Ctrl+number and the
commands; closing it (or any Herramientas dialog) gives the focus back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from minga.ui.main_window import MainWindow
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _close_when_open(seen: list) -> None:
    def close() -> None:
        dialog = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, close)
            return
        seen.append(dialog)
        if dialog.objectName() == "shortcutsDialog":
            seen.append(dialog.rows())
        # Later, from the dialog's own event loop (a dialog that runs events while it
        # is being shown would otherwise be hidden before its loop starts).
        QTimer.singleShot(100, dialog.reject)

    QTimer.singleShot(0, close)


def test_f1_lists_the_shortcuts_and_the_focus_comes_back(qtbot, teacher_ctx):
    window = _window(qtbot, teacher_ctx)
    page = window.show_area("practices")
    page.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(page.search_edit.hasFocus, timeout=2000)
    seen: list = []
    _close_when_open(seen)

    qtbot.keyClick(page.search_edit, Qt.Key.Key_F1)

    assert seen, "F1 opened nothing"
    dialog, rows = seen
    assert dialog.objectName() == "shortcutsDialog"
    keys = dict(rows)
    for number, area in enumerate(window.areas(), start=1):
        assert keys[f"Ctrl+{number}"] == f"Go to {window.area_title(area)}"
    assert "Ctrl+F" in keys
    assert "Ctrl+S" in keys
    qtbot.waitUntil(page.search_edit.hasFocus, timeout=2000)
    assert QApplication.focusWidget() is page.search_edit


def test_the_menu_entry_and_another_tools_dialog_give_the_focus_back(qtbot, teacher_ctx):
    window = _window(qtbot, teacher_ctx)
    window.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.sidebar.hasFocus, timeout=2000)
    menu = window.tools_menu
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert "Keyboard shortcuts…" in texts
    seen: list = []
    _close_when_open(seen)
    menu.about_action.trigger()
    assert [d.objectName() for d in seen] == ["aboutDialog"]
    qtbot.waitUntil(window.sidebar.hasFocus, timeout=2000)
