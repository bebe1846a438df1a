"""Finding the advisor's Minga by mDNS / DNS-SD, on loopback only (the announcement and
the browsing are bound to 127.0.0.1: nothing leaves this computer). Skipped where this
computer has no multicast at all."""

from __future__ import annotations

import pytest

from tests.meeting.conftest import join


def _announce(info):
    from minga.meeting.discovery import Announcement
    from minga.meeting.errors import DiscoveryUnavailableError

    try:
        return Announcement(info, addresses=("127.0.0.1",))
    except (DiscoveryUnavailableError, OSError) as exc:
        pytest.skip(f"no multicast here: {exc}")


def test_a_member_finds_her_advisors_minga_and_syncs(network, host) -> None:
    from minga.meeting.discovery import browse
    from minga.meeting.member import membership
    from minga.sync.keys import fingerprint

    announcement = _announce(host.info)
    try:
        me, _keys = membership(network.ana.ws, network.ana.vault)
        found = browse(
            me.microcentre_id, fingerprint(me.advisor_key), 5.0, interfaces=["127.0.0.1"]
        )
        assert found.address == host.info.address
        assert found.name == host.info.name
        assert join(network.ana, host, address=found.address).fingerprint == host.info.fingerprint
    finally:
        announcement.close()


def test_another_microcentres_minga_is_not_taken(network, host) -> None:
    from dataclasses import replace

    from minga.meeting.discovery import browse
    from minga.meeting.errors import NoHostFoundError
    from minga.meeting.member import membership
    from minga.sync.keys import fingerprint

    other = replace(host.info, microcentre_id="00000000-0000-4000-8000-000000000000")
    announcement = _announce(other)
    try:
        me, _keys = membership(network.ana.ws, network.ana.vault)
        with pytest.raises(NoHostFoundError):
            browse(me.microcentre_id, fingerprint(me.advisor_key), 1.0, interfaces=["127.0.0.1"])
    finally:
        announcement.close()
