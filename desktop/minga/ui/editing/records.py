"""A list of records beside one editor (Sesiones, Observación, Ciclos de mejora)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QScrollArea,
    QTableView,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.services.drafts import DraftInfo
from minga.ui.context import UiContext
from minga.ui.editing.frame import settle
from minga.ui.widgets.layout import MasterDetail
from minga.ui.widgets.table import RowsModel


def read_draft(ctx: UiContext, draft_id: int) -> DraftInfo | None:
    """The draft `draft_id` (None: nothing to open, the reason already told)."""
    try:
        draft = ctx.drafts.get(draft_id)
    except MingaError as exc:
        ctx.bridge.show_exception(exc)
        return None
    if draft is None:
        ctx.bridge.warning(QCoreApplication.translate("cycle", "That draft is no longer there."))
    return draft


def to_the_top(editor: QWidget) -> None:
    """Scrolls every part of `editor` back to its top left: a record opens at its heading
    and first field, not where the previous one was read down to."""
    for area in editor.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(0)
        area.horizontalScrollBar().setValue(0)


class RecordsPage(QWidget):
    """A list of records beside one editor: what the Sesiones, Observación and Ciclos de
    mejora pages share (the editor built on first use, opening a record or a draft after
    settling unsaved changes, what the main window asks of a page).

    A subclass builds `panes` (a `MasterDetail`), `model` (a `RowsModel`) and `table`,
    and gives `_make_editor()`, `_load(editor, record_id)` (reads one record and loads it,
    may raise `MingaError`) and `_field_after_table(editor)` (the Tab order)."""

    #: The kinds of record it shows (`minga.ui.changes.Page`); None: any.
    shows: frozenset[str] | None = None

    dirty_changed = Signal(bool)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._editor: Any = None
        self.panes: MasterDetail
        self.model: RowsModel
        self.table: QTableView

    # --- given by the subclass ----------------------------------------------------------

    def _make_editor(self) -> Any:
        raise NotImplementedError

    def _load(self, editor: Any, record_id: str) -> None:
        raise NotImplementedError

    def _field_after_table(self, editor: Any) -> QWidget:
        raise NotImplementedError

    def refresh(self, select: str | None = None) -> None:
        raise NotImplementedError

    # --- shared -------------------------------------------------------------------------

    @property
    def editor(self) -> Any:
        if self._editor is None:
            editor = self._make_editor()
            # In the detail stack at once: a loose child would float over the placeholder.
            self.panes.detail.addWidget(editor)
            editor.saved.connect(lambda record_id: self.refresh(select=record_id))
            editor.closed.connect(self._editor_closed)
            editor.dirty_changed.connect(self.dirty_changed)
            self.addAction(editor.save_action)
            QWidget.setTabOrder(self.table, self._field_after_table(editor))
            self._editor = editor
        return self._editor

    def _select(self, record_id: str | None) -> None:
        row = self.model.row_of(record_id) if record_id else None
        if row is not None:
            self.table.selectRow(row)

    def _open_index(self, index: QModelIndex) -> None:
        record_id = self.model.row_id(index.row())
        if record_id and (self._editor is None or self._editor.record_id != record_id
                          or not self.panes.detail_open()):  # fmt: skip
            self.open_record(record_id)

    def _settled(self) -> bool:
        return self._editor is None or settle(self._editor)

    def open_record(self, record_id: str) -> bool:
        """Shows one record in the editor (after settling unsaved changes)."""
        if not self._settled():
            return False
        to_the_top(self.editor)
        try:
            self._load(self.editor, record_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.panes.show_detail(self.editor)
        row = self.model.row_of(record_id)
        if row is not None and self.table.currentIndex().row() != row:
            self.table.selectRow(row)
        return True

    def _start_new(self, start: Callable[[Any], None]) -> bool:
        """An empty editor: `start(editor)` clears it for a new record."""
        if not self._settled():
            return False
        to_the_top(self.editor)
        start(self.editor)
        self.panes.show_detail(self.editor)
        self.table.clearSelection()
        self.editor.focus_first_field()
        return True

    def _read_draft(self, draft_id: int) -> DraftInfo | None:
        """The draft `draft_id` once unsaved changes are settled (None: nothing to open,
        the reason already told)."""
        if not self._settled():
            return None
        return read_draft(self.ctx, draft_id)

    def open_draft(self, draft_id: int) -> bool:
        draft = self._read_draft(draft_id)
        if draft is None:
            return False
        to_the_top(self.editor)
        self.editor.load_draft(draft)
        self.panes.show_detail(self.editor)
        return True

    def _editor_closed(self) -> None:
        self.panes.show_placeholder()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what the main window asks -------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self._editor is not None and self._editor.has_unsaved_changes()

    def save_current(self) -> bool:
        return self._editor is None or self._editor.save()

    def flush_drafts(self) -> None:
        if self._editor is not None:
            self._editor.flush_draft()

    def hideEvent(self, event: Any) -> None:
        self.flush_drafts()
        super().hideEvent(event)
