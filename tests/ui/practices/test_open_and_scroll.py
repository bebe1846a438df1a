"""Prácticas: one click on a row opens the practice (as in every list of the window), and
the form opens scrolled to its top, its heading in view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from minga.services.practices import PracticeInput
from minga.ui.context import UiContext
from minga.ui.practices import PracticesPage
from minga.ui.practices.model import TITLE


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_one_click_opens_the_practice_at_the_top_of_the_form(
    qtbot, page: PracticesPage, ctx: UiContext
) -> None:
    long_text = "\n".join(f"Paso {n}: observar las habas." for n in range(60))
    first = ctx.practices.create(
        PracticeInput(title="Huerto escolar", levels=["3B"], description=long_text)
    )
    second = ctx.practices.create(PracticeInput(title="Lectura compartida", levels=["1B"]))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    rows = {page.model.index(r, TITLE).data(): r for r in range(2)}

    _click_row(qtbot, page.table, rows["Huerto escolar"])
    form = page.form
    assert form.practice_id == first.id
    bar = form.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # she read down to the end

    _click_row(qtbot, page.table, rows["Lectura compartida"])
    assert form.practice_id == second.id
    _click_row(qtbot, page.table, rows["Huerto escolar"])
    assert form.practice_id == first.id
    assert bar.value() == 0
    assert form.heading.visibleRegion().boundingRect().height() == form.heading.height()
    assert form.title_edit.hasFocus()
