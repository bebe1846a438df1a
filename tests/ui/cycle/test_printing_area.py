"""Imprimir as an area of the main window: in the sidebar, by Ctrl+P, and from the
session editor's "Print guide" button on that session's guide; a teacher is offered only
what a teacher prints."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minga.ui.main_window import MainWindow
from tests.ui.cycle.conftest import SIZE_HINTS

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


@pytest.fixture
def open_window(qtbot, dialogs_off):
    windows: list[MainWindow] = []

    def make(ctx) -> MainWindow:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def _documents(page) -> list[str]:
    return [
        page.documents.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(page.documents.count())
    ]


def test_imprimir_is_in_the_sidebar_and_makes_a_pdf(qtbot, open_window, advisor_ctx):
    window = open_window(advisor_ctx)
    assert "print" in window.areas()
    row = window.areas().index("print")
    item = window.sidebar.item(row)
    assert item.text() == "Print"
    assert not item.icon().isNull()

    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    page = window.stack.currentWidget()
    assert window.current_area() == "print"
    assert page.objectName() == "printPage"
    assert "report" in _documents(page)  # the advisor's report of the year
    page.select_document("exit-ticket")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.result is not None
    assert page.result.path.read_bytes().startswith(b"%PDF-")


def test_ctrl_p_opens_imprimir(qtbot, open_window, advisor_ctx):
    window = open_window(advisor_ctx)
    assert window.current_area() == "home"

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert window.current_area() == "print"
    assert window.stack.currentWidget().isVisible()


def test_print_guide_in_the_session_editor_opens_its_guide(qtbot, open_window, advisor_ctx):
    window = open_window(advisor_ctx)
    sessions = advisor_ctx.sessions.list_sessions()
    oldest = sessions[0]  # not "the latest": the choice must be this session's
    page = window.show_area("sessions")
    assert page.open_session(oldest.id)
    editor = page.editor
    assert editor.print_button.isVisible()
    assert editor.print_button.isEnabled()

    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)

    assert window.current_area() == "print"
    printing = window.stack.currentWidget()
    assert printing.current_document() == "session-guide"
    assert printing.session_combo.currentData() == oldest.id
    qtbot.mouseClick(printing.generate_button, Qt.MouseButton.LeftButton)
    assert printing.result is not None
    # This session's guide, not the latest one.
    assert oldest.date.strftime("%d-%m-%Y") in printing.result.title
    assert oldest.id != sessions[-1].id


def test_ctrl_p_in_an_open_session_chooses_its_guide(qtbot, open_window, advisor_ctx):
    window = open_window(advisor_ctx)
    oldest = advisor_ctx.sessions.list_sessions()[0]
    page = window.show_area("sessions")
    page.open_session(oldest.id)
    page.editor.plan.title_edit.setFocus()

    qtbot.keyClick(page.editor.plan.title_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert window.current_area() == "print"
    assert window.stack.currentWidget().session_combo.currentData() == oldest.id


def test_a_new_unsaved_session_has_no_guide_to_print(qtbot, open_window, advisor_ctx):
    window = open_window(advisor_ctx)
    page = window.show_area("sessions")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert not page.editor.print_button.isEnabled()


def test_a_teacher_is_not_offered_the_advisors_report(qtbot, open_window, teacher_demo_ctx):
    window = open_window(teacher_demo_ctx)
    page = window.show_area("print")
    documents = _documents(page)
    assert "report" not in documents
    assert {"session-guide", "exit-ticket", "portfolio"} <= set(documents)
