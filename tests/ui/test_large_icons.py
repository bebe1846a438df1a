"""Icons grow with the text: at 200 % (Preferencias, applied to the open window) the
sidebar's icons are drawn as large as the sidebar asks, not left at their largest
100 % picture beside text twice its size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from tests.ui.conftest import SIZE_HINTS_NOTICE

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


@pytest.mark.usefixtures("dialogs_off")
def test_the_sidebar_icons_are_drawn_at_the_size_of_large_text(
    qtbot, qapp, base_size, demo_workspace, make_ctx
):
    from minga.ui.main_window import MainWindow
    from minga.ui.text_scale import set_text_scale

    window = MainWindow(make_ctx(demo_workspace))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    small = window.sidebar.iconSize()

    set_text_scale(qapp, base_size, 2.0)
    qapp.processEvents()

    size = window.sidebar.iconSize()
    assert size.width() >= small.width() * 1.5
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        drawn = item.icon().actualSize(size)
        assert drawn == size, item.text()
        assert item.icon().pixmap(size).width() == size.width()


def test_every_icon_has_pictures_for_large_text(qapp):
    from minga.ui.icons import _DRAWINGS, icon

    for name in _DRAWINGS:
        for side in (24, 36, 48, 64):
            assert icon(name).actualSize(QSize(side, side)) == QSize(side, side), (name, side)
