"""Dialogs give the keyboard focus back to where it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from shiboken6 import isValid

__all__ = ["exec_keeping_focus"]


def exec_keeping_focus(dialog: QDialog) -> int:
    """`dialog.exec()`, then the focus goes back to the widget that had it before (Qt
    leaves it on the window, or nowhere, once a modal dialog is gone)."""
    before = QApplication.focusWidget()
    result = dialog.exec()
    if before is not None and isValid(before) and before.isVisible() and before.isEnabled():
        window = before.window()
        window.activateWindow()
        before.setFocus(Qt.FocusReason.PopupFocusReason)
    return result
