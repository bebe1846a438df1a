"""The main window: a sidebar of areas, their pages, a global search and a status bar.

A page is built the first time its area is shown, so start-up only pays for the page it
opens on. Window size, position, toolbar state and the last area live in `Settings`.

The app shows the window before the data layer has loaded (`MainWindow.opening`, with
the few facts `store.preview` reads with the standard library) and hands it the
`UiContext` with `attach` once the workspace is open on a worker thread. Until then the
sidebar, the areas and the search field answer; pages appear with the data. Nothing
imported by this module pulls in SQLAlchemy (a test checks it).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.domain.vocab import ROLE_LABELS
from minga.store.preview import ShellInfo
from minga.ui import messages
from minga.ui.areas import AREAS, Area, PageFactory
from minga.ui.changes import Changes, DirtyPage, EditingPage, Page, ShownPage
from minga.ui.icons import app_icon, icon
from minga.ui.networks import NetworkSwitching
from minga.ui.settings import LAST_AREA, Settings
from minga.ui.widgets.elided import ElidedLabel
from minga.ui.window_parts import WindowStatusAndState

if TYPE_CHECKING:
    from minga.ui.context import UiContext

__all__ = ["AREAS", "Area", "MainWindow"]

log = logging.getLogger(__name__)

HOME = "home"
PRACTICES = "practices"
SESSIONS = "sessions"
PRINT = "print"
SYNC = "sync"
TERRITORY = "territory"

#: How long an information message stays in the status bar (milliseconds).
MESSAGE_TIMEOUT_MS = 8000

#: The e-mail scheduler starts (and makes its first round) this long after the data is
#: in the window (milliseconds).
MAIL_FIRST_TICK_MS = 4000


class MainWindow(WindowStatusAndState, NetworkSwitching, QMainWindow):
    """Minga's window on one open data folder."""

    area_changed = Signal(str)
    """The key of the area now shown."""

    def __init__(
        self,
        ctx: UiContext | None,
        parent: QWidget | None = None,
        *,
        factories: Mapping[str, PageFactory] | None = None,
        preview: ShellInfo | None = None,
        settings: Settings | None = None,
        is_demo: bool = False,
    ) -> None:
        """A window on `ctx`; or, with `ctx` None, a window still opening (`opening`)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx: Any = None
        if ctx is not None:
            from minga.services.home import shell_info

            preview, settings, is_demo = shell_info(ctx.workspace.db), ctx.settings, ctx.is_demo
        if preview is None or settings is None:
            raise TypeError("MainWindow needs a UiContext, or a preview and settings")
        self.info: ShellInfo = preview
        self.settings = settings
        self._is_demo = is_demo
        self._pending_search = ""
        self._opening = ctx is None
        role = preview.role
        self._factories = {
            area.key: area.factory
            for area in AREAS
            if (area.roles is None or role in area.roles) and role not in area.not_for
        }
        self._factories.update(factories or {})
        self._pages: dict[str, QWidget] = {}
        self._current: str | None = None
        self.setWindowIcon(app_icon())

        # --- toolbar: new practice, global search -------------------------------------
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.toggleViewAction().setEnabled(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.new_practice_action = QAction(icon("add"), "", self)
        self.new_practice_action.setObjectName("newPracticeAction")
        self.new_practice_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_practice_action.setEnabled(False)  # until the data is there (attach)
        self.new_practice_action.triggered.connect(self.new_practice)
        self.toolbar.addAction(self.new_practice_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search_field = QLineEdit(self.toolbar)
        self.search_field.setObjectName("globalSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_field.returnPressed.connect(self._search_entered)
        self.search_tool = self.toolbar.addWidget(self.search_field)
        self.search_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.search_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.search_shortcut.activated.connect(self.focus_search)
        self.print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.print_shortcut.activated.connect(self.open_printing)
        self.tools_menu: Any = None
        self._add_tools_button()

        # --- sidebar and pages --------------------------------------------------------
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(24, 24))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setSpacing(2)
        sidebar_font = QFont(self.sidebar.font())
        sidebar_font.setPointSizeF(sidebar_font.pointSizeF() * 1.1)
        self.sidebar.setFont(sidebar_font)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        for area in self.areas():
            item = QListWidgetItem(icon(self._icon_name(area)), "", self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, area)
            self.stack.addWidget(self._placeholder(area))
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.sidebar.setFocus()  # the window opens with the areas under the keyboard
        for number, area in enumerate(self.areas(), start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=area: self.show_area(key))

        central = QWidget(self)
        central.setObjectName("central")
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # --- status bar ---------------------------------------------------------------
        self.demo_badge = QLabel(self)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setStyleSheet(
            "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0c36b;"
            " border-radius: 4px; padding: 1px 8px; font-weight: bold; }"
        )
        self.place_label = ElidedLabel(self)
        self.place_label.setObjectName("statusMicrocentre")
        self.role_label = QLabel(self)
        self.role_label.setObjectName("statusRole")
        self.person_label = ElidedLabel(self)
        self.person_label.setObjectName("statusPerson")
        # "Último paquete: …": read once now and after each sync (one small query).
        self.bundle_label = ElidedLabel(self)
        self.bundle_label.setObjectName("statusLastBundle")
        self.bundle_separator = QFrame(self)
        self.bundle_separator.setFrameShape(QFrame.Shape.VLine)
        self.bundle_separator.setFrameShadow(QFrame.Shadow.Sunken)
        self._last_bundle: Any = None
        for label in (self.place_label, self.role_label, self.person_label, self.bundle_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        status = self.statusBar()
        status.setObjectName("statusBar")
        if is_demo:
            status.addPermanentWidget(self.demo_badge)
        else:
            self.demo_badge.hide()
        # What waits in the e-mail outbox, told by the scheduler (start_background_work).
        self.mail_status = QLabel(self)
        self.mail_status.setObjectName("statusMail")
        self.mail_status.setTextFormat(Qt.TextFormat.PlainText)
        self.mail_separator = QFrame(self)
        self.mail_separator.setFrameShape(QFrame.Shape.VLine)
        self.mail_separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.mail_status.hide()
        self.mail_separator.hide()
        status.addPermanentWidget(self.mail_status)
        status.addPermanentWidget(self.mail_separator)
        self.mail_scheduler: Any = None
        self.mail_passwords: Any = None  # None: the OS keyring (tests put theirs here)
        status.addPermanentWidget(self.bundle_label)
        status.addPermanentWidget(self.bundle_separator)
        # A message that does not fit beside "Último paquete: …" takes its place while it
        # shows, rather than being cut mid-word.
        status.messageChanged.connect(self._fit_message)
        for number, label in enumerate((self.place_label, self.role_label, self.person_label)):
            if number:
                separator = QFrame(self)
                separator.setFrameShape(QFrame.Shape.VLine)
                separator.setFrameShadow(QFrame.Shadow.Sunken)
                status.addPermanentWidget(separator)
            status.addPermanentWidget(label)

        self.retranslate_ui()
        self._restore_settings()
        start = settings.get(LAST_AREA)
        self.show_area(start if start in self.areas() else HOME)
        if ctx is not None:
            self.attach(ctx)

    @classmethod
    def opening(cls, preview: ShellInfo, settings: Settings, *, is_demo: bool) -> MainWindow:
        """The window of a data folder whose workspace is still opening: `attach` the
        context when it is ready."""
        return cls(None, preview=preview, settings=settings, is_demo=is_demo)

    @property
    def ready(self) -> bool:
        """Whether the data is there (`attach` was called)."""
        return self.ctx is not None

    def attach(self, ctx: UiContext) -> None:
        """The workspace is open: the tools, the status bar and the pages come alive."""
        if self.ctx is not None:
            return
        self.ctx = ctx
        ctx.bridge.shown.connect(self._show_message)
        self._add_tools_menu()
        self._add_network_switcher()
        self.new_practice_action.setEnabled(True)
        self._read_last_bundle()
        if self._opening:
            self.reload_info()  # the preview's names, read again through the data layer
        else:
            self._show_last_bundle()  # the names were read with the context just now
        area = self._current if self._current in self.areas() else HOME
        self._current = None
        self.show_area(area)
        if self._pending_search:
            self.search(self._pending_search)
            self._pending_search = ""

    def _placeholder(self, area: str) -> QWidget:
        """What stands for the page of `area` until it is built: empty, or "Opening…"
        while the workspace opens."""
        placeholder = QWidget(self.stack)
        placeholder.setObjectName(f"{area}Placeholder")
        if self._opening:
            layout = QVBoxLayout(placeholder)
            label = QLabel(placeholder)
            label.setObjectName("openingLabel")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setText(self.tr("Opening your data…"))
            layout.addWidget(label)
        return placeholder

    # --- areas -----------------------------------------------------------------------

    def areas(self) -> list[str]:
        """The keys of the sidebar's areas, in order."""
        return list(self._factories)

    def _icon_name(self, area: str) -> str:
        return next((a.icon for a in AREAS if a.key == area), "practices")

    def current_area(self) -> str | None:
        return self._current

    def page(self, area: str) -> QWidget:
        """The page of `area`, built on first use (only once the window is `ready`)."""
        page = self._pages.get(area)
        if page is not None:
            return page
        if self.ctx is None:
            raise RuntimeError("the pages are built once the workspace is attached")
        index = self.areas().index(area)
        page = self._factories[area](self.ctx)
        page.setObjectName(page.objectName() or f"{area}Page")
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._pages[area] = page
        self._connect_page(area, page)
        return page

    def has_page(self, area: str) -> bool:
        """Whether the page of `area` was built already."""
        return area in self._pages

    def _connect_page(self, area: str, page: QWidget) -> None:
        if area == HOME:
            page.open_practice.connect(self.open_practice)  # type: ignore[attr-defined]
            page.open_draft.connect(self.open_draft)  # type: ignore[attr-defined]
            page.invite_teachers.connect(self.invite_teachers)  # type: ignore[attr-defined]
            page.open_session.connect(self.open_session)  # type: ignore[attr-defined]
            if hasattr(page, "open_territory"):  # a coordinator's Inicio
                page.open_territory.connect(self.open_territory)
        if area == SESSIONS:
            page.print_guide.connect(self.print_session_guide)  # type: ignore[attr-defined]
        if area == SYNC:
            page.synced.connect(self.update_last_bundle)  # type: ignore[attr-defined]
            page.data_changed.connect(self.reload_pages)  # type: ignore[attr-defined]
        if isinstance(page, DirtyPage):
            page.dirty_changed.connect(self._update_modified)

    def reload_info(self) -> None:
        """Reads again the names of the title and status bars."""
        from minga.services.home import shell_info

        try:
            self.info = shell_info(self.ctx.workspace.db)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
        self.retranslate_ui()

    def reload_pages(self, changes: Changes | None = None) -> None:
        """Records changed behind the pages' backs (an import): each built page that
        shows one of the kinds changed reads again (all of them when `changes` is None),
        and the status bar's names too (joining a microcentre changes them)."""
        changes = changes if changes is not None else Changes.everything()
        self.reload_info()
        for area, page in self._pages.items():
            if area == SYNC or not isinstance(page, Page) or not changes.touches(page.shows):
                continue
            try:
                page.refresh()
            except MingaError as exc:
                self.ctx.bridge.show_exception(exc)

    def _update_modified(self, _dirty: bool = False) -> None:
        # Qt shows "*" in the title while any page holds unsaved changes.
        self.setWindowModified(
            any(
                isinstance(page, EditingPage) and page.has_unsaved_changes()
                for page in self._pages.values()
            )
        )

    def show_area(self, area: str) -> QWidget:
        """Switches to `area` (remembered for the next start); returns its page, or its
        placeholder while the window is still opening."""
        if self.ctx is None:
            return self._select_while_opening(area)
        page = self.page(area)
        previous = self._current
        self.stack.setCurrentWidget(page)
        row = self.areas().index(area)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        self._current = area
        self._share_new_shortcut(page)
        self._share_toolbar(area)
        if previous is not None and previous != area:
            if area == HOME and isinstance(page, Page):
                page.refresh()
            elif isinstance(page, ShownPage):  # a page's cheap refresh
                page.area_shown()
        if previous != area:
            self.settings.set(LAST_AREA, area)
            self.area_changed.emit(area)
        return page

    def _select_while_opening(self, area: str) -> QWidget:
        row = self.areas().index(area)
        placeholder = self.stack.widget(row)
        self.stack.setCurrentWidget(placeholder)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        if self._current != area:
            self._current = area
            self.settings.set(LAST_AREA, area)
            self.area_changed.emit(area)
        return placeholder

    def _share_new_shortcut(self, page: QWidget) -> None:
        # A page with its own Ctrl+N action (Prácticas) takes the key while it is shown;
        # two active shortcuts for one key would make Qt ignore both.
        new = QKeySequence(QKeySequence.StandardKey.New)
        own = any(
            action.shortcut() == new and action is not self.new_practice_action
            for action in page.findChildren(QAction)
        )
        self.new_practice_action.setShortcut(QKeySequence() if own else new)

    def _share_toolbar(self, area: str) -> None:
        # Prácticas has its own search box and "New practice" button: one of each on
        # the screen, not two (Ctrl+F and Ctrl+N reach the page's own).
        own = area == PRACTICES
        self.search_tool.setVisible(not own)
        # A territory's hub has no practices of its own (its search looks in Territorio).
        new = not own and PRACTICES in self._factories
        self.new_practice_action.setVisible(new)
        # (the actions alone leave their widgets shown in a toolbar not laid out yet)
        self.search_field.setVisible(not own)
        button = self.toolbar.widgetForAction(self.new_practice_action)
        if button is not None:
            button.setVisible(new)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.areas()):
            self.show_area(self.areas()[row])

    def practices_page(self) -> Any:
        """The Prácticas page (built if needed)."""
        return self.page(PRACTICES)

    # --- practice actions ------------------------------------------------------------

    def new_practice(self) -> None:
        self.show_area(PRACTICES).new_practice()  # type: ignore[attr-defined]

    def open_practice(self, practice_id: str) -> None:
        self.show_area(PRACTICES).open_practice(practice_id)  # type: ignore[attr-defined]

    def open_draft(self, draft_id: int) -> None:
        """Opens a draft in the area whose page keeps drafts of its kind."""
        area = PRACTICES
        try:
            draft = self.ctx.drafts.get(draft_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        if draft is not None:
            area = next(
                (a.key for a in AREAS if draft.kind in a.draft_kinds and a.key in self._factories),
                PRACTICES,
            )
        self.show_area(area).open_draft(draft_id)  # type: ignore[attr-defined]

    def open_session(self, session_id: str) -> None:
        """Sesiones with a session open (Inicio's open agreements lead to their acta)."""
        self.show_area(SESSIONS).open_session(session_id)  # type: ignore[attr-defined]

    def open_territory(self, tab: str) -> None:
        """(Coordinator) Territorio at one of its tabs ("print": its printed report)."""
        self.show_area("territory").open_tab(tab)  # type: ignore[attr-defined]

    def invite_teachers(self) -> None:
        """Inicio's "Invite teachers": Sincronizar's invitation, started at once."""
        self.show_area(SYNC).invite()  # type: ignore[attr-defined]

    # --- printing ------------------------------------------------------------------

    def open_printing(self) -> QWidget:
        """Ctrl+P: Imprimir; on the guide of the session open in Sesiones, if one is."""
        sessions = self._pages.get(SESSIONS) if self._current == SESSIONS else None
        if sessions is not None and sessions.open_session_id():  # type: ignore[attr-defined]
            # Through the editor's own button: what is typed is saved first.
            sessions.editor.print_guide()  # type: ignore[attr-defined]
            return self.stack.currentWidget()
        if PRINT not in self._factories:  # a territory's hub: its printed report
            self.open_territory("print")
            return self.stack.currentWidget()
        return self.show_area(PRINT)

    def print_session_guide(self, session_id: str) -> QWidget:
        """Imprimir, with the guide of `session_id` chosen and ready to be made."""
        page = self.show_area(PRINT)
        if self.ctx is not None:
            page.show_session_guide(session_id)  # type: ignore[attr-defined]
        return page

    # --- tools ---------------------------------------------------------------------

    def _add_tools_button(self) -> None:
        """The Herramientas button, in place from the start (its menu comes with the
        data, `_add_tools_menu`) so the toolbar does not shift when the data arrives."""
        self.tools_button = QToolButton(self.toolbar)
        self.tools_button.setObjectName("toolsButton")
        self.tools_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tools_button.setText(QCoreApplication.translate("ToolsMenu", "&Tools"))
        self.tools_button.setEnabled(False)
        self.toolbar.addWidget(self.tools_button)

    def _add_tools_menu(self) -> None:
        """Herramientas: backups, preferences, about."""
        from minga.ui.tools import ToolsMenu

        self.tools_menu = ToolsMenu(self.ctx, self)
        self.tools_button.setMenu(self.tools_menu)
        self.tools_button.setDefaultAction(self.tools_menu.menuAction())
        self.tools_button.setEnabled(True)

    # --- work that runs on its own ---------------------------------------------------

    def start_background_work(self) -> None:
        """Today's automatic backup and the e-mail scheduler (send what waits, check the
        mailbox), both a few seconds later so they never slow the start. The app calls
        this once the data is in the window; `selftest` and tests that only build a
        window do not, so they never write backups or touch the network."""
        from minga.ui.tools import schedule_daily_backup

        schedule_daily_backup(self.ctx, window=self)
        if "territory" in self._factories:  # its reports are imported on a schedule
            self.page("territory")
        QTimer.singleShot(MAIL_FIRST_TICK_MS, self, self._start_mail_scheduler)

    def _mail_activity(self) -> None:
        """Something left or arrived by e-mail: say so and show it."""
        found = self.mail_scheduler.last_round if self.mail_scheduler else None
        if found is not None and found.sent:
            self.ctx.bridge.info(self.tr("%n part(s) sent by e-mail.", "", found.sent))
        if found is not None and found.imported:
            self.ctx.bridge.info(
                self.tr("%n bundle(s) received by e-mail and imported.", "", found.imported)
            )
        if found is not None and found.review:
            self.ctx.bridge.warning(
                self.tr(
                    "E-mail brought %n bundle(s) to review in Sincronizar.",
                    "",
                    found.review,
                )
            )
        territory = self._pages.get("territory")
        if found is not None and found.imported and territory is not None:
            territory.refresh()  # a hub's inbox brings territory reports
        sync_page = self._pages.get(SYNC)
        mail_panel = getattr(sync_page, "mail", None)
        if mail_panel is not None:
            mail_panel.refresh()  # the Sincronizar page then reloads what changed
            return
        self.update_last_bundle()
        if found is not None and found.imported:
            self.reload_pages()

    # --- global search ---------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: puts the cursor in the global search, its text selected (in
        Prácticas, in the page's own search box)."""
        field = self.search_field
        if self._current == PRACTICES and PRACTICES in self._pages:
            field = getattr(self._pages[PRACTICES], "search_edit", field)
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def search(self, text: str) -> None:
        """Shows Prácticas filtered by `text` (once the data is there); on a territory's
        hub, Territorio's library."""
        area = PRACTICES if PRACTICES in self._factories else TERRITORY
        if self.ctx is None:
            self._pending_search = text
            self.show_area(area)
            return
        if area == TERRITORY:
            page = self.show_area(TERRITORY)
            page.open_tab("library")  # type: ignore[attr-defined]
            page.library.search_edit.setText(text)  # type: ignore[attr-defined]
            return
        self.show_area(PRACTICES).set_search_text(text)  # type: ignore[attr-defined]

    def _search_entered(self) -> None:
        # The words move to the page's own search field, where they can be refined.
        text = self.search_field.text()
        self.search_field.clear()
        self.search(text)

    # --- texts -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_to_text()  # Preferencias' text size, applied without a restart
        super().changeEvent(event)

    def _fit_to_text(self) -> None:
        """The sidebar's icons and width and the search field's width follow the text."""
        metrics = self.search_field.fontMetrics()
        self.search_field.setMinimumWidth(
            metrics.horizontalAdvance(self.search_field.placeholderText()) + 4 * metrics.height()
        )
        side = self.sidebar.fontMetrics()
        size = max(24, round(side.height() * 1.4))
        self.sidebar.setIconSize(QSize(size, size))
        widest = max(
            (
                side.horizontalAdvance(self.sidebar.item(row).text())
                for row in range(self.sidebar.count())
            ),
            default=0,
        )
        self.sidebar.setFixedWidth(widest + size + 3 * side.averageCharWidth() + 30)

    def area_shot(self, area: str) -> str:
        """The self-test screenshot name of `area` (its key when it has none)."""
        entry = next((a for a in AREAS if a.key == area), None)
        return entry.shot if entry and entry.shot else area

    def area_title(self, area: str) -> str:
        entry = next((a for a in AREAS if a.key == area), None)
        return QCoreApplication.translate("MainWindow", entry.label) if entry else area

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.window_title())
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.new_practice_action.setText(self.tr("New practice"))
        self.new_practice_action.setToolTip(
            self.tr("Write a new practice ({shortcut})").format(
                shortcut=self.new_practice_action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.search_field.setPlaceholderText(self.tr("Search practices (Ctrl+F)"))
        # Its name for screen readers and tests: the words of the Prácticas page's field.
        self.search_field.setAccessibleName(
            QCoreApplication.translate("PracticesPage", "Search practices")
        )
        self.search_field.setToolTip(
            self.tr("Words from the title, description or materials; accents are optional.")
        )
        for row, area in enumerate(self.areas()):
            item = self.sidebar.item(row)
            item.setText(self.area_title(area))
            item.setToolTip(
                self.tr("{area} (Ctrl+{number})").format(area=item.text(), number=row + 1)
            )
        self._fit_to_text()
        info = self.info
        self.demo_badge.setText(self.tr("DEMO DATA"))
        self.demo_badge.setToolTip(
            self.tr(
                "This folder holds invented demo data to explore Minga. "
                "Nothing here is anyone's real work."
            )
        )
        self.place_label.setText(info.microcentre_name or info.school_name)
        self.place_label.setVisible(bool(info.microcentre_name or info.school_name))
        self.role_label.setText(
            QApplication.translate("vocab", ROLE_LABELS.get(info.role, info.role))
        )
        self.person_label.setText(info.person_name)
        self._show_last_bundle()

    def window_title(self) -> str:
        """The title: "Minga — <microcentre>", with the demo marker on a demo folder."""
        place = self.info.microcentre_name or self.info.school_name
        title = self.tr("Minga — {place}").format(place=place) if place else "Minga"
        if self._is_demo:
            title = self.tr("{title} [DEMO] — Demo data").format(title=title)
        return title + "[*]"  # Qt shows "*" there while a practice has unsaved changes

    # --- messages --------------------------------------------------------------------

    def _show_message(self, level: str, text: str) -> None:
        if level == messages.ERROR:
            self.statusBar().showMessage(text, MESSAGE_TIMEOUT_MS * 2)
            messages.error_dialog(self, self.tr("Minga"), text)
        else:
            timeout = MESSAGE_TIMEOUT_MS * (2 if level == messages.WARNING else 1)
            self.statusBar().showMessage(text, timeout)
