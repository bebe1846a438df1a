"""A teacher writes the note of a colleague's class she observed: Observation, New note,
the colleague chosen by typing the start of her name, the focus, a few items of the
protocol rated with the keyboard, what she saw, the strengths, an opportunity and the
agreed step; she shares it with the observed teacher and the advisor and saves. The
database has the note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTableView

from tests.ui.conftest import SIZE_HINTS_NOTICE, type_text
from tests.ui.tasks.conftest import (
    DIALOG_NOTICES,
    choose_in_combo,
    click,
    click_into,
    go_to,
    scroll_to,
    visible,
)

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE, *DIALOG_NOTICES)


def _choose_by_typing(qtbot, combo: QComboBox, start: str) -> None:
    """What a person does on a closed list: gives it the keyboard and types a beginning."""
    scroll_to(combo)
    combo.setFocus(Qt.FocusReason.TabFocusReason)  # as the Tab key gives it
    qtbot.keyClicks(combo, start)


def test_the_teacher_writes_the_note_of_a_class_she_observed(qtbot, teacher_workspace, open_window):
    window = open_window(teacher_workspace)
    before = {n.id for n in window.ctx.observation.my_notes()}
    go_to(qtbot, window, "Observation")
    qtbot.wait(20)
    click(qtbot, window, "New note")
    qtbot.wait(20)

    observed = visible(window, QComboBox, "Observed colleague")
    _choose_by_typing(qtbot, observed, "Ros")
    assert observed.currentText() == "Rosa Elena Cifuentes Parra"
    focus = visible(window, QLineEdit, "Focus of the observation")
    qtbot.mouseClick(focus, Qt.MouseButton.LeftButton)
    type_text(qtbot, focus, "Trabajo simultáneo de 1° a 4° en la feria")
    rated = {}
    items = [
        c
        for c in window.findChildren(QComboBox)
        if c.isVisible() and c.objectName().startswith("protocol_")
    ]
    assert len(items) >= 3
    for combo, level in zip(items[:3], (3, 4, 2), strict=True):
        scroll_to(combo)
        combo.setFocus()
        for _ in range(level):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText().startswith(f"{level} · ")
        rated[combo.objectName().removeprefix("protocol_")] = level
    texts = {
        "Evidence": "Los de 4° atendían el puesto mientras los de 1° contaban monedas.",
        "Strengths": "Las rutinas permiten que cada nivel trabaje sin esperar.",
        "Opportunities": "El cierre fue breve: faltó la voz de los más pequeños.",
        "Action step": "Probar un cierre con una pregunta por nivel.",
    }
    for name, text in texts.items():
        edit = visible(window, QPlainTextEdit, name)
        click_into(qtbot, edit)
        type_text(qtbot, edit, text)
    share = visible(window, QComboBox, "Who receives it")
    choose_in_combo(qtbot, share, "The observed teacher and the advisor")  # with the mouse
    click(qtbot, window, "Save")

    new = [n for n in window.ctx.observation.my_notes() if n.id not in before]
    assert len(new) == 1
    note = new[0]
    assert note.observed_name == "Rosa Elena Cifuentes Parra"
    assert note.observed_on == window.ctx.today()
    assert note.focus == "Trabajo simultáneo de 1° a 4° en la feria"
    assert note.protocol == rated
    assert note.evidence == texts["Evidence"]
    assert note.strengths == texts["Strengths"]
    assert note.opportunities == texts["Opportunities"]
    assert note.action_step == texts["Action step"]
    assert note.visibility == "advisor"  # shared (it was «Only me», a draft)
    assert not window.page("observation").has_unsaved_changes()
    table = visible(window, QTableView, "Observation notes")
    shown = [table.model().row_id(r) for r in range(table.model().rowCount())]
    assert note.id in shown
