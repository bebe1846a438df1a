"""The advisor prints a session's guide: from the Imprimir area (she picks the document
and the session, makes the PDF, saves it where she says in Qt's save dialog), and from
the session editor's "Print guide" (Imprimir opens on that session); each PDF is read
back and carries the session's title."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QListWidget,
    QTableView,
)

from tests.ui.tasks.conftest import (
    DIALOG_NOTICES,
    answer_file_dialog,
    choose_in_combo,
    click,
    click_row,
    go_to,
    scroll_to,
    visible,
)

pytestmark = pytest.mark.qt_log_ignore(*DIALOG_NOTICES)


def _cover_text(pdf: Path) -> str:
    """The words of the guide's first page (its cover, with the session's title)."""
    return " ".join((PdfReader(pdf).pages[0].extract_text() or "").split())


def _make_the_pdf(qtbot, window) -> str:
    """Clicks "Make the PDF"; returns the result line the page shows."""
    button = visible(window, QAbstractButton, "Make the PDF")
    scroll_to(button)
    click(qtbot, window, "Make the PDF")
    status = window.findChild(QLabel, "printStatus")
    qtbot.waitUntil(lambda: "page" in status.text(), timeout=20000)
    return status.text()


def test_the_advisor_prints_a_guide_from_imprimir_and_saves_it(
    qtbot, advisor_workspace, open_window, tmp_path: Path
):
    window = open_window(advisor_workspace)
    session = next(s for s in window.ctx.sessions.list_sessions() if s.number == 8)
    go_to(qtbot, window, "Print")
    documents = visible(window, QListWidget, "Documents")
    guide = documents.findItems("Session guide", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(
        documents.viewport(),
        Qt.MouseButton.LeftButton,
        pos=documents.visualItemRect(guide).center(),
    )
    combo = window.findChild(QComboBox, "sessionCombo")
    wanted = next(
        combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) == session.id
    )
    choose_in_combo(qtbot, combo, wanted)
    shown = _make_the_pdf(qtbot, window)
    assert "page" in shown

    folder = tmp_path / "para-imprimir"
    folder.mkdir()
    target = folder / "guia-sesion-8.pdf"
    answered = answer_file_dialog(qtbot, target)
    scroll_to(visible(window, QAbstractButton, "Save as…"))
    click(qtbot, window, "Save as…")
    qtbot.waitUntil(target.is_file, timeout=5000)
    assert answered == ["Save the PDF"]
    assert session.title in _cover_text(target)


def test_print_guide_in_the_session_editor_opens_imprimir_on_that_session(
    qtbot, advisor_workspace, open_window
):
    window = open_window(advisor_workspace)
    go_to(qtbot, window, "Sessions")
    table = visible(window, QTableView, "Sessions")
    session_id = table.model().row_id(0)  # the coming session, at the top
    click_row(qtbot, table, 0)
    qtbot.wait(50)  # the editor opens on the event loop's turn
    title = window.ctx.sessions.get(session_id).title
    button = visible(window, QAbstractButton, "Print guide")
    scroll_to(button)
    click(qtbot, window, "Print guide")

    assert window.current_area() == "print"
    combo = window.findChild(QComboBox, "sessionCombo")
    assert combo.isVisible()
    assert combo.currentData() == session_id
    assert title in combo.currentText()
    _make_the_pdf(qtbot, window)
    printed = window.page("print").result.path
    assert Path(printed).is_file()
    assert title in _cover_text(Path(printed))
