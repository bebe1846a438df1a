"""Sincronizar: send and receive bundles, and see what travelled.

The page puts "Send" (`ExportPanel`) beside "Receive" (`ImportPanel`), and below them the
history, the conflict copies, the members and this computer's identity (and the
e-mail outbox and inbox, when `minga.ui.mail` is installed). Files dropped anywhere on
the page are imported. Only one sync task runs at a time: while a bundle is written,
none is imported, and the other way round.

Signals for the main window: `synced` after a bundle was sent or received (the status
bar's "Último paquete"), `data_changed` after records changed (the other pages reload).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from minga.ui.changes import Changes
from minga.ui.context import UiContext
from minga.ui.sync.export_panel import ExportPanel
from minga.ui.sync.import_panel import ImportPanel
from minga.ui.sync.meeting_panel import HostPanel, MemberPanel
from minga.ui.sync.panels import ConflictsPanel, HistoryPanel, IdentityPanel, MembersPanel
from minga.ui.sync.territory_panel import TerritoryPanel
from minga.ui.sync.widgets import note_label
from minga.ui.tasks import PAGE_FETCH
from minga.ui.text_scale import known_base_point_size
from minga.ui.widgets.fields import heading

__all__ = ["SyncPage"]

log = logging.getLogger(__name__)

# Below this width (logical pixels, at the normal text size: it grows with larger text,
# `narrow_width`) "Send" and "Receive" stack instead of sitting side by side (a 1366x768
# laptop at 200 % screen scaling is 683 pixels wide).
NARROW_WIDTH = 900
# The newer-version note: a framed line that stands out from the page's text.
NEWER_STYLE = "QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 6px; }"


def _mail_panel_class() -> Any | None:
    """`minga.ui.mail.MailPanel` when the e-mail part is installed, else None."""
    try:
        from minga.ui.mail import MailPanel
    except ImportError as exc:
        if exc.name in ("minga.ui.mail", "minga.mail"):  # not there (yet): no tab
            return None
        raise  # a bug inside it: let it show
    return MailPanel


class SyncPage(QWidget):
    """The Sincronizar area."""

    #: It reloads its own panels after what it imports.
    shows: frozenset[str] | None = frozenset()

    synced = Signal()
    """A bundle was written or imported (the history has a new line)."""
    data_changed = Signal(object)
    """An import (or a restored conflict copy) changed records (`Changes`: which kinds):
    the other pages showing them reload."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, vault: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self.ctx = ctx
        self._vault = vault
        self._changes = Changes.of(())
        self._newer: tuple[int, Any] = (0, None)  # records kept for a newer Minga, its offer
        self._narrow: bool | None = None
        # Just built: its lists were read a moment ago, the window's `area_shown` that
        # follows reads nothing again.
        self._just_read = True
        QTimer.singleShot(0, self, self._forget_just_read)
        self.setAcceptDrops(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("syncScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        content.setObjectName("syncContent")
        scroll.setWidget(content)
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(10)

        self.title = heading(content, 1.4)
        self.title.setObjectName("syncTitle")
        self.subtitle = QLabel(content)
        self.subtitle.setObjectName("syncSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        # What this Minga keeps without understanding it, and a newer Minga met in the
        # network with where its installer is (as on Inicio).
        self.newer_note = note_label(content, "syncNewerNote")
        self.newer_note.setStyleSheet(NEWER_STYLE)
        self.newer_note.hide()
        column.addWidget(self.newer_note)
        # A teacher's Minga found her advisor's room on the network (the monthly meeting):
        # "Rosa is receiving bundles in this room — Connect".
        self.meeting_banner = QFrame(content)
        self.meeting_banner.setObjectName("meetingBanner")
        self.meeting_banner.setStyleSheet(
            "#meetingBanner { border: 2px solid palette(highlight); border-radius: 4px; }"
        )
        banner = QHBoxLayout(self.meeting_banner)
        self.meeting_banner_text = heading(self.meeting_banner, 1.1)
        self.meeting_banner_text.setObjectName("meetingBannerText")
        self.meeting_banner_button = QPushButton(self.meeting_banner)
        self.meeting_banner_button.setObjectName("meetingBannerConnect")
        self.meeting_banner_button.clicked.connect(self._connect_to_room)
        banner.addWidget(self.meeting_banner_text, 1)
        banner.addWidget(self.meeting_banner_button)
        self.meeting_banner.hide()
        column.addWidget(self.meeting_banner)

        self.export_panel = ExportPanel(ctx, self.vault, content)
        self.import_panel = ImportPanel(ctx, self.vault, content)
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top.setSpacing(12)
        self.top.addWidget(self.export_panel, 1)
        self.top.addWidget(self.import_panel, 1)
        column.addLayout(self.top)

        self.tabs = QTabWidget(content)
        self.tabs.setObjectName("syncTabs")
        self.tabs.setMinimumHeight(self.fontMetrics().height() * 13)
        # Their lists are read on the task runner (below), the page shown meanwhile.
        self.history = HistoryPanel(ctx, self.tabs, load=False)
        self.conflicts = ConflictsPanel(ctx, self.tabs, load=False)
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.conflicts, "")
        # Members and My identity are made (and read) when first shown or asked for: an
        # empty page holds their place in the tabs meanwhile.
        self._members: MembersPanel | None = None
        self._identity: IdentityPanel | None = None
        self._members_slot = QWidget(self.tabs)
        self._members_slot.setObjectName("membersSlot")
        self._identity_slot = QWidget(self.tabs)
        self._identity_slot.setObjectName("identitySlot")
        self.tabs.addTab(self._members_slot, "")
        self.tabs.addTab(self._identity_slot, "")
        # The monthly meeting over the room's network (docs/meeting.md): the advisor
        # opens the room, a teacher connects to it.
        # The advisor's room is made when its tab is first shown; a teacher's Minga looks
        # for the room on the network while the page is shown (the banner), so hers is
        # made at once.
        self._meeting: HostPanel | MemberPanel | None = None
        self.meeting_scroll = QScrollArea(self.tabs)
        self.meeting_scroll.setObjectName("meetingScroll")
        self.meeting_scroll.setWidgetResizable(True)
        self.meeting_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(self.meeting_scroll, "")
        # A territory's hub (its coordinator) belongs to no network: no bundles of its
        # own to send or receive, no conflicts, members or session room. Its identity
        # (the fingerprint the advisors compare) and the e-mail that brings their
        # territory reports stay.
        self.hub = ctx.actor.role == "coordinator"
        if ctx.actor.role not in ("advisor", "coordinator"):
            _ = self.meeting
        # (Advisor) "Informe al territorio": her coordinator and the territory report
        # (docs/territory.md), made when its tab is first shown.
        self._territory: TerritoryPanel | None = None
        self.territory_scroll: QScrollArea | None = None
        if ctx.actor.role == "advisor":
            self.territory_scroll = QScrollArea(self.tabs)
            self.territory_scroll.setObjectName("territoryScroll")
            self.territory_scroll.setWidgetResizable(True)
            self.territory_scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.tabs.addTab(self.territory_scroll, "")
        # --- The e-mail outbox and inbox (issue 8): a tab of their own when `minga.ui.mail`
        # provides `MailPanel(ctx, vault=...)`. It sends and fetches bundles itself; its
        # `refreshed` signal makes this page read the history again. Optional hooks it
        # may offer: a `bundles_received(list)` signal (paths for this page to import)
        # and a `bundle_exported(result)` slot (a bundle just written here).
        # The panel is made when its tab is first shown (or asked for).
        self._mail: QWidget | None = None
        self._mail_class = _mail_panel_class()
        self.mail_scroll: QScrollArea | None = None
        if self._mail_class is not None:
            # In a scroll area of its own: its tables would otherwise make the whole
            # page taller than a laptop's screen.
            self.mail_scroll = QScrollArea(self.tabs)
            self.mail_scroll.setObjectName("mailScroll")
            self.mail_scroll.setWidgetResizable(True)
            self.mail_scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.tabs.addTab(self.mail_scroll, "")
        if self.hub:
            self.export_panel.hide()
            self.import_panel.hide()
            for widget in (self.history, self.conflicts, self._members_slot, self.meeting_scroll):
                self.tabs.removeTab(self.tabs.indexOf(widget))
        column.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        if self.hub:
            self._tab_shown(self.tabs.currentIndex())

        self.export_panel.running_changed.connect(self.import_panel.set_blocked)
        self.import_panel.running_changed.connect(self.export_panel.set_blocked)
        self.export_panel.exported.connect(self._exported)
        self.import_panel.imported.connect(self._imported)
        self.import_panel.finished.connect(self._imports_finished)
        self.conflicts.changed.connect(self._conflicts_changed)
        self.conflicts.count_changed.connect(lambda _n: self._tab_titles())

        self._newer_generation = 0
        self._newer_loading = False
        self.retranslate()
        self.history.reload_in_background()
        self.conflicts.reload_in_background()
        self._read_newer_in_background()
        self._apply_width(self.width())

    # --- the tabs made when first shown ----------------------------------------------------

    @property
    def members(self) -> MembersPanel:
        """The Members tab (made and read now if it was not yet)."""
        if self._members is None:
            panel = MembersPanel(self.ctx, self.tabs, self.vault)
            self._members = panel
            self._put_in_tab(self._members_slot, panel)
        return self._members

    @property
    def identity(self) -> IdentityPanel:
        """The My identity tab (made and read now if it was not yet)."""
        if self._identity is None:
            panel = IdentityPanel(self.ctx, self.vault, self.tabs)
            panel.changed.connect(self._identity_changed)
            self._identity = panel
            self._put_in_tab(self._identity_slot, panel)
        return self._identity

    @property
    def meeting(self) -> HostPanel | MemberPanel:
        """The Session room tab's panel: the advisor's room or a teacher's connection."""
        if self._meeting is None:
            panel: HostPanel | MemberPanel
            if self.ctx.actor.role == "advisor":
                panel = HostPanel(self.ctx, self.vault)
                panel.changed.connect(self._room_imported)
            else:
                panel = MemberPanel(self.ctx, self.vault)
                panel.imported.connect(self._room_imported)
                panel.found_changed.connect(self._room_found)
                panel.running_changed.connect(self.meeting_banner_button.setDisabled)
            self._meeting = panel
            self.meeting_scroll.setWidget(panel)
        return self._meeting

    @property
    def territory(self) -> TerritoryPanel | None:
        """(Advisor) The territory report's tab panel (None for a teacher)."""
        if self._territory is None and self.territory_scroll is not None:
            panel = TerritoryPanel(self.ctx, self.vault)
            self._territory = panel
            self.territory_scroll.setWidget(panel)
        return self._territory

    @property
    def mail(self) -> QWidget | None:
        """The E-mail tab's panel (None without `minga.ui.mail`)."""
        if self._mail is None and self._mail_class is not None and self.mail_scroll:
            panel = self._mail_class(self.ctx, vault=self.vault())
            self._mail = panel
            self.mail_scroll.setWidget(panel)
            received = getattr(panel, "bundles_received", None)
            if received is not None:
                received.connect(lambda paths: self.import_files([Path(p) for p in paths]))
            refreshed = getattr(panel, "refreshed", None)
            if refreshed is not None:
                refreshed.connect(self._mail_refreshed)
        return self._mail

    def _put_in_tab(self, slot: QWidget, panel: QWidget) -> None:
        """`panel` takes the place of `slot` in the tabs, with its title; the tab shown
        stays shown."""
        index = self.tabs.indexOf(slot)
        title = self.tabs.tabText(index)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        slot.deleteLater()

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self._members_slot and self._members is None:
            _ = self.members
        elif widget is self._identity_slot and self._identity is None:
            _ = self.identity
        elif widget is self.meeting_scroll and self._meeting is None:
            _ = self.meeting
        elif widget is not None and widget is self.mail_scroll and self._mail is None:
            _ = self.mail
        elif widget is not None and widget is self.territory_scroll and self._territory is None:
            _ = self.territory

    def _members_tab(self) -> QWidget:
        return self._members if self._members is not None else self._members_slot

    def _identity_tab(self) -> QWidget:
        return self._identity if self._identity is not None else self._identity_slot

    # --- keys ----------------------------------------------------------------------------

    def vault(self) -> Any:
        """This data folder's key vault (one per page: a key file's passphrase is asked
        once per session)."""
        if self._vault is None:
            from minga.sync.keys import KeyVault

            self._vault = KeyVault(self.ctx.workspace.root)
        return self._vault

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync"))
        if self.hub:
            self.subtitle.setText(
                self.tr(
                    "The territory's hub: My identity holds the fingerprint the advisors "
                    "compare with the one you read to them, and E-mail brings their territory "
                    "reports (Territory imports them)."
                )
            )
        elif self.ctx.actor.role == "advisor":
            self.subtitle.setText(
                self.tr(
                    "Bundles carry the teachers' work to you and the network's work back to "
                    "them, on a USB drive or by e-mail. Each one is signed and encrypted: only "
                    "the people it is for can open it."
                )
            )
        else:
            self.subtitle.setText(
                self.tr(
                    "Bundles carry your work to your advisor and bring back the network's, on a "
                    "USB drive or by e-mail. Each one is signed and encrypted: only the people "
                    "it is for can open it."
                )
            )
        self.export_panel.retranslate()
        self.import_panel.retranslate()
        self.history.retranslate()
        self.conflicts.retranslate()
        if self._members is not None:
            self._members.retranslate()
        if self._identity is not None:
            self._identity.retranslate()
        if self._meeting is not None:
            self._meeting.retranslate()
        if self._territory is not None:
            self._territory.retranslate()
        self.meeting_banner_button.setText(self.tr("C&onnect"))
        self._room_found(getattr(self._meeting, "found", None))
        self._tab_titles()
        self._show_newer()

    def _tab_titles(self) -> None:
        count = self.conflicts.count()
        self.tabs.setTabText(self.tabs.indexOf(self.history), self.tr("&History"))
        conflicts = (
            self.tr("Co&nflicts ({count})").format(count=count) if count else self.tr("Co&nflicts")
        )
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), conflicts)
        self.tabs.setTabText(self.tabs.indexOf(self._members_tab()), self.tr("&Members"))
        self.tabs.setTabText(self.tabs.indexOf(self._identity_tab()), self.tr("My &identity"))
        self.tabs.setTabText(self.tabs.indexOf(self.meeting_scroll), self.tr("Session &room"))
        if self.mail_scroll is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.mail_scroll), self.tr("&E-mail"))
        if self.territory_scroll is not None:
            self.tabs.setTabText(
                self.tabs.indexOf(self.territory_scroll), self.tr("&Territory report")
            )

    def _read_newer(self) -> None:
        self._newer_generation += 1
        self._newer_loading = False
        self._newer = self._newer_facts()
        self._show_newer()

    def _newer_facts(self) -> tuple[int, Any]:
        """Records kept for a newer Minga, and its offer (on any thread)."""
        from minga.sync import compat, installers

        with self.ctx.workspace.db.session() as session:
            return sum(compat.waiting(session).values()), installers.offer(session)

    def _read_newer_in_background(self) -> None:
        self._newer_generation += 1
        generation = self._newer_generation
        self._newer_loading = True
        facts = self._newer_facts

        def done(newer: tuple[int, Any]) -> None:
            if isValid(self) and generation == self._newer_generation:
                self._newer_loading = False
                self._newer = newer
                self._show_newer()

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._newer_generation:
                self._newer_loading = False
                self.ctx.bridge.show_exception(exc)

        self.ctx.runner.run(lambda _p: facts(), on_done=done, on_error=failed, priority=PAGE_FETCH)

    @property
    def is_loading(self) -> bool:
        """Some of what the page shows is still being read (on the task runner)."""
        return self.history.loading or self.conflicts.loading or self._newer_loading

    def _show_newer(self) -> None:
        newer, update = self._newer
        lines = []
        if newer:
            lines.append(
                self.tr("1 record needs a newer version of Minga.")
                if newer == 1
                else self.tr("{count} records need a newer version of Minga.").format(count=newer)
            )
        if update is not None:
            lines.append(
                self.tr("Your network already uses Minga {version}.").format(version=update.version)
                + " "
                + (
                    self.tr("Its installer is in {path}.").format(path=update.installer)
                    if update.installer
                    else self.tr("Ask your advisor for the installer.")
                )
            )
        self.newer_note.setText("\n".join(lines))
        self.newer_note.setVisible(bool(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._narrow = None  # Preferencias' text size: decide again
            self._apply_width(self.width())
        super().changeEvent(event)

    # --- the page's life -----------------------------------------------------------------

    def refresh(self) -> None:
        """Reads everything again (the main window calls it after changes elsewhere)."""
        self.export_panel.refresh()
        self.history.reload()
        self.conflicts.reload()
        self._reload_members()
        if self._identity is not None:
            self._identity.reload()
        self._read_newer()

    def area_shown(self) -> None:
        """Coming back to the page: lists may have changed (a restored backup, an edit).
        Just after the page was made they were read already."""
        if self._just_read:
            self._just_read = False
            return
        self.conflicts.reload_in_background()
        self._reload_members()
        self._read_newer_in_background()

    def _forget_just_read(self) -> None:
        # Made without being shown (Inicio's invitation, the status bar): the next
        # showing reads again.
        self._just_read = False

    def _reload_members(self) -> None:
        # A Members tab not made yet reads its list when it is.
        if self._members is not None:
            self._members.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.export_panel.start_polling(True)
        if isinstance(self._meeting, MemberPanel):
            self._meeting.start_watching()

    def hideEvent(self, event: Any) -> None:
        self.export_panel.start_polling(False)
        if isinstance(self._meeting, MemberPanel):
            self._meeting.stop_watching()
        super().hideEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._apply_width(event.size().width())

    def narrow_width(self) -> int:
        """Below this width Enviar and Recibir stack: `NARROW_WIDTH` at the normal text
        size, as much more as the text is larger (at 200 % side by side they made the
        page scroll sideways, each line cut at the window's edge)."""
        app = QApplication.instance()
        base = known_base_point_size(app) if isinstance(app, QApplication) else None
        size = self.font().pointSizeF()
        factor = size / base if base and size > 0 else 1.0
        return round(NARROW_WIDTH * max(factor, 1.0))

    def _apply_width(self, width: int) -> None:
        narrow = width < self.narrow_width()
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.top.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

    # --- importing and exporting ------------------------------------------------------------

    def invite(self, path: Path | None = None) -> None:
        """Inicio's "Invite teachers": the identity tab, and its invitation at once
        (asking where to save it unless `path` is given)."""
        self.tabs.setCurrentWidget(self.identity)
        self.identity.create_invitation(path)

    def import_files(self, paths: list[Path]) -> bool:
        """Imports bundles or an invitation (from a drop, the mail panel, a test)."""
        return self.import_panel.import_files([Path(p) for p in paths])

    def _exported(self, result: Any) -> None:
        self.history.reload()
        offer = getattr(self._mail, "bundle_exported", None)
        if offer is not None:
            offer(result)
        self.synced.emit()

    def _imported(self, result: Any) -> None:
        from minga.sync.membership import JoinResult

        if isinstance(result, JoinResult):
            self._changes = Changes.everything()  # a whole microcentre arrived
            self.export_panel.refresh()
            if self._identity is not None:
                self._identity.reload()
        else:
            kinds = {
                kind
                for kind, summary in result.kinds.items()
                if summary.new or summary.updated or summary.conflicts
            }
            if result.accepted_member:
                kinds |= {"person", "school", "microcentre"}
            self._changes = self._changes | Changes.of(kinds)
        self.history.reload()
        self.synced.emit()

    def _imports_finished(self) -> None:
        self._reload_members()
        self.conflicts.reload()
        self.export_panel.refresh()
        self._read_newer()
        if self._changes:
            changes, self._changes = self._changes, Changes.of(())
            self.data_changed.emit(changes)

    # --- the session room -------------------------------------------------------------------

    def _room_found(self, found: Any) -> None:
        """A teacher's Minga found (or lost) her advisor's room on the network."""
        if found is None:
            self.meeting_banner.hide()
            return
        self.meeting_banner_text.setText(
            self.tr("{name} is receiving bundles in this room").format(name=found.name)
        )
        self.meeting_banner.show()

    def _connect_to_room(self) -> None:
        """The banner's Connect: the room's tab, and the exchange at once."""
        self.tabs.setCurrentWidget(self.meeting_scroll)
        if isinstance(self.meeting, MemberPanel):
            self.meeting.connect_found()

    def _room_imported(self, result: Any = None) -> None:
        """Bundles came through the room (the host imported a member's, or a teacher the
        consolidated one): every page reads its records again."""
        self._changes = Changes.everything()
        self._imports_finished()
        self.history.reload()
        self.synced.emit()

    def _mail_refreshed(self) -> None:
        """The mail panel sent or fetched something: bundles may have come or gone."""
        before = self.history.model.total()
        self.history.reload()
        if self.history.model.total() == before:
            return
        self.synced.emit()
        latest = self.history.model.row(0)
        if latest is not None and latest.direction == "in":
            self._reload_members()
            self.conflicts.reload()
            self.export_panel.refresh()
            # Mail imports report no kinds here: every page reads again.
            self.data_changed.emit(Changes.everything())

    def _conflicts_changed(self) -> None:
        # A conflict copy put back may be of any kind.
        self.data_changed.emit(Changes.everything())

    def _identity_changed(self) -> None:
        self.history.reload()
        self._reload_members()

    # --- drag and drop -------------------------------------------------------------------

    @staticmethod
    def _dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event) and self.import_panel.accepts_files():
            event.acceptProposedAction()
            self.import_panel.drop_zone.set_hover(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_paths(event) and self.import_panel.accepts_files():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.import_panel.drop_zone.set_hover(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.import_panel.drop_zone.set_hover(False)
        paths = self._dropped_paths(event)
        if not paths or not self.import_panel.accepts_files():
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)
