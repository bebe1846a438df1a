"""A room hosted by a named member, as the advisor and the teachers type it: `member
host`, `meeting prepare`, `meeting deposit`, `meeting join` to the named host's room,
`meeting status` and `meeting relayed`, then the advisor's usual `import`."""

from __future__ import annotations

import json

from tests.conftest import Cli
from tests.meeting.test_cli_meeting import _keyring_file
from tests.meeting.test_relay import start_relay


def test_a_named_host_relays_for_the_advisor_on_the_command_line(
    network, sync_cli_env, tmp_path
) -> None:
    _keyring_file(network, sync_cli_env)
    for device in network.devices():
        device.close()
    advisor, ana, pedro = (Cli(d.root) for d in network.devices())
    neither = advisor("member", "host", lang="es")  # a person or --none
    assert neither.returncode == 2
    assert "--none" in neither.stderr
    named = advisor("member", "host", "Ana María Huenchumilla", lang="es")
    assert named.returncode == 0, named.stderr
    assert "Ana María Huenchumilla es la anfitriona de la sala" in named.stdout
    refused = pedro("member", "host", "--none", lang="es")
    assert refused.returncode != 0
    consolidated = tmp_path / "consolidado.minga"
    assert advisor("export", "--out", str(consolidated)).returncode == 0
    for teacher in (ana, pedro):
        assert teacher("import", str(consolidated)).returncode == 0
    stick = tmp_path / "pendrive"
    prepared = advisor("meeting", "prepare", "--out", str(stick), lang="es")
    assert prepared.returncode == 0, prepared.stderr
    assert "2 paquetes" in prepared.stdout
    deposited = ana("meeting", "deposit", str(stick), lang="es")
    assert deposited.returncode == 0, deposited.stderr
    assert "1 paquete de" in deposited.stdout

    network.pedro.reopen()
    network.pedro.add_practice("Cuentos del sur")
    network.pedro.close()
    server = start_relay(network.ana)
    try:
        joined = pedro("meeting", "join", "--address", server.info.address, lang="es")
        assert joined.returncode == 0, joined.stderr
        assert "Tu paquete quedó con Ana María Huenchumilla para la asesora." in joined.stdout
        # On a stick, while the room is still open.
        back = tmp_path / "para-la-asesora"
        handed = ana("meeting", "relayed", "--out", str(back), lang="es")
        assert handed.returncode == 0, handed.stderr
        files = sorted(back.glob("*.minga"))
        assert len(files) == 1
        imported = advisor("import", *map(str, files), lang="es")
        assert imported.returncode == 0, imported.stderr
        # Or over the network: the advisor connects to Ana's room and takes them.
        code = server.info.code
        taken = advisor("meeting", "join", "--address", server.info.address, "--code", code,
                        lang="es")  # fmt: skip
        assert taken.returncode == 0, taken.stderr
        assert "Conectada con Ana María Huenchumilla" in taken.stdout
        assert "1 paquete guardado para ti en esta sala se importó." in taken.stdout
    finally:
        server.stop()
    network.ana.close()
    network.advisor.reopen()
    assert "Cuentos del sur" in network.advisor.titles()
    network.advisor.close()
    status = ana("meeting", "status", lang="es")
    assert "Esta sala guarda los paquetes para Rosa" in status.stdout, status.stdout
    report = json.loads(ana("meeting", "status", "--json").stdout)
    assert report["relayed"] == 1
    empty = ana("meeting", "relayed", "--out", str(tmp_path / "vacia"), lang="es")
    assert "Ninguna integrante ha dejado un paquete" in empty.stdout  # the advisor took it
    none = advisor("member", "host", "--none", "--json")
    assert json.loads(none.stdout)["person_id"] is None
