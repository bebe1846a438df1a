"""The observation note editor fits its pane at 200 % text on a 1366x768 window: nothing
scrolls sideways, each protocol question goes above its answer, the date under the
colleague, and an example that does not fit its field is written under it. At 100 % the
form looks as before (questions beside their answers).

In the main window with the teacher's demo folder; the text size is applied to the open
window as Preferencias does, and back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = [pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE), pytest.mark.usefixtures("dialogs_off")]

SCREEN = QSize(1366, 768)


def _fits(window, editor) -> None:
    """Nothing of the editor's form lies beyond its pane, nor is cut or unreadable."""
    from minga.ui.layout_check import offenders

    QApplication.processEvents()
    scroll = editor.scroll
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.widget().width() <= scroll.viewport().width()
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    inside = [
        o.describe()
        for o in offenders(window, SCREEN)
        if o.widget is editor or editor.isAncestorOf(o.widget)
    ]
    assert inside == []


def test_the_observation_editor_needs_no_sideways_scrolling_at_200_percent(
    qtbot, demo_workspace, make_ctx, text_size
):
    from minga.ui.main_window import MainWindow

    window = MainWindow(make_ctx(demo_workspace))
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("observation")
    page.set_view("mine")
    assert page.model.rowCount() > 0
    assert page.open_note(page.model.row_id(0) or "")
    editor = page.editor
    assert editor.mode == "mine"
    _fits(window, editor)
    # 100 %: each question beside its answer, the date beside the colleague.
    assert editor.item_rows.side_by_side
    assert editor.person_rows.side_by_side
    assert not editor.focus_hint.isVisible()

    text_size(2.0)
    assert window.width() <= SCREEN.width()
    _fits(window, editor)
    assert not editor.item_rows.side_by_side
    assert not editor.person_rows.side_by_side
    combo = next(iter(editor._item_combos.values()))
    question = editor.items_grid.itemAtPosition(0, 0).widget()
    assert question.buddy() is combo
    assert question.geometry().bottom() < combo.geometry().top()  # the answer below it
    # The focus's example does not fit its field: it is written under it instead.
    assert editor.focus_edit.placeholderText() == ""
    assert editor.focus_hint.isVisible()
    assert editor.focus_hint.text().startswith("What you agreed to look at")

    # A new note at 200 %: empty fields, the same fit.
    assert page.new_note()
    _fits(window, editor)
    assert not editor.item_rows.side_by_side
    assert editor.focus_edit.text() == ""
    assert editor.focus_hint.isVisible()

    # Back to 100 %: as it was.
    text_size(1.0)
    _fits(window, editor)
    assert editor.item_rows.side_by_side
    assert editor.person_rows.side_by_side
    assert editor.focus_edit.placeholderText().startswith("What you agreed to look at")
    assert not editor.focus_hint.isVisible()


def test_a_note_read_at_200_percent_fits_too(qtbot, advisor_ctx, text_size):
    """The advisor reads a teacher's note: answers as text, names as text."""
    from minga.ui.main_window import MainWindow

    text_size(2.0)
    window = MainWindow(advisor_ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("observation")
    page.set_view("all")
    rows = [page.model.row(n) for n in range(page.model.rowCount())]
    other = next(n for n in rows if not n.is_mine and not n.about_me)
    assert page.open_note(other.id)
    editor = page.editor
    assert editor.mode == "read"
    _fits(window, editor)
    values = list(editor._item_values.values())
    assert values
    assert all(v.isVisible() for v in values)
    assert not any(c.isVisible() for c in editor._item_combos.values())
