"""What the pages of the microcentre cycle share (Sesiones, Aplicación, Observación,
Ciclos de mejora, Indicadores): small item models, an editor frame with inline errors,
autosaved drafts, banners, date helpers and the practice picker.

The patterns are those of Prácticas (`minga.ui.practices`): every text a person typed is
shown as plain text, errors sit under their field (`ValidationErrors.by_field()` and
`bare_message()`), Ctrl+S saves and Esc closes, drafts keep what is typed until it is
saved, and everything can be reached with the keyboard.
"""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError, ValidationError, ValidationErrors
from minga.services.drafts import DraftInfo
from minga.services.practices import PracticeQuery, PracticeRow
from minga.ui.context import UiContext
from minga.ui.practices.model import date_format, plain_tooltip
from minga.ui.safe import safe_data
from minga.ui.settings import AUTOSAVE_INTERVAL

__all__ = [
    "Column",
    "DraftKeeper",
    "EditorFrame",
    "MasterDetail",
    "PracticePicker",
    "RecordsPage",
    "RowsModel",
    "banner",
    "day_text",
    "error_label",
    "members",
    "percent",
    "plain_text_edit",
    "plain_tooltip",
    "py_date",
    "qdate",
    "ratio_text",
    "slug",
    "vocab",
]

log = logging.getLogger(__name__)

ERROR_COLOR = "#b3261e"  # the practice form's: readable on white (WCAG AA)
WARNING_STYLE = (
    "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0c36b;"
    " border-radius: 4px; padding: 6px 8px; }"
)
# Below this width (logical pixels) the list and the detail take turns.
NARROW_WIDTH = 900

AnyIndex = QModelIndex | QPersistentModelIndex


# --- words, dates, numbers ---------------------------------------------------------------


def vocab(text: str) -> str:
    """A word of `minga.domain.vocab` in the interface language."""
    return QCoreApplication.translate("vocab", text)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def py_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def day_text(day: dt.date | None) -> str:
    """A date in the interface's short format with a four-digit year ('—' when none)."""
    if day is None:
        return "—"
    return QLocale().toString(qdate(day), date_format())


def percent(rate: float | None) -> str:
    """`0.85` -> "85%" (in the interface's digits); "—" when there is no rate."""
    if rate is None:
        return "—"
    return QLocale().toString(round(rate * 100)) + "%"


def ratio_text(numerator: int, denominator: int) -> str:
    """ "17 of 20" in the interface language."""
    return QCoreApplication.translate("cycle", "{done} of {total}").format(
        done=QLocale().toString(numerator), total=QLocale().toString(denominator)
    )


def slug(text: str, taken: Iterable[str] = ()) -> str:
    """An id of letters, digits and _ from `text` (for template entries), unique in `taken`."""
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    base = "".join(c if c.isalnum() else "_" for c in folded.lower()).strip("_")
    while "__" in base:
        base = base.replace("__", "_")
    base = (base or "item")[:36].rstrip("_")
    used = set(taken)
    candidate, number = base, 2
    while candidate in used:
        candidate = f"{base}_{number}"
        number += 1
    return candidate


def members(ctx: UiContext) -> list[Any]:
    """The microcentre's active teachers (`PersonRef`: id, name, school_id), by name.

    The services have no public "members" use case yet; this reads the same helper the
    adoption and indicator services use, in one short read-only transaction.
    """
    from minga.services.sessions import active_teachers

    with ctx.workspace.db.session() as session:
        return list(active_teachers(session))


# --- small widgets ----------------------------------------------------------------------


def error_label(parent: QWidget, field: str) -> QLabel:
    """A hidden, word-wrapped, dark red label for the error of `field`."""
    label = QLabel(parent)
    label.setObjectName(f"error_{field}")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("cycle", "Error"))
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
    label.setPalette(palette)
    label.hide()
    return label


