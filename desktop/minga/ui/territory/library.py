"""Territorio's library: the practices the territory's networks shared, searched as one
types (every word, as a prefix; accents and capitals ignored, on SQLite and PostgreSQL),
a year to narrow to, and the chosen practice whole beside the list (below it when the
text is large)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga import display
from minga.domain.vocab import LEVEL_LABELS, LEVEL_SHORT, SUBJECTS
from minga.services.territory import (
    PracticeSearch,
    TerritoryPracticeDetail,
    TerritoryService,
)
from minga.ui.context import UiContext
from minga.ui.tasks import PAGE_FETCH, Progress, TaskCancelled
from minga.ui.widgets.chips import FlowLayout
from minga.ui.widgets.table import Column, RowsModel, setup_table
from minga.ui.widgets.text import day_text, vocab

__all__ = ["LibraryPanel"]

#: Typing pauses this long before the search runs (milliseconds).
SEARCH_DELAY_MS = 250
#: Rows fetched per search (the count says how many match in all).
PAGE = 500


def _subjects(codes: list[str]) -> str:
    return display.codes(codes, SUBJECTS, "territory library", vocab)


def _levels(codes: list[str]) -> str:
    return display.codes(codes, LEVEL_SHORT, "territory library")


class LibraryPanel(QWidget):
    """The territory's practice library: search box, results, detail."""

    def __init__(self, ctx: UiContext, service: TerritoryService, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("territoryLibrary")
        self.ctx = ctx
        self.service = service
        self._generation = 0
        self.result: PracticeSearch | None = None
        self.detail: TerritoryPracticeDetail | None = None

        self.search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("territorySearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.year_label = QLabel(self)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("territoryLibraryYear")
        self.year_label.setBuddy(self.year_combo)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("territoryLibraryCount")
        self.count_label.setWordWrap(True)
        bar = FlowLayout()
        for widget in (self.search_label, self.search_edit, self.year_label, self.year_combo):
            bar.addWidget(widget)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Practice"), lambda r: r.title),
                Column(lambda: self.tr("Network"), lambda r: r.network),
                Column(lambda: self.tr("School"), lambda r: r.school),
                Column(lambda: self.tr("Subjects"), lambda r: _subjects(r.subjects)),
                Column(lambda: self.tr("Levels"), lambda r: _levels(r.levels)),
                Column(lambda: self.tr("Year"), lambda r: str(r.year)),
            ],
            self,
        )
        self.table.setModel(self.model)
        setup_table(self.table, "territoryPractices", "")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.text = QTextBrowser(self.splitter)
        self.text.setObjectName("territoryPracticeDetail")
        self.text.setOpenLinks(False)
        self.text.setMinimumSize(QSize(120, 80))
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.search)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.search())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._open_row(current.row())
        )
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.retranslate()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Search the &territory's practices"))
        self.search_edit.setPlaceholderText(self.tr("words of the title, description or OA"))
        self._fit_search()
        self.year_label.setText(self.tr("Y&ear"))
        if self.year_combo.count():
            self.year_combo.setItemText(0, self.tr("Every year"))
        self.table.setAccessibleName(self.tr("The territory's practices"))
        self.text.setAccessibleName(self.tr("The chosen practice"))
        self.model.retranslate()
        if self.detail is None:
            self.text.setPlainText(self.tr("Choose a practice to read it whole."))

    def _fit_search(self) -> None:
        """The search box as wide as its placeholder (with the clear button's room)."""
        metrics = self.search_edit.fontMetrics()
        text = self.search_edit.placeholderText()
        self.search_edit.setMinimumWidth(
            max(metrics.horizontalAdvance(text), metrics.horizontalAdvance("M") * 18)
            + metrics.height() * 3
        )

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_search()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # Large text on a laptop: the practice goes under the list, not beside it.
        narrow = self.width() < self.fontMetrics().horizontalAdvance("M") * 70
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            # The list keeps the larger share; the practice reads below it.
            total = sum(self.splitter.sizes()) or 300
            self.splitter.setSizes([total * 2 // 3, total - total * 2 // 3])

    # --- searching --------------------------------------------------------------------------

    def set_years(self, years: list[int]) -> None:
        """The years offered (after the page read them); keeps the one chosen."""
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("Every year"), None)
        for year in years:
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(chosen) if chosen is not None else 0
        self.year_combo.setCurrentIndex(max(0, index))
        self.year_combo.blockSignals(False)
        self.search()

    def search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.search_edit.text()
        year = self.year_combo.currentData()
        service = self.service

        def work(_progress: Progress) -> PracticeSearch:
            return service.search(text, PAGE, 0, year=year)

        def done(result: PracticeSearch) -> None:
            if isValid(self) and generation == self._generation:
                self._show(result)

        self.ctx.runner.run(work, on_done=done, on_error=self._failed, priority=PAGE_FETCH)

    def _failed(self, exc: BaseException) -> None:
        if isValid(self) and not isinstance(exc, TaskCancelled):
            self.ctx.bridge.show_exception(exc)

    def _show(self, result: PracticeSearch) -> None:
        self.result = result
        self.model.set_rows(result.rows)
        shown = len(result.rows)
        if result.total == 0:
            text = self.tr("No practice matches.") if self.search_edit.text().strip() else ""
            if not text:
                text = self.tr(
                    "The library is empty: it fills as the advisors' territory reports "
                    "are imported."
                )
        elif shown < result.total:
            text = self.tr("%Ln practice(s) match; the first {shown} are listed.", "", result.total)
            text = text.format(shown=shown)
        else:
            text = self.tr("%n practice(s).", "", result.total)
        self.count_label.setText(text)
        self.table.resizeColumnsToContents()
        limit = self.fontMetrics().horizontalAdvance("M") * 24
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > limit:
                self.table.setColumnWidth(column, limit)

    # --- the detail -------------------------------------------------------------------------

    def _open_row(self, row: int) -> None:
        practice_id = self.model.row_id(row)
        if practice_id is None:
            return
        service = self.service

        def done(detail: TerritoryPracticeDetail) -> None:
            if isValid(self):
                self.show_detail(detail)

        self.ctx.runner.run(
            lambda _p: service.practice(practice_id),
            on_done=done,
            on_error=self._failed,
            priority=PAGE_FETCH,
        )

    def show_detail(self, detail: TerritoryPracticeDetail) -> None:
        self.detail = detail
        e = html.escape

        def block(label: str, text: str) -> str:
            if not text.strip():
                return ""
            body = "<br/>".join(e(line) for line in text.strip().splitlines())
            return f"<h4>{e(label)}</h4><p>{body}</p>"

        where = ", ".join(x for x in (detail.network, detail.commune) if x)
        facts = [
            (self.tr("Network"), where),
            (self.tr("School"), detail.school),
            (self.tr("Advisor"), detail.advisor_name),
            (self.tr("Subjects"), _subjects(detail.subjects)),
            (
                self.tr("Levels"),
                display.codes(detail.levels, LEVEL_LABELS, "territory library", vocab),
            ),
            (self.tr("OA"), ", ".join(detail.oa_codes)),
            (self.tr("Presented"), day_text(detail.presented_on)),
        ]
        rows = "".join(
            f"<tr><td><b>{e(label)}</b>&nbsp;&nbsp;</td><td>{e(value)}</td></tr>"
            for label, value in facts
            if value
        )
        self.text.setHtml(
            f"<h3>{e(detail.title)}</h3><table>{rows}</table>"
            + block(self.tr("Description"), detail.description)
            + block(self.tr("Multigrade strategy"), detail.multigrade_strategy)
        )
