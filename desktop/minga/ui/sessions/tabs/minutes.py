"""The session's minutes (acta): one long text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from minga.ui.widgets.fields import plain_text_edit

if TYPE_CHECKING:
    from minga.ui.editing.frame import EditorFrame

__all__ = ["MinutesTab"]


class MinutesTab(QWidget):
    """The minutes, part of the editor's payload (`minutes_text`)."""

    def __init__(self, editor: EditorFrame) -> None:
        super().__init__(editor)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 12)
        self.minutes_edit = plain_text_edit(
            self, "minutes_text", self.tr("Minutes of the session"), lines=10, most=10_000
        )
        self.minutes_edit.setPlaceholderText(
            self.tr("Agreements, who presented, what was decided, tasks for the next session…")
        )
        self.minutes_edit.textChanged.connect(lambda: editor.edited("minutes_text"))
        editor.add_field(
            column, "minutes_text", self.tr("Minutes (acta)"), self.minutes_edit, parent=self
        )
        column.setStretch(1, 1)

    def payload(self) -> dict[str, Any]:
        return {"minutes_text": self.minutes_edit.toPlainText()}

    def fill(self, payload: dict[str, Any]) -> None:
        self.minutes_edit.setPlainText(str(payload.get("minutes_text") or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.minutes_edit.setReadOnly(read_only)
