"""Change broadcasts: after an import, only the pages showing a changed kind read again."""

from __future__ import annotations

import pytest

from minga.ui.changes import Changes, EditingPage, Page
from minga.ui.main_window import MainWindow
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def test_changes_touch_the_pages_showing_their_kinds():
    notes = Changes.of({"observation_note"})
    assert notes.touches(frozenset({"observation_note", "person"}))
    assert not notes.touches(frozenset({"practice"}))
    assert notes.touches(None)  # a page showing everything
    assert not Changes.of(()).touches(None)  # nothing changed
    assert Changes.everything().touches(frozenset())
    # A kind no page knows (newer than this window): everyone reads again.
    assert Changes.of({"kind_from_the_future"}).touches(frozenset({"practice"}))
    assert (notes | Changes.of({"practice"})).kinds == {"observation_note", "practice"}
    assert (notes | Changes.everything()).kinds is None


def test_the_window_refreshes_only_the_pages_showing_what_changed(qtbot, advisor_ctx):
    window = MainWindow(advisor_ctx)
    qtbot.addWidget(window)
    areas = ["home", "practices", "sessions", "observation", "improvement"]
    pages = {area: window.page(area) for area in areas}
    assert all(isinstance(page, Page) for page in pages.values())
    assert isinstance(pages["sessions"], EditingPage)
    refreshed: list[str] = []
    for area, page in pages.items():
        original = page.refresh
        page.refresh = lambda *a, _area=area, _original=original, **k: (  # type: ignore[method-assign]
            refreshed.append(_area),
            _original(*a, **k),
        )

    window.reload_pages(Changes.of({"observation_note"}))
    assert sorted(refreshed) == ["home", "observation"]

    refreshed.clear()
    window.reload_pages(Changes.of({"practice"}))
    assert sorted(refreshed) == sorted(areas)

    refreshed.clear()
    window.reload_pages(Changes.of({"improvement_cycle", "session"}))
    assert sorted(refreshed) == ["home", "improvement", "sessions"]

    refreshed.clear()
    window.reload_pages()  # no kinds said: everything
    assert sorted(refreshed) == sorted(areas)
    window.close()
