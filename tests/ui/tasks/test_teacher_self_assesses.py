"""A teacher assesses herself after applying a colleague's practice: Application, the
practice, the time she applied it, the Self-assessment tab; she rates each criterion
with the keyboard, writes what she adjusted, says she will keep using it with
adjustments, reflects and saves. The database has her self-assessment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit, QTableView

from tests.ui.conftest import SIZE_HINTS_NOTICE, type_text
from tests.ui.tasks.conftest import (
    click,
    click_into,
    click_row,
    go_to,
    open_tab,
    scroll_to,
    visible,
)

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def _column(view: QTableView, header: str) -> int:
    model = view.model()
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )


def test_the_teacher_assesses_an_application_of_hers(qtbot, teacher_workspace, open_window):
    window = open_window(teacher_workspace)
    go_to(qtbot, window, "Application")
    qtbot.wait(20)
    chosen = visible(window, QTableView, "Practices I chose")
    pending = _column(chosen, "Pending")
    waiting = next(
        r
        for r in range(chosen.model().rowCount())
        if chosen.model().index(r, pending).data().endswith("self-assessment(s)")
    )
    adoption_id = chosen.model().row_id(waiting)
    click_row(qtbot, chosen, waiting)
    qtbot.wait(20)
    applications = visible(window, QTableView, "Applications")
    assessed = _column(applications, "Self-assessment")
    row = next(
        r
        for r in range(applications.model().rowCount())
        if applications.model().index(r, assessed).data() == "—"
    )
    application_id = applications.model().row_id(row)
    before = len(window.ctx.adoption.get(adoption_id).self_assessments)
    click_row(qtbot, applications, row)
    qtbot.wait(20)

    open_tab(qtbot, window, "Self-assessment")
    combos = [
        c
        for c in window.findChildren(QComboBox)
        if c.isVisible() and c.objectName().startswith("rating_")
    ]
    assert len(combos) >= 3
    rated = {}
    for number, combo in enumerate(combos):
        scroll_to(combo)
        combo.setFocus()
        assert combo.currentIndex() == 0  # «— not rated»
        level = 2 + number % 3  # 2, 3, 4, 2, …
        for _ in range(level):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText().startswith(f"{level} · ")
        rated[combo.objectName().removeprefix("rating_")] = level
    adjustments = visible(window, QPlainTextEdit, "Adjustments made")
    click_into(qtbot, adjustments)
    type_text(qtbot, adjustments, "Usé porotos en vez de dados para los más pequeños.")
    decision = visible(window, QAbstractButton, "I will keep using it, with adjustments")
    scroll_to(decision)
    # On its round mark (the wide button's right part is empty space).
    qtbot.mouseClick(decision, Qt.MouseButton.LeftButton, pos=QPoint(8, decision.height() // 2))
    assert decision.isChecked()
    reflection = visible(window, QPlainTextEdit, "Reflection")
    click_into(qtbot, reflection)
    type_text(qtbot, reflection, "Los grandes explicaron a los chicos; todos participaron.")
    click(qtbot, window, "Save")

    adoption = window.ctx.adoption.get(adoption_id)
    assert len(adoption.self_assessments) == before + 1
    mine = next(s for s in adoption.self_assessments if s.application_id == application_id)
    assert mine.is_mine
    assert mine.decision == "adjust"
    assert mine.ratings == rated
    assert "porotos" in mine.adjustments
    assert "todos participaron" in mine.reflection
    assert mine.written_on == window.ctx.today()
    assert not window.page("adoption").has_unsaved_changes()
    row = next(
        r
        for r in range(applications.model().rowCount())
        if applications.model().row_id(r) == application_id
    )
    assert applications.model().index(row, assessed).data() != "—"
