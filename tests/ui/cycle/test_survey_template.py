"""The advisor rewords the satisfaction survey in Plantillas, like any template: its four
statements are fixed (no row is added or removed, ids cannot be typed over), their text
and the scale change, and the session's survey form shows the new wording."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minga.services.templates import default_template_id
from minga.ui.sessions import SessionsPage
from minga.ui.sessions.editor import SURVEY_TAB
from tests.ui.conftest import type_text
from tests.ui.cycle.conftest import SIZE_HINTS, edit_cell, press_save

SURVEY = default_template_id("satisfaction_survey")
USEFUL = "Lo de hoy me sirve en mi aula multigrado"


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_the_advisor_rewords_the_survey_and_the_form_shows_it(qtbot, show_page, advisor_ctx):
    page = show_page(SessionsPage, advisor_ctx)
    page.open_templates()
    dialog = page._templates_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    # One survey: listed, opened, but not among the kinds of a new template.
    new_kinds = [a.text() for a in dialog.new_button.menu().actions()]
    assert "Satisfaction survey" not in new_kinds
    row = dialog.model.row_of(SURVEY)
    assert row is not None
    # Enter on the row opens it, and the dialog stays open.
    dialog.table.setFocus(Qt.FocusReason.OtherFocusReason)
    dialog.table.selectRow(row)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    editor = dialog.editor
    qtbot.waitUntil(lambda: editor.record_id == SURVEY, timeout=2000)
    assert dialog.isVisible()
    assert editor.isVisible()
    assert editor.heading.text().startswith("Satisfaction survey")
    assert not editor.add_row_button.isVisible()
    assert not editor.remove_row_button.isVisible()
    assert editor.up_button.isVisible()
    assert editor.scale_edit.isVisible()
    model = editor.items_model
    ids = [model.item(r, 0).text() for r in range(model.rowCount())]
    assert ids == ["useful", "prepared", "trust", "applied"]
    assert not model.item(0, 0).isEditable()

    edit_cell(qtbot, editor.items_table, 0, 1, USEFUL)
    # Trust asked first on paper: the form follows.
    editor.items_table.setCurrentIndex(model.index(2, 1))
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    editor.scale_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(editor.scale_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor.scale_edit, "Nada | Poco | Bastante | Mucho")
    press_save(qtbot, editor)
    qtbot.waitUntil(lambda: editor.info is not None and editor.info.revision == 2, timeout=3000)
    items = editor.info.body["items"]
    assert [i["id"] for i in items] == ["trust", "useful", "prepared", "applied"]
    assert items[1]["label"] == USEFUL
    assert advisor_ctx.bridge.record[-1].text.startswith("Template «")
    dialog.close()

    # The session's survey form asks with the new wording.
    last = advisor_ctx.sessions.last_held_session()
    page.open_session(last.id)
    page.editor.tabs.setCurrentIndex(SURVEY_TAB)
    survey = page.editor.survey
    assert survey.question_labels["useful"].text() == USEFUL
    assert survey.level_combos["useful"].accessibleName() == USEFUL
    assert survey.level_combos["useful"].findText("3 · Bastante") >= 0
    assert survey.question_labels["trust"].text() == "Sentí confianza para plantear mis dudas."
    layout = survey.questions_layout
    shown = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert [w for w in shown if w in survey.level_combos.values()] == [
        survey.level_combos[n] for n in ("trust", "useful", "prepared", "applied")
    ]
    # The keyboard goes through them in the same order.
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow, timeout=2000)
    survey.level_combos["trust"].setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(survey.level_combos["trust"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is survey.level_combos["useful"]
