"""Sesiones as the advisor and a teacher use it: plan, warnings, presenters, attendance,
evaluation, the survey and the templates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minga.domain import cycle_rules as rules
from minga.domain.vocab import TemplateKind
from minga.i18n import catalog
from minga.ui.sessions import SessionsPage
from minga.ui.sessions.editor import ATTENDANCE_TAB, EVALUATION_TAB, PRESENTATIONS_TAB, SURVEY_TAB
from tests.ui.conftest import type_text
from tests.ui.cycle.conftest import (
    SIZE_HINTS,
    choose_in_combo,
    click_option,
    commit,
    edit_cell,
    press_save,
    set_spin,
)


def _answer_the_rest(qtbot, survey) -> None:
    """The questions still without an answer (none is preselected) get "3 · Quite"."""
    for combo in survey.level_combos.values():
        if combo.currentData() is None:
            choose_in_combo(qtbot, combo, "3 · Quite")


def _planned_session(ctx):
    """The demo's advisor-owned session still to be held (November 2026)."""
    rows = ctx.sessions.list_sessions()
    return next(r for r in reversed(rows) if r.status == "planned")


def test_the_advisor_plans_a_session_over_the_allowance_and_sees_the_warning(
    qtbot, show_page, advisor_ctx
):
    page = show_page(SessionsPage, advisor_ctx)
    before = len(advisor_ctx.sessions.list_sessions())

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert QApplication.focusWidget() is editor.plan.title_edit
    type_text(qtbot, editor.plan.title_edit, "Jornada de planificación anual")
    type_text(qtbot, editor.plan.place_edit, "Escuela Rural Los Boldos")
    for title, minutes in (("Bienvenida", 20), ("Planificación por niveles", 200), ("Taller", 160)):
        qtbot.mouseClick(editor.plan.add_item_button, Qt.MouseButton.LeftButton)
        row = editor.plan.agenda_model.rowCount() - 1
        editor_widget = QApplication.focusWidget()  # the new title cell opens for typing
        type_text(qtbot, editor_widget, title)
        commit(qtbot, editor.plan.agenda_table, editor_widget)
        edit_cell(qtbot, editor.plan.agenda_table, row, 1, str(minutes))

    assert editor.plan.agenda_total() == 380
    assert editor.warnings.isVisible()
    assert rules.check_allowance(380)[0].message() in editor.warnings.text()
    assert "360" in editor.plan.total_label.text()

    press_save(qtbot, editor)

    rows = advisor_ctx.sessions.list_sessions()
    assert len(rows) == before + 1
    saved = advisor_ctx.sessions.get(editor.record_id)
    assert saved.title == "Jornada de planificación anual"
    assert [(i.title, i.minutes) for i in saved.agenda] == [
        ("Bienvenida", 20),
        ("Planificación por niveles", 200),
        ("Taller", 160),
    ]
    assert [w.code for w in saved.warnings] == [rules.ALLOWANCE_EXCEEDED]
    assert editor.warnings.isVisible()  # still warned, never refused
    assert not editor.has_unsaved_changes()
    assert page.model.row_of(saved.id) is not None


def test_a_plan_under_the_allowance_shows_no_warning(qtbot, show_page, advisor_ctx):
    page = show_page(SessionsPage, advisor_ctx)
    page.new_session()
    editor = page.editor
    qtbot.mouseClick(editor.plan.add_item_button, Qt.MouseButton.LeftButton)
    cell = QApplication.focusWidget()
    qtbot.keyClicks(cell, "Ronda")
    commit(qtbot, editor.plan.agenda_table, cell)
    edit_cell(qtbot, editor.plan.agenda_table, 0, 1, "90")

    assert editor.plan.agenda_total() == 90
    assert not editor.warnings.isVisible()


def test_a_missing_title_is_shown_under_the_field_and_nothing_is_saved(
    qtbot, show_page, advisor_ctx
):
    page = show_page(SessionsPage, advisor_ctx)
    before = len(advisor_ctx.sessions.list_sessions())
    page.new_session()
    editor = page.editor
    type_text(qtbot, editor.plan.place_edit, "Sede social")

    press_save(qtbot, editor)

    assert editor.error_text("title") == catalog()("errors", "This field is required.")
    assert QApplication.focusWidget() is editor.plan.title_edit
    assert len(advisor_ctx.sessions.list_sessions()) == before
    assert editor.draft_id is not None  # kept as a draft meanwhile


