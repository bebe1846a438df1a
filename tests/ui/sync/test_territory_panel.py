"""Sincronizar's "Informe al territorio" tab (advisor): the coordinator's card imported
after the fingerprint question, what the report carries and what never leaves, the
invitation and the report written to files (the report opened on a real hub)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minga.services.setup import SetupInput, initialize
from minga.sync import territory_trust as trust
from minga.sync.keys import KeyVault
from minga.sync.territory import import_report
from tests.sync.territory_support import COORDINATOR, TERRITORY
from tests.ui.sync.conftest import SIZE_HINTS


def _tab_index(tabs, title: str) -> int:
    return next(i for i in range(tabs.count()) if tabs.tabText(i) == title)


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_the_advisor_imports_the_card_reads_the_contents_and_writes_the_report(
    qtbot, network, page_for, tmp_path, keyring_backend
):
    from minga.core.workspace import Workspace

    network.advisor.add_practice("Huerto escolar y fracciones")
    network.advisor.add_practice("Diario de Rosa", visibility="private")
    page = page_for(network.advisor)
    assert page._territory is None
    bar = page.tabs.tabBar()
    at = _tab_index(page.tabs, "&Territory report")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(at).center())
    panel = page.territory
    assert panel is not None
    qtbot.waitUntil(lambda: not panel.loading, timeout=10_000)
    assert "No coordinator yet" in panel.coordinator_label.text()
    assert not panel.export_button.isEnabled()
    assert "Microcentro Los Copihues" in panel.contents_label.text()
    assert "self-assessments" in panel.never_label.text()

    # The invitation for the coordinator, and her card back.
    invitation = tmp_path / "invitacion-territorio.minga"
    panel.write_invitation(invitation)
    assert "Territory invitation saved" in panel.message.text()
    hub = Workspace(tmp_path / "hub")
    try:
        initialize(hub.db, SetupInput(role="coordinator", name=COORDINATOR, territory=TERRITORY))
        hub_vault = KeyVault(hub.root, keyring_backend)
        assert trust.accept_advisor(hub, invitation).networks[0]["name"] == (
            "Microcentro Los Copihues"
        )
        card = tmp_path / "tarjeta.minga"
        trust.write_card(hub, card, hub_vault)
        # Without dialogs the fingerprint question is answered no: nothing is kept.
        assert not panel.import_card(card)
        assert "not confirmed" in panel.message.text()
        assert trust.coordinator(network.advisor.ws) is None
        assert panel.import_card(card, confirmed=True)
        assert COORDINATOR in panel.coordinator_label.text()
        assert panel.export_button.isEnabled()

        report = tmp_path / "informe.minga"
        panel.export(report)
        assert "Territory report saved" in panel.message.text()
        result = import_report(hub, report, hub_vault)
        assert result.imported == ["Microcentro Los Copihues"]
    finally:
        hub.close()
