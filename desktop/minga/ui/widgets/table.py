"""Read-only tables: one model whose columns are specs (`Column`), one table setup,
heights that fit the rows, and columns that give way on a narrow window."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)
from shiboken6 import isValid

from minga.ui.safe import safe_data
from minga.ui.widgets.text import plain_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex


def fit_table_height(table: QTableView, rows: int, *, least: int = 2, most: int = 8) -> None:
    """A table exactly tall enough for `rows` rows (between `least` and `most`)."""
    shown = max(least, min(rows, most))
    row = table.verticalHeader().defaultSectionSize()
    vertical = table.verticalHeader()
    model = table.model()
    if (
        model is not None
        and vertical.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
        and model.rowCount()
    ):
        # Rows as tall as their wrapped text: add the real heights of the rows shown.
        count = min(model.rowCount(), shown)
        heights = [table.sizeHintForRow(r) for r in range(count)]
        extra = max(0, shown - count) * row
        horizontal = table.horizontalHeader()
        header = (
            max(horizontal.sizeHint().height(), horizontal.height())
            if not horizontal.isHidden()
            else 0
        )
        table.setFixedHeight(sum(heights) + extra + header + 2 * table.frameWidth() + 4)
        return
    horizontal = table.horizontalHeader()
    header = (
        max(horizontal.sizeHint().height(), horizontal.height()) if not horizontal.isHidden() else 0
    )
    table.setFixedHeight(shown * row + header + 2 * table.frameWidth() + 4)


def setup_table(table: QTableView, name: str, accessible: str, *, compact: bool = False) -> None:
    """A list-like table: whole rows selected, Tab leaves it (arrows move inside), no
    grid, long texts elided. `compact`: read-only, low rows and a last column that takes
    the rest, for the dense Sincronizar panels (a laptop's 768 pixels of height are shared
    by the whole page)."""
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(compact)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if compact:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    else:
        line = table.fontMetrics().lineSpacing()
        table.verticalHeader().setDefaultSectionSize(int(line * 1.6))


# --- a read-only list model ---------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of a `RowsModel`: its (translated) title and how a row shows in it.

    `tooltip` defaults to the text (a long title is elided in its cell); it is escaped
    (`plain_tooltip`), and an empty one shows none. `font` may set a row's font in this
    column (a total in bold, a key fingerprint in a fixed font)."""

    title: Callable[[], str]
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str | None] | None = None
    font: Callable[[Any], QFont | None] | None = None


class RowsModel(QAbstractTableModel):
    """Result objects of a service (small lists: sessions, adoptions, notes, cycles) as a
    read-only table. Rows reach the view in batches through `canFetchMore`/`fetchMore`,
    so a long list costs only what is scrolled to."""

    IdRole = Qt.ItemDataRole.UserRole
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        id_of: Callable[[Any], str] = lambda row: row.id,
        batch: int = 200,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._shown = 0
        self._id_of = id_of
        self._batch = max(1, batch)
        self._fetching = False

    # --- content -------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(len(self._rows), self._batch)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, number: int) -> Any | None:
        return self._rows[number] if 0 <= number < self._shown else None

    def row_id(self, number: int) -> str | None:
        row = self.row(number)
        return self._id_of(row) if row is not None else None

    def row_of(self, record_id: str | None) -> int | None:
        """The row number of `record_id` (fetching it into view if needed)."""
        if record_id is None:
            return None
        for number, row in enumerate(self._rows):
            if self._id_of(row) == record_id:
                while number >= self._shown and self.canFetchMore(QModelIndex()):
                    self.fetchMore(QModelIndex())
                return number
        return None

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._shown and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._shown - 1, len(self._columns) - 1)
            )

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._fetching and self._shown < len(self._rows)

    def fetchMore(self, parent: AnyIndex) -> None:
        # Views (and the model tester) may ask again from inside the insertion's own
        # signals: one batch at a time.
        if parent.isValid() or self._fetching:
            return
        more = min(self._batch, len(self._rows) - self._shown)
        if more <= 0:
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()
        finally:
            self._fetching = False

    @safe_data
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.tooltip(row) if column.tooltip else column.text(row)
            return plain_tooltip(text) if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.FontRole:
            return column.font(row) if column.font else None
        if role == self.IdRole:
            return self._id_of(row)
        if role == self.RowRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


# --- columns that give way ----------------------------------------------------------------


class ColumnFitter(QObject):
    """Sizes a list's columns to their content, stretches one, and hides optional columns
    (least useful first) when the table is too narrow for them all."""

    def __init__(
        self,
        table: QTableView,
        stretch: int,
        optional: Sequence[int] = (),
        *,
        stretch_chars: int = 18,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.optional = list(optional)
        self.stretch_chars = stretch_chars
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        # The content's widths, measured again only when the rows or the font change (a
        # resize reuses them: measuring reads every row of every column).
        self._content: dict[int, int] | None = None
        model = table.model()
        if model is not None:
            model.modelReset.connect(self.refit)
            model.rowsInserted.connect(lambda *_a: self.refit())
            model.dataChanged.connect(lambda *_a: self._forget())
            model.layoutChanged.connect(lambda *_a: self._forget())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and isValid(self.table):
            kind = event.type()
            if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
                self._forget()
                QTimer.singleShot(0, self, self.fit)  # once the new font reached the rows
            elif kind == QEvent.Type.Resize:
                self.fit()
        return False

    def _forget(self) -> None:
        self._content = None

    def refit(self) -> None:
        """Measures the content again and fits (new rows)."""
        self._forget()
        self.fit()

    def fit(self) -> None:
        table = self.table
        model = table.model()
        if model is None or not isValid(table):
            return
        header = table.horizontalHeader()
        pad = table.fontMetrics().horizontalAdvance("MM")
        columns = [c for c in range(model.columnCount()) if c != self.stretch]
        if self._content is None or set(self._content) != set(columns):
            rows = model.rowCount()
            self._content = {c: table.sizeHintForColumn(c) if rows else 0 for c in columns}
        widths = {}
        for column in columns:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            title_width = header.fontMetrics().horizontalAdvance(title) + pad
            widths[column] = max(self._content[column], title_width)
        available = table.viewport().width()
        wanted = table.fontMetrics().averageCharWidth() * self.stretch_chars
        hidden: set[int] = set()
        for column in self.optional:
            shown = sum(w for c, w in widths.items() if c not in hidden)
            if available - shown >= wanted:
                break
            hidden.add(column)
        for column, width in widths.items():
            table.setColumnHidden(column, column in hidden)
            if column not in hidden:
                header.resizeSection(column, width)
