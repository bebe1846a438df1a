"""Territorio's summary: the territory's year in big numbers, and each indicator (the sum
of the networks' numerators over the sum of their denominators) beside the seed
network's goal, with how many networks reach it. It scrolls as a whole, and the cards
take as many per row as the width allows (two or one at 200 % text on a laptop)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minga.services.indicator_definitions import COUNT, DEFINITIONS
from minga.services.territory import GoalFigure, TerritoryTotals
from minga.ui.home import StatCard
from minga.ui.widgets.table import Column, RowsModel, fit_table_height, setup_table
from minga.ui.widgets.text import percent

__all__ = ["SummaryPanel", "hours_text"]

CARDS = ("networks", "sessions", "hours", "attendance", "practices")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SummaryPanel(QScrollArea):
    """The territory's figures of one school year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("territorySummary")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self)
        content.setObjectName("territorySummaryContent")
        self.cards: dict[str, StatCard] = {}
        self.cards_layout = QGridLayout()
        self.cards_layout.setSpacing(10)
        for key in CARDS:
            self.cards[key] = StatCard(f"territoryCard_{key}", content)
        self._per_row = 0
        self.goals_heading = QLabel(content)
        self.goals_heading.setObjectName("territoryGoalsHeading")
        font = self.goals_heading.font()
        font.setBold(True)
        self.goals_heading.setFont(font)
        self.goals_note = QLabel(content)
        self.goals_note.setWordWrap(True)
        self.goals_table = QTableView(content)
        self.goals_model = RowsModel(
            [
                Column(lambda: self.tr("Indicator"), lambda g: _name(g.key)),
                Column(lambda: self.tr("Territory"), self._figure, _RIGHT),
                Column(lambda: self.tr("Goal"), self._goal),
                Column(lambda: self.tr("Networks reaching it"), self._reaching, _RIGHT),
                Column(lambda: self.tr("Source"), lambda g: g.source),
            ],
            self,
            id_of=lambda g: g.key,
        )
        self.goals_table.setModel(self.goals_model)
        setup_table(self.goals_table, "territoryGoals", "")
        self.goals_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column = QVBoxLayout(content)
        column.addLayout(self.cards_layout)
        column.addSpacing(8)
        column.addWidget(self.goals_heading)
        column.addWidget(self.goals_note)
        column.addWidget(self.goals_table)
        column.addStretch(1)
        self.setWidget(content)
        self.retranslate()
        self._place_cards()

    def retranslate(self) -> None:
        captions = {
            "networks": self.tr("networks"),
            "sessions": self.tr("sessions held"),
            "hours": self.tr("hours of sessions"),
            "attendance": self.tr("attendance at the sessions held"),
            "practices": self.tr("practices shared"),
        }
        for key, card in self.cards.items():
            card.caption_label.setText(captions[key])
        self.goals_heading.setText(self.tr("The territory against the goals"))
        self.goals_note.setText(
            self.tr(
                "Each figure is the sum of the networks' numerators over the sum of their "
                "denominators, measured as the seed network measured its goal."
            )
        )
        self.goals_table.setAccessibleName(self.tr("The territory against the goals"))
        self.goals_model.retranslate()

    # --- the cards' rows ---------------------------------------------------------------

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place_cards()

    def _place_cards(self) -> None:
        widest = max(card.sizeHint().width() for card in self.cards.values())
        room = self.viewport().width() - 20
        per_row = max(1, min(len(CARDS), room // max(1, widest + 10)))
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for card in self.cards.values():
            self.cards_layout.removeWidget(card)
        for position, key in enumerate(CARDS):
            row, col = divmod(position, per_row)
            self.cards_layout.addWidget(self.cards[key], row, col)
        for col in range(len(CARDS)):
            self.cards_layout.setColumnStretch(col, 1 if col < per_row else 0)

    # --- the figures -------------------------------------------------------------------

    def show_year(self, totals: TerritoryTotals | None, goals: list[GoalFigure]) -> None:
        if totals is None or not totals.networks:
            for card in self.cards.values():
                card.value_label.setText("—")
                card.detail_label.setText("")
            self.goals_model.set_rows([])
            fit_table_height(self.goals_table, 0, least=1)
            return
        values = {
            "networks": (str(totals.networks), self.tr("%n advisor(s)", "", totals.advisors)),
            "sessions": (
                str(totals.sessions_held),
                self.tr("of %n planned", "", totals.sessions_planned),
            ),
            "hours": (hours_text(totals.hours), ""),
            "attendance": (percent(totals.attendance.rate), _of(totals.attendance)),
            "practices": (str(totals.practices_shared), ""),
        }
        for key, (value, detail) in values.items():
            self.cards[key].value_label.setText(value)
            self.cards[key].detail_label.setText(detail)
        self._per_row = 0
        self._place_cards()
        self.goals_model.set_rows(goals)
        self.goals_table.resizeColumnsToContents()
        fit_table_height(self.goals_table, len(goals), least=1, most=len(goals) or 1)

    def _figure(self, goal: GoalFigure) -> str:
        if goal.figure.denominator == 0:
            return "—"
        return self.tr("{rate} ({of})").format(rate=percent(goal.figure.rate), of=_of(goal.figure))

    def _goal(self, goal: GoalFigure) -> str:
        if goal.goal is None:
            return "—"
        if goal.basis == COUNT:
            return self.tr("%n per network and year", "", round(goal.goal))
        return percent(goal.goal)

    def _reaching(self, goal: GoalFigure) -> str:
        if goal.goal is None or not goal.networks_measured:
            return "—"
        return self.tr("{reaching} of {measured}").format(
            reaching=goal.networks_reaching, measured=goal.networks_measured
        )


def hours_text(hours: float) -> str:
    """Hours in the interface's digits: `1728,5` in Spanish, whole hours without decimals."""
    if float(hours).is_integer():
        return QLocale().toString(int(hours))
    return QLocale().toString(float(hours), "f", 1)


def _name(key: str) -> str:
    definition = DEFINITIONS.get(key)
    return QCoreApplication.translate("indicators", definition.name) if definition else key


def _of(ratio: Any) -> str:
    return QCoreApplication.translate("TerritoryPage", "{numerator} of {denominator}").format(
        numerator=QLocale().toString(int(ratio.numerator)),
        denominator=QLocale().toString(int(ratio.denominator)),
    )
