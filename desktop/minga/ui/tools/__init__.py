"""Herramientas: backups, preferences, my data (Ley 21.719), about/diagnostics, and the
daily automatic backup.

The main window adds `ToolsMenu` to its toolbar and calls `schedule_daily_backup` once.
The dialogs live in their own modules and are imported only when opened.

Restoring a backup replaces the database file, so it cannot happen while the window's
connections are open. `restore_and_reopen` does it in place: it saves what is being
edited, waits for background tasks, closes the database (SQLAlchemy's pool is disposed),
restores, reads the person of the restored data and rebuilds the pages, which reconnect
to the restored file on first use. If the restore fails, nothing was changed and the
database simply reconnects to the same file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from minga.domain.errors import MingaError
from minga.i18n import QT_TRANSLATE_NOOP
from minga.ui.widgets.focus import exec_keeping_focus

if TYPE_CHECKING:
    from minga.ui.context import UiContext

__all__ = [
    "DAILY_BACKUP_DELAY_MS",
    "ToolsMenu",
    "open_about",
    "open_backups",
    "open_my_data",
    "open_preferences",
    "restore_and_reopen",
    "schedule_daily_backup",
]

log = logging.getLogger(__name__)

#: How long after start the daily automatic backup runs (the window is up by then).
DAILY_BACKUP_DELAY_MS = 5000


def _tr(text: str) -> str:
    # Texts come marked with QT_TRANSLATE_NOOP("Tools", …): lupdate cannot see through here.
    return QCoreApplication.translate("Tools", text)


# --- the daily automatic backup ----------------------------------------------------------


def schedule_daily_backup(
    ctx: UiContext, delay_ms: int = DAILY_BACKUP_DELAY_MS, *, window: QWidget | None = None
) -> None:
    """Runs today's automatic backup on `ctx.runner` shortly after start (never blocks).

    With `window`, the timer belongs to it: a window closed (or deleted) before the delay
    ends, as in tests, takes no backup.
    """
    if window is None:
        QTimer.singleShot(delay_ms, lambda: run_daily_backup(ctx))
        return

    def later() -> None:
        if window.isVisible():
            run_daily_backup(ctx)
        else:
            log.debug("automatic backup skipped: the window is closed")

    QTimer.singleShot(delay_ms, window, later)


def run_daily_backup(ctx: UiContext) -> None:
    """Starts `take_daily_snapshot` in the background and logs how it went."""
    from minga.services.autobackup import take_daily_snapshot

    workspace = ctx.workspace

    def done(snapshot) -> None:
        if snapshot is None:
            log.info("automatic backup: today's copy exists already")
        else:
            log.info("automatic backup: %s (%s bytes)", snapshot.path, snapshot.size)

    def failed(exc: BaseException) -> None:
        # Never in the person's way at start: the log says why (the Respaldos dialog too).
        log.warning("automatic backup failed: %s", exc, exc_info=exc)

    try:
        ctx.runner.run(
            lambda _progress: take_daily_snapshot(workspace.db, workspace.dirs),
            on_done=done,
            on_error=failed,
        )
    except RuntimeError:  # the window (and its runner) closed within the delay
        log.debug("automatic backup skipped: closing")


# --- restore -----------------------------------------------------------------------------


def restore_and_reopen(
    window: QWidget | None, ctx: UiContext, path: Path, passphrase: str | None = None
) -> bool:
    """Restores an automatic copy (.sqlite3) or a backup file (.zip) over the open data.

    Returns True when the data was restored and the window shows it. The current data is
    kept aside in ``backups/before-restore-*.sqlite3`` by the restore itself.
    """
    from minga.services.autobackup import restore_snapshot
    from minga.services.backup import restore_backup

    path = Path(path)
    may_close = getattr(window, "_may_close", None)
    if may_close is not None and not may_close():
        return False  # the person chose to go on editing
    ctx.runner.cancel_all()
    ctx.runner.wait_for_done(30_000)
    dirs = ctx.workspace.dirs
    ctx.workspace.close()  # disposes the pool; the engine reconnects on next use
    with_keys = False
    try:
        if path.suffix.lower() == ".zip":
            with_keys = bool(restore_backup(dirs, path, passphrase=passphrase).fingerprint)
        else:
            restore_snapshot(dirs, path)
    except MingaError as exc:
        log.warning("restore of %s failed: %s", path, exc)
        ctx.bridge.show_exception(exc)
        return False
    log.info("restored %s into %s", path, dirs.root)
    try:
        from minga.services.setup import actor

        ctx.actor = actor(ctx.workspace.db)
        if window is not None:
            _rebuild_pages(window, ctx)
    except Exception:  # a page that cannot be rebuilt: the data is restored anyway
        log.exception("the window could not reload after the restore")
        ctx.bridge.warning(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Tools", "The backup was restored. Close Minga and open it again to see it."
                )
            )
        )
        return True
    ctx.bridge.info(
        _tr(
            QT_TRANSLATE_NOOP(
                "Tools",
                "The backup was restored with its owner's keys: this computer now reads and "
                "signs her bundles. Your previous data was kept as a copy.",
            )
            if with_keys
            else QT_TRANSLATE_NOOP(
                "Tools", "The backup was restored. Your previous data was kept as a copy."
            )
        )
    )
    return True


def _rebuild_pages(window, ctx: UiContext) -> None:
    """Puts placeholders back for every built page and shows the current area again."""
    from minga.services.home import shell_info

    current = window.current_area()
    pages: dict[str, QWidget] = window._pages
    for area, page in list(pages.items()):
        index = window.stack.indexOf(page)
        placeholder = QWidget(window.stack)
        placeholder.setObjectName(f"{area}Placeholder")
        window.stack.insertWidget(index, placeholder)
        window.stack.removeWidget(page)
        page.hide()
        page.deleteLater()
    pages.clear()
    window.info = shell_info(ctx.workspace.db)
    window.retranslate_ui()
    window._current = None
    window.show_area(current if current in window.areas() else window.areas()[0])
    window.setWindowModified(False)


# --- opening the dialogs -----------------------------------------------------------------


def open_backups(window: QWidget | None, ctx: UiContext) -> None:
    from minga.ui.tools.backups import BackupsDialog

    dialog = BackupsDialog(ctx, window)
    dialog.restore_requested.connect(
        lambda path: (
            dialog.accept()
            if restore_and_reopen(window, ctx, path, dialog.restore_passphrase)
            else None
        )
    )
    exec_keeping_focus(dialog)
    dialog.deleteLater()


def open_preferences(window: QWidget | None, ctx: UiContext) -> None:
    from minga.ui.tools.preferences import PreferencesDialog

    dialog = PreferencesDialog(ctx, window)
    exec_keeping_focus(dialog)
    dialog.deleteLater()


def open_my_data(window: QWidget | None, ctx: UiContext) -> None:
    """Mis datos: a copy of one's data, or its erasure (Ley 21.719)."""
    from minga.ui.tools.my_data import MyDataDialog

    dialog = MyDataDialog(ctx, window)
    reload_pages = getattr(window, "reload_pages", None)

    def erased() -> None:
        from minga.services.setup import actor

        ctx.actor = actor(ctx.workspace.db)  # her own name may be the one erased
        if reload_pages is not None:
            reload_pages()

    dialog.erased = erased
    exec_keeping_focus(dialog)
    dialog.deleteLater()


