"""Sesiones › Acta at 200 % text on a 1366x768 laptop: the line that says whether the
acta was approved wraps, so the tab is read without scrolling sideways (it was one line
wider than the page, the acta's box cut at the window's edge)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from tests.ui.cycle.conftest import SIZE_HINTS

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


@pytest.fixture
def base_size(qapp):
    from minga.ui.app import MIN_POINT_SIZE
    from minga.ui.text_scale import base_point_size, set_text_scale

    font, style = qapp.font(), qapp.style().name()
    base = base_point_size(qapp, MIN_POINT_SIZE)  # the size Minga starts with
    yield base
    set_text_scale(qapp, base, 1.0)
    qapp.setFont(font)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setProperty("minga_base_point_size", None)


@pytest.mark.usefixtures("dialogs_off")
def test_the_acta_tab_needs_no_sideways_scroll_at_200_percent(
    qtbot, qapp, base_size, advisor_ctx, translations
):
    from minga.ui.main_window import MainWindow
    from minga.ui.sessions.editor import MINUTES_TAB
    from minga.ui.text_scale import set_text_scale

    translations("es")
    set_text_scale(qapp, base_size, 2.0)  # Minga started with Preferencias at 200 %
    window = MainWindow(advisor_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("sessions")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.open_first_record()
    editor = page.editor
    editor.tabs.setCurrentIndex(MINUTES_TAB)
    qtbot.waitUntil(editor.minutes.approval_label.isVisible)
    window.layout().activate()
    qapp.processEvents()

    assert editor.minutes.approval_label.text()
    for area in editor.findChildren(QScrollArea):
        if area.isVisible():
            assert area.horizontalScrollBar().maximum() == 0, area.objectName()
    window.close()
