"""The application font's size before Minga scaled it, and the text size applied.

The base size is kept on the QApplication itself, so the start-up code (`ui.app`) and
the preferences (`ui.tools.preferences`) share it without importing each other.
`set_text_scale` applies Preferencias' text size to a running window (no restart):
the font, the titles' own proportions, the rows of lists, and check boxes and icons
(`ScaledStyle`); standard buttons carry no icons at any size (`MingaStyle`).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QTableView, QWidget

_PROPERTY = "minga_base_point_size"


def base_point_size(app: QApplication, minimum: float) -> float:
    """The size measured the first time this application asked (at least `minimum`)."""
    value = app.property(_PROPERTY)
    if value is None:
        value = max(minimum, QFont(app.font()).pointSizeF())
        app.setProperty(_PROPERTY, value)
    return float(value)


def known_base_point_size(app: QApplication) -> float | None:
    """The size `base_point_size` measured, or None before the application was configured."""
    value = app.property(_PROPERTY)
    return None if value is None else float(value)


# --- the text size applied to a running window -----------------------------------------

#: The style's sizes that follow the text: check boxes, radio buttons and icons.
SCALED_METRICS: Final = frozenset(
    {
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        QStyle.PixelMetric.PM_SmallIconSize,
        QStyle.PixelMetric.PM_ButtonIconSize,
        QStyle.PixelMetric.PM_ToolBarIconSize,
        QStyle.PixelMetric.PM_ListViewIconSize,
        QStyle.PixelMetric.PM_TabBarIconSize,
        QStyle.PixelMetric.PM_MenuButtonIndicator,
    }
)


class MingaStyle(QProxyStyle):
    """The application's style without the coloured icons some desktops put on standard
    buttons (a green tick on Aceptar, a red cross on Cancelar, in Minga's dialogs and in
    Qt's file dialogs): the words alone, as on every other button."""

    def __init__(self, base_name: str) -> None:
        super().__init__(base_name)
        self.base_name = base_name

    def name(self) -> str:
        """The name of the style underneath (Qt gives a proxy none)."""
        return self.base_name

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)


class ScaledStyle(MingaStyle):
    """Minga's style with check boxes and icons `factor` times larger."""

    def __init__(self, base_name: str, factor: float) -> None:
        super().__init__(base_name)
        self.factor = factor

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in SCALED_METRICS:
            return round(value * self.factor)
        return value


def _base_style_name(app: QApplication) -> str:
    style = app.style()
    if isinstance(style, MingaStyle):
        return style.base_name
    return style.name()


def scale_style(app: QApplication, scale: float) -> None:
    """Check boxes, radio buttons and icons at `scale` times their size (Minga's style
    unscaled at 100 %, so nothing is spent on it then)."""
    current = app.style()
    name = _base_style_name(app)
    if abs(scale - 1.0) < 0.01:
        if type(current) is not MingaStyle:
            app.setStyle(MingaStyle(name))
        return
    if isinstance(current, ScaledStyle) and abs(current.factor - scale) < 0.01:
        return
    app.setStyle(ScaledStyle(name, scale))


def set_text_scale(app: QApplication, base: float, scale: float) -> None:
    """The application's text at `base * scale` points, now: fonts made larger or smaller
    on purpose (titles) keep their proportion, and the style's check boxes and icons
    follow. Widgets relayout through Qt's font-change events."""
    old_size = QFont(app.font()).pointSizeF()
    new_size = base * scale
    ratio = new_size / old_size if old_size > 0 else 1.0
    # A title set to 1.25 times the text: remembered before the change, scaled after it.
    own_sizes: list[tuple[QWidget, float]] = []
    if abs(ratio - 1.0) > 0.001:
        for widget in app.allWidgets():
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                continue
            parent = widget.parentWidget()
            inherited = (parent.font() if parent is not None else app.font()).pointSizeF()
            size = widget.font().pointSizeF()
            if size > 0 and abs(size - inherited) > 0.01:
                own_sizes.append((widget, size))
    font = QFont(app.font())
    font.setPointSizeF(new_size)
    app.setFont(font)
    for widget, size in own_sizes:
        scaled = QFont(widget.font())
        scaled.setPointSizeF(size * ratio)
        widget.setFont(scaled)
    if abs(ratio - 1.0) > 0.001:
        # A list's rows were given a height for the text of then: they follow the text
        # (else each line is cut through the middle until Minga starts again).
        for widget in app.allWidgets():
            if isinstance(widget, QTableView):
                rows = widget.verticalHeader()
                height = max(1, round(rows.defaultSectionSize() * ratio))
                # The header's minimum still follows the old font until its events run.
                if rows.minimumSectionSize() > height:
                    rows.setMinimumSectionSize(height)
                rows.setDefaultSectionSize(height)
    scale_style(app, scale)
