"""Sincronizar › Integrantes › "Retirar del microcentro": when the member asked, the
advisor ticks that her shared practices leave the library too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.sync.conftest import Network
from tests.ui.conftest import type_text
from tests.ui.sync.conftest import SIZE_HINTS


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_the_advisor_withdraws_a_leaving_member_s_practices(
    qtbot, network: Network, page_for
) -> None:
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    pedro.add_practice("Huerto en la escuela")
    rosa.import_(pedro.export(network.path("pedro")))
    page = page_for(rosa)
    panel = page.members
    page.tabs.setCurrentWidget(panel)
    panel.select_person(pedro.person_id)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert not dialog.confirm_button.isEnabled()  # a reason first
    type_text(qtbot, dialog.reason, "Se jubila y pidió retirar sus prácticas")
    assert not dialog.withdraw_check.isChecked()  # by default her practices stay
    dialog.withdraw_check.setChecked(True)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    assert rosa.rows("SELECT deleted FROM practices WHERE title = 'Huerto en la escuela'") == [(1,)]
    ana.import_(rosa.export(network.path("todos")))
    assert ana.rows("SELECT deleted FROM practices WHERE title = 'Huerto en la escuela'") == [(1,)]
