"""Aplicación as a teacher uses it (choose, apply, tally, self-assess) and as the advisor
follows it up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minga.ui.adoption import AdoptionPage
from minga.ui.adoption.editor import SELF_TAB, TICKET_TAB
from tests.ui.conftest import type_text
from tests.ui.cycle.conftest import choose_in_combo, click_option, press_save, set_spin


def _forget_last_session_choices(ctx):
    """The teacher has not chosen at the last session yet (the demo had her choose)."""
    last = ctx.sessions.last_held_session()
    for adoption in ctx.adoption.my_adoptions():
        if adoption.session_id == last.id:
            ctx.adoption.withdraw(adoption.id)
    return last


def _spin(editor, question: str, option: str, level: str):
    return editor._spins[(question, option, level)]


def test_a_teacher_chooses_applies_tallies_and_self_assesses(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    last = _forget_last_session_choices(ctx)
    page = show_page(AdoptionPage, ctx)

    # The banner reminds her; the button goes to the last session's practices.
    assert page.banner.isVisible()
    assert page.banner.text().startswith(
        "You have not chosen a practice from the last session yet."
    )
    qtbot.mouseClick(page.banner_button, Qt.MouseButton.LeftButton)
    form = page.choose_form
    assert page.panes.detail.currentWidget() is form
    assert form.presentations_model.rowCount() > 0
    wanted = form.current_choice()
    assert wanted.session_id == last.id
    qtbot.mouseClick(form.choose_button, Qt.MouseButton.LeftButton)

    chosen = next(a for a in ctx.adoption.my_adoptions() if a.session_id == last.id)
    assert chosen.practice_id == wanted.practice_id
    assert not page.banner.isVisible()
    editor = page.editor
    assert page.panes.detail.currentWidget() is editor
    assert editor.adoption.id == chosen.id
    assert editor.application is None  # a new application, ready to fill
    assert QApplication.focusWidget() is editor.date_edit

    # The application: one level, five students.
    click_option(qtbot, editor.levels.boxes["3B"])
    set_spin(qtbot, editor.students_spin, 5)

    # The exit ticket: 4 + 3 answers to "feeling" with 5 students present.
    editor.tabs.setCurrentIndex(TICKET_TAB)
    set_spin(qtbot, _spin(editor, "feeling", "feliz", "3B"), 4)
    set_spin(qtbot, _spin(editor, "feeling", "mas_o_menos", "3B"), 3)
    error = editor._question_errors["feeling"]
    assert error.isVisible()
    assert error.text().startswith("7 answers, but only 5 students were present")
    assert _spin(editor, "feeling", "feliz", "3B").accessibleDescription() == error.text()

    press_save(qtbot, editor)

    assert ctx.adoption.get(chosen.id).applications == []  # nothing saved
    assert editor.tabs.currentIndex() == TICKET_TAB
    assert editor.has_unsaved_changes()
    assert editor.draft_id is not None  # but nothing typed is lost

    # Fixed: 4 + 1.
    set_spin(qtbot, _spin(editor, "feeling", "mas_o_menos", "3B"), 1)
    assert not error.isVisible()
    set_spin(qtbot, _spin(editor, "understanding", "sin_ayuda", "3B"), 5)
    press_save(qtbot, editor)

    saved = ctx.adoption.get(chosen.id)
    assert len(saved.applications) == 1
    application = saved.applications[0]
    assert application.levels == ["3B"]
    assert application.students_present == 5
    assert application.tally is not None
    assert application.tally.totals["feeling"] == {"feliz": 4, "mas_o_menos": 1, "triste": 0}
    assert application.tally.totals["understanding"]["sin_ayuda"] == 5
    assert not editor.has_unsaved_changes()
    assert editor.application.id == application.id
    assert editor.applications_model.rowCount() == 1
    assert editor.applications_model.index(0, 3).data() == "✓"

    # The self-assessment of that application.
    editor.tabs.setCurrentIndex(SELF_TAB)
    first, combo = next(iter(editor._rating_combos.items()))
    choose_in_combo(qtbot, combo, combo.itemText(3))
    click_option(qtbot, editor.decision_buttons["adjust"])
    editor.reflection_edit.setFocus()
    type_text(qtbot, editor.reflection_edit, "Los más pequeños necesitaron más tiempo.")
    press_save(qtbot, editor)

    assessed = ctx.adoption.get(chosen.id).self_assessments
    assert len(assessed) == 1
    assert assessed[0].application_id == application.id
    assert assessed[0].decision == "adjust"
    assert assessed[0].ratings == {first: 3}
    assert assessed[0].reflection == "Los más pequeños necesitaron más tiempo."
    assert editor.applications_model.index(0, 4).data() == "✓"
    assert not editor.has_unsaved_changes()


def test_a_self_assessment_without_a_decision_is_not_saved(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    page = show_page(AdoptionPage, ctx)
    adoption = next(a for a in ctx.adoption.my_adoptions() if a.applications)
    page.open_adoption(adoption.id, adoption.applications[0].id)
    editor = page.editor
    before = len(ctx.adoption.get(adoption.id).self_assessments)
    editor.tabs.setCurrentIndex(SELF_TAB)
    if any(b.isChecked() for b in editor.decision_buttons.values()):
        return  # this application already has one; nothing to prove here
    editor.adjustments_edit.setFocus()
    type_text(qtbot, editor.adjustments_edit, "Trabajé en parejas.")

    press_save(qtbot, editor)

    assert editor.error_text("decision") == "Choose whether you will keep using the practice."
    assert len(ctx.adoption.get(adoption.id).self_assessments) == before


def test_a_teacher_sees_her_tallies(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    page = show_page(AdoptionPage, ctx)
    adoption = next(a for a in ctx.adoption.my_adoptions() if any(x.tally for x in a.applications))
    application = next(x for x in adoption.applications if x.tally)
    page.open_adoption(adoption.id, application.id)
    editor = page.editor

    assert editor.levels.values() == application.levels
    assert editor.students_spin.value() == application.students_present
    for (question, option, level), spin in editor._spins.items():
        assert spin.value() == application.tally.counts.get(question, {}).get(option, {}).get(
            level, 0
        )
    assert not editor.has_unsaved_changes()


def test_the_advisor_follows_up_choices_and_self_assessments(qtbot, show_page, advisor_ctx):
    ctx = advisor_ctx
    page = show_page(AdoptionPage, ctx)
    view = page.follow_up
    last = ctx.sessions.last_held_session()

    assert view.session_combo.currentData() == last.id
    missing = ctx.adoption.who_has_not_chosen(last.id)
    assert [
        view.not_chosen_model.index(r, 0).data() for r in range(view.not_chosen_model.rowCount())
    ] == [p.name for p in missing]
    assert view.not_chosen_title.text().startswith(f"{len(missing)} teacher")
    pending = ctx.adoption.pending_self_assessments(year=ctx.indicators.default_year())
    assert view.pending_model.rowCount() == len(pending)
    for row, item in enumerate(pending):
        assert view.pending_model.index(row, 0).data() == item.person.name
        assert view.pending_model.index(row, 1).data() == str(len(item.applications))

    # Another session: its own list.
    first = ctx.sessions.list_sessions()[0]
    choose_in_combo(
        qtbot,
        view.session_combo,
        view.session_combo.itemText(view.session_combo.findData(first.id)),
    )
    assert view.not_chosen_model.rowCount() == len(ctx.adoption.who_has_not_chosen(first.id))
