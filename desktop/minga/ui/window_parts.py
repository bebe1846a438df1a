"""Parts of the main window that look after themselves: the status bar's last bundle
and mail activity, the mail scheduler, and the window's state (bring to front, geometry
saved and restored, closing with unsaved drafts)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.ui import messages
from minga.ui.changes import DraftPage, EditingPage
from minga.ui.settings import LAST_AREA, WINDOW_GEOMETRY, WINDOW_STATE

# The window's logger: these parts log as the window did.
log = logging.getLogger("minga.ui.main_window")


class WindowStatusAndState:
    """Part of `MainWindow` (its texts keep the `MainWindow` translation context)."""

    def _read_last_bundle(self) -> None:
        from minga.sync.queries import last_bundle

        try:
            self._last_bundle = last_bundle(self.ctx.workspace.db)
        except MingaError:
            log.exception("could not read the last bundle")
            self._last_bundle = None

    def update_last_bundle(self) -> None:
        """Shows the latest bundle sent or received in the status bar."""
        self._read_last_bundle()
        self._show_last_bundle()

    def _show_last_bundle(self) -> None:
        entry = self._last_bundle
        if entry is None:
            self.bundle_label.setText("")
            self.bundle_label.setToolTip("")
            self.bundle_label.hide()
            self.bundle_separator.hide()
            return
        from minga.ui.sync.status import entry_details, entry_text
        from minga.ui.widgets.text import plain_tooltip

        self.bundle_label.setText(entry_text(entry))
        self.bundle_label.setToolTip(plain_tooltip(entry_details(entry)))
        self.bundle_label.show()
        self.bundle_separator.show()

    def _fit_message(self, text: str) -> None:
        status = self.statusBar()
        if not text:
            self._show_last_bundle()
            return
        if not self.bundle_label.isVisible():
            return
        permanent = [
            w
            for w in status.findChildren(QWidget)
            if w.isVisible() and w.parentWidget() is status and w.x() > 0
        ]
        free = min((w.x() for w in permanent), default=status.width())
        needed = status.fontMetrics().horizontalAdvance(text) + 3 * status.fontMetrics().height()
        if needed > free:
            self.bundle_label.hide()
            self.bundle_separator.hide()

    def _start_mail_scheduler(self) -> None:
        if self.mail_scheduler is not None or self.ctx is None:
            return
        from minga.ui.mail import MailScheduler

        self.mail_scheduler = MailScheduler(self.ctx, self, passwords=self.mail_passwords)
        self.mail_scheduler.status_changed.connect(self._show_mail_status)
        self.mail_scheduler.activity.connect(self._mail_activity)
        self.mail_scheduler.start()

    def _show_mail_status(self, text: str) -> None:
        self.mail_status.setText(text)
        self.mail_status.setVisible(bool(text))
        self.mail_separator.setVisible(bool(text))

    def bring_to_front(self) -> None:
        """Another start asked for this window (single instance)."""
        log.info("brought to the front at another start's request")
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _restore_settings(self) -> None:
        settings = self.settings
        geometry = settings.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            self._default_geometry()
        state = settings.get(WINDOW_STATE)
        if state:
            self.restoreState(state)

    def _default_geometry(self) -> None:
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(1200, 720)
            return
        available = screen.availableGeometry()
        width = min(1280, int(available.width() * 0.92))
        height = min(800, int(available.height() * 0.9))
        self.resize(width, height)
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def save_settings(self) -> None:
        """Writes geometry, toolbar state and the current area to the settings file."""
        settings = self.settings
        settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.set(WINDOW_STATE, bytes(self.saveState().data()))
        if self._current is not None:
            settings.set(LAST_AREA, self._current)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        self.save_settings()
        if self.mail_scheduler is not None:
            self.mail_scheduler.stop()
        super().closeEvent(event)

    def _may_close(self, *, switching: bool = False) -> bool:
        """Saves what is being edited in every page; what cannot be saved yet stays a
        draft (after asking, when dialogs are on). `switching`: the window is about to
        show another microcentro (ui.networks), not to close."""
        for area in self.areas():
            page = self._pages.get(area)
            if not isinstance(page, EditingPage) or not page.has_unsaved_changes():
                continue
            if page.save_current():
                continue
            if isinstance(page, DraftPage):
                page.flush_drafts()
            if not messages.dialogs_enabled():
                log.info("closing with unsaved work in %s: it stays as a draft", area)
                continue
            if not self._ask_close_with_draft(area, switching=switching):
                return False
        return True

    def _ask_close_with_draft(self, area: str, *, switching: bool = False) -> bool:
        self.show_area(area)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Open another microcentro")
            if switching
            else QCoreApplication.translate("MainWindow", "Close Minga")
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        if area == "practices":  # main_window.PRACTICES
            box.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "The practice you are editing cannot be saved yet: look at the marked fields.",
                )
            )
        else:
            box.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "What you are editing in {area} cannot be saved yet: look at the marked "
                    "fields.",
                ).format(area=self.area_title(area))
            )
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow",
                "If you change now, it stays as a draft and you can finish it when you come "
                "back to this microcentro.",
            )
            if switching
            else QCoreApplication.translate(
                "MainWindow",
                "If you close now, it stays as a draft and you can finish it next time.",
            )
        )
        close_button = box.addButton(
            QCoreApplication.translate("MainWindow", "Change and keep the draft")
            if switching
            else QCoreApplication.translate("MainWindow", "Close and keep the draft"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("MainWindow", "Keep editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is close_button
