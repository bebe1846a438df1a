"""The status bar's "Último paquete: …" line, and the date format of the area.

Cheap on purpose: the main window asks once at start and after each sync, and this
module loads neither the sync core nor any page.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from minga.store.db import Database
from minga.ui.sync.queries import HistoryEntry, last_bundle

__all__ = ["date_time_text", "last_bundle_text"]

CONTEXT = "SyncStatus"


def _tr(text: str) -> str:
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
    locale = QLocale()
    return locale.toString(stamp, locale.dateTimeFormat(QLocale.FormatType.ShortFormat))


def entry_text(entry: HistoryEntry) -> str:
    when = date_time_text(entry.at)
    if entry.direction == "in":
        if entry.peer_name:
            return _tr("Last bundle: received on {date} from {person}").format(
                date=when, person=entry.peer_name
            )
        return _tr("Last bundle: received on {date}").format(date=when)
    if entry.peer_name and entry.recipients <= 1:
        return _tr("Last bundle: sent on {date} to {person}").format(
            date=when, person=entry.peer_name
        )
    return _tr("Last bundle: sent on {date}").format(date=when)


def last_bundle_text(db: Database) -> str:
    """ "Last bundle: sent on …" (translated), or "" before the first bundle."""
    entry = last_bundle(db)
    return entry_text(entry) if entry is not None else ""
