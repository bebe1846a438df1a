"""The session's minutes (acta): one long text, and the acta's agreements (what, who,
by when, done), each a record of its own written at once by its buttons."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.ui.widgets.fields import plain_text_edit
from minga.ui.widgets.scroll import reflow_on_large_text
from minga.ui.widgets.text import day_text

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
        # The acta is read and approved at the next session.
        approval = QHBoxLayout()
        self.approval_label = QLabel(self)
        self.approval_label.setObjectName("minutesApproval")
        self.approval_label.setWordWrap(True)  # a long sentence: at 200 % on several lines
        self.approve_button = QPushButton(self.tr("Approve the minutes"), self)
        self.approve_button.setObjectName("approveMinutes")
        self.approve_button.clicked.connect(self.toggle_approval)
        approval.addWidget(self.approval_label, 1)
        approval.addWidget(self.approve_button)
        column.addLayout(approval)
        self._approved_on: dt.date | None = None
        self._can_edit = False

        self.editor = editor
        self._session_id: str | None = None
        self._agreement_ids: list[str] = []
        column.addWidget(QLabel(self.tr("Agreements"), self))
        self.agreements_table = QTableWidget(0, 4, self)
        self.agreements_table.setObjectName("agreementsTable")
        self.agreements_table.setHorizontalHeaderLabels(
            [self.tr("Agreement"), self.tr("Responsible"), self.tr("Due"), self.tr("Done")]
        )
        self.agreements_table.verticalHeader().hide()
        self.agreements_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.agreements_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.agreements_table.horizontalHeader().setStretchLastSection(True)
        self.agreements_table.setColumnWidth(0, 320)
        column.addWidget(self.agreements_table, 1)
        row = QHBoxLayout()
        self.agreement_edit = QLineEdit(self)
        self.agreement_edit.setObjectName("agreementText")
        self.agreement_edit.setPlaceholderText(self.tr("What was agreed"))
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.setObjectName("agreementResponsible")
        self.due_edit = QDateEdit(self)
        self.due_edit.setObjectName("agreementDue")
        self.due_edit.setCalendarPopup(True)
        self.add_agreement_button = QPushButton(self.tr("Add agreement"), self)
        self.add_agreement_button.setObjectName("addAgreement")
        self.add_agreement_button.clicked.connect(self.add_agreement)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setObjectName("agreementDone")
        self.done_button.clicked.connect(self.mark_done)
        # Two rows, so the text keeps its width beside the buttons with large text.
        column.addWidget(self.agreement_edit)
        self.responsible_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.responsible_combo.setMinimumContentsLength(14)
        row.addWidget(self.responsible_combo, 1)
        row.addWidget(self.due_edit)
        row.addWidget(self.add_agreement_button)
        row.addWidget(self.done_button)
        column.addLayout(row)
        # At 150 % and more the four do not fit side by side: one under the other.
        reflow_on_large_text(self, row)

    # --- agreements (records of their own, written at once) ---------------------------------

    def show_session(self, detail: Any, people: list[Any], *, can_edit: bool) -> None:
        from minga.services.year import AgreementService

        self._session_id = detail.id if detail is not None else None
        self._can_edit = can_edit
        self._show_approval(detail.minutes_approved_on if detail is not None else None)
        self.responsible_combo.clear()
        self.responsible_combo.addItem(self.tr("The whole network"), None)
        for person in people:
            self.responsible_combo.addItem(person.name, person.id)
        today = self.editor.ctx.today() + dt.timedelta(days=28)
        self.due_edit.setDate(QDate(today.year, today.month, today.day))
        rows = (
            AgreementService(self.editor.ctx.workspace.db).list(session_id=detail.id)
            if detail is not None
            else []
        )
        self._agreement_ids = [a.id for a in rows]
        self.agreements_table.setRowCount(len(rows))
        for index, a in enumerate(rows):
            cells = (
                a.text,
                a.responsible_name or self.tr("The whole network"),
                a.due_on.isoformat() if a.due_on else "—",
                a.done_on.isoformat() if a.done_on else "",
            )
            for col, text in enumerate(cells):
                self.agreements_table.setItem(index, col, QTableWidgetItem(text))
        enabled = can_edit and detail is not None
        for widget in (
            self.agreement_edit,
            self.responsible_combo,
            self.due_edit,
            self.add_agreement_button,
            self.done_button,
        ):
            widget.setEnabled(enabled)

    def _show_approval(self, approved_on: dt.date | None) -> None:
        self._approved_on = approved_on
        if approved_on is None:
            self.approval_label.setText(
                self.tr("Not approved yet: the minutes are read and approved at the next session.")
            )
            self.approve_button.setText(self.tr("Approve the minutes"))
        else:
            self.approval_label.setText(
                self.tr("Minutes approved on {date}.").format(date=day_text(approved_on))
            )
            self.approve_button.setText(self.tr("Undo the approval"))
        self.approve_button.setEnabled(self._can_edit and self._session_id is not None)

    def toggle_approval(self) -> None:
        if self._session_id is None:
            return
        try:
            detail = self.editor.ctx.sessions.approve_minutes(
                self._session_id, approved=self._approved_on is None
            )
        except MingaError as exc:
            self.editor.ctx.bridge.error(exc.message())
            return
        self._show_approval(detail.minutes_approved_on)

    def add_agreement(self) -> None:
        from minga.services.year import AgreementService

        if self._session_id is None:
            return
        due = self.due_edit.date()
        try:
            AgreementService(self.editor.ctx.workspace.db).add(
                self._session_id,
                self.agreement_edit.text(),
                responsible_id=self.responsible_combo.currentData(),
                due_on=dt.date(due.year(), due.month(), due.day()),
            )
        except MingaError as exc:
            self.editor.ctx.bridge.show_exception(exc)
            return
        self.agreement_edit.clear()
        self.editor.reload_parts()

    def mark_done(self) -> None:
        from minga.services.year import AgreementService

        row = self.agreements_table.currentRow()
        if not 0 <= row < len(self._agreement_ids):
            return
        try:
            AgreementService(self.editor.ctx.workspace.db).mark_done(self._agreement_ids[row])
        except MingaError as exc:
            self.editor.ctx.bridge.show_exception(exc)
            return
        self.editor.reload_parts()

    def payload(self) -> dict[str, Any]:
        return {"minutes_text": self.minutes_edit.toPlainText()}

    def fill(self, payload: dict[str, Any]) -> None:
        self.minutes_edit.setPlainText(str(payload.get("minutes_text") or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.minutes_edit.setReadOnly(read_only)
