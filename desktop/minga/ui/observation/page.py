"""Observación: my observation notes, the notes about me (to reply to) and, for the
advisor, every note that reached this notebook; beside them the note editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.domain.vocab import VISIBILITY_LABELS, Role, Visibility
from minga.services.observation import ObservationInfo
from minga.ui.context import UiContext
from minga.ui.editing.records import RecordsPage
from minga.ui.observation.editor import OBSERVATION_DRAFT_KIND, ObservationEditor
from minga.ui.widgets.fields import heading
from minga.ui.widgets.layout import MasterDetail
from minga.ui.widgets.table import Column, ColumnFitter, RowsModel, setup_table
from minga.ui.widgets.text import day_text, vocab

__all__ = ["ObservationPage"]

MINE, ABOUT_ME, ALL = "mine", "about_me", "all"
DATE, PERSON, FOCUS, REPLIES, VISIBILITY = range(5)


class ObservationPage(RecordsPage):
    """The Observación area."""

    #: The kinds of record it shows (`minga.ui.changes.Page`).
    shows: frozenset[str] | None = frozenset(
        {"observation_note", "observation_reply", "person", "school", "practice"}
    )

    draft_kinds = (OBSERVATION_DRAFT_KIND,)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("observationPage")
        self.is_advisor = ctx.actor.role == Role.ADVISOR
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)
        top = QHBoxLayout()
        self.title_label = heading(self, 1.15)
        self.title_label.setText(self.tr("Peer classroom observation"))
        top.addWidget(self.title_label, 1)
        self.view_combo = QComboBox(self)
        self.view_combo.setObjectName("observationView")
        self.view_combo.setAccessibleName(self.tr("Which notes"))
        # Large text: the choice may end in "…" rather than push the window off the screen.
        self.view_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.view_combo.setMinimumContentsLength(20)
        self.view_combo.addItem(self.tr("Notes I wrote"), MINE)
        self.view_combo.addItem(self.tr("Notes about my class"), ABOUT_ME)
        if self.is_advisor:
            self.view_combo.addItem(self.tr("Every note I can read"), ALL)
        self.view_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        view_label = QLabel(self.tr("Show"), self)
        view_label.setBuddy(self.view_combo)
        top.addWidget(view_label)
        top.addWidget(self.view_combo)
        self.new_action = QAction(self.tr("New observation note"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self.new_note)
        self.addAction(self.new_action)
        self.new_button = QPushButton(self.tr("New note"), self)
        self.new_button.setObjectName("newObservation")
        keys = self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.new_button.setToolTip(
            self.tr("Write a new observation note ({shortcut})").format(shortcut=keys)
        )
        self.new_button.clicked.connect(self.new_note)
        top.addWidget(self.new_button)
        root.addLayout(top)

        self.panes = MasterDetail(self)
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Date"), lambda n: day_text(n.observed_on)),
                Column(lambda: self.tr("Colleague"), self._person),
                Column(lambda: self.tr("Focus"), lambda n: n.focus),
                Column(
                    lambda: self.tr("Replies"),
                    lambda n: str(len(n.replies)),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(lambda: self.tr("Who may read it"), self._readers),
            ],
            self,
        )
        self.table = QTableView(self.panes.list_side)
        setup_table(self.table, "observationTable", self.tr("Observation notes"))
        self.table.setModel(self.model)
        self.fitter = ColumnFitter(self.table, FOCUS, (VISIBILITY, REPLIES))
        self.table.activated.connect(self._open_index)
        self.table.clicked.connect(self._open_index)
        self.count_label = QLabel(self.panes.list_side)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        self.panes.list_layout.addWidget(self.table, 1)
        self.panes.list_layout.addWidget(self.count_label)
        self.panes.placeholder.setText(
            self.tr(
                "Click a note or choose it and press Enter to read it, or write a new one with "
                "{shortcut}. "
                "Notes about your class can be answered with a reply."
            ).format(shortcut=keys)
        )
        root.addWidget(self.panes, 1)
        QWidget.setTabOrder(self.view_combo, self.new_button)
        QWidget.setTabOrder(self.new_button, self.table)
        self.refresh()
        self._just_read = True  # the first showing needs no second reading

    def _readers(self, note: ObservationInfo) -> str:
        """Who reads the note: a draft stays with its observer; a shared one, as the
        observed teacher chose."""
        if note.visibility == Visibility.PRIVATE:
            return vocab(VISIBILITY_LABELS[Visibility.PRIVATE])
        if note.readers == Visibility.NETWORK:
            return self.tr("The whole microcentre")
        return self.tr("The two of them and the advisor")

    def _person(self, note: ObservationInfo) -> str:
        view = self.view_combo.currentData()
        if view == MINE:
            return note.observed_name
        if view == ABOUT_ME:
            return note.observer_name
        return f"{note.observer_name} → {note.observed_name}"

    def set_view(self, view: str) -> None:
        index = self.view_combo.findData(view)
        if index >= 0:
            self.view_combo.setCurrentIndex(index)

    def refresh(self, select: str | None = None) -> None:
        view = self.view_combo.currentData()
        service = self.ctx.observation
        try:
            if view == ABOUT_ME:
                rows = service.notes_about_me()
            elif view == ALL:
                rows = service.list_notes()
            else:
                rows = service.my_notes()
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            rows = []
        self.model.set_rows(rows)
        texts = {
            MINE: self.tr("%n note(s) written by you", "", len(rows)),
            ABOUT_ME: self.tr("%n note(s) about your class", "", len(rows)),
            ALL: self.tr("%n note(s)", "", len(rows)),
        }
        self.count_label.setText(texts.get(view, ""))
        self._select(select)
        if self._editor is not None:
            self._editor.refresh_colleagues()  # an import may have brought a colleague

    def area_shown(self) -> None:
        if self._just_read:
            self._just_read = False
            return
        self.refresh(select=self._editor.record_id if self._editor is not None else None)

    def _make_editor(self) -> ObservationEditor:
        return ObservationEditor(self.ctx, self.panes.detail)

    def _load(self, editor: ObservationEditor, record_id: str) -> None:
        editor.load_note(self.ctx.observation.get(record_id))

    def _field_after_table(self, editor: ObservationEditor) -> QWidget:
        return editor.observed_combo

    def open_note(self, note_id: str) -> bool:
        return self.open_record(note_id)

    def new_note(self) -> bool:
        return self._start_new(lambda editor: editor.new_note())

    def open_first_record(self) -> bool:
        for view in (ABOUT_ME, MINE, ALL):
            self.set_view(view)
            if self.model.rowCount():
                return self.open_note(self.model.row_id(0) or "")
        self.set_view(MINE)
        return self.new_note()