def test_a_presenter_with_20_minutes_gets_the_slot_warning(qtbot, show_page, advisor_ctx):
    planned = _planned_session(advisor_ctx)
    page = show_page(SessionsPage, advisor_ctx)
    page.open_session(planned.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(PRESENTATIONS_TAB)
    on_programme = {p.practice_id for p in editor.detail.presentations}

    picker = editor.presentations.picker
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)
    type_text(qtbot, picker.search_edit, "huerto")
    picker.search()  # the pause after typing
    assert picker.model.rowCount() > 0
    chosen = picker.model.row(0)
    assert chosen.id not in on_programme
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert chosen.title in editor.presentations.chosen_label.text()
    set_spin(qtbot, editor.presentations.minutes_spin, 20)
    assert editor.presentations.slot_warning.isVisible()
    assert "15-minute slot" in editor.presentations.slot_warning.text()

    qtbot.mouseClick(editor.presentations.add_button, Qt.MouseButton.LeftButton)

    detail = advisor_ctx.sessions.get(planned.id)
    added = next(p for p in detail.presentations if p.practice_id == chosen.id)
    assert added.minutes == 20
    assert [w.code for w in added.warnings] == [rules.SLOT_EXCEEDED]
    assert editor.warnings.isVisible()
    assert added.warnings[0].message() in editor.warnings.text()
    row = editor.presentations.model.row_of(added.id)
    assert editor.presentations.model.index(row, 3).data() == "20 ⚠"


