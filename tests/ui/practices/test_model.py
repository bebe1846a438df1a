"""The lazy practice model: Qt's model checks, paging on demand, order, search, filters."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from minga.services.practices import PracticeInput, PracticeQuery, PracticeService
from minga.ui.context import UiContext
from minga.ui.practices.model import (
    AUTHOR,
    LEVELS,
    PLACEHOLDER,
    STATUS,
    SUBJECTS_COLUMN,
    TITLE,
    UPDATED,
    PracticeTableModel,
)
from minga.ui.tasks import TaskRunner
from minga.ui.widgets.text import plain_tooltip

from .conftest import CountingService, add_colleague, bulk_practices


def titles(model: PracticeTableModel) -> list[str]:
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


def test_an_empty_model_passes_the_model_checks(qtmodeltester, ctx: UiContext) -> None:
    model = PracticeTableModel(ctx.practices)

    assert model.rowCount() == 0
    assert model.columnCount() == 7
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def test_a_filled_model_passes_the_model_checks(qtmodeltester, ctx: UiContext) -> None:
    bulk_practices(ctx.workspace, ctx.actor.person_id, 500)
    model = PracticeTableModel(ctx.practices)

    assert model.rowCount() == 500
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    # Later changes are checked too (the C++ tester stays attached to the model).
    model.set_query(PracticeQuery(text="00042"))
    assert model.rowCount() == 1
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    model.set_query(PracticeQuery())
    assert model.rowCount() == 500


def test_rows_are_fetched_a_page_at_a_time_as_the_view_asks(ctx: UiContext) -> None:
    bulk_practices(ctx.workspace, ctx.actor.person_id, 5_000)
    service = CountingService(ctx.practices)

    model = PracticeTableModel(service, page_size=200, cache_pages=4)

    # Opening costs one COUNT and the first page; the view asks for the rest.
    assert model.rowCount() == 5_000
    assert service.counts == 1
    assert service.pages == [(0, 200)]
    assert model.loaded_row_count() == 200

    assert model.index(0, TITLE).data() == "Práctica 04999"  # newest first
    assert model.index(199, TITLE).data() == "Práctica 04800"
    assert service.pages == [(0, 200)]  # same page, from the cache

    assert model.index(4_999, TITLE).data() == "Práctica 00000"  # a jump to the end
    assert service.pages == [(0, 200), (4_800, 200)]
    assert model.loaded_row_count() == 400

    for row in range(0, 5_000, 50):  # scrolling through everything
        assert model.index(row, TITLE).data() == f"Práctica {4_999 - row:05d}"
    assert all(limit == 200 for _offset, limit in service.pages)
    assert model.loaded_row_count() <= 4 * 200  # a bounded cache, whatever the position
    assert service.counts == 1


def test_placeholder_rows_then_data_with_a_background_runner(
    qtbot, qtmodeltester, ctx: UiContext
) -> None:
    bulk_practices(ctx.workspace, ctx.actor.person_id, 1_000)
    runner = TaskRunner(max_threads=2)
    try:
        model = PracticeTableModel(ctx.practices, runner=runner, page_size=100)
        qtmodeltester.check(model)
        assert model.is_loading
        assert model.rowCount() == 0
        # First the first page (what the person looks at), then the count.
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            pass
        assert model.rowCount() == 100
        assert model.index(0, TITLE).data() == "Práctica 00999"
        with qtbot.waitSignal(model.counted, timeout=10_000) as counted:
            pass
        assert counted.args == [1_000]
        assert model.rowCount() == 1_000
        assert not model.is_loading

        # Far down, the row shows a placeholder until its page arrives.
        index = model.index(750, TITLE)
        changed: list[tuple[int, int]] = []
        model.dataChanged.connect(
            lambda top, bottom, _roles: changed.append((top.row(), bottom.row()))
        )
        assert index.data() == PLACEHOLDER
        assert model.practice_id(750) is None
        qtbot.waitUntil(lambda: (700, 799) in changed, timeout=10_000)
        assert index.data() == "Práctica 00249"

        # A short answer needs no count: its only page says it all.
        with qtbot.waitSignals([model.loaded, model.counted], timeout=10_000):
            model.set_query(PracticeQuery(text="00042"))
        assert titles(model) == ["Práctica 00042"]
        assert not model.is_loading
    finally:
        runner.wait_for_done(10_000)


def test_sorting_by_title_both_ways(ctx: UiContext) -> None:
    for title in ("Huerto escolar", "cuentos en voz alta", "Sumas con porotos"):
        ctx.practices.create(PracticeInput(title=title))
    model = PracticeTableModel(ctx.practices)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(model) == ["cuentos en voz alta", "Huerto escolar", "Sumas con porotos"]
    assert model.sort_column() == TITLE
    assert model.sort_order() == Qt.SortOrder.AscendingOrder

    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(model) == ["Sumas con porotos", "Huerto escolar", "cuentos en voz alta"]
    assert len(resets) == 2

    # Lists (levels, subjects) cannot be sorted: nothing happens.
    model.sort(LEVELS, Qt.SortOrder.AscendingOrder)
    model.sort(SUBJECTS_COLUMN, Qt.SortOrder.AscendingOrder)
    assert len(resets) == 2
    assert model.query.sort == "title"
    assert not model.is_sortable(LEVELS)
    assert model.headerData(LEVELS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_search_text_narrows_the_rows_without_minding_accents(ctx: UiContext) -> None:
    ctx.practices.create(PracticeInput(title="Práctica de lectura compartida"))
    ctx.practices.create(PracticeInput(title="Huerto escolar", description="Una práctica viva"))
    ctx.practices.create(PracticeInput(title="Sumas con porotos"))
    model = PracticeTableModel(ctx.practices)
    assert model.rowCount() == 3

    model.set_query(PracticeQuery(text="practica"))
    assert sorted(titles(model)) == ["Huerto escolar", "Práctica de lectura compartida"]
    model.set_query(PracticeQuery(text="lectu"))
    assert titles(model) == ["Práctica de lectura compartida"]
    model.set_query(PracticeQuery(text="ninguna"))
    assert model.rowCount() == 0


def test_filters(ctx: UiContext, practices: PracticeService) -> None:
    mine = ctx.practices.create(
        PracticeInput(title="Sumas", subjects=["MA"], levels=["1B", "2B"], status="ready")
    )
    ctx.practices.create(PracticeInput(title="Cuentos", subjects=["LE"], levels=["2B"]))
    colleague = add_colleague(ctx.workspace)
    bulk_practices(
        ctx.workspace, colleague, 1, title="Huerta de Rosa", school_id="elsewhere", levels=["4B"]
    )
    gone = ctx.practices.create(PracticeInput(title="Borrada"))
    ctx.practices.delete(gone.id)
    model = PracticeTableModel(ctx.practices)

    def shown(**query: object) -> list[str]:
        model.set_query(PracticeQuery(**query))  # type: ignore[arg-type]
        return sorted(titles(model))

    assert shown() == ["Cuentos", "Huerta de Rosa", "Sumas"]
    assert shown(subject="MA") == ["Huerta de Rosa", "Sumas"]
    assert shown(level="2B") == ["Cuentos", "Sumas"]
    assert shown(author_id=colleague) == ["Huerta de Rosa"]
    assert shown(school_id=mine.school_id) == ["Cuentos", "Sumas"]
    assert shown(status="ready") == ["Sumas"]
    assert shown(deleted=True) == ["Borrada"]


def test_cells_ids_and_tooltips(ctx: UiContext) -> None:
    title = "Tiendita escolar: sumar y restar con monedas de verdad en 1° y 2° básico"
    detail = ctx.practices.create(
        PracticeInput(title=title, subjects=["MA", "LE"], levels=["2B", "1B", "NT2"])
    )
    model = PracticeTableModel(ctx.practices)

    def cell(column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(0, column).data(role)

    assert cell(TITLE) == title
    # The whole title, escaped.
    assert (
        cell(TITLE, Qt.ItemDataRole.ToolTipRole) == f"<p style='white-space:pre-wrap'>{title}</p>"
    )
    assert cell(TITLE, Qt.ItemDataRole.UserRole) == detail.id
    assert cell(AUTHOR) == "Ana María Huenchumilla"
    assert cell(LEVELS) == "NT2, 1°, 2°"
    assert cell(LEVELS, Qt.ItemDataRole.ToolTipRole) == ("NT2 (kindergarten), 1st grade, 2nd grade")
    assert cell(SUBJECTS_COLUMN) == "Mathematics, Language and Communication"
    assert cell(STATUS) == "Draft"
    local = detail.updated_at.astimezone()
    assert str(local.year) in str(cell(UPDATED))  # four-digit year
    assert model.practice_id(0) == detail.id
    assert model.row_of(detail.id) == 0
    assert model.row_of("missing") is None
    assert model.practice_id(5) is None
    assert model.data(QModelIndex()) is None
    assert model.flags(model.index(0, TITLE)) & Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(model.index(0, TITLE)) & Qt.ItemFlag.ItemIsEditable


def test_tooltips_never_render_what_people_typed_as_markup(ctx: UiContext) -> None:
    ctx.practices.create(PracticeInput(title='<b>Negrita</b> <img src="x.png">'))
    model = PracticeTableModel(ctx.practices)
    tip = model.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == plain_tooltip('<b>Negrita</b> <img src="x.png">')
    assert "&lt;b&gt;Negrita&lt;/b&gt; &lt;img src=&quot;x.png&quot;&gt;" in tip
    assert model.index(0, TITLE).data() == '<b>Negrita</b> <img src="x.png">'


def test_dates_are_local_days(ctx: UiContext) -> None:
    late = dt.datetime(2026, 5, 10, 3, 30, tzinfo=dt.UTC)  # still the 9th in Chile
    bulk_practices(ctx.workspace, ctx.actor.person_id, 1, start=late)
    model = PracticeTableModel(ctx.practices)
    local = late.astimezone()
    assert f"{local.day:02d}" in model.index(0, UPDATED).data()


@pytest.mark.parametrize("page_size", [1, 7])
def test_small_pages_keep_rows_in_order(ctx: UiContext, page_size: int) -> None:
    bulk_practices(ctx.workspace, ctx.actor.person_id, 30)
    model = PracticeTableModel(ctx.practices, page_size=page_size, cache_pages=2)
    assert titles(model) == [f"Práctica {i:05d}" for i in range(29, -1, -1)]


def test_cell_texts_kept_for_repainting_never_outlive_their_rows(
    ctx: UiContext, practices: PracticeService
) -> None:
    """Cell texts are kept between paints; a refresh, a new query or a page that leaves
    the cache must never show a stale one."""
    bulk_practices(ctx.workspace, ctx.actor.person_id, 30)
    model = PracticeTableModel(ctx.practices, page_size=7, cache_pages=2)
    first = model.index(0, TITLE).data()
    assert model.index(0, TITLE).data() == first  # the kept text
    newest = model.practice_id(0)
    practices.update(newest, PracticeInput(title="Huerto de habas renombrado"))
    assert model.index(0, TITLE).data() == first  # not re-read until asked to
    model.refresh()
    assert model.index(0, TITLE).data() == "Huerto de habas renombrado"
    assert model.index(0, TITLE).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Huerto de habas renombrado"
    )
    # Walking to the end and back evicts the first page; its texts go with it.
    assert titles(model)[-1] == "Práctica 00000"
    practices.update(newest, PracticeInput(title="Otra vez renombrado"))
    assert model.index(0, TITLE).data() == "Otra vez renombrado"
    model.set_query(PracticeQuery(text="otra"))
    assert titles(model) == ["Otra vez renombrado"]
