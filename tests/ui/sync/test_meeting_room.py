"""Sincronizar › Sala de la sesión, both screens with a real host on loopback: the
advisor opens the room and sees each member's state; a teacher connects with the typed
address and code (or, where this computer has multicast, with the banner that found the
room) and gets her result. Real sockets, real bundles, real databases; the pages' task
runner is synchronous, the host serves on its own threads."""

from __future__ import annotations

import pytest

from tests.sync.conftest import Network


def _host_page(page_for, network: Network):
    page = page_for(network.advisor)
    page.meeting.port = 0  # any free port, only on this computer
    page.meeting.bind = "127.0.0.1"
    page.tabs.setCurrentWidget(page.meeting_scroll)
    return page


def _close(qtbot, page) -> None:
    page.meeting.close_room()
    qtbot.waitUntil(lambda: page.meeting.host is None, timeout=10_000)


def test_the_advisor_opens_the_room_and_sees_who_is_in_sync(
    network: Network, page_for, qtbot
) -> None:
    host_page = _host_page(page_for, network)
    panel = host_page.meeting
    assert panel.headline.text() == "The room is closed."
    assert not panel.table.isVisible()
    panel.open_button.click()
    try:
        assert panel.host is not None, panel.last_error
        info = panel.host.info
        assert panel.address_label.text() == f"Address: {info.address}    Code: {info.code}"
        assert panel.open_button.text() == "Close the room"
        assert panel.summary.text() == "0 of 2 members in sync"
        assert info.fingerprint in panel.details.text()
        assert "type the address and code" in panel.details.text()  # not announced here

        network.ana.add_practice("Huerto escolar")
        teacher_page = page_for(network.ana)
        assert teacher_page.meeting_banner.isHidden()  # no discovery in tests
        teacher_page.tabs.setCurrentWidget(teacher_page.meeting_scroll)
        member = teacher_page.meeting
        member.address_edit.setText(info.address)
        member.code_edit.setText(info.code.lower())
        changed = []
        host_page.data_changed.connect(changed.append)
        member.typed_button.click()
        assert member.outcome is not None, member.last_error
        result = member.result_label.text()
        assert f"Connected to {info.name} (fingerprint {info.fingerprint})." in result
        assert "You are in sync with the network." in result
        assert member.result_label.isVisible()
        assert member.bar.isHidden()

        panel.poll()
        assert panel.summary.text() == "1 of 2 members in sync"
        rows = {
            panel.table.item(r, 0).text(): panel.table.item(r, 1).text()
            for r in range(panel.table.rowCount())
        }
        assert rows == {"Ana María Huenchumilla": "in sync", "Pedro Cayupán Soto": "missing"}
        assert changed  # the other pages read the imported practice
        assert "Huerto escolar" in network.advisor.titles()
    finally:
        _close(qtbot, host_page)
    assert panel.headline.text() == "The room is closed."


def test_a_teacher_sees_why_it_failed_and_the_host_who_failed(
    network: Network, page_for, qtbot
) -> None:
    host_page = _host_page(page_for, network)
    panel = host_page.meeting
    panel.open_room()
    try:
        info = panel.host.info
        member = page_for(network.pedro).meeting
        member.address_edit.setText(info.address)
        member.code_edit.setText("ZZZ999")
        member.connect_typed()
        assert member.outcome is None
        assert "El código de la sesión no es el de la pantalla" in member.result_label.text()
        assert member.typed_button.isEnabled()
        panel.poll()
        fingerprint = network.pedro.keys().public.fingerprint
        assert f"fingerprint {fingerprint}, from 127.0.0.1" in panel.refused_label.text()

        member.address_edit.setText("no es una dirección")
        member.connect_typed()
        assert "no es una dirección" in member.result_label.text()
    finally:
        _close(qtbot, host_page)


