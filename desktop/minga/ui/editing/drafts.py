"""Drafts: what a form holds unsaved, written a few seconds after the first edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QObject,
    QTimer,
    Signal,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.services.drafts import DraftInfo
from minga.ui.context import UiContext
from minga.ui.settings import AUTOSAVE_INTERVAL

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

    @property
    def waiting(self) -> bool:
        """A write is due (an unsaved edit not yet kept)."""
        return self._timer.isActive()

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
