"""Standard buttons show their words only: no green tick on Aceptar and no red cross on
Cancelar (some desktops' theme asks for the icons; Minga's style turns them off), in
Minga's dialogs and in Qt's file dialogs, at every text size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QProxyStyle, QPushButton, QStyle

from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)

ICONS = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons


class DesktopWithIcons(QProxyStyle):
    """What a GNOME or KDE theme tells Qt: standard buttons carry icons."""

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:
        if hint == ICONS:
            return 1
        return super().styleHint(hint, option, widget, returnData)


@pytest.fixture
def plain_style(qapp):
    """The application's style and font put back afterwards."""
    from minga.ui.text_scale import base_point_size, set_text_scale

    font, style = qapp.font(), qapp.style().name()
    base = base_point_size(qapp, 1.0)
    yield base
    set_text_scale(qapp, base, 1.0)
    qapp.setFont(font)
    qapp.setStyle(style or "Fusion")
    qapp.setProperty("minga_base_point_size", None)


def _icons(box: QDialogButtonBox) -> dict[str, bool]:
    return {button.text(): not button.icon().isNull() for button in box.buttons()}


def test_the_check_sees_the_icons_a_desktop_asks_for(qapp, plain_style):
    qapp.setStyle(DesktopWithIcons("Fusion"))
    both = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    box = QDialogButtonBox(both)
    assert _icons(box) == {"OK": True, "Cancel": True}
    box.deleteLater()


@pytest.mark.usefixtures("plain_style")
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_minga_style_has_no_icons_on_standard_buttons(qtbot, qapp, scale, make_ctx, teacher):
    from minga.ui.app import configure_application
    from minga.ui.settings import TEXT_SCALE
    from minga.ui.text_scale import MingaStyle
    from minga.ui.tools.preferences import PreferencesDialog

    ctx = make_ctx(teacher)
    ctx.settings.set(TEXT_SCALE, scale)
    configure_application(qapp, ctx.settings)

    style = qapp.style()
    assert isinstance(style, MingaStyle)
    assert style.name() == "fusion"
    assert style.styleHint(ICONS) == 0

    # Preferencias: Aceptar and Cancelar in words only.
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    shown = _icons(box)
    assert shown
    assert not any(shown.values())

    # Qt's own file dialog (the one Minga opens, not the desktop's).
    files = QFileDialog(None, "Elegir una carpeta")
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(files)
    buttons = [b for b in files.findChildren(QPushButton) if b.text()]
    assert buttons
    assert not [b.text() for b in buttons if not b.icon().isNull()]
