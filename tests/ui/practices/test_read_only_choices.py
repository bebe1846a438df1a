"""A colleague's practice, read: its subjects and levels show as chosen (not a dash as
if she had chosen none), and a second one shows its own, not the first one's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from minga.ui.context import UiContext
from minga.ui.practices import PracticesPage
from minga.ui.practices.model import TITLE

from .conftest import add_colleague, bulk_practices


def _click_title(qtbot, page: PracticesPage, title: str) -> None:
    model = page.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, TITLE).data() == title)
    rect = page.table.visualRect(model.index(row, TITLE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _shown(group) -> set[str]:
    return {code for code, box in group.boxes.items() if box.isVisible()}


def test_a_colleagues_practice_shows_its_subjects_and_levels(
    qtbot, page: PracticesPage, ctx: UiContext
) -> None:
    colleague = add_colleague(ctx.workspace)
    # The first (i = 0) is MA for 1B and 2B, the second (i = 1) LE for 3B.
    bulk_practices(ctx.workspace, colleague, 2, title="Huerta {i}")
    page.refresh()
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 2)

    _click_title(qtbot, page, "Huerta 0")
    form = page.form
    qtbot.waitUntil(form.isVisible)
    assert form.is_read_only
    assert _shown(form.subjects) == {"MA"}
    assert _shown(form.levels) == {"1B", "2B"}
    assert not form.levels._none.isVisible()

    _click_title(qtbot, page, "Huerta 1")
    assert _shown(form.subjects) == {"LE"}
    assert _shown(form.levels) == {"3B"}
