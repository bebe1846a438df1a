"""Sincronizar with a member named host of the session room: the advisor names Ana in
Members and prepares the room; Ana's page shows her own room above her connection, loads
the advisor's bundles, opens the room and hands the bundles over; Pedro connects to her
room; the advisor takes the bundles in Ana's open room. Real sockets on loopback, real
bundles, real databases (synchronous task runner)."""

from __future__ import annotations

from tests.sync.conftest import Network


def test_a_named_host_relays_for_the_advisor_from_the_window(
    network: Network, page_for, qtbot, tmp_path
) -> None:
    advisor_page = page_for(network.advisor)
    members = advisor_page.members
    members.select_person(network.ana.person_id)
    assert members.host_button.text() == "Name host of the room"
    members.host_button.click()
    assert "Ana María Huenchumilla hosts the meeting's room" in members.message.text()
    members.select_person(network.ana.person_id)
    assert members.host_button.text() == "Remove as room host"
    row = members.model.row(members.view.currentIndex().row())
    assert row.meeting_host
    advisor_page.tabs.setCurrentWidget(advisor_page.meeting_scroll)
    room = advisor_page.meeting
    room.read_role()
    assert room.prepare_button.isVisible()
    assert room.prepare_button.text() == "Prepare the room for Ana María Huenchumilla…"
    network.advisor.add_practice("Plan de la asesora")
    stick = tmp_path / "pendrive"
    room.prepare_room(stick)
    assert "2 bundle(s) written to" in room.tools_message.text(), room.tools_message.text()
    consolidated = network.advisor.export(network.path("anfitriona"))
    for teacher in (network.ana, network.pedro):
        teacher.import_(consolidated)

    ana_page = page_for(network.ana)
    ana_page.tabs.setCurrentWidget(ana_page.meeting_scroll)
    ana = ana_page.meeting
    ana.update_hosting()
    relay = ana.host_panel
    assert relay is not None
    assert relay.isVisible()
    assert "Rosa Elena Pérez Millar named you host" in relay.intro.text()
    assert "not loaded" in relay.tools_note.text()
    relay.deposit(stick)
    assert "1 bundle(s) of Rosa Elena Pérez Millar are waiting" in relay.tools_message.text(), (
        relay.tools_message.text()
    )
    assert "Plan de la asesora" in network.ana.titles()  # her own, imported
    relay.port, relay.bind = 0, "127.0.0.1"
    relay.open_button.click()
    try:
        assert relay.host is not None, relay.last_error
        info = relay.host.info
        assert relay.headline.text() == (
            "Your Minga is keeping the bundles for Rosa Elena Pérez Millar in this room."
        )
        assert relay.summary.text() == "0 of 1 members left their bundle for the advisor"

        network.pedro.add_practice("Cuentos del sur")
        pedro_page = page_for(network.pedro)
        pedro_page.tabs.setCurrentWidget(pedro_page.meeting_scroll)
        pedro = pedro_page.meeting
        assert pedro.host_panel is None  # not the host
        pedro.address_edit.setText(info.address)
        pedro.code_edit.setText(info.code)
        pedro.typed_button.click()
        assert pedro.outcome is not None, pedro.last_error
        said = pedro.result_label.text()
        assert f"Connected to {info.name}" in said
        assert "Your bundle stays with Ana María Huenchumilla for the advisor." in said
        assert "Plan de la asesora" in network.pedro.titles()

        qtbot.waitUntil(
            lambda: relay.host.state.member(network.pedro.person_id).get("state") == "synced",
            timeout=10_000,
        )
        relay.poll()
        assert relay.summary.text() == "1 of 1 members left their bundle for the advisor"
        assert "1 bundle(s) kept for the advisor." in relay.tools_note.text()
        back = tmp_path / "para-rosa"
        relay.hand_over(back)
        assert "1 bundle(s) for the advisor copied to" in relay.tools_message.text()
        # The advisor comes to the open room and takes them over the network.
        assert room.collect_row.isVisible()
        room.collect_address.setText(info.address)
        room.collect_code.setText(info.code)
        room.collect_button.click()
        assert room.tools_message.text() == (
            "1 bundle(s) kept for you in Ana María Huenchumilla's room were imported."
        ), room.tools_message.text()
        assert "Cuentos del sur" in network.advisor.titles()
        relay.poll()
        assert "0 bundle(s) kept for the advisor." in relay.tools_note.text()
    finally:
        relay.close_room()
        qtbot.waitUntil(lambda: relay.host is None, timeout=10_000)
    (handed,) = back.glob("*.minga")  # the stick, too: importing it again changes nothing
    assert network.advisor.import_(handed).already_imported
