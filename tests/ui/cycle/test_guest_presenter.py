"""Sesiones › Presentations: a guest who is not a member (name and institution) presents
a practice; the programme shows her with her institution."""

from __future__ import annotations

from PySide6.QtCore import Qt

from minga.ui.sessions import SessionsPage
from minga.ui.sessions.editor import PRESENTATIONS_TAB
from tests.ui.conftest import type_text
from tests.ui.cycle.conftest import choose_in_combo


def _planned_session(ctx):
    rows = ctx.sessions.list_sessions()
    return next(r for r in reversed(rows) if r.status == "planned")


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_guest_presents_a_practice(qtbot, show_page, advisor_ctx):
    planned = _planned_session(advisor_ctx)
    page = show_page(SessionsPage, advisor_ctx)
    page.open_session(planned.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(PRESENTATIONS_TAB)
    tab = editor.presentations
    picker = tab.picker
    qtbot.waitUntil(lambda: picker.model.rowCount() > 1)
    _click_row(qtbot, picker.results, 1)
    wanted = picker.model.row(1)

    assert not tab.guest_row.isVisible()
    choose_in_combo(qtbot, tab.presenter_combo, "A guest (not a member)…")
    assert tab.guest_row.isVisible()
    # Without a name the guest is asked for, and nothing is added.
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.guest_error.isVisible()
    assert wanted.id not in {
        p.practice_id for p in advisor_ctx.sessions.get(planned.id).presentations
    }

    type_text(qtbot, tab.guest_name_edit, "Carolina Muñoz Sáez")
    type_text(qtbot, tab.guest_institution_edit, "Universidad de Concepción")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)

    [added] = [
        p for p in advisor_ctx.sessions.get(planned.id).presentations if p.practice_id == wanted.id
    ]
    assert (added.presenter_name, added.guest_institution) == (
        "Carolina Muñoz Sáez",
        "Universidad de Concepción",
    )
    texts = [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())]
    assert "Carolina Muñoz Sáez (Universidad de Concepción)" in texts
