"""Prácticas shows one search box and one "New practice" button, not the window's as
well; Ctrl+F there goes to the page's own box; the other areas keep the window's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from minga.ui.main_window import MainWindow
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def _visible(window, kind, predicate):
    return [w for w in window.findChildren(kind) if w.isVisible() and predicate(w)]


def test_one_search_box_and_one_new_button_in_practices(qtbot, teacher_ctx):
    window = MainWindow(teacher_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    window.show_area("practices")
    page = window.page("practices")
    searches = _visible(window, QLineEdit, lambda w: w.isClearButtonEnabled())
    assert searches == [page.search_edit]
    new_buttons = _visible(
        window,
        QAbstractButton,
        lambda w: w.text().replace("&", "").startswith("New practice"),
    )
    assert len(new_buttons) == 1
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_edit

    window.show_area("sessions")
    assert window.search_field.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_field
    window.close()
