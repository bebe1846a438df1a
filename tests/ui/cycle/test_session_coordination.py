"""Sesiones: the coordinator of a session (Plan tab) and the approval of its acta at the
next session (Minutes tab), as the advisor uses them; saving the plan keeps both."""

from __future__ import annotations

from PySide6.QtCore import Qt

from minga.ui.sessions import SessionsPage
from minga.ui.sessions.editor import MINUTES_TAB, PLAN_TAB
from tests.ui.cycle.conftest import choose_in_combo, press_save


def _held_session(ctx):
    rows = ctx.sessions.list_sessions()
    return next(r for r in rows if r.status == "held")


def test_the_advisor_names_a_coordinator_and_approves_the_minutes(qtbot, show_page, advisor_ctx):
    ctx = advisor_ctx
    row = _held_session(ctx)
    page = show_page(SessionsPage, ctx)
    page.open_session(row.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(PLAN_TAB)
    combo = editor.plan.coordinator_combo
    assert combo.isEnabled()
    assert combo.itemData(0) == ""  # the advisor herself, the default
    assert combo.count() > 2
    name = combo.itemText(2)
    choose_in_combo(qtbot, combo, name)
    press_save(qtbot, editor)
    saved = ctx.sessions.get(row.id)
    assert saved.coordinator_name == name
    # Reopened, the plan shows her; saving again keeps her.
    page.open_session(row.id)
    assert page.editor.plan.coordinator_combo.currentText() == name

    editor = page.editor
    editor.tabs.setCurrentIndex(MINUTES_TAB)
    minutes = editor.minutes
    button = minutes.approve_button
    if ctx.sessions.get(row.id).minutes_approved_on is not None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # start from "not approved"
    assert ctx.sessions.get(row.id).minutes_approved_on is None
    assert "Not approved yet" in minutes.approval_label.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    approved = ctx.sessions.get(row.id).minutes_approved_on
    assert approved is not None
    assert approved >= row.date
    assert "approved on" in minutes.approval_label.text()
    assert button.text() == "Undo the approval"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ctx.sessions.get(row.id).minutes_approved_on is None
    assert ctx.sessions.get(row.id).coordinator_name == name
