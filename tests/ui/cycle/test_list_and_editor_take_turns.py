"""At 150 and 200 % text on a 1366x768 laptop, Sesiones (like Prácticas) shows its list
and the open session in turn, the editor on the whole page: beside the list it had a
third of the screen and each tab scrolled sideways. At 100 % they stay side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.ui.cycle.conftest import SIZE_HINTS

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


@pytest.fixture
def base_size(qapp):
    from minga.ui.app import MIN_POINT_SIZE
    from minga.ui.text_scale import base_point_size, set_text_scale

    font, style = qapp.font(), qapp.style().name()
    base = base_point_size(qapp, MIN_POINT_SIZE)  # the size Minga starts with
    set_text_scale(qapp, base, 1.0)
    yield base
    set_text_scale(qapp, base, 1.0)
    qapp.setFont(font)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setProperty("minga_base_point_size", None)


@pytest.mark.usefixtures("dialogs_off")
def test_the_session_editor_takes_the_whole_page_with_large_text(
    qtbot, qapp, base_size, advisor_ctx, translations
):
    from minga.ui.main_window import MainWindow
    from minga.ui.text_scale import set_text_scale

    translations("es")
    window = MainWindow(advisor_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("sessions")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.open_first_record()
    assert page.table.isVisible()  # 100 %: the list beside the session

    set_text_scale(qapp, base_size, 2.0)  # Preferencias at 200 %
    qtbot.waitUntil(lambda: not page.table.isVisible(), timeout=2000)
    editor = page.editor
    assert editor.isVisible()
    window.layout().activate()
    qapp.processEvents()
    wide = max(
        area.horizontalScrollBar().maximum()
        for area in editor.findChildren(QScrollArea)
        if area.isVisible()
    )
    assert wide == 0

    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)  # back to the list
    qtbot.waitUntil(page.table.isVisible, timeout=2000)

    set_text_scale(qapp, base_size, 1.0)
    page.open_first_record()
    qtbot.waitUntil(lambda: page.table.isVisible() and page.editor.isVisible(), timeout=2000)
    window.close()
