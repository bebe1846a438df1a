"""A member the advisor names host of the meeting's room: her Minga relays the bundles
for the advisor (on loopback: real sockets, real sealed bundles, real databases).

Ana is named host; Pedro (and a third teacher) connect to her room; the advisor prepares
the room beforehand and takes the members' bundles afterwards, by stick."""

from __future__ import annotations

import json

import pytest

from tests.meeting.conftest import CODE, CuttingProxy, join, limits, titles_in, wait_until
from tests.sync.conftest import Device, database_content

CARLA = {"name": "Carla Nahuelpán Ríos", "school": "Escuela Rural Las Vertientes", "rbd": "6001-2"}


def name_host(network, device, *, deliver=("ana", "pedro")) -> int:
    """The advisor names `device` (None: nobody) host; her next bundle carries the roster
    to the teachers listed in `deliver`. Returns the roster version."""
    from minga.sync.membership import name_host as name

    naming = name(network.advisor.ws, device.person_id if device is not None else None)
    assert naming.changed
    consolidated = network.advisor.export(network.path("anfitriona"))
    for label in deliver:
        getattr(network, label).import_(consolidated)
    return naming.roster_version


def start_relay(device, **overrides):
    from minga.meeting.host import Host

    device.close()  # the host opens the folder in its worker
    server = Host(
        device.root,
        vault=device.vault,
        port=0,
        bind="127.0.0.1",
        limits=limits(**overrides),
        code=CODE,
    )
    server.start()
    return server


@pytest.fixture
def relay(network):
    name_host(network, network.ana)
    server = start_relay(network.ana, chunk=1024)
    yield server
    server.stop()
    network.ana.reopen()


def test_the_named_host_is_in_the_roster_and_an_older_roster_does_not_undo_it(network) -> None:
    from minga.meeting.member import membership
    from minga.sync.manifest import RosterEntry
    from minga.sync.membership import apply_roster, meeting_host, roster

    before = name_host(network, network.ana)
    with network.advisor.ws.db.session() as session:
        entries = {e.person_id: e for e in roster(session, network.advisor.actor)}
    ana_entry = entries[network.ana.person_id]
    assert ana_entry.as_json()["meeting_host"] is True
    assert "meeting_host" not in entries[network.pedro.person_id].as_json()
    assert RosterEntry.parse(ana_entry.as_json()).meeting_host is True
    me, _keys = membership(network.pedro.ws, network.pedro.vault)
    assert me.host_key == network.ana.keys().public.signing_key
    assert me.host_name == ana_entry.name
    assert len(me.host_fingerprints()) == 2
    # An older roster without a host (an old bundle of the advisor) changes nothing.
    with network.pedro.ws.db.session() as session:
        actor = network.pedro.actor
        old = [RosterEntry.parse({**e.as_json(), "meeting_host": False}) for e in entries.values()]
        assert apply_roster(session, actor, old, before - 1) is False
        assert meeting_host(session).id == network.ana.person_id
    # The advisor takes the room back: every member applies it with her next bundle.
    name_host(network, None)
    me, _keys = membership(network.pedro.ws, network.pedro.vault)
    assert me.host_key is None


def test_only_the_named_member_can_open_a_room(network) -> None:
    from minga.meeting.errors import HostNotAdvisorError

    with pytest.raises(HostNotAdvisorError):
        start_relay(network.pedro)  # nobody named
    network.pedro.reopen()
    name_host(network, network.ana, deliver=("pedro",))  # Ana has not received it yet
    with pytest.raises(HostNotAdvisorError):
        start_relay(network.ana)
    network.ana.reopen()


def test_a_member_sends_through_the_named_host_and_the_advisor_imports_it(
    network, relay, tmp_path
) -> None:
    from minga.meeting.discovery import browse
    from minga.meeting.member import membership
    from minga.meeting.relay import hand_over, relayed
    from tests.meeting.test_discovery import _announce

    network.pedro.add_practice("Cuentos del sur")
    announcement = _announce(relay.info)  # the named host's room, found by mDNS on loopback
    try:
        me, _keys = membership(network.pedro.ws, network.pedro.vault)
        found = browse(me.microcentre_id, me.host_fingerprints(), 5.0, interfaces=["127.0.0.1"])
    finally:
        announcement.close()
    assert found.address == relay.info.address
    assert found.fingerprint == relay.info.fingerprint
    outcome = join(network.pedro, relay, address=found.address, code=CODE)
    assert outcome.relayed
    assert outcome.result is None
    assert outcome.fingerprint == relay.info.fingerprint
    assert relay.info.relay
    assert relay.info.advisor_name
    pedro = network.pedro.person_id
    wait_until(lambda: relay.state.member(pedro).get("state") == "relayed")
    kept = relayed(relay.root)
    assert list(kept) == [pedro]
    assert "Cuentos del sur" not in titles_in(relay.root)  # sealed to the advisor: not read
    # After the meeting, the host copies them to a stick; the advisor imports as usual.
    handed = hand_over(relay.root, tmp_path / "pendrive")
    assert [h.person_id for h in handed] == [pedro]
    result = network.advisor.import_(handed[0].path)
    assert result.sender.person_id == pedro
    assert "Cuentos del sur" in network.advisor.titles()


def test_a_dropped_upload_to_the_relay_resumes(network, relay) -> None:
    from minga.meeting.errors import MeetingError

    network.pedro.add_practice("Huerto escolar")
    proxy = CuttingProxy(relay.info.address, up=3000)
    with pytest.raises(MeetingError):
        join(network.pedro, relay, address=proxy.address, chunk=1024)
    proxy.close()
    pedro = network.pedro.person_id
    wait_until(lambda: relay.state.member(pedro).get("state") == "failed")
    parts = list((relay.root / "meeting" / "incoming").glob("*.part"))
    kept = parts[0].stat().st_size
    assert len(parts) == 1
    assert kept > 0
    outcome = join(network.pedro, relay, chunk=1024)
    assert outcome.resumed_from == kept
    from minga.meeting.relay import relayed

    assert pedro in relayed(relay.root)


