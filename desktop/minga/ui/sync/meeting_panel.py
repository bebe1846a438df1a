"""Sincronizar › Sala de la sesión: the monthly meeting over the room's network.

The advisor opens the room (`HostPanel`): her Minga listens and announces itself, the
panel shows the address and code to type where discovery does not work, and each
member's state as it changes. A teacher's Minga (`MemberPanel`) looks for her advisor's
room while Sincronizar is open and connects in one press (or with the typed address and
code): it sends her bundle, receives the consolidated one and imports it.

All network work runs off the GUI thread: starting and stopping the host on the task
runner (the host serves connections on its own threads), the exchange on the task
runner, discovery on the watcher's own thread. See docs/meeting.md.

`MINGA_MEETING_DISCOVERY` limits discovery (for tests and demonstrations): `off` neither
announces nor looks; an IPv4 address (`127.0.0.1`) does both on that address only.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.ui.context import UiContext
from minga.ui.sync.meeting_common import big, discovery_interfaces, error_text, when
from minga.ui.sync.meeting_member import MemberPanel
from minga.ui.sync.widgets import ERROR_STYLE, OK_STYLE, fit_rows, note_label
from minga.ui.tasks import Progress
from minga.ui.widgets.fields import heading

__all__ = ["HostPanel", "MemberPanel", "discovery_interfaces"]

log = logging.getLogger(__name__)

# How often the host's screen reads the meeting's state (milliseconds).
POLL_MS = 500


class HostPanel(QWidget):
    """The advisor's room: open and close it, the address and code, who is in sync."""

    changed = Signal()
    """A member's bundle was imported here (the other pages read their records again)."""
    running_changed = Signal(bool)

    def __init__(
        self, ctx: UiContext, vault: Any, parent: QWidget | None = None, *, relay: bool = False
    ) -> None:
        """`relay`: the room of the member the advisor named host (it keeps the members'
        bundles for the advisor and gives each one what the advisor prepared)."""
        super().__init__(parent)
        self.setObjectName("meetingRelay" if relay else "meetingHost")
        self.ctx = ctx
        self.relay = relay
        self._role: Any = None  # relay.RoomRole, read by `read_role()`
        self._vault = vault  # a callable: the page's vault
        self.port: int | None = None  # None: the meeting's default port (tests give 0)
        self.bind = "0.0.0.0"
        self.host: Any = None
        self.announcement: Any = None
        self._announce_error = ""
        self._roster: list[tuple[str, str]] = []  # (person_id, name) of the active members
        self._seen = ""  # the state last shown
        self._imported: dict[str, str] = {}  # person_id -> received_sha256 last seen
        self._busy = False
        self._tool_busy = False
        self.last_error = ""

        column = QVBoxLayout(self)
        self.intro = note_label(self, "meetingHostIntro")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("meetingOpen")
        self.open_button.clicked.connect(self.toggle)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)

        # A room hosted by a member: the advisor prepares it; the host loads what the
        # advisor prepared and hands the members' bundles over after the meeting.
        self.tools_note = note_label(self, "meetingToolsNote")
        self.prepare_button = QPushButton(self)
        self.prepare_button.setObjectName("meetingPrepare")
        self.prepare_button.clicked.connect(lambda _checked=False: self.prepare_room())
        self.deposit_button = QPushButton(self)
        self.deposit_button.setObjectName("meetingDeposit")
        self.deposit_button.clicked.connect(lambda _checked=False: self.deposit())
        self.hand_button = QPushButton(self)
        self.hand_button.setObjectName("meetingHandOver")
        self.hand_button.clicked.connect(lambda _checked=False: self.hand_over())
        tools = QHBoxLayout()
        for button in (self.prepare_button, self.deposit_button, self.hand_button):
            tools.addWidget(button)
        tools.addStretch(1)
        # (Advisor) Take the bundles kept for her in the named host's open room.
        self.collect_address = QLineEdit(self)
        self.collect_address.setObjectName("meetingCollectAddress")
        self.collect_address.setPlaceholderText("192.168.137.1:47400")
        self.collect_code = QLineEdit(self)
        self.collect_code.setObjectName("meetingCollectCode")
        self.collect_code.setPlaceholderText("K7QX2M")
        self.collect_code.setMaxLength(12)
        self.collect_button = QPushButton(self)
        self.collect_button.setObjectName("meetingCollect")
        self.collect_button.clicked.connect(lambda _checked=False: self.collect())
        self.collect_row = QWidget(self)
        collect_row = QHBoxLayout(self.collect_row)
        collect_row.setContentsMargins(0, 0, 0, 0)
        collect_row.addWidget(self.collect_address, 2)
        collect_row.addWidget(self.collect_code, 1)
        collect_row.addWidget(self.collect_button)
        self.collect_row.setVisible(False)
        self.prepare_button.setVisible(not relay)
        self.deposit_button.setVisible(relay)
        self.hand_button.setVisible(relay)
        self.tools_message = note_label(self, "meetingToolsMessage")
        self.tools_message.hide()
        column.addWidget(self.tools_note)
        column.addLayout(tools)
        column.addWidget(self.collect_row)
        column.addWidget(self.tools_message)

        self.headline = heading(self, 1.2)
        self.headline.setObjectName("meetingHeadline")
        self.address_label = QLabel(self)
        self.address_label.setObjectName("meetingAddress")
        self.address_label.setTextFormat(Qt.TextFormat.PlainText)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big(self.address_label, 1.6)
        self.details = note_label(self, "meetingDetails")
        self.error_label = note_label(self, "meetingError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.summary = heading(self, 1.1)
        self.summary.setObjectName("meetingSummary")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("meetingMembers")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.refused_label = note_label(self, "meetingRefused")
        for widget in (
            self.headline,
            self.address_label,
            self.details,
            self.error_label,
            self.summary,
            self.table,
            self.refused_label,
        ):
            column.addWidget(widget)
        column.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.read_role()

    def read_role(self) -> None:
        """Reads who hosts the room (a named member, the advisor's name) and shows it."""
        from minga.meeting.relay import room_role

        try:
            self._role = room_role(self.ctx.workspace)
        except MingaError as exc:
            log.info("meeting: the room's host could not be read: %s", exc)
            self._role = None
        self.retranslate()

    @property
    def advisor_name(self) -> str:
        return self._role.advisor_name if self._role is not None else ""

    @property
    def named_host(self) -> str:
        return self._role.named_host if self._role is not None else ""

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.relay:
            self.intro.setText(
                self.tr(
                    "{advisor} named you host of the session room. Open it at the meeting: "
                    "the teachers' Mingas leave their bundles for {advisor} with yours "
                    "(sealed: nobody but {advisor} can read them) and each one receives what "
                    "{advisor} prepared for her. After the meeting, give {advisor} their "
                    "bundles on a USB drive."
                ).format(advisor=self.advisor_name or self.tr("your advisor"))
            )
        else:
            self.intro.setText(
                self.tr(
                    "At the monthly meeting, open the room: the teachers' Mingas in this room "
                    "send you their bundles over the network and each one receives the "
                    "consolidated bundle, without USB drives. Everything travels signed and "
                    "encrypted, and only members of the microcentre can connect."
                )
            )
        self.prepare_button.setText(
            self.tr("Prepare the room for {name}…").format(
                name=self.named_host or self.tr("the host")
            )
        )
        self.collect_button.setText(
            self.tr("Take the bundles from {name}'s room").format(
                name=self.named_host or self.tr("the host")
            )
        )
        self.collect_address.setAccessibleName(self.tr("Address of the host's room"))
        self.collect_code.setAccessibleName(self.tr("Code of the host's room"))
        self.deposit_button.setText(self.tr("Load the advisor's bundles…"))
        self.hand_button.setText(self.tr("Hand the bundles to the advisor…"))
        self._show_tools()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("State"), self.tr("Detail")]
        )
        self._show()

    def _show(self) -> None:
        running = self.host is not None and self.host.info is not None
        self.open_button.setText(self.tr("Close the room") if running else self.tr("Open the room"))
        self.open_button.setEnabled(not self._busy)
        self.error_label.setText(self.last_error)
        self.error_label.setVisible(bool(self.last_error))
        for widget in (self.address_label, self.details, self.summary, self.table):
            widget.setVisible(running)
        if self._busy:
            self.headline.setText(
                self.tr("Closing the room…") if running else self.tr("Opening the room…")
            )
        elif running and self.relay:
            self.headline.setText(
                self.tr("Your Minga is keeping the bundles for {advisor} in this room.").format(
                    advisor=self.advisor_name or self.tr("your advisor")
                )
            )
        elif running:
            self.headline.setText(self.tr("Your Minga is receiving bundles in this room."))
        else:
            self.headline.setText(self.tr("The room is closed."))
        if not running:
            self.refused_label.hide()
            return
        info = self.host.info
        self.address_label.setText(
            self.tr("Address: {address}    Code: {code}").format(
                address=info.address, code=info.code
            )
        )
        lines = []
        if self.announcement is not None:
            lines.append(
                self.tr(
                    "The teachers' Mingas find it on the network by themselves. Where they do "
                    "not (many hotspots block it), they type the address and code above."
                )
            )
        else:
            lines.append(
                self.tr(
                    "It is not announced on the network: the teachers type the address and code "
                    "above."
                )
                + (f" ({self._announce_error})" if self._announce_error else "")
            )
        others = [a for a in info.addresses[1:] if not a.startswith("127.")]
        if others:
            lines.append(
                self.tr(
                    "If it does not connect, this computer's other addresses: {addresses}"
                ).format(addresses=", ".join(f"{a}:{info.port}" for a in others))
            )
        lines.append(
            self.tr("Fingerprint of your key: {fingerprint}").format(fingerprint=info.fingerprint)
        )
        self.details.setText("\n".join(lines))
        self._show_state(self.host.state.snapshot())

    def _state_word(self, state: str) -> str:
        return {
            "synced": self.tr("in sync"),
            "missing": self.tr("missing"),
            "failed": self.tr("failed"),
            "in_progress": self.tr("connected, exchanging…"),
            "relayed": self.tr("bundle kept"),
        }.get(state, state)

    def _show_state(self, data: dict[str, Any]) -> None:
        members = data.get("members") or {}
        rows = []
        for person_id, name in self._roster:
            known = members.get(person_id) or {}
            rows.append((name, str(known.get("state", "missing")), known))
        synced = sum(1 for _n, state, _k in rows if state == "synced")
        if self.relay:
            kept = sum(1 for _n, state, _k in rows if state in ("synced", "relayed"))
            self.summary.setText(
                self.tr("%n of {total} members left their bundle for the advisor", "", kept).format(
                    total=len(rows)
                )
            )
        else:
            self.summary.setText(
                self.tr("%n of {total} members in sync", "", synced).format(total=len(rows))
            )
        order = {"failed": 0, "in_progress": 1, "missing": 2, "relayed": 3, "synced": 4}
        rows.sort(key=lambda row: (order.get(row[1], 9), row[0].casefold()))
        self.table.setRowCount(len(rows))
        fit_rows(self.table, len(rows), most=12)
        for number, (name, state, known) in enumerate(rows):
            detail = ""
            if state == "failed":
                detail = str(known.get("reason", "")) or self.tr("The connection was lost.")
            elif state == "synced" and self.relay:
                detail = self.tr("Left her bundle for the advisor and received the advisor's.")
            elif state == "relayed":
                detail = self.tr(
                    "Left her bundle for the advisor; the advisor left nothing for her here."
                )
            elif state == "synced":
                detail = self.tr("Sent her bundle and received the consolidated one.")
            elif state == "missing":
                detail = self.tr("Has not connected yet.")
            cells = (name, self._state_word(state), detail)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1 and state == "failed":
                    item.setForeground(Qt.GlobalColor.darkRed)
                elif col == 1 and state in ("synced", "relayed"):
                    item.setForeground(Qt.GlobalColor.darkGreen)
                self.table.setItem(number, col, item)
        refused = [r for r in data.get("refused") or [] if isinstance(r, dict)]
        if refused:
            last = refused[-1]
            self.refused_label.setText(
                self.tr(
                    "%n connection(s) refused (the last one: fingerprint {fingerprint}, from "
                    "{peer}).",
                    "",
                    len(refused),
                ).format(
                    fingerprint=str(last.get("fingerprint", "?")), peer=str(last.get("peer", "?"))
                )
            )
        self.refused_label.setVisible(bool(refused))

    # --- a room hosted by a member ------------------------------------------------------

    def _show_tools(self) -> None:
        if self.relay:
            from minga.meeting.relay import deposit_info, relayed

            root = self.ctx.workspace.root
            held = deposit_info(root)
            kept = len(relayed(root))
            lines = [
                self.tr(
                    "The advisor's bundles: %n member(s), prepared on {date}.", "", held["members"]
                ).format(date=when(held["created_at"]))
                if held["created_at"]
                else self.tr(
                    "The advisor's bundles are not loaded: the teachers leave theirs and receive "
                    "hers when the advisor delivers them."
                ),
                self.tr("%n bundle(s) kept for the advisor.", "", kept),
            ]
            self.tools_note.setText("\n".join(lines))
            self.hand_button.setEnabled(kept > 0 and not self._tool_busy)
            self.deposit_button.setEnabled(not self._tool_busy)
            self.tools_note.show()
            return
        named = self.named_host
        self.prepare_button.setEnabled(not self._tool_busy)
        self.prepare_button.setVisible(bool(named))
        self.collect_row.setVisible(bool(named))
        self.collect_button.setEnabled(not self._tool_busy)
        self.tools_note.setVisible(bool(named))
        if named:
            self.tools_note.setText(
                self.tr(
                    "{name} hosts the room at the meeting (Members). Before it, prepare the "
                    "room: a folder with the bundle of each teacher, for {name}'s Minga. "
                    "Afterwards {name} gives you the teachers' bundles to import; or, while "
                    "her room is open, type its address and code below and take them."
                ).format(name=named)
            )

    def _folder(self, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, title)
        return Path(chosen) if chosen else None

    def _run_tool(self, work: Any, done: Any) -> None:
        def finished(result: Any) -> None:
            if not isValid(self):
                return
            self._tool_busy = False
            self._say(done(result), error=False)
            self._show_tools()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._tool_busy = False
            if not isinstance(exc, MingaError):
                log.error("meeting: the room's bundles failed", exc_info=exc)
            self._say(error_text(exc), error=True)
            self._show_tools()

        self._tool_busy = True
        self.tools_message.hide()
        self._show_tools()
        self.ctx.runner.run(lambda _progress: work(), on_done=finished, on_error=failed)

    def _say(self, text: str, *, error: bool) -> None:
        self.tools_message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.tools_message.setText(text)
        self.tools_message.show()

    def prepare_room(self, folder: Path | None = None) -> None:
        """(Advisor) The bundle of each member and the signed index, for the named host."""
        from minga.meeting.relay import prepare

        target = folder or self._folder(self.tr("Prepare the room: choose a folder (a USB drive)"))
        if target is None:
            return
        ws, vault = self.ctx.workspace, self._vault()
        name = self.named_host or self.tr("the host")
        self._run_tool(
            lambda: prepare(ws, target, vault),
            lambda prepared: self.tr(
                "%n bundle(s) written to {folder}. Give the folder to {name}: her Minga loads "
                "it with \u201cLoad the advisor's bundles\u201d.",
                "",
                len(prepared.bundles),
            ).format(folder=str(target), name=name),
        )

    def collect(self) -> None:
        """(Advisor) Connects to the named host's open room and imports the bundles
        kept there for her."""
        from minga.meeting.relay import collect

        address = self.collect_address.text().strip()
        code = self.collect_code.text().strip() or None
        if not address:
            self._say(self.tr("Type the address shown on the host's screen."), error=True)
            self.collect_address.setFocus()
            return
        ws, vault = self.ctx.workspace, self._vault()

        def said(taken: Any) -> str:
            if taken.imported:
                self.changed.emit()
            lines = [
                self.tr(
                    "%n bundle(s) kept for you in {host}'s room were imported.",
                    "",
                    len(taken.imported),
                ).format(host=taken.host_name)
            ]
            lines += [f"{name}: {error}" for name, error in taken.refused]
            return "\n".join(lines)

        self._run_tool(lambda: collect(ws, address, code=code, vault=vault), said)

    def deposit(self, folder: Path | None = None) -> None:
        """(The named host) Loads the bundles the advisor prepared."""
        from minga.meeting.relay import deposit

        source = folder or self._folder(self.tr("The folder the advisor prepared"))
        if source is None:
            return
        ws, vault = self.ctx.workspace, self._vault()

        def said(result: Any) -> str:
            text = self.tr(
                "%n bundle(s) of {advisor} are waiting in this room for their members.",
                "",
                result.members,
            ).format(advisor=result.advisor_name)
            if result.own is not None:
                self.changed.emit()  # her own bundle from the advisor was imported
                text += " " + self.tr("Your own bundle from the advisor was imported.")
            return text

        self._run_tool(lambda: deposit(ws, source, vault), said)

    def hand_over(self, folder: Path | None = None) -> None:
        """(The named host) Copies the bundles kept for the advisor to a folder."""
        from minga.meeting.relay import hand_over

        target = folder or self._folder(
            self.tr("Hand the bundles to the advisor: choose a folder (a USB drive)")
        )
        if target is None:
            return
        root = self.ctx.workspace.root
        self._run_tool(
            lambda: hand_over(root, target),
            lambda handed: self.tr(
                "%n bundle(s) for the advisor copied to {folder}. The advisor imports them in "
                "Sincronizar, as usual.",
                "",
                len(handed),
            ).format(folder=str(target)),
        )

    # --- opening and closing -----------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.host is not None

    def toggle(self) -> None:
        if self._busy:
            return
        if self.host is None:
            self.open_room()
        else:
            self.close_room()

    def open_room(self) -> None:
        from minga.meeting.protocol import DEFAULT_PORT

        if self._busy or self.host is not None:
            return
        ws, vault = self.ctx.workspace, self._vault()
        port = DEFAULT_PORT if self.port is None else self.port
        bind = self.bind
        interfaces = discovery_interfaces()

        def start(_progress: Progress) -> tuple[Any, Any, str, list[tuple[str, str]]]:
            from minga.meeting.host import Host
            from minga.meeting.state import status

            host = Host(ws.root, workspace=ws, vault=vault, port=port, bind=bind, clock=ws.clock)
            info = host.start()
            roster = [(m.person_id, m.name) for m in status(ws).members]
            announcement, problem = None, ""
            if interfaces != []:
                from minga.meeting.discovery import Announcement

                try:
                    announcement = Announcement(
                        info, addresses=tuple(interfaces) if interfaces else None
                    )
                except (MingaError, OSError) as exc:
                    problem = error_text(exc)
                    log.info("meeting: not announced: %s", problem)
            return host, announcement, problem, roster

        self._set_busy(True)
        self.last_error = ""
        self.ctx.runner.run(start, on_done=self._opened, on_error=self._open_failed)

    def _opened(self, outcome: tuple[Any, Any, str, list[tuple[str, str]]]) -> None:
        host, announcement, problem, roster = outcome
        if not isValid(self):
            _stop(host, announcement)
            return
        self.host, self.announcement, self._announce_error = host, announcement, problem
        self._roster = roster
        self._imported = {
            pid: str(entry.get("received_sha256", ""))
            for pid, entry in (host.state.snapshot().get("members") or {}).items()
        }
        self._seen = ""
        self._set_busy(False)
        self.timer.start()
        self.running_changed.emit(True)

    def _open_failed(self, exc: BaseException) -> None:
        from minga.meeting.errors import PortBusyError

        if not isValid(self):
            return
        if isinstance(exc, PortBusyError):
            self.last_error = self.tr(
                "The room could not be opened: port {port} is already in use on this computer "
                "(is another Minga receiving bundles on it?)."
            ).format(port=exc.params.get("port", ""))
        else:
            self.last_error = error_text(exc)
            if not isinstance(exc, MingaError):
                log.error("meeting: the room could not be opened", exc_info=exc)
        self._set_busy(False)

    def close_room(self) -> None:
        if self._busy or self.host is None:
            return
        host, announcement = self.host, self.announcement

        def stop(_progress: Progress) -> None:
            _stop(host, announcement)

        self.timer.stop()
        self._set_busy(True)
        self.ctx.runner.run(stop, on_done=self._closed, on_error=self._closed)

    def _closed(self, _result: object = None) -> None:
        if not isValid(self):
            return
        self.host = self.announcement = None
        self._set_busy(False)
        self.running_changed.emit(False)

    def shutdown(self) -> None:
        """The application quits: withdraw the announcement and stop listening now."""
        host, announcement = self.host, self.announcement
        self.host = self.announcement = None
        if host is not None:
            _stop(host, announcement)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._show()

    # --- live state ----------------------------------------------------------------------

    def poll(self) -> None:
        """Shows what changed in the meeting (cheap: the host's state in memory)."""
        if self.host is None:
            return
        data = self.host.state.snapshot()
        import json

        kept: object = None
        if self.relay:  # the bundles kept for the advisor (she may take them meanwhile)
            from minga.meeting.relay import relayed

            kept = sorted(relayed(self.ctx.workspace.root))
        seen = json.dumps([data.get("members"), data.get("refused"), kept], sort_keys=True)
        if seen == self._seen:
            return
        self._seen = seen
        self._show_state(data)
        if self.relay:
            self._show_tools()
        imported = False
        for person_id, entry in (data.get("members") or {}).items():
            digest = str(entry.get("received_sha256", ""))
            if digest and self._imported.get(person_id) != digest:
                self._imported[person_id] = digest
                imported = True
        if imported:
            self.changed.emit()


def _stop(host: Any, announcement: Any) -> None:
    try:
        if announcement is not None:
            announcement.close()
    except Exception:  # the network went away: the host still stops
        log.warning("meeting: the announcement could not be withdrawn", exc_info=True)
    finally:
        host.stop()
