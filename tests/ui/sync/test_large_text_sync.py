"""Sincronizar at 200 % text on a 1366x768 laptop: the page is read top to bottom, never
sideways (Enviar and Recibir one under the other, each line of text within the window);
at 100 % they stay side by side."""

from __future__ import annotations

import pytest

from tests.ui.conftest import SIZE_HINTS_NOTICE
from tests.ui.cycle.conftest import (  # noqa: F401 (fixtures used here)
    advisor_ctx,
    advisor_template,
    advisor_ws,
)

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


@pytest.fixture
def base_size(qapp):
    from minga.ui.text_scale import base_point_size, set_text_scale

    font, style = qapp.font(), qapp.style().name()
    base = base_point_size(qapp, 1.0)
    yield base
    set_text_scale(qapp, base, 1.0)
    qapp.setFont(font)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setProperty("minga_base_point_size", None)


def _sideways(page) -> int:
    """How far the page would have to scroll sideways."""
    from PySide6.QtWidgets import QScrollArea

    scroll = page.findChild(QScrollArea, "syncScroll")
    return scroll.horizontalScrollBar().maximum()


@pytest.mark.usefixtures("dialogs_off")
def test_sincronizar_needs_no_sideways_scroll_at_200_percent(
    qtbot,
    qapp,
    base_size,
    advisor_ctx,  # noqa: F811
    translations,
):
    from minga.ui.main_window import MainWindow
    from minga.ui.text_scale import set_text_scale

    translations("es")
    window = MainWindow(advisor_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("sync")
    qtbot.waitUntil(page.isVisible)
    qapp.processEvents()
    assert page.top.direction().name == "LeftToRight"
    assert _sideways(page) == 0

    set_text_scale(qapp, base_size, 2.0)
    qtbot.waitUntil(lambda: page.top.direction().name == "TopToBottom", timeout=2000)
    qapp.processEvents()

    assert _sideways(page) == 0

    set_text_scale(qapp, base_size, 1.0)
    qtbot.waitUntil(lambda: page.top.direction().name == "LeftToRight", timeout=2000)
    window.close()
