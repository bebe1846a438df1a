"""Territorio (the coordinator's hub): the networks side by side for a school year and the
territory's totals, the library of practices the networks shared, the printed territory
report, and the import of the advisors' territory reports from a folder, now and on a
schedule.

Everything is read through `TerritoryService` on `ctx.runner` (PAGE_FETCH), so a hub on
a distant PostgreSQL server never freezes the window; the printed report and the imports
run there too. Three tabs keep each part whole at 200 % text on a 1366x768 screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.services.territory import (
    NetworkYear,
    TerritoryService,
    TerritoryTotals,
    goal_figures,
)
from minga.services.territory_printing import SHORT_NAMES
from minga.ui.context import UiContext
from minga.ui.settings import PAPER
from minga.ui.tasks import PAGE_FETCH, Progress, TaskCancelled, TaskHandle
from minga.ui.territory.advisors import AdvisorsPanel
from minga.ui.territory.importing import ImportPanel
from minga.ui.territory.library import LibraryPanel
from minga.ui.territory.summary import SummaryPanel, hours_text
from minga.ui.widgets.chips import FlowLayout
from minga.ui.widgets.fields import heading
from minga.ui.widgets.table import Column, RowsModel, setup_table
from minga.ui.widgets.text import percent

__all__ = ["TerritoryPage"]

log = logging.getLogger(__name__)

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
AnyIndex = QModelIndex | QPersistentModelIndex


def _indicator_name(key: str) -> str:
    source = SHORT_NAMES.get(key)
    return QCoreApplication.translate("reports", source) if source else key


def _rate_key(value: Any) -> float:
    rate = getattr(value, "rate", None)
    return -1.0 if rate is None else float(rate)


class SortProxy(QSortFilterProxyModel):
    """Sorts a `RowsModel` by each column's own key (numbers as numbers, not text)."""

    def __init__(self, keys: list[Callable[[Any], Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self.keys = keys

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        source = self.sourceModel()
        a = source.data(left, RowsModel.RowRole)
        b = source.data(right, RowsModel.RowRole)
        if a is None or b is None or not 0 <= left.column() < len(self.keys):
            return False
        key = self.keys[left.column()]
        return bool(key(a) < key(b))


class TerritoryPage(QWidget):
    """The Territorio area (shown to a coordinator)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("territoryPage")
        self.ctx = ctx
        self.service = TerritoryService(ctx.workspace.db)
        self._handle: TaskHandle | None = None
        self._print_handle: TaskHandle | None = None
        self._printing = False
        self._generation = 0
        self.rows: list[NetworkYear] = []
        self.totals: TerritoryTotals | None = None
        self.last_document: Any = None

        self.title = heading(self)
        self.title.setObjectName("territoryTitle")
        self.title.setWordWrap(True)

        # --- the bar: year, paper, print -------------------------------------------------
        self.year_label = QLabel(self)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("territoryYear")
        self.year_label.setBuddy(self.year_combo)
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.paper_label = QLabel(self)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("territoryPaper")
        self.paper_label.setBuddy(self.paper_combo)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("territoryPrint")
        self.print_button.clicked.connect(self.print_report)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("territoryStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()  # until a report is printed
        bar = FlowLayout()
        for widget in (
            self.year_label,
            self.year_combo,
            self.paper_label,
            self.paper_combo,
            self.print_button,
        ):
            bar.addWidget(widget)

        # --- tab 1: the summary; tab 2: the networks side by side -----------------------
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("territoryTabs")
        self.summary = SummaryPanel(self.tabs)
        self.tabs.addTab(self.summary, "")
        networks = QWidget(self.tabs)
        networks.setObjectName("territoryNetworksTab")
        self.empty_label = QLabel(networks)
        self.empty_label.setObjectName("territoryEmpty")
        self.empty_label.setWordWrap(True)
        self.networks_table = QTableView(networks)
        self.model = RowsModel([], self, id_of=lambda row: row.microcentre_id)
        self.proxy = SortProxy([], self)
        self.proxy.setSourceModel(self.model)
        self.networks_table.setModel(self.proxy)
        setup_table(self.networks_table, "territoryNetworks", "")
        self.networks_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.networks_table.setSortingEnabled(True)
        self.networks_table.horizontalHeader().setSortIndicatorShown(True)
        column = QVBoxLayout(networks)
        column.addWidget(self.empty_label)
        column.addWidget(self.networks_table, 1)
        self.tabs.addTab(networks, "")

        # --- tab 2: the library; tab 3: importing -----------------------------------------
        self.library = LibraryPanel(ctx, self.service, self.tabs)
        self.tabs.addTab(self.library, "")
        self.importer = ImportPanel(ctx, self.tabs)
        self.importer.imported.connect(self.refresh)
        self.tabs.addTab(self.importer, "")
        self.advisors = AdvisorsPanel(ctx, self.tabs)  # tab 5: who reports (advisors.py)
        self.advisors.changed.connect(self.refresh)
        self.tabs.addTab(self.advisors, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.refresh()

    # --- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("School &year"))
        self.paper_label.setText(self.tr("Pa&per"))
        current = self.paper_combo.currentData() or self.ctx.settings.get(PAPER)
        self.paper_combo.blockSignals(True)
        self.paper_combo.clear()
        self.paper_combo.addItem(self.tr("Carta"), "carta")
        self.paper_combo.addItem(self.tr("Oficio"), "oficio")
        self.paper_combo.setCurrentIndex(1 if current == "oficio" else 0)
        self.paper_combo.blockSignals(False)
        self.print_button.setText(self.tr("&Print the territory report…"))
        self.tabs.setTabText(0, self.tr("&Summary"))
        self.tabs.setTabText(1, self.tr("&Networks"))
        self.tabs.setTabText(2, self.tr("&Library"))
        self.tabs.setTabText(3, self.tr("I&mport reports"))
        self.tabs.setTabText(4, self.tr("Adviso&rs"))
        self.networks_table.setAccessibleName(self.tr("The networks side by side"))
        self.empty_label.setText(
            self.tr(
                "No network has reported this school year yet. Import the advisors' "
                "territory reports (Import reports) to see their figures here."
            )
        )
        self._show_title()

    def _show_title(self) -> None:
        name = self.service_name
        self.title.setText(
            self.tr("Territory: {name}").format(name=name) if name else self.tr("Territory")
        )

    @property
    def service_name(self) -> str:
        return getattr(self, "_territory_name", "")

    # --- data --------------------------------------------------------------------------------

    @property
    def year(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        """Reads the years and the chosen year's networks again (after an import)."""
        self._generation += 1
        generation = self._generation
        wanted = self.year
        service = self.service

        def work(_progress: Progress) -> tuple[str, list[int]]:
            return service.territory_name(), service.years()

        def done(result: tuple[str, list[int]]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.advisors.refresh()
            self._territory_name, years = result
            self._show_title()
            self.year_combo.blockSignals(True)
            self.year_combo.clear()
            for year in years:
                self.year_combo.addItem(str(year), year)
            index = self.year_combo.findData(wanted) if wanted is not None else -1
            self.year_combo.setCurrentIndex(max(0, index) if years else -1)
            self.year_combo.blockSignals(False)
            self.library.set_years(years)
            self._load_year()

        self.ctx.runner.run(work, on_done=done, on_error=self._failed, priority=PAGE_FETCH)

    def _year_chosen(self, _index: int) -> None:
        self._generation += 1
        self._load_year()

    def _load_year(self) -> None:
        year = self.year
        generation = self._generation
        if year is None:
            self._show([], None)
            return
        service = self.service

        def work(_progress: Progress) -> tuple[list[NetworkYear], TerritoryTotals]:
            rows = service.networks(year)
            return rows, service.totals(year, rows)

        def done(result: tuple[list[NetworkYear], TerritoryTotals]) -> None:
            if isValid(self) and generation == self._generation:
                self._show(*result)

        self._handle = self.ctx.runner.run(
            work, on_done=done, on_error=self._failed, priority=PAGE_FETCH
        )

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self) or isinstance(exc, TaskCancelled):
            return
        self.ctx.bridge.show_exception(exc)

    def _show(self, rows: list[NetworkYear], totals: TerritoryTotals | None) -> None:
        self.rows, self.totals = rows, totals
        keys = list(totals.indicators) if totals is not None else []
        columns: list[tuple[Column, Callable[[Any], Any]]] = [
            (Column(lambda: self.tr("Network"), lambda r: r.name), lambda r: r.name.casefold()),
            (Column(lambda: self.tr("Commune"), lambda r: r.commune), lambda r: r.commune),
            (
                Column(
                    lambda: self.tr("Advisor"),
                    lambda r: (
                        r.advisor_name
                        if r.still_reported
                        else self.tr("{name} (no longer reports)").format(name=r.advisor_name)
                    ),
                ),
                lambda r: r.advisor_name.casefold(),
            ),
            (
                Column(
                    lambda: self.tr("Sessions held"),
                    lambda r: self.tr("{held} of {planned}").format(
                        held=r.sessions_held, planned=r.sessions_planned
                    ),
                    _RIGHT,
                ),
                lambda r: r.sessions_held,
            ),
            (
                Column(lambda: self.tr("Hours"), lambda r: hours_text(r.hours), _RIGHT),
                lambda r: r.hours,
            ),
            (
                Column(
                    lambda: self.tr("Present of expected"),
                    lambda r: percent(r.attendance.rate),
                    _RIGHT,
                    tooltip=lambda r: self._ratio_tooltip(r.attendance),
                ),
                lambda r: _rate_key(r.attendance),
            ),
            (
                Column(lambda: self.tr("Practices"), lambda r: str(r.practices_shared), _RIGHT),
                lambda r: r.practices_shared,
            ),
        ]
        for key in keys:
            columns.append(
                (
                    Column(
                        lambda key=key: _indicator_name(key),
                        lambda r, key=key: self._ratio(r.indicators.get(key)),
                        _RIGHT,
                        tooltip=lambda r, key=key: self._ratio_tooltip(r.indicators.get(key)),
                    ),
                    lambda r, key=key: _rate_key(r.indicators.get(key)),
                )
            )
        # The indicators reported decide the columns: a new model for each year.
        old, self.model = (
            self.model,
            RowsModel([c for c, _k in columns], self, id_of=lambda row: row.microcentre_id),
        )
        self.model.set_rows(rows)
        self.proxy.keys = [k for _c, k in columns]
        self.proxy.setSourceModel(self.model)
        old.deleteLater()
        header = self.networks_table.horizontalHeader()
        if header.sortIndicatorSection() >= len(columns):
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.setStretchLastSection(False)
        self.networks_table.resizeColumnsToContents()
        self.empty_label.setVisible(not rows)
        self.networks_table.setVisible(bool(rows))
        self.print_button.setEnabled(bool(rows))
        self._show_totals(totals)

    def _ratio(self, ratio: Any) -> str:
        if ratio is None or ratio.denominator == 0:
            return "—"
        return percent(ratio.rate)

    def _ratio_tooltip(self, ratio: Any) -> str:
        if ratio is None or ratio.denominator == 0:
            return self.tr("Nothing measured")
        return self.tr("{numerator} of {denominator}").format(
            numerator=ratio.numerator, denominator=ratio.denominator
        )

    def _show_totals(self, totals: TerritoryTotals | None) -> None:
        goals = goal_figures(self.rows, totals) if totals is not None else []
        self.summary.show_year(totals, goals)

    # --- printing ---------------------------------------------------------------------------

    def print_report(self) -> None:
        """Asks where to save the territory report, then makes it off the GUI thread."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("territory-report-{year}.pdf").format(year=self.year or "")
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the territory report"),
            str(Path(start or Path.home()) / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if chosen:
            self.print_to(Path(chosen))

    def print_to(self, target: Path) -> None:
        if self._printing:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        paper = self.paper_combo.currentData() or "carta"
        year = self.year
        db = self.ctx.workspace.db

        def work(progress: Progress) -> Any:
            from minga.services.territory_printing import build_territory_report

            return build_territory_report(db, target, year, paper, None, progress)

        def done(document: Any) -> None:
            if not isValid(self):
                return
            self._printing = False
            self.print_button.setEnabled(True)
            self.last_document = document
            text = self.tr(
                "The territory report is ready: {path} (%n page(s)).", "", document.pages
            )
            self.status_label.setText(text.format(path=str(document.path)))
            self.ctx.bridge.info(self.status_label.text())

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._printing = False
            self.print_button.setEnabled(True)
            self.status_label.setText(self.tr("The PDF could not be made."))
            if not isinstance(exc, TaskCancelled):
                self.ctx.bridge.show_exception(exc)

        self.print_button.setEnabled(False)
        self._printing = True
        self.status_label.show()
        self.status_label.setText(self.tr("Making the PDF…"))
        self._print_handle = self.ctx.runner.run(work, on_done=done, on_error=failed)

    # --- the main window's hooks -------------------------------------------------------------

    def open_tab(self, tab: str) -> None:
        """Shows "summary", "networks", "library", "import" or "advisors"; "print" asks
        where to save the territory report (Inicio's buttons)."""
        if tab == "print":
            self.tabs.setCurrentIndex(0)
            if self.print_button.isEnabled():
                self.print_report()
            return
        names = ("summary", "networks", "library", "import", "advisors")
        self.tabs.setCurrentIndex(names.index(tab) if tab in names else 0)

    def open_first_record(self) -> bool:
        """(self-test) The networks' tab with its first row selected."""
        self.tabs.setCurrentIndex(1)
        if self.proxy.rowCount():
            self.networks_table.selectRow(0)
            return True
        return False
