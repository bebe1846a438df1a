"""At 200 % text on a 1366x768 laptop the practice form fits: Prácticas shows the list and
the form in turn (the form gets the whole page), and in a narrow pane long subject names
wrap, the short fields and buttons take new rows; nothing needs a sideways scroll."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from minga.services.practices import PracticeInput
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)

SCREEN = QSize(1366, 768)


@pytest.fixture
def large_text(qapp) -> Iterator[None]:
    """The application's text at 200 %, as Preferencias sets it; put back afterwards."""
    from minga.ui.text_scale import base_point_size, set_text_scale

    font, style = qapp.font(), qapp.style().name()
    base = base_point_size(qapp, 1.0)
    set_text_scale(qapp, base, 2.0)
    yield
    set_text_scale(qapp, base, 1.0)
    qapp.setFont(font)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setProperty("minga_base_point_size", None)


def _overflow(form: QWidget) -> list[str]:
    """What reaches past the right edge of the form's scroll area (nothing, to fit)."""
    scroll = form.scroll
    body = scroll.widget()
    right = scroll.viewport().width()
    return [
        f"{type(child).__name__} {child.objectName()!r}"
        for child in body.findChildren(QWidget)
        if child.isVisibleTo(body) and child.mapTo(body, child.rect().topRight()).x() >= right
    ]


@pytest.mark.usefixtures("dialogs_off", "large_text")
def test_at_200_percent_the_practice_form_needs_no_sideways_scroll(
    qtbot, qapp, demo_workspace, make_ctx
):
    from minga.ui.layout_check import offenders
    from minga.ui.main_window import MainWindow

    ctx = make_ctx(demo_workspace)
    mine = ctx.practices.create(
        PracticeInput(
            title="Historia del sector contada por los abuelos",
            subjects=["HI", "LE", "EF", "CN"],
            levels=["1B", "2B", "3B"],
            description="Entrevistas en la casa y un mapa en la sala.",
        )
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("practices")
    page = window.page("practices")
    assert page.is_narrow  # the list and the form take turns at this text size

    for open_form in (page.new_practice, lambda: page.open_practice(mine.id)):
        assert open_form()
        qapp.processEvents()
        form = page.form
        scroll = form.scroll
        assert window.width() <= SCREEN.width()
        assert not page.table.isVisible()
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
        assert scroll.horizontalScrollBar().maximum() == 0
        assert _overflow(form) == []
        # Every field and button shows its whole text (placeholders too).
        assert [o.describe() for o in offenders(window, SCREEN)] == []


@pytest.mark.usefixtures("large_text")
def test_in_a_narrow_pane_long_subject_names_wrap(qtbot, ctx):
    from minga.ui.practices.form import PracticeForm

    window = QWidget()
    window.resize(420, 700)
    qtbot.addWidget(window)
    form = PracticeForm(ctx, window)
    form.setGeometry(0, 0, 420, 700)
    window.show()
    qtbot.waitExposed(window)

    scroll = form.scroll
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    assert scroll.horizontalScrollBar().maximum() == 0
    assert _overflow(form) == []
    # The longest subject name is on two lines, not cut off.
    history = form.subjects.boxes["HI"]
    assert "\n" in history.text()
    assert history.width() >= history.sizeHint().width()
    assert history.accessibleName() == "History, Geography and Social Sciences"
