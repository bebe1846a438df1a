"""Words, dates and numbers as the window shows them, and the escaping of other
people's text in tooltips."""

from __future__ import annotations

import datetime as dt
import html
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

__all__ = [
    "TIME_FORMAT",
    "clock_text",
    "date_format",
    "date_time_format",
    "day_text",
    "local_date",
    "percent",
    "plain_tooltip",
    "py_date",
    "qdate",
    "ratio_text",
    "slug",
    "vocab",
]


def vocab(text: str) -> str:
    """A word of `minga.domain.vocab` in the interface language."""
    return QCoreApplication.translate("vocab", text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally, line breaks kept: Qt renders tooltips that
    look like HTML as rich text, and names, titles and paths come from other people's
    computers."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def date_format() -> str:
    """The interface's short date format with a four-digit year (a two-digit year reads
    ambiguously)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


#: Times of day on a 24-hour clock in every language (15:10, never 3:10 PM), as in Chile.
TIME_FORMAT = "HH:mm"


def date_time_format() -> str:
    """The short date (four-digit year) and the 24-hour time: `05-03-2026 15:10`."""
    return f"{date_format()} {TIME_FORMAT}"


def clock_text(moment: dt.time | dt.datetime | QTime | QDateTime) -> str:
    """A time of day as "15:10" (a `datetime` with a time zone: in this computer's)."""
    if isinstance(moment, QDateTime):
        moment = moment.time()
    if isinstance(moment, dt.datetime):
        moment = (moment.astimezone() if moment.tzinfo else moment).time()
    if isinstance(moment, dt.time):
        moment = QTime(moment.hour, moment.minute, moment.second)
    return QLocale().toString(moment, TIME_FORMAT)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def py_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def local_date(moment: dt.datetime) -> str:
    """A UTC moment as a date in this computer's time zone, in the interface's short format
    with a four-digit year (`05-03-2026` in Chile)."""
    local = moment.astimezone() if moment.tzinfo else moment
    return QLocale().toString(QDate(local.year, local.month, local.day), date_format())


def day_text(day: dt.date | None) -> str:
    """A date in the interface's short format with a four-digit year ('—' when none)."""
    if day is None:
        return "—"
    return QLocale().toString(qdate(day), date_format())


def percent(rate: float | None) -> str:
    """`0.85` -> "85%" (in the interface's digits); "—" when there is no rate."""
    if rate is None:
        return "—"
    return QLocale().toString(round(rate * 100)) + "%"


def ratio_text(numerator: int, denominator: int) -> str:
    """ "17 of 20" in the interface language."""
    return QCoreApplication.translate("cycle", "{done} of {total}").format(
        done=QLocale().toString(numerator), total=QLocale().toString(denominator)
    )


def slug(text: str, taken: Iterable[str] = ()) -> str:
    """An id of letters, digits and _ from `text` (for template entries), unique in `taken`."""
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    base = "".join(c if c.isalnum() else "_" for c in folded.lower()).strip("_")
    while "__" in base:
        base = base.replace("__", "_")
    base = (base or "item")[:36].rstrip("_")
    used = set(taken)
    candidate, number = base, 2
    while candidate in used:
        candidate = f"{base}_{number}"
        number += 1
    return candidate
