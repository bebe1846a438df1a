"""The advisor's templates: exit-ticket question sets, self-assessment rubrics,
observation protocols and the wording of the satisfaction survey (name, tags, items; the
revision grows with each edit).

A dialog reachable from Sesiones ("Templates…"). Each template's items are a table: one
row per question, criterion or item; options and levels are written in one cell
separated by "|". Ids stay as they are (tallies and ratings refer to them); a new row
gets an id made from its text. The survey has one template whose four statements are
fixed (answers refer to them): their wording, order and scale change, nothing is added.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.domain.validation import TITLE_MAX
from minga.domain.vocab import TemplateKind
from minga.services.drafts import DraftInfo
from minga.services.templates import SINGLE_KINDS, TemplateInfo, TemplateInput
from minga.ui.context import UiContext
from minga.ui.editing.frame import EditorFrame, settle
from minga.ui.widgets.fields import error_label, plain_text_edit, scroll_column
from minga.ui.widgets.layout import MasterDetail
from minga.ui.widgets.table import Column, ColumnFitter, RowsModel, fit_table_height, setup_table
from minga.ui.widgets.text import day_text, slug

__all__ = ["TEMPLATE_DRAFT_KIND", "TemplateEditor", "TemplatesDialog"]

TEMPLATE_DRAFT_KIND = "template"
SEPARATOR = "|"
ENTRY_KEY = {
    TemplateKind.EXIT_TICKET: "questions",
    TemplateKind.SELF_ASSESSMENT_RUBRIC: "criteria",
    TemplateKind.OBSERVATION_PROTOCOL: "items",
    TemplateKind.SATISFACTION_SURVEY: "items",
}
#: Kinds whose items are answered on the scale typed below the table.
SCALED_KINDS = (TemplateKind.OBSERVATION_PROTOCOL, TemplateKind.SATISFACTION_SURVEY)
ID_ROLE = Qt.ItemDataRole.UserRole + 10  # the option ids kept with an options cell


def split_labels(text: str) -> list[str]:
    return [part.strip() for part in (text or "").split(SEPARATOR) if part.strip()]


class ChoiceDelegate(QStyledItemDelegate):
    """A cell chosen from a short list: shows the label, keeps the value (UserRole)."""

    def __init__(
        self, choices: list[tuple[str, str]], parent: QWidget | None = None, *, short: bool = False
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self.short = short  # the cell shows the value (a domain letter), the list the names

    def createEditor(
        self,
        parent: QWidget,
        _option: QStyleOptionViewItem,
        _index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.UserRole) or "")
        editor.setCurrentIndex(max(0, position))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        model.setData(index, value, Qt.ItemDataRole.UserRole)
        text = (value or "—") if self.short else editor.currentText()
        model.setData(index, text, Qt.ItemDataRole.DisplayRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.ToolTipRole)


class TemplateEditor(EditorFrame):
    """One template: name, tags, description and its items."""

    draft_kind = TEMPLATE_DRAFT_KIND

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self._info: TemplateInfo | None = None
        self.kind = str(TemplateKind.EXIT_TICKET)
        super().__init__(ctx, parent)
        self.setObjectName("templateEditor")
        chain = [
            self.name_edit,
            self.tags_edit,
            self.description_edit,
            self.items_table,
            self.add_row_button,
            self.remove_row_button,
            self.up_button,
            self.down_button,
            self.scale_edit,
            self.save_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- building ------------------------------------------------------------------------

    def build_content(self) -> QWidget:
        scroll, body, column = scroll_column(self, "templateBody")
        self.revision_label = QLabel(body)
        self.revision_label.setObjectName("templateRevision")
        self.revision_label.setTextFormat(Qt.TextFormat.PlainText)
        self.revision_label.setWordWrap(True)
        column.addWidget(self.revision_label)
        self.name_edit = QLineEdit(body)
        self.name_edit.setObjectName("name")
        self.name_edit.setMaxLength(TITLE_MAX)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.textEdited.connect(lambda _t: self.edited("name"))
        self.add_field(column, "name", self.tr("Name"), self.name_edit, required=True)
        self.tags_edit = QLineEdit(body)
        self.tags_edit.setObjectName("tags")
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("For example: A, B (domains of the MBE 2021)"))
        self.tags_edit.textEdited.connect(lambda _t: self.edited("tags"))
        self.add_field(column, "tags", self.tr("Tags (separated by commas)"), self.tags_edit)
        self.description_edit = plain_text_edit(
            body, "description", self.tr("Description"), lines=2, most=5
        )
        self.description_edit.textChanged.connect(lambda: self.edited("description"))
        self.add_field(column, "description", self.tr("Description"), self.description_edit)

        self.items_model = QStandardItemModel(0, 0, self)
        self.items_model.setObjectName("templateItemsModel")
        self.items_table = QTableView(body)
        setup_table(self.items_table, "templateItems", self.tr("Items"))
        self.items_table.setAlternatingRowColors(False)
        self.items_table.setShowGrid(True)
        self.items_table.setWordWrap(True)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.items_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.items_table.setModel(self.items_model)
        self.items_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        # Wrapped cells change height with the column widths: fit the table again then.
        self.items_table.horizontalHeader().sectionResized.connect(
            lambda *_a: QTimer.singleShot(0, self._fit)
        )
        for signal in (
            self.items_model.dataChanged,
            self.items_model.rowsInserted,
            self.items_model.rowsRemoved,
            self.items_model.rowsMoved,
        ):
            signal.connect(lambda *_a: self._items_changed())
        self.items_label = self.add_field(column, "body", self.tr("Items"), self.items_table)
        self.items_hint = QLabel(body)
        self.items_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.items_hint.setWordWrap(True)
        self.items_hint.setForegroundRole(self.items_hint.foregroundRole())
        column.addWidget(self.items_hint)
        buttons = QHBoxLayout()
        self.add_row_button = QPushButton(self.tr("Add row"), body)
        self.add_row_button.setObjectName("addTemplateRow")
        self.add_row_button.clicked.connect(self.add_row)
        self.remove_row_button = QPushButton(self.tr("Remove row"), body)
        self.remove_row_button.setObjectName("removeTemplateRow")
        self.remove_row_button.clicked.connect(self.remove_row)
        self.up_button = QPushButton(self.tr("Move up"), body)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button = QPushButton(self.tr("Move down"), body)
        self.down_button.clicked.connect(lambda: self.move_row(1))
        for button in (
            self.add_row_button,
            self.remove_row_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.scale_edit = QLineEdit(body)
        self.scale_edit.setObjectName("scale")
        self.scale_edit.setAccessibleName(self.tr("Scale"))
        self.scale_edit.textEdited.connect(lambda _t: self.edited("scale"))
        self.scale_label = self.add_field(
            column,
            "scale",
            self.tr("Scale of the protocol (levels separated by |)"),
            self.scale_edit,
        )
        self.kind_error = error_label(body, "kind")
        column.addWidget(self.kind_error)
        column.addStretch(1)
        return scroll

    # --- words ---------------------------------------------------------------------------

    def kind_label(self, kind: str) -> str:
        return {
            TemplateKind.EXIT_TICKET: self.tr("Exit-ticket questions"),
            TemplateKind.SELF_ASSESSMENT_RUBRIC: self.tr("Self-assessment rubric"),
            TemplateKind.OBSERVATION_PROTOCOL: self.tr("Observation protocol"),
            TemplateKind.SATISFACTION_SURVEY: self.tr("Satisfaction survey"),
        }.get(kind, kind)

    def _question_kinds(self) -> list[tuple[str, str]]:
        return [
            ("", "—"),
            ("socioemotional", self.tr("Socio-emotional")),
            ("cognitive", self.tr("Cognitive")),
            ("attitudinal", self.tr("Attitudinal")),
        ]

    def _domains(self) -> list[tuple[str, str]]:
        return [
            ("", "—"),
            ("A", self.tr("A · Preparation for teaching")),
            ("B", self.tr("B · Classroom environment")),
            ("C", self.tr("C · Teaching for all students")),
            ("D", self.tr("D · Professional responsibilities")),
        ]

    def _columns(self) -> list[tuple[str, str]]:
        """(key, header) of the item table for this kind."""
        if self.kind == TemplateKind.EXIT_TICKET:
            return [
                ("id", self.tr("Id")),
                ("prompt", self.tr("Question")),
                ("kind", self.tr("Kind")),
                ("mbe_domain", self.tr("MBE")),
                ("options", self.tr("Options")),
            ]
        if self.kind == TemplateKind.SELF_ASSESSMENT_RUBRIC:
            return [
                ("id", self.tr("Id")),
                ("label", self.tr("Criterion")),
                ("mbe_domain", self.tr("MBE")),
                ("levels", self.tr("Levels")),
            ]
        return [
            ("id", self.tr("Id")),
            ("label", self.tr("Statement") if self.fixed_items else self.tr("Item")),
            ("mbe_domain", self.tr("MBE")),
        ]

    @property
    def fixed_items(self) -> bool:
        """The survey's statements: reworded and reordered, never added or removed."""
        return self.kind in SINGLE_KINDS

    # --- loading -------------------------------------------------------------------------

    @property
    def info(self) -> TemplateInfo | None:
        return self._info

    def new_template(self, kind: str) -> None:
        if self.drafts is not None:
            self.drafts.forget()
        self._info = None
        self.record_id = None
        self.kind = kind
        self._setup_columns()
        self.heading.setText(self.tr("New template: {kind}").format(kind=self.kind_label(kind)))
        self.revision_label.setText(self.tr("Not saved yet."))
        self.show_notice("")
        self.clear_errors()
        self.status_label.clear()
        self.set_read_only(False)
        payload = {"name": "", "tags": "", "description": "", "rows": [], "scale": ""}
        if kind == TemplateKind.OBSERVATION_PROTOCOL:
            payload["scale"] = " | ".join(
                [
                    self.tr("Not observed"),
                    self.tr("Partly observed"),
                    self.tr("Observed"),
                    self.tr("Observed outstandingly"),
                ]
            )
        self.set_baseline(payload)
        self._apply_read_only()

    def load_template(self, info: TemplateInfo) -> None:
        if self.drafts is not None:
            self.drafts.forget()
        self._info = info
        self.record_id = info.id
        self.kind = info.kind
        self._setup_columns()
        self.heading.setText(f"{self.kind_label(info.kind)} · {info.name}")
        self.revision_label.setText(
            self.tr("Revision {revision} · by {owner} · changed {date}").format(
                revision=info.revision,
                owner=info.owner_name,
                date=day_text(info.updated_at.astimezone().date()),
            )
        )
        self.clear_errors()
        self.status_label.clear()
        self.set_read_only(not info.can_edit)
        if not info.can_edit:
            self.show_notice(
                self.tr("This template belongs to {owner}; you can read it.").format(
                    owner=info.owner_name
                )
            )
        elif info.is_default and not info.is_mine:
            self.show_notice(
                self.tr(
                    "Minga's default template. When you save a change it becomes yours and "
                    "travels to the teachers."
                )
            )
        else:
            self.show_notice(self.tr("Teachers receive your changes with the next bundle."))
        self.set_baseline(self._payload_of(info))
        if info.can_edit and self.drafts is not None:
            draft = self.drafts.for_record(info.id)
            if draft is not None:
                self.apply_draft(draft)
        self._apply_read_only()

    def load_draft(self, draft: DraftInfo) -> None:
        kind = str(draft.payload.get("kind") or TemplateKind.EXIT_TICKET)
        if draft.record_id:
            try:
                info = self.ctx.templates.get(draft.record_id)
            except MingaError:
                info = None
            if info is not None and info.can_edit:
                self.load_template(info)
                if self.draft_id != draft.id:
                    self.apply_draft(draft)
                return
        self.new_template(kind if kind in set(TemplateKind) else str(TemplateKind.EXIT_TICKET))
        self.apply_draft(draft)

    def _setup_columns(self) -> None:
        columns = self._columns()
        with self.loading():
            self.items_model.clear()
            self.items_model.setColumnCount(len(columns))
            self.items_model.setHorizontalHeaderLabels([header for _key, header in columns])
        header = self.items_table.horizontalHeader()
        for number, (key, _header) in enumerate(columns):
            self.items_table.setItemDelegateForColumn(number, None)
            if key == "kind":
                self.items_table.setItemDelegateForColumn(
                    number, ChoiceDelegate(self._question_kinds(), self.items_table)
                )
            elif key == "mbe_domain":
                self.items_table.setItemDelegateForColumn(
                    number, ChoiceDelegate(self._domains(), self.items_table, short=True)
                )
            mode = (
                QHeaderView.ResizeMode.Stretch
                if key in ("prompt", "label", "options", "levels")
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(number, mode)
        scaled = self.kind in SCALED_KINDS
        self.scale_edit.setVisible(scaled)
        self.scale_label.setVisible(scaled)
        self.scale_label.setText(
            self.tr("Answer scale (4 levels, from 1 up, separated by |)")
            if self.fixed_items
            else self.tr("Scale of the protocol (levels separated by |)")
        )
        hints = {
            TemplateKind.EXIT_TICKET: self.tr(
                "One row per question; its options go in one cell, separated by |. Students "
                "answer by choosing an option; only counts are kept."
            ),
            TemplateKind.SELF_ASSESSMENT_RUBRIC: self.tr(
                "One row per criterion; its levels go in one cell, from 1 up, separated by |."
            ),
            TemplateKind.OBSERVATION_PROTOCOL: self.tr(
                "One row per item the observer looks for; each is answered on the scale below."
            ),
            TemplateKind.SATISFACTION_SURVEY: self.tr(
                "The statements of the anonymous survey at the end of each session, as they "
                "are printed and shown in Minga. Change their wording, order or scale; the "
                "four statements stay, so answers already given keep their meaning."
            ),
        }
        self.items_hint.setText(
            hints.get(self.kind, "")
            + " "
            + self.tr(
                "Double-click or press F2 to edit a cell. Ids stay as they are: records "
                "refer to them."
            )
        )

    def _payload_of(self, info: TemplateInfo) -> dict[str, Any]:
        body = info.body
        rows: list[list[Any]] = []
        for entry in body.get(ENTRY_KEY.get(info.kind, "items"), []):
            if info.kind == TemplateKind.EXIT_TICKET:
                options = entry.get("options", [])
                rows.append(
                    [
                        entry.get("id", ""),
                        entry.get("prompt", ""),
                        entry.get("kind", ""),
                        entry.get("mbe_domain", ""),
                        " | ".join(o.get("label", "") for o in options),
                        [o.get("id", "") for o in options],
                    ]
                )
            elif info.kind == TemplateKind.SELF_ASSESSMENT_RUBRIC:
                rows.append(
                    [
                        entry.get("id", ""),
                        entry.get("label", ""),
                        entry.get("mbe_domain", ""),
                        " | ".join(entry.get("levels", [])),
                    ]
                )
            else:
                rows.append(
                    [entry.get("id", ""), entry.get("label", ""), entry.get("mbe_domain", "")]
                )
        return {
            "kind": info.kind,
            "name": info.name,
            "tags": ", ".join(info.tags),
            "description": str(body.get("description") or ""),
            "rows": rows,
            "scale": " | ".join(body.get("scale") or []),
        }

    # --- the payload -----------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        rows = []
        keys = [key for key, _h in self._columns()]
        for row in range(self.items_model.rowCount()):
            cells: list[Any] = []
            for number, key in enumerate(keys):
                item = self.items_model.item(row, number)
                if key in ("kind", "mbe_domain"):
                    cells.append(str(item.data(Qt.ItemDataRole.UserRole) or "") if item else "")
                else:
                    cells.append(item.text() if item else "")
            if self.kind == TemplateKind.EXIT_TICKET:
                options = self.items_model.item(row, keys.index("options"))
                cells.append(list(options.data(ID_ROLE) or []) if options else [])
            rows.append(cells)
        return {
            "kind": self.kind,
            "name": self.name_edit.text(),
            "tags": self.tags_edit.text(),
            "description": self.description_edit.toPlainText(),
            "rows": rows,
            "scale": self.scale_edit.text() if self.kind in SCALED_KINDS else "",
        }

    def draft_title(self) -> str:
        return self.name_edit.text().strip() or self.kind_label(self.kind)

    def fill(self, payload: dict[str, Any]) -> None:
        self.name_edit.setText(str(payload.get("name") or ""))
        self.tags_edit.setText(str(payload.get("tags") or ""))
        self.description_edit.setPlainText(str(payload.get("description") or ""))
        self.scale_edit.setText(str(payload.get("scale") or ""))
        self.items_model.removeRows(0, self.items_model.rowCount())
        for cells in payload.get("rows") or []:
            self._append_row(list(cells))
        self._fit()

    def _append_row(self, cells: list[Any]) -> None:
        keys = [key for key, _h in self._columns()]
        items = []
        choices = {"kind": dict(self._question_kinds()), "mbe_domain": dict(self._domains())}
        for number, key in enumerate(keys):
            value = cells[number] if number < len(cells) else ""
            item = QStandardItem()
            if key in choices:
                item.setData(value, Qt.ItemDataRole.UserRole)
                name = choices[key].get(value, value)
                item.setText((value or "—") if key == "mbe_domain" else name)
                item.setToolTip(name)
            else:
                item.setText(str(value))
            if key == "id":
                item.setToolTip(
                    self.tr("Records refer to this id: change it only in a new template.")
                )
                if self.fixed_items:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if key == "options":
                ids = cells[len(keys)] if len(cells) > len(keys) else []
                item.setData(list(ids), ID_ROLE)
            item.setEditable(not self.is_read_only and not (key == "id" and self.fixed_items))
            items.append(item)
        self.items_model.appendRow(items)

    def _fit(self) -> None:
        if not isValid(self):
            return
        fit_table_height(self.items_table, self.items_model.rowCount() + 1, least=4, most=12)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()  # wrapped cells grow taller when the pane narrows

    def _items_changed(self) -> None:
        self._fit()
        self.edited("body")

    def add_row(self) -> None:
        if self.is_read_only or self.fixed_items:
            return
        self._append_row([])
        row = self.items_model.rowCount() - 1
        index = self.items_model.index(row, 1)
        self.items_table.setCurrentIndex(index)
        self.items_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.items_table.edit(index)

    def remove_row(self) -> None:
        index = self.items_table.currentIndex()
        if not self.is_read_only and not self.fixed_items and index.isValid():
            self.items_model.removeRow(index.row())

    def move_row(self, step: int) -> None:
        index = self.items_table.currentIndex()
        if self.is_read_only or not index.isValid():
            return
        target = index.row() + step
        if 0 <= target < self.items_model.rowCount():
            items = self.items_model.takeRow(index.row())
            self.items_model.insertRow(target, items)
            self.items_table.setCurrentIndex(self.items_model.index(target, index.column()))

    def _apply_read_only(self) -> None:
        read_only = self.is_read_only
        for edit in (self.name_edit, self.tags_edit, self.scale_edit):
            edit.setReadOnly(read_only)
        self.description_edit.setReadOnly(read_only)
        for button in (self.up_button, self.down_button):
            button.setVisible(not read_only)
        for button in (self.add_row_button, self.remove_row_button):
            button.setVisible(not read_only and not self.fixed_items)
        self.items_table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    # --- saving --------------------------------------------------------------------------

    def template_input(self) -> TemplateInput:
        data = self.payload()
        original = self._info.body if self._info is not None else {}
        body: dict[str, Any] = {key: original[key] for key in ("mbe_domains",) if key in original}
        if data["description"].strip():
            body["description"] = data["description"].strip()
        taken: list[str] = [
            str(cells[0]).strip() for cells in data["rows"] if str(cells[0]).strip()
        ]
        entries = []
        for cells in data["rows"]:
            ident = str(cells[0]).strip()
            text = str(cells[1]).strip()
            if not ident:
                ident = slug(text, taken)
                taken.append(ident)
            if self.kind == TemplateKind.EXIT_TICKET:
                labels = split_labels(str(cells[4]))
                old_ids = list(cells[5]) if len(cells) > 5 else []
                option_ids: list[str] = []
                for position, label in enumerate(labels):
                    known = old_ids[position] if position < len(old_ids) else ""
                    option_ids.append(known or slug(label, option_ids))
                entries.append(
                    {
                        "id": ident,
                        "prompt": text,
                        "kind": cells[2],
                        "mbe_domain": cells[3],
                        "options": [
                            {"id": i, "label": lab}
                            for i, lab in zip(option_ids, labels, strict=True)
                        ],
                    }
                )
            elif self.kind == TemplateKind.SELF_ASSESSMENT_RUBRIC:
                entries.append(
                    {
                        "id": ident,
                        "label": text,
                        "mbe_domain": cells[2],
                        "levels": split_labels(str(cells[3])),
                    }
                )
            else:
                entries.append({"id": ident, "label": text, "mbe_domain": cells[2]})
        body[ENTRY_KEY[TemplateKind(self.kind)]] = entries
        if self.kind in SCALED_KINDS:
            body["scale"] = split_labels(data["scale"])
        return TemplateInput(
            kind=self.kind,
            name=data["name"],
            body=body,
            tags=[t.strip() for t in data["tags"].split(",") if t.strip()],
        )

    def store(self) -> bool:
        data = self.template_input()
        if self.record_id is None:
            info = self.ctx.templates.create(data)
        else:
            info = self.ctx.templates.update(self.record_id, data)
        if self.drafts is not None:
            self.drafts.discard()
        self.load_template(info)
        self.ctx.bridge.info(
            self.tr("Template «{name}» saved (revision {revision}).").format(
                name=info.name, revision=info.revision
            )
        )
        self.saved.emit(info.id)
        return True

    def reveal(self, widget: QWidget) -> None:
        super().reveal(widget)


class TemplatesDialog(QDialog):
    """The list of templates beside the template editor."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Templates of the microcentre"))
        self.panes = MasterDetail(self, list_share=0.3)
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Name"), lambda t: t.name),
                Column(lambda: self.tr("Kind"), lambda t: self.editor.kind_label(t.kind)),
                Column(
                    lambda: self.tr("Revision"),
                    lambda t: str(t.revision),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ],
            self,
        )
        self.editor = TemplateEditor(ctx, self.panes.detail)
        # In the detail stack at once: a loose child would float over the placeholder.
        self.panes.detail.addWidget(self.editor)
        self.editor.saved.connect(lambda template_id: self.refresh(select=template_id))
        self.editor.closed.connect(self.panes.show_placeholder)
        self.table = QTableView(self.panes.list_side)
        setup_table(self.table, "templateTable", self.tr("Templates"))
        self.table.setModel(self.model)
        self.fitter = ColumnFitter(self.table, 0, (2, 1))
        self.table.activated.connect(
            lambda index: self.open_template(self.model.row_id(index.row()))
        )
        self.table.clicked.connect(lambda index: self.open_template(self.model.row_id(index.row())))
        self.new_button = QPushButton(self.tr("New template"), self.panes.list_side)
        self.new_button.setObjectName("newTemplate")
        menu = QMenu(self.new_button)
        for kind in TemplateKind:
            if kind in SINGLE_KINDS:
                continue  # one survey: its template is edited, not added to
            action = menu.addAction(self.editor.kind_label(kind))
            action.triggered.connect(lambda _checked=False, k=str(kind): self.new_template(k))
        self.new_button.setMenu(menu)
        self.panes.list_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.panes.list_layout.addWidget(self.table, 1)
        self.panes.placeholder.setText(self.tr("Choose a template to read or change it."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.panes, 1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("templatesDone")
        self.done_button.clicked.connect(self.close)
        close_row.addWidget(self.done_button)
        layout.addLayout(close_row)
        QWidget.setTabOrder(self.new_button, self.table)
        QWidget.setTabOrder(self.table, self.editor.name_edit)
        # Enter on a template in the list opens it: no button of the dialog takes Enter
        # for itself (Done would close the dialog the moment a template is chosen).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width = min(1100, int(available.width() * 0.92)) if available else 1000
        height = min(720, int(available.height() * 0.88)) if available else 640
        self.resize(width, height)

    def refresh(self, select: str | None = None) -> None:
        try:
            # The built-in templates are listed from the start, not once first used.
            self.ctx.templates.ensure_defaults()
            rows = self.ctx.templates.list()
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            rows = []
        self.model.set_rows(rows)
        if select:
            row = self.model.row_of(select)
            if row is not None:
                self.table.selectRow(row)

    def open_template(self, template_id: str | None) -> bool:
        if not template_id or not settle(self.editor):
            return False
        try:
            info = self.ctx.templates.get(template_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.editor.load_template(info)
        self.panes.show_detail(self.editor)
        return True

    def new_template(self, kind: str) -> bool:
        if not settle(self.editor):
            return False
        self.editor.new_template(kind)
        self.panes.show_detail(self.editor)
        self.editor.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def open_draft(self, draft: DraftInfo) -> None:
        self.editor.load_draft(draft)
        self.panes.show_detail(self.editor)

    def closeEvent(self, event) -> None:
        if self.editor.has_unsaved_changes() and not settle(self.editor):
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        # Esc inside the editor closes the form first (its own shortcut); here it closes
        # the dialog, asking about unsaved changes.
        if self.editor.has_unsaved_changes() and not settle(self.editor):
            return
        super().reject()
