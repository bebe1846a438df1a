"""The application font's size before Minga scaled it.

Kept on the QApplication itself, so the start-up code (`ui.app`) and the preferences
(`ui.tools.preferences`) share it without importing each other.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

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
