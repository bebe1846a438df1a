"""Choosing a practice in the search results (`ui/widgets/picker.py`): what she clicked
stays chosen when the search's results arrive after her click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minga.ui.widgets.picker import PracticePicker
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def _click_row(qtbot, picker: PracticePicker, row: int) -> None:
    view = picker.results
    rect = view.visualRect(picker.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_made_while_the_search_runs_stays_chosen(qtbot, demo_workspace, make_ctx):
    picker = PracticePicker(make_ctx(demo_workspace))
    qtbot.addWidget(picker)
    picker.resize(700, 400)
    picker.show()
    qtbot.waitExposed(picker)
    assert picker.model.rowCount() >= 3  # the first list, before any typing
    highlighted = []
    picker.highlighted.connect(highlighted.append)

    _click_row(qtbot, picker, 2)
    clicked = picker.current()
    assert clicked is not None
    assert clicked.id == picker.model.row(2).id
    picker.search()  # the results of a search typed just before the click arrive now
    assert picker.current() is not None
    assert picker.current().id == clicked.id
    assert highlighted[-1] is not None
    assert highlighted[-1].id == clicked.id

    # A search that no longer finds it offers its first result instead.
    picker.exclude([clicked.id])
    picker.search()
    assert picker.current() is not None
    assert picker.current().id != clicked.id
    assert picker.results.currentIndex().row() == 0
