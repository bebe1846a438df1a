"""An advisor's microcentros side by side (`services.networks.side_by_side`): in Indicadores
the choice "Este microcentro" / "Todos mis microcentros" above the page, and the table
of each network's main figures in columns; in Inicio a compact version of the same table.

The figures are computed per folder on the task runner (each workspace opened and closed
in the task); the page says "Calculando…" meanwhile and a newer request wins over an
older one still on its way.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.core.networks import installation_root, list_networks
from minga.domain.cycle_rules import Ratio
from minga.domain.vocab import Role
from minga.i18n import QT_TRANSLATE_NOOP
from minga.ui.tasks import PAGE_FETCH, TaskCancelled

__all__ = ["NetworksChoice", "NetworksTable", "several_networks"]

log = logging.getLogger(__name__)

#: The rows of the table: (key, English label); `compact` shows the first four.
ROWS = (
    ("sessions", QT_TRANSLATE_NOOP("NetworksTable", "Sessions held")),
    ("attendance", QT_TRANSLATE_NOOP("NetworksTable", "Attendance")),
    ("shared", QT_TRANSLATE_NOOP("NetworksTable", "Practices shared")),
    ("adoption", QT_TRANSLATE_NOOP("NetworksTable", "Adoption (chose a practice)")),
    ("continuation", QT_TRANSLATE_NOOP("NetworksTable", "Continuation")),
    ("useful", QT_TRANSLATE_NOOP("NetworksTable", "Very useful (survey)")),
    ("teachers", QT_TRANSLATE_NOOP("NetworksTable", "Teachers")),
)
COMPACT_ROWS = 4


def several_networks(ctx: Any) -> bool:
    """Whether the person is an advisor whose installation holds more than one network."""
    if ctx.actor.role != Role.ADVISOR:
        return False
    return len(list_networks(installation_root(ctx.workspace.root))) > 1


def _percent(ratio: Ratio) -> str:
    rate = ratio.rate
    if rate is None:
        return "—"
    shown = f"{rate * 100:.0f} %"
    return QCoreApplication.translate(
        "NetworksTable", "{percent} ({numerator} of {denominator})"
    ).format(percent=shown, numerator=ratio.numerator, denominator=ratio.denominator)


def cell_text(column: Any, key: str) -> str:
    """The text of one figure of one network (`NetworkFigures`)."""
    if column.problem:
        return "—"
    if key == "sessions":
        return QCoreApplication.translate("NetworksTable", "{held} of {planned}").format(
            held=column.sessions_held, planned=column.sessions_planned
        )
    if key == "attendance":
        return _percent(column.attendance)
    if key == "shared":
        if column.goal:
            return QCoreApplication.translate("NetworksTable", "{count} (goal {goal})").format(
                count=column.practices_shared, goal=column.goal
            )
        return str(column.practices_shared)
    if key == "adoption":
        return _percent(column.adoption)
    if key == "continuation":
        return _percent(column.continuation)
    if key == "useful":
        return _percent(column.useful)
    return str(column.teachers)


class NetworksTable(QWidget):
    """Each network of the installation in a column, the main figures in rows."""

    def __init__(self, ctx: Any, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("networksCompact" if compact else "networksSideBySide")
        self.ctx = ctx
        self.compact = compact
        self.columns: list[Any] = []
        self._generation = 0
        self.title = QLabel(self)
        self.title.setObjectName("networksTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * (1.15 if compact else 1.3))
        self.title.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("networksStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        # A grid of wrapping labels rather than a table: at 200 % text on a narrow screen
        # the names and figures wrap and the grid grows in height instead of eliding.
        self.grid_host = QFrame(self)
        self.grid_host.setObjectName("networksGrid")
        self.grid_host.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.cells: dict[tuple[int, int], QLabel] = {}  # (row, column): row -1 the headers
        self.note = QLabel(self)
        self.note.setObjectName("networksNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        side = 0 if compact else 20
        layout.setContentsMargins(side, 0 if compact else 16, side, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.grid_host)
        layout.addWidget(self.note)
        if not compact:
            layout.addStretch(1)
        self.retranslate_ui()

    @property
    def rows(self) -> tuple[tuple[str, str], ...]:
        return ROWS[:COMPACT_ROWS] if self.compact else ROWS

    def load(self, year: int | None = None) -> None:
        """Computes every network's figures on the task runner (newest request wins)."""
        from minga.services.networks import side_by_side

        self._generation += 1
        generation = self._generation
        root, clock = self.ctx.workspace.root, self.ctx.clock
        self.status.setText(QCoreApplication.translate("NetworksTable", "Computing…"))
        self.status.show()

        def done(columns: list[Any]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.show_columns(columns)

        def failed(exc: BaseException) -> None:
            if not isValid(self) or generation != self._generation:
                return
            from minga.domain.errors import MingaError

            if isinstance(exc, TaskCancelled):  # a newer request, or the window closing
                return
            if isinstance(exc, MingaError):
                self.status.setText(exc.message())
                return
            raise exc

        self.ctx.runner.run(
            lambda progress: side_by_side(root, year, clock=clock, progress=progress),
            on_done=done,
            on_error=failed,
            priority=PAGE_FETCH,
        )

    def show_columns(self, columns: list[Any]) -> None:
        self.columns = list(columns)
        self.status.hide()
        self.status.setText("")
        here = Path(self.ctx.workspace.root).resolve()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cells.clear()
        for row, (_key, label) in enumerate(self.rows):
            self._cell(row, -1, QCoreApplication.translate("NetworksTable", label), head=True)
        for number, column in enumerate(columns):
            name = column.network.name or column.network.microcentre_id[:8]
            if column.network.path.resolve() == here:
                name = QCoreApplication.translate("NetworksTable", "{name} (open)").format(
                    name=name
                )
            header = self._cell(-1, number, name, head=True)
            header.setToolTip(column.problem)
            for row, (key, _label) in enumerate(self.rows):
                self._cell(row, number, cell_text(column, key))
        for number in range(len(columns)):
            self.grid.setColumnStretch(number + 1, 1)
        # The figures' names whole where they fit (up to about 22 characters wide).
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.cell(row, -1)) for row in range(len(self.rows))),
            default=0,
        )
        self.grid.setColumnMinimumWidth(0, min(widest + 8, 22 * metrics.averageCharWidth()))
        year = columns[0].year if columns else None
        self.title.setText(
            QCoreApplication.translate(
                "NetworksTable", "Your microcentros side by side, {year}"
            ).format(year=year)
            if year
            else QCoreApplication.translate("NetworksTable", "Your microcentros side by side")
        )

    def _cell(self, row: int, column: int, text: str, *, head: bool = False) -> QLabel:
        """One label of the grid: row -1 holds the networks' names, column -1 the
        figures' names."""
        label = QLabel(text, self.grid_host)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setObjectName(f"cell_{row}_{column}")
        if head:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        if column >= 0:
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(label, row + 1, column + 1)
        self.cells[(row, column)] = label
        return label

    def cell(self, row: int, column: int) -> str:
        """The text shown for figure `row` of network `column` (-1: their names)."""
        label = self.cells.get((row, column))
        return label.text() if label is not None else ""

    def column_count(self) -> int:
        return len(self.columns)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self.columns:
            self.show_columns(self.columns)
        else:
            self.title.setText(
                QCoreApplication.translate("NetworksTable", "Your microcentros side by side")
            )
        self.note.setText(
            QCoreApplication.translate(
                "NetworksTable",
                "Each column is that microcentro's own Indicadores for the year, read in its "
                "own folder; nothing is added up across networks.",
            )
            if not self.compact
            else QCoreApplication.translate(
                "NetworksTable", "The whole figures are in Indicadores, «All my microcentros»."
            )
        )


