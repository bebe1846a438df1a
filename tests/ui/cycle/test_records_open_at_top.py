"""A record opened in Observación, Ciclos de mejora or Sesiones starts at the top of its
editor (the colleague, the title in view and focused), not where the previous record was
read down to: a new note opened after reading a long one showed its questions with the
colleague and the date scrolled out of sight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from minga.ui.improvement import ImprovementPage
from minga.ui.observation import ObservationPage
from minga.ui.sessions import SessionsPage


def _scrolled_down(qtbot, editor: QWidget) -> None:
    """She reads every part of the record down to its end."""

    def scrollable() -> list[QScrollArea]:
        return [
            area
            for area in editor.findChildren(QScrollArea)
            if area.isVisible() and area.verticalScrollBar().maximum() > 0
        ]

    qtbot.waitUntil(lambda: bool(scrollable()), timeout=2000)
    for area in scrollable():
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())


def _at_top(editor: QWidget) -> None:
    for area in editor.findChildren(QScrollArea):
        assert area.verticalScrollBar().value() == 0, area.objectName()


def _in_sight(widget: QWidget) -> bool:
    return widget.visibleRegion().boundingRect().height() == widget.height() > 0


def _click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_new_observation_note_opens_at_its_colleague(qtbot, show_page, teacher_demo_ctx):
    page = show_page(ObservationPage, teacher_demo_ctx)
    assert page.model.rowCount() > 0
    _click_row(qtbot, page.table, 0)
    editor = page.editor
    qtbot.waitUntil(editor.isVisible)
    _scrolled_down(qtbot, editor)

    _click(qtbot, page.new_button)

    _at_top(editor)
    assert _in_sight(editor.observed_combo)
    assert editor.observed_combo.hasFocus()

    _scrolled_down(qtbot, editor)
    _click_row(qtbot, page.table, 0)  # back to the note she had read: from its top again
    _at_top(editor)


def test_a_new_cycle_opens_at_its_title(qtbot, show_page, teacher_demo_ctx):
    page = show_page(ImprovementPage, teacher_demo_ctx, (1366, 600))
    assert page.model.rowCount() > 0
    _click_row(qtbot, page.table, 0)
    editor = page.editor
    qtbot.waitUntil(editor.isVisible)
    _scrolled_down(qtbot, editor)

    _click(qtbot, page.new_button)

    _at_top(editor)
    assert _in_sight(editor.title_edit)


def test_another_session_opens_at_the_top_of_its_plan(qtbot, show_page, advisor_ctx):
    page = show_page(SessionsPage, advisor_ctx, (1366, 520))
    assert page.model.rowCount() > 1
    _click_row(qtbot, page.table, 0)
    editor = page.editor
    qtbot.waitUntil(editor.isVisible)
    _scrolled_down(qtbot, editor)

    _click_row(qtbot, page.table, 1)

    _at_top(editor)
    assert _in_sight(editor.heading)
