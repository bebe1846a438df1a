"""Ciclos de mejora (PHEA): the microcentre's improvement cycles beside the cycle editor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from minga.domain.errors import MingaError
from minga.services.drafts import DraftInfo
from minga.services.improvement import CycleInfo
from minga.ui.context import UiContext
from minga.ui.cycle_kit import (
    Column,
    ColumnFitter,
    MasterDetail,
    RowsModel,
    heading,
    settle,
    setup_table,
)
from minga.ui.improvement.editor import CYCLE_DRAFT_KIND, CycleEditor

__all__ = ["ImprovementPage"]

TITLE, STAGE, INDICATOR, POINTS, OWNER = range(5)


class ImprovementPage(QWidget):
    """The Ciclos de mejora area."""

    dirty_changed = Signal(bool)
    draft_kinds = (CYCLE_DRAFT_KIND,)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("improvementPage")
        self.ctx = ctx
        self._editor: CycleEditor | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)
        top = QHBoxLayout()
        self.title_label = heading(self, 1.15)
        self.title_label.setObjectName("improvementTitle")
        self.title_label.setText(self.tr("Improvement cycles (PHEA: plan, do, study, adjust)"))
        top.addWidget(self.title_label, 1)
        self.new_action = QAction(self.tr("New cycle"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self.new_cycle)
        self.addAction(self.new_action)
        self.new_button = QPushButton(self.tr("New cycle"), self)
        self.new_button.setObjectName("newCycle")
        keys = self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.new_button.setToolTip(
            self.tr("Start a new improvement cycle ({shortcut})").format(shortcut=keys)
        )
        self.new_button.clicked.connect(self.new_cycle)
        top.addWidget(self.new_button)
        root.addLayout(top)

        self.panes = MasterDetail(self)
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Cycle"), lambda c: c.title),
                Column(lambda: self.tr("Stage"), self._stage),
                Column(lambda: self.tr("Indicator"), lambda c: c.indicator),
                Column(
                    lambda: self.tr("Data"),
                    self._points,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(lambda: self.tr("Author"), lambda c: c.owner_name),
            ],
            self,
        )
        self.table = QTableView(self.panes.list_side)
        setup_table(self.table, "cycleTable", self.tr("Improvement cycles"))
        self.table.setModel(self.model)
        self.fitter = ColumnFitter(self.table, TITLE, (INDICATOR, OWNER, POINTS))
        self.table.activated.connect(self._open_index)
        self.table.clicked.connect(self._open_index)
        self.count_label = QLabel(self.panes.list_side)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.panes.list_layout.addWidget(self.table, 1)
        self.panes.list_layout.addWidget(self.count_label)
        self.panes.placeholder.setText(
            self.tr(
                "Choose a cycle and press Enter to open it, or start a new one with {shortcut}. "
                "A cycle plans a change, tries it, studies its data on a run chart and decides."
            ).format(shortcut=keys)
        )
        root.addWidget(self.panes, 1)
        QWidget.setTabOrder(self.new_button, self.table)
        self.refresh()

    def _stage(self, cycle: CycleInfo) -> str:
        return self.editor.stage_texts().get(cycle.stage, cycle.stage)

    def _points(self, cycle: CycleInfo) -> str:
        text = str(len(cycle.data_points))
        return text + " ⚑" if cycle.run_chart.shift_detected else text

    def refresh(self, select: str | None = None) -> None:
        try:
            rows = self.ctx.improvement.list_cycles()
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            rows = []
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n cycle(s)", "", len(rows)))
        if select:
            row = self.model.row_of(select)
            if row is not None:
                self.table.selectRow(row)

    def area_shown(self) -> None:
        current = self._editor.record_id if self._editor is not None else None
        self.refresh(select=current)

    def _open_index(self, index: QModelIndex) -> None:
        cycle_id = self.model.row_id(index.row())
        if cycle_id and (self._editor is None or self._editor.record_id != cycle_id
                         or not self.panes.detail_open()):  # fmt: skip
            self.open_cycle(cycle_id)

    @property
    def editor(self) -> CycleEditor:
        if self._editor is None:
            editor = CycleEditor(self.ctx, self.panes.detail)
            editor.saved.connect(lambda cycle_id: self.refresh(select=cycle_id))
            editor.closed.connect(self._editor_closed)
            editor.dirty_changed.connect(self.dirty_changed)
            self.addAction(editor.save_action)
            QWidget.setTabOrder(self.table, editor.title_edit)
            self._editor = editor
        return self._editor

    def open_cycle(self, cycle_id: str) -> bool:
        if self._editor is not None and not settle(self._editor):
            return False
        try:
            info = self.ctx.improvement.get(cycle_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.editor.load_cycle(info)
        self.panes.show_detail(self.editor)
        row = self.model.row_of(cycle_id)
        if row is not None and self.table.currentIndex().row() != row:
            self.table.selectRow(row)
        return True

    def new_cycle(self) -> bool:
        if self._editor is not None and not settle(self._editor):
            return False
        self.editor.new_cycle()
        self.panes.show_detail(self.editor)
        self.table.clearSelection()
        self.editor.focus_first_field()
        return True

    def open_first_record(self) -> bool:
        if not self.model.rowCount():
            return self.new_cycle()
        return self.open_cycle(self.model.row_id(0) or "")

    def open_draft(self, draft_id: int) -> bool:
        if self._editor is not None and not settle(self._editor):
            return False
        try:
            draft: DraftInfo | None = self.ctx.drafts.get(draft_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        if draft is None:
            self.ctx.bridge.warning(self.tr("That draft is no longer there."))
            return False
        self.editor.load_draft(draft)
        self.panes.show_detail(self.editor)
        return True

    def _editor_closed(self) -> None:
        self.panes.show_placeholder()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

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
