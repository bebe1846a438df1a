"""Indicadores: the microcentre's figures for one school year (the advisor), or one's
own (a teacher), as `IndicatorService.for_me` computes them.

The computation runs on `ctx.runner` (it reads every session, attendance row and
exit-ticket tally of the year: about half a second on a large database), with its
progress shown; a newer request drops the result of an older one. Charts are drawn
with QPainter (`minga.ui.charts`); the per-session table says the same in words.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.domain.vocab import Role
from minga.services.indicators import (
    DEFINITIONS,
    SATISFACTION_BASIS,
    TOP_BOX,
    ExitTicketFigures,
    Indicators,
    QuestionTrend,
    TeacherPending,
    satisfaction_headline,
)
from minga.ui.charts import Bar, BarChart, PercentBars, StackedColumns
from minga.ui.context import UiContext
from minga.ui.home import StatCard
from minga.ui.indicators.students import StudentFiguresSection
from minga.ui.tasks import PAGE_FETCH, Progress, TaskCancelled, TaskHandle
from minga.ui.widgets.fields import heading
from minga.ui.widgets.table import Column, ColumnFitter, RowsModel, fit_table_height, setup_table
from minga.ui.widgets.text import clock_text, day_text, percent, ratio_text

__all__ = ["IndicatorsPage"]

log = logging.getLogger(__name__)

# The exit tickets' trends are computed after the figures are painted, or this long after.
PAINT_WAIT_MS = 150

# Steps of the computation are shown from this long on (a quick one keeps a busy bar).
STEPS_AFTER_MS = 300

# The attendance the Malloa network aimed for (docs/domain.md: attendance > 70 %).
ATTENDANCE_TARGET = 0.7


class _AfterPaint(QObject):
    """Calls `then` on the event loop's turn after `page` painted its content (at once
    when the page is not shown or the runner runs tasks at once; at the latest after
    `PAINT_WAIT_MS`)."""

    def __init__(self, page: IndicatorsPage, then: Callable[[], None]) -> None:
        super().__init__(page)
        self.then: Callable[[], None] | None = then
        if not page.isVisible() or page.ctx.runner.synchronous:
            self._fire()
            return
        self.watched = page.scroll.widget()
        self.watched.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.watched and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            self.deleteLater()
            then()


class IndicatorsPage(QWidget):
    """The Indicadores area."""

    computed = Signal()
    """New figures are on screen."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsPage")
        self.ctx = ctx
        self.is_advisor = ctx.actor.role == Role.ADVISOR
        self.indicators: Indicators | None = None
        self._handle: TaskHandle | None = None
        self._trends_handle: TaskHandle | None = None
        self._trends_waiting = False
        # Trends that arrived while the page was hidden: drawn when it shows again.
        self._hidden_trends: tuple[int, ExitTicketFigures] | None = None
        self._trends_of: tuple[int, str] | None = None  # the year and scope of the trends shown
        self._trends_shown: ExitTicketFigures | None = None
        self._generation = 0
        self._steps, self._steps_due = (0, 0), False  # the last step reported; shown yet?
        self._trend_widgets: list[QWidget] = []

        content = QWidget(self)
        content.setObjectName("indicatorsContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 20)
        column.setSpacing(10)

        top = QHBoxLayout()
        self.title_label = heading(content, 1.4)
        self.title_label.setObjectName("indicatorsTitle")
        self.subtitle = QLabel(content)
        self.subtitle.setObjectName("indicatorsSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        top.addWidget(self.title_label, 1)
        self.year_combo = QComboBox(content)
        self.year_combo.setObjectName("indicatorsYear")
        self.year_combo.setAccessibleName(self.tr("School year"))
        self.year_combo.activated.connect(lambda _i: self.compute())
        year_label = QLabel(self.tr("School year"), content)
        year_label.setBuddy(self.year_combo)
        self.refresh_button = QPushButton(self.tr("Refresh"), content)
        self.refresh_button.setObjectName("indicatorsRefresh")
        self.refresh_button.clicked.connect(self.compute)
        top.addWidget(year_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.year_combo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self.subtitle)  # under the title row: the whole width to wrap in

        status = QHBoxLayout()
        self.progress = QProgressBar(content)
        self.progress.setObjectName("indicatorsProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(max(8, self.fontMetrics().height() // 2))
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.progress.hide()
        self.status_label = QLabel(content)
        self.status_label.setObjectName("indicatorsStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        status.addWidget(self.progress)
        status.addWidget(self.status_label, 1)
        column.addLayout(status)

        # Cards, with their frame's style sheet (on them alone: a style sheet on the whole
        # page would style, and slow, every widget of it).
        cards_host = QWidget(content)
        cards_host.setObjectName("indicatorsCards")
        cards_host.setStyleSheet(
            "QFrame[class='statCard'] { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        self.cards_layout = QGridLayout(cards_host)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(12)
        self.attendance_card = StatCard("attendanceCard", cards_host)
        self.shared_card = StatCard("sharedCard", cards_host)
        self.adoption_card = StatCard("adoptionCard", cards_host)
        self.continuation_card = StatCard("continuationCard", cards_host)
        self.cards = [
            self.attendance_card,
            self.shared_card,
            self.adoption_card,
            self.continuation_card,
        ]
        column.addWidget(cards_host)
        self._cards_columns = 0

        # Attendance per session.
        self.attendance_title = self._section(content, column, "attendanceTitle")
        self.attendance_chart = BarChart(content)
        self.attendance_chart.setObjectName("attendanceChart")
        self.attendance_chart.setAccessibleName(self.tr("Attendance per session"))
        column.addWidget(self.attendance_chart)

        # Satisfaction.
        self.satisfaction_title = self._section(content, column, "satisfactionTitle")
        self.satisfaction_bars = PercentBars(content)
        self.satisfaction_bars.setObjectName("satisfactionBars")
        self.satisfaction_bars.setAccessibleName(self.tr("Satisfaction per question"))
        column.addWidget(self.satisfaction_bars)

        # Exit tickets.
        self.exit_title = self._section(content, column, "exitTicketsTitle")
        self.exit_note = QLabel(content)
        self.exit_note.setObjectName("exitTicketsNote")
        self.exit_note.setTextFormat(Qt.TextFormat.PlainText)
        self.exit_note.setWordWrap(True)
        column.addWidget(self.exit_note)
        self.trends_host = QWidget(content)
        self.trends_layout = QGridLayout(self.trends_host)
        self.trends_layout.setContentsMargins(0, 0, 0, 0)
        self.trends_layout.setHorizontalSpacing(24)
        column.addWidget(self.trends_host)

        # Pending items per teacher.
        self.pending_title = self._section(content, column, "pendingTitle")
        self.pending_note = QLabel(content)
        self.pending_note.setTextFormat(Qt.TextFormat.PlainText)
        self.pending_note.setWordWrap(True)
        column.addWidget(self.pending_note)
        self.pending_model = RowsModel(
            [
                Column(lambda: self.tr("Teacher"), lambda t: t.name),
                Column(lambda: self.tr("Chose at the last session"), self._chose_text),
                Column(
                    lambda: self.tr("Applications without self-assessment"),
                    lambda t: str(t.pending_self_assessments),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ],
            self,
        )
        self.pending_table = QTableView(content)
        setup_table(self.pending_table, "pendingTable", self.tr("Pending items per teacher"))
        self.pending_table.setModel(self.pending_model)
        self.pending_fitter = ColumnFitter(self.pending_table, 0, ())
        column.addWidget(self.pending_table)

        # The sessions in words.
        self.sessions_title = self._section(content, column, "sessionsTitle")
        self.sessions_model = RowsModel(
            [
                Column(lambda: self.tr("Date"), lambda s: day_text(s.date)),
                Column(lambda: self.tr("Session"), lambda s: f"{s.number}. {s.title}"),
                Column(
                    lambda: self.tr("Attendance"),
                    lambda s: percent(s.attendance.ratio.rate),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    lambda s: ratio_text(s.attendance.present, s.attendance.ratio.denominator),
                ),
                Column(
                    lambda: self.tr("Chose a practice"),
                    lambda s: percent(s.adoption.rate),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    lambda s: ratio_text(s.adoption.numerator, s.adoption.denominator),
                ),
                Column(
                    lambda: self.tr("Very useful"),
                    lambda s: percent(s.satisfaction.useful_top.rate),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    lambda s: ratio_text(
                        s.satisfaction.useful_top.numerator, s.satisfaction.useful_top.denominator
                    ),
                ),
            ],
            self,
            id_of=lambda s: s.id,
        )
        self.sessions_table = QTableView(content)
        setup_table(self.sessions_table, "sessionFiguresTable", self.tr("Figures per session"))
        self.sessions_table.setModel(self.sessions_model)
        self.sessions_fitter = ColumnFitter(self.sessions_table, 1, (4, 3))
        column.addWidget(self.sessions_table)

        # Students' figures per school and level (counts only), and where to record them.
        self.students_title = self._section(content, column, "studentsTitle")
        self.students_section = StudentFiguresSection(ctx, content)
        self.students_section.recorded.connect(self.compute)
        column.addWidget(self.students_section)

        # How each figure is counted, and the seed network's goal it is read against.
        self.definitions_title = self._section(content, column, "definitionsTitle")
        self.definitions_label = QLabel(content)
        self.definitions_label.setObjectName("definitionsNote")
        self.definitions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.definitions_label.setWordWrap(True)
        column.addWidget(self.definitions_label)
        column.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("indicatorsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        # An advisor with several microcentros: this one, or all of hers side by side.
        self.networks_choice: Any = None
        if self.is_advisor:
            from minga.ui.network_figures import NetworksChoice, several_networks

            if several_networks(ctx):
                self.networks_choice = NetworksChoice(self, self)
                outer.insertWidget(0, self.networks_choice)
                outer.addWidget(self.networks_choice.area, 1)
        self._texts()
        self._fill_years()
        self.compute()

    def _definitions_text(self) -> str:
        """One line per indicator: what it counts over what, and the seed's goal."""

        def t(text: str) -> str:
            return QCoreApplication.translate("indicators", text)

        lines = []
        for definition in DEFINITIONS.values():
            line = self.tr("{name}: {numerator} / {denominator}.").format(
                name=t(definition.name),
                numerator=t(definition.numerator),
                denominator=t(definition.denominator),
            )
            goal = definition.goal
            if goal is not None:
                value = str(int(goal.value)) if goal.basis == "count" else percent(goal.value)
                line += " " + self.tr("Goal: {value}, {source} (“{quote}”).").format(
                    value=value, source=goal.source, quote=t(goal.quote)
                )
            lines.append(line)
        return "\n".join(lines)

    def _section(self, parent: QWidget, column: QVBoxLayout, name: str) -> QLabel:
        label = heading(parent, 1.15)
        label.setObjectName(name)
        column.addSpacing(8)
        column.addWidget(label)
        return label

    def _texts(self) -> None:
        if self.is_advisor:
            self.title_label.setText(self.tr("Indicators of the microcentre"))
            self.subtitle.setText(
                self.tr(
                    "Attendance, practices shared, adoption, continuation, satisfaction and "
                    "exit tickets of the whole network."
                )
            )
            self.pending_title.setText(self.tr("Pending items per teacher"))
        else:
            self.title_label.setText(self.tr("My indicators"))
            self.subtitle.setText(
                self.tr("Your own figures: your attendance, choices, self-assessments and tallies.")
            )
            self.pending_title.setText(self.tr("My pending items"))
        self.attendance_title.setText(self.tr("Attendance per session"))
        self.satisfaction_title.setText(
            self.tr("Satisfaction survey: the figure the network's goal reads, and agreement")
        )
        self.definitions_title.setText(self.tr("How each figure is counted"))
        self.definitions_label.setText(self._definitions_text())
        self.exit_title.setText(self.tr("Exit tickets: how the answers change"))
        self.sessions_title.setText(self.tr("Figures per session"))
        self.students_title.setText(self.tr("Students per school and level"))
        self.attendance_chart.set_empty_text(self.tr("No sessions in this year yet."))
        self.satisfaction_bars.set_empty_text(self.tr("No survey answers yet."))

    def _fill_years(self) -> None:
        try:
            years = self.ctx.indicators.years()
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            years = [self.ctx.indicators.default_year()]
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(self.ctx.indicators.default_year())
        self.year_combo.setCurrentIndex(max(0, index))

    # --- computing -----------------------------------------------------------------------

    @property
    def is_computing(self) -> bool:
        """The figures are on their way (the exit tickets may come a moment later)."""
        return self._handle is not None and not self._handle.finished

    @property
    def trends_pending(self) -> bool:
        """The figures are shown, the exit tickets' trends are on their way."""
        return self._trends_waiting

    def compute(self) -> None:
        """Asks the service for the figures of the chosen year, off the GUI thread: the
        figures first, then the exit tickets' trends (the dearest part, read from every
        tally of the year) with "Computing…" in their section meanwhile."""
        for handle in (self._handle, self._trends_handle):
            if handle is not None and not handle.finished:
                handle.cancel()
        self._trends_handle = None
        self._trends_waiting = False
        self._hidden_trends = None
        self._generation += 1
        generation = self._generation
        year = self.year_combo.currentData()
        service = self.ctx.indicators
        progress = Progress(self)
        progress.changed.connect(self._progress)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._steps, self._steps_due = (0, 0), False
        QTimer.singleShot(STEPS_AFTER_MS, self, lambda: self._steps_after(generation))
        self.status_label.setText(self.tr("Computing…"))
        self.refresh_button.setEnabled(False)

        def work(token: Progress) -> Indicators:
            return service.for_me(year, progress=token, exit_tickets=False)

        def done(result: Indicators) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self._finished()
            self._show_figures(result)
            self._trends_waiting = True
            # The trends' computation would slow down the painting of the figures (both
            # need Python): it starts once they are painted.
            _AfterPaint(self, lambda: self._compute_trends(generation, result.year))

        self._handle = self.ctx.runner.run(
            work,
            on_done=done,
            on_error=lambda exc: self._failed(generation, exc),
            progress=progress,
            priority=PAGE_FETCH,
        )

    def _steps_after(self, generation: int) -> None:
        if generation == self._generation:
            self._show_steps()

    def _compute_trends(self, generation: int, year: int) -> None:
        if not isValid(self) or generation != self._generation:
            return
        service = self.ctx.indicators

        def work(_token: object) -> ExitTicketFigures:
            return service.exit_tickets_for_me(year)

        def done(figures: ExitTicketFigures) -> None:
            if not isValid(self) or generation != self._generation or self.indicators is None:
                return
            if not self.isVisible() and not self.ctx.runner.synchronous:
                # Drawing the charts costs the window's thread; another area is showing.
                self._hidden_trends = (generation, figures)
                return
            self._trends_arrived(figures)

        self._trends_handle = self.ctx.runner.run(
            work,
            on_done=done,
            on_error=lambda exc: self._failed(generation, exc),
            priority=PAGE_FETCH,
        )

    def _trends_arrived(self, figures: ExitTicketFigures) -> None:
        self._hidden_trends = None
        self._trends_waiting = False
        if self.indicators is not None:
            self.show_indicators(replace(self.indicators, exit_tickets=figures))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._hidden_trends is not None:
            QTimer.singleShot(0, self, self._draw_hidden_trends)

    def _draw_hidden_trends(self) -> None:
        hidden, self._hidden_trends = self._hidden_trends, None
        if hidden is not None and hidden[0] == self._generation and self.isVisible():
            self._trends_arrived(hidden[1])
        elif hidden is not None and hidden[0] == self._generation:
            self._hidden_trends = hidden  # hidden again before the event loop turned

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._finished()
        self._trends_waiting = False
        if isinstance(exc, TaskCancelled):
            return
        if self._trends_shown is None:
            self.exit_note.clear()  # no "Computing…" left where nothing will come
        self.status_label.setText(self.tr("The indicators could not be computed."))
        self.ctx.bridge.show_exception(exc)

    def _progress(self, done: int, total: int, _text: str) -> None:
        # Steps are shown once the computation has taken a while: a progress bar repaints
        # at each value, which would slow a quick computation down (the bar stays busy).
        self._steps = (int(done), int(total))
        if self._steps_due and isValid(self):
            self._show_steps()

    def _show_steps(self) -> None:
        self._steps_due = True
        done, total = self._steps
        if total and self.is_computing:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finished(self) -> None:
        self.progress.hide()
        self.refresh_button.setEnabled(True)

    def area_shown(self) -> None:
        """Coming back to the page: the figures may have changed meanwhile (those on their
        way, as when the page was just built, are read now already)."""
        if not self.is_computing and not self.trends_pending:
            self.compute()

    # --- showing -------------------------------------------------------------------------

    def show_indicators(self, ind: Indicators) -> None:
        """Shows `ind` whole: the figures and the exit tickets' trends."""
        self._show_figures(ind)
        self._show_trends(ind)
        self.computed.emit()

    def _show_figures(self, ind: Indicators) -> None:
        """Everything but the exit tickets' trends; those of another year or person give
        way to "Computing…" until `_show_trends`."""
        previous = self.indicators
        self.indicators = ind
        self.status_label.setText(
            self.tr("Figures of {year} up to {date} (computed at {time})").format(
                year=ind.year,
                date=day_text(ind.as_of),
                time=clock_text(self.ctx.clock.now_local()),
            )
        )
        if self._trends_of != (ind.year, ind.scope):
            self._clear_trends()
            self.exit_note.setText(self.tr("Computing…"))
        if previous is not None and replace(previous, exit_tickets=ind.exit_tickets) == ind:
            return  # the same figures again (a return to the page): nothing to redraw
        self._fill_cards(ind)
        self.attendance_chart.set_bars(
            [
                Bar(
                    f"{s.number}",
                    s.attendance.ratio.rate,
                    self.tr("Session {number} ({date}): {rate}").format(
                        number=s.number,
                        date=day_text(s.date),
                        rate=percent(s.attendance.ratio.rate),
                    ),
                )
                for s in ind.sessions
            ]
        )
        if ind.scope == "network":  # the network's goal; one person is present or not
            self.attendance_chart.set_target(
                ATTENDANCE_TARGET,
                self.tr("goal {percent}").format(percent=percent(ATTENDANCE_TARGET)),
            )
            self.attendance_chart.setToolTip(
                self.tr("Bars: sessions by number. Dashed line: the goal.")
            )
        else:
            self.attendance_chart.set_target(None)
            self.attendance_chart.setToolTip(self.tr("Bars: sessions by number."))
        sat = ind.satisfaction
        labels = {
            "useful": self.tr("Very useful (top answer)"),
            "prepared": self.tr("Very prepared (top answer)"),
            "trust": self.tr("Trust to voice doubts (agree or better)"),
            "applied": self.tr("Brought into practice (agree or better)"),
        }
        rows = []
        for question, label in labels.items():
            headline = satisfaction_headline(sat, question)
            goal = DEFINITIONS[question].goal
            side = ratio_text(headline.numerator, headline.denominator)
            if goal is not None:
                side += " · " + self.tr("goal {goal} ({source})").format(
                    goal=percent(goal.value), source=goal.source
                )
            if SATISFACTION_BASIS[question] == TOP_BOX:
                side += " · " + self.tr("agree or better {rate}").format(
                    rate=percent(sat.agree(question).rate)
                )
            else:
                side += " · " + self.tr("top answer {rate}").format(
                    rate=percent(sat.top_box(question).rate)
                )
            rows.append((label, headline.rate, f"({side})"))
        self.satisfaction_bars.set_rows(rows if sat.answers else [])
        pending = ind.pending
        if pending.last_session is None:
            self.pending_note.setText(self.tr("No session held in this year yet."))
        else:
            last = pending.last_session
            self.pending_note.setText(
                self.tr(
                    "Last session held: {number}. {title} ({date}). "
                    "“—” means not expected (absent)."
                ).format(number=last.number, title=last.title, date=day_text(last.date))
            )
        self.pending_model.set_rows(pending.teachers)
        fit_table_height(self.pending_table, len(pending.teachers), least=1, most=12)
        self.sessions_model.set_rows(ind.sessions)
        fit_table_height(self.sessions_table, len(ind.sessions), least=1, most=14)
        self.students_section.show_levels(ind.students)

    def _fill_cards(self, ind: Indicators) -> None:
        att = ind.attendance
        self.attendance_card.set_content(
            percent(att.ratio.rate),
            self.tr("Attendance at the sessions of {year}").format(year=ind.year),
            self.tr("{present} present, {absent} absent, {excused} excused").format(
                present=att.present, absent=att.absent, excused=att.excused
            ),
        )
        shared = ind.practices_shared
        if shared.goal is not None:
            reached = shared.count >= shared.goal  # "22 of 7" would read oddly
            self.shared_card.set_content(
                str(shared.count) if reached else ratio_text(shared.count, shared.goal),
                self.tr("Practices shared at sessions"),
                (
                    self.tr("Goal of the year reached: {goal}")
                    if reached
                    else self.tr("The goal of the year: {goal}")
                ).format(goal=shared.goal),
                goal=(shared.count, shared.goal),
            )
        else:
            self.shared_card.set_content(
                str(shared.count), self.tr("My practices presented at sessions"), ""
            )
        adoption = ind.adoption
        self.adoption_card.set_content(
            percent(adoption.rate),
            self.tr("Chose a practice to apply")
            if self.is_advisor
            else self.tr("Sessions where I chose a practice"),
            self.tr("{ratio} of those present").format(
                ratio=ratio_text(adoption.numerator, adoption.denominator)
            )
            if self.is_advisor
            else ratio_text(adoption.numerator, adoption.denominator),
        )
        cont = ind.continuation
        self.continuation_card.set_content(
            percent(cont.ratio.rate),
            self.tr("Self-assessments that keep the practice"),
            self.tr("Continue {keep} · with adjustments {adjust} · drop {drop}").format(
                keep=cont.continue_, adjust=cont.adjust, drop=cont.drop
            ),
        )
        self._place_cards()

    def _place_cards(self) -> None:
        width = self.scroll.viewport().width() or self.width()
        per_row = 4 if width >= self.fontMetrics().averageCharWidth() * 110 else 2
        if per_row == self._cards_columns:
            return
        self._cards_columns = per_row
        for card in self.cards:
            self.cards_layout.removeWidget(card)
        for number, card in enumerate(self.cards):
            self.cards_layout.addWidget(card, number // per_row, number % per_row)
        for position in range(4):
            self.cards_layout.setColumnStretch(position, 1 if position < per_row else 0)

    def _clear_trends(self) -> None:
        for widget in self._trend_widgets:
            self.trends_layout.removeWidget(widget)
            widget.deleteLater()
        self._trend_widgets = []
        self._trends_of = None
        self._trends_shown = None

    def _show_trends(self, ind: Indicators) -> None:
        """The exit tickets' trends (left as they are when they did not change)."""
        key = (ind.year, ind.scope)
        if self._trends_of == key and self._trends_shown == ind.exit_tickets:
            return
        self._clear_trends()
        self._trends_of, self._trends_shown = key, ind.exit_tickets
        questions = ind.exit_tickets.questions
        if not questions:
            self.exit_note.setText(self.tr("No exit tickets tallied in this year yet."))
            return
        network = ind.scope == "network"
        self.exit_note.setText(
            self.tr(
                "%n tally(ies). Each column is the share of answers of a month that chose "
                "each option.",
                "",
                ind.exit_tickets.tallies,
            )
            if network
            else self.tr(
                "%n tally(ies). Each column is one of your applications.",
                "",
                ind.exit_tickets.tallies,
            )
        )
        for number, question in enumerate(questions):
            box = self._trend_chart(question, network)
            self.trends_layout.addWidget(box, number // 2, number % 2)
            self._trend_widgets.append(box)
        self.trends_layout.setColumnStretch(0, 1)
        self.trends_layout.setColumnStretch(1, 1)

    def _trend_chart(self, question: QuestionTrend, network: bool) -> QWidget:
        box = QWidget(self.trends_host)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 6)
        title = QLabel(question.prompt or question.id, box)
        title.setObjectName(f"trendTitle_{question.id}")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        keys: dict[str, dt.date] = {}
        for option in question.options:
            for point in option.trend:
                keys.setdefault(point.key, point.day)
        ordered = sorted(keys, key=lambda k: (keys[k], k))
        locale = QLocale()
        periods = [
            locale.monthName(keys[k].month, QLocale.FormatType.ShortFormat)
            if network
            else locale.toString(keys[k].day)
            + " "
            + locale.monthName(keys[k].month, QLocale.FormatType.ShortFormat)
            for k in ordered
        ]
        series = []
        for option in question.options:
            by_key = {p.key: p.share.rate for p in option.trend}
            label = f"{option.label or option.id} ({percent(option.total.rate)})"
            series.append((label, [by_key.get(k) for k in ordered]))
        chart = StackedColumns(box)
        chart.setObjectName(f"trendChart_{question.id}")
        chart.setAccessibleName(question.prompt or question.id)
        chart.set_data(periods, series)
        layout.addWidget(title)
        layout.addWidget(chart)
        return box

    def _chose_text(self, teacher: TeacherPending) -> str:
        if teacher.chose_at_last_session is None:
            return "—"
        return self.tr("Yes") if teacher.chose_at_last_session else self.tr("Not yet")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.indicators is not None:
            self._place_cards()
