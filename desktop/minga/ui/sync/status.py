"""The status bar's "Último paquete: …" line, and the date format of the area.

Cheap on purpose: the main window asks once at start and after each sync, and this
module loads neither the sync core nor any page.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from minga.i18n import QT_TRANSLATE_NOOP
from minga.sync.queries import HistoryEntry, last_bundle
from minga.ui.widgets.text import date_time_format

if TYPE_CHECKING:
    from minga.store.db import Database

__all__ = ["date_time_text", "entry_details", "entry_text", "last_bundle_text"]

CONTEXT = "SyncStatus"


def _tr(text: str) -> str:
    # Every text passed here is a literal marked with QT_TRANSLATE_NOOP("SyncStatus", …)
    # where it is written, so lupdate finds it (it cannot see through this helper).
    return QCoreApplication.translate(CONTEXT, text)


def date_time_text(moment: dt.datetime | None) -> str:
    """A UTC moment in local time, in the interface's language ("" for None)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    stamp = QDateTime.fromMSecsSinceEpoch(
        int(moment.timestamp() * 1000), QTimeZone.systemTimeZone()
    )
    return QLocale().toString(stamp, date_time_format())  # 24-hour clock in every language


def entry_text(entry: HistoryEntry) -> str:
    """ "Last bundle: sent on 22-11-26 10:30" (short: the status bar is shared)."""
    when = date_time_text(entry.at)
    if entry.direction == "in":
        return _tr(QT_TRANSLATE_NOOP("SyncStatus", "Last bundle: received on {date}")).format(
            date=when
        )
    return _tr(QT_TRANSLATE_NOOP("SyncStatus", "Last bundle: sent on {date}")).format(date=when)


def entry_details(entry: HistoryEntry) -> str:
    """Who it came from or went to, and the file (the status bar's tooltip)."""
    if entry.direction == "in":
        text = _tr(QT_TRANSLATE_NOOP("SyncStatus", "Received from {person}")).format(
            person=entry.peer_name or "?"
        )
    elif entry.recipients > 1:
        text = _tr(
            QT_TRANSLATE_NOOP("SyncStatus", "Sent to the whole microcentre ({count})")
        ).format(count=entry.recipients)
    else:
        text = _tr(QT_TRANSLATE_NOOP("SyncStatus", "Sent to {person}")).format(
            person=entry.peer_name or "?"
        )
    return f"{text}: {entry.file_name}" if entry.file_name else text


def last_bundle_text(db: Database) -> str:
    """ "Last bundle: sent on …" (translated), or "" before the first bundle."""
    entry = last_bundle(db)
    return entry_text(entry) if entry is not None else ""
