"""The tabs of the Sincronizar area: history, conflicts, members, identity."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.sync.queries import (
    ConflictRow,
    HistoryEntry,
    conflict_rows,
    current_record,
    members,
)
from minga.ui.context import UiContext
from minga.ui.sync.dialogs import CompareDialog, RemoveMemberDialog
from minga.ui.sync.export_panel import slug
from minga.ui.sync.identity_panel import IdentityPanel
from minga.ui.sync.models import (
    ConflictsModel,
    HistoryModel,
    MembersModel,
    RowRole,
    SummaryModel,
    kind_label,
)
from minga.ui.sync.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    note_label,
    summary_columns,
)
from minga.ui.tasks import PAGE_FETCH
from minga.ui.widgets.scroll import reflow_on_large_text
from minga.ui.widgets.table import setup_table
from minga.ui.widgets.text import plain_tooltip

__all__ = ["ConflictsPanel", "HistoryPanel", "IdentityPanel", "MembersPanel"]

log = logging.getLogger(__name__)


def _selected(view: QTableView) -> Any | None:
    selection = view.selectionModel()
    if selection is None:
        return None
    rows = selection.selectedRows()
    if not rows:
        return None
    return rows[0].data(RowRole)


# --- history --------------------------------------------------------------------------


class HistoryPanel(QWidget):
    """Every bundle sent and received, newest first, and what the selected one did.
    `load` False: the page reads it (`reload_in_background`)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        # The list on the left, what the selected bundle did on the right: the width of
        # a laptop's screen is easier to spare than its height.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("historySplitter")
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.model = HistoryModel(ctx.workspace.db, self)
        self.view = QTableView(self.splitter)
        setup_table(self.view, "historyTable", "", compact=True)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        side = QWidget(self.splitter)
        side.setObjectName("historyDetailPane")
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.detail = note_label(side, "historyDetail")
        column.addWidget(self.detail)
        self.summary = SummaryModel(self)
        self.summary_view = QTableView(side)
        setup_table(self.summary_view, "historySummary", "", compact=True)
        self.summary_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary_view.setModel(self.summary)
        summary_columns(self.summary_view)
        column.addWidget(self.summary_view, 1)
        column.addStretch(0)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([550, 450])  # proportions; the summary needs its columns
        self.empty = note_label(self, "historyEmpty")
        layout.addWidget(self.empty)
        self._generation = 0
        self.loading = False
        self.retranslate()
        if load:
            self.reload()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Bundles sent and received"))
        self.summary_view.setAccessibleName(self.tr("What the selected bundle changed"))
        self.empty.setText(
            self.tr("No bundle sent or received yet. They will be listed here, newest first.")
        )
        self.model.retranslate()
        self.summary.retranslate()
        self._show_selected()

    def reload(self) -> None:
        self._generation += 1
        self.loading = False
        self.model.reload()
        self._shown()

    def reload_in_background(self) -> None:
        """`reload`, the reading on the task runner (the list fills a moment later)."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.empty.hide()  # neither "no bundle yet" nor the old list meanwhile
        read = self.model.read

        def done(result: tuple[int, list[HistoryEntry]]) -> None:
            if isValid(self) and generation == self._generation:
                self.loading = False
                self.model.show(*result)
                self._shown()

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.loading = False
                self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(lambda _p: read(), on_done=done, on_error=failed, priority=PAGE_FETCH)

    def _shown(self) -> None:
        self.empty.setVisible(self.model.total() == 0)
        self.splitter.setVisible(self.model.total() > 0)
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            width = min(header.sectionSize(column), self.fontMetrics().averageCharWidth() * 30)
            header.resizeSection(column, width)
        if self.model.rowCount():
            self.view.selectRow(0)  # the newest bundle's details, without a click
        self._show_selected()

    def _show_selected(self) -> None:
        entry: HistoryEntry | None = _selected(self.view)
        self.summary.set_kinds({})
        self.summary_view.hide()
        if entry is None:
            self.detail.setText(
                self.tr("Select a bundle to see what it carried.") if self.model.total() else ""
            )
            self.detail.setVisible(self.model.total() > 0)
            return
        self.detail.show()
        if entry.kind == "invitation":
            self.detail.setText(entry.path or "")
            return
        kinds = entry.summary.get("kinds")
        if entry.direction == "in" and isinstance(kinds, dict) and kinds:
            self.detail.setText(entry.path)
            self.summary.set_kinds(kinds)
            self.summary_view.show()
            return
        counts = entry.summary.get("counts")
        if isinstance(counts, dict) and counts:
            listed = "; ".join(f"{kind_label(kind)}: {int(n)}" for kind, n in counts.items())
            carried = self.tr("It carried {listed}.").format(listed=listed)
        else:
            carried = self.tr("It carried no records, only confirmations.")
        self.detail.setText(f"{entry.path}\n{carried}")


# --- conflicts ------------------------------------------------------------------------


class ConflictsPanel(QWidget):
    """The versions that lost when two edits met, to compare and restore. `load` False:
    the page reads them (`reload_in_background`)."""

    changed = Signal()
    """A copy was restored (records changed) or dismissed."""
    count_changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self.ctx = ctx
        self.dialog: CompareDialog | None = None
        layout = QVBoxLayout(self)
        self.intro = note_label(self, "conflictsIntro")
        layout.addWidget(self.intro)
        self.model = ConflictsModel(self)
        self.view = QTableView(self)
        setup_table(self.view, "conflictsTable", "", compact=True)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _index: self.compare())
        layout.addWidget(self.view, 1)
        self.empty = note_label(self, "conflictsEmpty")
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("conflictCompare")
        self.compare_button.clicked.connect(self.compare)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("conflictRestore")
        self.restore_button.clicked.connect(self.restore)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("conflictDismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = note_label(self, "conflictsMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self._generation = 0
        self.loading = False
        self.retranslate()
        if load:
            self.reload()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "When a record was changed in two places before a bundle carried either "
                "change, Minga uses the newer version and keeps the other as a copy. Its "
                "owner can compare both and bring the copy back."
            )
        )
        self.empty.setText(self.tr("No conflicts: every record has a single version."))
        self.view.setAccessibleName(self.tr("Conflict copies"))
        self.compare_button.setText(self.tr("&Compare"))
        self.compare_button.setToolTip(self.tr("Both versions side by side"))
        self.restore_button.setText(self.tr("&Restore this version"))
        self.dismiss_button.setText(self.tr("&Dismiss"))
        self.dismiss_button.setToolTip(
            self.tr("Keep the version in use and take the copy off this list")
        )
        self.model.retranslate()
        self._update_buttons()

    def reload(self) -> None:
        self._generation += 1
        self.loading = False
        try:
            rows = conflict_rows(self.ctx.workspace.db)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            rows = []
        self._show_rows(rows)

    def reload_in_background(self) -> None:
        """`reload`, the reading on the task runner (the list fills a moment later)."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        if not self.model.rowCount():
            self.empty.hide()  # not "no conflicts" before they were read
        db = self.ctx.workspace.db

        def done(rows: list[ConflictRow]) -> None:
            if isValid(self) and generation == self._generation:
                self.loading = False
                self._show_rows(rows)

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.loading = False
                self.ctx.bridge.show_exception(exc)
                self._show_rows([])

        self.ctx.runner.run(
            lambda _p: conflict_rows(db), on_done=done, on_error=failed, priority=PAGE_FETCH
        )

    def _show_rows(self, rows: list[ConflictRow]) -> None:
        selected: ConflictRow | None = _selected(self.view)
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            self.view.resizeColumnsToContents()
            self.view.horizontalHeader().resizeSection(
                ConflictsModel.TITLE,
                min(
                    self.view.horizontalHeader().sectionSize(ConflictsModel.TITLE),
                    self.fontMetrics().averageCharWidth() * 50,
                ),
            )
            number = next(
                (i for i, r in enumerate(rows) if selected is not None and r.id == selected.id), 0
            )
            self.view.selectionModel().select(
                self.model.index(number, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.setCurrentIndex(self.model.index(number, 0))
        self._update_buttons()
        self.count_changed.emit(len(rows))

    def count(self) -> int:
        return self.model.rowCount()

    def current(self) -> ConflictRow | None:
        return _selected(self.view)

    def select_row(self, number: int) -> None:
        self.view.selectRow(number)

    def _update_buttons(self) -> None:
        row = self.current()
        self.compare_button.setEnabled(row is not None)
        self.dismiss_button.setEnabled(row is not None)
        self.restore_button.setEnabled(row is not None and row.is_mine)
        if row is not None and not row.is_mine:
            self.restore_button.setToolTip(
                plain_tooltip(
                    self.tr("Only {owner} can restore it: the record is theirs.").format(
                        owner=row.owner_name or self.tr("its owner")
                    )
                )
            )
        else:
            self.restore_button.setToolTip(
                self.tr("Use this copy again; the version in use is kept as a copy in turn")
            )

    def compare(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            current = current_record(self.ctx.workspace.db, row.kind, row.record_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        dialog = self.dialog = CompareDialog(
            row.kind, row.title, row.payload, current, self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()

    def restore(self) -> None:
        row = self.current()
        if row is None or not row.is_mine:
            return
        from minga.sync.conflicts import restore_conflict

        try:
            restore_conflict(self.ctx.workspace.db, row.id)
        except MingaError as exc:
            self._say(exc.message(), error=True)
            self.ctx.bridge.show_exception(exc)
            return
        text = self.tr(
            "Restored: {kind} \u201c{title}\u201d uses this copy again. It travels with your next "
            "bundle."
        ).format(kind=kind_label(row.kind), title=row.title or self.tr("(untitled)"))
        self._say(text)
        self.ctx.bridge.info(text)
        self.reload()
        self.changed.emit()

    def dismiss(self) -> None:
        row = self.current()
        if row is None:
            return
        from minga.sync.conflicts import dismiss_conflict

        try:
            dismiss_conflict(self.ctx.workspace.db, row.id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self._say(self.tr("The copy was taken off the list; the version in use stays."))
        self.reload()
        self.changed.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)
        self.message.show()


# --- members --------------------------------------------------------------------------


class MembersPanel(QWidget):
    """The microcentre's members and their fingerprints, and how new ones are accepted."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        vault: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("membersPanel")
        self.ctx = ctx
        self._vault = vault
        self.is_advisor = ctx.actor.role == "advisor"
        layout = QVBoxLayout(self)
        self.intro = note_label(self, "membersIntro")
        layout.addWidget(self.intro)
        self.pending = note_label(self, "membersPending")
        self.pending.hide()
        layout.addWidget(self.pending)
        self.model = MembersModel(self)
        self.view = QTableView(self)
        setup_table(self.view, "membersTable", "", compact=True)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.view, 1)
        self.dialog: RemoveMemberDialog | None = None
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("memberRemove")
        self.remove_button.clicked.connect(self.ask_remove)
        self.remove_button.setVisible(self.is_advisor)
        buttons.addWidget(self.remove_button)
        self.rejoin_button = QPushButton(self)
        self.rejoin_button.setObjectName("memberRejoin")
        self.rejoin_button.clicked.connect(self._rejoin_clicked)
        self.rejoin_button.setVisible(self.is_advisor)
        buttons.addWidget(self.rejoin_button)
        self.host_button = QPushButton(self)
        self.host_button.setObjectName("memberMeetingHost")
        self.host_button.clicked.connect(self._host_clicked)
        self.host_button.setVisible(self.is_advisor)
        buttons.addWidget(self.host_button)
        self.data_button = QPushButton(self)
        self.data_button.setObjectName("memberData")
        self.data_button.clicked.connect(self._data_clicked)
        self.data_button.setVisible(self.is_advisor)
        buttons.addWidget(self.data_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # At 150 % and more the three do not fit side by side: one under the other.
        reflow_on_large_text(self, buttons)
        self.message = note_label(self, "membersMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        if self.is_advisor:
            self.intro.setText(
                self.tr(
                    "A teacher becomes a member with their first bundle: when you import it, "
                    "Minga shows their key fingerprint and yours. Read both aloud together (in "
                    "person or by phone) and choose \u201cAccept as member\u201d. A bundle you "
                    "did not accept is not kept: ask the teacher to send it again."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Your advisor accepts the members; this list comes with their bundles. "
                    "Bundles are accepted only from the people listed as members."
                )
            )
        self.view.setAccessibleName(self.tr("Members of the microcentre"))
        self.remove_button.setText(self.tr("Remove from the microcentre"))
        self.rejoin_button.setText(self.tr("Invite back with a new computer…"))
        self.data_button.setText(self.tr("Personal data…"))
        self.model.retranslate()
        self._update_pending()
        self._update_buttons()

    def reload(self) -> None:
        try:
            rows = members(self.ctx.workspace.db)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            rows = []
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self._update_pending()
        self._update_buttons()

    def current(self) -> Any | None:
        return _selected(self.view)

    def select_person(self, person_id: str) -> None:
        for number in range(self.model.rowCount()):
            if self.model.row(number).person_id == person_id:
                self.view.selectRow(number)
                return

    def _update_buttons(self) -> None:
        row = self.current()
        removable = (
            self.is_advisor
            and row is not None
            and not row.is_self
            and row.membership in ("active", "pending")
        )
        self.remove_button.setEnabled(removable)
        self.remove_button.setToolTip(
            self.tr(
                "They stop receiving bundles and their bundles are refused; what they "
                "shared stays under their name"
            )
        )
        self.rejoin_button.setEnabled(
            self.is_advisor and row is not None and not row.is_self and row.membership == "active"
        )
        is_host = row is not None and bool(getattr(row, "meeting_host", False))
        self.host_button.setText(
            self.tr("Remove as room host") if is_host else self.tr("Name host of the room")
        )
        self.host_button.setEnabled(
            self.is_advisor
            and row is not None
            and not row.is_self
            and row.membership == "active"
            and bool(row.fingerprint)
        )
        self.host_button.setToolTip(
            self.tr(
                "At the monthly meeting her Minga opens the session room instead of yours: it "
                "keeps the teachers' bundles for you (sealed: she cannot read them) and gives "
                "each one what you prepared"
            )
        )
        self.data_button.setEnabled(self.is_advisor and row is not None)
        self.data_button.setToolTip(
            self.tr("A copy of the member's data, or its erasure at her request (Ley 21.719)")
        )
        self.rejoin_button.setToolTip(
            self.tr(
                "For a member who lost her computer and her keys: an invitation that makes "
                "her new computer her again, with new keys; her old keys are revoked"
            )
        )

    def rejoin_path(self, name: str) -> Path | None:
        """Where to save the invitation back (None: cancelled)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the invitation back"),
            str(Path(folder) / f"volver-{slug(name)}.minga"),
            self.tr("Minga invitation (*.minga)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".minga")

    def _rejoin_clicked(self) -> None:
        self.invite_back()  # (clicked's "checked" argument is not a path)

    def invite_back(self, path: Path | None = None) -> Any | None:
        """(Advisor) "Volver a incorporar": the selected member's invitation back."""
        from minga.sync.membership import write_invitation

        row = self.current()
        if row is None or row.is_self or not self.is_advisor:
            return None
        target = path or self.rejoin_path(row.name)
        if target is None:
            return None
        try:
            vault = self._vault() if self._vault is not None else None
            info = write_invitation(self.ctx.workspace, target, vault, rejoin=row.person_id)
        except MingaError as exc:
            self._say(exc.message(), error=True)
            self.ctx.bridge.show_exception(exc)
            return None
        self._say(
            self.tr(
                "Invitation for {name} to come back saved in {path}. Read her your "
                "fingerprint, {fingerprint}. When her first bundle arrives, compare the new "
                "fingerprint she reads to you before accepting it: her old keys are then "
                "revoked everywhere."
            ).format(name=info.rejoin_name, path=str(info.path), fingerprint=info.fingerprint)
        )
        return info

    def _host_clicked(self) -> None:
        self.toggle_host()  # (clicked's "checked" argument is not an option)

    def toggle_host(self) -> Any | None:
        """(Advisor) Names the selected member host of the meeting's room, or, when she
        already is, takes it back (the advisor hosts again)."""
        from minga.sync.membership import name_host

        row = self.current()
        if row is None or row.is_self or not self.is_advisor:
            return None
        try:
            naming = name_host(
                self.ctx.workspace, None if getattr(row, "meeting_host", False) else row.person_id
            )
        except MingaError as exc:
            self._say(exc.message(), error=True)
            self.ctx.bridge.show_exception(exc)
            return None
        if naming.person_id is None:
            self._say(
                self.tr(
                    "You host the meeting's room yourself again. Your next bundles tell every "
                    "member."
                )
            )
        else:
            self._say(
                self.tr(
                    "{name} hosts the meeting's room: her Minga keeps the teachers' bundles for "
                    "you and gives each one what you prepare in Session room. Your next bundles "
                    "tell every member."
                ).format(name=naming.name)
            )
        self.reload()
        self.select_person(row.person_id)
        return naming

    def _data_clicked(self) -> None:
        self.open_data()  # (clicked's "checked" argument is not an option)

    def open_data(self, *, show: bool = True) -> Any | None:
        """(Advisor) The selected member's data rights: Herramientas › Mis datos with
        her chosen (a copy of her data, or its erasure at her request)."""
        from minga.ui.tools.my_data import MyDataDialog

        row = self.current()
        if row is None or not self.is_advisor:
            return None
        dialog = MyDataDialog(self.ctx, self.window(), person_id=row.person_id)
        dialog.erased = self.reload
        if show:
            dialog.exec()
            dialog.deleteLater()
        return dialog

    def ask_remove(self) -> None:
        """Asks to confirm (and why) before retiring the selected member."""
        row = self.current()
        if row is None or row.is_self or not self.is_advisor:
            return
        dialog = self.dialog = RemoveMemberDialog(row.name, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._remove(row.person_id, dialog.reason_text(), dialog.withdraw())
        )
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()

    def _remove(self, person_id: str, reason: str, withdraw: bool = False) -> None:
        from minga.sync.membership import remove

        try:
            removal = remove(self.ctx.workspace, person_id, reason, withdraw=withdraw)
        except MingaError as exc:
            self._say(exc.message(), error=True)
            self.ctx.bridge.show_exception(exc)
            return
        self._say(
            self.tr(
                "{name} was removed from the microcentre. Your next bundles tell every member."
            ).format(name=removal.name)
        )
        self.reload()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)
        self.message.show()

    def _update_pending(self) -> None:
        waiting = [r.name for r in self.model._rows if r.membership == "pending"]
        if waiting and self.is_advisor:
            self.pending.setText(
                self.tr(
                    "Waiting for acceptance: {names}. Import their bundle again to accept them."
                ).format(names=", ".join(waiting))
            )
            self.pending.show()
        else:
            self.pending.hide()
