"""Sincronizar › Sala de la sesión, a teacher's side: her advisor's room (or the named
host's) found on the network or typed, Connect, progress and the result (split from
`meeting_panel`, which re-exports it). See docs/meeting.md."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.ui.context import UiContext
from minga.ui.sync.meeting_common import discovery_interfaces, error_text
from minga.ui.sync.summary_words import import_sentence
from minga.ui.sync.widgets import ERROR_STYLE, OK_STYLE, data_size, note_label
from minga.ui.tasks import PAGE_FETCH, Progress
from minga.ui.widgets.fields import heading

if TYPE_CHECKING:
    from minga.ui.sync.meeting_panel import HostPanel

__all__ = ["MemberPanel"]

log = logging.getLogger(__name__)


class MemberPanel(QWidget):
    """A teacher's room: her advisor's Minga found on the network (or typed), Connect,
    progress and the result."""

    imported = Signal(object)
    """The consolidated bundle was imported (its ImportResult)."""
    found_changed = Signal(object)
    """The host found on the network (a `Found`), or None when it went away."""
    running_changed = Signal(bool)
    _watch_found = Signal(object)  # from the watcher's thread
    _watch_lost = Signal(str)

    def __init__(self, ctx: UiContext, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingMember")
        self.ctx = ctx
        self._vault = vault
        self.found: Any = None
        self.watcher: Any = None
        self._watching = False
        self._advisor = ""
        self._busy = False
        self._phase = ""
        self.outcome: Any = None
        self.last_error = ""
        # Her own room, when the advisor named her host (made when first needed).
        self.host_panel: HostPanel | None = None

        column = QVBoxLayout(self)
        self._column = column
        self.host_heading = heading(self, 1.2)
        self.host_heading.setObjectName("meetingHostHeading")
        self.host_heading.hide()
        column.addWidget(self.host_heading)
        self.member_heading = heading(self, 1.2)
        self.member_heading.setObjectName("meetingMemberHeading")
        self.member_heading.hide()
        column.addWidget(self.member_heading)
        self.intro = note_label(self, "meetingMemberIntro")
        column.addWidget(self.intro)
        self.found_label = heading(self, 1.15)
        self.found_label.setObjectName("meetingFound")
        self.connect_button = QPushButton(self)
        self.connect_button.setObjectName("meetingConnect")
        self.connect_button.clicked.connect(self.connect_found)
        row = QHBoxLayout()
        row.addWidget(self.found_label, 1)
        row.addWidget(self.connect_button)
        column.addLayout(row)

        self.typed_note = note_label(self, "meetingTypedNote")
        column.addWidget(self.typed_note)
        form = QFormLayout()
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("meetingAddressEdit")
        self.address_edit.setPlaceholderText("192.168.137.1:47400")
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("meetingCodeEdit")
        self.code_edit.setPlaceholderText("K7QX2M")
        self.code_edit.setMaxLength(12)
        self.typed_button = QPushButton(self)
        self.typed_button.setObjectName("meetingConnectTyped")
        self.typed_button.clicked.connect(self.connect_typed)
        self.address_edit.returnPressed.connect(self.connect_typed)
        self.code_edit.returnPressed.connect(self.connect_typed)
        self.address_caption = QLabel(self)
        self.code_caption = QLabel(self)
        self.address_caption.setBuddy(self.address_edit)
        self.code_caption.setBuddy(self.code_edit)
        typed = QHBoxLayout()
        typed.addWidget(self.code_edit, 1)
        typed.addWidget(self.typed_button)
        form.addRow(self.address_caption, self.address_edit)
        form.addRow(self.code_caption, typed)
        column.addLayout(form)

        self.bar = QProgressBar(self)
        self.bar.setObjectName("meetingProgress")
        self.bar.setTextVisible(False)
        self.phase_label = note_label(self, "meetingPhase")
        self.result_label = note_label(self, "meetingResult")
        column.addWidget(self.bar)
        column.addWidget(self.phase_label)
        column.addWidget(self.result_label)
        column.addStretch(1)
        self.bar.hide()
        self.phase_label.hide()
        self.result_label.hide()

        self._watch_found.connect(self._host_found)
        self._watch_lost.connect(self._host_lost)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quit)
        self.retranslate()
        self.update_hosting()

    def update_hosting(self) -> None:
        """Shows her own room above when the advisor's roster names her host (and keeps
        an open room shown until it is closed)."""
        from minga.meeting.relay import room_role

        try:
            hosting = room_role(self.ctx.workspace).hosting
        except MingaError as exc:
            log.info("meeting: the room's host could not be read: %s", exc)
            hosting = False
        if hosting and self.host_panel is None:
            from minga.ui.sync.meeting_panel import HostPanel  # its module re-exports this one

            self.host_panel = HostPanel(self.ctx, self._vault, self, relay=True)
            # Her own bundle from the advisor, loaded with the room's: pages read again.
            self.host_panel.changed.connect(lambda: self.imported.emit(None))
            self._column.insertWidget(1, self.host_panel)
        panel = self.host_panel
        if panel is not None:
            if hosting:
                panel.read_role()
            shown = hosting or panel.running
            panel.setVisible(shown)
            self.host_heading.setVisible(shown)
            self.member_heading.setVisible(shown)

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.host_heading.setText(self.tr("You host the session room"))
        self.member_heading.setText(self.tr("Your own bundle"))
        self.intro.setText(
            self.tr(
                "At the monthly meeting, connect to your advisor's Minga in the room: it "
                "receives your bundle and gives you the consolidated one, without USB drives."
            )
        )
        self.connect_button.setText(self.tr("&Connect"))
        self.typed_note.setText(
            self.tr(
                "Does it not appear? Type the address and code shown on your advisor's screen "
                "(many hotspots do not let computers find each other):"
            )
        )
        self.address_caption.setText(self.tr("&Address:"))
        self.code_caption.setText(self.tr("C&ode:"))
        self.typed_button.setText(self.tr("Connect with this address"))
        self._show()

    def found_text(self) -> str:
        if self.found is not None:
            return self.tr("{name} is receiving bundles in this room.").format(
                name=self.found.name or self._advisor
            )
        if self._watching:
            return self.tr("Looking for {advisor}'s Minga on this network…").format(
                advisor=self._advisor or self.tr("your advisor")
            )
        return self.tr("Your advisor's Minga was not found on this network.")

    def _show(self) -> None:
        self.found_label.setText(self.found_text())
        self.connect_button.setVisible(self.found is not None)
        self.connect_button.setEnabled(not self._busy)
        self.typed_button.setEnabled(not self._busy)
        self.address_edit.setEnabled(not self._busy)
        self.code_edit.setEnabled(not self._busy)

    def _phase_text(self, phase: str, done: int, total: int) -> str:
        texts = {
            "preparing": self.tr("Preparing your bundle…"),
            "connecting": self.tr("Connecting…"),
            "sending": self.tr("Sending your bundle: {done} of {total}"),
            "waiting": self.tr("Your advisor's Minga is importing your bundle…"),
            "receiving": self.tr("Receiving the consolidated bundle: {done} of {total}"),
            "importing": self.tr("Importing the consolidated bundle…"),
        }
        return texts.get(phase, phase).format(done=data_size(done), total=data_size(total))

    # --- discovery -----------------------------------------------------------------------

    def start_watching(self) -> None:
        """Looks for the advisor's room (while Sincronizar is shown)."""
        interfaces = discovery_interfaces()
        self.update_hosting()
        if self._watching or interfaces == []:
            return
        self._watching = True
        ws, vault = self.ctx.workspace, self._vault()
        found, lost = self._watch_found.emit, self._watch_lost.emit

        def start(_progress: Progress) -> tuple[Any, str]:
            from minga.meeting.discovery import Watcher
            from minga.meeting.member import membership

            me, _keys = membership(ws, vault)
            # The advisor's room, or the one of the member she named host.
            watcher = Watcher(me.microcentre_id, me.host_fingerprints(), found, lost, interfaces)
            return watcher, me.advisor_name

        self.ctx.runner.run(
            start, on_done=self._watching_started, on_error=self._watch_failed, priority=PAGE_FETCH
        )
        self._show()

    def _watching_started(self, outcome: tuple[Any, str]) -> None:
        watcher, advisor = outcome
        if not isValid(self) or not self._watching:
            watcher.close()
            return
        self.watcher, self._advisor = watcher, advisor
        self._show()

    def _watch_failed(self, exc: BaseException) -> None:
        log.info("meeting: not looking for the room: %s", exc)
        if not isValid(self):
            return
        self._watching = False
        self._show()

    def stop_watching(self, *, wait: bool = False) -> None:
        """Stops looking (Sincronizar hidden); the watcher closes on the task runner
        (`wait`: here and now, when the application quits)."""
        self._watching = False
        watcher, self.watcher = self.watcher, None
        if watcher is not None:
            if wait:
                watcher.close()
            else:
                self.ctx.runner.run(lambda _progress: watcher.close(), on_done=lambda _r: None)
        if isValid(self):
            self._host_lost("")

    def _quit(self) -> None:
        self.stop_watching(wait=True)

    def _host_found(self, found: Any) -> None:
        if not self._watching:
            return
        self.found = found
        self._show()
        self.found_changed.emit(found)

    def _host_lost(self, address: str) -> None:
        if self.found is None or (address and self.found.address != address):
            return
        self.found = None
        self._show()
        self.found_changed.emit(None)

    # --- the exchange --------------------------------------------------------------------

    def connect_found(self) -> None:
        if self.found is not None:
            self.exchange(self.found.address)

    def connect_typed(self) -> None:
        address = self.address_edit.text().strip()
        code = self.code_edit.text().strip()
        if not address:
            self._result(self.tr("Type the address shown on your advisor's screen."), error=True)
            self.address_edit.setFocus()
            return
        self.exchange(address, code or None)

    def exchange(self, address: str, code: str | None = None) -> None:
        """Sends her bundle to the host at `address` and imports the consolidated one."""
        if self._busy:
            return
        ws, vault = self.ctx.workspace, self._vault()
        progress = Progress(self)
        progress.changed.connect(self._progress)

        def run(task: Progress) -> Any:
            from minga.meeting.member import join

            return join(
                ws,
                address,
                code=code,
                vault=vault,
                progress=lambda phase, done, total: task.report(done, total, phase),
            )

        self._busy = True
        self.outcome = None
        self.last_error = ""
        self.result_label.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.phase_label.setText(self.tr("Connecting…"))
        self.phase_label.show()
        self._show()
        self.running_changed.emit(True)
        self.ctx.runner.run(run, on_done=self._done, on_error=self._failed, progress=progress)

    def _progress(self, done: int, total: int, phase: str) -> None:
        if not isValid(self) or not self._busy:
            return
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(min(done, total) * 1000 // total))
        else:
            self.bar.setRange(0, 0)
        self.phase_label.setText(self._phase_text(phase, done, total))

    def _finish(self) -> None:
        self._busy = False
        self.bar.hide()
        self.phase_label.hide()
        self._show()
        self.running_changed.emit(False)

    def _done(self, outcome: Any) -> None:
        if not isValid(self):
            return
        self._finish()
        self.outcome = outcome
        lines = [
            self.tr("Connected to {host} (fingerprint {fingerprint}).").format(
                host=outcome.host_name, fingerprint=outcome.fingerprint
            )
        ]
        result = outcome.result
        if outcome.relayed and result is None:
            lines.append(
                self.tr(
                    "Your bundle stays with {host} for the advisor; the bundle back will "
                    "arrive when the advisor delivers it."
                ).format(host=outcome.host_name)
            )
            self._result("\n".join(lines), error=False)
            return
        sentence = import_sentence(result.sender.name, result.kinds) if result else ""
        lines.append(sentence or self.tr("Nothing new: everything in it was already here."))
        if result is not None and result.attachments:
            lines.append(self.tr("%n evidence file(s) received.", "", result.attachments))
        if outcome.relayed:
            lines.append(
                self.tr("Your bundle stays with {host} for the advisor.").format(
                    host=outcome.host_name
                )
            )
        else:
            lines.append(self.tr("You are in sync with the network."))
        self._result("\n".join(lines), error=False)
        if result is not None:
            self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._finish()
        from minga.meeting.errors import PeerTimeoutError

        text = error_text(exc)
        if isinstance(exc, PeerTimeoutError):  # (a lost connection's sentence says it)
            text += " " + self.tr("Press Connect again: what already arrived is kept.")
        if not isinstance(exc, MingaError):
            log.error("meeting: the exchange failed", exc_info=exc)
        self._result(text, error=True)

    def _result(self, text: str, *, error: bool) -> None:
        self.last_error = text if error else ""
        self.result_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.result_label.setText(text)
        self.result_label.show()