def test_a_port_in_use_is_said_and_nothing_listens(network: Network, page_for, qtbot) -> None:
    import socket

    busy = socket.create_server(("127.0.0.1", 0))
    try:
        page = _host_page(page_for, network)
        page.meeting.port = busy.getsockname()[1]
        page.meeting.open_room()
        assert page.meeting.host is None
        assert "already in use" in page.meeting.error_label.text()
        assert page.meeting.open_button.text() == "Open the room"
    finally:
        busy.close()


def test_the_banner_finds_the_room_and_connects_in_one_press(
    network: Network, page_for, qtbot, monkeypatch
) -> None:
    """Real mDNS bound to 127.0.0.1 (skipped where this computer has no multicast)."""
    monkeypatch.setenv("MINGA_MEETING_DISCOVERY", "127.0.0.1")
    host_page = _host_page(page_for, network)
    panel = host_page.meeting
    panel.open_room()
    try:
        if panel.announcement is None:
            pytest.skip(f"no multicast here: {panel._announce_error}")
        network.ana.add_practice("Cuentos del sur")
        teacher_page = page_for(network.ana)
        member = teacher_page.meeting
        try:
            qtbot.waitUntil(teacher_page.meeting_banner.isVisible, timeout=10_000)
            assert teacher_page.meeting_banner_text.text() == (
                f"{panel.host.info.name} is receiving bundles in this room"
            )
            teacher_page.meeting_banner_button.click()
            assert member.outcome is not None, member.last_error
            assert teacher_page.tabs.currentWidget() is teacher_page.meeting_scroll
        finally:
            member.stop_watching()
        assert teacher_page.meeting_banner.isHidden()
        assert "Cuentos del sur" in network.advisor.titles()
    finally:
        _close(qtbot, host_page)


def test_the_teacher_sees_each_step_and_the_host_who_failed_and_why(
    network: Network, page_for, qtbot
) -> None:
    """Her connection is cut in the middle of her upload (a proxy that stops after its
    first chunk): she reads what to do, the advisor reads that she failed and why;
    connecting again goes through every step and resumes."""
    import os

    from tests.integration.test_practices import tiny_png
    from tests.meeting.conftest import CuttingProxy, wait_until

    photo = network.folder / "huerto.png"
    photo.write_bytes(tiny_png() + os.urandom(600_000))  # more than two chunks
    network.ana.practices.attach(network.ana.add_practice("Huerto escolar"), photo)
    host_page = _host_page(page_for, network)
    panel = host_page.meeting
    panel.open_room()
    try:
        info = panel.host.info
        member = page_for(network.ana).meeting
        proxy = CuttingProxy(info.address, up=400_000)  # after the first chunk
        member.address_edit.setText(proxy.address)
        member.connect_typed()
        proxy.close()
        assert member.outcome is None
        assert "Vuelve a conectarte" in member.result_label.text()
        ana = network.ana.person_id
        wait_until(lambda: panel.host.state.member(ana).get("state") == "failed")
        panel.poll()
        rows = {
            panel.table.item(r, 0).text(): (
                panel.table.item(r, 1).text(),
                panel.table.item(r, 2).text(),
            )
            for r in range(panel.table.rowCount())
        }
        state, reason = rows["Ana María Huenchumilla"]
        assert state == "failed"
        assert reason.startswith("Se cortó la conexión")

        phases: list[str] = []
        shown = member._progress

        def record(done: int, total: int, phase: str) -> None:
            phases.append(phase)
            shown(done, total, phase)

        member._progress = record
        member.address_edit.setText(info.address)
        member.connect_typed()
        assert member.outcome is not None, member.last_error
        assert member.outcome.resumed_from > 0
        steps = list(dict.fromkeys(phases))
        assert steps == ["preparing", "connecting", "sending", "waiting", "receiving", "importing"]
        panel.poll()
        assert panel.summary.text() == "1 of 2 members in sync"
    finally:
        _close(qtbot, host_page)
