"""Inicio for a territory's coordinator: her territory at a glance.

The networks that reported this school year out of all of them, the last territory report
received and when, the territory's main figures of the year (sessions held, hours,
attendance, practices shared), what waits for her (reports still arriving by e-mail,
reports refused, advisors to accept), and the way to Territorio, its import and its
printed report. Nothing of a network's own Inicio (a teacher's practices, the next
session): the hub belongs to no network. Read through `TerritoryService.glance` on the
task runner, so a hub on a distant PostgreSQL server never freezes the window.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.vocab import ROLE_LABELS, Role
from minga.services.territory import TerritoryGlance, TerritoryService
from minga.ui.context import UiContext
from minga.ui.home import StatCard
from minga.ui.tasks import PAGE_FETCH, Progress, TaskCancelled
from minga.ui.territory.summary import hours_text
from minga.ui.text_scale import known_base_point_size
from minga.ui.widgets.chips import FlowLayout
from minga.ui.widgets.scroll import LARGE_TEXT
from minga.ui.widgets.text import clock_text, percent
from minga.ui.widgets.text import vocab as _vocab

__all__ = ["CARDS", "CoordinatorHomePage"]

log = logging.getLogger(__name__)

CARDS = ("networks", "lastReport", "sessions", "attendance", "practices", "toReview")

# Territorio's tabs the buttons open (TerritoryPage.open_tab).
SUMMARY, IMPORT, PRINT = "summary", "import", "print"


class CoordinatorHomePage(QWidget):
    """Inicio on a territory's hub."""

    #: Inicio sums up everything.
    shows: frozenset[str] | None = None

    open_territory = Signal(str)
    """Territorio, at SUMMARY, IMPORT or PRINT (its printed report)."""
    # The network's Inicio signals, which the main window connects on any Inicio: never
    # emitted here (a hub has no practices, drafts, teachers or sessions of its own).
    open_practice = Signal(str)
    open_draft = Signal(int)
    invite_teachers = Signal()
    open_session = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.ctx = ctx
        self.service = TerritoryService(ctx.workspace.db)
        self.glance: TerritoryGlance | None = None
        self._generation = 0

        content = QWidget(self)
        content.setObjectName("homeContent")
        self.greeting = QLabel(content)
        self.greeting.setObjectName("homeGreeting")
        self.greeting.setTextFormat(Qt.TextFormat.PlainText)
        self.greeting.setWordWrap(True)
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.greeting.setFont(font)
        self.subtitle = self._label(content, "homeSubtitle")
        self.year_note = self._label(content, "territoryYearNote")
        self.year_note.hide()

        self.cards = {key: StatCard(f"territoryHome_{key}", content) for key in CARDS}
        self.cards_layout = QGridLayout()
        self.cards_layout.setSpacing(12)
        self._per_row = 0

        self.open_button = QPushButton(content)
        self.open_button.setObjectName("territoryHomeOpen")
        self.open_button.clicked.connect(lambda: self.open_territory.emit(SUMMARY))
        self.import_button = QPushButton(content)
        self.import_button.setObjectName("territoryHomeImport")
        self.import_button.clicked.connect(lambda: self.open_territory.emit(IMPORT))
        self.print_button = QPushButton(content)
        self.print_button.setObjectName("territoryHomePrint")
        self.print_button.clicked.connect(lambda: self.open_territory.emit(PRINT))
        # They wrap to a second row at large text sizes rather than widen the page.
        buttons = FlowLayout()
        for button in (self.open_button, self.import_button, self.print_button):
            buttons.addWidget(button)

        column = QVBoxLayout(content)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(16)
        column.addWidget(self.greeting)
        column.addWidget(self.subtitle)
        column.addWidget(self.year_note)
        column.addLayout(self.cards_layout)
        column.addLayout(buttons)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setStyleSheet(
            "QFrame[class='statCard'] { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        self._render()
        self.refresh()

    @staticmethod
    def _label(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    # --- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the territory's glance again (after an import, or coming back here)."""
        self._generation += 1
        generation = self._generation
        service, today = self.service, self.ctx.today()

        def work(_progress: Progress) -> TerritoryGlance:
            return service.glance(today)

        def done(glance: TerritoryGlance) -> None:
            if isValid(self) and generation == self._generation:
                self.glance = glance
                self._render()

        def failed(exc: BaseException) -> None:
            if isValid(self) and not isinstance(exc, TaskCancelled):
                self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(work, on_done=done, on_error=failed, priority=PAGE_FETCH)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        elif event.type() == QEvent.Type.FontChange:
            self._per_row = 0
            self._place_cards()
        super().changeEvent(event)

    # --- layout --------------------------------------------------------------------------

    def _cards_per_row(self) -> int:
        """Three a row; two when the text is large (150 % and more)."""
        app = QApplication.instance()
        base = known_base_point_size(app) if isinstance(app, QApplication) else None
        large = base is not None and self.font().pointSizeF() >= base * LARGE_TEXT
        return 2 if large else 3

    def _place_cards(self) -> None:
        per_row = self._cards_per_row()
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

    # --- text ------------------------------------------------------------------------------

    def _render(self) -> None:
        self.open_button.setText(self.tr("&Open Territory"))
        self.import_button.setText(self.tr("&Import reports…"))
        self.print_button.setText(self.tr("&Print the territory report…"))
        self._place_cards()
        glance = self.glance
        name = self.ctx.actor.name
        self.greeting.setText(self.tr("Hello, {name}").format(name=name))
        role = _vocab(ROLE_LABELS.get(Role.COORDINATOR, Role.COORDINATOR))
        if glance is None:
            self.subtitle.setText(role)
            for card in self.cards.values():
                card.set_content("…", "")
            return
        territory = glance.territory_name
        self.subtitle.setText(f"{role} · {territory}" if territory else role)
        year = glance.year
        if year is not None and year != glance.current_year:
            self.year_note.setText(
                self.tr(
                    "No network has reported {current} yet: these are the figures of {year}."
                ).format(current=glance.current_year, year=year)
            )
            self.year_note.show()
        else:
            self.year_note.hide()
        self._fill_cards(glance)
        self.print_button.setEnabled(year is not None)

    def _fill_cards(self, glance: TerritoryGlance) -> None:
        year = glance.year if glance.year is not None else glance.current_year
        totals = glance.totals
        self.cards["networks"].set_content(
            self.tr("{reporting} of {total}").format(
                reporting=_number(glance.networks_reporting), total=_number(glance.networks_total)
            ),
            self.tr("Networks that reported {year}").format(year=year),
            self.tr("%n advisor(s)", "", totals.advisors if totals else 0),
            goal=(glance.networks_reporting, glance.networks_total)
            if glance.networks_total
            else None,
        )
        last = glance.last_report
        if last is None:
            self.cards["lastReport"].set_content(
                "—",
                self.tr("Last report received"),
                self.tr("None yet: import the advisors' territory reports."),
            )
        else:
            networks = ", ".join(last.networks)
            received = _aware(last.received_at)
            detail = self.tr("From {advisor}, at {time}").format(
                advisor=last.advisor_name, time=clock_text(received)
            )
            self.cards["lastReport"].set_content(
                self._date(received),
                self.tr("Last report received"),
                f"{detail}\n{networks}" if networks else detail,
            )
        held = totals.sessions_held if totals else 0
        planned = totals.sessions_planned if totals else 0
        self.cards["sessions"].set_content(
            _number(held),
            self.tr("Sessions held in {year}").format(year=year),
            self.tr("of %Ln planned", "", planned)
            + " · "
            + self.tr("{hours} hours").format(hours=hours_text(totals.hours if totals else 0)),
        )
        attendance = totals.attendance if totals else None
        self.cards["attendance"].set_content(
            percent(attendance.rate) if attendance else "—",
            self.tr("Attendance at the sessions held"),
            self.tr("{present} present of {expected} expected").format(
                present=_number(attendance.numerator), expected=_number(attendance.denominator)
            )
            if attendance and attendance.denominator
            else "",
        )
        self.cards["practices"].set_content(
            _number(totals.practices_shared if totals else 0),
            self.tr("Practices shared in {year}").format(year=year),
            self.tr("{schools} schools, {teachers} teachers").format(
                schools=_number(totals.schools if totals else 0),
                teachers=_number(totals.teachers if totals else 0),
            ),
        )
        waiting, refused = glance.reports_waiting, glance.reports_refused
        lines = []
        if waiting:
            lines.append(self.tr("%n still arriving by e-mail", "", waiting))
        if refused:
            lines.append(self.tr("%n refused: see Sync › E-mail", "", refused))
        if glance.advisors_pending:
            lines.append(
                self.tr("%n advisor(s) to accept in Advisors", "", glance.advisors_pending)
            )
        self.cards["toReview"].set_content(
            _number(waiting + refused),
            self.tr("Reports waiting or refused"),
            "\n".join(lines) if lines else self.tr("Nothing waits for you."),
        )

    def _date(self, value: dt.datetime) -> str:
        day = value.astimezone().date()
        today = self.ctx.today()
        if day == today:
            return self.tr("Today")
        fmt = self.tr("MMM d") if day.year == today.year else self.tr("MMM d, yyyy")
        return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def _aware(value: dt.datetime) -> dt.datetime:
    """The store's moments are UTC (SQLite gives them back without the zone)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _number(value: int) -> str:
    """A count in the interface's digits ("4.365" in Spanish)."""
    return QLocale().toString(int(value))
