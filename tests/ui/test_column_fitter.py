"""A list's columns fit their content; the content is measured again only when the rows or
the font change, not at every resize (measuring reads every row of every column: it made
Observación slow to open on a large notebook)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from minga.ui.widgets.table import Column, ColumnFitter, RowsModel


@dataclass
class Note:
    id: str
    focus: str
    colleague: str
    replies: str


class CountingTable(QTableView):
    """A table that counts how often its columns' content is measured."""

    measured = 0

    def sizeHintForColumn(self, column: int) -> int:
        self.measured += 1
        return super().sizeHintForColumn(column)


def _rows(colleague: str) -> list[Note]:
    return [Note(str(n), f"Foco {n}", colleague, str(n)) for n in range(30)]


def test_columns_fit_their_content_measured_once_per_change(qtbot, qapp):
    model = RowsModel(
        [
            Column(lambda: "Focus", lambda n: n.focus),
            Column(lambda: "Colleague", lambda n: n.colleague),
            Column(lambda: "Replies", lambda n: n.replies),
        ]
    )
    table = CountingTable()
    qtbot.addWidget(table)
    table.setModel(model)
    ColumnFitter(table, 0, (2,))
    model.set_rows(_rows("Ana"))
    table.resize(700, 300)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    narrow = header.sectionSize(1)

    # Resizing re-fits with the widths already measured.
    measured = table.measured
    for width in (650, 600, 680, 700):
        table.resize(width, 300)
        qapp.processEvents()
    assert table.measured == measured

    # New, longer rows: measured again, and the column follows.
    model.set_rows(_rows("María de los Ángeles Sepúlveda Huenchumilla"))
    qapp.processEvents()
    assert table.measured > measured
    assert header.sectionSize(1) > narrow
    assert header.sectionSize(1) >= table.fontMetrics().horizontalAdvance(
        "María de los Ángeles Sepúlveda Huenchumilla"
    )

    # Too narrow for every column: the optional one gives way, and comes back.
    table.resize(header.sectionSize(1) + 60, 300)
    qapp.processEvents()
    assert table.isColumnHidden(2)
    table.resize(900, 300)
    qapp.processEvents()
    assert not table.isColumnHidden(2)

    # A larger font (Preferencias' text size): measured again.
    measured = table.measured
    wide = header.sectionSize(1)
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    table.setFont(font)
    qtbot.waitUntil(lambda: table.measured > measured, timeout=2000)
    assert table.measured > measured
    assert header.sectionSize(1) > wide