def banner(parent: QWidget, name: str, *, warning: bool = False) -> QLabel:
    """A hidden notice above a form: pale yellow for warnings, tooltip colours otherwise."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if warning:
        label.setStyleSheet(WARNING_STYLE)
        label.setAccessibleName(QCoreApplication.translate("cycle", "Warning"))
    else:
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setAutoFillBackground(True)
        label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        label.setMargin(8)
        label.setAccessibleName(QCoreApplication.translate("cycle", "Notice"))
    label.hide()
    return label


def show_text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def plain_text_edit(
    parent: QWidget, name: str, accessible: str, *, lines: int = 3, most: int = 8
) -> QPlainTextEdit:
    """A plain-text box where Tab moves on (keyboard users must get out of it)."""
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    line = edit.fontMetrics().lineSpacing()
    chrome = 2 * edit.frameWidth() + 2 * int(edit.document().documentMargin())
    edit.setMinimumHeight(lines * line + chrome)
    edit.setMaximumHeight(most * line + chrome)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return edit


def date_edit(parent: QWidget, name: str, accessible: str, today: dt.date) -> QDateEdit:
    """A date field starting on `today` (the workspace clock's: `UiContext.today()`)."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setDate(qdate(today))
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2099, 12, 31))
    return edit


def heading(parent: QWidget, factor: float = 1.25) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)
    return label


def field_label(
    text: str, buddy: QWidget | None, parent: QWidget, *, required: bool = False
) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if buddy is not None:
        label.setBuddy(buddy)
    if required:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def scroll_column(parent: QWidget, name: str) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A vertical scroll area whose body is a column (fields one under the other)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields are the tab stops
    body = QWidget(scroll)
    body.setObjectName(name)
    scroll.setWidget(body)
    column = QVBoxLayout(body)
    column.setContentsMargins(12, 8, 12, 12)
    column.setSpacing(4)
    return scroll, body, column


def fit_table_height(table: QTableView, rows: int, *, least: int = 2, most: int = 8) -> None:
    """A table exactly tall enough for `rows` rows (between `least` and `most`)."""
    shown = max(least, min(rows, most))
    row = table.verticalHeader().defaultSectionSize()
    vertical = table.verticalHeader()
    model = table.model()
    if (
        model is not None
        and vertical.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
        and model.rowCount()
    ):
        # Rows as tall as their wrapped text: add the real heights of the rows shown.
        count = min(model.rowCount(), shown)
        heights = [table.sizeHintForRow(r) for r in range(count)]
        extra = max(0, shown - count) * row
        horizontal = table.horizontalHeader()
        header = (
            max(horizontal.sizeHint().height(), horizontal.height())
            if not horizontal.isHidden()
            else 0
        )
        table.setFixedHeight(sum(heights) + extra + header + 2 * table.frameWidth() + 4)
        return
    horizontal = table.horizontalHeader()
    header = (
        max(horizontal.sizeHint().height(), horizontal.height()) if not horizontal.isHidden() else 0
    )
    table.setFixedHeight(shown * row + header + 2 * table.frameWidth() + 4)


def setup_table(table: QTableView, name: str, accessible: str) -> None:
    """A list-like table: whole rows selected, Tab leaves it, no grid, sortable off."""
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    line = table.fontMetrics().lineSpacing()
    table.verticalHeader().setDefaultSectionSize(int(line * 1.6))


