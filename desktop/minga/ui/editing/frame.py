"""The editor frame every record editor uses: heading, banners, inline errors,
Save (Ctrl+S) and Close (Esc), dirty state and drafts; and `settle`, asked before an
editor shows another record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError, ValidationError, ValidationErrors
from minga.services.drafts import DraftInfo
from minga.ui.context import UiContext
from minga.ui.editing.drafts import DraftKeeper
from minga.ui.widgets.fields import banner, error_label, field_label, heading, show_text
from minga.ui.widgets.scroll import scrollable_content
from minga.ui.widgets.text import clock_text, day_text

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
        # The content scrolls, the action bar below stays on the screen (large text).
        self.content = scrollable_content(self.build_content(), self)
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

    def discard_question(self) -> str:
        """What Close asks before unsaved changes are thrown away."""
        return self.tr("Discard the unsaved changes?")

    def save_question(self) -> str:
        """What `settle` asks before the editor shows another record."""
        return QCoreApplication.translate("cycle", "Save the changes first?")

    def closing(self) -> None:
        """Just before `closed` is emitted (nothing unsaved is left): e.g. empty the form."""

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
            self.tr("Saved at {time}").format(time=clock_text(self.ctx.clock.now_local()))
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
            from minga.ui.widgets.confirm import confirm

            if not confirm(
                self,
                self.tr("Unsaved changes"),
                self.discard_question(),
                self.tr("Discard"),
                self.tr("Keep editing"),
                informative=self.tr("Until you discard them, they are kept as a draft."),
            ):
                return False
            if self.drafts is not None:
                self.drafts.discard()
        self.closing()
        self.closed.emit()
        return True


class _Loading:
    def __init__(self, editor: EditorFrame) -> None:
        self.editor = editor

    def __enter__(self) -> None:
        self.editor._loading += 1

    def __exit__(self, *_exc: object) -> None:
        self.editor._loading -= 1


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
        editor.save_question(),
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
