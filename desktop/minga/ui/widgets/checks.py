"""`WrappingCheckBox`: a check box whose sentence wraps to the width it is given.

A plain QCheckBox keeps its text on one line: a long sentence ("Entiendo que el borrado
llega a todos los computadores…") is cut at the dialog's edge, or makes a dialog wider
than the screen at 200 % text. Here the box has no text of its own; a word-wrapped label
beside it carries the sentence, toggles the box when clicked, and the box's accessible
name is the whole sentence (what a screen reader says). It answers like a QCheckBox:
`isChecked`, `setChecked`, `toggled`, `text`, `setEnabled`, `setVisible`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

__all__ = ["WrappingCheckBox"]


class _SentenceLabel(QLabel):
    """The box's sentence: a click on it is a click on the box."""

    def __init__(self, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(parent)
        self.box = box
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.toggle()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class WrappingCheckBox(QWidget):
    """A check box with its sentence on as many lines as its width needs (see module)."""

    toggled = Signal(bool)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.box = QCheckBox(self)
        self.label = _SentenceLabel(self.box, self)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.box.toggled.connect(self.toggled)
        self.setFocusProxy(self.box)
        self.setText(text)

    # --- what a QCheckBox answers ----------------------------------------------------------

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)

    def toggle(self) -> None:
        self.box.toggle()

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.box.setObjectName(f"{name}Box")
