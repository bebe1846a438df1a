"""Aplicación: choosing, applying and assessing colleagues' practices (`AdoptionPage`)."""

from minga.ui.adoption.page import AdoptionPage

__all__ = ["AdoptionPage"]
