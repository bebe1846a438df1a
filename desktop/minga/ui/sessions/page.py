"""Sesiones: the microcentre's sessions (newest first) beside the session editor.

Everyone sees the sessions; the advisor plans them (New session, Ctrl+N) and edits the
templates the network uses (exit tickets, rubrics, observation protocols).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minga.domain.cycle_rules import TO_CLOSE, SessionStatus
from minga.domain.errors import MingaError
from minga.domain.vocab import Role, SessionModality
from minga.services.sessions import SessionRow
from minga.ui.context import UiContext
from minga.ui.editing.records import RecordsPage, to_the_top
from minga.ui.sessions.editor import SESSION_DRAFT_KIND, SessionEditor
from minga.ui.widgets.fields import heading
from minga.ui.widgets.layout import MasterDetail
from minga.ui.widgets.table import Column, ColumnFitter, RowsModel, setup_table
from minga.ui.widgets.text import day_text, percent

__all__ = ["SessionsPage"]

# Columns of the list.
DATE, NUMBER, TITLE, PLACE, MODALITY, PRESENTATIONS, ATTENDANCE, STATUS = range(8)


class SessionsPage(RecordsPage):
    """The Sesiones area."""

    #: The kinds of record it shows (`minga.ui.changes.Page`).
    shows: frozenset[str] | None = frozenset(
        {
            "session",
            "presentation",
            "attendance",
            "practice_feedback",
            "satisfaction_response",
            "template",
            "practice",
            "person",
            "year_plan",
            "agreement",
        }
    )

    # Kinds of drafts this page reopens (Inicio lists every draft).
    draft_kinds = (SESSION_DRAFT_KIND, "template")

    print_guide = Signal(str)
    """The guide of this session (its id) is to be printed (the main window opens Imprimir)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("sessionsPage")
        self.is_advisor = ctx.actor.role == Role.ADVISOR
        self._templates_dialog = None

        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)
        top = QHBoxLayout()
        self.title_label = heading(self, 1.15)
        self.title_label.setObjectName("sessionsTitle")
        top.addWidget(self.title_label, 1)
        self.new_action = QAction(self.tr("New session"), self)
        if self.is_advisor:  # a teacher's Ctrl+N stays "new practice"
            self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self.new_session)
        self.new_button = QPushButton(self.tr("New session"), self)
        self.new_button.setObjectName("newSession")
        keys = self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.new_button.setToolTip(self.tr("Plan a new session ({shortcut})").format(shortcut=keys))
        self.new_button.clicked.connect(self.new_session)
        self.templates_button = QPushButton(self.tr("Templates…"), self)
        self.templates_button.setObjectName("openTemplates")
        self.templates_button.setToolTip(
            self.tr("Exit-ticket questions, self-assessment rubrics and observation protocols")
        )
        self.templates_button.clicked.connect(self.open_templates)
        self.year_button = QPushButton(self.tr("School year…"), self)
        self.year_button.setObjectName("openYearPlan")
        self.year_button.setToolTip(
            self.tr("Annual focus, goal, calendar and suggested dates of the sessions")
        )
        self.year_button.clicked.connect(self.open_year_plan)
        self._year_dialog = None
        top.addWidget(self.year_button)
        if self.is_advisor:
            self.addAction(self.new_action)
            top.addWidget(self.new_button)
            top.addWidget(self.templates_button)
        else:
            self.new_button.hide()
            self.templates_button.hide()
        root.addLayout(top)

        self.panes = MasterDetail(self, grow_with_text=True)
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Date"), lambda r: day_text(r.date)),
                Column(
                    lambda: self.tr("No."),
                    lambda r: str(r.number),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(lambda: self.tr("Title"), lambda r: r.title),
                Column(lambda: self.tr("Place"), lambda r: r.place),
                Column(lambda: self.tr("Modality"), self._modality),
                Column(
                    lambda: self.tr("Presentations"),
                    lambda r: str(r.presentations),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(
                    lambda: self.tr("Attendance"),
                    lambda r: percent(r.attendance.rate),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    lambda r: self.tr(
                        "{present} present, {absent} absent, {excused} excused"
                    ).format(present=r.present, absent=r.absent, excused=r.excused),
                ),
                Column(lambda: self.tr("Status"), self._state),
            ],
            self,
        )
        self.table = QTableView(self.panes.list_side)
        setup_table(self.table, "sessionTable", self.tr("Sessions"))
        self.table.setModel(self.model)
        self.fitter = ColumnFitter(self.table, TITLE, (PLACE, MODALITY, PRESENTATIONS, NUMBER))
        self.table.activated.connect(self._open_index)
        self.table.clicked.connect(self._open_index)
        self.count_label = QLabel(self.panes.list_side)
        self.count_label.setObjectName("sessionCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.panes.list_layout.addWidget(self.table, 1)
        self.panes.list_layout.addWidget(self.count_label)
        root.addWidget(self.panes, 1)
        for first, second in itertools.pairwise(
            [self.new_button, self.templates_button, self.table]
        ):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self.refresh()

    # --- texts ---------------------------------------------------------------------------

    def _modality(self, row: SessionRow) -> str:
        return {
            SessionModality.IN_PERSON: self.tr("In person"),
            SessionModality.BLENDED: self.tr("Blended"),
            SessionModality.REMOTE: self.tr("Remote"),
        }.get(row.modality, row.modality)

    def _state(self, row: SessionRow) -> str:
        # "To be closed" is derived (planned, its date passed): it is never held.
        return {
            SessionStatus.PLANNED: self.tr("Planned"),
            SessionStatus.HELD: self.tr("Held"),
            SessionStatus.CANCELLED: self.tr("Cancelled"),
            TO_CLOSE: self.tr("To be closed"),
        }.get(row.state or row.status, row.status)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Sessions of the microcentre"))
        self.panes.placeholder.setText(
            self.tr("Choose a session in the list and press Enter to open it.")
            + (
                " "
                + self.tr("Plan a new one with {shortcut}.").format(
                    shortcut=self.new_action.shortcut().toString(
                        QKeySequence.SequenceFormat.NativeText
                    )
                )
                if self.is_advisor
                else ""
            )
        )

    # --- the list ------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Reads the sessions again (newest first)."""
        try:
            rows = self.ctx.sessions.list_sessions()
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            rows = []
        rows.reverse()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n session(s)", "", len(rows)))
        self._select(select)

    # --- the editor ----------------------------------------------------------------------

    def _make_editor(self) -> SessionEditor:
        editor = SessionEditor(self.ctx, self.panes.detail)
        editor.print_guide_requested.connect(self.print_guide)
        return editor

    def open_session_id(self) -> str | None:
        """The saved session shown in the editor, if the editor is open on one."""
        if self._editor is None or not self.panes.detail_open():
            return None
        return self._editor.record_id

    def _load(self, editor: SessionEditor, record_id: str) -> None:
        editor.load_session(self.ctx.sessions.get(record_id))

    def _field_after_table(self, editor: SessionEditor) -> QWidget:
        return editor.tabs.tabBar()

    def open_session(self, session_id: str) -> bool:
        return self.open_record(session_id)

    def new_session(self) -> bool:
        if not self.is_advisor:
            return False
        return self._start_new(lambda editor: editor.new_session())

    def open_first_record(self) -> bool:
        """Opens the newest session (the self-test's detail screen)."""
        if not self.model.rowCount():
            return self.new_session()
        return self.open_session(self.model.row_id(0) or "")

    def open_draft(self, draft_id: int) -> bool:
        draft = self._read_draft(draft_id)
        if draft is None:
            return False
        if draft.kind == "template":
            if not self.is_advisor:
                return False
            self.open_templates()
            self._templates_dialog.open_draft(draft)  # type: ignore[union-attr]
            return True
        to_the_top(self.editor)
        self.editor.load_draft(draft)
        self.panes.show_detail(self.editor)
        return True

    def open_year_plan(self) -> None:
        """The year plan (the advisor edits it; a teacher reads it)."""
        from minga.ui.sessions.year_plan import YearPlanDialog

        if self._year_dialog is None:
            self._year_dialog = YearPlanDialog(self.ctx, self)
            self._year_dialog.finished.connect(lambda _r: self.refresh())
        dialog = self._year_dialog
        dialog.load()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_templates(self) -> None:
        from minga.ui.sessions.templates import TemplatesDialog

        if self._templates_dialog is None:
            self._templates_dialog = TemplatesDialog(self.ctx, self)
        dialog = self._templates_dialog
        dialog.refresh()
        if dialog.isVisible():
            dialog.raise_()  # already open behind the window: bring it forward
        dialog.show()
        dialog.activateWindow()
