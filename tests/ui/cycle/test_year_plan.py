"""The year plan in Sesiones ("School year…"): the advisor confirms the calendar with a
focus, a goal and a break and saves it; the table shows the year's sessions by month;
a teacher reads it without being able to change it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minga.domain import cycle_rules as rules
from minga.services.year import YearService
from minga.ui.sessions import SessionsPage
from tests.ui.conftest import type_text
from tests.ui.cycle.conftest import SIZE_HINTS

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS, "This plugin does not support raise")


def test_the_advisor_saves_the_year_plan(qtbot, show_page, advisor_ctx):
    page = show_page(SessionsPage, advisor_ctx)
    qtbot.mouseClick(page.year_button, Qt.MouseButton.LeftButton)
    dialog = page._year_dialog
    qtbot.waitExposed(dialog)
    year = dialog.year_spin.value()
    assert year == rules.school_year_of(advisor_ctx.today())
    sessions = [s for s in advisor_ctx.sessions.list_sessions(year)]
    listed = [dialog.months_table.item(r, 2).text() for r in range(dialog.months_table.rowCount())]
    assert sum(text.count("No.") for text in listed) == len(sessions)

    dialog.focus_edit.clear()
    type_text(qtbot, dialog.focus_edit, "Lectura en cursos combinados")
    dialog.goal_spin.setValue(9)
    dialog.breaks_edit.setPlainText(f"{year}-07-06..{year}-07-17 Invierno\n{year}-09-18 Fiestas")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    plan = YearService(advisor_ctx.workspace.db).get(year)
    assert plan.confirmed
    assert plan.focus == "Lectura en cursos combinados"
    assert plan.goal == 9
    assert [(b.start.month, b.end.day, b.label) for b in plan.calendar.breaks] == [
        (7, 17, "Invierno"),
        (9, 18, "Fiestas"),
    ]
    assert dialog.error_label.text() == ""

    dialog.breaks_edit.setPlainText("julio")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "julio" in dialog.error_label.text()
    assert len(YearService(advisor_ctx.workspace.db).get(year).calendar.breaks) == 2
    dialog.close()


def test_a_teacher_reads_the_year_plan(qtbot, show_page, teacher_demo_ctx):
    page = show_page(SessionsPage, teacher_demo_ctx)
    qtbot.mouseClick(page.year_button, Qt.MouseButton.LeftButton)
    dialog = page._year_dialog
    qtbot.waitExposed(dialog)
    assert dialog.focus_edit.text()  # the demo's focus
    assert not dialog.save_button.isEnabled()
    assert not dialog.focus_edit.isEnabled()
    dialog.close()


def test_the_advisor_records_agreements_in_the_minutes_tab(qtbot, show_page, advisor_ctx):
    from minga.services.year import AgreementService
    from minga.ui.sessions.editor import MINUTES_TAB

    page = show_page(SessionsPage, advisor_ctx)
    held = [r for r in advisor_ctx.sessions.list_sessions() if r.status == "held"][-1]
    row = next(i for i in range(page.model.rowCount()) if page.model.row(i).id == held.id)
    page.table.selectRow(row)
    qtbot.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.table.visualRect(page.model.index(row, 2)).center(),
    )
    editor = page.editor
    editor.tabs.setCurrentIndex(MINUTES_TAB)
    tab = editor.minutes
    before = tab.agreements_table.rowCount()
    type_text(qtbot, tab.agreement_edit, "Visitar la huerta de Los Boldos")
    tab.responsible_combo.setCurrentIndex(1)
    who = tab.responsible_combo.currentText()
    qtbot.mouseClick(tab.add_agreement_button, Qt.MouseButton.LeftButton)
    assert tab.agreements_table.rowCount() == before + 1
    stored = AgreementService(advisor_ctx.workspace.db).list(session_id=held.id)
    added = next(a for a in stored if a.text == "Visitar la huerta de Los Boldos")
    assert added.responsible_name == who
    assert added.done_on is None
    tab.agreements_table.selectRow(stored.index(added))
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert AgreementService(advisor_ctx.workspace.db).get(added.id).done_on == advisor_ctx.today()
