"""A teacher looks for a colleague's practice she remembers a word of, typed without its
accent, in the toolbar's search field on Home; Enter shows Practices with the matching
ones, and a click opens the one she wanted."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from minga.services.practices import PracticeQuery
from tests.ui.conftest import SIZE_HINTS_NOTICE
from tests.ui.tasks.conftest import click_row, visible

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _accented_word(title: str) -> str | None:
    words = [w.strip(".,:;«»()¿?¡!") for w in title.split()]
    return next((w for w in words if len(w) >= 6 and _plain(w) != w.lower()), None)


def test_the_teacher_finds_a_practice_typing_without_accents(qtbot, teacher_workspace, open_window):
    window = open_window(teacher_workspace)
    everything = window.ctx.practices.page(PracticeQuery(sort="title"), limit=500)
    me = window.ctx.actor.person_id
    wanted = next(
        r for r in everything if r.author_id != me and _accented_word(r.title) is not None
    )
    word = _accented_word(wanted.title)
    typed = _plain(word)  # "educacion" for "Educación"
    assert typed != word.lower()

    search = visible(window, QLineEdit, "Search practices")
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(search, typed)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.wait(20)

    # Practices shows, its own search field holding the words, the list filtered.
    assert window.current_area() == "practices"
    page_search = visible(window, QLineEdit, "Search practices")
    assert page_search is not search
    assert page_search.text() == typed
    table = visible(window, QTableView, "Practices")
    model = table.model()
    qtbot.waitUntil(lambda: not model.is_loading, timeout=3000)
    shown = [model.practice_id(row) for row in range(model.rowCount())]
    assert wanted.id in shown
    assert 0 < len(shown) < len(everything)

    click_row(qtbot, table, shown.index(wanted.id))
    qtbot.wait(20)
    form = window.page("practices").form
    assert form.isVisible()
    assert visible(window, QLineEdit, "Title").text() == wanted.title
    heading = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert f"Practice by {wanted.author_name}" in heading
