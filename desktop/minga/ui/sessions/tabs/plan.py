"""The session's plan: title, date, start time, modality, place, annual focus and the
agenda (an editable table with its total against the monthly allowance)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from minga.domain import cycle_rules as rules
from minga.domain.validation import SHORT_TEXT_MAX, TITLE_MAX
from minga.domain.vocab import SessionModality
from minga.ui.widgets.fields import date_edit, error_label, field_label, scroll_column, select_data
from minga.ui.widgets.table import fit_table_height, setup_table
from minga.ui.widgets.text import py_date, qdate

if TYPE_CHECKING:
    from minga.ui.editing.frame import EditorFrame

__all__ = ["PLAN_KEYS", "MinutesDelegate", "PlanTab"]

# The payload keys this tab owns (what `SessionService.update` writes).
PLAN_KEYS = (
    "title",
    "date",
    "start_time",
    "place",
    "modality",
    "focus",
    "coordinator_id",
    "agenda",
)

_AGENDA_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class MinutesDelegate(QStyledItemDelegate):
    """Edits an agenda item's minutes with a spin box (1 to 600)."""

    def createEditor(
        self,
        parent: QWidget,
        _option: QStyleOptionViewItem,
        _index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(1, rules.MAX_ITEM_MINUTES)
        spin.setSingleStep(5)
        spin.setFrame(False)
        return spin


class PlanTab(QWidget):
    """The plan's fields; the editor saves them (part of its payload)."""

    agenda_changed = Signal()
    """The agenda's total may have changed (the editor re-checks the allowance)."""

    def __init__(self, editor: EditorFrame) -> None:
        super().__init__(editor)
        self.editor = editor
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, body, column = scroll_column(self, "sessionPlanBody")
        outer.addWidget(scroll)
        self.title_edit = QLineEdit(body)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(
            self.tr("For example: Problem solving in combined classes")
        )
        self.title_edit.textEdited.connect(lambda _t: editor.edited("title"))
        editor.add_field(column, "title", self.tr("Title"), self.title_edit, required=True)

        # Date, start time and modality side by side.
        row = QWidget(body)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.date_edit = date_edit(row, "date", self.tr("Date"), editor.ctx.today())
        self.date_edit.dateChanged.connect(lambda _d: editor.edited("date"))
        self.time_edit = QTimeEdit(row)
        self.time_edit.setObjectName("start_time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Start time"))
        self.time_edit.timeChanged.connect(lambda _t: editor.edited("start_time"))
        self.modality_combo = QComboBox(row)
        self.modality_combo.setObjectName("modality")
        self.modality_combo.setAccessibleName(self.tr("Modality"))
        for value in SessionModality:
            self.modality_combo.addItem(self.modality_label(value), str(value))
        self.modality_combo.currentIndexChanged.connect(lambda _i: editor.edited("modality"))
        for position, (field, text, widget) in enumerate(
            (
                ("date", self.tr("Date"), self.date_edit),
                ("start_time", self.tr("Start time"), self.time_edit),
                ("modality", self.tr("Modality"), self.modality_combo),
            )
        ):
            error = error_label(row, field)
            grid.addWidget(field_label(text, widget, row, required=field == "date"), 0, position)
            grid.addWidget(widget, 1, position)
            grid.addWidget(error, 2, position)
            editor.register_field(field, widget, error)
        grid.setColumnStretch(3, 1)
        column.addWidget(row)

        self.place_edit = QLineEdit(body)
        self.place_edit.setObjectName("place")
        self.place_edit.setMaxLength(TITLE_MAX)
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.place_edit.setPlaceholderText(self.tr("School or community hall; a link when remote"))
        self.place_edit.textEdited.connect(lambda _t: editor.edited("place"))
        editor.add_field(column, "place", self.tr("Place"), self.place_edit)

        # The rotating coordinator of this session (a member), or the advisor herself.
        self.coordinator_combo = QComboBox(body)
        self.coordinator_combo.setObjectName("coordinator")
        self.coordinator_combo.setAccessibleName(self.tr("Coordinator"))
        self.coordinator_combo.addItem(self.tr("— the advisor —"), "")
        self.coordinator_combo.currentIndexChanged.connect(
            lambda _i: editor.edited("coordinator_id")
        )
        editor.add_field(column, "coordinator", self.tr("Coordinator"), self.coordinator_combo)

        # The session's own focus (the year's focus lives in the year plan).
        self.focus_edit = QLineEdit(body)
        self.focus_edit.setObjectName("focus")
        self.focus_edit.setMaxLength(SHORT_TEXT_MAX)
        self.focus_edit.setAccessibleName(self.tr("Focus of the session"))
        self.focus_edit.setPlaceholderText(self.tr("For example: Mathematics, problem solving"))
        self.focus_edit.textEdited.connect(lambda _t: editor.edited("focus"))
        editor.add_field(column, "focus", self.tr("Focus of the session"), self.focus_edit)

        self._build_agenda(body, column)
        column.addStretch(1)

    def _build_agenda(self, body: QWidget, column: QVBoxLayout) -> None:
        """The agenda: an editable table, its total and the allowance."""
        self.agenda_model = QStandardItemModel(0, 2, self)
        self.agenda_model.setObjectName("agendaModel")
        self.agenda_table = QTableView(body)
        setup_table(self.agenda_table, "agenda", self.tr("Agenda items"))
        self.agenda_table.setAlternatingRowColors(False)
        self.agenda_table.setShowGrid(True)
        self.agenda_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.agenda_table.setEditTriggers(_AGENDA_TRIGGERS)
        self.agenda_table.setModel(self.agenda_model)
        self.agenda_table.setItemDelegateForColumn(1, MinutesDelegate(self.agenda_table))
        header = self.agenda_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_model.dataChanged.connect(lambda *_a: self._agenda_changed())
        self.agenda_model.rowsInserted.connect(lambda *_a: self._agenda_changed())
        self.agenda_model.rowsRemoved.connect(lambda *_a: self._agenda_changed())
        self.agenda_model.rowsMoved.connect(lambda *_a: self._agenda_changed())
        self.agenda_label = self.editor.add_field(
            column,
            "agenda",
            self.tr("Agenda (double-click or F2 to edit an item)"),
            self.agenda_table,
        )
        buttons = QHBoxLayout()
        self.add_item_button = QPushButton(self.tr("Add item"), body)
        self.add_item_button.setObjectName("addAgendaItem")
        self.add_item_button.clicked.connect(self.add_agenda_item)
        self.remove_item_button = QPushButton(self.tr("Remove item"), body)
        self.remove_item_button.setObjectName("removeAgendaItem")
        self.remove_item_button.clicked.connect(self.remove_agenda_item)
        self.up_button = QPushButton(self.tr("Move up"), body)
        self.up_button.setObjectName("agendaUp")
        self.up_button.clicked.connect(lambda: self.move_agenda_item(-1))
        self.down_button = QPushButton(self.tr("Move down"), body)
        self.down_button.setObjectName("agendaDown")
        self.down_button.clicked.connect(lambda: self.move_agenda_item(1))
        for button in self.agenda_buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.total_label = QLabel(body)
        self.total_label.setObjectName("agendaTotal")
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.total_label.setWordWrap(True)
        column.addWidget(self.total_label)

    def modality_label(self, value: str) -> str:
        return {
            SessionModality.IN_PERSON: self.tr("In person"),
            SessionModality.BLENDED: self.tr("Blended"),
            SessionModality.REMOTE: self.tr("Remote"),
        }.get(value, value)

    def agenda_buttons(self) -> list[QPushButton]:
        return [self.add_item_button, self.remove_item_button, self.up_button, self.down_button]

    def fields(self) -> list[QWidget]:
        """The plan's fields in Tab order."""
        return [
            self.title_edit,
            self.date_edit,
            self.time_edit,
            self.modality_combo,
            self.place_edit,
            self.coordinator_combo,
            self.focus_edit,
            self.agenda_table,
            *self.agenda_buttons(),
        ]

    # --- the payload -----------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "date": py_date(self.date_edit.date()).isoformat(),
            "start_time": self.time_edit.time().toString("HH:mm"),
            "place": self.place_edit.text(),
            "modality": self.modality_combo.currentData() or str(SessionModality.IN_PERSON),
            "focus": self.focus_edit.text(),
            "coordinator_id": self.coordinator_combo.currentData() or "",
            "agenda": self.agenda_items(),
        }

    def set_people(self, people: list[Any], keep: str | None = None) -> None:
        """The members who may coordinate (the advisor is the first choice)."""
        chosen = keep if keep is not None else (self.coordinator_combo.currentData() or "")
        self.coordinator_combo.blockSignals(True)
        while self.coordinator_combo.count() > 1:
            self.coordinator_combo.removeItem(1)
        for person in people:
            self.coordinator_combo.addItem(person.name, person.id)
        select_data(self.coordinator_combo, chosen)
        self.coordinator_combo.blockSignals(False)

    def fill(self, payload: dict[str, Any]) -> None:
        self.title_edit.setText(str(payload.get("title") or ""))
        self.title_edit.setCursorPosition(0)
        try:
            day = dt.date.fromisoformat(str(payload.get("date")))
        except ValueError:
            day = self.editor.ctx.today()
        self.date_edit.setDate(qdate(day))
        time = QTime.fromString(str(payload.get("start_time") or "09:00"), "HH:mm")
        self.time_edit.setTime(time if time.isValid() else QTime(9, 0))
        select_data(self.modality_combo, payload.get("modality"))
        self.place_edit.setText(str(payload.get("place") or ""))
        self.place_edit.setCursorPosition(0)
        self.focus_edit.setText(str(payload.get("focus") or ""))
        self.focus_edit.setCursorPosition(0)
        select_data(self.coordinator_combo, str(payload.get("coordinator_id") or ""))
        self.agenda_model.removeRows(0, self.agenda_model.rowCount())
        for item in payload.get("agenda") or []:
            self._append_agenda_row(str(item.get("title", "")), int(item.get("minutes") or 0))
        self._setup_agenda_headers()
        self.update_total()

    def set_read_only(self, read_only: bool) -> None:
        for button in self.agenda_buttons():
            button.setVisible(not read_only)
        for widget in (self.title_edit, self.place_edit, self.focus_edit):
            widget.setReadOnly(read_only)
        for widget in (self.date_edit, self.time_edit):
            widget.setReadOnly(read_only)
        self.modality_combo.setEnabled(not read_only)
        self.coordinator_combo.setEnabled(not read_only)
        self.agenda_table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else _AGENDA_TRIGGERS
        )

    # --- the agenda ----------------------------------------------------------------------

    def agenda_items(self) -> list[dict[str, Any]]:
        items = []
        for row in range(self.agenda_model.rowCount()):
            title = self.agenda_model.item(row, 0)
            minutes = self.agenda_model.item(row, 1)
            value = minutes.data(Qt.ItemDataRole.EditRole) if minutes is not None else 0
            items.append(
                {
                    "title": title.text() if title is not None else "",
                    "minutes": int(value or 0),
                }
            )
        return items

    def _setup_agenda_headers(self) -> None:
        self.agenda_model.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Duration (min)")])

    def _append_agenda_row(self, title: str, minutes: int) -> None:
        title_item = QStandardItem(title)
        minutes_item = QStandardItem()
        minutes_item.setData(minutes, Qt.ItemDataRole.EditRole)
        minutes_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editable = not self.editor.is_read_only
        for item in (title_item, minutes_item):
            item.setEditable(editable)
        self.agenda_model.appendRow([title_item, minutes_item])

    def add_agenda_item(self, title: str = "", minutes: int = 30) -> None:
        """A new agenda row (the title's cell opens for typing)."""
        if self.editor.is_read_only:
            return
        self._append_agenda_row(title, minutes)
        row = self.agenda_model.rowCount() - 1
        index = self.agenda_model.index(row, 0)
        self.agenda_table.setCurrentIndex(index)
        self.agenda_table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not title:
            self.agenda_table.edit(index)

    def remove_agenda_item(self) -> None:
        index = self.agenda_table.currentIndex()
        if self.editor.is_read_only or not index.isValid():
            return
        self.agenda_model.removeRow(index.row())

    def move_agenda_item(self, step: int) -> None:
        index = self.agenda_table.currentIndex()
        if self.editor.is_read_only or not index.isValid():
            return
        row, target = index.row(), index.row() + step
        if not 0 <= target < self.agenda_model.rowCount():
            return
        items = self.agenda_model.takeRow(row)
        self.agenda_model.insertRow(target, items)
        self.agenda_table.setCurrentIndex(self.agenda_model.index(target, index.column()))

    def _agenda_changed(self) -> None:
        self.update_total()
        self.editor.edited("agenda")
        fit_table_height(self.agenda_table, self.agenda_model.rowCount() + 1, least=3, most=14)

    def agenda_total(self) -> int:
        return sum(max(0, int(item["minutes"])) for item in self.agenda_items())

    def update_total(self) -> None:
        total = self.agenda_total()
        self.total_label.setText(
            self.tr(
                "Total: {minutes} min ({hours} pedagogical hours) of {allowance} min a month"
            ).format(
                minutes=total,
                hours=self.locale().toString(rules.pedagogical_hours(total), "f", 1),
                allowance=rules.MONTHLY_ALLOWANCE_MINUTES,
            )
        )
        self.agenda_changed.emit()
