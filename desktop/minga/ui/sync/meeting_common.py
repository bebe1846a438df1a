"""What the session room's two panels share: where discovery looks, how an error and the
advisor's moment read, a large bold figure."""

from __future__ import annotations

import os

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from minga.domain.errors import MingaError

__all__ = ["big", "discovery_interfaces", "error_text", "when"]


def discovery_interfaces() -> list[str] | None:
    """None: every network; [] : no discovery at all; else only these addresses."""
    value = os.environ.get("MINGA_MEETING_DISCOVERY", "").strip().lower()
    if value in ("off", "0", "no"):
        return []
    return [value] if value else None


def error_text(exc: BaseException) -> str:
    if isinstance(exc, MingaError):
        return exc.message()
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def when(iso: str) -> str:
    """An ISO moment (the advisor's index) as the interface shows dates and times."""
    import datetime as dt

    from minga.ui.sync.status import date_time_text

    try:
        return date_time_text(dt.datetime.fromisoformat(iso))
    except ValueError:
        return iso[:16]


def big(label: QLabel, factor: float = 1.5) -> None:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)
