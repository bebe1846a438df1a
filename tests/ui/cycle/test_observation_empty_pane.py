"""Observación's empty pane says how to open a note the ways that work: a click, or the
arrows and Enter (it used to speak of Enter only)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from minga.ui.observation import ObservationPage


def test_the_empty_pane_speaks_of_a_click_and_of_enter(
    qtbot, show_page, teacher_demo_ctx, translations
):
    translations("es")
    page = show_page(ObservationPage, teacher_demo_ctx)
    text = page.panes.placeholder.text()
    assert "Haz clic en un registro" in text
    assert "presiona Enter" in text

    # And a click does what it says.
    assert page.model.rowCount() > 0
    assert not page.panes.detail_open()
    index = page.model.index(0, 0)
    cell = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert page.panes.detail_open()
