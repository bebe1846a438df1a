"""Herramientas › Mis datos at 100 % and 200 % text: the long check boxes of the erasure
("Entiendo que el borrado…", "También deja el microcentro…") show their whole sentence,
wrapped, and a click on the sentence ticks the box; nothing of the dialog is cut or
off the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)

SCREEN = QSize(1366, 768)


def _whole(dialog, check) -> None:
    """The sentence has the lines it needs, inside the dialog."""
    label = check.label
    assert check.isVisible()
    dialog.scroll.ensureWidgetVisible(check)
    QApplication.processEvents()
    assert label.heightForWidth(label.width()) <= label.height()
    right = check.mapTo(dialog.scroll.viewport(), QPoint(check.width(), check.height()))
    assert right.x() <= dialog.scroll.viewport().width()
    assert right.y() <= dialog.scroll.viewport().height()
    assert dialog.scroll.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_erasure_check_boxes_show_their_whole_sentence(
    qtbot, advisor_ctx, text_size, translations, scale
):
    from minga.ui.layout_check import offenders
    from minga.ui.tools.my_data import MyDataDialog

    translations("es")
    text_size(scale)
    advisor = advisor_ctx.actor.person_id
    dialog = MyDataDialog(advisor_ctx)
    qtbot.addWidget(dialog)
    member = next(i for i in range(dialog.person.count()) if dialog.person.itemData(i) != advisor)
    dialog.person.setCurrentIndex(member)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()

    assert dialog.understood.text().startswith("Entiendo que el borrado")
    assert dialog.remove_member.text().startswith("También deja el microcentro")
    assert dialog.understood.box.accessibleName() == dialog.understood.text()
    _whole(dialog, dialog.understood)
    _whole(dialog, dialog.remove_member)
    assert dialog.frameGeometry().height() <= dialog.screen().availableGeometry().height()
    assert [o.describe() for o in offenders(dialog, SCREEN)] == []

    # A click on the sentence ticks the box (and lets the erasure go ahead).
    assert not dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.understood.label, Qt.MouseButton.LeftButton)
    assert dialog.understood.isChecked()
    assert dialog.erase_button.isEnabled()
