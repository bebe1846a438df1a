"""Inicio: what matters today for this person, from `minga.services.home`.

A teacher sees their practices by status, their recent practices, what colleagues
shared lately and the drafts left to finish; the advisor sees the network (schools,
teachers, practices shared this year against the goal, sessions) and its recent
practices. A click on a practice or a draft asks the main window to open it in Prácticas.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from minga.domain.vocab import ROLE_LABELS, STATUS_LABELS, PracticeStatus, Role
from minga.services.home import HomeSummary, RecentPractice, home_summary
from minga.services.year import AgreementInfo
from minga.ui.context import UiContext
from minga.ui.text_scale import known_base_point_size
from minga.ui.widgets.scroll import LARGE_TEXT
from minga.ui.widgets.text import clock_text
from minga.ui.widgets.text import vocab as _vocab

__all__ = ["HomePage"]

log = logging.getLogger(__name__)

#: Item data role holding the id to open (str practice id or int draft id).
ID_ROLE = Qt.ItemDataRole.UserRole
#: Item data role holding the second, quieter line of a row.
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1


def _scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(1.0, base.pointSizeF() * factor))
    font.setBold(bold)
    return font


class StatCard(QFrame):
    """A big number with a caption (and optionally a progress bar towards a goal)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("class", "statCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label = QLabel(self)
        self.value_label.setObjectName(f"{name}Value")
        self.value_label.setFont(_scaled_font(self.font(), 2.0, bold=True))
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        self.caption_label = QLabel(self)
        self.caption_label.setObjectName(f"{name}Caption")
        self.caption_label.setWordWrap(True)
        self.caption_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName(f"{name}Detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setForegroundRole(self.detail_label.foregroundRole())
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(max(8, self.fontMetrics().height() // 2))
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)

    def set_content(
        self, value: str, caption: str, detail: str = "", goal: tuple[int, int] | None = None
    ) -> None:
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        if goal is None:
            self.progress.hide()
        else:
            done, target = goal
            self.progress.setRange(0, max(1, target))
            self.progress.setValue(min(done, max(1, target)))
            self.progress.show()

    @property
    def value(self) -> str:
        return self.value_label.text()


class _TwoLineDelegate(QStyledItemDelegate):
    """A title over a quieter line of details, each elided to the row's width."""

    PADDING = 5

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        lines = 2 if index.data(DETAIL_ROLE) else 1
        height = option.fontMetrics.lineSpacing() * lines + 2 * self.PADDING
        return QSize(option.fontMetrics.averageCharWidth() * 30, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        palette = opt.palette
        if selected:
            main = detail_colour = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            main = palette.color(QPalette.ColorRole.Text)
            detail_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        if not enabled:
            main = detail_colour
        rect = opt.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        metrics = opt.fontMetrics
        line = metrics.lineSpacing()
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(main)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        detail = index.data(DETAIL_ROLE)
        if detail:
            painter.setPen(detail_colour)
            painter.drawText(
                QRect(rect.left(), rect.top() + line, rect.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(str(detail), Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()


class LinkList(QListWidget):
    """A short list of things to open with a click or Enter; exactly as tall as its rows."""

    chosen = Signal(object)
    """The id of the row clicked, or of the current row when Enter was pressed."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        # Not itemActivated: whether one click activates depends on the platform's style,
        # and a double click would then open the same thing twice.
        self.itemClicked.connect(self._emit_chosen)
        self.setItemDelegate(_TwoLineDelegate(self))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_rows(self, rows: list[tuple[str, str, str, object]], empty_text: str) -> None:
        """(title, detail, tooltip, id) rows; `empty_text` (not clickable) when none."""
        self.clear()
        for title, detail, tooltip, item_id in rows:
            item = QListWidgetItem(title, self)
            item.setData(DETAIL_ROLE, detail)
            item.setToolTip(tooltip)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {detail}")
            item.setData(ID_ROLE, item_id)
        if not rows:
            item = QListWidgetItem(empty_text, self)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if rows else Qt.FocusPolicy.NoFocus)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._emit_chosen(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def _emit_chosen(self, item: QListWidgetItem) -> None:
        item_id = item.data(ID_ROLE)
        if item_id is not None:
            self.chosen.emit(item_id)

    def ids(self) -> list[object]:
        return [
            self.item(i).data(ID_ROLE)
            for i in range(self.count())
            if self.item(i).data(ID_ROLE) is not None
        ]


class HomePage(QWidget):
    """The start page (Inicio)."""

    #: Inicio sums up everything.
    shows: frozenset[str] | None = None

    open_practice = Signal(str)
    """A practice id the person clicked."""
    open_draft = Signal(int)
    """A draft id the person clicked."""
    invite_teachers = Signal()
    """The advisor asked to invite teachers (the main window opens the invitation)."""
    open_session = Signal(str)
    """A session id: the one whose acta holds the open agreement the person chose."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.ctx = ctx
        self.summary: HomeSummary | None = None

        self.greeting = QLabel(self)
        self.greeting.setObjectName("homeGreeting")
        self.greeting.setTextFormat(Qt.TextFormat.PlainText)
        self.greeting.setWordWrap(True)
        self.greeting.setFont(_scaled_font(self.font(), 1.5, bold=True))
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("homeSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)

        self.cards = {
            name: StatCard(name, self)
            for name in (
                "myPracticesCard",
                "sharedCard",
                "schoolsCard",
                "teachersCard",
                "sessionsCard",
                "nextSessionCard",
            )
        }
        self.my_recent_title = self._section_title("myRecentTitle")
        self.my_recent = LinkList("myRecentList", self)
        self.network_title = self._section_title("networkRecentTitle")
        self.network_recent = LinkList("networkRecentList", self)
        self.drafts_title = self._section_title("draftsTitle")
        self.drafts = LinkList("draftsList", self)
        for practice_list in (self.my_recent, self.network_recent):
            practice_list.chosen.connect(lambda item_id: self.open_practice.emit(str(item_id)))
        self.drafts.chosen.connect(lambda item_id: self.open_draft.emit(int(item_id)))
        # The acta's open agreements this person answers for (the advisor: all of them).
        self.agreements_title = self._section_title("agreementsTitle")
        self.agreements = LinkList("agreementsList", self)
        self.agreements.chosen.connect(lambda item_id: self.open_session.emit(str(item_id)))

        content = QWidget(self)
        content.setObjectName("homeContent")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.greeting)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        # What a newer Minga sent, kept here until this one is updated.
        self.newer_note = QLabel(self)
        self.newer_note.setObjectName("newerRecordsNote")
        self.newer_note.setTextFormat(Qt.TextFormat.PlainText)
        self.newer_note.setWordWrap(True)
        self.newer_note.hide()
        titles.addWidget(self.newer_note)
        # An advisor without teachers yet: the way to invite them, where she sees "0".
        self.invite_note = QLabel(self)
        self.invite_note.setObjectName("inviteNote")
        self.invite_note.setTextFormat(Qt.TextFormat.PlainText)
        self.invite_note.setWordWrap(True)
        self.invite_button = QPushButton(self)
        self.invite_button.setObjectName("inviteTeachers")
        self.invite_button.clicked.connect(self.invite_teachers)
        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invite_note, 1)
        invite_row.addWidget(self.invite_button)
        self.cards_layout = QGridLayout()
        self.cards_layout.setSpacing(12)
        self.lists_layout = lists = QGridLayout()
        lists.setHorizontalSpacing(24)
        lists.setVerticalSpacing(6)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(1, 1)
        lists.setRowStretch(6, 1)
        self._placed_for: bool | None = None
        self._card_order: list[str] = []
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(16)
        column.addLayout(header)
        column.addLayout(invite_row)
        column.addLayout(self.cards_layout)
        # An advisor with several microcentros: theirs side by side, compactly.
        self.networks_table: Any = None
        if ctx.actor.role == Role.ADVISOR:
            from minga.ui.network_figures import NetworksTable, several_networks

            if several_networks(ctx):
                self.networks_table = NetworksTable(ctx, content, compact=True)
                column.addWidget(self.networks_table)
        column.addLayout(lists)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setStyleSheet(
            "QFrame[class='statCard'] { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        self.refresh()

    def _section_title(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setFont(_scaled_font(self.font(), 1.15, bold=True))
        label.setWordWrap(True)  # at 200 % two titles side by side are wider than the page
        return label

    # --- data ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the summary again (cheap counts) and shows it."""
        self.summary = home_summary(self.ctx.workspace.db)
        self._render()
        if self.networks_table is not None:
            self.networks_table.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.summary is not None:
            self._render()
        elif event.type() == QEvent.Type.FontChange:
            self._place_cards()  # Preferencias' text size
        super().changeEvent(event)

    def _cards_per_row(self) -> int:
        """All the cards on one row; two a row when the text is large (150 % and more),
        where one row of five was wider than a 1366x768 screen."""
        app = QApplication.instance()
        base = known_base_point_size(app) if isinstance(app, QApplication) else None
        large = base is not None and self.font().pointSizeF() >= base * LARGE_TEXT
        return 2 if large else max(1, len(self._card_order))

    def _place_cards(self) -> None:
        order = self._card_order
        if not order:
            return  # nothing read yet
        per_row = self._cards_per_row()
        for card in self.cards.values():
            self.cards_layout.removeWidget(card)
            card.hide()
        for position, name in enumerate(order):
            row, column = divmod(position, per_row)
            self.cards_layout.addWidget(self.cards[name], row, column)
            self.cards[name].show()
        for position in range(len(self.cards)):
            self.cards_layout.setColumnStretch(position, 1 if position < per_row else 0)

    # --- rendering -----------------------------------------------------------------

    def _render(self) -> None:
        summary = self.summary
        assert summary is not None
        info = summary.info
        self.greeting.setText(self.tr("Hello, {name}").format(name=info.person_name))
        role = _vocab(ROLE_LABELS.get(info.role, info.role))
        place = info.school_name or info.microcentre_name
        if info.school_name and info.microcentre_name:
            place = f"{info.school_name} · {info.microcentre_name}"
        self.subtitle.setText(f"{role} · {place}" if place else role)
        newer = summary.newer_records
        update = summary.update
        lines = []
        if newer:
            lines.append(
                self.tr("1 record needs a newer version of Minga.")
                if newer == 1
                else self.tr("{count} records need a newer version of Minga.").format(count=newer)
            )
        if update is not None:
            lines.append(
                self.tr("Your network already uses Minga {version}.").format(version=update.version)
                + " "
                + (
                    self.tr("Its installer is in {path}.").format(path=update.installer)
                    if update.installer
                    else self.tr("Ask your advisor for the installer.")
                )
            )
        self.newer_note.setText("\n".join(lines))
        self.newer_note.setVisible(bool(lines))

        # Cards: the advisor watches the network; a teacher starts from their own work.
        if summary.is_advisor:
            order = ["schoolsCard", "teachersCard", "sharedCard", "sessionsCard", "nextSessionCard"]
        else:
            order = ["myPracticesCard", "sharedCard", "nextSessionCard"]
        self._fill_cards(summary)
        self._card_order = order
        self._place_cards()

        no_teachers = summary.is_advisor and summary.network.teachers == 0
        self.invite_note.setText(
            self.tr(
                "No teachers in your microcentre yet. Give each one an invitation file "
                "(USB drive or e-mail) to join."
            )
        )
        self.invite_button.setText(self.tr("Invite teachers…"))
        self.invite_note.setVisible(no_teachers)
        self.invite_button.setVisible(no_teachers)

        self._place_lists(summary.is_advisor)
        if summary.is_advisor:
            self.my_recent_title.setText(self.tr("Recent practices of the network"))
            self.my_recent.set_rows(
                [self._practice_row(p, with_author=True) for p in summary.network_recent],
                self.tr("No practices in the network yet."),
            )
            self.network_title.hide()
            self.network_recent.hide()
        else:
            self.my_recent_title.setText(self.tr("My recent practices"))
            self.my_recent.set_rows(
                [self._practice_row(p, with_author=False) for p in summary.my_recent],
                self.tr('You have no practices yet. Start one with "New practice".'),
            )
            self.network_title.setText(self.tr("Lately in the microcentre"))
            self.network_recent.set_rows(
                [self._practice_row(p, with_author=True) for p in summary.network_recent],
                self.tr("Your colleagues' practices will appear here when they arrive."),
            )
            self.network_title.show()
            self.network_recent.show()

        self.drafts_title.setText(self.tr("Drafts to finish"))
        draft_rows = []
        for draft in summary.drafts:
            title = draft.title or self.tr("(untitled)")
            when = self._date(draft.updated_at)
            if draft.updated_at.astimezone().date() == self._today():
                saved = self.tr("saved today at {time}").format(time=clock_text(draft.updated_at))
            else:
                saved = self.tr("saved {date}").format(date=when)
            draft_rows.append((title, saved, title, draft.id))
        if summary.drafts_total > len(summary.drafts):
            more = summary.drafts_total - len(summary.drafts)
            self.drafts_title.setText(
                self.tr("Drafts to finish") + " " + self.tr("(%n more)", "", more)
            )
        self.drafts.set_rows(draft_rows, self.tr("Nothing left half done."))

        total = summary.open_agreements_total
        self.agreements_title.setText(
            self.tr("Open agreements")
            + (" " + self.tr("(%n more)", "", total - len(summary.open_agreements)))
            * (total > len(summary.open_agreements))
        )
        self.agreements.set_rows(
            [self._agreement_row(a) for a in summary.open_agreements],
            self.tr("No open agreements."),
        )

    def _place_lists(self, advisor: bool) -> None:
        """A teacher: own practices and drafts on the left, colleagues' on the right.
        The advisor: the network's practices on the left, drafts on the right."""
        if self._placed_for is advisor:
            return
        lists = self.lists_layout
        for widget in (
            self.my_recent_title,
            self.my_recent,
            self.network_title,
            self.network_recent,
            self.drafts_title,
            self.drafts,
            self.agreements_title,
            self.agreements,
        ):
            lists.removeWidget(widget)
        top = Qt.AlignmentFlag.AlignTop
        lists.addWidget(self.my_recent_title, 0, 0)
        lists.addWidget(self.my_recent, 1, 0, top)
        if advisor:
            lists.addWidget(self.drafts_title, 0, 1)
            lists.addWidget(self.drafts, 1, 1, top)
            lists.addWidget(self.agreements_title, 2, 1)
            lists.addWidget(self.agreements, 3, 1, top)
        else:
            lists.addWidget(self.agreements_title, 4, 0)
            lists.addWidget(self.agreements, 5, 0, top)
            lists.addWidget(self.drafts_title, 2, 0)
            lists.addWidget(self.drafts, 3, 0, top)
            lists.addWidget(self.network_title, 0, 1)
            lists.addWidget(self.network_recent, 1, 1, 3, 1, top)
        self._placed_for = advisor

    def _fill_cards(self, summary: HomeSummary) -> None:
        network = summary.network
        year = summary.today.year
        by_status = summary.my_practices_by_status
        parts = [
            f"{_vocab(STATUS_LABELS[status])}: {by_status.get(status, 0)}"
            for status in PracticeStatus
        ]
        self.cards["myPracticesCard"].set_content(
            str(summary.my_practices_total),
            self.tr("My practices"),
            "\n".join(parts),
        )
        shared, goal = network.shared_this_year, network.annual_goal
        self.cards["sharedCard"].set_content(
            # Once the goal is reached, the count alone ("22 of 7" would read oddly).
            str(shared)
            if shared >= goal
            else self.tr("{done} of {goal}").format(done=shared, goal=goal),
            self.tr("Practices shared at sessions in {year}").format(year=year),
            self.tr("The microcentre's goal: {goal} a year").format(goal=goal),
            goal=(shared, goal),
        )
        self.cards["schoolsCard"].set_content(str(network.schools), self.tr("Schools"))
        self.cards["teachersCard"].set_content(str(network.teachers), self.tr("Teachers"))
        self.cards["sessionsCard"].set_content(
            str(network.sessions_held_this_year),
            self.tr("Sessions held in {year}").format(year=year),
            self.tr("%n practice(s) in the network", "", network.practices),
        )
        upcoming = network.next_session
        # A planned session whose date has passed was not held until someone closes it
        # (marks it held, with the attendance): say so, it does not count as held.
        to_close = [
            self.tr("The session of {date} is to be closed.").format(
                date=f"{s.date.day:02d}-{s.date.month:02d}"
            )
            for s in network.to_close
        ]
        if upcoming is None:
            self.cards["nextSessionCard"].set_content(
                "—",
                self.tr("Next session"),
                "\n".join([self.tr("No session planned yet."), *to_close]),
            )
        else:
            self.cards["nextSessionCard"].set_content(
                self._date(upcoming.date),
                self.tr("Next session"),
                "\n".join(
                    [
                        " · ".join(part for part in (upcoming.title, upcoming.place) if part),
                        *to_close,
                    ]
                ),
            )

    def _practice_row(
        self, practice: RecentPractice, *, with_author: bool
    ) -> tuple[str, str, str, object]:
        status = _vocab(STATUS_LABELS.get(practice.status, practice.status))
        when = self._date(practice.updated_at)
        if with_author:
            parts = [practice.author_name, practice.school_name, when]
        else:
            parts = [status, when]
        detail = " · ".join(p for p in parts if p)
        tooltip_parts = [practice.title, practice.author_name, practice.school_name, status]
        return practice.title, detail, "\n".join(p for p in tooltip_parts if p), practice.id

    def _agreement_row(self, agreement: AgreementInfo) -> tuple[str, str, str, object]:
        who = agreement.responsible_name or self.tr("The whole network")
        parts = [who, self.tr("Session {number}").format(number=agreement.session_number)]
        if agreement.due_on is not None:
            due = self.tr("due {date}").format(date=self._date(agreement.due_on))
            parts.append(self.tr("overdue, {due}").format(due=due) if agreement.overdue else due)
        detail = " · ".join(parts)
        return agreement.text, detail, f"{agreement.text}\n{detail}", agreement.session_id

    def _today(self) -> dt.date:
        """The day the summary was read for (the workspace clock's today)."""
        return self.summary.today if self.summary is not None else self.ctx.today()

    def _date(self, value: dt.date | dt.datetime) -> str:
        if isinstance(value, dt.datetime):
            value = value.astimezone().date()
        qdate = QDate(value.year, value.month, value.day)
        today = self._today()
        fmt = self.tr("MMM d") if value.year == today.year else self.tr("MMM d, yyyy")
        return QLocale().toString(qdate, fmt)
