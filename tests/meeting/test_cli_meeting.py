"""`minga meeting host / join / status` as a user types them: the advisor's host in a
real process, the teachers' joins through the command line, the keys in a file-backed
test keyring (never the system's)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from tests.conftest import Cli
from tests.support.cli import SOURCE


def _keyring_file(network, keyring_file) -> None:
    secrets = {
        f"{service}\x00{user}": value
        for (service, user), value in network.advisor.backend.secrets.items()
    }
    keyring_file.write_text(json.dumps(secrets), encoding="utf-8")


def _start_host(root, *extra: str) -> tuple[subprocess.Popen, dict]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SOURCE) + os.pathsep + env.get("PYTHONPATH", "")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "minga",
            "--data-dir",
            str(root),
            "--lang",
            "es",
            "meeting",
            "host",
            "--port",
            "0",
            "--no-announce",
            "--stop-after",
            "30",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    lines = []
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.rstrip() == "}":
            break
    return process, json.loads("".join(lines))


def test_host_join_and_status_on_the_command_line(network, sync_cli_env) -> None:
    _keyring_file(network, sync_cli_env)
    for device in network.devices():
        device.close()
    network.ana.reopen()
    network.ana.add_practice("Huerto escolar")
    network.ana.close()
    host, info = _start_host(network.advisor.root, "--json")
    try:
        assert len(info["code"]) == 6
        address = f"127.0.0.1:{info['port']}"
        ana = Cli(network.ana.root)
        joined = ana("meeting", "join", "--address", address, "--code", info["code"], lang="es")
        assert joined.returncode == 0, joined.stderr
        assert f"(huella {info['fingerprint']})" in joined.stdout
        assert "Estás al día con la red." in joined.stdout
        wrong = Cli(network.pedro.root)(
            "meeting", "join", "--address", address, "--code", "XXXXXX", lang="es"
        )
        assert wrong.returncode == 2
        assert "código de la sesión" in wrong.stderr
    finally:
        host.send_signal(signal.SIGINT)
        _out, err = host.communicate(timeout=20)
    assert host.returncode == 0, err
    status = Cli(network.advisor.root)("meeting", "status", "--json")
    report = json.loads(status.stdout)
    states = {m["name"]: m["state"] for m in report["members"]}
    assert states == {"Ana María Huenchumilla": "synced", "Pedro Cayupán Soto": "missing"}
    text = Cli(network.advisor.root)("meeting", "status", lang="es").stdout
    assert "1 de 2 integrantes al día." in text
    assert "Pedro Cayupán Soto: falta" in text
    assert "1 conexión rechazada (la última: huella" in text


def test_join_without_an_address_says_what_to_do_when_nothing_is_found(
    network, sync_cli_env
) -> None:
    _keyring_file(network, sync_cli_env)
    network.ana.close()
    result = Cli(network.ana.root)(
        "meeting", "join", "--wait", "0.5", "--interface", "127.0.0.1", lang="es"
    )
    assert result.returncode == 2
    assert "--address" in result.stderr
