"""Aplicación: the practices I chose to apply, their applications, exit tickets and
self-assessments (a teacher); who has not chosen yet and who owes a self-assessment (the
advisor)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.domain.vocab import Role
from minga.services.adoption import AdoptionRow, PendingSelfAssessments
from minga.services.drafts import DraftInfo
from minga.ui.adoption.editor import APPLICATION_DRAFT_KIND, ApplicationEditor, ChooseForm
from minga.ui.context import UiContext
from minga.ui.editing.frame import settle
from minga.ui.tasks import PAGE_FETCH
from minga.ui.widgets.fields import banner, heading, show_text
from minga.ui.widgets.layout import MasterDetail
from minga.ui.widgets.table import Column, ColumnFitter, RowsModel, fit_table_height, setup_table
from minga.ui.widgets.text import day_text

__all__ = ["AdoptionPage", "FollowUpView"]

PRACTICE, CHOSEN, APPLICATIONS, STATUS = range(4)


class AdoptionPage(QWidget):
    """The Aplicación area: a teacher's adoptions, or the advisor's follow-up."""

    #: The kinds of record it shows (`minga.ui.changes.Page`).
    shows: frozenset[str] | None = frozenset(
        {
            "adoption",
            "application",
            "exit_ticket_tally",
            "self_assessment",
            "session",
            "presentation",
            "practice",
            "template",
            "person",
        }
    )

    dirty_changed = Signal(bool)
    loaded = Signal()
    """The list of chosen practices was (re)filled."""
    #: An empty list is filled first with this many of the newest (more than a screen
    #: holds), then with all of them: reading a `large` notebook's 1,800 takes a while.
    first_rows = 100
    draft_kinds = (APPLICATION_DRAFT_KIND,)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adoptionPage")
        self.ctx = ctx
        self.is_advisor = ctx.actor.role == Role.ADVISOR
        self._editor: ApplicationEditor | None = None
        self._choose: ChooseForm | None = None
        self.last_session: Any = None
        self._generation = 0
        self._loading = False
        self._loading_rest = False  # the newest rows are shown, the others on their way
        # What the rows shown were read from (`AdoptionService.my_rows_fingerprint`):
        # coming back to the page reads them again only when it changed.
        self._fingerprint: tuple[Any, ...] | None = None
        self._open_first_when_loaded = False
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)
        if self.is_advisor:
            self.follow_up = FollowUpView(ctx, self)
            root.addWidget(self.follow_up)
            return
        top = QHBoxLayout()
        self.title_label = heading(self, 1.15)
        self.title_label.setText(self.tr("Practices I apply in my school"))
        top.addWidget(self.title_label, 1)
        self.choose_button = QPushButton(self.tr("Choose a practice…"), self)
        self.choose_button.setObjectName("openChoose")
        self.choose_button.clicked.connect(lambda _checked=False: self.open_choose())
        top.addWidget(self.choose_button)
        root.addLayout(top)
        self.banner = banner(self, "lastSessionBanner", warning=True)
        self.banner_button = QPushButton(self.tr("Choose from the last session"), self)
        self.banner_button.setObjectName("chooseFromLast")
        self.banner_button.clicked.connect(self._choose_from_last)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_button)
        root.addLayout(banner_row)

        self.panes = MasterDetail(self, grow_with_text=True)
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Practice"), lambda a: a.practice_title),
                Column(lambda: self.tr("Chosen on"), lambda a: day_text(a.chosen_on)),
                Column(
                    lambda: self.tr("Applications"),
                    lambda a: str(a.applications),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(lambda: self.tr("Pending"), self._pending_text),
            ],
            self,
        )
        self.table = QTableView(self.panes.list_side)
        setup_table(self.table, "adoptionTable", self.tr("Practices I chose"))
        self.table.setModel(self.model)
        # The columns beside the title hold dates, counts and short words: their width
        # measured on a few hundred rows is theirs on all (Qt's default reads up to 1,000
        # rows of each: a third of the first showing on a `large` notebook).
        self.table.verticalHeader().setResizeContentsPrecision(250)
        self.fitter = ColumnFitter(self.table, PRACTICE, (STATUS, APPLICATIONS))
        self.table.activated.connect(self._open_index)
        self.table.clicked.connect(self._open_index)
        self.count_label = QLabel(self.panes.list_side)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.panes.list_layout.addWidget(self.table, 1)
        self.panes.list_layout.addWidget(self.count_label)
        self._placeholder_text = self.tr(
            "Choose a practice in the list to record when you applied it, its exit "
            "tickets and your self-assessment."
        )
        self.panes.placeholder.setText(self._placeholder_text)
        root.addWidget(self.panes, 1)
        QWidget.setTabOrder(self.choose_button, self.banner_button)
        QWidget.setTabOrder(self.banner_button, self.table)
        self.refresh()

    # --- the list ------------------------------------------------------------------------

    def _pending_text(self, adoption: AdoptionRow) -> str:
        if not adoption.applications:
            return self.tr("Apply it")
        waiting = adoption.waiting
        return self.tr("%n self-assessment(s)", "", waiting) if waiting else "—"

    @property
    def is_loading(self) -> bool:
        return self._loading

    def refresh(self, select: str | None = None) -> None:
        """Reads the chosen practices again, on the task runner ("Loading…" meanwhile:
        a teacher of the `large` demo has some 1,800 of them)."""
        if self.is_advisor:
            self.follow_up.refresh()
            return
        self._generation += 1
        generation = self._generation
        adoption, sessions = self.ctx.adoption, self.ctx.sessions
        self._loading = True
        self.count_label.setText(self.tr("Loading…"))
        # An empty list shows the newest first (a list already shown is replaced at once:
        # shortening it for a moment would lose its place).
        limit = self.first_rows if not self.model.rowCount() else None

        def work(_progress: object) -> tuple[list[AdoptionRow], Any, tuple[Any, ...]]:
            # The fingerprint first: a write meanwhile makes the next one differ.
            fingerprint = adoption.my_rows_fingerprint()
            rows = adoption.my_adoption_rows(limit=limit)
            return rows, sessions.last_held_session(), fingerprint

        def done(result: tuple[list[AdoptionRow], Any, tuple[Any, ...]]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            rows, last, fingerprint = result
            if limit is not None and len(rows) >= limit:
                self._show_first_rows(rows, select=select)
                self._read_the_rest(generation, last, fingerprint, select)
                return
            self._fingerprint = fingerprint
            self._show_rows(rows, last, select=select)

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self._fingerprint = None
                self._show_rows([], self.last_session, select=None)
                self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(work, on_done=done, on_error=failed, priority=PAGE_FETCH)

    def _show_first_rows(self, rows: list[AdoptionRow], *, select: str | None) -> None:
        """The newest rows, while the others are read ("Loading…" stays below)."""
        self._loading = False
        self._loading_rest = True
        self.model.set_rows(rows)
        if select:
            row = self.model.row_of(select)
            if row is not None:
                self.table.selectRow(row)

    def _read_the_rest(
        self, generation: int, last: Any, fingerprint: tuple[Any, ...], select: str | None
    ) -> None:
        adoption = self.ctx.adoption

        def done(rows: list[AdoptionRow]) -> None:
            if isValid(self) and generation == self._generation:
                self._fingerprint = fingerprint
                chosen = self._selected_adoption() or select
                self._show_rows(rows, last, select=chosen)

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self._fingerprint = None
                self._loading_rest = False
                self.count_label.setText("")
                self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(
            lambda _progress: adoption.my_adoption_rows(),
            on_done=done,
            on_error=failed,
            priority=PAGE_FETCH,
        )

    def _selected_adoption(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def _show_rows(self, rows: list[AdoptionRow], last: Any, *, select: str | None) -> None:
        self._loading = False
        self._loading_rest = False
        self.last_session = last
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n practice(s) chosen", "", len(rows)))
        missing = (
            last is not None
            and last.presentations > 0
            and not any(a.session_id == last.id for a in rows)
        )
        if missing:
            show_text(
                self.banner,
                self.tr("You have not chosen a practice from the last session yet.")
                + " "
                + self.tr("({number}. {title}, {date})").format(
                    number=last.number, title=last.title, date=day_text(last.date)
                ),
            )
        else:
            show_text(self.banner, "")
        self.banner_button.setVisible(missing)
        if not rows:
            self.panes.placeholder.setText(
                self.tr(
                    "You have not chosen a practice yet. Press «Choose a practice…» to "
                    "pick one a colleague presented or shared."
                )
            )
        else:
            self.panes.placeholder.setText(self._placeholder_text)
        if select:
            row = self.model.row_of(select)
            if row is not None:
                self.table.selectRow(row)
        self.loaded.emit()
        if self._open_first_when_loaded:
            self._open_first_when_loaded = False
            self.open_first_record()

    def area_shown(self) -> None:
        """Coming back to the page: the rows shown stay, and are read again (on the task
        runner) only when what they were read from changed meanwhile (a practice applied
        from Sesiones, a bundle, another day): with some 1,800 rows on a `large`
        notebook, reading and laying them out again each time took longer than the
        page's budget."""
        if self.is_advisor:
            self.refresh()
            return
        if self._loading or self._loading_rest:  # a reading is on its way (just built)
            return
        known = self._fingerprint
        if known is None:
            self.refresh(select=self._current_adoption())
            return
        generation = self._generation
        adoption = self.ctx.adoption

        def done(fingerprint: tuple[Any, ...]) -> None:
            if (
                isValid(self)
                and generation == self._generation
                and not self._loading
                and not self._loading_rest
                and fingerprint != known
            ):
                self.refresh(select=self._current_adoption())

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.refresh(select=self._current_adoption())  # says what went wrong

        self.ctx.runner.run(
            lambda _progress: adoption.my_rows_fingerprint(),
            on_done=done,
            on_error=failed,
            priority=PAGE_FETCH,
        )

    def _current_adoption(self) -> str | None:
        editor = self._editor
        return editor.adoption.id if editor is not None and editor.adoption else None

    def _open_index(self, index: QModelIndex) -> None:
        adoption_id = self.model.row_id(index.row())
        editor = self._editor
        if adoption_id and (
            editor is None
            or editor.adoption is None
            or editor.adoption.id != adoption_id
            or self.panes.detail.currentWidget() is not editor
        ):
            self.open_adoption(adoption_id)

    # --- the detail ----------------------------------------------------------------------

    @property
    def editor(self) -> ApplicationEditor:
        if self._editor is None:
            editor = ApplicationEditor(self.ctx, self.panes.detail)
            self.panes.detail.addWidget(editor)  # never a loose child over the placeholder
            editor.saved.connect(lambda adoption_id: self.refresh(select=adoption_id))
            editor.closed.connect(self._detail_closed)
            editor.withdrawn.connect(self._withdrawn)
            editor.dirty_changed.connect(self.dirty_changed)
            self.addAction(editor.save_action)
            QWidget.setTabOrder(self.table, editor.applications_table)
            self._editor = editor
        return self._editor

    @property
    def choose_form(self) -> ChooseForm:
        if self._choose is None:
            form = ChooseForm(self.ctx, self.panes.detail)
            self.panes.detail.addWidget(form)
            form.chosen.connect(self._chosen)
            form.cancelled.connect(self._detail_closed)
            self._choose = form
        return self._choose

    def open_adoption(self, adoption_id: str, application_id: str | None = None) -> bool:
        if self._editor is not None and not settle(self._editor):
            return False
        try:
            adoption = self.ctx.adoption.get(adoption_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.editor.load_adoption(adoption, application_id)
        self.panes.show_detail(self.editor)
        row = self.model.row_of(adoption_id)
        if row is not None and self.table.currentIndex().row() != row:
            self.table.selectRow(row)
        return True

    def open_choose(self, session_id: str | None = None) -> bool:
        if self.is_advisor:
            return False
        if self._editor is not None and not settle(self._editor):
            return False
        form = self.choose_form
        form.reload(session_id)
        self.panes.show_detail(form)
        form.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _choose_from_last(self) -> None:
        self.open_choose(self.last_session.id if self.last_session else None)

    def _chosen(self, adoption_id: str) -> None:
        self.refresh(select=adoption_id)
        self.open_adoption(adoption_id)
        self.editor.focus_first_field()

    def _withdrawn(self, _adoption_id: str) -> None:
        self.refresh()
        self._detail_closed()

    def _detail_closed(self) -> None:
        self.panes.show_placeholder()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_first_record(self) -> bool:
        if self.is_advisor:
            return self.follow_up.session_combo.count() > 0
        if self._loading:  # opens when the list is in
            self._open_first_when_loaded = True
            return True
        if self.model.rowCount():
            return self.open_adoption(self.model.row_id(0) or "")
        return self.open_choose()

    def open_draft(self, draft_id: int) -> bool:
        if self.is_advisor:
            return False
        if self._editor is not None and not settle(self._editor):
            return False
        try:
            draft: DraftInfo | None = self.ctx.drafts.get(draft_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        if draft is None or not self.editor.load_draft(draft):
            self.ctx.bridge.warning(self.tr("That draft is no longer there."))
            return False
        self.panes.show_detail(self.editor)
        return True

    def has_unsaved_changes(self) -> bool:
        return self._editor is not None and self._editor.has_unsaved_changes()

    def save_current(self) -> bool:
        return self._editor is None or self._editor.save()

    def flush_drafts(self) -> None:
        if self._editor is not None:
            self._editor.flush_draft()

    def hideEvent(self, event) -> None:
        self.flush_drafts()
        super().hideEvent(event)


class FollowUpView(QWidget):
    """The advisor's follow-up: who has not chosen a practice at a session, and the
    applications of the year that no self-assessment covers yet, per teacher."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUp")
        self.ctx = ctx
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 8, 12, 12)
        column.setSpacing(6)
        title = heading(content, 1.15)
        title.setText(self.tr("Follow-up of the practices applied"))
        column.addWidget(title)
        intro = QLabel(
            self.tr(
                "The network's norm is that every teacher present chooses at least one "
                "practice at each session, applies it and writes a self-assessment."
            ),
            content,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.session_combo = QComboBox(content)
        self.session_combo.setObjectName("followUpSession")
        self.session_combo.setAccessibleName(self.tr("Session"))
        self.session_combo.currentIndexChanged.connect(lambda _i: self._show_not_chosen())
        row = QHBoxLayout()
        session_label = QLabel(self.tr("Session"), content)
        session_label.setBuddy(self.session_combo)
        row.addWidget(session_label)
        row.addWidget(self.session_combo, 1)
        column.addLayout(row)
        self.not_chosen_title = heading(content, 1.05)
        column.addWidget(self.not_chosen_title)
        self.not_chosen_model = RowsModel(
            [Column(lambda: self.tr("Teacher"), lambda p: p.name)], self
        )
        self.not_chosen_table = QTableView(content)
        setup_table(self.not_chosen_table, "notChosen", self.tr("Teachers who have not chosen yet"))
        self.not_chosen_table.setModel(self.not_chosen_model)
        self.not_chosen_table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.not_chosen_table)
        self.pending_title = heading(content, 1.05)
        column.addWidget(self.pending_title)
        self.pending_model = RowsModel(
            [
                Column(lambda: self.tr("Teacher"), lambda p: p.person.name),
                Column(
                    lambda: self.tr("Applications"),
                    lambda p: str(len(p.applications)),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(
                    lambda: self.tr("Since"),
                    lambda p: day_text(min(a.applied_on for a in p.applications)),
                ),
                Column(
                    lambda: self.tr("Practices"),
                    lambda p: "; ".join(dict.fromkeys(a.practice_title for a in p.applications)),
                ),
            ],
            self,
            id_of=lambda p: p.person.id,
        )
        self.pending_table = QTableView(content)
        setup_table(
            self.pending_table, "pendingSelfAssessments", self.tr("Pending self-assessments")
        )
        self.pending_table.setModel(self.pending_model)
        self.pending_fitter = ColumnFitter(self.pending_table, 3, (2,))
        column.addWidget(self.pending_table)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self.ctx.sessions.list_sessions()
            last = self.ctx.sessions.last_held_session()
            year = self.ctx.indicators.default_year()
            pending: list[PendingSelfAssessments] = self.ctx.adoption.pending_self_assessments(
                year=year
            )
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        current = self.session_combo.currentData() or (last.id if last else None)
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for row in reversed(rows):
            self.session_combo.addItem(f"{day_text(row.date)} · {row.number}. {row.title}", row.id)
        index = self.session_combo.findData(current)
        self.session_combo.setCurrentIndex(max(0, index))
        self.session_combo.blockSignals(False)
        self._show_not_chosen()
        self.pending_title.setText(
            self.tr("Applications of {year} without a self-assessment").format(year=year)
        )
        self.pending_model.set_rows(pending)
        fit_table_height(self.pending_table, len(pending), least=1, most=12)

    def _show_not_chosen(self) -> None:
        session_id = self.session_combo.currentData()
        people = []
        if session_id:
            try:
                people = self.ctx.adoption.who_has_not_chosen(session_id)
            except MingaError as exc:
                self.ctx.bridge.show_exception(exc)
        self.not_chosen_title.setText(
            self.tr("%n teacher(s) present have not chosen a practice yet", "", len(people))
        )
        self.not_chosen_model.set_rows(people)
        fit_table_height(self.not_chosen_table, len(people), least=1, most=10)
