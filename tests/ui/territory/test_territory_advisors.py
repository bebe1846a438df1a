"""Territorio's advisors tab: the hub's advisors (fingerprint, status, networks, last
report), and one taken off the territory with a reason: her networks stay, marked as no
longer reported in the networks' table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from minga.core.workspace import Workspace
from minga.services.setup import SetupInput, initialize
from tests.support import territory_hub
from tests.ui.conftest import SIZE_HINTS_NOTICE

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS_NOTICE)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace(tmp_path / "hub")
    initialize(
        ws.db,
        SetupInput(role="coordinator", name="Carolina Mardones", territory="SLEP Maule Costa"),
    )
    territory_hub.fill(ws.db, networks=4, years=(2026,))
    yield ws
    ws.close()


def test_the_coordinator_stops_receiving_an_advisors_reports(qtbot, hub, make_ctx) -> None:
    from minga.ui.territory.advisors import RemoveAdvisorDialog
    from minga.ui.territory.page import TerritoryPage

    page = TerritoryPage(make_ctx(hub))
    qtbot.addWidget(page)
    panel = page.advisors
    assert page.tabs.tabText(4) == "Adviso&rs"
    names = [e.name for e in panel.entries]
    assert names == sorted(name for _id, name in territory_hub.ADVISORS)
    model = panel.model
    assert model.index(0, 2).data() == "active"
    assert model.index(0, 1).data() == panel.entries[0].fingerprint
    assert not panel.remove_button.isEnabled()  # nobody chosen yet

    first = panel.entries[0]
    panel.table.selectRow(0)
    assert panel.remove_button.isEnabled()
    panel.ask_remove()
    dialog = panel.dialog
    assert isinstance(dialog, RemoveAdvisorDialog)
    assert not dialog.confirm_button.isEnabled()  # a reason is required
    dialog.reason.setPlainText("Dejó el SLEP en julio")
    assert dialog.confirm_button.isEnabled()
    dialog.confirm_button.click()

    assert first.name in panel.message.text()
    gone = next(e for e in panel.entries if e.person_id == first.person_id)
    assert not gone.active
    row = model.row_of(first.person_id)
    assert model.index(row, 2).data() == "no longer reports"
    tip = model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Dejó el SLEP en julio" in tip
    panel.table.selectRow(row)
    assert not panel.remove_button.isEnabled()  # removed already

    # The networks tab: her networks stay, marked.
    column = next(
        c
        for c in range(page.proxy.columnCount())
        if page.proxy.headerData(c, Qt.Orientation.Horizontal) == "Advisor"
    )
    advisors = [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]
    assert len(advisors) == 4
    assert advisors.count(f"{first.name} (no longer reports)") == 2
