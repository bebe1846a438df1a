"""Sincronizar at 200 % text on a 1366x768 laptop: the page is read top to bottom, never
sideways (Enviar and Recibir one under the other, each line of text within the window,
the advisor's buttons under Integrantes one under the other), whether Minga started at
that size or it was chosen in Preferencias; at 100 % they stay side by side."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QBoxLayout, QScrollArea

from tests.ui.conftest import SIZE_HINTS_NOTICE
from tests.ui.cycle.conftest import (  # noqa: F401 (fixtures used here)
    advisor_ctx,
    advisor_template,
    advisor_ws,
)

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)

SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
STACKED = QBoxLayout.Direction.TopToBottom


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


@pytest.fixture
def sync_page(qtbot, qapp, advisor_ctx, translations):  # noqa: F811
    from minga.ui.main_window import MainWindow

    translations("es")
    windows: list[MainWindow] = []

    def open_page():
        window = MainWindow(advisor_ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        page = window.show_area("sync")
        qtbot.waitUntil(page.isVisible)
        qapp.processEvents()
        return page

    yield open_page
    for window in windows:
        window.close()


def _sideways(page) -> int:
    """How far the page would have to scroll sideways (every tab of it)."""
    scroll = page.findChild(QScrollArea, "syncScroll")
    widest = 0
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        page.window().layout().activate()
        widest = max(widest, scroll.horizontalScrollBar().maximum())
    page.tabs.setCurrentIndex(0)
    return widest


@pytest.mark.usefixtures("dialogs_off")
def test_started_at_200_percent_sincronizar_needs_no_sideways_scroll(
    qtbot, qapp, base_size, sync_page
):
    from minga.ui.text_scale import set_text_scale

    set_text_scale(qapp, base_size, 2.0)  # as Minga starts with Preferencias at 200 %
    page = sync_page()

    assert page.top.direction() == STACKED
    assert _sideways(page) == 0


@pytest.mark.usefixtures("dialogs_off")
def test_sincronizar_follows_the_size_chosen_in_preferencias(qtbot, qapp, base_size, sync_page):
    from minga.ui.text_scale import set_text_scale

    page = sync_page()
    assert page.top.direction() == SIDE_BY_SIDE
    assert _sideways(page) == 0

    set_text_scale(qapp, base_size, 2.0)
    qtbot.waitUntil(lambda: page.top.direction() == STACKED, timeout=2000)
    assert _sideways(page) == 0

    set_text_scale(qapp, base_size, 1.0)
    qtbot.waitUntil(lambda: page.top.direction() == SIDE_BY_SIDE, timeout=2000)
