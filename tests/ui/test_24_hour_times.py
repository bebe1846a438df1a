"""Times of day on a 24-hour clock everywhere, in Spanish and in English (15:10, never
3:10 PM): the status bar's last bundle, the backups list, "Saved at", the drafts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from minga.services.autobackup import Snapshot
from minga.ui.sync.status import date_time_text
from minga.ui.tools.backups import SnapshotsModel
from minga.ui.widgets.text import clock_text


@pytest.fixture(params=["en_US", "es_CL"])
def locale(request):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def test_a_time_of_day_reads_15_10(locale, qapp):
    assert clock_text(dt.time(15, 10)) == "15:10"
    assert clock_text(dt.datetime(2026, 11, 26, 15, 10)) == "15:10"
    moment = dt.datetime(2026, 11, 26, 15, 10).astimezone().astimezone(dt.UTC)
    text = date_time_text(moment)
    assert text.endswith("15:10")
    assert "PM" not in text
    assert "2026" in text


def test_the_backups_list_uses_it(locale, qapp, tmp_path):
    model = SnapshotsModel()
    snap = Snapshot(
        tmp_path / "minga-20261126-151000.sqlite3.gz", dt.datetime(2026, 11, 26, 15, 10), 10
    )
    model.set_rows([(snap, {})])
    text = model.index(0, 0).data()
    assert text.endswith("15:10")
    assert "PM" not in text
