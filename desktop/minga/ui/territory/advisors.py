"""Territorio's advisors: who reports to the hub, and taking one off the territory.

The list (`minga.sync.territory_advisors.list_advisors`, read on the task runner): each
advisor the coordinator accepted, her key fingerprint, whether she still reports, her
networks and her last report. "Stop receiving her reports…" asks why (required, kept in
the hub's records) and removes her: her reports are refused from then on, her networks
stay with their last figures, marked as no longer reported. Accepting a new territory
invitation of hers (`minga territory accept`) makes her active again.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.ui.context import UiContext
from minga.ui.tasks import PAGE_FETCH, Progress, TaskCancelled
from minga.ui.widgets.table import Column, RowsModel, setup_table

__all__ = ["AdvisorsPanel", "RemoveAdvisorDialog"]

log = logging.getLogger(__name__)

OK_STYLE = ""
ERROR_STYLE = "color: #a40000;"


def _when(value: Any) -> str:
    """When the last report came, as the rest of the window says dates and times."""
    from minga.ui.sync.status import date_time_text

    return date_time_text(value) if value is not None else "—"


class RemoveAdvisorDialog(QDialog):
    """Confirms that an advisor no longer reports, and asks why (Cancel is the default)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removeAdvisorDialog")
        self.setWindowTitle(self.tr("{name} no longer reports to the territory").format(name=name))
        layout = QVBoxLayout(self)
        explanation = QLabel(self)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        explanation.setText(
            self.tr(
                "Her territory reports will be refused from now on. Her networks stay with "
                "their last figures, sessions and practices, marked as no longer reported. "
                "To receive her reports again, accept a new territory invitation of hers."
            )
        )
        layout.addWidget(explanation)
        label = QLabel(self.tr("&Reason (required, kept in the hub's records):"), self)
        layout.addWidget(label)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("removeAdvisorReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(self.fontMetrics().height() * 5)
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            self.tr("Stop receiving her reports"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("removeAdvisorConfirm")
        self.confirm_button.setEnabled(False)  # a reason is required
        self.reason.textChanged.connect(
            lambda: self.confirm_button.setEnabled(bool(self.reason_text()))
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.confirm_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class AdvisorsPanel(QWidget):
    """The territory's advisors (see the module's docstring)."""

    changed = Signal()
    """An advisor was removed: the networks' marks changed."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("territoryAdvisors")
        self.ctx = ctx
        self.entries: list[Any] = []
        self.dialog: RemoveAdvisorDialog | None = None
        self._generation = 0

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Advisor"), lambda e: e.name),
                Column(
                    lambda: self.tr("Fingerprint"), lambda e: e.fingerprint, font=lambda e: fixed
                ),
                Column(
                    lambda: self.tr("Status"),
                    lambda e: self.tr("active") if e.active else self.tr("no longer reports"),
                    tooltip=lambda e: (
                        None
                        if e.active
                        else self.tr("Removed on {date}: {reason}").format(
                            date=_when(e.removed_at), reason=e.reason
                        )
                    ),
                ),
                Column(lambda: self.tr("Last report"), lambda e: _when(e.last_report)),
                Column(
                    lambda: self.tr("Networks"),
                    lambda e: ", ".join(n.name for n in e.networks) or "—",
                ),
            ],
            self,
            id_of=lambda e: e.person_id,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, "territoryAdvisorsTable", "")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("territoryRemoveAdvisor")
        self.remove_button.clicked.connect(self.ask_remove)
        self.message = QLabel(self)
        self.message.setObjectName("territoryAdvisorsMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        self.retranslate()
        self._update_buttons()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The advisors whose territory reports this hub accepts (their invitations "
                "accepted after the fingerprint check), their networks and their last report."
            )
        )
        self.table.setAccessibleName(self.tr("The territory's advisors"))
        self.remove_button.setText(self.tr("&Stop receiving her reports…"))
        self.model.retranslate()

    # --- data ------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        ws = self.ctx.workspace

        def work(_progress: Progress) -> list[Any]:
            from minga.sync.territory_advisors import list_advisors

            return list_advisors(ws)

        def done(entries: list[Any]) -> None:
            if isValid(self) and generation == self._generation:
                self._show(entries)

        self.ctx.runner.run(work, on_done=done, on_error=self._failed, priority=PAGE_FETCH)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self) or isinstance(exc, TaskCancelled):
            return
        if isinstance(exc, MingaError):
            self._say(exc.message(), error=True)
        else:
            log.error("the territory's advisors could not be read", exc_info=exc)
        self.ctx.bridge.show_exception(exc)

    def _show(self, entries: list[Any]) -> None:
        chosen = self.current()
        self.entries = entries
        self.model.set_rows(entries)
        row = self.model.row_of(chosen.person_id if chosen is not None else None)
        if row is not None:
            self.table.selectRow(row)
        for column in range(self.model.columnCount() - 1):  # the networks take the rest
            self.table.resizeColumnToContents(column)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._update_buttons()

    def current(self) -> Any | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.model() else []
        return self.model.row(indexes[0].row()) if indexes else None

    def select(self, name: str) -> bool:
        for number, entry in enumerate(self.entries):
            if entry.name == name:
                self.table.selectRow(number)
                return True
        return False

    def _update_buttons(self, *_args: Any) -> None:
        entry = self.current()
        self.remove_button.setEnabled(entry is not None and entry.active)

    # --- removing ----------------------------------------------------------------------

    def ask_remove(self) -> None:
        entry = self.current()
        if entry is None or not entry.active:
            return
        dialog = self.dialog = RemoveAdvisorDialog(entry.name, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.remove(entry.person_id, dialog.reason_text()))
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()

    def remove(self, person_id: str, reason: str) -> None:
        ws = self.ctx.workspace

        def work(_progress: Progress) -> Any:
            from minga.sync.territory_advisors import remove_advisor

            return remove_advisor(ws, person_id, reason)

        def done(entry: Any) -> None:
            if not isValid(self):
                return
            self._say(
                self.tr(
                    "{name} no longer reports to this territory: her reports will be refused. "
                    "Her networks stay with their last figures, marked as no longer reported."
                ).format(name=entry.name)
            )
            self.refresh()
            self.changed.emit()

        self.ctx.runner.run(work, on_done=done, on_error=self._failed, priority=PAGE_FETCH)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)
        self.message.show()
