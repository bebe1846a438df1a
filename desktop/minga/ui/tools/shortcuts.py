"""Ayuda › Atajos de teclado: every key the window answers to, in one list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minga.ui.widgets.scroll import fit_on_screen

__all__ = ["ShortcutsDialog"]


def _key(text: str) -> str:
    """A key combination as the system writes it (Ctrl+1, Ctrl+F...)."""
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts: the areas (Ctrl+1 to Ctrl+9, from the sidebar as it is)
    and the commands of every page."""

    def __init__(self, areas: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The mouse is never needed: these keys reach every area and command."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows: list[tuple[str, str]] = [
            (_key(f"Ctrl+{number}"), self.tr("Go to {area}").format(area=title))
            for number, title in enumerate(areas[:9], start=1)
        ]
        rows += [
            (_key("Ctrl+F"), self.tr("Search practices")),
            (_key("Ctrl+N"), self.tr("New practice (in Sessions: new session)")),
            (_key("Ctrl+S"), self.tr("Save what is open")),
            (_key("Esc"), self.tr("Close what is open (it asks when there are changes)")),
            (_key("Ctrl+P"), self.tr("Print (the open session's guide, in Sessions)")),
            (_key("Delete"), self.tr("Delete the selected practice (it goes to the trash)")),
            (self.tr("Enter or a click"), self.tr("Open the selected line of a list")),
            (self.tr("Tab, Shift+Tab"), self.tr("Next and previous field")),
            (_key("F1"), self.tr("This list")),
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (keys, meaning) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        # No taller than the screen (at 200 % text Cerrar went below a 768-pixel screen;
        # the table scrolls).
        fit_on_screen(self, metrics.averageCharWidth() * 80, metrics.height() * (len(rows) + 9))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
