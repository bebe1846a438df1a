"""Observación: peer classroom observation notes and replies (`ObservationPage`)."""

from minga.ui.observation.page import ObservationPage

__all__ = ["ObservationPage"]