def test_the_advisor_records_attendance(qtbot, show_page, advisor_ctx):
    planned = _planned_session(advisor_ctx)
    page = show_page(SessionsPage, advisor_ctx)
    page.open_session(planned.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(ATTENDANCE_TAB)
    people = list(editor.attendance.boxes)
    assert len(people) >= 3
    assert editor.attendance.summary.text() == "Attendance not recorded yet."

    qtbot.mouseClick(editor.attendance.all_present_button, Qt.MouseButton.LeftButton)
    choose_in_combo(qtbot, editor.attendance.boxes[people[1]], "Absent")
    choose_in_combo(qtbot, editor.attendance.boxes[people[2]], "Excused")
    assert editor.has_unsaved_changes()
    press_save(qtbot, editor)

    detail = advisor_ctx.sessions.get(planned.id)
    statuses = {a.person_id: a.status for a in detail.attendance}
    assert statuses[people[0]] == "present"
    assert statuses[people[1]] == "absent"
    assert statuses[people[2]] == "excused"
    present = len(people) - 2
    assert detail.attendance_rate.numerator == present
    assert detail.status == "held"  # taking attendance means the session was held
    row = page.model.row_of(planned.id)
    expected = f"{round(present / len(people) * 100)}%"
    assert page.model.index(row, 6).data() == expected
    assert expected in editor.attendance.summary.text()


def test_the_advisor_writes_down_an_evaluation(qtbot, show_page, advisor_ctx):
    last = advisor_ctx.sessions.last_held_session()
    page = show_page(SessionsPage, advisor_ctx)
    page.open_session(last.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(EVALUATION_TAB)
    practice_id = editor.evaluation.evaluated_combo.currentData()
    before = len(
        [
            f
            for f in advisor_ctx.sessions.list_feedback(session_id=last.id)
            if f.practice_id == practice_id
        ]
    )

    type_text(qtbot, editor.evaluation.strengths_edit, "Usa material concreto de la zona.")
    type_text(qtbot, editor.evaluation.suggestions_edit, "Compartir la pauta de evaluación.")
    choose_in_combo(qtbot, editor.evaluation.replicability_combo, "With adjustments")
    qtbot.mouseClick(editor.evaluation.save_button, Qt.MouseButton.LeftButton)

    found = [
        f
        for f in advisor_ctx.sessions.list_feedback(session_id=last.id)
        if f.practice_id == practice_id
    ]
    assert len(found) == before + 1
    assert found[-1].replicability == "with_adjustments"
    assert found[-1].strengths == "Usa material concreto de la zona."
    assert editor.evaluation.model.rowCount() == before + 1


def test_a_teacher_reads_the_session_and_answers_the_survey(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    last = ctx.sessions.last_held_session()
    before = ctx.sessions.satisfaction_summary(last.id).answers
    page = show_page(SessionsPage, ctx)
    assert not page.new_button.isVisible()
    assert not page.templates_button.isVisible()
    page.open_session(last.id)
    editor = page.editor

    assert editor.is_read_only
    assert editor.plan.title_edit.isReadOnly()
    assert not editor.save_button.isVisible()
    assert not editor.plan.add_item_button.isVisible()
    assert editor.notice.isVisible()
    editor.tabs.setCurrentIndex(PRESENTATIONS_TAB)
    assert not editor.presentations.add_group.isVisible()

    editor.tabs.setCurrentIndex(SURVEY_TAB)
    assert editor.survey.send_button.text() == "Send my answer"
    assert not editor.survey.tally_radio.isVisible()
    choose_in_combo(qtbot, editor.survey.level_combos["prepared"], "2 · A little")
    _answer_the_rest(qtbot, editor.survey)
    qtbot.mouseClick(editor.survey.send_button, Qt.MouseButton.LeftButton)

    summary = ctx.sessions.satisfaction_summary(last.id)
    # Anonymous: her answer counts only in the advisor's tally (from 3 answers on).
    assert summary.answers == before
    assert ctx.bridge.record[-1].text == "Thank you: your answer was saved."
    # Her computer shows it back to her, and it cannot be sent again.
    assert editor.survey.own_answer.isVisible()
    assert "2 · A little" in editor.survey.own_answer.text()
    assert not editor.survey.send_button.isVisible()
    assert not editor.survey.answer_box.isVisible()
    mine = ctx.sessions.my_survey_answer(last.id)
    assert mine is not None
    assert mine.prepared == 2


def test_the_advisor_enters_survey_tallies(qtbot, show_page, advisor_ctx):
    last = advisor_ctx.sessions.last_held_session()
    before = advisor_ctx.sessions.satisfaction_summary(last.id)
    page = show_page(SessionsPage, advisor_ctx)
    page.open_session(last.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(SURVEY_TAB)

    click_option(qtbot, editor.survey.tally_radio)
    assert editor.survey.count_spin.isVisible()
    set_spin(qtbot, editor.survey.count_spin, 3)
    choose_in_combo(qtbot, editor.survey.level_combos["useful"], "2 · A little")
    _answer_the_rest(qtbot, editor.survey)
    qtbot.mouseClick(editor.survey.send_button, Qt.MouseButton.LeftButton)

    after = advisor_ctx.sessions.satisfaction_summary(last.id)
    assert after.answers == before.answers + 3
    assert after.useful.denominator == before.useful.denominator + 3
    assert after.useful.numerator == before.useful.numerator
    assert editor.survey.bars.rows()[0][1] == after.useful.rate


def test_typing_in_a_session_leaves_a_draft_that_comes_back(qtbot, show_page, advisor_ctx):
    planned = _planned_session(advisor_ctx)
    page = show_page(SessionsPage, advisor_ctx)
    page.open_session(planned.id)
    editor = page.editor
    editor.plan.focus_edit.setFocus()
    qtbot.keyClick(editor.plan.focus_edit, Qt.Key.Key_End)
    type_text(qtbot, editor.plan.focus_edit, " y geometría")
    qtbot.waitUntil(lambda: editor.draft_id is not None, timeout=3000)
    draft_id = editor.draft_id
    assert advisor_ctx.drafts.get(draft_id).payload["focus"].endswith(" y geometría")

    # Another page (after a crash, say) opens the same session: the changes are offered.
    other = show_page(SessionsPage, advisor_ctx)
    other.open_session(planned.id)
    assert other.editor.plan.focus_edit.text().endswith(" y geometría")
    assert "restored" in other.editor.notice.text()
    press_save(qtbot, other.editor)
    assert advisor_ctx.sessions.get(planned.id).focus.endswith(" y geometría")
    assert advisor_ctx.drafts.get(draft_id) is None


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_the_advisor_edits_a_rubric_and_its_revision_grows(qtbot, show_page, advisor_ctx):
    page = show_page(SessionsPage, advisor_ctx)
    rubric = advisor_ctx.templates.resolve(TemplateKind.SELF_ASSESSMENT_RUBRIC)
    qtbot.mouseClick(page.templates_button, Qt.MouseButton.LeftButton)
    dialog = page._templates_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    row = dialog.model.row_of(rubric.id)
    dialog.open_template(rubric.id)
    editor = dialog.editor
    assert f"Revision {rubric.revision}" in editor.revision_label.text()
    rows_before = editor.items_model.rowCount()

    qtbot.mouseClick(editor.add_row_button, Qt.MouseButton.LeftButton)
    cell = QApplication.focusWidget()
    type_text(qtbot, cell, "Evalué el aprendizaje de cada nivel")
    commit(qtbot, editor.items_table, cell)
    edit_cell(qtbot, editor.items_table, rows_before, 3, "Inicial | Intermedio | Logrado")
    press_save(qtbot, editor)

    saved = advisor_ctx.templates.get(rubric.id)
    assert saved.revision == rubric.revision + 1
    added = saved.body["criteria"][-1]
    assert added["label"] == "Evalué el aprendizaje de cada nivel"
    assert added["levels"] == ["Inicial", "Intermedio", "Logrado"]
    assert added["id"] == "evalue_el_aprendizaje_de_cada_nivel"
    assert f"Revision {saved.revision}" in editor.revision_label.text()
    assert dialog.model.index(row, 2).data() == str(saved.revision)
    dialog.close()


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_a_template_error_shows_in_the_editor(qtbot, show_page, advisor_ctx):
    page = show_page(SessionsPage, advisor_ctx)
    page.open_templates()
    dialog = page._templates_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.new_template(str(TemplateKind.EXIT_TICKET))
    editor = dialog.editor
    type_text(qtbot, editor.name_edit, "Ticket corto")

    press_save(qtbot, editor)

    assert editor.error_text("body") == catalog()(
        "errors", "A template needs at least one question or criterion."
    )
    assert editor.record_id is None
    dialog.close()
