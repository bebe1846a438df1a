"""Small widgets the panels of the Sincronizar area share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from minga.ui.tasks import Progress

__all__ = [
    "ERROR_STYLE",
    "TaskStatus",
    "data_size",
    "fit_rows",
    "note_label",
    "summary_columns",
]

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b5e20;"


def data_size(size: int) -> str:
    """ "1,2 MB" in the interface's language."""
    return QLocale().formattedDataSize(
        max(0, int(size)), 1, QLocale.DataSizeFormat.DataSizeSIFormat
    )


def note_label(parent: QWidget, name: str) -> QLabel:
    """A wrapped plain-text label (it may quote names and file names)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def summary_columns(table: QTableView) -> None:
    """An import summary's columns: the kind takes the room, the counts what they need."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def fit_rows(table: QTableView, rows: int, most: int = 7) -> None:
    """Makes `table` as tall as `rows` rows (at most `most`, then it scrolls)."""
    shown = max(1, min(rows, most))
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += shown * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height)


class TaskStatus(QWidget):
    """A progress bar, what is being done, and Cancel, while a task runs."""

    cancel_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setObjectName(f"{name}Bar")
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(max(10, self.fontMetrics().height() * 2 // 3))
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.cancel_button)
        self._progress: Progress | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(QCoreApplication.translate("TaskStatus", "Cancel"))
        self.bar.setAccessibleName(QCoreApplication.translate("TaskStatus", "Progress"))

    def begin(self, progress: Progress, text: str) -> None:
        self._progress = progress
        progress.changed.connect(self._changed)
        self.bar.setRange(0, 0)  # busy until the first report
        self.label.setText(text)
        self.cancel_button.setEnabled(True)
        self.show()

    def finish(self) -> None:
        self._progress = None  # the task is over: its Progress says nothing more
        self.hide()

    def _changed(self, done: int, total: int, text: str) -> None:
        if self._progress is None:
            return
        if total > 0:
            # Byte counts can pass 2**31: the bar works in per mille.
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(min(done, total) * 1000 // total))
        else:
            self.bar.setRange(0, 0)
        if text:
            # The core marks its phases for translation in the "sync" context.
            self.label.setText(QCoreApplication.translate("sync", text) + "…")
