"""The Prácticas page: a lazy list of practices, search and filters, and the practice form."""

from minga.ui.practices.page import PracticesPage

__all__ = ["PracticesPage"]
