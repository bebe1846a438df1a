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
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QWidget,
)

from minga import display
from minga.domain.errors import (
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
from minga.ui.editing.frame import EditorFrame
from minga.ui.widgets.confirm import confirm
from minga.ui.widgets.fields import ERROR_COLOR, select_data
from minga.ui.widgets.text import clock_text

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
from minga.ui.practices.form_layout import PracticeFormLayout

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


class PracticeForm(PracticeFormLayout, PracticeEvidence, EditorFrame):
    """Detail and edit form of one practice (or of a new one), on the editor frame every
    record editor uses: drafts, the questions before unsaved changes are lost, Save and
    Close, inline errors."""

    draft_kind = DRAFT_KIND

    attachments_changed = Signal()
    """Evidence files were attached or removed (the practice's `updated_at` may not move)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self._detail: PracticeDetail | None = None
        self._attachments: list[AttachmentInfo] = []
        self._pending_files: list[Path] = []
        self._attaching = 0
        #: Where evidence files are copied (with their own names) to open them: the store
        #: names them by hash, and a viewer needs the extension. A private temporary
        #: folder made on first use (a shared one could hold someone else's files).
        self.open_folder: Path | None = None
        super().__init__(ctx, parent)
        self.setObjectName("practiceForm")
        self.banner = self.notice
        self._finish_layout()
        self.setAcceptDrops(True)
        assert self.drafts is not None
        self.drafts.kept.connect(self._draft_kept)
        self.new_practice()

    # --- state -------------------------------------------------------------------------

    @property
    def practice_id(self) -> str | None:
        """The practice shown (None for a new one not yet saved)."""
        return self.record_id

    @property
    def detail(self) -> PracticeDetail | None:
        return self._detail

    @property
    def is_new(self) -> bool:
        return self.record_id is None

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
        self.set_read_only(False)
        self.heading.setText(self.tr("New practice"))
        self.show_notice("")
        self.set_baseline(_empty_payload())

    def clear(self) -> None:
        """Back to an empty new form, e.g. when the page closes it."""
        self.new_practice()

    def load_practice(self, detail: PracticeDetail, draft: DraftInfo | None = None) -> None:
        """Shows a saved practice; with `draft`, its unsaved changes on top."""
        self._reset_state()
        self._detail = detail
        self.record_id = detail.id
        self._attachments = list(detail.attachments)
        read_only = not detail.is_mine or detail.deleted
        self.set_read_only(read_only)
        if detail.deleted:
            self.heading.setText(self.tr("Practice in the trash"))
            self.show_notice(
                self.tr("This practice is in the trash. Restore it to change it.")
                if detail.is_mine
                else self.tr("This practice is in the trash.")
            )
        elif not detail.is_mine:
            self.heading.setText(self.tr("Practice by {author}").format(author=detail.author_name))
            where = f" ({detail.school_name})" if detail.school_name else ""
            self.show_notice(
                self.tr(
                    "This practice belongs to {author}{school}. Only its author can change "
                    "it; you can read it and open its evidence."
                ).format(author=detail.author_name or self.tr("another person"), school=where)
            )
        else:
            self.heading.setText(self.tr("Edit practice"))
            self.show_notice("")
        self.set_baseline(_payload_from_input(detail.data))
        if draft is not None and not read_only:
            self.apply_draft(draft)

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
        self.apply_draft(draft)

    def _reset_state(self) -> None:
        if self.drafts is not None:
            self.drafts.forget()  # a draft of what was shown stays for the next start
        self._detail = None
        self.record_id = None
        self._attachments = []
        self.clear_errors()
        self.status_label.clear()
        self.attachments_note.hide()

    def fill(self, payload: dict[str, Any]) -> None:
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
        select_data(self.status_combo, payload.get("status"))
        select_data(self.visibility_combo, payload.get("visibility"))
        self._pending_files = [Path(p) for p in payload.get("pending_files") or []]
        self._set_attachments(self._attachments)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        # Text stays readable and selectable (read-only); choices are disabled.
        for edit in (self.title_edit, self.oa_edit):
            edit.setReadOnly(read_only)
        for text in (self.description_edit, self.strategy_edit, self.materials_edit):
            text.setReadOnly(read_only)
        self.subjects.set_editable(not read_only)
        self.levels.set_editable(not read_only)
        for widget in (self.duration_spin, self.status_combo, self.visibility_combo):
            widget.setEnabled(not read_only)
        self.setAcceptDrops(not read_only)
        self._update_buttons()

    # --- editing -----------------------------------------------------------------------

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
            self.edited("oa_codes")

    def normalize_oa_codes(self) -> bool:
        """Shows the typed OA codes normalized, with an error under bad ones; True if all ok."""
        if self._read_only:
            return True
        codes, errors = check_oa_codes(self.oa_edit.text())
        text = ", ".join(codes)
        if text != self.oa_edit.text():
            with self.loading():
                self.oa_edit.setText(text)
        self.set_error("oa_codes", "\n".join(e.bare_message() for e in errors))
        return not errors

    # --- errors ------------------------------------------------------------------------

    def clear_errors(self) -> None:
        super().clear_errors()
        self.attachments_error.hide()
        self.attachments_error.clear()

    def set_error(self, field: str, message: str) -> None:
        super().set_error(field, message)
        if field in ("subjects", "levels"):  # every chip says it, not only the first
            group = self.subjects if field == "subjects" else self.levels
            group.set_accessible_description(message)

    # --- saving ------------------------------------------------------------------------

    def store(self) -> bool:
        """Validates and saves the practice (the frame shows what went wrong)."""
        self.normalize_oa_codes()
        data = self.practice_input()
        pending = list(self._pending_files)
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
                raise ValidationErrors([warning]) from None
            data.accept_unknown_oa = True
            detail = self._create_or_update(data)
        if self.drafts is not None:
            self.drafts.discard()
        self.load_practice(detail)
        self.ctx.bridge.info(self.tr("Practice «{title}» saved.").format(title=detail.data.title))
        if pending:
            self._attach_now(detail.id, pending)
        self.saved.emit(detail.id)
        return True

    def _create_or_update(self, data: PracticeInput) -> Any:
        if self.record_id is None:
            return self.ctx.practices.create(data)
        return self.ctx.practices.update(self.record_id, data)

    def _draft_kept(self, _draft_id: int) -> None:
        self.status_label.setText(
            self.tr("Draft kept at {time}").format(time=clock_text(self.ctx.clock.now_local()))
        )

    def discard_changes(self) -> None:
        """Forgets the unsaved changes and their draft; shows what is saved again."""
        if self.drafts is not None:
            self.drafts.discard()
        if self._detail is not None:
            self.load_practice(self._detail)
        else:
            self.new_practice()

    def discard_question(self) -> str:
        title = self.title_edit.text().strip()
        if title:
            return self.tr("Discard the unsaved changes to «{title}»?").format(title=title)
        return self.tr("Discard this new practice?")

    def save_question(self) -> str:
        title = self.title_edit.text().strip()
        if title:
            return self.tr("Save the changes to «{title}» first?").format(title=title)
        return self.tr("Save the new practice first?")

    def closing(self) -> None:
        self.clear()

    # --- misc --------------------------------------------------------------------------

    # Plural texts of the evidence part (form_evidence.py), kept here: lupdate reads
    # plurals only from self.tr.
    def attaching_text(self, count: int) -> str:
        return self.tr("Attaching %n file(s)…", "", count)

    def attached_text(self, count: int) -> str:
        return self.tr("%n file(s) attached.", "", count)

    def focus_first_field(self) -> None:
        """Focus on the title (on Close when read-only), the form scrolled to its top."""
        target: QWidget = self.close_button if self._read_only else self.title_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.verticalScrollBar().setValue(0)

    def mnemonic_widgets(self) -> list[QAbstractButton | QLabel]:
        """Labels and buttons that carry an Alt shortcut (for checks of duplicates)."""
        return [w for w in self.findChildren(QLabel) if "&" in w.text()] + [
            w for w in self.findChildren(QAbstractButton) if "&" in w.text()
        ]
