"""How the practice form is built: its fields, labels, error labels, the OA picker,
the evidence list and the buttons, in one scrolling column."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
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
from minga.ui.widgets.text import vocab

ERROR_COLOR = "#b3261e"  # dark red, readable on light backgrounds (WCAG AA on white)


def _set_error_palette(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
    label.setPalette(palette)


def _mark_required(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)


@dataclass(frozen=True)
class _Field:
    """A form field: what gets the focus and where its error message goes."""

    focus: QWidget
    error: QLabel


class PracticeFormLayout:
    """Part of `PracticeForm` (its texts keep the `PracticeForm` translation context)."""

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the tab stops
        body = QWidget(self.scroll)
        body.setObjectName("practiceFormBody")
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        column = QVBoxLayout(body)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(4)

        self.heading = QLabel(body)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        self.heading.setFont(heading_font)
        column.addWidget(self.heading)

        self.banner = QLabel(body)
        self.banner.setObjectName("practiceFormBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.setMargin(8)
        self.banner.setAccessibleName(QCoreApplication.translate("PracticeForm", "Notice"))
        self.banner.hide()
        column.addWidget(self.banner)

        self.general_error = self._error_label(body, "general")
        column.addWidget(self.general_error)
        column.addSpacing(6)

        # Title
        self.title_edit = QLineEdit(body)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setAccessibleName(QCoreApplication.translate("PracticeForm", "Title"))
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("PracticeForm", "For example: The school shop")
        )
        title_label = self._label(
            QCoreApplication.translate("PracticeForm", "&Title"),
            self.title_edit,
            body,
            required=True,
        )
        self.title_error = self._error_label(body, "title")
        self.title_edit.textEdited.connect(lambda _t: self._edited("title"))
        column.addWidget(title_label)
        column.addWidget(self.title_edit)
        column.addWidget(self.title_error)

        # Subjects
        self.subjects = ChipGroup(
            [(code, vocab(name), vocab(name)) for code, name in SUBJECTS.items()], body
        )
        self.subjects.setObjectName("subjects")
        self.subjects.setAccessibleName(QCoreApplication.translate("PracticeForm", "Subjects"))
        subjects_label = self._label(
            QCoreApplication.translate("PracticeForm", "Su&bjects"), self.subjects.first(), body
        )
        self.subjects_error = self._error_label(body, "subjects")
        self.subjects.toggled.connect(lambda: self._edited("subjects"))
        column.addWidget(subjects_label)
        column.addWidget(self.subjects)
        column.addWidget(self.subjects_error)

        # Levels (multigrade: several)
        self.levels = ChipGroup(
            [(code, LEVEL_SHORT[code], vocab(LEVEL_LABELS[code])) for code in LEVELS], body
        )
        self.levels.setObjectName("levels")
        self.levels.setAccessibleName(QCoreApplication.translate("PracticeForm", "Levels"))
        levels_label = self._label(
            QCoreApplication.translate("PracticeForm", "&Levels (tick every level taking part)"),
            self.levels.first(),
            body,
        )
        self.levels_error = self._error_label(body, "levels")
        self.levels.toggled.connect(lambda: self._edited("levels"))
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
        oa_label = self._label(
            QCoreApplication.translate("PracticeForm", "Learning &objectives (OA codes)"),
            self.oa_edit,
            body,
        )
        self.oa_error = self._error_label(body, "oa_codes")
        self.oa_edit.textEdited.connect(lambda _t: self._edited("oa_codes"))
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
        self.description_edit = self._plain_text(
            body, "description", QCoreApplication.translate("PracticeForm", "Description")
        )
        self.description_edit.setPlaceholderText(
            QCoreApplication.translate(
                "PracticeForm", "What the students do, step by step, and what they learn."
            )
        )
        self.description_error = self._error_label(body, "description")
        column.addWidget(
            self._label(
                QCoreApplication.translate("PracticeForm", "&Description"),
                self.description_edit,
                body,
            )
        )
        column.addWidget(self.description_edit)
        column.addWidget(self.description_error)

        self.strategy_edit = self._plain_text(
            body,
            "multigrade_strategy",
            QCoreApplication.translate("PracticeForm", "Multigrade strategy"),
        )
        self.strategy_edit.setPlaceholderText(
            QCoreApplication.translate(
                "PracticeForm",
                "How the levels work together: groups, shared task, tutoring between ages…",
            )
        )
        self.strategy_error = self._error_label(body, "multigrade_strategy")
        column.addWidget(
            self._label(
                QCoreApplication.translate("PracticeForm", "&Multigrade strategy"),
                self.strategy_edit,
                body,
            )
        )
        column.addWidget(self.strategy_edit)
        column.addWidget(self.strategy_error)

        self.materials_edit = self._plain_text(
            body, "materials", QCoreApplication.translate("PracticeForm", "Materials")
        )
        self.materials_edit.setPlaceholderText(
            QCoreApplication.translate(
                "PracticeForm", "What you need: worksheets, concrete material, recycled objects…"
            )
        )
        self.materials_error = self._error_label(body, "materials")
        column.addWidget(
            self._label(
                QCoreApplication.translate("PracticeForm", "M&aterials"), self.materials_edit, body
            )
        )
        column.addWidget(self.materials_edit)
        column.addWidget(self.materials_error)

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
        self.duration_spin.valueChanged.connect(lambda _v: self._edited("duration_minutes"))
        self.duration_error = self._error_label(body, "duration_minutes")

        self.status_combo = QComboBox(body)
        self.status_combo.setObjectName("status")
        self.status_combo.setAccessibleName(QCoreApplication.translate("PracticeForm", "Status"))
        for value, label in STATUS_LABELS.items():
            self.status_combo.addItem(vocab(label), str(value))
        self.status_combo.currentIndexChanged.connect(lambda _i: self._edited("status"))
        self.status_error = self._error_label(body, "status")

        self.visibility_combo = QComboBox(body)
        self.visibility_combo.setObjectName("visibility")
        self.visibility_combo.setAccessibleName(
            QCoreApplication.translate("PracticeForm", "Who can see it")
        )
        for value, label in VISIBILITY_LABELS.items():
            self.visibility_combo.addItem(vocab(label), str(value))
        self.visibility_combo.currentIndexChanged.connect(lambda _i: self._edited("visibility"))
        self.visibility_error = self._error_label(body, "visibility")

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
            cell_layout.addWidget(self._label(text, widget, cell))
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
        attachments_label = self._label(
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
        self.add_button = QPushButton(
            QCoreApplication.translate("PracticeForm", "Attach &file…"), body
        )
        self.add_button.setObjectName("addAttachment")
        self.add_button.setToolTip(
            QCoreApplication.translate("PracticeForm", "You can also drop files onto the form.")
        )
        self.add_button.clicked.connect(self.choose_attachments)
        self.open_button = QPushButton(QCoreApplication.translate("PracticeForm", "O&pen"), body)
        self.open_button.setObjectName("openAttachment")
        self.open_button.setToolTip(
            QCoreApplication.translate(
                "PracticeForm", "Opens the file with the program your computer uses"
            )
        )
        self.open_button.clicked.connect(self.open_attachment)
        self.remove_button = QPushButton(QCoreApplication.translate("PracticeForm", "Remove"), body)
        self.remove_button.setObjectName("removeAttachment")
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "PracticeForm", "Removes the selected file from this practice"
            )
        )
        self.remove_button.clicked.connect(self.remove_attachment)
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setParent(button_row)
            buttons.addWidget(button)
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
        self.attachments_error = self._error_label(body, "attachments")
        column.addWidget(self.attachments_error)
        column.addStretch(1)

        # The action bar stays visible below the scrolling fields.
        bar = QFrame(self)
        bar.setObjectName("practiceFormActions")
        bar.setFrameShape(QFrame.Shape.NoFrame)
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(12, 6, 12, 8)
        self.save_button = QPushButton(QCoreApplication.translate("PracticeForm", "Save"), bar)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(QCoreApplication.translate("PracticeForm", "&Close"), bar)
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.request_close)
        self.status_label = QLabel(bar)
        self.status_label.setObjectName("draftStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar_layout.addWidget(self.save_button)
        bar_layout.addWidget(self.close_button)
        bar_layout.addWidget(self.status_label, 1)
        outer.addWidget(bar)

        # Keyboard: Ctrl+S anywhere in the form (the page adds the action to itself too, so
        # it works from the list), Esc closes.
        self.save_action = QAction(QCoreApplication.translate("PracticeForm", "Save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        shortcut_text = self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(
            QCoreApplication.translate("PracticeForm", "Save the practice ({shortcut})").format(
                shortcut=shortcut_text
            )
        )
        self.close_action = QAction(QCoreApplication.translate("PracticeForm", "Close"), self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(self.request_close)
        self.addAction(self.close_action)
        self.close_button.setToolTip(
            QCoreApplication.translate("PracticeForm", "Close the form (Esc)")
        )

        self._fields: dict[str, _Field] = {
            "title": _Field(self.title_edit, self.title_error),
            "subjects": _Field(self.subjects.first(), self.subjects_error),
            "levels": _Field(self.levels.first(), self.levels_error),
            "oa_codes": _Field(self.oa_edit, self.oa_error),
            "description": _Field(self.description_edit, self.description_error),
            "multigrade_strategy": _Field(self.strategy_edit, self.strategy_error),
            "materials": _Field(self.materials_edit, self.materials_error),
            "duration_minutes": _Field(self.duration_spin, self.duration_error),
            "status": _Field(self.status_combo, self.status_error),
            "visibility": _Field(self.visibility_combo, self.visibility_error),
        }

        # Tab order follows the reading order, then the actions.
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

        # File drops on the text fields attach files instead of pasting their paths.
        for target in (
            self.title_edit,
            self.oa_edit,
            self.description_edit.viewport(),
            self.strategy_edit.viewport(),
            self.materials_edit.viewport(),
        ):
            target.installEventFilter(self)

    def _label(
        self, text: str, buddy: QWidget, parent: QWidget, *, required: bool = False
    ) -> QLabel:
        label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(buddy)
        label.setWordWrap(True)
        if required:
            _mark_required(label)
        return label

    def _error_label(self, parent: QWidget, field: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"error_{field}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(QCoreApplication.translate("PracticeForm", "Error"))
        _set_error_palette(label)
        label.hide()
        return label

    def _plain_text(self, parent: QWidget, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)  # Tab moves on; keyboard users must get out
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = edit.fontMetrics().lineSpacing()
        chrome = 2 * edit.frameWidth() + 2 * int(edit.document().documentMargin())
        edit.setMinimumHeight(3 * line + chrome)
        edit.setMaximumHeight(7 * line + chrome)  # longer texts scroll inside
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        edit.textChanged.connect(lambda: self._edited(name))
        return edit
