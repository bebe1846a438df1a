"""Minga: an offline-first notebook for rural microcentres."""

__version__ = "0.1.0"
APP_NAME = "Minga"
APP_ID = "cl.minga.Minga"
