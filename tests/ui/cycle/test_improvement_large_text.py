"""The improvement cycle editor fits its pane at 200 % text on a 1366x768 window (the
advisor's, which lists the whole network's cycles): nothing scrolls sideways, nothing is
cut; at 100 % it looks as before (the stages beside their buttons)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea

from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = [pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE), pytest.mark.usefixtures("dialogs_off")]

SCREEN = QSize(1366, 768)


def _fits(window, editor) -> None:
    """No scroll area of the editor scrolls sideways; nothing in it is cut or outside."""
    from minga.ui.layout_check import offenders

    for _ in range(3):
        QApplication.processEvents()
    sideways = {
        area.objectName() or type(area).__name__: area.horizontalScrollBar().maximum()
        for area in editor.findChildren(QAbstractScrollArea)
        if isinstance(area, QScrollArea) and area.isVisible()
    }
    assert {name: px for name, px in sideways.items() if px > 0} == {}
    inside = [
        o.describe()
        for o in offenders(window, SCREEN)
        if o.widget is editor or editor.isAncestorOf(o.widget)
    ]
    assert inside == []


def test_the_cycle_editor_needs_no_sideways_scrolling_at_200_percent(
    qtbot, advisor_ctx, text_size, translations
):
    from minga.ui.main_window import MainWindow

    translations("es")
    window = MainWindow(advisor_ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("improvement")
    # Her own cycle: the stage buttons beside the stages.
    advisor = advisor_ctx.actor.person_id
    own = next(c for c in advisor_ctx.improvement.list_cycles() if c.owner == advisor)
    assert page.open_cycle(own.id)
    editor = page.editor
    assert editor.next_button.isVisible()
    _fits(window, editor)
    stage_line = editor.stage_bar.geometry().top()
    assert editor.next_button.geometry().top() <= stage_line + editor.stage_bar.height()

    text_size(2.0)
    assert window.width() <= SCREEN.width()
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        _fits(window, editor)

    # The stage buttons went under the stages.
    assert editor.next_button.geometry().top() >= editor.stage_bar.geometry().bottom()

    text_size(1.0)
    editor.tabs.setCurrentIndex(0)
    _fits(window, editor)
    assert editor.next_button.geometry().top() < editor.stage_bar.geometry().bottom()
