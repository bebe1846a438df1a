"""The monthly meeting over the room's network, on loopback: real sockets, real bundles,
real databases; members as threads of this process (the host's own threads receive them
side by side and import one at a time)."""

from __future__ import annotations

import logging
import threading

import pytest

from tests.meeting.conftest import CODE, CuttingProxy, join, start_host, titles_in, wait_until
from tests.sync.conftest import Device, database_content

CARLA = {"name": "Carla Nahuelpán Ríos", "school": "Escuela Rural Las Vertientes", "rbd": "6001-2"}


def _add_member(network) -> Device:
    """A third teacher who joined and was accepted (before the meeting)."""
    carla = Device(network.folder / "carla", network.advisor.backend).init("teacher", **CARLA)
    carla.import_(network.invitation)
    network.advisor.import_(carla.export(network.path("carla-hola")), accept_new_members=True)
    return carla


def _join_all(devices, host, **options) -> dict:
    results: dict[str, object] = {}

    def run(device) -> None:
        try:
            results[device.label] = join(device, host, **options)
        except Exception as exc:  # reported by the assertion below
            results[device.label] = exc

    threads = [threading.Thread(target=run, args=(d,)) for d in devices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert all(not isinstance(r, Exception) for r in results.values()), results
    return results


def test_three_members_exchange_at_once_and_converge(network) -> None:
    carla = _add_member(network)
    teachers = [network.ana, network.pedro, carla]
    titles = {f"Práctica de {t.label}" for t in teachers}
    for teacher in teachers:
        teacher.add_practice(f"Práctica de {teacher.label}")
    host = start_host(network)
    try:
        first = _join_all(teachers, host, code="abc-234")
        assert {r.fingerprint for r in first.values()} == {host.info.fingerprint}
        assert titles <= titles_in(host.root)
        # A second round brings each teacher what the others sent after her turn.
        _join_all(teachers, host)
        for teacher in teachers:
            assert titles <= teacher.titles()
            assert host.state.member(teacher.person_id)["state"] == "synced"
    finally:
        host.stop()
    from minga.meeting.state import status

    network.advisor.reopen()
    report = status(network.advisor.ws)
    assert report.synced == 3
    assert {m.state for m in report.members} == {"synced"}
    carla.close()


def test_a_dropped_upload_resumes_from_the_last_chunk(network, host) -> None:
    network.ana.add_practice("Huerto escolar")
    proxy = CuttingProxy(host.info.address, up=3000)
    from minga.meeting.errors import ConnectionLostError, MeetingError

    with pytest.raises(MeetingError) as caught:
        join(network.ana, host, address=proxy.address, chunk=1024)
    proxy.close()
    assert isinstance(caught.value, ConnectionLostError)
    ana = network.ana.person_id
    wait_until(lambda: host.state.member(ana).get("state") == "failed")
    parts = list((host.root / "meeting" / "incoming").glob("*.part"))
    assert len(parts) == 1
    kept = parts[0].stat().st_size
    assert kept > 0
    assert "Huerto escolar" not in titles_in(host.root)  # nothing imported from half a bundle
    outcome = join(network.ana, host, chunk=1024)
    assert outcome.resumed_from == kept
    assert not parts[0].exists()
    assert "Huerto escolar" in titles_in(host.root)


def test_a_dropped_download_resumes_and_the_bundle_is_not_imported_twice(network, host) -> None:
    network.ana.add_practice("Huerto escolar")
    network.pedro.add_practice("Cuentos")
    join(network.pedro, host)  # the host has something for Ana
    # Cut after Ana's whole upload and a little of the way back.
    proxy = CuttingProxy(host.info.address, down=3000)
    from minga.meeting.errors import MeetingError

    with pytest.raises(MeetingError):
        join(network.ana, host, address=proxy.address, chunk=1024)
    proxy.close()
    assert "Huerto escolar" in titles_in(host.root)  # her bundle arrived and was imported
    outcome = join(network.ana, host, chunk=1024)
    assert outcome.sent_bytes == 0  # the host already had her bundle
    assert outcome.download_resumed_from > 0
    assert "Cuentos" in network.ana.titles()


def test_a_stranger_is_refused_logged_and_changes_nothing(network, host, caplog) -> None:
    from minga.meeting.errors import NotAMemberError

    stranger = Device(network.folder / "extrana", network.advisor.backend).init("teacher", **CARLA)
    stranger.import_(network.invitation)  # she trusts the advisor, the advisor not her
    stranger.add_practice("Intrusa")
    before = database_content(host.root / "minga.sqlite3")
    with caplog.at_level(logging.WARNING, logger="minga.meeting"), pytest.raises(NotAMemberError):
        join(stranger, host)
    assert any("not a member" in r.getMessage() for r in caplog.records)
    assert database_content(host.root / "minga.sqlite3") == before
    assert stranger.person_id not in host.state.data["members"]
    refused = host.state.data["refused"]
    assert [r["reason"] for r in refused] == ["not_member"]
    assert refused[0]["fingerprint"] == stranger.keys().public.fingerprint
    stranger.close()


def test_a_wrong_session_code_is_refused(network, host) -> None:
    from minga.meeting.errors import WrongCodeError

    with pytest.raises(WrongCodeError):
        join(network.ana, host, code="ZZZ999")
    assert join(network.ana, host, code=CODE.lower()).fingerprint == host.info.fingerprint


def test_a_member_refuses_a_host_that_is_not_her_advisor(network, tmp_path) -> None:
    """Another advisor's Minga (another network) cannot pose as hers."""
    from minga.meeting.errors import NotYourNetworkError
    from minga.meeting.host import Host

    other = Device(tmp_path / "otra", network.advisor.backend).init("advisor", "Otra Asesora")
    other.close()
    impostor = Host(other.root, vault=other.vault, port=0, bind="127.0.0.1")
    impostor.start()
    try:
        with pytest.raises(NotYourNetworkError):
            join(network.ana, impostor)
    finally:
        impostor.stop()


def test_a_new_day_opens_a_new_meeting_and_a_restart_keeps_it(network) -> None:
    import datetime as dt

    from minga.core.clock import FixedClock

    clock = FixedClock(dt.datetime(2026, 12, 3, 15, 0, tzinfo=dt.UTC))
    host = start_host(network, clock=clock)
    try:
        join(network.ana, host)
    finally:
        host.stop()
    host = start_host(network, clock=clock)  # the same afternoon: she stays in sync
    try:
        assert host.state.member(network.ana.person_id)["state"] == "synced"
    finally:
        host.stop()
    clock.advance(days=30)
    host = start_host(network, clock=clock)  # next month's meeting
    try:
        assert host.state.member(network.ana.person_id) == {}
    finally:
        host.stop()
    network.advisor.reopen()


class _StallingProxy:
    """Forwards one connection and, after `up` bytes towards the host, forwards nothing
    more but keeps both ends open (a Wi-Fi gone silent: the host is not told)."""

    def __init__(self, target: str, up: int):
        import socket

        host, port = target.rsplit(":", 1)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(5)
        self.address = f"127.0.0.1:{self.server.getsockname()[1]}"
        self.upstream = socket.create_connection((host, int(port)), timeout=5)
        self.budget = up
        self.sockets = [self.upstream]
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            client, _ = self.server.accept()
        except OSError:
            return
        self.sockets.append(client)
        down = threading.Thread(target=self._pump, args=(self.upstream, client, None))
        down.daemon = True
        down.start()
        self._pump(client, self.upstream, self.budget)

    @staticmethod
    def _pump(source, sink, budget) -> None:
        source.settimeout(10)
        try:
            while True:
                data = source.recv(4096)
                if not data:
                    return
                if budget is not None:
                    data = data[: max(0, budget)]
                    budget -= len(data)
                if data:
                    sink.sendall(data)
                if budget is not None and budget <= 0:
                    return  # silent from now on; nothing is closed
        except OSError:
            return

    def close(self) -> None:
        self.server.close()
        for sock in self.sockets:
            sock.close()
        self.thread.join(timeout=15)


def test_reconnecting_drops_her_stalled_connection_and_its_failure_does_not_count(
    network,
) -> None:
    """Her Wi-Fi went silent mid-upload: her Minga gave up, the host's side still waits
    (its deadline is long). When she connects again the host cuts the older connection,
    resumes her bundle, and the old one ending later does not mark her as failed."""
    from minga.meeting.errors import PeerTimeoutError
    from minga.meeting.member import join as join_host
    from tests.meeting.conftest import limits

    network.ana.add_practice("Huerto escolar", description="x" * 20_000)
    host = start_host(network, frame_seconds=20.0, chunk=1024)
    try:
        proxy = _StallingProxy(host.info.address, up=6000)
        quick = limits(frame_seconds=1.0, import_seconds=1.0, chunk=1024)
        with pytest.raises(PeerTimeoutError):
            join_host(network.ana.ws, proxy.address, vault=network.ana.vault, limits=quick)
        ana = network.ana.person_id
        assert host.state.member(ana)["state"] == "in_progress"  # the host still waits
        outcome = join(network.ana, host, chunk=1024)
        assert outcome.resumed_from > 0
        assert host.state.member(ana)["state"] == "synced"
        proxy.close()  # the stalled connection ends at last
        wait_until(lambda: len([t for t in host._threads if t.is_alive()]) <= 1)
        assert host.state.member(ana)["state"] == "synced"
        assert "Huerto escolar" in titles_in(host.root)
    finally:
        host.stop()
    network.advisor.reopen()
