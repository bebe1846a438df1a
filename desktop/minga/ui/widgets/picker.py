"""Choosing a practice: a search box and its results."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.services.practices import PracticeQuery, PracticeRow
from minga.ui.context import UiContext
from minga.ui.tasks import PAGE_FETCH
from minga.ui.widgets.table import Column, RowsModel, fit_table_height, setup_table

# --- picking a practice -------------------------------------------------------------------


class PracticePicker(QWidget):
    """Search for a practice (full text, accents optional) and choose one with Enter or a
    double click. The row that looks selected is `current()`; `highlighted` says when it
    changes (a form that adds "the selected practice" follows it, so what is selected is
    what gets added)."""

    chosen = Signal(object)
    """The `PracticeRow` chosen."""
    highlighted = Signal(object)
    """The `PracticeRow` now selected in the results, or None when there is none."""

    SEARCH_DELAY_MS = 200
    LIMIT = 40

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._exclude: set[str] = set()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("practiceSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search a practice"))
        self.search_edit.setPlaceholderText(self.tr("Words of the title or description"))
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Practice"), lambda r: r.title),
                Column(lambda: self.tr("Author"), lambda r: r.author_name),
            ],
            self,
        )
        self.results = QTableView(self)
        setup_table(self.results, "practiceResults", self.tr("Practices found"))
        self.results.setModel(self.model)
        self.results.selectionModel().currentRowChanged.connect(
            lambda *_a: self.highlighted.emit(self.current())
        )
        self.model.modelReset.connect(lambda: self.highlighted.emit(self.current()))
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        fit_table_height(self.results, 5, least=5, most=5)
        self.results.doubleClicked.connect(lambda index: self._choose(index.row()))
        self.results.activated.connect(lambda index: self._choose(index.row()))
        self.search_edit.returnPressed.connect(self._enter)
        self.search_edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        self.empty_label = QLabel(self.tr("No results."), self)
        self.empty_label.setObjectName("pickerNoResults")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setVisible(False)
        layout.addWidget(self.empty_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self._searched = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._searched:  # a first list to choose from, before any typing
            self.search()

    def exclude(self, practice_ids: Iterable[str]) -> None:
        """Practices not to offer (already on the programme, already linked)."""
        self._exclude = set(practice_ids)

    def search(self) -> None:
        self._searched = True
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.search_edit.text().strip()
        service = self.ctx.practices
        limit = self.LIMIT + len(self._exclude)

        def work(_progress: object) -> list[PracticeRow]:
            return service.page(PracticeQuery(text=text, sort="title", descending=False), 0, limit)

        def done(rows: list[PracticeRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            shown = [r for r in rows if r.id not in self._exclude][: self.LIMIT]
            # A practice she clicked while the search ran stays hers if it is still there.
            before = self.current()
            self.model.set_rows(shown)
            self.empty_label.setVisible(not shown)
            if shown:
                kept = [i for i, r in enumerate(shown) if before is not None and r.id == before.id]
                self.results.selectRow(kept[0] if kept else 0)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(work, on_done=done, on_error=failed, priority=PAGE_FETCH)

    def current(self) -> PracticeRow | None:
        index = self.results.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _enter(self) -> None:
        if self._timer.isActive():
            self.search()
        index = self.results.currentIndex()
        self._choose(index.row() if index.isValid() else 0)

    def _choose(self, row: int) -> None:
        found = self.model.row(row)
        if found is not None:
            self.chosen.emit(found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move through the results.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                current = self.results.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.model.rowCount() - 1, current + step))
                self.results.selectRow(row)
                return True
        return super().eventFilter(watched, event)
