"""Prácticas: the list of practices (search, filters, sort, trash) beside the practice form."""

from __future__ import annotations

import datetime as dt
import itertools
import logging

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.domain.vocab import LEVEL_LABELS, LEVELS, STATUS_LABELS, SUBJECTS
from minga.services.drafts import DraftInfo
from minga.services.practices import PracticeQuery
from minga.ui.context import UiContext
from minga.ui.editing.frame import settle
from minga.ui.editing.records import read_draft
from minga.ui.practices.form import DRAFT_KIND, PracticeForm
from minga.ui.practices.model import (
    AUTHOR,
    SCHOOL,
    STATUS,
    SUBJECTS_COLUMN,
    TITLE,
    UPDATED,
    PracticeTableModel,
)
from minga.ui.practices.model import (
    LEVELS as LEVELS_COLUMN,
)
from minga.ui.practices.page_filters import PracticesFiltersAndDeletion
from minga.ui.text_scale import known_base_point_size
from minga.ui.widgets.chips import FlowLayout
from minga.ui.widgets.text import local_date, vocab

__all__ = ["PracticesPage"]

log = logging.getLogger(__name__)

#: A keystroke after a pause searches at once; keystrokes that follow within this many
#: milliseconds are searched together when the typing pauses.
SEARCH_DELAY_MS = 150
#: Below this width (logical pixels, at the normal text size: `narrow_width` grows it with
#: larger text) the list and the form take turns instead of sharing the width (a 1366x768
#: laptop at 200% screen scaling is 683 logical pixels wide).
NARROW_WIDTH = 900


