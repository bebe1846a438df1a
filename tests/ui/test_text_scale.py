"""Large text (Preferencias' text size): applied at once, and checked by the self-test.

The layout check (`minga.ui.layout_check`) on widgets made here; the preferences'
text size applied to a running window (sidebar, icons, check boxes, titles) and taken
back; and `minga selftest --text-scale 200` in real processes, in Spanish and English,
on an advisor's demo folder at 1366x768 (the three sizes in both languages also run in
the frozen app's smoke test, installer/smoke-test.sh).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tests.conftest import SOURCE, Cli
from tests.support.clock import env_at
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)

SCREEN = QSize(1366, 768)


# --- the layout check ---------------------------------------------------------------------


def test_the_layout_check_finds_what_a_person_cannot_reach_or_read(qtbot):
    from minga.ui.layout_check import offenders

    top = QWidget()
    qtbot.addWidget(top)
    top.resize(400, 300)
    fits = QPushButton("Guardar", top)
    fits.setGeometry(10, 10, 120, 30)
    outside = QPushButton("Cerrar", top)
    outside.setGeometry(350, 10, 100, 30)  # its right part is past the window's edge
    narrow = QPushButton("Restaurar desde un archivo…", top)
    narrow.setGeometry(10, 50, 40, 30)
    hidden = QPushButton("Oculto", top)
    hidden.setGeometry(390, 290, 10, 10)
    hidden.hide()
    # Below the fold of a scroll area: scrolling brings it into view.
    area = QScrollArea(top)
    area.setGeometry(10, 100, 200, 100)
    content = QWidget()
    column = QVBoxLayout(content)
    for number in range(12):
        column.addWidget(QPushButton(f"Botón {number}", content))
    area.setWidget(content)
    area.setWidgetResizable(True)
    with qtbot.waitExposed(top):
        top.show()

    found = {(o.widget.text(), o.problem) for o in offenders(top, SCREEN)}

    assert found == {("Cerrar", "outside"), ("Restaurar desde un archivo…", "narrow")}
    described = [o.describe() for o in offenders(top, SCREEN)]
    assert any("«Cerrar»" in text and "outside" in text for text in described)


def test_a_window_taller_than_the_screen_puts_its_buttons_off_it(qtbot):
    from minga.ui.layout_check import offenders

    top = QWidget()
    qtbot.addWidget(top)
    top.resize(600, 900)
    save = QPushButton("Guardar", top)
    save.setGeometry(10, 850, 120, 30)
    with qtbot.waitExposed(top):
        top.show()

    assert [(o.widget, o.problem) for o in offenders(top, SCREEN)] == [(save, "outside")]


# --- applied without a restart ---------------------------------------------------------------


@pytest.fixture
def base_size(qapp):
    """The application font's size as the start-up code records it; put back afterwards."""
    from minga.ui.text_scale import base_point_size, set_text_scale

    font, style = qapp.font(), qapp.style().name()
    base = base_point_size(qapp, 1.0)
    yield base
    set_text_scale(qapp, base, 1.0)
    qapp.setFont(font)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setProperty("minga_base_point_size", None)


@pytest.mark.usefixtures("dialogs_off")
def test_preferences_apply_the_text_size_to_the_open_window(
    qtbot, qapp, base_size, demo_workspace, make_ctx
):
    from minga.ui.main_window import MainWindow
    from minga.ui.settings import TEXT_SCALE
    from minga.ui.text_scale import ScaledStyle
    from minga.ui.tools.preferences import PreferencesDialog

    ctx = make_ctx(demo_workspace)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("sessions")
    page_title = window.page("sessions").title_label  # a title 1.15 times the text
    sidebar_icon = window.sidebar.iconSize().width()
    sidebar_width = window.sidebar.width()
    title_size = page_title.font().pointSizeF()
    indicator = qapp.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)

    # Herramientas › Preferencias: the largest text size, OK.
    dialog = PreferencesDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.text_scale.isVisible()
    qtbot.keyClick(dialog.text_scale, Qt.Key.Key_End)
    assert dialog.text_scale.currentText() == "200 %"
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qapp.processEvents()

    assert ctx.settings.get(TEXT_SCALE) == 2.0
    assert qapp.font().pointSizeF() == pytest.approx(base_size * 2)
    assert isinstance(qapp.style(), ScaledStyle)
    assert qapp.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) == round(indicator * 2)
    assert page_title.font().pointSizeF() == pytest.approx(title_size * 2)
    assert window.sidebar.iconSize().width() > sidebar_icon
    assert window.sidebar.width() > sidebar_width
    # The window still fits the screen: the editor's bar (a teacher reads the advisor's
    # session: Cerrar) stays on it.
    window.page("sessions").open_first_record()
    qapp.processEvents()
    assert window.width() <= SCREEN.width()
    assert window.height() <= SCREEN.height()
    editor = window.page("sessions").editor
    shown = [b for b in (editor.save_button, editor.close_button) if b.isVisible()]
    assert editor.close_button in shown
    for button in shown:
        corner = button.mapTo(window, button.rect().bottomRight())
        assert corner.y() < window.height()

    # And back to 100 %: the plain style again, the sizes as they were.
    dialog = PreferencesDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.text_scale, Qt.Key.Key_Home)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qapp.processEvents()

    assert qapp.font().pointSizeF() == pytest.approx(base_size)
    assert not isinstance(qapp.style(), ScaledStyle)
    assert page_title.font().pointSizeF() == pytest.approx(title_size)
    assert window.sidebar.iconSize().width() == sidebar_icon
    assert QApplication.instance() is qapp


# --- the self-test at 200 % ------------------------------------------------------------------


@pytest.fixture(scope="module")
def advisor_demo(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("text-scale") / "data"
    result = Cli(data)("demo", "--scale", "small", "--as", "advisor", lang="")
    assert result.returncode == 0, result.stderr
    return data


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "last_line"),
    [
        ("es", "Autoprueba: 23 pantallas revisadas, 0 con fallas."),
        ("en", "Self-test: 23 screens checked, 0 failed."),
    ],
)
def test_selftest_at_200_percent_finds_no_layout_offender(advisor_demo, lang, last_line):
    env = {**os.environ, **env_at(), "PYTHONPATH": str(SOURCE), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MINGA_LANG", None)
    command = [sys.executable, "-m", "minga", "--data-dir", str(advisor_demo), "--lang", lang]
    result = subprocess.run(
        [*command, "selftest", "--text-scale", "200"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines()[-1] == last_line
