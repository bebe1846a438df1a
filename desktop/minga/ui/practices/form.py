"""The practice form: read, create and edit one practice, with drafts that survive a crash.

What the teacher types is kept three ways: in the widgets, in an autosaved draft
(`DraftService`, a few seconds after the first unsaved edit) and, on Save, in the
practice itself (which discards the draft). Closing with unsaved changes asks first;
until the teacher says "discard", the draft stays and the next start offers it back.

Every text that came from a person (titles, names, file names) is shown as plain text:
labels are set to `Qt.PlainText`, tooltips are escaped, message boxes use plain text.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QLocale,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QWidget,
)
from shiboken6 import isValid

from minga import display
from minga.domain.errors import (
    MingaError,
    NotFoundError,
    ValidationError,
    ValidationErrors,
)
from minga.domain.validation import normalize_oa_code
from minga.domain.vocab import (
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
from minga.ui.settings import AUTOSAVE_INTERVAL
from minga.ui.widgets.confirm import confirm
from minga.ui.widgets.text import local_date

__all__ = [
    "DRAFT_KIND",
    "ERROR_COLOR",
    "EVIDENCE_SUFFIXES",
    "THUMBNAIL_SUFFIXES",
    "PracticeForm",
    "split_oa_codes",
    "thumbnail",
    "viewer_filename",
]

from minga.ui.practices.form_evidence import (
    EVIDENCE_SUFFIXES,
    THUMBNAIL_SUFFIXES,
    PracticeEvidence,
    thumbnail,
    viewer_filename,
)
from minga.ui.practices.form_layout import ERROR_COLOR, PracticeFormLayout

log = logging.getLogger(__name__)

#: The `kind` of practice drafts in `DraftService`.
DRAFT_KIND = "practice"


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


# --- the form --------------------------------------------------------------------------


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


class PracticeForm(PracticeFormLayout, PracticeEvidence, QWidget):
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

    # --- misc --------------------------------------------------------------------------

    # Plural texts of the evidence part (form_evidence.py), kept here: lupdate reads
    # plurals only from self.tr.
    def attaching_text(self, count: int) -> str:
        return self.tr("Attaching %n file(s)…", "", count)

    def attached_text(self, count: int) -> str:
        return self.tr("%n file(s) attached.", "", count)

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