class PracticesPage(PracticesFiltersAndDeletion, QWidget):
    """The Prácticas page: a lazy list of every practice and the form of one of them.

    Messages for the person (saved, deleted, errors) go through `ctx.bridge`.
    """

    #: The kinds of record it shows (`minga.ui.changes.Page`).
    shows: frozenset[str] | None = frozenset({"practice", "attachment", "person", "school"})

    dirty_changed = Signal(bool)
    """The form has (True) or no longer has (False) unsaved changes."""
    practice_saved = Signal(str)
    """A practice was created or updated from this page (its id)."""
    count_changed = Signal(int)
    """How many practices the list shows now (after search and filters)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicesPage")
        self.ctx = ctx
        self._select_after_load: str | None = None
        self._row_after_load: int | None = None
        self._last_deleted: tuple[str, str] | None = None
        self._narrow: bool | None = None
        self._form: PracticeForm | None = None

        self.model = PracticeTableModel(ctx.practices, PracticeQuery(), self, runner=ctx.runner)
        self.model.loaded.connect(self._on_loaded)
        self.model.loading_changed.connect(lambda _busy: self._update_count())
        self.model.counted.connect(self._on_counted)
        self.model.failed.connect(self._show_error)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_pause)
        self._search_pending = False

        self._build()
        self._load_choices()
        self._update_count()
        self._update_actions()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)

        # Search and the main actions.
        top = QHBoxLayout()
        top.setSpacing(8)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search practices"))
        # A short hint that fits the field with large text; the whole of it on hover.
        self.search_edit.setPlaceholderText(self.tr("Title, text or OA"))
        self.search_edit.setToolTip(
            self.tr("Title, description, strategy or OA code (accents do not matter)")
        )
        self.search_edit.textChanged.connect(self._search_edited)
        self.search_edit.returnPressed.connect(self._search_entered)
        search_label = QLabel(self.tr("S&earch"), self)
        search_label.setBuddy(self.search_edit)
        clear_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        clear_search.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.activated.connect(self.search_edit.clear)
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        # On a narrow window the filters fold away behind this button.
        self.filters_button = QToolButton(self)
        self.filters_button.setObjectName("filtersToggle")
        self.filters_button.setCheckable(True)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filters_button.setToolTip(self.tr("Show or hide the filters"))
        self.filters_button.toggled.connect(lambda _on: self._apply_layout())
        self.filters_button.hide()
        top.addWidget(self.filters_button)

        self.new_action = QAction(self.tr("New practice"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self.new_practice)
        self.addAction(self.new_action)
        new_keys = self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.new_button = QPushButton(self.tr("New practice"), self)
        self.new_button.setObjectName("newPractice")
        self.new_button.setToolTip(self.tr("Create a practice ({shortcut})").format(
            shortcut=new_keys))  # fmt: skip
        self.new_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.new_button.clicked.connect(self.new_practice)

        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deletePractice")
        self.delete_button.setToolTip(
            self.tr("Move the selected practice to the trash (Delete key)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restorePractice")
        self.restore_button.setToolTip(self.tr("Take the selected practice out of the trash"))
        self.restore_button.clicked.connect(self.restore_selected)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.restore_button)
        root.addLayout(top)

        # Filters (they wrap onto a second line when the window is narrow).
        filters = self.filters = QWidget(self)
        filters.setObjectName("practiceFilters")
        flow = FlowLayout(filters)
        flow.setContentsMargins(0, 0, 0, 0)
        self.subject_combo = self._filter_combo(
            filters,
            "subjectFilter",
            self.tr("Subject"),
            self.tr("All subjects"),
            [(code, vocab(name)) for code, name in SUBJECTS.items()],
        )
        self.level_combo = self._filter_combo(
            filters,
            "levelFilter",
            self.tr("Level"),
            self.tr("All levels"),
            [(code, vocab(LEVEL_LABELS[code])) for code in LEVELS],
        )
        self.author_combo = self._filter_combo(
            filters, "authorFilter", self.tr("Author"), self.tr("All authors"), []
        )
        self.school_combo = self._filter_combo(
            filters, "schoolFilter", self.tr("School"), self.tr("All schools"), []
        )
        self.status_combo = self._filter_combo(
            filters,
            "statusFilter",
            self.tr("Status"),
            self.tr("Any status"),
            [(str(value), vocab(label)) for value, label in STATUS_LABELS.items()],
        )
        self.sort_combo = QComboBox(filters)
        self.sort_combo.setObjectName("sortOrder")
        self.sort_combo.setAccessibleName(self.tr("Order of the list"))
        self.sort_combo.setToolTip(self.tr("Order of the list (also by clicking a column header)"))
        self.sort_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sort_combo.setMinimumContentsLength(4)
        for column, ascending, descending in (
            (UPDATED, self.tr("Oldest changes first"), self.tr("Newest changes first")),
            (TITLE, self.tr("Title A–Z"), self.tr("Title Z–A")),
            (AUTHOR, self.tr("Author A–Z"), self.tr("Author Z–A")),
            (SCHOOL, self.tr("School A–Z"), self.tr("School Z–A")),
            (STATUS, self.tr("Status: drafts first"), self.tr("Status: ready first")),
        ):
            self.sort_combo.addItem(descending, (column, Qt.SortOrder.DescendingOrder))
            self.sort_combo.addItem(ascending, (column, Qt.SortOrder.AscendingOrder))
        self.sort_combo.activated.connect(self._sort_chosen)
        self.sort_combo.currentIndexChanged.connect(lambda _index: self._fit_combo(self.sort_combo))
        flow.addWidget(self.sort_combo)
        self.trash_check = QCheckBox(self.tr("Show the tras&h"), filters)
        self.trash_check.setObjectName("trashToggle")
        self.trash_check.setToolTip(self.tr("Show deleted practices, to restore them"))
        self.trash_check.toggled.connect(self._trash_toggled)
        flow.addWidget(self.trash_check)
        root.addWidget(filters)

        # A way back after deleting.
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(8, 4, 4, 4)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_bar)
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.clicked.connect(self.undo_delete)
        dismiss = QToolButton(self.undo_bar)
        dismiss.setObjectName("dismissUndo")
        dismiss.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        dismiss.setAccessibleName(self.tr("Close this notice"))
        dismiss.setToolTip(self.tr("Close this notice"))
        dismiss.setAutoRaise(True)
        dismiss.clicked.connect(self._hide_undo)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        undo_layout.addWidget(dismiss)
        self.undo_bar.hide()
        root.addWidget(self.undo_bar)

        # The list and the form.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("practicesSplitter")
        self.splitter.setChildrenCollapsible(False)
        list_side = self.list_side = QWidget(self.splitter)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(4)
        self.table = QTableView(list_side)
        self.table.setObjectName("practiceTable")
        self.table.setAccessibleName(self.tr("Practices"))
        self.table.setModel(self.model)
        self._setup_table()
        self.count_label = QLabel(list_side)
        self.count_label.setObjectName("practiceCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)

        self.detail_stack = QStackedWidget(self.splitter)
        self.placeholder = QLabel(self.detail_stack)
        self.placeholder.setObjectName("formPlaceholder")
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(24)
        self.placeholder.setText(
            self.tr(
                "Choose a practice in the list and press Enter to open it, "
                "or create a new one with {shortcut}."
            ).format(shortcut=new_keys)
        )
        self.detail_stack.addWidget(self.placeholder)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        root.addWidget(self.splitter, 1)

        QWidget.setTabOrder(self.search_edit, self.filters_button)
        QWidget.setTabOrder(self.filters_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.subject_combo)
        chain = [
            self.subject_combo,
            self.level_combo,
            self.author_combo,
            self.school_combo,
            self.status_combo,
            self.sort_combo,
            self.trash_check,
            self.undo_button,
            self.table,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @property
    def form(self) -> PracticeForm:
        """The practice form, built the first time it is needed (opening stays quick)."""
        if self._form is None:
            form = PracticeForm(self.ctx, self.detail_stack)
            self.detail_stack.addWidget(form)
            form.saved.connect(self._on_saved)
            form.closed.connect(self._on_form_closed)
            form.dirty_changed.connect(self.dirty_changed)
            # Ctrl+S works from the whole page, not only from inside the form.
            self.addAction(form.save_action)
            QWidget.setTabOrder(self.table, form.title_edit)
            self._form = form
        return self._form

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Fixed row heights: the view never measures rows, so 100,000 rows cost nothing.
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setMinimumSectionSize(table.fontMetrics().horizontalAdvance("MMMM"))
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self._column_widths = self._natural_widths()
        for column, width in self._column_widths.items():
            header.resizeSection(column, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self._sync_sort_combo()
        self._fit_combo(self.sort_combo)

        table.activated.connect(self._open_index)
        table.clicked.connect(self._open_index)  # one click opens, as in the other lists
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        table.viewport().installEventFilter(self)  # its size is final when it resizes

    # --- public API (used by the main window) ------------------------------------------

    def set_search_text(self, text: str) -> None:
        """Searches at once for `text` (the main window's global search lands here)."""
        self.search_edit.setText(text)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.end(False)
        self.apply_filters()

    def new_practice(self) -> bool:
        """Opens an empty form; False if the person chose to stay with unsaved changes."""
        if not self._settle_form():
            return False
        self.form.new_practice()
        self.table.clearSelection()
        self._show_form()
        self.form.focus_first_field()
        return True

    def open_practice(self, practice_id: str) -> bool:
        """Shows a practice in the form (with its unsaved draft, if one is waiting)."""
        if self._form_open() and self.form.practice_id == practice_id:
            self._select(practice_id)
            self.form.focus_first_field()
            return True
        if not self._settle_form():
            return False
        try:
            detail = self.ctx.practices.get(practice_id, include_deleted=True)
            draft = (
                self.ctx.drafts.for_record(DRAFT_KIND, practice_id)
                if detail.is_mine and not detail.deleted
                else None
            )
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.form.load_practice(detail, draft)
        self._show_form()
        self._select(practice_id)
        self.form.focus_first_field()
        return True

    def offer_drafts(self) -> list[DraftInfo]:
        """Unfinished practice drafts (after a crash or a killed process), newest first."""
        try:
            drafts = self.ctx.drafts.pending(DRAFT_KIND)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return []
        in_form = self._form.draft_id if self._form is not None else None
        return [draft for draft in drafts if draft.id != in_form]

    def open_draft(self, draft_id: int) -> bool:
        """Opens a draft in the form, as it was when it was last kept."""
        if self._form is not None and self._form.draft_id == draft_id:
            self._show_form()
            return True
        if not self._settle_form():
            return False
        draft = read_draft(self.ctx, draft_id)
        if draft is None:
            return False
        self.form.load_draft(draft)
        self._show_form()
        if self.form.practice_id:
            self._select(self.form.practice_id)
        self.form.focus_first_field()
        return True

    def has_unsaved_changes(self) -> bool:
        """Whether the form holds changes that are not saved (a draft keeps them)."""
        return self._form is not None and self._form.has_unsaved_changes()

    def discard_changes(self) -> None:
        """Forgets the form's unsaved changes and their draft (e.g. "Discard" on quit)."""
        if self._form is not None:
            self._form.discard_changes()

    def save_current(self) -> bool:
        """Saves the form if it has changes; False if they could not be saved (shown)."""
        if not self.has_unsaved_changes():
            return True
        return self.form.save()

    def refresh(self) -> None:
        """Reads everything again (after an import, or when the page is shown again)."""
        self._load_choices()
        form = self._form
        practice_id = form.practice_id if form is not None else None
        self._select_after_load = self._current_id() or practice_id
        self.model.refresh()
        if form is not None and practice_id and not form.has_unsaved_changes():
            try:
                detail = self.ctx.practices.get(practice_id, include_deleted=True)
            except MingaError:
                self.form.clear()
                self._show_placeholder()
                return
            self.form.load_practice(detail)

    # --- the list ------------------------------------------------------------------------

    def _on_loaded(self) -> None:
        wanted, row = self._select_after_load, self._row_after_load
        self._select_after_load = self._row_after_load = None
        if wanted:
            self._select(wanted)
        elif row is not None:
            if row >= self.model.rowCount() and self.model.is_loading:
                self._row_after_load = row  # beyond the first page: wait for the count
            elif self.model.rowCount():
                self._select_row(min(row, self.model.rowCount() - 1))
        self._update_count()
        self._update_actions()

    def _on_counted(self, count: int) -> None:
        row, self._row_after_load = self._row_after_load, None
        if row is not None and count:
            self._select_row(min(row, count - 1))
        self._update_count()
        self.count_changed.emit(count)

    def _update_count(self) -> None:
        if self.model.is_loading:
            self.count_label.setText(self.tr("Searching…"))
            return
        count = self.model.rowCount()
        if self.trash_check.isChecked():
            text = self.tr("%n practice(s) in the trash", "", count)
        else:
            text = self.tr("%n practice(s)", "", count)
        self.count_label.setText(text)

    def _current_row(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return index.row()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # A view that gets the focus makes its first row current without selecting it;
        # what has the focus frame is what Delete and Enter act on, so select it.
        selection = self.table.selectionModel()
        if current.isValid() and not selection.isRowSelected(current.row(), QModelIndex()):
            selection.select(
                current,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_actions()

    def _current_id(self) -> str | None:
        row = self._current_row()
        return self.model.practice_id(row) if row is not None else None

    def _select(self, practice_id: str) -> None:
        row = self.model.row_of(practice_id)
        if row is not None:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _open_index(self, index: QModelIndex) -> None:
        practice_id = self.model.practice_id(index.row())
        if practice_id:
            self.open_practice(practice_id)

    def _update_actions(self) -> None:
        row = self._current_row()
        info = self.model.row_info(row) if row is not None else None
        mine = info is not None and info.author_id == self.ctx.actor.person_id
        in_trash = self.trash_check.isChecked()
        self.delete_button.setVisible(not in_trash)
        self.restore_button.setVisible(in_trash)
        self.delete_button.setEnabled(mine and not in_trash)
        self.restore_button.setEnabled(mine and in_trash)
        if info is not None and not mine:
            reason = self.tr("Only its author can delete or restore this practice.")
        else:
            reason = ""
        self.delete_button.setStatusTip(reason)

    # --- the form ------------------------------------------------------------------------

    def _form_open(self) -> bool:
        return self._form is not None and self.detail_stack.currentWidget() is self._form

    def _show_form(self) -> None:
        self.detail_stack.setCurrentWidget(self.form)
        self._apply_layout()

    def _show_placeholder(self) -> None:
        self.detail_stack.setCurrentWidget(self.placeholder)
        self._apply_layout()

    @property
    def is_narrow(self) -> bool:
        """One pane at a time: the list, or the form while it is open."""
        return bool(self._narrow)

    def _apply_layout(self) -> None:
        narrow = self.is_narrow
        form_open = self._form_open()
        self.list_side.setVisible(not narrow or not form_open)
        self.detail_stack.setVisible(not narrow or form_open)
        self.filters_button.setVisible(narrow and not form_open)
        self.filters.setVisible(not narrow or (self.filters_button.isChecked() and not form_open))
        active = sum(
            combo.currentData() is not None
            for combo in (
                self.subject_combo,
                self.level_combo,
                self.author_combo,
                self.school_combo,
                self.status_combo,
            )
        ) + int(self.trash_check.isChecked())
        self.filters_button.setText(
            self.tr("Filters ({count})").format(count=active) if active else self.tr("Filters")
        )

    def _settle_form(self) -> bool:
        """Before the form shows something else: save, discard or stay (asks the person)."""
        return self._form is None or settle(self._form)

    def _on_saved(self, practice_id: str) -> None:
        if self.trash_check.isChecked():
            self.trash_check.setChecked(False)  # a saved practice is never in the trash
        self._select_after_load = practice_id
        self.model.refresh()
        self.practice_saved.emit(practice_id)

    def _on_form_closed(self) -> None:
        self._show_placeholder()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- misc ----------------------------------------------------------------------------

    def _show_error(self, exc: BaseException) -> None:
        self.ctx.bridge.show_exception(exc)

    def mnemonic_widgets(self) -> list[QWidget]:
        """Visible labels and buttons with an Alt shortcut (to check they are unique)."""
        found: list[QWidget] = []
        for widget in self.findChildren(QWidget):
            if (
                isinstance(widget, QLabel | QAbstractButton)
                and "&" in widget.text()
                and widget.isVisibleTo(self)
            ):
                found.append(widget)
        return found

    def narrow_width(self) -> int:
        """Below this width the list and the form take turns: `NARROW_WIDTH` at the normal
        text size, as much more as the text is larger (at 200 % on a 1366x768 screen the
        form gets the whole page instead of a third of it)."""
        app = QApplication.instance()
        base = known_base_point_size(app) if isinstance(app, QApplication) else None
        size = self.font().pointSizeF()
        factor = size / base if base and size > 0 else 1.0
        return round(NARROW_WIDTH * max(factor, 1.0))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._narrow is not None:
            self._update_narrow()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_narrow()

    def _update_narrow(self) -> None:
        narrow = self.width() < self.narrow_width()
        if narrow != self._narrow:
            self._narrow = narrow
            self._apply_layout()
            if not narrow:
                total = self.splitter.width() or self.width()
                self.splitter.setSizes([int(total * 0.58), int(total * 0.42)])

    def hideEvent(self, event) -> None:
        # Leaving the page (or the window closing): keep what was typed as a draft now.
        if self._form is not None:
            self._form.flush_draft()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _natural_widths(self) -> dict[int, int]:
        """Column widths for typical content (long names elide; tooltips show them whole)."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        pad = 2 * metrics.horizontalAdvance("M")
        arrow = 3 * header_metrics.horizontalAdvance("M")  # room for the sort arrow

        def fit(column: int, *samples: str) -> int:
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            content = max(metrics.horizontalAdvance(sample) for sample in samples)
            return max(content + pad, header_metrics.horizontalAdvance(title) + arrow)

        statuses = [vocab(label) for label in STATUS_LABELS.values()]
        return {
            AUTHOR: fit(AUTHOR, "Juan Carlos Manríq"),
            SCHOOL: fit(SCHOOL, "Escuela Rural Los Bol"),
            LEVELS_COLUMN: fit(LEVELS_COLUMN, "1°, 2°, 3°, 4°"),
            SUBJECTS_COLUMN: fit(SUBJECTS_COLUMN, "Lenguaje y Comunica"),
            STATUS: fit(STATUS, *statuses),
            UPDATED: fit(UPDATED, local_date(dt.datetime(2026, 12, 28, 12, tzinfo=dt.UTC))),
        }

    def _fit_columns(self) -> None:
        # Columns give way, least useful first, so that the title keeps about a third of
        # the width (the form and the tooltips still show everything).
        widths = self._column_widths
        available = self.table.viewport().width()
        wanted = max(available * 35 // 100, 180)
        hidden: set[int] = set()
        for column in (SCHOOL, SUBJECTS_COLUMN, UPDATED, AUTHOR, LEVELS_COLUMN):
            shown = sum(width for c, width in widths.items() if c not in hidden)
            if available - shown >= wanted:
                break
            hidden.add(column)
        header = self.table.horizontalHeader()
        for column, width in widths.items():
            hide = column in hidden
            if self.table.isColumnHidden(column) != hide:
                self.table.setColumnHidden(column, hide)
                if not hide:
                    header.resizeSection(column, width)
