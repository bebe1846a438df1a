"""Adding a presenter in a session: the practice that looks selected is the one added
(a single click selects it; no double click or Enter needed), and the button to add it
lies inside the window at 1366x768. The survey form starts with no answer chosen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from minga.ui.sessions import SessionsPage
from minga.ui.sessions.editor import PRESENTATIONS_TAB, SURVEY_TAB


def _planned_session(ctx):
    rows = ctx.sessions.list_sessions()
    return next(r for r in reversed(rows) if r.status == "planned")


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_clicked_practice_is_the_one_added_and_the_button_is_in_sight(
    qtbot, show_page, advisor_ctx
):
    planned = _planned_session(advisor_ctx)
    page = show_page(SessionsPage, advisor_ctx)
    page.open_session(planned.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(PRESENTATIONS_TAB)
    tab = editor.presentations
    picker = tab.picker
    qtbot.waitUntil(lambda: picker.model.rowCount() > 2)

    _click_row(qtbot, picker.results, 2)
    wanted = picker.model.row(2)
    assert wanted.title in tab.chosen_label.text()

    button = tab.add_button
    assert button.isVisible()
    window = button.window()
    top_left = button.mapTo(window, QPoint(0, 0))
    assert top_left.y() >= 0
    assert top_left.y() + button.height() <= window.height()
    assert top_left.x() + button.width() <= window.width()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert not tab.practice_error.isVisible()
    detail = advisor_ctx.sessions.get(planned.id)
    assert wanted.id in {p.practice_id for p in detail.presentations}


def test_an_empty_search_says_there_are_no_results(qtbot, show_page, advisor_ctx):
    planned = _planned_session(advisor_ctx)
    page = show_page(SessionsPage, advisor_ctx)
    page.open_session(planned.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(PRESENTATIONS_TAB)
    tab = editor.presentations
    picker = tab.picker
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)
    qtbot.keyClicks(picker.search_edit, "zzqxw")
    picker.search()
    qtbot.waitUntil(lambda: picker.model.rowCount() == 0)
    assert picker.empty_label.isVisible()
    assert tab.chosen_label.text() == ""

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.practice_error.isVisible()


def test_survey_answers_start_unanswered_and_must_be_chosen(qtbot, show_page, advisor_ctx):
    last = advisor_ctx.sessions.last_held_session()
    before = advisor_ctx.sessions.satisfaction_summary(last.id).answers
    page = show_page(SessionsPage, advisor_ctx)
    page.open_session(last.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(SURVEY_TAB)
    survey = editor.survey
    assert all(c.currentData() is None for c in survey.level_combos.values())

    qtbot.mouseClick(survey.send_button, Qt.MouseButton.LeftButton)
    assert survey.error.isVisible()
    assert survey.error.text().startswith("Choose an answer for every question")
    assert advisor_ctx.sessions.satisfaction_summary(last.id).answers == before