# --- a read-only list model ---------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of a `RowsModel`: its (translated) title and how a row shows in it."""

    title: Callable[[], str]
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """Result objects of a service (small lists: sessions, adoptions, notes, cycles) as a
    read-only table. Rows reach the view in batches through `canFetchMore`/`fetchMore`,
    so a long list costs only what is scrolled to."""

    IdRole = Qt.ItemDataRole.UserRole
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        id_of: Callable[[Any], str] = lambda row: row.id,
        batch: int = 200,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._shown = 0
        self._id_of = id_of
        self._batch = max(1, batch)
        self._fetching = False

    # --- content -------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(len(self._rows), self._batch)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, number: int) -> Any | None:
        return self._rows[number] if 0 <= number < self._shown else None

    def row_id(self, number: int) -> str | None:
        row = self.row(number)
        return self._id_of(row) if row is not None else None

    def row_of(self, record_id: str | None) -> int | None:
        """The row number of `record_id` (fetching it into view if needed)."""
        if record_id is None:
            return None
        for number, row in enumerate(self._rows):
            if self._id_of(row) == record_id:
                while number >= self._shown and self.canFetchMore(QModelIndex()):
                    self.fetchMore(QModelIndex())
                return number
        return None

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._shown and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._shown - 1, len(self._columns) - 1)
            )

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._fetching and self._shown < len(self._rows)

    def fetchMore(self, parent: AnyIndex) -> None:
        # Views (and the model tester) may ask again from inside the insertion's own
        # signals: one batch at a time.
        if parent.isValid() or self._fetching:
            return
        more = min(self._batch, len(self._rows) - self._shown)
        if more <= 0:
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()
        finally:
            self._fetching = False

    @safe_data
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.tooltip(row) if column.tooltip else column.text(row)
            return plain_tooltip(text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == self.IdRole:
            return self._id_of(row)
        if role == self.RowRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


# --- drafts ------------------------------------------------------------------------------


class DraftKeeper(QObject):
    """Writes a form's unsaved content to `DraftService` a few seconds after the first
    unsaved edit (not restarted by later ones: typing without pause still leaves a draft
    every few seconds), and when asked to (leaving the page, closing the window)."""

    kept = Signal(int)
    """The draft was written (its id)."""

    def __init__(
        self,
        ctx: UiContext,
        kind: str,
        payload: Callable[[], dict[str, Any]],
        record_id: Callable[[], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self._payload = payload
        self._record_id = record_id
        self.draft_id: int | None = None
        self._error_shown = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._update_interval()
        ctx.settings.changed.connect(self._setting_changed)

    def _update_interval(self) -> None:
        self._timer.setInterval(int(self.ctx.settings.get(AUTOSAVE_INTERVAL)) * 1000)

    def _setting_changed(self, key: str) -> None:
        if key == AUTOSAVE_INTERVAL.key and isValid(self):
            self._update_interval()

    def edited(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        self._timer.stop()
        try:
            self.draft_id = self.ctx.drafts.save(
                self.kind, self._payload(), draft_id=self.draft_id, record_id=self._record_id()
            )
        except MingaError as exc:
            if not self._error_shown:
                self._error_shown = True
                self.ctx.bridge.show_exception(exc)
            return
        self._error_shown = False
        self.kept.emit(self.draft_id)

    def discard(self) -> None:
        self._timer.stop()
        draft_id, self.draft_id = self.draft_id, None
        if draft_id is None:
            return
        try:
            self.ctx.drafts.discard(draft_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)

    def forget(self) -> None:
        """Leaves the draft in the database but stops writing to it (another record)."""
        self._timer.stop()
        self.draft_id = None

    def for_record(self, record_id: str) -> DraftInfo | None:
        try:
            return self.ctx.drafts.for_record(self.kind, record_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return None


# --- the editor frame ---------------------------------------------------------------------


class EditorFrame(QWidget):
    """A record's editor: heading, notice and warning banners, the content (given by the
    subclass), inline errors, and an action bar with Save (Ctrl+S) and Close (Esc).

    Subclasses build their fields in `build_content()` with `add_field()`, and give
    `payload()` (what is typed, JSON-friendly), `fill(payload)` and `store()` (save through
    the services; True when saved). Dirty state, drafts and error display live here.
    """

    saved = Signal(str)
    """The record was saved (its id)."""
    closed = Signal()
    dirty_changed = Signal(bool)

    # The `DraftService` kind of this editor's drafts ('' for none).
    draft_kind = ""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self._baseline: dict[str, Any] = {}
        self._loaded = False
        self._loading = 0
        self._dirty = False
        self._read_only = False
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.drafts = (
            DraftKeeper(ctx, self.draft_kind, self.draft_payload, lambda: self.record_id, self)
            if self.draft_kind
            else None
        )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 10, 12, 4)
        top_layout.setSpacing(6)
        self.heading = heading(top)
        self.heading.setObjectName("editorHeading")
        self.notice = banner(top, "editorNotice")
        self.warnings = banner(top, "editorWarnings", warning=True)
        self.general_error = error_label(top, "general")
        for widget in (self.heading, self.notice, self.warnings, self.general_error):
            top_layout.addWidget(widget)
        outer.addWidget(top)
        self.content = self.build_content()
        outer.addWidget(self.content, 1)

        bar = QFrame(self)
        bar.setObjectName("editorActions")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(12, 6, 12, 8)
        self.save_button = QPushButton(self.tr("Save"), bar)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), bar)
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.request_close)
        self.status_label = QLabel(bar)
        self.status_label.setObjectName("editorStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.extra_buttons = QHBoxLayout()
        bar_layout.addWidget(self.save_button)
        bar_layout.addWidget(self.close_button)
        bar_layout.addLayout(self.extra_buttons)
        bar_layout.addWidget(self.status_label, 1)
        outer.addWidget(bar)

        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        keys = self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save ({shortcut})").format(shortcut=keys))
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(self.request_close)
        self.addAction(self.close_action)
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    # --- for subclasses ------------------------------------------------------------------

    def build_content(self) -> QWidget:
        raise NotImplementedError

    def payload(self) -> dict[str, Any]:
        raise NotImplementedError

    def fill(self, payload: dict[str, Any]) -> None:
        raise NotImplementedError

    def store(self) -> bool:
        raise NotImplementedError

    def draft_payload(self) -> dict[str, Any]:
        """What a draft keeps: the payload, with a title for Inicio's list of drafts when
        the form has no title field of its own."""
        payload = self.payload()
        if not str(payload.get("title") or "").strip():
            payload = (
                {**payload, "title": self.draft_title()} if "title" not in payload else payload
            )
        return payload

    def draft_title(self) -> str:
        return ""

    def add_field(
        self,
        column: QVBoxLayout,
        field: str,
        text: str,
        widget: QWidget,
        *,
        required: bool = False,
        focus: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> QLabel:
        """Label, widget and error label one under the other; the error of `field` goes
        under it. Returns the label."""
        owner = parent or widget.parentWidget() or self
        label = field_label(text, focus or widget, owner, required=required)
        error = error_label(owner, field)
        column.addWidget(label)
        column.addWidget(widget)
        column.addWidget(error)
        self._fields[field] = (focus or widget, error)
        return label

    def register_field(self, field: str, focus: QWidget, error: QLabel) -> None:
        self._fields[field] = (focus, error)

    # --- state ---------------------------------------------------------------------------

    @property
    def is_read_only(self) -> bool:
        return self._read_only

    @property
    def draft_id(self) -> int | None:
        return self.drafts.draft_id if self.drafts else None

    def has_unsaved_changes(self) -> bool:
        # Nothing loaded yet (an editor built before its first record): nothing to lose.
        return self._loaded and not self._read_only and self.payload() != self._baseline

    def set_baseline(self, payload: dict[str, Any]) -> None:
        """What is saved: the form shows it and has no unsaved changes."""
        self._baseline = payload
        self._loaded = True
        self._loading += 1
        try:
            self.fill(payload)
        finally:
            self._loading -= 1
        self.update_dirty()

    def apply_draft(self, draft: DraftInfo) -> None:
        """Unsaved changes kept earlier, on top of what is saved."""
        if self.drafts is None:
            return
        self.drafts.draft_id = draft.id
        payload = {
            **self._baseline,
            **{k: v for k, v in draft.payload.items() if k != "title" or k in self._baseline},
        }
        self._loading += 1
        try:
            self.fill(payload)
        finally:
            self._loading -= 1
        when = draft.updated_at.astimezone()
        self.show_notice(
            self.tr(
                "Unsaved changes from {date} {time} were restored. Save them with Ctrl+S, "
                "or close without saving to discard them."
            ).format(date=day_text(when.date()), time=when.strftime("%H:%M"))
        )
        self.update_dirty()

    def edited(self, field: str = "") -> None:
        """Connect every widget's change signal here."""
        if self._loading or self._read_only:
            return
        if field:
            self.set_error(field, "")
        self.update_dirty()
        if self._dirty and self.drafts is not None:
            self.drafts.edited()

    def update_dirty(self) -> None:
        dirty = self.has_unsaved_changes()
        if not dirty and self.drafts is not None:
            self.drafts.stop()
            if self.drafts.draft_id is not None:
                self.drafts.discard()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def loading(self) -> _Loading:
        """`with self.loading():` changes widgets without counting them as edits."""
        return _Loading(self)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.save_action.setEnabled(not read_only)
        self.save_button.setVisible(not read_only)

    def show_notice(self, text: str) -> None:
        show_text(self.notice, text)

    def show_warnings(self, texts: Sequence[str]) -> None:
        show_text(self.warnings, "\n".join(t for t in texts if t))

    def flush_draft(self) -> None:
        if self.drafts is not None and self.has_unsaved_changes():
            self.drafts.flush()

    def saved_now(self) -> None:
        self.status_label.setText(
            self.tr("Saved at {time}").format(
                time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            )
        )

    # --- errors --------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for field in self._fields:
            self.set_error(field, "")
        show_text(self.general_error, "")

    def set_error(self, field: str, message: str) -> None:
        entry = self._fields.get(field)
        if entry is None:
            return
        focus, error = entry
        show_text(error, message)
        focus.setAccessibleDescription(message)

    def error_text(self, field: str) -> str:
        entry = self._fields.get(field)
        if entry is None:
            return (
                self.general_error.text()
                if field == "general" and self.general_error.isVisibleTo(self)
                else ""
            )
        return entry[1].text() if not entry[1].isHidden() else ""

    def show_errors(self, errors: ValidationErrors | ValidationError) -> None:
        """Each message under its field; others above the form; focus on the first."""
        if isinstance(errors, ValidationError):
            errors = ValidationErrors([errors])
        self.clear_errors()
        by_field = errors.by_field()
        first: QWidget | None = None
        for field, (focus, _error) in self._fields.items():
            error = by_field.get(field)
            if error is None:
                continue
            self.set_error(field, error.bare_message())
            if first is None:
                first = focus
        others = [e.message() for f, e in by_field.items() if f not in self._fields]
        if others:
            show_text(self.general_error, "\n".join(others))
        if first is not None:
            self.reveal(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, widget: QWidget) -> None:
        """Makes `widget` visible (its tab, its scroll position): subclasses extend."""
        parent = widget.parentWidget()
        while parent is not None and parent is not self:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
                break
            parent = parent.parentWidget()

    # --- actions -------------------------------------------------------------------------

    def save(self) -> bool:
        """Saves what changed; False (messages shown) when it could not."""
        if self._read_only:
            return False
        try:
            ok = self.store()
        except ValidationErrors as exc:
            self.show_errors(exc)
            self.flush_draft()
            return False
        except ValidationError as exc:
            self.show_errors(exc)
            self.flush_draft()
            return False
        except MingaError as exc:
            self.flush_draft()
            self.ctx.bridge.show_exception(exc)
            return False
        if ok:
            if self.drafts is not None:
                self.drafts.discard()
            self.saved_now()
        else:
            self.flush_draft()
        return ok

    def request_close(self) -> bool:
        """Esc / Close: asks before throwing unsaved changes away."""
        if self.has_unsaved_changes():
            from minga.ui.practices.form import confirm

            if not confirm(
                self,
                self.tr("Unsaved changes"),
                self.tr("Discard the unsaved changes?"),
                self.tr("Discard"),
                self.tr("Keep editing"),
                informative=self.tr("Until you discard them, they are kept as a draft."),
            ):
                return False
            if self.drafts is not None:
                self.drafts.discard()
        self.closed.emit()
        return True


class _Loading:
    def __init__(self, editor: EditorFrame) -> None:
        self.editor = editor

    def __enter__(self) -> None:
        self.editor._loading += 1

    def __exit__(self, *_exc: object) -> None:
        self.editor._loading -= 1


# --- list beside detail -------------------------------------------------------------------


class MasterDetail(QWidget):
    """A list (left) and a detail stack (right) that take turns on a narrow window."""

    def __init__(self, parent: QWidget | None = None, *, list_share: float = 0.4) -> None:
        super().__init__(parent)
        self._narrow: bool | None = None
        self.list_share = list_share
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.list_side = QWidget(self.splitter)
        self.list_layout = QVBoxLayout(self.list_side)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        self.detail = QStackedWidget(self.splitter)
        self.placeholder = QLabel(self.detail)
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(24)
        self.detail.addWidget(self.placeholder)
        self.splitter.addWidget(self.list_side)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.detail.currentChanged.connect(lambda _i: self.apply_layout())

    @property
    def is_narrow(self) -> bool:
        return bool(self._narrow)

    def detail_open(self) -> bool:
        return self.detail.currentWidget() is not self.placeholder

    def show_detail(self, widget: QWidget) -> None:
        if self.detail.indexOf(widget) < 0:
            self.detail.addWidget(widget)
        self.detail.setCurrentWidget(widget)
        self.apply_layout()

    def show_placeholder(self) -> None:
        self.detail.setCurrentWidget(self.placeholder)
        self.apply_layout()

    def apply_layout(self) -> None:
        narrow = self.is_narrow
        open_ = self.detail_open()
        self.list_side.setVisible(not narrow or not open_)
        self.detail.setVisible(not narrow or open_)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self.apply_layout()
            if not narrow:
                total = self.splitter.width() or self.width()
                share = self.list_share
                self.splitter.setSizes([int(total * share), int(total * (1 - share))])


# --- picking a practice -------------------------------------------------------------------


class PracticePicker(QWidget):
    """Search for a practice (full text, accents optional) and choose one with Enter or a
    double click."""

    chosen = Signal(object)
    """The `PracticeRow` chosen."""

    SEARCH_DELAY_MS = 200
    LIMIT = 40

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._exclude: set[str] = set()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("practiceSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search a practice"))
        self.search_edit.setPlaceholderText(self.tr("Words of the title or description"))
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Practice"), lambda r: r.title),
                Column(lambda: self.tr("Author"), lambda r: r.author_name),
            ],
            self,
        )
        self.results = QTableView(self)
        setup_table(self.results, "practiceResults", self.tr("Practices found"))
        self.results.setModel(self.model)
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        fit_table_height(self.results, 5, least=5, most=5)
        self.results.doubleClicked.connect(lambda index: self._choose(index.row()))
        self.results.activated.connect(lambda index: self._choose(index.row()))
        self.search_edit.returnPressed.connect(self._enter)
        self.search_edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self._searched = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._searched:  # a first list to choose from, before any typing
            self.search()

    def exclude(self, practice_ids: Iterable[str]) -> None:
        """Practices not to offer (already on the programme, already linked)."""
        self._exclude = set(practice_ids)

    def search(self) -> None:
        self._searched = True
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.search_edit.text().strip()
        service = self.ctx.practices
        limit = self.LIMIT + len(self._exclude)

        def work(_progress: object) -> list[PracticeRow]:
            return service.page(PracticeQuery(text=text, sort="title", descending=False), 0, limit)

        def done(rows: list[PracticeRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            shown = [r for r in rows if r.id not in self._exclude][: self.LIMIT]
            self.model.set_rows(shown)
            if shown:
                self.results.selectRow(0)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(work, on_done=done, on_error=failed)

    def current(self) -> PracticeRow | None:
        index = self.results.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _enter(self) -> None:
        if self._timer.isActive():
            self.search()
        index = self.results.currentIndex()
        self._choose(index.row() if index.isValid() else 0)

    def _choose(self, row: int) -> None:
        found = self.model.row(row)
        if found is not None:
            self.chosen.emit(found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move through the results.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                current = self.results.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.model.rowCount() - 1, current + step))
                self.results.selectRow(row)
                return True
        return super().eventFilter(watched, event)


# --- columns that give way ----------------------------------------------------------------


class ColumnFitter(QObject):
    """Sizes a list's columns to their content, stretches one, and hides optional columns
    (least useful first) when the table is too narrow for them all."""

    def __init__(
        self,
        table: QTableView,
        stretch: int,
        optional: Sequence[int] = (),
        *,
        stretch_chars: int = 18,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.optional = list(optional)
        self.stretch_chars = stretch_chars
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        model = table.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.rowsInserted.connect(lambda *_a: self.fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport and isValid(self.table):
            self.fit()
        return False

    def fit(self) -> None:
        table = self.table
        model = table.model()
        if model is None or not isValid(table):
            return
        header = table.horizontalHeader()
        pad = table.fontMetrics().horizontalAdvance("MM")
        widths = {}
        for column in range(model.columnCount()):
            if column == self.stretch:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            content = table.sizeHintForColumn(column) if model.rowCount() else 0
            widths[column] = max(content, header.fontMetrics().horizontalAdvance(title) + pad)
        available = table.viewport().width()
        wanted = table.fontMetrics().averageCharWidth() * self.stretch_chars
        hidden: set[int] = set()
        for column in self.optional:
            shown = sum(w for c, w in widths.items() if c not in hidden)
            if available - shown >= wanted:
                break
            hidden.add(column)
        for column, width in widths.items():
            table.setColumnHidden(column, column in hidden)
            if column not in hidden:
                header.resizeSection(column, width)


def settle(editor: EditorFrame) -> bool:
    """Before an editor shows another record: save, discard or stay (asks the person).

    With dialogs off (automation) nothing is asked: the draft keeps the changes."""
    from PySide6.QtWidgets import QMessageBox

    from minga.ui.messages import dialogs_enabled

    if not editor.has_unsaved_changes():
        return True
    if not dialogs_enabled():
        editor.flush_draft()
        if editor.drafts is not None:
            editor.drafts.forget()
        return True
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("cycle", "Unsaved changes"),
        QCoreApplication.translate("cycle", "Save the changes first?"),
        QMessageBox.StandardButton.NoButton,
        editor,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        QCoreApplication.translate("cycle", "If you discard them, they are lost.")
    )
    save = box.addButton(QMessageBox.StandardButton.Save)
    save.setText(QCoreApplication.translate("cycle", "Save"))
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    discard.setText(QCoreApplication.translate("cycle", "Discard"))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("cycle", "Cancel"))
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return editor.save()
    if clicked is discard:
        if editor.drafts is not None:
            editor.drafts.discard()
        return True
    return False


class RecordsPage(QWidget):
    """A list of records beside one editor: what the Sesiones, Observación and Ciclos de
    mejora pages share (the editor built on first use, opening a record or a draft after
    settling unsaved changes, what the main window asks of a page).

    A subclass builds `panes` (a `MasterDetail`), `model` (a `RowsModel`) and `table`,
    and gives `_make_editor()`, `_load(editor, record_id)` (reads one record and loads it,
    may raise `MingaError`) and `_field_after_table(editor)` (the Tab order)."""

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
        try:
            draft = self.ctx.drafts.get(draft_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return None
        if draft is None:
            self.ctx.bridge.warning(
                QCoreApplication.translate("cycle", "That draft is no longer there.")
            )
        return draft

    def open_draft(self, draft_id: int) -> bool:
        draft = self._read_draft(draft_id)
        if draft is None:
            return False
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
