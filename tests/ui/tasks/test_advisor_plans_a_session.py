"""The advisor plans a session: in Sesiones she starts a new one, types its title,
date, place and focus, builds the agenda item by item in the table, saves, and puts
two practices on the programme (one presented by a colleague she picks, one by its
author); the database keeps the plan, the agenda and the presenters."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QTableView,
)

from minga.ui.widgets.picker import PracticePicker
from tests.ui.conftest import type_text
from tests.ui.tasks.conftest import (
    DIALOG_NOTICES,
    choose_in_combo,
    click,
    click_row,
    go_to,
    open_tab,
    scroll_to,
    visible,
)

pytestmark = pytest.mark.qt_log_ignore(*DIALOG_NOTICES)

TITLE = "Cierre del año: compartimos lo aprendido"
DAY = dt.date(2026, 12, 17)
AGENDA = [("Bienvenida y acuerdos de la sesión anterior", 15), ("Presentación de prácticas", 60)]


def _type_in(qtbot, window, name: str, text: str) -> None:
    field = visible(window, QLineEdit, name)
    scroll_to(field)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    type_text(qtbot, field, text)


def _press_button(qtbot, window, text: str) -> None:
    scroll_to(visible(window, QAbstractButton, text))
    click(qtbot, window, text)


def _choose_date(qtbot, edit: QDateEdit, day: dt.date) -> None:
    """Clicks the date's first part, then moves each part with the arrow keys to `day`
    and Tab to the next part (typing over a date field is not how it edits reliably)."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(6, edit.height() // 2))
    sections = QDateEdit.Section
    for index in range(edit.sectionCount()):
        section = edit.sectionAt(index)
        assert edit.currentSection() == section
        shown = edit.date()
        now, wanted = {
            sections.YearSection: (shown.year(), day.year),
            sections.MonthSection: (shown.month(), day.month),
            sections.DaySection: (shown.day(), day.day),
        }[section]
        key = Qt.Key.Key_Up if wanted > now else Qt.Key.Key_Down
        for _step in range(abs(wanted - now)):
            qtbot.keyClick(edit, key)
        if index + 1 < edit.sectionCount():
            qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == QDate(day.year, day.month, day.day)


def _add_agenda_item(qtbot, window, title: str, minutes: int) -> None:
    _press_button(qtbot, window, "Add item")
    editor = QApplication.focusWidget()  # the new item's title cell opens for typing
    assert isinstance(editor, QLineEdit)
    type_text(qtbot, editor, title)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to its minutes
    spin = QApplication.focusWidget()
    assert isinstance(spin, QAbstractSpinBox)
    qtbot.keyClicks(spin, str(minutes))  # (the cell opens with its number selected)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    # The cell closes on the event loop's next turn, and the table has the focus again.
    table = visible(window, QTableView, "Agenda items")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)


def _pick_practice(qtbot, window, words: str, title: str) -> str:
    """Searches, clicks the practice in the results; returns its author, as shown."""
    search = visible(window, QLineEdit, "Search a practice")
    scroll_to(search)
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    type_text(qtbot, search, words)
    qtbot.wait(PracticePicker.SEARCH_DELAY_MS + 100)  # she looks at the list for her words
    results = visible(window, QTableView, "Practices found")
    model = results.model()

    def row_of_title() -> int | None:
        titles = [model.index(row, 0).data() for row in range(model.rowCount())]
        return titles.index(title) if title in titles else None

    qtbot.waitUntil(lambda: row_of_title() is not None, timeout=3000)
    scroll_to(results)
    click_row(qtbot, results, row_of_title() or 0)
    chosen = window.findChild(QLabel, "chosenPractice").text()
    assert chosen.startswith(f"Chosen: {title} (")
    return chosen.removeprefix(f"Chosen: {title} (").removesuffix(")")


def test_the_advisor_plans_a_session_with_its_agenda_and_presenters(
    qtbot, advisor_workspace, open_window
):
    window = open_window(advisor_workspace)
    go_to(qtbot, window, "Sessions")
    click(qtbot, window, "New session")

    _type_in(qtbot, window, "Title", TITLE)
    _choose_date(qtbot, visible(window, QDateEdit, "Date"), DAY)
    _type_in(qtbot, window, "Place", "Escuela Rural Los Boldos")
    _type_in(qtbot, window, "Focus of the session", "Balance del año y metas para 2027")
    for title, minutes in AGENDA:
        _add_agenda_item(qtbot, window, title, minutes)
    total = window.findChild(QLabel, "agendaTotal")
    assert total.text().startswith("Total: 75 min")
    _press_button(qtbot, window, "Save")

    page = window.page("sessions")
    session_id = page.editor.record_id
    assert session_id is not None
    assert not page.has_unsaved_changes()

    open_tab(qtbot, window, "Presentations")
    huerto = "Huerto escolar: medimos el crecimiento de las habas en grupos pequeños"
    _pick_practice(qtbot, window, "habas grupos", huerto)
    choose_in_combo(qtbot, visible(window, QComboBox, "Presenter"), "Ximena Paillalef Contreras")
    _press_button(qtbot, window, "Add to the programme")

    dados = "Práctica de cálculo mental con dados"
    author = _pick_practice(qtbot, window, "calculo mental dados", dados)  # accents optional
    assert visible(window, QComboBox, "Presenter").currentText() == "The practice's author"
    _press_button(qtbot, window, "Add to the programme")

    detail = window.ctx.sessions.get(session_id)
    assert detail.title == TITLE
    assert detail.date == DAY
    assert detail.place == "Escuela Rural Los Boldos"
    assert detail.focus == "Balance del año y metas para 2027"
    assert [(item.title, item.minutes) for item in detail.agenda] == AGENDA
    programme = [(p.position, p.practice_title, p.presenter_name) for p in detail.presentations]
    assert programme == [(1, huerto, "Ximena Paillalef Contreras"), (2, dados, author)]
