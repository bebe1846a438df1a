"""Preferencias' text size applied to the open window: the rows of a list grow with the
text (at 200 % each line was cut through the middle until Minga started again) and
shrink back with it."""

from __future__ import annotations

import pytest

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
def test_the_rows_of_a_list_follow_the_text_size(qtbot, qapp, base_size, demo_workspace, make_ctx):
    from minga.ui.main_window import MainWindow
    from minga.ui.text_scale import set_text_scale

    window = MainWindow(make_ctx(demo_workspace))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    table = window.show_area("improvement").table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    before = table.rowHeight(0)
    assert before >= table.fontMetrics().height()

    set_text_scale(qapp, base_size, 2.0)
    qapp.processEvents()

    assert table.rowHeight(0) >= table.fontMetrics().height() > before

    set_text_scale(qapp, base_size, 1.0)
    qapp.processEvents()

    assert abs(table.rowHeight(0) - before) <= 1
