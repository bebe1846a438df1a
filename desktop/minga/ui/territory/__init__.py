"""Territorio: the coordinator's view of her territory (networks, library, reports).

The package stays light: the main window imports it at start and builds the page (and
imports its modules) only when a coordinator's window needs it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from minga.ui.context import UiContext

__all__ = ["page_factory"]


def page_factory(ctx: UiContext) -> QWidget:
    from minga.ui.territory.page import TerritoryPage

    return TerritoryPage(ctx)
