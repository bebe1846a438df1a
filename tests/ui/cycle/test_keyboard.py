"""Everything by keyboard: Tab reaches every field of each editor, Ctrl+S saves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minga.ui.adoption import AdoptionPage
from minga.ui.adoption.editor import TICKET_TAB
from minga.ui.improvement import ImprovementPage
from minga.ui.observation import ObservationPage
from minga.ui.sessions import SessionsPage
from tests.ui.conftest import type_text
from tests.ui.cycle.conftest import tab_chain


def test_tab_reaches_every_field_of_the_session_plan(qtbot, show_page, advisor_ctx):
    page = show_page(SessionsPage, advisor_ctx)
    page.new_session()
    editor = page.editor
    editor.plan.add_agenda_item("Ronda", 30)

    visited = tab_chain(qtbot, editor.plan.title_edit)

    for field in [*editor.plan_fields(), editor.save_button, editor.close_button]:
        assert field in visited, field.objectName() or field.accessibleName()
    assert visited.index(editor.plan.title_edit) < visited.index(editor.plan.date_edit)
    assert visited.index(editor.plan.focus_edit) < visited.index(editor.plan.agenda_table)


def test_tab_reaches_every_field_of_an_observation_note(qtbot, show_page, teacher_demo_ctx):
    page = show_page(ObservationPage, teacher_demo_ctx)
    page.new_note()
    editor = page.editor

    visited = tab_chain(qtbot, editor.observed_combo)

    fields = [
        editor.observed_combo,
        editor.date_edit,
        editor.focus_edit,
        editor.protocol_combo,
        *editor._item_combos.values(),
        *editor.text_edits.values(),
        editor.visibility_combo,
        editor.save_button,
    ]
    for field in fields:
        assert field in visited, field.objectName()


def test_tab_reaches_every_field_of_a_cycle_plan(qtbot, show_page, advisor_ctx):
    page = show_page(ImprovementPage, advisor_ctx)
    page.new_cycle()
    editor = page.editor

    visited = tab_chain(qtbot, editor.title_edit)

    for field in (
        editor.title_edit,
        editor.started_check,
        editor.visibility_combo,
        editor.aim_edit,
        editor.change_edit,
        editor.prediction_edit,
        editor.indicator_edit,
        editor.save_button,
    ):
        assert field in visited, field.objectName()


def test_tab_reaches_every_count_of_the_exit_ticket(qtbot, show_page, teacher_demo_ctx):
    page = show_page(AdoptionPage, teacher_demo_ctx)
    adoption = next(a for a in teacher_demo_ctx.adoption.my_adoptions() if a.applications)
    page.open_adoption(adoption.id, adoption.applications[0].id)
    editor = page.editor
    editor.tabs.setCurrentIndex(TICKET_TAB)
    spins = list(editor._spins.values())
    assert spins

    visited = tab_chain(qtbot, spins[0])

    for spin in spins:
        assert spin in visited, spin.objectName()
    assert editor.save_button in visited


def test_ctrl_s_saves_and_esc_closes(qtbot, show_page, advisor_ctx):
    page = show_page(ImprovementPage, advisor_ctx)
    before = len(advisor_ctx.improvement.list_cycles())
    page.new_cycle()
    editor = page.editor
    type_text(qtbot, editor.title_edit, "Cierre de las sesiones a la hora")

    qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert len(advisor_ctx.improvement.list_cycles()) == before + 1
    assert not editor.has_unsaved_changes()
    assert editor.status_label.text().startswith("Saved at")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert page.panes.detail.currentWidget() is page.panes.placeholder
