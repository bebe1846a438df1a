"""While the app runs, send what waits and check the mailbox every few minutes.

`MailScheduler` ticks on a `QTimer` (and at once when Qt's network information reports
that the computer came online, where Qt has a backend for it). Each tick runs on
`ctx.runner`, never on the GUI thread: a cheap probe of the SMTP server
(`outbox.is_online`), then `outbox.send_pending` (only parts that are due: the backoff
is respected) and, when enabled and set up, `inbox.fetch`. It reports a short text for
the status bar through `status_changed` ("3 parts waiting for a connection"; empty when
nothing waits) and `activity` when something was sent or received, so pages refresh.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from minga.ui.context import UiContext

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 5 * 60 * 1000


@dataclass(frozen=True)
class Round:
    """What one round of the scheduler found (built on the worker thread)."""

    configured: bool
    online: bool
    pending: int
    sent: int = 0
    imported: int = 0
    review: int = 0
    error: str = ""


class MailScheduler(QObject):
    """Sends and fetches on its own while the app runs (see the module's docstring)."""

    status_changed = Signal(str)
    """A short text for the status bar; empty when nothing waits."""
    activity = Signal()
    """Something was sent or received (pages showing the outbox or inbox refresh)."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QObject | None = None,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        passwords: Any = None,
        vault: Any = None,
        network_information: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.passwords = passwords
        self.vault = vault
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self._use_network_information = network_information
        self._busy = False
        self._offline_hint = False  # Qt says the network is gone: skip the probe
        self.status = ""
        self.last_round: Round | None = None

    def start(self, *, first_tick_ms: int = 0) -> None:
        """Starts ticking; the first round runs after `first_tick_ms`."""
        if self._use_network_information:
            self._watch_network()
        self.timer.start()
        QTimer.singleShot(first_tick_ms, self, self._first_tick)

    def _first_tick(self) -> None:
        if self.timer.isActive():  # not stopped in the meantime
            self.tick()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def busy(self) -> bool:
        return self._busy

    def tick(self) -> None:
        """One round, in the background; a round still running makes this a no-op."""
        if self._busy:
            return
        self._busy = True
        offline = self._offline_hint
        self.ctx.runner.run(
            lambda progress: self._round(offline),
            on_done=self._done,
            on_error=self._failed,
        )

    # --- on the worker thread ----------------------------------------------------------

    def _round(self, offline: bool) -> Round:
        from minga.domain.errors import MingaError
        from minga.mail import inbox, outbox

        ws = self.ctx.workspace
        settings = outbox.load_settings(ws)
        if not settings.configured:
            return Round(False, False, outbox.pending_count(ws))
        online = not offline and outbox.is_online(settings)
        sent = imported = review = 0
        error = ""
        if online:
            try:
                report = outbox.send_pending(ws, passwords=self.passwords)
                sent = len(report.sent)
                if report.error is not None:
                    error = report.error.message()
            except MingaError as exc:
                error = exc.message()
            if settings.fetch_enabled and settings.imap_configured:
                try:
                    fetched = inbox.fetch(ws, passwords=self.passwords, vault=self.vault)
                    imported, review = len(fetched.imported), len(fetched.review)
                except MingaError as exc:
                    error = error or exc.message()
        return Round(True, online, outbox.pending_count(ws), sent, imported, review, error)

    # --- back on the GUI thread ----------------------------------------------------------

    def _done(self, result: Round) -> None:
        self._busy = False
        self.last_round = result
        if result.error:
            log.info("e-mail round: %s", result.error)
        self._set_status(self.status_text(result))
        if result.sent or result.imported or result.review:
            self.activity.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.error("the e-mail round failed", exc_info=exc)

    def status_text(self, result: Round) -> str:
        if result.pending == 0:
            return ""
        if not result.configured:
            return self.tr("%n part(s) waiting: e-mail is not set up", "", result.pending)
        if not result.online:
            return self.tr("%n part(s) waiting for a connection", "", result.pending)
        return self.tr("%n part(s) waiting in the outbox", "", result.pending)

    def _set_status(self, text: str) -> None:
        if text != self.status:
            self.status = text
            self.status_changed.emit(text)

    # --- Qt's view of the network, where it has one ------------------------------------------

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        info.reachabilityChanged.connect(self._reachability_changed)
        self._reachability_changed(info.reachability())

    def _reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        was_offline = self._offline_hint
        self._offline_hint = reachability == QNetworkInformation.Reachability.Disconnected
        if was_offline and not self._offline_hint:
            self.tick()  # a connection appeared: use it now
