"""Inicio at 200 % text on a 1366x768 laptop: the advisor's five cards (and a teacher's
three) go on several rows instead of one that made the page scroll sideways; at 100 %
they stay on one row."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from tests.ui.conftest import SIZE_HINTS_NOTICE
from tests.ui.cycle.conftest import (  # noqa: F401 (fixtures used here)
    advisor_ctx,
    advisor_template,
    advisor_ws,
    teacher_demo_ctx,
    teacher_ws,
)

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


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


def _home(qtbot, qapp, ctx):
    from minga.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("home")
    qtbot.waitUntil(page.isVisible)
    qapp.processEvents()
    return window, page


def _card_rows(page) -> int:
    rows = {
        page.cards_layout.getItemPosition(page.cards_layout.indexOf(card))[0]
        for card in page.cards.values()
        if not card.isHidden()
    }
    return len(rows)


def _sideways(page) -> int:
    page.window().layout().activate()
    return page.findChild(QScrollArea, "homeScroll").horizontalScrollBar().maximum()


@pytest.mark.usefixtures("dialogs_off", "base_size")
@pytest.mark.parametrize("who", ["advisor_ctx", "teacher_demo_ctx"])
def test_inicio_needs_no_sideways_scroll_at_200_percent(qtbot, qapp, translations, request, who):
    from minga.ui.text_scale import set_text_scale

    base_size = request.getfixturevalue("base_size")
    translations("es")
    ctx = request.getfixturevalue(who)
    window, page = _home(qtbot, qapp, ctx)
    assert _card_rows(page) == 1
    assert _sideways(page) == 0

    set_text_scale(qapp, base_size, 2.0)  # Preferencias, applied at once
    qapp.processEvents()
    assert _card_rows(page) > 1
    assert _sideways(page) == 0
    window.close()

    window, page = _home(qtbot, qapp, ctx)  # Minga started again at 200 %
    assert _sideways(page) == 0

    set_text_scale(qapp, base_size, 1.0)
    qapp.processEvents()
    assert _card_rows(page) == 1
    window.close()
