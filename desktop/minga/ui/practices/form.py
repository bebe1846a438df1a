"""The practice form: read, create and edit one practice, with drafts that survive a crash.

What the teacher types is kept three ways: in the widgets, in an autosaved draft
(`DraftService`, a few seconds after the first unsaved edit) and, on Save, in the
practice itself (which discards the draft). Closing with unsaved changes asks first;
until the teacher says "discard", the draft stays and the next start offers it back.

Every text that came from a person (titles, names, file names) is shown as plain text:
labels are set to `Qt.PlainText`, tooltips are escaped, message boxes use plain text.
"""

from __future__ import annotations

import itertools
import logging
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTime,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QIcon,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga import display
from minga.core.files import copy_atomically
from minga.domain.errors import (
    MingaError,
    NotFoundError,
    ValidationError,
    ValidationErrors,
)
from minga.domain.validation import TITLE_MAX, normalize_oa_code
from minga.domain.vocab import (
    LEVEL_LABELS,
    LEVEL_SHORT,
    LEVELS,
    STATUS_LABELS,
    SUBJECTS,
    VISIBILITY_LABELS,
    PracticeStatus,
    Visibility,
)
from minga.services.curriculum import UnknownOaWarning
from minga.services.drafts import DraftInfo
from minga.services.practices import (
    MAX_DURATION_MINUTES,
    AttachmentInfo,
    PracticeDetail,
    PracticeInput,
)
from minga.ui.context import UiContext
from minga.ui.messages import dialogs_enabled
from minga.ui.practices.oa_picker import OaPicker
from minga.ui.settings import AUTOSAVE_INTERVAL
from minga.ui.tasks import Progress
from minga.ui.widgets.chips import ChipGroup, FlowLayout
from minga.ui.widgets.confirm import confirm
from minga.ui.widgets.text import local_date, plain_tooltip, vocab

__all__ = [
    "DRAFT_KIND",
    "PracticeForm",
    "split_oa_codes",
]

log = logging.getLogger(__name__)

#: The `kind` of practice drafts in `DraftService`.
DRAFT_KIND = "practice"

ERROR_COLOR = "#b3261e"  # dark red, readable on light backgrounds (WCAG AA on white)

# One OA code inside free text: `MA02 OA 03`, `ma2oa3`, `LE 1 OA 4`.
_OA_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}\s*0?[1-8]\s*OA\s*0*\d{1,2}(?!\d)", re.IGNORECASE
)
_OA_SEPARATORS = re.compile(r"[,;\n]+")


# --- small helpers ---------------------------------------------------------------------


def split_oa_codes(text: str) -> list[str]:
    """The OA codes a person typed, as separate tokens (not yet validated).

    Codes contain spaces themselves (`MA02 OA 03`), so they are found by their shape;
    commas, semicolons and new lines separate the rest. Text that is not a code stays one
    token, so the error quotes it whole.
    """
    tokens: list[str] = []
    for chunk in _OA_SEPARATORS.split(text or ""):
        position = 0
        for match in _OA_IN_TEXT.finditer(chunk):
            before = chunk[position : match.start()].strip()
            if before:
                tokens.append(before)
            tokens.append(match.group(0).strip())
            position = match.end()
        rest = chunk[position:].strip()
        if rest:
            tokens.append(rest)
    return tokens


def check_oa_codes(text: str) -> tuple[list[str], list[ValidationError]]:
    """Tokens of `text` (normalized when valid, as typed when not) and the errors."""
    shown: list[str] = []
    errors: list[ValidationError] = []
    for token in split_oa_codes(text):
        try:
            code = normalize_oa_code(token)
        except ValidationError as exc:
            errors.append(exc)
            code = token
        if code not in shown:
            shown.append(code)
    return shown, errors


def _set_error_palette(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
    label.setPalette(palette)


def _mark_required(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)


# --- the form --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Field:
    """A form field: what gets the focus and where its error message goes."""

    focus: QWidget
    error: QLabel


def _empty_payload() -> dict[str, Any]:
    return _payload_from_input(PracticeInput())


def _payload_from_input(data: PracticeInput) -> dict[str, Any]:
    return {
        "title": data.title,
        "subjects": list(data.subjects),
        "levels": list(data.levels),
        "oa_codes": list(data.oa_codes),
        "description": data.description,
        "multigrade_strategy": data.multigrade_strategy,
        "materials": data.materials,
        "duration_minutes": data.duration_minutes or 0,
        "status": str(data.status),
        "visibility": str(data.visibility),
        "pending_files": [],
    }


# Endings of the kinds of evidence Minga keeps (minga.core.attachments), and the one
# to give a file whose name ends otherwise: a name from another computer must never make
# the system run a program ("foto.jpg.exe") when a teacher opens it.
_EVIDENCE_ENDINGS = (
    "jpg jpeg png gif webp pdf docx xlsx pptx odt ods odp txt md csv "
    "mp3 ogg oga opus wav mp4 m4v mov m4a 3gp webm mkv"
)
EVIDENCE_SUFFIXES = frozenset(f".{ending}" for ending in _EVIDENCE_ENDINGS.split())
_SUFFIX_FOR_TYPE = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
    "audio/mpeg": ".mp3",
    "audio/ogg": ".ogg",
    "audio/wav": ".wav",
    "video/webm": ".webm",
    "video/mp4": ".mp4",
    "text/plain": ".txt",
}

