"""Sincronizar › Integrantes: the advisor retires a member ("Retirar del microcentro"),
confirming in a dialog that asks why. Real installations, real bundles afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minga.sync import errors
from tests.sync.conftest import Network, refused_unchanged
from tests.ui.conftest import type_text
from tests.ui.sync.conftest import SIZE_HINTS


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_the_advisor_removes_a_member_with_a_reason(
    qtbot, network: Network, page_for, translations
) -> None:
    translations("es")
    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    page = page_for(rosa)
    panel = page.members
    page.tabs.setCurrentWidget(panel)
    button = panel.remove_button
    assert button.text() == "Retirar del microcentro"
    assert button.isVisible()
    assert not button.isEnabled()  # nobody selected yet

    panel.select_person(rosa.person_id)
    assert not button.isEnabled()  # never oneself
    panel.select_person(pedro.person_id)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog = panel.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert "Pedro Cayupán Soto" in dialog.windowTitle()
    assert dialog.cancel_button.isDefault()
    type_text(qtbot, dialog.reason, "Se trasladó a otra comuna")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    assert panel.dialog is None
    assert rosa.rows("SELECT membership FROM people WHERE id = ?", pedro.person_id) == [
        ("removed",)
    ]
    assert "Pedro Cayupán Soto fue retirado/a" in panel.message.text()
    row = next(
        panel.model.row(i)
        for i in range(panel.model.rowCount())
        if panel.model.row(i).person_id == pedro.person_id
    )
    assert row.membership == "removed"
    panel.select_person(pedro.person_id)
    assert not button.isEnabled()
    from minga.sync.membership import removal_reason

    with rosa.ws.db.session() as session:
        assert removal_reason(session, pedro.person_id) == "Se trasladó a otra comuna"

    # The removal is real: Pedro's next bundle is refused; Ana learns it from the roster.
    pedro.add_practice("Después de salir")
    refused_unchanged(rosa, [pedro.export(network.path("pedro"))], errors.RemovedMemberError)
    ana.import_(rosa.export(network.path("todos")))
    assert ana.rows("SELECT membership FROM people WHERE id = ?", pedro.person_id) == [("removed",)]


@pytest.mark.qt_log_ignore(SIZE_HINTS)
def test_cancelling_removes_nobody(qtbot, network: Network, page_for) -> None:
    rosa, pedro = network.advisor, network.pedro
    page = page_for(rosa)
    panel = page.members
    page.tabs.setCurrentWidget(panel)
    panel.select_person(pedro.person_id)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.dialog, Qt.Key.Key_Escape)
    assert panel.dialog is None
    assert rosa.rows("SELECT membership FROM people WHERE id = ?", pedro.person_id) == [("active",)]


def test_a_teacher_has_no_remove_button(network: Network, page_for) -> None:
    page = page_for(network.ana)
    page.tabs.setCurrentWidget(page.members)
    assert page.members.isVisible()
    assert not page.members.remove_button.isVisible()