def test_a_stranger_and_a_bundle_that_is_not_one_are_refused(network, relay) -> None:
    from minga.meeting.errors import BundleRefusedError, NotAMemberError
    from minga.meeting.relay import relayed

    stranger = Device(network.folder / "extrana", network.advisor.backend).init("teacher", **CARLA)
    invitation = network.folder / "invitacion-nueva.minga"
    network.advisor.invite(invitation)  # it names Ana host too: the stranger trusts her room
    stranger.import_(invitation)
    with pytest.raises(NotAMemberError):
        join(stranger, relay)
    stranger.close()
    assert [r["reason"] for r in relay.state.data["refused"]] == ["not_member"]
    # Pedro's Minga offers garbage of the right size and sha256: nothing is kept.
    from minga.meeting.protocol import sha256_file

    folder = network.pedro.root / "meeting"
    (folder / "outgoing").mkdir(parents=True, exist_ok=True)
    junk = folder / "outgoing" / "reunion-x.minga"
    junk.write_bytes(b"MINGA-BUNDLE 1\nnot age at all" * 10)
    (folder / "outgoing.json").write_text(
        json.dumps({"file": junk.name, "size": junk.stat().st_size, "sha256": sha256_file(junk)})
    )
    with pytest.raises(BundleRefusedError):
        join(network.pedro, relay)
    assert relayed(relay.root) == {}


def test_a_member_refuses_a_room_the_advisor_no_longer_names(network) -> None:
    """Ana's Minga still believes she is host (she has not received the newer roster);
    Pedro has, and refuses her room."""
    from minga.meeting.errors import NotYourNetworkError

    name_host(network, network.ana)
    name_host(network, None, deliver=("pedro",))
    server = start_relay(network.ana)
    try:
        with pytest.raises(NotYourNetworkError):
            join(network.pedro, server)
    finally:
        server.stop()
        network.ana.reopen()


def test_the_advisor_prepares_the_room_and_members_receive_her_bundles(network, tmp_path) -> None:
    from minga.meeting.errors import DepositRefusedError
    from minga.meeting.relay import INDEX_NAME, deposit, prepare

    name_host(network, network.ana)
    network.advisor.add_practice("Plan de la asesora")
    stick = tmp_path / "pendrive"
    prepared = prepare(network.advisor.ws, stick, network.advisor.vault)
    assert {b["person_id"] for b in prepared.bundles} == {
        network.ana.person_id,
        network.pedro.person_id,
    }
    # A tampered index is refused and nothing is kept.
    good = (stick / INDEX_NAME).read_bytes()
    (stick / INDEX_NAME).write_bytes(good.replace(b'"version": 1', b'"version": 1 '))
    network.ana.close()
    before = database_content(network.ana.root / "minga.sqlite3")
    network.ana.reopen()
    with pytest.raises(DepositRefusedError):
        deposit(network.ana.ws, stick, network.ana.vault)
    assert database_content(network.ana.root / "minga.sqlite3") == before
    (stick / INDEX_NAME).write_bytes(good)
    # Pedro cannot load it: he is not the host.
    from minga.meeting.errors import HostNotAdvisorError

    with pytest.raises(HostNotAdvisorError):
        deposit(network.pedro.ws, stick, network.pedro.vault)
    result = deposit(network.ana.ws, stick, network.ana.vault)
    assert result.members == 1
    assert result.own is not None
    assert "Plan de la asesora" in network.ana.titles()
    server = start_relay(network.ana, chunk=1024)
    try:
        network.pedro.add_practice("Cuentos del sur")
        # The Wi-Fi drops while the advisor's bundle comes down: it resumes, and his own
        # bundle (kept by the host already) is not sent again.
        from minga.meeting.errors import MeetingError

        proxy = CuttingProxy(server.info.address, down=4000)
        with pytest.raises(MeetingError):
            join(network.pedro, server, address=proxy.address, chunk=1024)
        proxy.close()
        outcome = join(network.pedro, server, chunk=1024)
        assert outcome.sent_bytes == 0
        assert outcome.download_resumed_from > 0
        assert outcome.relayed
        assert outcome.result is not None
        assert "Plan de la asesora" in network.pedro.titles()
        pedro = network.pedro.person_id
        wait_until(lambda: server.state.member(pedro).get("state") == "synced")
    finally:
        server.stop()
        network.ana.reopen()


def test_the_advisor_takes_the_bundles_in_the_hosts_room(network, relay) -> None:
    from minga.meeting.relay import collect, relayed

    network.pedro.add_practice("Cuentos del sur")
    join(network.pedro, relay)
    pedro = network.pedro.person_id
    assert pedro in relayed(relay.root)
    taken = collect(network.advisor.ws, relay.info.address, code=CODE, vault=network.advisor.vault,
                    limits=limits())  # fmt: skip
    assert taken.fingerprint == relay.info.fingerprint
    assert [name for name, _result in taken.imported] == ["Pedro Cayupán Soto"]
    assert taken.refused == []
    assert "Cuentos del sur" in network.advisor.titles()
    assert relayed(relay.root) == {}  # imported by the advisor: it leaves the relay
    again = collect(network.advisor.ws, relay.info.address, vault=network.advisor.vault,
                    limits=limits())  # fmt: skip
    assert again.imported == []
