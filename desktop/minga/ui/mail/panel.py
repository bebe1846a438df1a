"""`MailPanel`: the "Correo" tab of the Sincronizar area.

It shows the outbox (parts waiting, with attempts, next try and last error; parts
sent) and the inbox (last check; messages imported, kept for review, waiting for more
parts), with buttons to queue a bundle, send now, check the mail and set the account
up. Everything that touches the database or the network runs on `ctx.runner`; the
tables are small read-only item models over the services' results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.mail import inbox, outbox
from minga.mail.models import IMPORTED, QUEUED, REVIEW, WAITING
from minga.ui.context import UiContext
from minga.ui.mail.dialog import MailSettingsDialog
from minga.ui.tasks import PAGE_FETCH
from minga.ui.widgets.table import Column, RowsModel, setup_table

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


def _when(value: Any) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "—"


def _texts_model(titles: list[Callable[[], str]], parent: QWidget) -> RowsModel:
    """A table of texts: each row is (its cells, its tooltip)."""
    columns = [
        Column(title, lambda row, i=i: row[0][i], tooltip=lambda row: row[1])
        for i, title in enumerate(titles)
    ]
    return RowsModel(columns, parent, id_of=lambda _row: None)


def _rows(cells: list[list[str]], tips: list[str] | None = None) -> list[tuple[list[str], str]]:
    return list(zip(cells, tips or [""] * len(cells), strict=True))


def _table(model: RowsModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    setup_table(view, name, "", compact=True)
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MailPanel(QWidget):
    """The outbox and the inbox, and what can be done with them."""

    refreshed = Signal()
    """The tables show the current state (after `refresh()` finished)."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        scheduler: Any = None,
        passwords: Any = None,
        vault: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailPanel")
        self.ctx = ctx
        self.passwords = passwords
        self.vault = vault
        self._busy = False

        self.summary = QLabel(self)
        self.summary.setObjectName("mailSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.queue_button = QPushButton(self.tr("Send a bundle by e-mail"), self)
        self.queue_button.setObjectName("mailQueueButton")
        self.send_button = QPushButton(self.tr("Send now"), self)
        self.send_button.setObjectName("mailSendButton")
        self.fetch_button = QPushButton(self.tr("Check mail"), self)
        self.fetch_button.setObjectName("mailFetchButton")
        self.settings_button = QPushButton(self.tr("Set up e-mail…"), self)
        self.settings_button.setObjectName("mailSettingsButton")
        self.queue_button.clicked.connect(self.queue_bundle)
        self.send_button.clicked.connect(self.send_now)
        self.fetch_button.clicked.connect(self.fetch_now)
        self.settings_button.clicked.connect(self.open_settings)

        self.outbox_model = _texts_model(
            [
                lambda: self.tr("File"),
                lambda: self.tr("For"),
                lambda: self.tr("Attempts"),
                lambda: self.tr("Next try"),
                lambda: self.tr("Last error"),
            ],
            self,
        )
        self.sent_model = _texts_model(
            [lambda: self.tr("Sent"), lambda: self.tr("File"), lambda: self.tr("To")], self
        )
        self.inbox_model = _texts_model(
            [
                lambda: self.tr("Received"),
                lambda: self.tr("From"),
                lambda: self.tr("Subject"),
                lambda: self.tr("Result"),
            ],
            self,
        )
        outbox_box = QGroupBox(self.tr("Outbox"), self)
        outbox_box.setObjectName("mailOutboxBox")
        self.outbox_view = _table(self.outbox_model, "mailOutboxView", outbox_box)
        self.sent_label = QLabel(self.tr("Sent"), outbox_box)
        self.sent_view = _table(self.sent_model, "mailSentView", outbox_box)
        outbox_layout = QVBoxLayout(outbox_box)
        outbox_layout.addWidget(self.outbox_view, 2)
        outbox_layout.addWidget(self.sent_label)
        outbox_layout.addWidget(self.sent_view, 1)
        inbox_box = QGroupBox(self.tr("Inbox"), self)
        inbox_box.setObjectName("mailInboxBox")
        self.inbox_label = QLabel(inbox_box)
        self.inbox_label.setObjectName("mailInboxState")
        self.inbox_label.setTextFormat(Qt.TextFormat.PlainText)
        self.inbox_view = _table(self.inbox_model, "mailInboxView", inbox_box)
        inbox_layout = QVBoxLayout(inbox_box)
        inbox_layout.addWidget(self.inbox_label)
        inbox_layout.addWidget(self.inbox_view)

        buttons = QHBoxLayout()
        for button in (
            self.queue_button,
            self.send_button,
            self.fetch_button,
            self.settings_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(outbox_box, 3)
        layout.addWidget(inbox_box, 2)

        if scheduler is not None:
            scheduler.activity.connect(self.refresh)
        self.refresh()

    # --- state ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the outbox and the inbox in the background, then fills the tables."""
        ws = self.ctx.workspace
        self.ctx.runner.run(
            lambda progress: (
                outbox.load_settings(ws),
                outbox.outbox_state(ws),
                inbox.inbox_state(ws),
            ),
            on_done=self._show,
            on_error=self.ctx.bridge.show_exception,
            priority=PAGE_FETCH,
        )

    def _show(self, state: tuple[Any, Any, Any]) -> None:
        settings, out, received = state
        self.outbox_model.set_rows(
            _rows(
                [
                    [
                        self.tr("{file} (part {part} of {parts})").format(
                            file=e.file, part=e.part, parts=e.parts
                        ),
                        f"{e.recipient} <{e.address}>",
                        str(e.attempts),
                        _when(e.next_attempt_at) if e.status == QUEUED else "",
                        e.error_text(),
                    ]
                    for e in out.queued
                ],
                [e.error_text() for e in out.queued],
            )
        )
        self.sent_model.set_rows(
            _rows(
                [
                    [
                        _when(e.sent_at),
                        f"{e.file} ({e.part}/{e.parts})",
                        f"{e.recipient} <{e.address}>",
                    ]
                    for e in out.sent
                ]
            )
        )
        labels = {
            IMPORTED: self.tr("Imported"),
            REVIEW: self.tr("For review"),
            WAITING: self.tr("Waiting for more parts"),
        }
        self.inbox_model.set_rows(
            _rows(
                [
                    [_when(e.received_at), e.sender, e.subject, labels.get(e.status, e.status)]
                    for e in received.entries
                ],
                ["\n".join(filter(None, [e.reason_text(), *e.files])) for e in received.entries],
            )
        )
        if not settings.configured:
            self.summary.setText(
                self.tr("E-mail is not set up yet. Press “Set up e-mail…” to start.")
            )
        elif out.queued:
            self.summary.setText(
                self.tr("In the outbox, waiting: %n part(s).", "", len(out.queued))
            )
        else:
            self.summary.setText(self.tr("Nothing waits in the outbox."))
        if not settings.imap_configured:
            self.inbox_label.setText(self.tr("No incoming server is set up."))
        else:
            self.inbox_label.setText(
                self.tr(
                    "Last check: {when}. Imported: {imported}; for review: {review}; "
                    "waiting for parts: {waiting}."
                ).format(
                    when=_when(received.last_check),
                    imported=received.counts.get(IMPORTED, 0),
                    review=received.counts.get(REVIEW, 0),
                    waiting=received.counts.get(WAITING, 0),
                )
            )
        self.fetch_button.setEnabled(settings.imap_configured and not self._busy)
        self.send_button.setEnabled(settings.configured and not self._busy)
        self.queue_button.setEnabled(settings.configured and not self._busy)
        self.refreshed.emit()

    # --- actions -----------------------------------------------------------------------------

    def _run(self, fn: Any, done_text: Any) -> None:
        self._busy = True
        for button in (self.queue_button, self.send_button, self.fetch_button):
            button.setEnabled(False)

        def done(result: Any) -> None:
            self._busy = False
            text = done_text(result)
            if text:
                self.ctx.bridge.info(text)
            self.refresh()

        self.ctx.runner.run(fn, on_done=done, on_error=self._failed)

    def queue_bundle(self) -> None:
        """Exports a bundle for the advisor (a teacher) or every member (the advisor),
        puts it in the outbox, and tries to send it at once."""
        ws, vault, passwords = self.ctx.workspace, self.vault, self.passwords

        def work(progress: Any) -> Any:
            queued = outbox.queue_bundle(ws, "", vault=vault, progress=progress)
            sent = outbox.send_pending(ws, passwords=passwords)
            return queued, sent

        def said(result: Any) -> str:
            queued, sent = result
            text = self.tr("Bundle queued: %n part(s).", "", len(queued.files))
            if sent.error is not None:
                text += " " + sent.error.message()
            return text

        self._run(work, said)

    def send_now(self) -> None:
        ws, passwords = self.ctx.workspace, self.passwords
        self._run(
            lambda progress: outbox.send_pending(ws, force=True, passwords=passwords),
            self._sent_text,
        )

    def _sent_text(self, report: Any) -> str:
        if report.error is not None:
            return report.error.message()
        if report.failed:
            return report.failed[0][1].message()
        if not report.sent:
            return self.tr("Nothing waits in the outbox.")
        return self.tr("%n part(s) sent.", "", len(report.sent))

    def fetch_now(self) -> None:
        ws, passwords, vault = self.ctx.workspace, self.passwords, self.vault
        self._run(
            lambda progress: inbox.fetch(ws, passwords=passwords, vault=vault),
            lambda report: self.tr(
                "Mail checked: {imported} imported, {review} for review."
            ).format(imported=len(report.imported), review=len(report.review)),
        )

    def open_settings(self) -> MailSettingsDialog:
        dialog = MailSettingsDialog(self.ctx, self, passwords=self.passwords)
        dialog.finished.connect(lambda result: self._settings_closed(dialog, result))
        dialog.open()
        return dialog

    def _settings_closed(self, dialog: MailSettingsDialog, result: int) -> None:
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, MingaError):
            self.refresh()  # what changed before the failure shows
        self.ctx.bridge.show_exception(exc)
