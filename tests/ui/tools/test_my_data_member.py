"""Herramientas › Mis datos on the advisor's computer: erasing a member's data says she
stays a member unless the advisor ticks that she also leaves; ticking it removes her in
the same step (her bundles are refused afterwards). A teacher erasing her own data reads
that she stays a member and sees no such box."""

from __future__ import annotations

from tests.sync.conftest import (  # noqa: F401 (fixtures)
    Network,
    keyring_backend,
    network,
    network_template,
    refused_unchanged,
)


def test_the_advisor_erases_a_member_who_also_leaves(
    qtbot,
    network: Network,  # noqa: F811 (the fixture)
    make_ctx,
) -> None:
    from minga.sync.errors import RemovedMemberError
    from minga.ui.tools.my_data import MyDataDialog

    rosa, pedro = network.advisor, network.pedro
    ctx = make_ctx(rosa.ws)
    dialog = MyDataDialog(ctx, person_id=pedro.person_id)
    qtbot.addWidget(dialog)
    assert dialog.person.currentText() == "Pedro Cayupán Soto"
    assert "stays a member of the microcentre" in dialog.membership_text.text()
    assert not dialog.remove_member.isHidden()
    dialog.remove_member.setChecked(True)
    assert "also leaves the microcentre" in dialog.membership_text.text()

    dialog.understood.setChecked(True)
    dialog.erase_button.click()
    assert "She also left the microcentre" in ctx.bridge.record[-1].text
    assert rosa.rows("SELECT membership, name FROM people WHERE id = ?", pedro.person_id) == [
        ("removed", "Persona eliminada")
    ]
    pedro.add_practice("Radio escolar")
    refused_unchanged(rosa, [pedro.export(network.path("pedro"))], RemovedMemberError)


def test_the_advisor_erases_a_member_who_stays(
    qtbot,
    network: Network,  # noqa: F811 (the fixture)
    make_ctx,
) -> None:
    from minga.ui.tools.my_data import MyDataDialog

    rosa, ana = network.advisor, network.ana
    ctx = make_ctx(rosa.ws)
    dialog = MyDataDialog(ctx, person_id=ana.person_id)
    qtbot.addWidget(dialog)
    dialog.understood.setChecked(True)
    dialog.erase_button.click()
    assert "She also left" not in ctx.bridge.record[-1].text
    assert rosa.rows("SELECT membership FROM people WHERE id = ?", ana.person_id) == [("active",)]
    # Her own computer: she stays, and the box is not offered to a teacher.
    own = MyDataDialog(make_ctx(ana.ws))
    qtbot.addWidget(own)
    assert "You stay a member of the microcentre" in own.membership_text.text()
    assert own.remove_member.isHidden()
