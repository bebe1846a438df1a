"""How the practice form is built: its fields, labels, error labels, the OA picker,
the evidence list and the buttons, in one scrolling column (the heading, the notices and
the Save/Close bar are `EditorFrame`'s)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import (
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minga.domain.validation import TITLE_MAX
from minga.domain.vocab import (
    LEVEL_LABELS,
    LEVEL_SHORT,
    LEVELS,
    STATUS_LABELS,
    SUBJECTS,
    VISIBILITY_LABELS,
)
from minga.services.practices import (
    MAX_DURATION_MINUTES,
)
from minga.ui.practices.oa_picker import OaPicker
from minga.ui.widgets.chips import ChipGroup, FlowLayout
from minga.ui.widgets.fields import error_label, field_label, plain_text_edit, scroll_column
from minga.ui.widgets.fitting import shrinkable
from minga.ui.widgets.text import vocab


class PracticeFormLayout:
    """Part of `PracticeForm` (its texts keep the `PracticeForm` translation context):
    the fields, in one scrolling column, that `EditorFrame` puts between its heading and
    its Save/Close bar."""

    def build_content(self) -> QWidget:
        scroll, body, column = scroll_column(self, "practiceFormBody")
        self.scroll = scroll

        # Title
        self.title_edit = QLineEdit(body)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setAccessibleName(QCoreApplication.translate("PracticeForm", "Title"))
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("PracticeForm", "For example: The school shop")
        )
        title_label = field_label(
            QCoreApplication.translate("PracticeForm", "&Title"),
            self.title_edit,
            body,
            required=True,
        )
        self.title_error = error_label(body, "title")
        self.title_edit.textEdited.connect(lambda _t: self.edited("title"))
        column.addWidget(title_label)
        column.addWidget(self.title_edit)
        column.addWidget(self.title_error)

        # Subjects
        self.subjects = ChipGroup(
            [(code, vocab(name), vocab(name)) for code, name in SUBJECTS.items()], body
        )
        self.subjects.setObjectName("subjects")
        self.subjects.setAccessibleName(QCoreApplication.translate("PracticeForm", "Subjects"))
        subjects_label = field_label(
            QCoreApplication.translate("PracticeForm", "Su&bjects"), self.subjects.first(), body
        )
        self.subjects_error = error_label(body, "subjects")
        self.subjects.toggled.connect(lambda: self.edited("subjects"))
        column.addWidget(subjects_label)
        column.addWidget(self.subjects)
        column.addWidget(self.subjects_error)

        # Levels (multigrade: several)
        self.levels = ChipGroup(
            [(code, LEVEL_SHORT[code], vocab(LEVEL_LABELS[code])) for code in LEVELS], body
        )
        self.levels.setObjectName("levels")
        self.levels.setAccessibleName(QCoreApplication.translate("PracticeForm", "Levels"))
        levels_label = field_label(
            QCoreApplication.translate("PracticeForm", "&Levels (tick every level taking part)"),
            self.levels.first(),
            body,
        )
        self.levels_error = error_label(body, "levels")
        self.levels.toggled.connect(lambda: self.edited("levels"))
        column.addWidget(levels_label)
        column.addWidget(self.levels)
        column.addWidget(self.levels_error)

        # OA codes
        self.oa_edit = QLineEdit(body)
        self.oa_edit.setObjectName("oa_codes")
        self.oa_edit.setAccessibleName(
            QCoreApplication.translate("PracticeForm", "Learning objectives (OA codes)")
        )
        self.oa_edit.setPlaceholderText(
            QCoreApplication.translate("PracticeForm", "For example: MA02 OA 03, MA03 OA 05")
        )
        self.oa_edit.setToolTip(
            QCoreApplication.translate(
                "PracticeForm", "Separate codes with commas. You may type them short, like ma2oa3."
            )
        )
        oa_label = field_label(
            QCoreApplication.translate("PracticeForm", "Learning &objectives (OA codes)"),
            self.oa_edit,
            body,
        )
        self.oa_error = error_label(body, "oa_codes")
        self.oa_edit.textEdited.connect(lambda _t: self.edited("oa_codes"))
        self.oa_edit.editingFinished.connect(self.normalize_oa_codes)
        column.addWidget(oa_label)
        column.addWidget(self.oa_edit)
        # Find an objective in the curriculum catalogue by words or code.
        self.oa_picker = OaPicker(body, self.ctx.workspace.dirs.root)
        self.oa_picker.setAccessibleName(
            QCoreApplication.translate("PracticeForm", "Find a learning objective")
        )
        self.oa_picker.setPlaceholderText(
            QCoreApplication.translate("PracticeForm", "Find an OA: 'contar'")
        )
        self.oa_picker.setToolTip(
            QCoreApplication.translate(
                "PracticeForm",
                "Find an objective by words, like 'contar' (the ticked subjects and levels)",
            )
        )
        self.oa_picker.chosen.connect(self._add_oa_code)
        self.subjects.toggled.connect(self._filter_oa_picker)
        self.levels.toggled.connect(self._filter_oa_picker)
        column.addWidget(self.oa_picker)
        column.addWidget(self.oa_error)

        # Long texts (plain text only: what people type is never rich text)
        self.description_edit, self.description_error = self._long_text(
            column,
            "description",
            QCoreApplication.translate("PracticeForm", "Description"),
            QCoreApplication.translate("PracticeForm", "&Description"),
            QCoreApplication.translate(
                "PracticeForm", "What the students do, step by step, and what they learn."
            ),
        )
        self.strategy_edit, self.strategy_error = self._long_text(
            column,
            "multigrade_strategy",
            QCoreApplication.translate("PracticeForm", "Multigrade strategy"),
            QCoreApplication.translate("PracticeForm", "&Multigrade strategy"),
            QCoreApplication.translate(
                "PracticeForm",
                "How the levels work together: groups, shared task, tutoring between ages…",
            ),
        )
        self.materials_edit, self.materials_error = self._long_text(
            column,
            "materials",
            QCoreApplication.translate("PracticeForm", "Materials"),
            QCoreApplication.translate("PracticeForm", "M&aterials"),
            QCoreApplication.translate(
                "PracticeForm", "What you need: worksheets, concrete material, recycled objects…"
            ),
        )

        # Duration, status, visibility: short fields side by side
        self.duration_spin = QSpinBox(body)
        self.duration_spin.setObjectName("duration_minutes")
        self.duration_spin.setRange(0, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(QCoreApplication.translate("PracticeForm", " min"))
        self.duration_spin.setSpecialValueText(
            QCoreApplication.translate("PracticeForm", "Not set")
        )
        self.duration_spin.setAccessibleName(
            QCoreApplication.translate("PracticeForm", "Duration in minutes")
        )
        self.duration_spin.valueChanged.connect(lambda _v: self.edited("duration_minutes"))
        self.duration_error = error_label(body, "duration_minutes")

        self.status_combo = QComboBox(body)
        self.status_combo.setObjectName("status")
        self.status_combo.setAccessibleName(QCoreApplication.translate("PracticeForm", "Status"))
        for value, label in STATUS_LABELS.items():
            self.status_combo.addItem(vocab(label), str(value))
        self.status_combo.currentIndexChanged.connect(lambda _i: self.edited("status"))
        self.status_error = error_label(body, "status")
        shrinkable(self.status_combo)

        self.visibility_combo = QComboBox(body)
        self.visibility_combo.setObjectName("visibility")
        self.visibility_combo.setAccessibleName(
            QCoreApplication.translate("PracticeForm", "Who can see it")
        )
        for value, label in VISIBILITY_LABELS.items():
            self.visibility_combo.addItem(vocab(label), str(value))
        self.visibility_combo.currentIndexChanged.connect(lambda _i: self.edited("visibility"))
        self.visibility_error = error_label(body, "visibility")
        shrinkable(self.visibility_combo)

        short_fields = (
            (
                QCoreApplication.translate("PracticeForm", "D&uration"),
                self.duration_spin,
                self.duration_error,
            ),
            (
                QCoreApplication.translate("PracticeForm", "&Status"),
                self.status_combo,
                self.status_error,
            ),
            (
                QCoreApplication.translate("PracticeForm", "&Visibility"),
                self.visibility_combo,
                self.visibility_error,
            ),
        )
        # Side by side when there is room, one under the other when the pane is narrow.
        short_row = QWidget(body)
        flow = FlowLayout(short_row, spacing=12)
        flow.setContentsMargins(0, 6, 0, 0)
        for text, widget, error in short_fields:
            cell = QWidget(short_row)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(field_label(text, widget, cell))
            cell_layout.addWidget(widget)
            widget.setParent(cell)
            error.setParent(cell)
            cell_layout.addWidget(error)
            error.setMaximumWidth(widget.sizeHint().width() * 2)
            flow.addWidget(cell)
        column.addWidget(short_row)

        # Evidence files
        self.attachment_list = QListWidget(body)
        self.attachment_list.setObjectName("attachments")
        self.attachment_list.setAccessibleName(
            QCoreApplication.translate("PracticeForm", "Evidence files")
        )
        self.attachment_list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.attachment_list.setUniformItemSizes(True)
        self.attachment_list.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.attachment_list.itemActivated.connect(lambda _item: self.open_attachment())
        self.attachment_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.attachment_list.installEventFilter(self)
        attachments_label = field_label(
            QCoreApplication.translate("PracticeForm", "Ev&idence (photos, worksheets, plans…)"),
            self.attachment_list,
            body,
        )
        column.addSpacing(6)
        column.addWidget(attachments_label)
        column.addWidget(self.attachment_list)

        button_row = QWidget(body)
        buttons = FlowLayout(button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = _button(
            buttons,
            "addAttachment",
            QCoreApplication.translate("PracticeForm", "Attach &file…"),
            QCoreApplication.translate("PracticeForm", "You can also drop files onto the form."),
        )
        self.add_button.clicked.connect(self.choose_attachments)
        self.open_button = _button(
            buttons,
            "openAttachment",
            QCoreApplication.translate("PracticeForm", "O&pen"),
            QCoreApplication.translate(
                "PracticeForm", "Opens the file with the program your computer uses"
            ),
        )
        self.open_button.clicked.connect(self.open_attachment)
        self.remove_button = _button(
            buttons,
            "removeAttachment",
            QCoreApplication.translate("PracticeForm", "Remove"),
            QCoreApplication.translate(
                "PracticeForm", "Removes the selected file from this practice"
            ),
        )
        self.remove_button.clicked.connect(self.remove_attachment)
        column.addWidget(button_row)
        self.drop_hint = QLabel(
            QCoreApplication.translate("PracticeForm", "You can also drop files onto the form."),
            body,
        )
        self.drop_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(self.drop_hint)
        self.attachments_note = QLabel(body)
        self.attachments_note.setTextFormat(Qt.TextFormat.PlainText)
        self.attachments_note.setWordWrap(True)
        self.attachments_note.hide()
        column.addWidget(self.attachments_note)
        self.attachments_error = error_label(body, "attachments")
        column.addWidget(self.attachments_error)
        column.addStretch(1)

        for field, focus, error in (
            ("title", self.title_edit, self.title_error),
            ("subjects", self.subjects.first(), self.subjects_error),
            ("levels", self.levels.first(), self.levels_error),
            ("oa_codes", self.oa_edit, self.oa_error),
            ("description", self.description_edit, self.description_error),
            ("multigrade_strategy", self.strategy_edit, self.strategy_error),
            ("materials", self.materials_edit, self.materials_error),
            ("duration_minutes", self.duration_spin, self.duration_error),
            ("status", self.status_combo, self.status_error),
            ("visibility", self.visibility_combo, self.visibility_error),
        ):
            self.register_field(field, focus, error)

        # File drops on the text fields attach files instead of pasting their paths.
        for target in (
            self.title_edit,
            self.oa_edit,
            self.description_edit.viewport(),
            self.strategy_edit.viewport(),
            self.materials_edit.viewport(),
        ):
            target.installEventFilter(self)
        return scroll

    def _finish_layout(self) -> None:
        """What needs the frame's action bar: the Alt shortcut of Close, the tooltips of
        the buttons, and the tab order (the reading order, then the actions)."""
        self.close_button.setText(QCoreApplication.translate("PracticeForm", "&Close"))
        keys = self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(
            QCoreApplication.translate("PracticeForm", "Save the practice ({shortcut})").format(
                shortcut=keys
            )
        )
        self.close_button.setToolTip(
            QCoreApplication.translate("PracticeForm", "Close the form (Esc)")
        )
        chain: list[QWidget] = [
            self.title_edit,
            *self.subjects.boxes.values(),
            *self.levels.boxes.values(),
            self.oa_edit,
            self.oa_picker,
            self.description_edit,
            self.strategy_edit,
            self.materials_edit,
            self.duration_spin,
            self.status_combo,
            self.visibility_combo,
            self.attachment_list,
            self.add_button,
            self.open_button,
            self.remove_button,
            self.save_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _long_text(
        self, column: QVBoxLayout, name: str, accessible: str, label: str, placeholder: str
    ) -> tuple[QPlainTextEdit, QLabel]:
        """A label, a plain-text box (longer texts scroll inside it) and its error label."""
        body = column.parentWidget()
        edit = plain_text_edit(body, name, accessible, lines=3, most=7)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda: self.edited(name))
        error = error_label(body, name)
        column.addWidget(field_label(label, edit, body))
        column.addWidget(edit)
        column.addWidget(error)
        return edit, error


def _button(row: FlowLayout, name: str, text: str, tip: str) -> QPushButton:
    """A button in a row that wraps, with its object name and tooltip."""
    button = QPushButton(text, row.parentWidget())
    button.setObjectName(name)
    button.setToolTip(tip)
    row.addWidget(button)
    return button