_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)]
)


def viewer_filename(name: str, media_type: str, fallback: str) -> str:
    """A name to open an evidence file with: safe to create on Windows and Linux, and
    ending as its kind of file does."""
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", base).strip(" .")[:120] or fallback
    if Path(base).stem.upper() in _WINDOWS_RESERVED:
        base = "_" + base
    if Path(base).suffix.lower() not in EVIDENCE_SUFFIXES:
        base += _SUFFIX_FOR_TYPE.get(media_type, ".bin")
    return base


#: Evidence shown as a small picture in the list: the usual photo and image files.
THUMBNAIL_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"})


def thumbnail(path: Path, name: str, side: int) -> QIcon | None:
    """A photo's small picture (decoded at that size: a large photo stays cheap), or None
    for other files and anything that does not read as an image."""
    if Path(name).suffix.lower() not in THUMBNAIL_SUFFIXES:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone's photo the right way up
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return QIcon(QPixmap.fromImage(image))


class PracticeForm(QWidget):
    """Detail and edit form of one practice (or of a new one)."""

    saved = Signal(str)
    """The practice was created or updated (its id)."""
    closed = Signal()
    """The person closed the form (Esc or Close) with nothing left unsaved."""
    dirty_changed = Signal(bool)
    """Whether there are unsaved changes (drafts keep them meanwhile)."""
    draft_saved = Signal(int)
    """The autosave wrote the draft with this id."""
    attachments_changed = Signal()
    """Evidence files were attached or removed (the practice's `updated_at` may not move)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceForm")
        self.ctx = ctx
        self._detail: PracticeDetail | None = None
        self._practice_id: str | None = None
        self._draft_id: int | None = None
        self._baseline: dict[str, Any] = _empty_payload()
        self._read_only = False
        self._dirty = False
        self._loading = 0
        self._draft_error_shown = False
        self._attachments: list[AttachmentInfo] = []
        self._pending_files: list[Path] = []
        self._attaching = 0
        #: Where evidence files are copied (with their own names) to open them: the store
        #: names them by hash, and a viewer needs the extension. A private temporary
        #: folder made on first use (a shared one could hold someone else's files).
        self.open_folder: Path | None = None
        self.setAcceptDrops(True)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.timeout.connect(self.flush_draft)
        self._update_autosave_interval()
        ctx.settings.changed.connect(self._on_setting_changed)

        self._build()
        self.new_practice()

    # --- building ----------------------------------------------------------------------

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
        self.banner.setAccessibleName(self.tr("Notice"))
        self.banner.hide()
        column.addWidget(self.banner)

        self.general_error = self._error_label(body, "general")
        column.addWidget(self.general_error)
        column.addSpacing(6)

        # Title
        self.title_edit = QLineEdit(body)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("For example: The school shop"))
        title_label = self._label(self.tr("&Title"), self.title_edit, body, required=True)
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
        self.subjects.setAccessibleName(self.tr("Subjects"))
        subjects_label = self._label(self.tr("Su&bjects"), self.subjects.first(), body)
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
        self.levels.setAccessibleName(self.tr("Levels"))
        levels_label = self._label(self.tr("&Levels (tick every level taking part)"),
                                   self.levels.first(), body)  # fmt: skip
        self.levels_error = self._error_label(body, "levels")
        self.levels.toggled.connect(lambda: self._edited("levels"))
        column.addWidget(levels_label)
        column.addWidget(self.levels)
        column.addWidget(self.levels_error)

        # OA codes
        self.oa_edit = QLineEdit(body)
        self.oa_edit.setObjectName("oa_codes")
        self.oa_edit.setAccessibleName(self.tr("Learning objectives (OA codes)"))
        self.oa_edit.setPlaceholderText(self.tr("For example: MA02 OA 03, MA03 OA 05"))
        self.oa_edit.setToolTip(
            self.tr("Separate codes with commas. You may type them short, like ma2oa3.")
        )
        oa_label = self._label(self.tr("Learning &objectives (OA codes)"), self.oa_edit, body)
        self.oa_error = self._error_label(body, "oa_codes")
        self.oa_edit.textEdited.connect(lambda _t: self._edited("oa_codes"))
        self.oa_edit.editingFinished.connect(self.normalize_oa_codes)
        column.addWidget(oa_label)
        column.addWidget(self.oa_edit)
        # Find an objective in the curriculum catalogue by words or code.
        self.oa_picker = OaPicker(body, self.ctx.workspace.dirs.root)
        self.oa_picker.setAccessibleName(self.tr("Find a learning objective"))
        self.oa_picker.setPlaceholderText(self.tr("Find an OA: 'contar'"))
        self.oa_picker.setToolTip(
            self.tr("Find an objective by words, like 'contar' (the ticked subjects and levels)")
        )
        self.oa_picker.chosen.connect(self._add_oa_code)
        self.subjects.toggled.connect(self._filter_oa_picker)
        self.levels.toggled.connect(self._filter_oa_picker)
        column.addWidget(self.oa_picker)
        column.addWidget(self.oa_error)

        # Long texts (plain text only: what people type is never rich text)
        self.description_edit = self._plain_text(body, "description", self.tr("Description"))
        self.description_edit.setPlaceholderText(
            self.tr("What the students do, step by step, and what they learn.")
        )
        self.description_error = self._error_label(body, "description")
        column.addWidget(self._label(self.tr("&Description"), self.description_edit, body))
        column.addWidget(self.description_edit)
        column.addWidget(self.description_error)

        self.strategy_edit = self._plain_text(
            body, "multigrade_strategy", self.tr("Multigrade strategy")
        )
        self.strategy_edit.setPlaceholderText(
            self.tr("How the levels work together: groups, shared task, tutoring between ages…")
        )
        self.strategy_error = self._error_label(body, "multigrade_strategy")
        column.addWidget(self._label(self.tr("&Multigrade strategy"), self.strategy_edit, body))
        column.addWidget(self.strategy_edit)
        column.addWidget(self.strategy_error)

        self.materials_edit = self._plain_text(body, "materials", self.tr("Materials"))
        self.materials_edit.setPlaceholderText(
            self.tr("What you need: worksheets, concrete material, recycled objects…")
        )
        self.materials_error = self._error_label(body, "materials")
        column.addWidget(self._label(self.tr("M&aterials"), self.materials_edit, body))
        column.addWidget(self.materials_edit)
        column.addWidget(self.materials_error)

        # Duration, status, visibility: short fields side by side
        self.duration_spin = QSpinBox(body)
        self.duration_spin.setObjectName("duration_minutes")
        self.duration_spin.setRange(0, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText(self.tr("Not set"))
        self.duration_spin.setAccessibleName(self.tr("Duration in minutes"))
        self.duration_spin.valueChanged.connect(lambda _v: self._edited("duration_minutes"))
        self.duration_error = self._error_label(body, "duration_minutes")

        self.status_combo = QComboBox(body)
        self.status_combo.setObjectName("status")
        self.status_combo.setAccessibleName(self.tr("Status"))
        for value, label in STATUS_LABELS.items():
            self.status_combo.addItem(vocab(label), str(value))
        self.status_combo.currentIndexChanged.connect(lambda _i: self._edited("status"))
        self.status_error = self._error_label(body, "status")

        self.visibility_combo = QComboBox(body)
        self.visibility_combo.setObjectName("visibility")
        self.visibility_combo.setAccessibleName(self.tr("Who can see it"))
        for value, label in VISIBILITY_LABELS.items():
            self.visibility_combo.addItem(vocab(label), str(value))
        self.visibility_combo.currentIndexChanged.connect(lambda _i: self._edited("visibility"))
        self.visibility_error = self._error_label(body, "visibility")

        short_fields = (
            (self.tr("D&uration"), self.duration_spin, self.duration_error),
            (self.tr("&Status"), self.status_combo, self.status_error),
            (self.tr("&Visibility"), self.visibility_combo, self.visibility_error),
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
        self.attachment_list.setAccessibleName(self.tr("Evidence files"))
        self.attachment_list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.attachment_list.setUniformItemSizes(True)
        self.attachment_list.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.attachment_list.itemActivated.connect(lambda _item: self.open_attachment())
        self.attachment_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.attachment_list.installEventFilter(self)
        attachments_label = self._label(self.tr("Ev&idence (photos, worksheets, plans…)"),
                                        self.attachment_list, body)  # fmt: skip
        column.addSpacing(6)
        column.addWidget(attachments_label)
        column.addWidget(self.attachment_list)

        button_row = QWidget(body)
        buttons = FlowLayout(button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Attach &file…"), body)
        self.add_button.setObjectName("addAttachment")
        self.add_button.setToolTip(self.tr("You can also drop files onto the form."))
        self.add_button.clicked.connect(self.choose_attachments)
        self.open_button = QPushButton(self.tr("O&pen"), body)
        self.open_button.setObjectName("openAttachment")
        self.open_button.setToolTip(self.tr("Opens the file with the program your computer uses"))
        self.open_button.clicked.connect(self.open_attachment)
        self.remove_button = QPushButton(self.tr("Remove"), body)
        self.remove_button.setObjectName("removeAttachment")
        self.remove_button.setToolTip(self.tr("Removes the selected file from this practice"))
        self.remove_button.clicked.connect(self.remove_attachment)
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setParent(button_row)
            buttons.addWidget(button)
        column.addWidget(button_row)
        self.drop_hint = QLabel(self.tr("You can also drop files onto the form."), body)
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
        self.save_button = QPushButton(self.tr("Save"), bar)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("&Close"), bar)
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
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        shortcut_text = self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save the practice ({shortcut})").format(
            shortcut=shortcut_text))  # fmt: skip
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(self.request_close)
        self.addAction(self.close_action)
        self.close_button.setToolTip(self.tr("Close the form (Esc)"))

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
        label.setAccessibleName(self.tr("Error"))
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

    # --- state -------------------------------------------------------------------------

    @property
    def practice_id(self) -> str | None:
        """The practice shown (None for a new one not yet saved)."""
        return self._practice_id

    @property
    def detail(self) -> PracticeDetail | None:
        return self._detail

    @property
    def draft_id(self) -> int | None:
        return self._draft_id

    @property
    def is_new(self) -> bool:
        return self._practice_id is None

    @property
    def is_read_only(self) -> bool:
        return self._read_only

    def has_unsaved_changes(self) -> bool:
        """True when what the form shows differs from what is saved."""
        return not self._read_only and self.payload() != self._baseline

    def payload(self) -> dict[str, Any]:
        """The form's content as a draft payload (JSON-friendly)."""
        codes, _errors = check_oa_codes(self.oa_edit.text())
        return {
            "title": self.title_edit.text(),
            "subjects": self.subjects.values(),
            "levels": self.levels.values(),
            "oa_codes": codes,
            "description": self.description_edit.toPlainText(),
            "multigrade_strategy": self.strategy_edit.toPlainText(),
            "materials": self.materials_edit.toPlainText(),
            "duration_minutes": self.duration_spin.value(),
            "status": self.status_combo.currentData() or str(PracticeStatus.DRAFT),
            "visibility": self.visibility_combo.currentData() or str(Visibility.NETWORK),
            "pending_files": [str(path) for path in self._pending_files],
        }

    def practice_input(self) -> PracticeInput:
        """What the service validates and saves."""
        data = self.payload()
        return PracticeInput(
            title=data["title"],
            subjects=data["subjects"],
            levels=data["levels"],
            oa_codes=data["oa_codes"],
            description=data["description"],
            multigrade_strategy=data["multigrade_strategy"],
            materials=data["materials"],
            duration_minutes=data["duration_minutes"] or None,
            status=data["status"],
            visibility=data["visibility"],
        )

    # --- loading -----------------------------------------------------------------------

    def new_practice(self) -> None:
        """An empty form for a new practice (whatever was shown is left as it was saved)."""
        self._reset_state()
        self._baseline = _empty_payload()
        self._fill(self._baseline)
        self._set_attachments([])
        self._set_read_only(False)
        self.heading.setText(self.tr("New practice"))
        self._show_banner("")
        self._update_dirty()

    def clear(self) -> None:
        """Back to an empty new form, e.g. when the page closes it."""
        self.new_practice()

    def load_practice(self, detail: PracticeDetail, draft: DraftInfo | None = None) -> None:
        """Shows a saved practice; with `draft`, its unsaved changes on top."""
        self._reset_state()
        self._detail = detail
        self._practice_id = detail.id
        self._baseline = _payload_from_input(detail.data)
        self._fill(self._baseline)
        self._set_attachments(detail.attachments)
        read_only = not detail.is_mine or detail.deleted
        self._set_read_only(read_only)
        if detail.deleted:
            self.heading.setText(self.tr("Practice in the trash"))
            self._show_banner(
                self.tr("This practice is in the trash. Restore it to change it.")
                if detail.is_mine
                else self.tr("This practice is in the trash.")
            )
        elif not detail.is_mine:
            self.heading.setText(self.tr("Practice by {author}").format(author=detail.author_name))
            where = f" ({detail.school_name})" if detail.school_name else ""
            self._show_banner(
                self.tr(
                    "This practice belongs to {author}{school}. Only its author can change "
                    "it; you can read it and open its evidence."
                ).format(author=detail.author_name or self.tr("another person"), school=where)
            )
        else:
            self.heading.setText(self.tr("Edit practice"))
            self._show_banner("")
        if draft is not None and not read_only:
            self._apply_draft(draft)
        self._update_dirty()

    def load_draft(self, draft: DraftInfo) -> None:
        """Restores a draft (after a crash, or one left open) into the form."""
        if draft.record_id:
            try:
                detail = self.ctx.practices.get(draft.record_id, include_deleted=True)
            except NotFoundError:
                detail = None
            if detail is not None and detail.is_mine and not detail.deleted:
                self.load_practice(detail, draft)
                return
        self.new_practice()
        self._apply_draft(draft)
        self._update_dirty()

    def _apply_draft(self, draft: DraftInfo) -> None:
        payload = {**self._baseline, **draft.payload}
        self._draft_id = draft.id
        self._pending_files = [Path(p) for p in payload.get("pending_files") or []]
        self._fill(payload)
        self._set_attachments(self._attachments)
        when = draft.updated_at.astimezone()
        self._show_banner(
            self.tr(
                "Unsaved changes from {date} {time} were restored. Save them with Ctrl+S, "
                "or press Esc to discard them."
            ).format(
                date=local_date(draft.updated_at),
                time=when.strftime("%H:%M"),
            )
        )

    def _reset_state(self) -> None:
        self._autosave.stop()
        self._detail = None
        self._practice_id = None
        self._draft_id = None
        self._pending_files = []
        self._draft_error_shown = False
        self.clear_errors()
        self.status_label.clear()
        self.attachments_note.hide()

    def _fill(self, payload: dict[str, Any]) -> None:
        self._loading += 1
        try:
            self.title_edit.setText(str(payload.get("title") or ""))
            self.title_edit.setCursorPosition(0)
            self.subjects.set_values(payload.get("subjects") or [])
            self.levels.set_values(payload.get("levels") or [])
            codes = payload.get("oa_codes") or []
            self.oa_edit.setText(display.codes(codes, {}, "practice form"))
            self.oa_edit.setCursorPosition(0)
            self.description_edit.setPlainText(str(payload.get("description") or ""))
            self.strategy_edit.setPlainText(str(payload.get("multigrade_strategy") or ""))
            self.materials_edit.setPlainText(str(payload.get("materials") or ""))
            try:
                minutes = int(payload.get("duration_minutes") or 0)
            except (TypeError, ValueError):
                minutes = 0
            self.duration_spin.setValue(max(0, min(minutes, MAX_DURATION_MINUTES)))
            self._select_data(self.status_combo, payload.get("status"))
            self._select_data(self.visibility_combo, payload.get("visibility"))
        finally:
            self._loading -= 1

    @staticmethod
    def _select_data(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        # Text stays readable and selectable (read-only); choices are disabled.
        for edit in (self.title_edit, self.oa_edit):
            edit.setReadOnly(read_only)
        for text in (self.description_edit, self.strategy_edit, self.materials_edit):
            text.setReadOnly(read_only)
        self.subjects.set_editable(not read_only)
        self.levels.set_editable(not read_only)
        for widget in (self.duration_spin, self.status_combo, self.visibility_combo):
            widget.setEnabled(not read_only)
        self.save_action.setEnabled(not read_only)
        self.save_button.setVisible(not read_only)
        self.setAcceptDrops(not read_only)
        self._update_buttons()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # --- editing -----------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        if self._loading or self._read_only:
            return
        if field in self._fields:
            self._set_error(field, "")
        self._update_dirty()
        if self._dirty and not self._autosave.isActive():
            # Started by the first unsaved edit, not restarted by later ones: a person
            # typing without pause still has a draft every few seconds.
            self._autosave.start()

    def _update_dirty(self) -> None:
        dirty = self.has_unsaved_changes()
        if not dirty:
            self._autosave.stop()
            if self._draft_id is not None:  # typed back to what is saved
                self._discard_draft()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _filter_oa_picker(self) -> None:
        self.oa_picker.set_filter(self.subjects.values(), self.levels.values())

    def _add_oa_code(self, code: str) -> None:
        """A code chosen in the picker joins the ones already typed."""
        if self._read_only:
            return
        codes, _errors = check_oa_codes(self.oa_edit.text())
        if code not in codes:
            text = self.oa_edit.text().strip().rstrip(",")
            self.oa_edit.setText(f"{text}, {code}" if text else code)
            self._edited("oa_codes")

    def normalize_oa_codes(self) -> bool:
        """Shows the typed OA codes normalized, with an error under bad ones; True if all ok."""
        if self._read_only:
            return True
        codes, errors = check_oa_codes(self.oa_edit.text())
        text = ", ".join(codes)
        if text != self.oa_edit.text():
            self._loading += 1
            try:
                self.oa_edit.setText(text)
            finally:
                self._loading -= 1
        self._set_error("oa_codes", "\n".join(e.bare_message() for e in errors))
        return not errors

    # --- errors ------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for field in self._fields:
            self._set_error(field, "")
        self.general_error.hide()
        self.general_error.clear()
        self.attachments_error.hide()
        self.attachments_error.clear()

    def error_text(self, field: str) -> str:
        """The message shown under `field` ('' when none)."""
        entry = self._fields.get(field)
        return entry.error.text() if entry and not entry.error.isHidden() else ""

    def _set_error(self, field: str, message: str) -> None:
        entry = self._fields[field]
        entry.error.setText(message)
        entry.error.setVisible(bool(message))
        if field in ("subjects", "levels"):
            group = self.subjects if field == "subjects" else self.levels
            group.set_accessible_description(message)
        else:
            entry.focus.setAccessibleDescription(message)

    def show_errors(self, errors: ValidationErrors) -> None:
        """Each message under its field; the first bad field gets the focus."""
        self.clear_errors()
        by_field = errors.by_field()
        first: QWidget | None = None
        for field, entry in self._fields.items():  # in reading order
            error = by_field.get(field)
            if error is None:
                continue
            self._set_error(field, error.bare_message())
            if first is None:
                first = entry.focus
        others = [e.message() for f, e in by_field.items() if f not in self._fields]
        if others:
            self.general_error.setText("\n".join(others))
            self.general_error.show()
        if first is not None:
            self.scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving ------------------------------------------------------------------------

    def save(self) -> bool:
        """Validates and saves the practice; False (with messages shown) if it could not."""
        if self._read_only:
            return False
        self.normalize_oa_codes()
        data = self.practice_input()
        pending = list(self._pending_files)
        try:
            try:
                detail = self._create_or_update(data)
            except UnknownOaWarning as warning:
                # Codes the catalogue does not have: the person checks them, or keeps them.
                if not confirm(
                    self,
                    self.tr("Learning objectives not in the catalogue"),
                    warning.message(),
                    self.tr("Keep them"),
                    self.tr("Correct them"),
                ):
                    self.show_errors(ValidationErrors([warning]))
                    self.flush_draft()
                    return False
                data.accept_unknown_oa = True
                detail = self._create_or_update(data)
        except ValidationErrors as exc:
            self.show_errors(exc)
            self.flush_draft()  # nothing is lost while the person corrects it
            return False
        except MingaError as exc:
            self.flush_draft()
            self.ctx.bridge.show_exception(exc)
            return False
        if self._draft_id is not None:
            self._discard_draft()
        self.load_practice(detail)
        self.status_label.setText(
            self.tr("Saved at {time}").format(
                time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            )
        )
        self.ctx.bridge.info(self.tr("Practice «{title}» saved.").format(title=detail.data.title))
        if pending:
            self._attach_now(detail.id, pending)
        self.saved.emit(detail.id)
        return True

    def _create_or_update(self, data: PracticeInput) -> Any:
        if self._practice_id is None:
            return self.ctx.practices.create(data)
        return self.ctx.practices.update(self._practice_id, data)

    def flush_draft(self) -> None:
        """Writes the draft now if there are unsaved changes (the autosave calls it)."""
        self._autosave.stop()
        if self._read_only or not self.has_unsaved_changes():
            return
        try:
            self._draft_id = self.ctx.drafts.save(
                DRAFT_KIND, self.payload(), draft_id=self._draft_id, record_id=self._practice_id
            )
        except MingaError as exc:
            if not self._draft_error_shown:  # once, not every few seconds
                self._draft_error_shown = True
                self.ctx.bridge.show_exception(exc)
            return
        self._draft_error_shown = False
        self.status_label.setText(
            self.tr("Draft kept at {time}").format(
                time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            )
        )
        self.draft_saved.emit(self._draft_id)

    def _discard_draft(self) -> None:
        draft_id, self._draft_id = self._draft_id, None
        if draft_id is None:
            return
        try:
            self.ctx.drafts.discard(draft_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)

    def discard_changes(self) -> None:
        """Forgets the unsaved changes and their draft; shows what is saved again."""
        self._autosave.stop()
        self._discard_draft()
        if self._detail is not None:
            self.load_practice(self._detail)
        else:
            self.new_practice()

    def request_close(self) -> bool:
        """Esc / Close: closes, asking first if that would throw away unsaved changes."""
        if self.has_unsaved_changes():
            title = self.title_edit.text().strip()
            question = (
                self.tr("Discard the unsaved changes to «{title}»?").format(title=title)
                if title
                else self.tr("Discard this new practice?")
            )
            if not confirm(
                self,
                self.tr("Unsaved changes"),
                question,
                self.tr("Discard"),
                self.tr("Keep editing"),
                informative=self.tr("Until you discard them, they are kept as a draft."),
            ):
                return False
            self._discard_draft()
        self.clear()
        self.closed.emit()
        return True

    # --- evidence files ----------------------------------------------------------------

    def add_attachments(self, paths: Iterable[Path | str]) -> None:
        """Attaches files: at once to a saved practice, on Save to a new one."""
        if self._read_only:
            return
        files = [Path(p) for p in paths]
        if not files:
            return
        self.attachments_error.hide()
        if self._practice_id is None:
            accepted, problems = [], []
            for path in files:
                try:
                    self.ctx.practices.files.check_file(path)
                except MingaError as exc:
                    problems.append(exc.message())
                    continue
                if path not in self._pending_files:
                    accepted.append(path)
            self._pending_files.extend(accepted)
            self._set_attachments(self._attachments)
            self._show_attachment_problems(problems)
            self._edited("attachments")
            return
        self._attach_now(self._practice_id, files)

    def _attach_now(self, practice_id: str, files: list[Path]) -> None:
        service = self.ctx.practices

        def work(progress: Progress) -> tuple[list[AttachmentInfo], list[str]]:
            done: list[AttachmentInfo] = []
            problems: list[str] = []
            for number, path in enumerate(files, start=1):
                progress.check()
                try:
                    done.append(service.attach(practice_id, path))
                except MingaError as exc:
                    problems.append(exc.message())
                progress.report(number, len(files), path.name)
            return done, problems

        self._attaching += 1
        self.attachments_note.setText(self.tr("Attaching %n file(s)…", "", len(files)))
        self.attachments_note.show()
        self.ctx.runner.run(
            work,
            on_done=lambda result: self._attached(practice_id, result),
            on_error=self._attach_failed,
        )

    def _attached(self, practice_id: str, result: tuple[list[AttachmentInfo], list[str]]) -> None:
        if not isValid(self):
            return
        self._attaching -= 1
        if not self._attaching:
            self.attachments_note.hide()
        done, problems = result
        if practice_id == self._practice_id:
            self._set_attachments([*self._attachments, *done])
            if done:
                self.attachment_list.setCurrentRow(self.attachment_list.count() - 1)
        self._show_attachment_problems(problems)
        if done:
            self.ctx.bridge.info(self.tr("%n file(s) attached.", "", len(done)))
            self.attachments_changed.emit()

    def _attach_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._attaching -= 1
        if not self._attaching:
            self.attachments_note.hide()
        self.ctx.bridge.show_exception(exc)

    def _show_attachment_problems(self, problems: list[str]) -> None:
        if problems:
            self.attachments_error.setText("\n".join(problems))
            self.attachments_error.show()
            for problem in problems:
                self.ctx.bridge.error(problem)

    def _set_attachments(self, attachments: list[AttachmentInfo]) -> None:
        self._attachments = list(attachments)
        current = self.attachment_list.currentRow()
        self.attachment_list.clear()
        locale = QLocale()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        side = max(32, self.fontMetrics().height() * 3)
        self.attachment_list.setIconSize(QSize(side, side))
        for info in self._attachments:
            size = locale.formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            thumb = thumbnail(info.path, info.filename, side) if info.path.exists() else None
            item = QListWidgetItem(thumb or icon, f"{info.filename}  ({size})")
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(plain_tooltip(info.filename))
            self.attachment_list.addItem(item)
        for path in self._pending_files:
            item = QListWidgetItem(
                thumbnail(path, path.name, side) or icon,
                self.tr("{name} (attached when you save)").format(name=path.name),
            )
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(plain_tooltip(str(path)))
            self.attachment_list.addItem(item)
        if self.attachment_list.count():
            self.attachment_list.setCurrentRow(
                min(max(current, 0), self.attachment_list.count() - 1)
            )
        rows = max(2, min(self.attachment_list.count(), 5))
        row_height = max(self.attachment_list.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.attachment_list.setFixedHeight(
            row_height * rows + 2 * self.attachment_list.frameWidth() + 4
        )
        self._update_buttons()

    def attachment_names(self) -> list[str]:
        """File names listed (saved and waiting for Save), in order."""
        names = [info.filename for info in self._attachments]
        return names + [path.name for path in self._pending_files]

    def _current_attachment(self) -> AttachmentInfo | Path | None:
        item = self.attachment_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        has_current = self._current_attachment() is not None
        self.add_button.setEnabled(not self._read_only)
        self.drop_hint.setVisible(not self._read_only)
        self.open_button.setEnabled(has_current)
        self.remove_button.setEnabled(has_current and not self._read_only)

    def choose_attachments(self) -> None:
        """The file dialog to pick evidence files."""
        if self._read_only:
            return
        options = QFileDialog.Option(0)
        if not dialogs_enabled():
            options |= QFileDialog.Option.DontUseNativeDialog
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach evidence files"),
            str(Path.home()),
            ";;".join(
                (
                    self.tr("Evidence ({patterns})").format(
                        patterns=" ".join(f"*{suffix}" for suffix in sorted(EVIDENCE_SUFFIXES))
                    ),
                    self.tr("All files (*)"),
                )
            ),
            "",
            options,
        )
        if paths:
            self.add_attachments(paths)

    def open_attachment(self) -> None:
        """Opens the selected file with the computer's own program for it."""
        current = self._current_attachment()
        if current is None:
            return
        if isinstance(current, Path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(current)))
            return
        info = current
        if self.open_folder is None:
            self.open_folder = Path(tempfile.mkdtemp(prefix="minga-open-"))
        folder = self.open_folder / info.sha256[:16]
        target = folder / viewer_filename(
            info.filename, info.media_type, f"evidence-{info.sha256[:8]}"
        )

        def copy(_progress: Progress) -> Path:
            # The store names files by their hash; a viewer needs the real name and type.
            if not target.exists():
                folder.mkdir(parents=True, exist_ok=True)
                # A copy to look at, read-only: changes would not reach Minga.
                copy_atomically(info.path, target, mode=0o444)
            return target

        def opened(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            if isinstance(exc, OSError):
                self.ctx.bridge.error(
                    self.tr("The file {name} could not be opened: {reason}").format(
                        name=info.filename, reason=exc.strerror or str(exc)
                    )
                )
                return
            self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(copy, on_done=opened, on_error=failed)

    def remove_attachment(self) -> None:
        """Removes the selected file from the practice, after asking."""
        current = self._current_attachment()
        if current is None or self._read_only:
            return
        name = current.name if isinstance(current, Path) else current.filename
        if not confirm(
            self,
            self.tr("Remove file"),
            self.tr("Remove the file «{name}» from this practice?").format(name=name),
            self.tr("Remove"),
            self.tr("Cancel"),
        ):
            return
        if isinstance(current, Path):
            self._pending_files = [p for p in self._pending_files if p != current]
            self._set_attachments(self._attachments)
            self._edited("attachments")
            return
        try:
            self.ctx.practices.detach(current.id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self._set_attachments([a for a in self._attachments if a.id != current.id])
        self.ctx.bridge.info(self.tr("File «{name}» removed.").format(name=name))
        self.attachments_changed.emit()

    # --- drag and drop -----------------------------------------------------------------

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._read_only and self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._read_only and self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event)
        if self._read_only or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_attachments(files)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
            and isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
            and self._dropped_files(event)
        ):
            if kind == QEvent.Type.Drop:
                self.dropEvent(event)
            elif kind == QEvent.Type.DragEnter:
                self.dragEnterEvent(event)  # type: ignore[arg-type]
            else:
                self.dragMoveEvent(event)
            return True
        if (
            watched is self.attachment_list
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.remove_attachment()
            return True
        return super().eventFilter(watched, event)

    # --- misc --------------------------------------------------------------------------

    def focus_first_field(self) -> None:
        """Focus on the title (on Close when read-only), the form scrolled to its top so
        that the heading above the title is not cut off."""
        target: QWidget = self.close_button if self._read_only else self.title_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.verticalScrollBar().setValue(0)

    def _update_autosave_interval(self) -> None:
        self._autosave.setInterval(int(self.ctx.settings.get(AUTOSAVE_INTERVAL)) * 1000)

    def _on_setting_changed(self, key: str) -> None:
        if key == AUTOSAVE_INTERVAL.key and isValid(self):
            self._update_autosave_interval()

    def mnemonic_widgets(self) -> list[QAbstractButton | QLabel]:
        """Labels and buttons that carry an Alt shortcut (for checks of duplicates)."""
        return [w for w in self.findChildren(QLabel) if "&" in w.text()] + [
            w for w in self.findChildren(QAbstractButton) if "&" in w.text()
        ]
