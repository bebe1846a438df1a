"""Observación: a teacher writes a note about a colleague; the observed teacher replies."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minga.i18n import catalog
from minga.ui.observation import ObservationPage
from minga.ui.observation.page import ABOUT_ME, ALL, MINE
from tests.ui.conftest import type_text
from tests.ui.cycle.conftest import choose_in_combo, press_save


def test_a_teacher_writes_an_observation_note(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    before = len(ctx.observation.my_notes())
    page = show_page(ObservationPage, ctx)
    assert page.view_combo.currentData() == MINE
    assert page.model.rowCount() == before

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert QApplication.focusWidget() is editor.observed_combo
    colleague = editor.observed_combo.itemText(2)
    choose_in_combo(qtbot, editor.observed_combo, colleague)
    editor.focus_edit.setFocus()
    type_text(qtbot, editor.focus_edit, "Preguntas que hacen razonar")
    items = list(editor._item_combos.values())
    assert len(items) >= 3
    choose_in_combo(qtbot, items[0], items[0].itemText(4))
    choose_in_combo(qtbot, items[2], items[2].itemText(2))
    editor.text_edits["strengths"].setFocus()
    type_text(qtbot, editor.text_edits["strengths"], "Los estudiantes de 5° explican a los de 3°.")
    editor.text_edits["agreements"].setFocus()
    type_text(qtbot, editor.text_edits["agreements"], "Probar el cierre con ticket de salida.")
    # The observer shares it or keeps a draft; the window says who decides the rest.
    assert editor.visibility_combo.findText("The whole microcentre") < 0
    assert "the observed teacher's choice" in editor.consent_label.text()
    assert editor.consent_label.isVisible()
    assert not editor.readers_combo.isVisible()
    choose_in_combo(qtbot, editor.visibility_combo, "The observed teacher and the advisor")

    press_save(qtbot, editor)

    notes = ctx.observation.my_notes()
    assert len(notes) == before + 1
    note = next(n for n in notes if n.focus == "Preguntas que hacen razonar")
    assert note.observed_name == colleague
    items_ids = list(editor._item_combos)
    first, third = items_ids[0], items_ids[2]
    assert note.protocol == {first: 4, third: 2}
    assert note.strengths == "Los estudiantes de 5° explican a los de 3°."
    assert note.agreements == "Probar el cierre con ticket de salida."
    assert note.visibility == "advisor"
    assert note.readers == "advisor"
    assert page.model.row_of(note.id) is not None
    assert not editor.has_unsaved_changes()


def test_a_note_needs_a_colleague_and_a_focus(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    before = len(ctx.observation.my_notes())
    page = show_page(ObservationPage, ctx)
    page.new_note()
    editor = page.editor
    editor.text_edits["evidence"].setFocus()
    type_text(qtbot, editor.text_edits["evidence"], "Trabajo en grupos.")

    press_save(qtbot, editor)

    assert editor.error_text("focus") == catalog()("errors", "This field is required.")
    assert editor.error_text("observed") != ""
    assert len(ctx.observation.my_notes()) == before


def test_the_observed_teacher_replies(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    about_me = ctx.observation.notes_about_me()
    assert about_me, "the demo has notes about its first teacher"
    page = show_page(ObservationPage, ctx)
    page.set_view(ABOUT_ME)
    assert page.model.rowCount() == len(about_me)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    note = editor.info
    assert note.about_me
    replies_before = len(note.replies)

    # Her colleague's note is read-only; the reply box is hers.
    assert editor.focus_edit.isReadOnly()
    assert not editor.observed_combo.isVisible()
    assert all(not c.isVisible() for c in editor._item_combos.values())
    assert editor.reply_edit.isVisible()
    assert editor.save_button.text() == "Send reply"
    editor.focus_first_field()
    assert QApplication.focusWidget() is editor.reply_edit
    type_text(qtbot, editor.reply_edit, "Gracias; probaré las preguntas abiertas.")

    press_save(qtbot, editor)

    saved = ctx.observation.get(note.id)
    assert len(saved.replies) == replies_before + 1
    reply = saved.replies[-1]
    assert reply.text == "Gracias; probaré las preguntas abiertas."
    assert reply.is_mine
    assert editor.reply_edit.toPlainText() == ""
    assert editor.replies_title.text() == f"Replies ({replies_before + 1})"
    assert page.model.index(0, 3).data() == str(replies_before + 1)


def test_the_observed_teacher_chooses_who_reads_the_note(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    note = ctx.observation.notes_about_me()[0]
    if note.readers != "advisor":  # the demo's consent: start from the default
        note = ctx.observation.set_readers(note.id, "advisor")
    page = show_page(ObservationPage, ctx)
    page.set_view(ABOUT_ME)
    page.open_note(note.id)
    editor = page.editor
    combo = editor.readers_combo
    assert combo.isVisible()
    assert combo.isEnabled()
    assert combo.currentText() == "Only the observer, the advisor and me"
    assert "You decide who may read this note" in editor.consent_label.text()
    assert not editor.visibility_combo.isVisible()

    choose_in_combo(qtbot, combo, "The whole microcentre")
    assert ctx.observation.get(note.id).readers == "network"
    choose_in_combo(qtbot, combo, "Only the observer, the advisor and me")
    assert ctx.observation.get(note.id).readers == "advisor"
    # The choice is hers: the reply box still works below it.
    assert editor.reply_edit.isVisible()


def test_an_empty_reply_is_refused_under_the_box(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    note = ctx.observation.notes_about_me()[0]
    page = show_page(ObservationPage, ctx)
    page.set_view(ABOUT_ME)
    page.open_note(note.id)
    editor = page.editor
    type_text(qtbot, editor.reply_edit, "   ")

    press_save(qtbot, editor)

    assert editor.error_text("text") == catalog()("errors", "This field is required.")
    assert len(ctx.observation.get(note.id).replies) == len(note.replies)


def test_the_advisor_reads_every_note(qtbot, show_page, advisor_ctx):
    ctx = advisor_ctx
    page = show_page(ObservationPage, ctx)
    page.set_view(ALL)
    notes = ctx.observation.list_notes()
    assert page.model.rowCount() == len(notes)
    page.open_note(notes[0].id)
    editor = page.editor
    assert editor.is_read_only
    assert not editor.save_button.isVisible()
    assert not editor.reply_edit.isVisible()
    assert notes[0].observer_name in editor.observed_name.text()


def test_an_action_step_then_a_follow_up_compared_on_one_screen(qtbot, show_page, teacher_demo_ctx):
    import datetime as dt

    from minga.services.observation import ObservationInput

    ctx = teacher_demo_ctx
    page = show_page(ObservationPage, ctx)
    page.new_note()
    editor = page.editor
    colleague = editor.observed_combo.itemText(2)
    observed_id = editor.observed_combo.itemData(2)
    choose_in_combo(qtbot, editor.observed_combo, colleague)
    editor.focus_edit.setFocus()
    type_text(qtbot, editor.focus_edit, "Cierre de la clase")
    items = list(editor._item_combos)
    choose_in_combo(qtbot, editor._item_combos[items[0]], editor._item_combos[items[0]].itemText(2))
    editor.text_edits["action_step"].setFocus()
    type_text(qtbot, editor.text_edits["action_step"], "Tres preguntas de cierre por nivel")
    press_save(qtbot, editor)
    first = next(n for n in ctx.observation.my_notes() if n.focus == "Cierre de la clase")
    assert first.action_step == "Tres preguntas de cierre por nivel"

    # The follow-up, a month later: the earlier note is offered for this colleague.
    later = first.observed_on + dt.timedelta(days=30)
    follow = ctx.observation.create(
        ObservationInput(
            observed_id=observed_id,
            observed_on=later,
            focus="Cierre de la clase (seguimiento)",
            protocol={items[0]: 4},
            follows_id=first.id,
        )
    )
    page.new_note()
    choose_in_combo(qtbot, editor.observed_combo, colleague)
    offered = [editor.follows_combo.itemData(i) for i in range(editor.follows_combo.count())]
    assert first.id in offered

    editor.load_note(ctx.observation.get(follow.id))
    assert editor.follows_combo.currentData() == first.id
    assert editor.comparison_label.isVisible()
    text = editor.comparison_label.text()
    assert "Action step agreed: Tres preguntas de cierre por nivel" in text
    assert "↑" in text
    assert "Items that went up: 1 · went down: 0." in text