def open_about(window: QWidget | None, ctx: UiContext) -> None:
    from minga.ui.tools.about import AboutDialog

    dialog = AboutDialog(ctx, window)
    exec_keeping_focus(dialog)
    dialog.deleteLater()


def open_shortcuts(window: QWidget | None) -> None:
    """The list of keyboard shortcuts, with the areas of the sidebar as it is."""
    from minga.ui.tools.shortcuts import ShortcutsDialog

    areas: list[str] = []
    if window is not None and hasattr(window, "areas") and hasattr(window, "area_title"):
        areas = [window.area_title(area) for area in window.areas()]
    dialog = ShortcutsDialog(areas, window)
    exec_keeping_focus(dialog)
    dialog.deleteLater()


class ToolsMenu(QMenu):
    """The "Herramientas" menu: Respaldos…, Preferencias…, Mis datos…, Atajos de
    teclado… (F1), Acerca de y diagnóstico…."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolsMenu")
        self.ctx = ctx
        self.backups_action = QAction(self)
        self.backups_action.setObjectName("backupsAction")
        self.backups_action.triggered.connect(lambda: open_backups(self._window(), ctx))
        self.preferences_action = QAction(self)
        self.preferences_action.setObjectName("preferencesAction")
        self.preferences_action.triggered.connect(lambda: open_preferences(self._window(), ctx))
        self.my_data_action = QAction(self)
        self.my_data_action.setObjectName("myDataAction")
        self.my_data_action.triggered.connect(lambda: open_my_data(self._window(), ctx))
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(lambda: open_about(self._window(), ctx))
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(lambda: open_shortcuts(self._window()))
        if parent is not None:  # F1 answers anywhere in the window, not only in the menu
            parent.addAction(self.shortcuts_action)
        self.addAction(self.backups_action)
        self.addAction(self.preferences_action)
        self.addAction(self.my_data_action)
        self.addSeparator()
        self.addAction(self.shortcuts_action)
        self.addAction(self.about_action)
        self.retranslate_ui()

    def _window(self) -> QWidget | None:
        parent = self.parentWidget()
        return parent.window() if parent is not None else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Tools"))
        self.backups_action.setText(self.tr("&Backups…"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.my_data_action.setText(self.tr("&My data…"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts…"))
        self.about_action.setText(self.tr("&About and diagnostics…"))
