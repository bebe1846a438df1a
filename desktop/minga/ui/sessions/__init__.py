"""Sesiones: plan, hold and follow up the microcentre's sessions (`SessionsPage`)."""

from minga.ui.sessions.page import SessionsPage

__all__ = ["SessionsPage"]
