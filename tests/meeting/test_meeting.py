"""The monthly meeting over the room's network, on loopback: real sockets, real bundles,
real databases; members as threads of this process (the host's own threads receive them
side by side and import one at a time)."""

from __future__ import annotations

import threading

from tests.meeting.conftest import join, titles_in


def test_two_members_exchange_at_once_and_converge(network, host) -> None:
    network.ana.add_practice("Huerto escolar de Ana")
    network.pedro.add_practice("Cuentos mapuche de Pedro")
    results: dict[str, object] = {}

    def run(device) -> None:
        try:
            results[device.label] = join(device, host, code="abc-234")
        except Exception as exc:  # the test reports it below
            results[device.label] = exc

    threads = [threading.Thread(target=run, args=(d,)) for d in (network.ana, network.pedro)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(not isinstance(r, Exception) for r in results.values()), results
    assert results["ana"].fingerprint == host.info.fingerprint
    # The host has both; each teacher got the other's from the host (the second one to
    # finish at once, the first one on her next connection).
    assert {"Huerto escolar de Ana", "Cuentos mapuche de Pedro"} <= titles_in(host.root)
    for device in (network.ana, network.pedro):
        join(device, host)
        assert {"Huerto escolar de Ana", "Cuentos mapuche de Pedro"} <= device.titles()
    from minga.meeting.state import status

    assert host.state.member(network.ana.person_id)["state"] == "synced"
    assert host.state.member(network.pedro.person_id)["state"] == "synced"
    del status
