"""The presenter drop-down of a session's Presentaciones tab shows its choices whole at
100 % text ("Quien escribió la práctica", not "Quien escribió la prácti"), also after
the session is shown again with other members; the current choice is in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from minga.ui.sessions import SessionsPage
from minga.ui.sessions.editor import PRESENTATIONS_TAB


def _text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


@pytest.mark.parametrize("width", [1100, 900])
def test_the_presenter_choices_are_shown_whole(qtbot, show_page, advisor_ctx, translations, width):
    translations("es")
    rows = advisor_ctx.sessions.list_sessions()
    planned = next(r for r in reversed(rows) if r.status == "planned")
    # The window as it first opens on a 1366x768 screen: the session beside the list.
    page = show_page(SessionsPage, advisor_ctx, (width, 690))
    page.open_session(planned.id)
    editor = page.editor
    editor.tabs.setCurrentIndex(PRESENTATIONS_TAB)
    combo = editor.presentations.presenter_combo
    qtbot.waitUntil(combo.isVisible)
    # Shown again (the members are read anew): the width follows the choices.
    page.open_session(planned.id)
    qtbot.wait(20)

    assert combo.itemText(0) == "Quien escribió la práctica"
    metrics = combo.fontMetrics()
    room = _text_room(combo)
    cut = [
        combo.itemText(i)
        for i in range(combo.count())
        if metrics.horizontalAdvance(combo.itemText(i)) > room
    ]
    assert cut == []
    # Where they do not fit beside it, the duration and the button go below, in sight.
    tab = editor.presentations
    window = combo.window()
    for widget in (combo, tab.add_button):
        assert widget.mapTo(window, widget.rect().topRight()).x() <= window.width()
    assert combo.toolTip() == combo.currentText()
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.toolTip() == combo.currentText()
