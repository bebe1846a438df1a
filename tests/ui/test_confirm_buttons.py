"""A question before discarding or deleting shows its answers as words only: no green
dot on "Discard" (the style's Yes icon), no red dot on "Cancel"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from minga.ui.widgets.confirm import confirm
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def test_the_answers_have_no_coloured_dots(qapp):
    before = qapp.style().name()
    qapp.setStyle("Fusion")  # the style whose Yes and No icons are coloured dots
    seen: dict[str, bool] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        for button in box.buttons():
            seen[button.text()] = button.icon().isNull()
        yes = next(b for b in box.buttons() if b.text() == "Discard")
        QTimer.singleShot(50, yes.click)

    QTimer.singleShot(0, answer)
    try:
        assert confirm(None, "Discard", "Discard the changes?", "Discard", "Cancel")
    finally:
        qapp.setStyle(before)
    assert seen == {"Discard": True, "Cancel": True}
