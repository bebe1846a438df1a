"""A teacher chooses a practice a colleague presented and records the first time she
applies it in her class: Application, Choose a practice…, a word of it typed without
accents, the row, Choose this practice; then the date is today's, she types the students
present, ticks the levels, writes a note and saves. The database has her choice and the
application."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
)

from tests.ui.conftest import SIZE_HINTS_NOTICE, type_text
from tests.ui.tasks.conftest import click, click_row, go_to, scroll_to, visible

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def test_the_teacher_chooses_a_colleagues_practice_and_applies_it(
    qtbot, teacher_workspace, open_window
):
    window = open_window(teacher_workspace)
    chosen_before = {a.practice_id for a in window.ctx.adoption.my_adoptions()}
    go_to(qtbot, window, "Application")
    qtbot.wait(20)
    click(qtbot, window, "Choose a practice…")
    qtbot.wait(20)

    search = visible(window, QLineEdit, "Search a practice")
    assert search.hasFocus() or search.isEnabled()
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    form = window.page("adoption").choose_form
    with qtbot.waitSignal(form.loaded, timeout=3000):  # the list follows after a pause
        qtbot.keyClicks(search, "calculo mental")  # «cálculo»
    choices = visible(window, QTableView, "Practices to choose")
    assert choices.model().rowCount() > 0
    titles = [choices.model().index(r, 0).data() for r in range(choices.model().rowCount())]
    assert all("cálculo mental" in t.lower() for t in titles), titles
    click_row(qtbot, choices, 0)
    wanted = form.current_choice()
    assert wanted is not None
    assert wanted.practice_id not in chosen_before
    click(qtbot, window, "Choose this practice")
    qtbot.wait(20)

    # Her choice is open, a new application under way.
    headings = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert titles[0] in headings
    assert "New application" in headings
    students = visible(window, QSpinBox, "Students present")
    scroll_to(students)
    students.setFocus()
    qtbot.keyClick(students, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(students, "9")
    for level in ("3rd grade", "5th grade"):
        chip = visible(window, QAbstractButton, level)
        scroll_to(chip)
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
        assert chip.isChecked()
    notes = visible(window, QPlainTextEdit, "Notes")
    scroll_to(notes)
    notes.setFocus()
    type_text(qtbot, notes, "Con dados de cartón; los de 3° sumaron y los de 5° multiplicaron.")
    click(qtbot, window, "Save")

    mine = [a for a in window.ctx.adoption.my_adoptions() if a.practice_id == wanted.practice_id]
    assert len(mine) == 1
    adoption = mine[0]
    assert adoption.is_mine
    assert len(adoption.applications) == 1
    applied = adoption.applications[0]
    assert applied.applied_on == window.ctx.today()
    assert applied.students_present == 9
    assert sorted(applied.levels) == ["3B", "5B"]
    assert "multiplicaron" in applied.notes
    assert not window.page("adoption").has_unsaved_changes()
    # The list of her choices has it, with one application.
    table = visible(window, QTableView, "Practices I chose")
    rows = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert wanted.title in rows
