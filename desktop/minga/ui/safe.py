"""Qt item models that never raise out of `data()` (defensive display, minga.display).

An exception inside `QAbstractItemModel.data` is raised into Qt's paint loop, which ends
the application. `safe_data` wraps a model's `data` so that a value it cannot show
becomes the placeholder (display role) or nothing (other roles), logged once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from minga import display

_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})


def safe_data(method: Callable[..., Any]) -> Callable[..., Any]:
    """Decorates a model's `data(index, role)`."""

    @functools.wraps(method)
    def data(self: Any, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            return method(self, index, role)
        except Exception as exc:  # Qt would end the application
            display.warn_once(type(self).__name__, f"{type(exc).__name__}: {exc}")
            return display.PLACEHOLDER if int(role) in _TEXT_ROLES else None

    return data
