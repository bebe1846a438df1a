"""The advisor on the day of a session: she opens it, takes attendance and writes the
minutes, all with the mouse and the keyboard in the window; the database keeps them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QTableView

from tests.ui.conftest import SIZE_HINTS_NOTICE, type_text
from tests.ui.tasks.conftest import click, click_row, go_to, open_tab

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def test_the_advisor_takes_attendance_and_writes_the_minutes(qtbot, advisor_workspace, open_window):
    window = open_window(advisor_workspace)
    go_to(qtbot, window, "Sessions")
    table = next(t for t in window.findChildren(QTableView) if t.isVisible())
    session_id = table.model().row_id(0)  # the newest, planned session (to check later)
    click_row(qtbot, table, 0)
    qtbot.wait(50)  # the event loop turns, as for a person (rows of before are deleted)

    open_tab(qtbot, window, "Attendance")
    click(qtbot, window, "Mark everyone present")
    boxes = [
        c
        for c in window.findChildren(QComboBox)
        if c.isVisible() and c.accessibleName().startswith("Attendance of ")
    ]
    assert len(boxes) >= 3
    absent = boxes[0]
    absent.setFocus()
    qtbot.keyClicks(absent, "Ab")  # a person types the start of a choice
    assert absent.currentText() == "Absent"

    open_tab(qtbot, window, "Minutes")
    minutes = next(e for e in window.findChildren(QPlainTextEdit) if e.isVisible())
    minutes.setFocus()
    type_text(qtbot, minutes, "Se revisó la huerta y se acordó compartir semillas.")
    click(qtbot, window, "Save")

    detail = window.ctx.sessions.get(session_id)
    statuses = {entry.person_id: entry.status for entry in detail.attendance}
    assert len(statuses) == len(boxes)
    assert sorted(statuses.values()).count("absent") == 1
    assert sorted(statuses.values()).count("present") == len(boxes) - 1
    assert "compartir semillas" in detail.minutes_text
    assert not window.page("sessions").has_unsaved_changes()
    assert window.page("sessions").editor.isVisible()
