"""The practice list as a lazy Qt table model over `PracticeService.count/page`.

Design choice: a known row count plus a small LRU cache of pages filled on demand, not
`canFetchMore`/`fetchMore`.

* One `count()` gives the view its real size at once, so the scroll bar is right from
  the start and a teacher can drag it to the end of 100,000 practices without first
  loading the 99,800 before (fetchMore grows the list a page at a time, and a jump to
  the end would have to load everything).
* Memory stays bounded whatever the position: at most `cache_pages` pages of
  `page_size` rows are kept (least recently used ones are dropped).
* Opening costs one COUNT and the first page (two queries, indexed in the default order).

Pages are asked for when `data()` needs a row that is not cached. With an asynchronous
`TaskRunner` (the application's) the query runs on a pool thread: deep OFFSETs and sorts
without an index (title, author) take hundreds of milliseconds on 100,000 rows, and the
GUI must not freeze for that long. Meanwhile the rows show a placeholder, and
`dataChanged` fills them in when the page arrives; the neighbouring page is fetched
ahead when the view gets near a page's edge, so ordinary scrolling rarely sees one.
New queries (search, filters, sort) run in the background too, in two steps: the first
page replaces the old rows (one model reset, so a search shows results as soon as one
page is read), then the COUNT, which can take longer on a broad search, adds the
remaining rows (`rowsInserted`). Results of superseded queries are dropped.

Without a runner, or with a synchronous one (tests, scripts), everything happens inline
and `data()` fills the cache before it returns.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from shiboken6 import isValid

from minga import display
from minga.domain.vocab import LEVEL_LABELS, LEVEL_SHORT, STATUS_LABELS, SUBJECTS
from minga.services.practices import PracticeQuery, PracticeRow, PracticeService
from minga.ui.tasks import PAGE_FETCH, TaskRunner
from minga.ui.widgets.text import local_date, plain_tooltip, vocab

__all__ = ["COLUMNS", "SORT_KEYS", "PracticeTableModel", "local_date", "plain_tooltip"]

log = logging.getLogger(__name__)

# Column numbers.
TITLE, AUTHOR, SCHOOL, LEVELS, SUBJECTS_COLUMN, STATUS, UPDATED = range(7)
COLUMNS = (TITLE, AUTHOR, SCHOOL, LEVELS, SUBJECTS_COLUMN, STATUS, UPDATED)

#: Sortable columns and their `PracticeQuery.sort` key (levels and subjects are lists).
SORT_KEYS: dict[int, str] = {
    TITLE: "title",
    AUTHOR: "author",
    SCHOOL: "school",
    STATUS: "status",
    UPDATED: "updated",
}

PLACEHOLDER = "…"

AnyIndex = QModelIndex | QPersistentModelIndex


# Stored lists may hold anything (minga.display): an item that is not a code shows as `?`.
def level_short(levels: list[str]) -> str:
    return display.codes(levels, LEVEL_SHORT, "practice table")


def level_long(levels: list[str]) -> str:
    return display.codes(levels, LEVEL_LABELS, "practice table", vocab)


def subject_names(subjects: list[str]) -> str:
    return display.codes(subjects, SUBJECTS, "practice table", vocab)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ID_ROLE = int(Qt.ItemDataRole.UserRole.value)
_ROW_ROLE = _ID_ROLE + 1
# The roles this model answers. A view asks a dozen roles of every visible cell at each
# paint; the others are turned away before any other work (`data`).
_ROLES = frozenset({_DISPLAY, _TOOLTIP, int(Qt.ItemDataRole.AccessibleTextRole.value),
                    _ID_ROLE, _ROW_ROLE})  # fmt: skip
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class PracticeTableModel(QAbstractTableModel):
    """Practices matching a `PracticeQuery`, fetched page by page as the view scrolls."""

    IdRole = Qt.ItemDataRole.UserRole
    """The practice's id (str), or None while its row is still loading."""
    RowRole = Qt.ItemDataRole.UserRole + 1
    """The whole `PracticeRow`, or None while loading."""

    loaded = Signal()
    """A query (new, re-sorted or refreshed) has been applied: rows and count are new."""
    loading_changed = Signal(bool)
    """True while a query is still running in the background (rows or count to come)."""
    counted = Signal(int)
    """The number of rows is final for the current query (`rowCount()` is exact)."""
    failed = Signal(object)
    """A background query raised this exception (the page shows it through the bridge)."""

    def __init__(
        self,
        service: PracticeService,
        query: PracticeQuery | None = None,
        parent: QObject | None = None,
        *,
        runner: TaskRunner | None = None,
        page_size: int = 200,
        cache_pages: int = 8,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._page_size = max(1, page_size)
        self._cache_pages = max(2, cache_pages)
        self._query = query or PracticeQuery()
        # The query and generation of the rows on screen: until a new query's first
        # page arrives, pages are still read for the old one.
        self._shown_query = self._query
        self._shown_generation = 0
        self._count = 0
        self._pages: OrderedDict[int, list[PracticeRow]] = OrderedDict()
        self._pending_pages: set[int] = set()
        # Cell texts already made ((row, column) -> text), so that repainting is cheap;
        # emptied whenever the cached pages change.
        self._texts: dict[tuple[int, int], str] = {}
        # Bumped by every new query: results of older ones are dropped on arrival.
        self._generation = 0
        self._loading = False
        #: How many times the model asked the service for a page / a count (for tests
        #: and benchmarks: the model must not load everything up front).
        self.page_requests = 0
        self.count_requests = 0
        self.set_query(self._query)

    # --- public API --------------------------------------------------------------------

    @property
    def query(self) -> PracticeQuery:
        """The query whose rows are shown (or about to be, while loading)."""
        return self._query

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_query(self, query: PracticeQuery) -> None:
        """Shows the practices matching `query` (always re-reads them)."""
        self._query = query
        self._generation += 1
        generation = self._generation
        if not self._asynchronous:
            self.count_requests += 1
            count = self._service.count(query)
            first: list[PracticeRow] = []
            if count:
                self.page_requests += 1
                first = self._service.page(query, 0, self._page_size)
            self._apply(generation, count, first)
            return
        self._set_loading(True)
        service, size = self._service, self._page_size
        self.page_requests += 1
        # The first page comes before the count: it is what the person is waiting to
        # see, and it is quick (a COUNT of a broad search takes longer than a page).
        self._runner.run(  # type: ignore[union-attr]
            lambda _progress: service.page(query, 0, size),
            on_done=lambda rows: self._first_page_done(generation, query, rows),
            on_error=lambda exc: self._query_failed(generation, exc),
            priority=PAGE_FETCH,
        )

    def refresh(self) -> None:
        """Reads the current query again (after a save, a delete, an import)."""
        self.set_query(self._query)

    def practice_id(self, row: int) -> str | None:
        """The id of the practice on `row`, or None if that row is not loaded."""
        found = self.row_info(row)
        return found.id if found else None

    def row_info(self, row: int) -> PracticeRow | None:
        """The list row on `row` if it is in the cache (never fetches)."""
        if not 0 <= row < self._count:
            return None
        page = self._pages.get(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if page is not None and offset < len(page) else None

    def row_of(self, practice_id: str) -> int | None:
        """The row of `practice_id` among the loaded rows, or None."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == practice_id:
                    return number * self._page_size + offset
        return None

    def loaded_row_count(self) -> int:
        """How many rows are in memory now (at most `page_size * cache_pages`)."""
        return sum(len(page) for page in self._pages.values())

    def sort_column(self) -> int:
        """The column the current query sorts by."""
        for column, key in SORT_KEYS.items():
            if key == self._query.sort:
                return column
        return UPDATED

    def sort_order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
        )

    @staticmethod
    def is_sortable(column: int) -> bool:
        return column in SORT_KEYS

    # --- QAbstractItemModel --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_names()[section]
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_sortable(section):
            return self.tr("This column cannot be sorted.")
        return None

    def _header_names(self) -> tuple[str, ...]:
        return (
            self.tr("Title"),
            self.tr("Author"),
            self.tr("School"),
            self.tr("Levels"),
            self.tr("Subjects"),
            self.tr("Status"),
            self.tr("Updated"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ROLES or not index.isValid() or index.model() is not self:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self._count or not 0 <= column < len(COLUMNS):
            return None
        if role != _TOOLTIP and role < _ID_ROLE:  # display and accessible text
            text = self._texts.get((row, column))
            if text is not None:
                self._row(row)  # keeps the page fresh and prefetches its neighbour
                return text
        item = self._row(row)
        if item is None:
            if role == _DISPLAY and column == TITLE:
                return PLACEHOLDER
            return None
        if role == _ID_ROLE:
            return item.id
        if role == _ROW_ROLE:
            return item
        # A cell that cannot be shown is the placeholder, never an exception in Qt's paint.
        if role == _TOOLTIP:
            return display.guarded("practice table", lambda: self._tooltip(item, column), "")
        text = self._texts[(row, column)] = display.guarded(
            "practice table", lambda: self._display(item, column)
        )
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-reads the list in another order; columns without a sort key are ignored."""
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    # --- cells -------------------------------------------------------------------------

    @staticmethod
    def _display(item: PracticeRow, column: int) -> str:
        if column == TITLE:
            return item.title
        if column == AUTHOR:
            return item.author_name
        if column == SCHOOL:
            return item.school_name
        if column == LEVELS:
            return level_short(item.levels)
        if column == SUBJECTS_COLUMN:
            return subject_names(item.subjects)
        if column == STATUS:
            return display.label(item.status, STATUS_LABELS, "practice table", vocab)
        return local_date(item.updated_at)

    def _tooltip(self, item: PracticeRow, column: int) -> str:
        if column == LEVELS:
            return level_long(item.levels)
        if column in (TITLE, AUTHOR, SCHOOL):
            return plain_tooltip(self._display(item, column))
        if column == UPDATED:
            local = item.updated_at.astimezone()
            return QLocale().toString(
                QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
            ) + local.strftime(" %H:%M")
        return self._display(item, column)

    # --- the page cache ------------------------------------------------------------------

    @property
    def _asynchronous(self) -> bool:
        return self._runner is not None and not self._runner.synchronous

    def _row(self, row: int) -> PracticeRow | None:
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            self._request_page(number)
            page = self._pages.get(number)  # filled at once when synchronous
            if page is None:
                return None
        else:
            self._pages.move_to_end(number)
        if self._asynchronous:
            # Near the edge of a page: fetch the neighbour before the view needs it.
            margin = self._page_size // 4
            if offset >= self._page_size - margin:
                self._prefetch(number + 1)
            elif offset < margin and number > 0:
                self._prefetch(number - 1)
        return page[offset] if offset < len(page) else None

    def _prefetch(self, number: int) -> None:
        if number * self._page_size < self._count and number not in self._pages:
            self._request_page(number)

    def _request_page(self, number: int) -> None:
        if number in self._pending_pages:
            return
        query, generation = self._shown_query, self._shown_generation
        offset, size = number * self._page_size, self._page_size
        self.page_requests += 1
        if not self._asynchronous:
            self._store_page(number, self._service.page(query, offset, size))
            return
        self._pending_pages.add(number)
        service = self._service
        self._runner.run(  # type: ignore[union-attr]
            lambda _progress: service.page(query, offset, size),
            on_done=lambda rows: self._page_done(generation, number, rows),
            on_error=lambda exc: self._query_failed(generation, exc),
            priority=PAGE_FETCH,
        )

    def _store_page(self, number: int, rows: list[PracticeRow]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self._cache_pages:
            self._pages.popitem(last=False)
        self._texts.clear()

    # --- background results ------------------------------------------------------------

    def _alive(self, generation: int) -> bool:
        # The page may have been closed (C++ side deleted) while a query was running.
        return isValid(self) and generation == self._generation

    def _alive_page(self, generation: int) -> bool:
        return isValid(self) and generation == self._shown_generation

    def _first_page_done(
        self, generation: int, query: PracticeQuery, rows: list[PracticeRow]
    ) -> None:
        if not self._alive(generation):
            return
        complete = len(rows) < self._page_size  # then the page is the whole answer
        self._apply(generation, len(rows), rows, counted=complete)
        if complete:
            return
        service = self._service
        self.count_requests += 1
        self._runner.run(  # type: ignore[union-attr]
            lambda _progress: service.count(query),
            on_done=lambda count: self._count_done(generation, count),
            on_error=lambda exc: self._query_failed(generation, exc),
            priority=PAGE_FETCH,
        )

    def _count_done(self, generation: int, count: int) -> None:
        if not self._alive(generation):
            return
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # rows went away between the two queries
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self._pages.clear()
            self._texts.clear()
            self.endRemoveRows()
        self._set_loading(False)
        self.counted.emit(self._count)

    def _apply(
        self, generation: int, count: int, first: list[PracticeRow], *, counted: bool = True
    ) -> None:
        self.beginResetModel()
        self._shown_query = self._query
        self._shown_generation = generation
        self._count = count
        self._pages.clear()
        self._texts.clear()
        self._pending_pages.clear()
        if first:
            self._pages[0] = first
        self.endResetModel()
        self._set_loading(not counted)
        self.loaded.emit()
        if counted:
            self.counted.emit(count)

    def _page_done(self, generation: int, number: int, rows: list[PracticeRow]) -> None:
        if not self._alive_page(generation):
            return
        self._pending_pages.discard(number)
        self._store_page(number, rows)
        first = number * self._page_size
        last = min(first + self._page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1), [])

    def _query_failed(self, generation: int, exc: BaseException) -> None:
        if not self._alive(generation):
            log.debug("a superseded practice query failed: %r", exc)
            return
        self._pending_pages.clear()
        self._set_loading(False)
        self.failed.emit(exc)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
