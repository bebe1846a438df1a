"""Imprimir: the printed documents (session guide, blank forms, report, portfolio)."""

from minga.ui.printing.page import PrintPage

__all__ = ["PrintPage"]
