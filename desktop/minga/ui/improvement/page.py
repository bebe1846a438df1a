"""Ciclos de mejora (PHEA): the microcentre's improvement cycles beside the cycle editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from minga.domain.errors import MingaError
from minga.services.improvement import CycleInfo
from minga.ui.context import UiContext
from minga.ui.editing.records import RecordsPage
from minga.ui.improvement.editor import CYCLE_DRAFT_KIND, CycleEditor
from minga.ui.widgets.fields import heading
from minga.ui.widgets.layout import MasterDetail
from minga.ui.widgets.table import Column, ColumnFitter, RowsModel, setup_table

__all__ = ["ImprovementPage"]

TITLE, STAGE, INDICATOR, POINTS, OWNER = range(5)


class ImprovementPage(RecordsPage):
    """The Ciclos de mejora area."""

    #: The kinds of record it shows (`minga.ui.changes.Page`).
    shows: frozenset[str] | None = frozenset({"improvement_cycle", "practice", "person", "school"})

    draft_kinds = (CYCLE_DRAFT_KIND,)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("improvementPage")
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

        self.panes = MasterDetail(self, grow_with_text=True)
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
        self._select(select)

    def area_shown(self) -> None:
        current = self._editor.record_id if self._editor is not None else None
        self.refresh(select=current)

    def _make_editor(self) -> CycleEditor:
        return CycleEditor(self.ctx, self.panes.detail)

    def _load(self, editor: CycleEditor, record_id: str) -> None:
        editor.load_cycle(self.ctx.improvement.get(record_id))

    def _field_after_table(self, editor: CycleEditor) -> QWidget:
        return editor.title_edit

    def open_cycle(self, cycle_id: str) -> bool:
        return self.open_record(cycle_id)

    def new_cycle(self) -> bool:
        return self._start_new(lambda editor: editor.new_cycle())

    def open_first_record(self) -> bool:
        if not self.model.rowCount():
            return self.new_cycle()
        return self.open_cycle(self.model.row_id(0) or "")
