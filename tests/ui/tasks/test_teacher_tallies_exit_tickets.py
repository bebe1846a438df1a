"""A teacher tallies the exit tickets of a lesson she gave: Application, the practice she
chose, the time she applied it, the Exit ticket tab; she types how many slips chose each
option and saves. Only counts are kept; the database has them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox, QTableView

from tests.ui.conftest import SIZE_HINTS_NOTICE
from tests.ui.tasks.conftest import click, click_row, go_to, open_tab, scroll_to, visible

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def _type_count(qtbot, spin: QSpinBox, value: int) -> None:
    scroll_to(spin)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.value() == value


def test_the_teacher_tallies_the_exit_tickets_of_a_lesson(qtbot, teacher_workspace, open_window):
    window = open_window(teacher_workspace)
    go_to(qtbot, window, "Application")
    qtbot.wait(20)
    adoptions = visible(window, QTableView, "Practices I chose")
    adoption_id = adoptions.model().row_id(0)
    click_row(qtbot, adoptions, 0)
    qtbot.wait(20)
    applications = visible(window, QTableView, "Applications")
    assert applications.model().rowCount() >= 1
    click_row(qtbot, applications, 0)
    editor = window.page("adoption").editor
    application_id = editor.record_id
    present = int(visible(window, QSpinBox, "Students present").text())
    assert present >= 2

    open_tab(qtbot, window, "Exit ticket")
    qtbot.wait(20)
    spins = [
        s
        for s in window.findChildren(QSpinBox)
        if s.isVisible() and s.accessibleName().endswith(": students")
    ]
    first_question = spins[0].objectName().split("_")[1]
    options = [s for s in spins if s.objectName().split("_")[1] == first_question]
    assert len(options) >= 2
    # Every student present answered the first question: all but one the first option.
    _type_count(qtbot, options[0], present - 1)
    _type_count(qtbot, options[1], 1)
    total = next(
        w for w in window.findChildren(QLabel) if w.objectName() == f"total_{first_question}"
    )
    assert total.text() == f"{present} answers of {present} students present"
    click(qtbot, window, "Save")

    adoption = window.ctx.adoption.get(adoption_id)
    applied = next(a for a in adoption.applications if a.id == application_id)
    assert applied.tally is not None
    counts = applied.tally.counts[first_question]
    typed = {spin.objectName().split("_", 2)[2]: spin.value() for spin in options[:2]}
    kept = {
        f"{option}_{level}": n
        for option, by_level in counts.items()
        for level, n in by_level.items()
        if n
    }
    assert kept == typed
    assert not window.page("adoption").has_unsaved_changes()
    # The list of applications shows the tally is there.
    column = next(
        c
        for c in range(applications.model().columnCount())
        if applications.model().headerData(c, Qt.Orientation.Horizontal) == "Exit ticket"
    )
    row = next(
        r
        for r in range(applications.model().rowCount())
        if applications.model().row_id(r) == application_id
    )
    assert applications.model().index(row, column).data() == "✓"
