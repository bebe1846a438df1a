"""The GUI's passphrase prompt for the key file (`minga.sync.keys.set_passphrase_prompt`).

Only computers without a system keyring keep their private keys in ``keys.json``,
sealed with a passphrase (docs/bundle-format.md, section 10). The sync core asks for it
when it first needs a key, which happens on a worker thread (`ctx.runner`): the prompt
then waits while the GUI thread shows the dialog (a blocking queued call), and answers
at once when it is already on the GUI thread. With dialogs switched off (automation) it
answers None, and the core says how to give the passphrase instead.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minga.ui import messages

__all__ = ["PassphraseDialog", "PassphrasePrompt", "install_passphrase_prompt"]

log = logging.getLogger(__name__)


class PassphraseDialog(QDialog):
    """Asks for the key file's passphrase (twice when one is being chosen)."""

    def __init__(self, path: Path, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.new = new
        self.setWindowTitle(self.tr("Passphrase of your keys"))
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setObjectName("passphraseIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        if new:
            intro.setText(
                self.tr(
                    "This computer has no system keyring, so Minga keeps your private keys in "
                    "{path}, locked with a passphrase. Choose one you will remember: without "
                    "it, Minga cannot open your keys."
                ).format(path=str(path))
            )
        else:
            intro.setText(
                self.tr(
                    "This computer has no system keyring, so your private keys are in {path}, "
                    "locked with a passphrase. Type it to continue."
                ).format(path=str(path))
            )
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.first)
        self.second = QLineEdit(self)
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        if new:
            form.addRow(self.tr("&Again:"), self.second)
        else:
            self.second.hide()
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _accept(self) -> None:
        if not self.first.text():
            self._say(self.tr("Type the passphrase."))
            return
        if self.new and self.first.text() != self.second.text():
            self._say(self.tr("The two passphrases differ; type them again."))
            self.second.clear()
            self.second.setFocus()
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def passphrase(self) -> str:
        return self.first.text()


class PassphrasePrompt(QObject):
    """The callable given to `keys.set_passphrase_prompt`; lives on the GUI thread."""

    _ask = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answer: str | None = None
        self._lock = threading.Lock()  # one question at a time
        self._ask.connect(self._show, Qt.ConnectionType.BlockingQueuedConnection)

    def __call__(self, path: Path, new: bool) -> str | None:
        with self._lock:
            self._answer = None
            if QThread.currentThread() is self.thread():
                self._show(str(path), new)
            else:
                self._ask.emit(str(path), new)  # waits for the GUI thread's answer
            answer, self._answer = self._answer, None
            return answer

    @Slot(str, bool)
    def _show(self, path: str, new: bool) -> None:
        if not messages.dialogs_enabled():
            log.info("passphrase prompt suppressed (dialogs off)")
            return
        parent = QApplication.activeWindow()
        dialog = PassphraseDialog(Path(path), new, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._answer = dialog.passphrase()
        finally:
            dialog.deleteLater()


_installed: PassphrasePrompt | None = None


def install_passphrase_prompt(app: QObject) -> PassphrasePrompt:
    """Makes the sync core ask for the key file's passphrase with a dialog."""
    global _installed  # noqa: PLW0603 (one hook per process, like the core's)
    from minga.sync import keys

    if _installed is None:
        _installed = PassphrasePrompt(app)
    keys.set_passphrase_prompt(_installed)
    return _installed
