"""An advisor's several microcentros in the window (`minga.core.networks`).

- `NetworkSwitching`, a part of `MainWindow`: the switcher in the toolbar ("Microcentro:
  Los Copihues", a menu of hers and "Nuevo microcentro…"; shown only when the installation
  holds more than one, Ctrl+Shift+M opens it from anywhere) and "Nuevo microcentro…" in
  Herramientas for an advisor;
- `NewNetworkDialog`: the name, region and commune of one more microcentro, made on the
  task runner (a data folder of its own, her person and keys copied into it);
- `WindowHost`: reopens the window on the chosen folder. The editors are settled first
  (as when closing); the old window's tasks are cancelled and their outcomes delivered
  while it still exists, its e-mail scheduler stopped and its workspace closed; the new
  folder gets its own single-instance lock, task runner, automatic backup and e-mail
  timers, all owned by the new window; the old window is hidden and deleted later, and
  nothing touches it after.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minga.core.networks import NetworkFolder, list_networks, normalized
from minga.domain.errors import MingaError, ValidationError, ValidationErrors
from minga.domain.vocab import Role
from minga.ui.widgets.fields import error_label

__all__ = ["NetworkSwitcher", "NetworkSwitching", "NewNetworkDialog", "WindowHost"]

log = logging.getLogger(__name__)

#: Opens the switcher's menu from anywhere in the window.
SWITCHER_SHORTCUT = "Ctrl+Shift+M"


def _short(name: str) -> str:
    """A microcentro's name without the words every one of them starts with
    ("Microcentro Rural Los Copihues" -> "Los Copihues"), for a narrow toolbar."""
    words = name.split()
    while len(words) > 1 and normalized(words[0]) in ("microcentro", "rural"):
        words = words[1:]
    return " ".join(words)


class NetworkSwitcher(QToolButton):
    """The toolbar's "Microcentro: <name>" button and its menu."""

    chosen = Signal(object)
    """The data folder (a `Path`) of the microcentro chosen in the menu."""
    new_requested = Signal()

    def __init__(self, root: Path, *, advisor: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkSwitcher")
        self.root = Path(root)
        self.advisor = advisor
        self.networks: list[NetworkFolder] = []
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached with Tab, opened with Space
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("networkMenu")
        self.setMenu(self.menu_)
        self._name = self._full = ""
        if parent is not None:
            parent.installEventFilter(self)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.new_action = QAction(self)
        self.new_action.setObjectName("newNetworkAction")
        self.new_action.triggered.connect(self.new_requested)
        self.reload()

    def current(self) -> NetworkFolder | None:
        here = self.root.resolve()
        return next((n for n in self.networks if n.path.resolve() == here), None)

    def reload(self) -> None:
        """Reads the installation's microcentros again (cheap: `store.preview`)."""
        from minga.core.networks import installation_root

        self.networks = list_networks(installation_root(self.root))
        self.menu_.clear()
        for action in self.group.actions():
            self.group.removeAction(action)
        current = self.current()
        for network in self.networks:
            action = QAction(network.name or network.microcentre_id[:8], self.menu_)
            action.setCheckable(True)
            action.setChecked(network is current)
            action.setData(str(network.path))
            action.setObjectName(f"network_{network.microcentre_id[:8]}")
            action.triggered.connect(lambda _checked=False, n=network: self._choose(n))
            self.group.addAction(action)
            self.menu_.addAction(action)
        if self.advisor:
            self.menu_.addSeparator()
            self.menu_.addAction(self.new_action)
        self.setVisible(len(self.networks) > 1)
        self.retranslate_ui()

    # --- the text fits the toolbar (a long name at 200 % would push the search away) ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.fit()

    def _room(self) -> int:
        """The width left for this button's text beside the toolbar's other widgets."""
        bar = self.parentWidget()
        if bar is None or not hasattr(bar, "widgetForAction") or bar.width() <= 0:
            return 1 << 20
        used = 0
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            # (a widget pushed into the toolbar's "»" menu is hidden: its action is not)
            if widget is None or widget is self or not action.isVisible():
                continue
            if isinstance(widget, QLineEdit):
                used += widget.minimumWidth()
            elif widget.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Expanding:
                used += widget.sizeHint().width()
        metrics = self.fontMetrics()
        chrome = 4 * metrics.averageCharWidth() + 24 + 8 * len(bar.actions())
        return bar.width() - used - chrome

    def fit(self) -> None:
        """Shows "Microcentro: <name>" whole when it fits, else the name cut with "…"
        (the whole of it in the tooltip and for screen readers)."""
        full = getattr(self, "_full", "")
        if not full:
            return
        metrics = self.fontMetrics()
        room = self._room()
        if metrics.horizontalAdvance(full) <= room:
            text = full
        else:
            least = 10 * metrics.averageCharWidth()
            text = metrics.elidedText(
                _short(self._name), Qt.TextElideMode.ElideRight, max(room, least)
            )
        if text.replace("&", "&&") != self.text():
            self.setText(text.replace("&", "&&"))

    def _choose(self, network: NetworkFolder) -> None:
        if network is not self.current():
            self.chosen.emit(network.path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        current = self.current()
        name = (current.name if current else "") or QCoreApplication.translate(
            "NetworkSwitcher", "(no name)"
        )
        self._name = name
        self._full = QCoreApplication.translate("NetworkSwitcher", "Microcentro: {name}").format(
            name=name
        )
        tip = QCoreApplication.translate(
            "NetworkSwitcher", "Your microcentros: open another one ({shortcut})"
        ).format(
            shortcut=QKeySequence(SWITCHER_SHORTCUT).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        self.setToolTip(f"{self._full}\n{tip}")
        self.fit()
        self.setAccessibleName(
            QCoreApplication.translate("NetworkSwitcher", "Microcentro in use: {name}").format(
                name=name
            )
        )
        self.new_action.setText(QCoreApplication.translate("NetworkSwitcher", "New microcentro…"))


class NetworkSwitching:
    """Part of `MainWindow` (plain: its texts keep the `NetworkSwitcher` context)."""

    #: Set by `WindowHost`: reopens the window on another microcentro's folder.
    switch_network: Callable[[Path], bool] | None = None
    network_switcher: NetworkSwitcher | None = None
    new_network_action: QAction | None = None

    def _add_network_switcher(self) -> None:
        """Called once the data is in the window (`attach`)."""
        window: Any = self
        ctx = window.ctx
        advisor = ctx.actor.role == Role.ADVISOR
        switcher = NetworkSwitcher(ctx.workspace.root, advisor=advisor, parent=window.toolbar)
        switcher.chosen.connect(self.open_network)
        switcher.new_requested.connect(self.new_network)
        window.network_switcher_action = window.toolbar.insertWidget(window.search_tool, switcher)
        self.network_switcher = switcher
        self._show_switcher()
        shortcut = QShortcut(QKeySequence(SWITCHER_SHORTCUT), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._open_switcher_menu)
        if advisor and window.tools_menu is not None:
            action = QAction(
                QCoreApplication.translate("NetworkSwitcher", "New microcentro…"), window.tools_menu
            )
            action.setObjectName("toolsNewNetworkAction")
            action.triggered.connect(self.new_network)
            first = window.tools_menu.actions()[0] if window.tools_menu.actions() else None
            window.tools_menu.insertAction(first, action)
            window.tools_menu.insertSeparator(first)
            self.new_network_action = action

    def _show_switcher(self) -> None:
        window: Any = self
        switcher = self.network_switcher
        if switcher is None:
            return
        several = len(switcher.networks) > 1
        window.network_switcher_action.setVisible(several)
        switcher.setVisible(several)

    def _open_switcher_menu(self) -> None:
        switcher = self.network_switcher
        if switcher is not None and len(switcher.networks) > 1:
            switcher.setFocus(Qt.FocusReason.ShortcutFocusReason)
            switcher.showMenu()

    def open_network(self, folder: Path) -> bool:
        """Reopens the window on the microcentro of `folder` (through `WindowHost`)."""
        if self.switch_network is None:
            log.warning("no host to open %s in", folder)
            return False
        return self.switch_network(Path(folder))

    def new_network(self) -> None:
        """ "Nuevo microcentro…": asks its name, makes it, and opens it."""
        window: Any = self
        dialog = NewNetworkDialog(window.ctx, window)
        made: list[NetworkFolder] = []
        dialog.created.connect(made.append)
        dialog.exec()
        dialog.deleteLater()
        if not made:
            return
        if self.network_switcher is not None:
            self.network_switcher.reload()
            self._show_switcher()
        window.ctx.bridge.info(
            QCoreApplication.translate(
                "NetworkSwitcher", "Microcentro «{name}» created: it opens now."
            ).format(name=made[0].name)
        )
        self.open_network(made[0].path)


class NewNetworkDialog(QDialog):
    """Nuevo microcentro: its name, region and commune; made off the GUI thread."""

    created = Signal(object)
    """The `NetworkFolder` made."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newNetworkDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("New microcentro"))
        intro = QLabel(
            self.tr(
                "Each microcentro keeps its own teachers, sessions, practices and bundles, "
                "in a data folder of its own. You are the same person in all of them, with "
                "the same keys."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("networkName")
        self.name_edit.setMaxLength(200)
        self.region_edit = QLineEdit(self)
        self.region_edit.setObjectName("networkRegion")
        self.region_edit.setMaxLength(120)
        self.commune_edit = QLineEdit(self)
        self.commune_edit.setObjectName("networkCommune")
        self.commune_edit.setMaxLength(120)
        self.name_error = error_label(self, "microcentre")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Region"), self.region_edit)
        form.addRow(self.tr("&Commune"), self.commune_edit)
        for edit, label in (
            (self.name_edit, self.tr("Name")),
            (self.region_edit, self.tr("Region")),
            (self.commune_edit, self.tr("Commune")),
        ):
            edit.setAccessibleName(label)
        self.status = QLabel(self)
        self.status.setObjectName("newNetworkStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        self.create_button.setObjectName("createNetwork")
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.result_folder: NetworkFolder | None = None

    def create(self) -> None:
        from minga.core.networks import create_network
        from minga.sync.keys import install_network_keys

        self.name_error.hide()
        root = self.ctx.workspace.root
        name, region = self.name_edit.text(), self.region_edit.text()
        commune, clock = self.commune_edit.text(), self.ctx.clock
        self.create_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the microcentro's folder…"))

        def work(_progress: object) -> NetworkFolder:
            return create_network(
                root,
                name,
                region=region,
                commune=commune,
                clock=clock,
                install_keys=install_network_keys,
            )

        self.ctx.runner.run(work, on_done=self._made, on_error=self._failed)

    def _made(self, folder: NetworkFolder) -> None:
        self.result_folder = folder
        self.created.emit(folder)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.status.setText("")
        if isinstance(exc, ValidationErrors):
            exc = exc.errors[0]
        if isinstance(exc, ValidationError):
            self.name_error.setText(exc.bare_message())
            self.name_error.show()
            self.name_edit.setFocus()
            return
        if isinstance(exc, MingaError):
            self.name_error.setText(exc.message())
            self.name_error.show()
            self.name_edit.setFocus()
            return
        raise exc


class WindowHost(QObject):
    """Owns the window of the running app and reopens it on another microcentro."""

    switched = Signal(object)
    """The new window, once it shows the chosen microcentro."""

    def __init__(
        self,
        window: Any,
        *,
        instance: Any | None = None,
        background_work: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or QApplication.instance())
        self.window = window
        self.instance = instance
        self.background_work = background_work
        self.adopt(window)

    def adopt(self, window: Any) -> None:
        window.switch_network = self.switch_to

    # For `_quit_on_signals` and the single-instance knock: always the current window.
    def close(self) -> bool:
        return bool(self.window.close())

    def bring_to_front(self) -> None:
        self.window.bring_to_front()

    @property
    def runner(self) -> Any:
        return self.window.ctx.runner if self.window.ctx is not None else None

    def switch_to(self, folder: Path) -> bool:
        """Opens the window on `folder`; False when it stays where it was (the person
        went on editing, the folder cannot be opened, or another Minga has it open)."""
        old = self.window
        ctx = old.ctx
        folder = Path(folder)
        if ctx is None or folder.resolve() == ctx.workspace.root.resolve():
            return False
        if not old._may_close(switching=True):
            return False
        instance = self._lock(folder)
        if instance is False:
            ctx.bridge.warning(
                QCoreApplication.translate(
                    "NetworkSwitcher",
                    "That microcentro is open in another Minga window: it came to the front.",
                )
            )
            return False
        try:
            workspace, actor = self._open(folder)
        except MingaError as exc:
            log.warning("cannot open the microcentro in %s: %s", folder, exc)
            if instance is not None:
                instance.close()
            ctx.bridge.show_exception(exc)
            return False
        log.info("switching the window from %s to %s", ctx.workspace.root, folder)
        self._let_go(old)
        window = self._new_window(old, workspace, actor)
        if self.instance is not None and instance is not None:
            self.instance.close()
            self.instance.deleteLater()
            self.instance = instance
            instance.activation_requested.connect(self.bring_to_front)
        self.switched.emit(window)
        return True

    def _lock(self, folder: Path) -> Any:
        """The new folder's single-instance lock (None without one here; False when
        another Minga holds it and was brought to the front)."""
        if self.instance is None:
            return None
        from minga.ui.single_instance import SingleInstance

        instance = SingleInstance(folder, self.parent())
        if not instance.try_become_primary():
            instance.deleteLater()
            return False
        return instance

    @staticmethod
    def _open(folder: Path) -> tuple[Any, Any]:
        from minga.core.workspace import Workspace
        from minga.services.setup import actor

        workspace = Workspace(folder)
        try:
            return workspace, actor(workspace.db)
        except MingaError:
            workspace.close()
            raise

    @staticmethod
    def _let_go(old: Any) -> None:
        """The old window's work ends: its tasks cancelled and their outcomes delivered
        now (while the window exists), its timers and its workspace closed."""
        ctx = old.ctx
        old.save_settings()
        if old.mail_scheduler is not None:
            old.mail_scheduler.stop()
        runner = ctx.runner
        runner.cancel_all()
        runner.wait_for_done(30_000)
        QCoreApplication.sendPostedEvents(runner)
        ctx.workspace.close()

    def _new_window(self, old: Any, workspace: Any, actor: Any) -> Any:
        from minga.ui.context import UiContext
        from minga.ui.main_window import MainWindow
        from minga.ui.messages import MessageBridge
        from minga.ui.settings import WINDOW_GEOMETRY, Settings
        from minga.ui.tasks import TaskRunner

        old_runner = old.ctx.runner
        runner = TaskRunner(self.parent(), synchronous=old_runner.synchronous)
        bridge = MessageBridge(self.parent())
        settings = Settings(workspace.dirs.settings)
        ctx = UiContext.open(workspace, actor, settings=settings, runner=runner, bridge=bridge)
        window = MainWindow(ctx)
        window.mail_passwords = old.mail_passwords
        if not settings.get(WINDOW_GEOMETRY):
            window.restoreGeometry(old.saveGeometry())
        self.adopt(window)
        self.window = window
        was_maximized = old.isMaximized()
        window.show()
        if was_maximized:
            window.showMaximized()
        old.switch_network = None
        old.hide()
        old.deleteLater()
        old_runner.deleteLater()
        if self.background_work:
            window.start_background_work()
        window.activateWindow()
        return window