class NetworksChoice(QWidget):
    """Indicadores' "Mostrar: Este microcentro / Todos mis microcentros" and the table it
    shows instead of the page's own figures."""

    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networksChoice")
        self.page = page
        self.combo = QComboBox(self)
        self.combo.setObjectName("indicatorsScope")
        self.combo.addItem("", "one")
        self.combo.addItem("", "all")
        self.combo.activated.connect(lambda _index: self.apply())
        self.label = QLabel(self)
        self.label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 20, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo)
        row.addStretch(1)
        self.table = NetworksTable(page.ctx)
        self.area = QScrollArea(parent)
        self.area.setObjectName("networksScroll")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(self.table)
        self.area.hide()
        self.retranslate_ui()

    @property
    def showing_all(self) -> bool:
        return self.combo.currentData() == "all"

    def choose(self, scope: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(scope)))
        self.apply()

    def apply(self) -> None:
        everything = self.showing_all
        self.page.scroll.setVisible(not everything)
        self.area.setVisible(everything)
        if everything:
            self.table.load(self.page.year_combo.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.label.setText(QCoreApplication.translate("NetworksTable", "&Show"))
        self.combo.setItemText(0, QCoreApplication.translate("NetworksTable", "This microcentro"))
        self.combo.setItemText(
            1, QCoreApplication.translate("NetworksTable", "All my microcentros")
        )
        self.combo.setAccessibleName(QCoreApplication.translate("NetworksTable", "Show"))
