"""A person using only the keyboard sees where she is: the focused button, field or list
has a ring of `RING_COLOR` around it, at 100 % and 200 % text (`minga.ui.focus_ring`).
The window's own pixels are read back."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from minga.ui.focus_ring import RING_COLOR, RING_NAME, install_focus_ring, remove_focus_ring
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


@pytest.fixture
def ring(qapp):
    install_focus_ring(qapp)
    yield
    remove_focus_ring(qapp)


def _window(qtbot, point_size: float) -> tuple[QWidget, QPushButton, QLineEdit, QListWidget]:
    window = QWidget()
    font = QFont(window.font())
    font.setPointSizeF(point_size)
    window.setFont(font)
    column = QVBoxLayout(window)
    column.setContentsMargins(24, 24, 24, 24)
    column.setSpacing(24)
    field = QLineEdit(window)
    button = QPushButton("Guardar", window)
    items = QListWidget(window)
    items.addItems(["Inicio", "Prácticas"])
    for widget in (field, button, items):
        column.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(400, 320)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window, button, field, items


def _ring_pixels(image: QImage, widget: QWidget, window: QWidget) -> int:
    """Ring-coloured pixels on a line across the widget's left edge, just outside it and on
    it (where the style draws nothing of that colour)."""
    ratio = image.devicePixelRatio()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    y = top_left.y() + widget.height() // 2
    found = 0
    for x in range(top_left.x() - 8, top_left.x() + 2):
        colour = image.pixelColor(round(x * ratio), round(y * ratio))
        if (
            abs(colour.red() - RING_COLOR.red()) < 40
            and abs(colour.green() - RING_COLOR.green()) < 40
            and abs(colour.blue() - RING_COLOR.blue()) < 40
        ):
            found += 1
    return found


def _ring_around(widget: QWidget, window: QWidget) -> bool:
    """Whether the window's ring has reached `widget` (it moves on the event loop's next
    turn after the focus)."""
    rings = [child for child in window.children() if child.objectName() == RING_NAME]
    placed = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return any(ring.isVisible() and ring.geometry().contains(placed) for ring in rings)


@pytest.mark.parametrize("point_size", [10.0, 20.0], ids=["100%", "200%"])
def test_the_focused_widget_has_a_ring_and_the_others_none(qtbot, ring, point_size) -> None:
    window, button, field, items = _window(qtbot, point_size)
    widths = {}
    for focused in (button, field, items):
        focused.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(focused.hasFocus)
        qtbot.waitUntil(lambda w=focused: _ring_around(w, window))
        image = window.grab().toImage()
        widths[focused] = _ring_pixels(image, focused, window)
        others = [w for w in (button, field, items) if w is not focused]
        assert all(_ring_pixels(image, other, window) == 0 for other in others)
    assert all(width >= 2 for width in widths.values()), widths
    if point_size >= 20:  # the ring grows with the text
        assert all(width >= 4 for width in widths.values()), widths


def test_the_ring_follows_when_the_focused_widget_goes_away(qtbot, ring) -> None:
    window, button, field, items = _window(qtbot, 10.0)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    button.hide()  # the focus moves on; the ring goes with it and nothing stays behind
    qtbot.waitUntil(lambda: window.focusWidget() in (field, items))
    qtbot.waitUntil(lambda: _ring_around(window.focusWidget(), window))
    image = window.grab().toImage()
    assert _ring_pixels(image, window.focusWidget(), window) >= 2
    other = items if window.focusWidget() is field else field
    assert _ring_pixels(image, other, window) == 0


# A window closed and deleted while a field of its dialog has the focus: Qt reports the
# focus change from inside the destructors, with the window's children half gone. Run as
# its own program, so that a crash is a failed test and not a lost test process.
_DELETE_WINDOWS = textwrap.dedent(
    """
    import shiboken6
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget
    from minga.ui.focus_ring import install_focus_ring

    app = QApplication([])
    install_focus_ring(app)
    for round_ in range(20):
        window = QWidget()
        page = QWidget(window)
        QVBoxLayout(window).addWidget(page)
        QLineEdit(page).setFocus()
        window.show()
        app.processEvents()
        dialog = QDialog(page)
        column = QVBoxLayout(dialog)
        fields = [QLineEdit(dialog), QLineEdit(dialog)]
        for field in fields:
            column.addWidget(field)
        dialog.show()
        dialog.activateWindow()
        app.processEvents()
        fields[1].setFocus()
        app.processEvents()
        if round_ % 2:
            dialog.close()
            app.processEvents()
        window.close()
        app.processEvents()
        shiboken6.delete(window)
        app.processEvents()
    print("ok")
    """
)


def test_deleting_a_window_with_the_focus_inside_does_not_crash(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _DELETE_WINDOWS],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
