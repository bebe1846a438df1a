"""Defensive display: values the boundary would refuse, put straight into the database
(as an older Minga or a hand edit could have), never crash a table, a list or a PDF.

Each shows a placeholder (`—` for a value, `?` for one item of a list) and logs once.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from minga import display
from minga.ui.practices.model import COLUMNS, LEVELS, STATUS, SUBJECTS_COLUMN, PracticeTableModel
from tests.conftest import Cli

BAD_PRACTICES = """UPDATE practices SET levels = '[3, null, "1B"]', subjects = '5',
    status = 'unknown', oa_codes = '[5]'"""
BAD_CYCLE_DATA = """UPDATE improvement_cycles SET stage = 'weird',
    data_points = '[{"period": 3, "value": "x"}, 7, {"period": "abril", "value": 2}]'"""
BAD_AGENDA = """UPDATE sessions SET agenda = '[5, {"title": 3, "minutes": "x"}]',
    modality = 'teleport'"""


def corrupt(database: Path, *statements: str) -> None:
    with sqlite3.connect(database) as conn:
        for statement in statements:
            conn.execute(statement)


@pytest.fixture(autouse=True)
def fresh_warnings() -> None:
    display._warned.clear()


def test_the_practice_table_shows_placeholders(
    qtmodeltester, demo_workspace, make_ctx, caplog: pytest.LogCaptureFixture
) -> None:
    corrupt(demo_workspace.dirs.database, BAD_PRACTICES)
    ctx = make_ctx(demo_workspace)
    model = PracticeTableModel(ctx.practices)
    assert model.rowCount() > 0
    with caplog.at_level(logging.WARNING, logger="minga.display"):
        for row in range(min(model.rowCount(), 50)):
            for column in COLUMNS:
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    model.data(model.index(row, column), role)
        first = model.index(0, 0)
        assert model.data(first.siblingAtColumn(LEVELS)) == "?, ?, 1°"
        assert model.data(first.siblingAtColumn(SUBJECTS_COLUMN)) == ""  # not a list
        assert model.data(first.siblingAtColumn(STATUS)) == "unknown"
    qtmodeltester.check(model)
    warnings = [r for r in caplog.records if r.name == "minga.display"]
    assert warnings, "the unexpected values are logged"
    # Once per place and kind of problem, not once per cell and repaint.
    assert len(warnings) == len({r.getMessage() for r in warnings}) <= 4


def test_a_model_whose_data_raises_gives_the_placeholder(qapp) -> None:
    from PySide6.QtCore import QAbstractListModel, QModelIndex

    from minga.ui.safe import safe_data

    class Broken(QAbstractListModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 1

        @safe_data
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            raise TypeError("sequence item 0: expected str instance, int found")

    model = Broken()
    assert model.data(model.index(0, 0)) == display.PLACEHOLDER
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None


def test_practice_list_and_pdfs_survive(demo_template: Path, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    corrupt(folder / "minga.sqlite3", BAD_PRACTICES, BAD_CYCLE_DATA, BAD_AGENDA)
    cli = Cli(folder)
    listing = cli("practice", "list")
    assert listing.returncode == 0, listing.stderr
    assert "?, ?, 1°" in listing.stdout
    for document in ("portfolio", "session-guide"):
        pdf = tmp_path / f"{document}.pdf"
        result = cli("print", document, "--out", str(pdf))
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        assert pdf.read_bytes().startswith(b"%PDF")
