"""Ciclos de mejora: PHEA improvement cycles with their run charts (`ImprovementPage`)."""

from minga.ui.improvement.page import ImprovementPage

__all__ = ["ImprovementPage"]
