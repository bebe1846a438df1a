"""Correo › Configurar el correo at 200 % text: the dialog is no taller than the screen,
its fields scroll, and Probar conexión, Guardar and Cancelar stay on the screen. At 100 %
with the server settings folded, nothing scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


def _open(qtbot, ctx, custom: bool):
    from minga.ui.mail import MailSettingsDialog

    dialog = MailSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    if custom:  # a provider Minga does not know: every server field unfolded
        dialog.preset.setCurrentIndex(dialog.preset.findData("custom"))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the dialog takes the height of what it shows
    return dialog


def _buttons_on_screen(dialog) -> None:
    available = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= available.height()
    box = dialog.findChild(QDialogButtonBox)
    for button in [dialog.test_button, *box.buttons()]:
        assert button.isVisible()
        bottom = button.mapTo(dialog, QPoint(0, button.height()))
        assert 0 <= bottom.y() <= dialog.height(), button.text()


def test_the_mail_settings_fit_the_screen_at_200_percent(
    qtbot, make_ctx, teacher, text_size, translations
):
    translations("es")
    ctx = make_ctx(teacher)
    text_size(2.0)
    dialog = _open(qtbot, ctx, custom=True)
    _buttons_on_screen(dialog)
    # The fields are all there, a scroll away.
    scroll = dialog.scroll
    assert scroll.verticalScrollBar().maximum() > 0
    scroll.ensureWidgetVisible(dialog.cafile)
    assert dialog.cafile.visibleRegion().boundingRect().height() > 0
    assert scroll.horizontalScrollBar().maximum() == 0


def test_at_100_percent_the_short_form_needs_no_scrolling(qtbot, make_ctx, teacher):
    ctx = make_ctx(teacher)
    dialog = _open(qtbot, ctx, custom=False)
    _buttons_on_screen(dialog)
    assert dialog.scroll.verticalScrollBar().maximum() == 0
    # Unfolded and folded again: the dialog follows.
    dialog.advanced_toggle.setChecked(True)
    qtbot.wait(20)
    _buttons_on_screen(dialog)
    dialog.advanced_toggle.setChecked(False)
    qtbot.wait(20)
    assert dialog.scroll.verticalScrollBar().maximum() == 0


def test_a_long_check_box_sentence_wraps_and_a_click_on_it_ticks_the_box(qtbot):
    from minga.ui.widgets.checks import WrappingCheckBox

    sentence = "Revisar el buzón automáticamente mientras Minga está abierto " * 3
    check = WrappingCheckBox(sentence)
    qtbot.addWidget(check)
    check.resize(300, 200)
    check.show()
    qtbot.waitExposed(check)
    assert check.box.accessibleName() == sentence
    assert check.text() == sentence
    assert check.minimumSizeHint().width() < 300  # the sentence wraps instead
    with qtbot.waitSignal(check.toggled):
        qtbot.mouseClick(check.label, Qt.MouseButton.LeftButton)
    assert check.isChecked()
    qtbot.mouseClick(check.box, Qt.MouseButton.LeftButton)
    assert not check.isChecked()
    check.setEnabled(False)
    assert not check.label.isEnabled()
    assert not check.box.isEnabled()
