"""Yes/no questions before something is deleted or discarded."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from minga.ui.messages import dialogs_enabled

__all__ = ["confirm"]

log = logging.getLogger(__name__)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    accept_text: str,
    cancel_text: str,
    *,
    informative: str = "",
) -> bool:
    """Asks a yes/no question (texts already translated); True if the person accepted.

    The safe answer is the default button, and Esc means no. With dialogs switched off
    (automation) nothing is asked and the answer is no: nothing is deleted or discarded
    without a person saying so.
    """
    if not dialogs_enabled():
        log.info("confirmation suppressed (dialogs off), answered no: %s", text)
        return False
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text quotes titles people typed
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    yes.setText(accept_text)
    no = box.addButton(QMessageBox.StandardButton.No)
    no.setText(cancel_text)
    # The style's Yes and No icons are a green and a red dot: a green "Descartar" or
    # "Eliminar" says the opposite of what the button does. The words say it all.
    yes.setIcon(QIcon())
    no.setIcon(QIcon())
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
