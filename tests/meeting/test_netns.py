"""Real processes in network namespaces made by the test: the advisor's host in one, two
teachers in two others, joined by veth pairs on a bridge (in a namespace of its own), so
no traffic reaches this computer's networks. A teacher finds the host by real mDNS and
syncs; the other types the address. Skipped where namespaces cannot be made (not root,
no iproute2, a container without the capability)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid

import pytest

from tests.meeting.test_cli_meeting import _keyring_file
from tests.support.cli import SOURCE

SUBNET = "10.231.77"


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=10)


@pytest.fixture
def namespaces():
    if shutil.which("ip") is None or os.geteuid() != 0:
        pytest.skip("network namespaces need root and iproute2")
    tag = uuid.uuid4().hex[:6]
    names = {role: f"mg{tag}{role}" for role in ("br", "h", "a", "p")}
    made: list[str] = []
    try:
        for name in names.values():
            _ip("netns", "add", name)
            made.append(name)
            _ip("-n", name, "link", "set", "lo", "up")
        _ip("-n", names["br"], "link", "add", "br0", "type", "bridge")
        _ip("-n", names["br"], "link", "set", "br0", "up")
        for number, role in enumerate(("h", "a", "p"), start=1):
            inside, outside = f"v{role}{tag}", f"b{role}{tag}"
            _ip("link", "add", inside, "type", "veth", "peer", "name", outside)
            _ip("link", "set", inside, "netns", names[role])
            _ip("link", "set", outside, "netns", names["br"])
            _ip("-n", names["br"], "link", "set", outside, "master", "br0")
            _ip("-n", names["br"], "link", "set", outside, "up")
            _ip("-n", names[role], "addr", "add", f"{SUBNET}.{number}/24", "dev", inside)
            _ip("-n", names[role], "link", "set", inside, "up", "multicast", "on")
            _ip("-n", names[role], "route", "add", "224.0.0.0/4", "dev", inside)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        for role in ("h", "a", "p"):  # a pair not yet moved into its namespace
            subprocess.run(
                ["ip", "link", "del", f"v{role}{tag}"], capture_output=True, timeout=10, check=False
            )
        for name in made:
            subprocess.run(
                ["ip", "netns", "del", name], capture_output=True, timeout=10, check=False
            )
        pytest.skip(f"network namespaces are not available here: {exc}")
    yield names
    for name in made:
        subprocess.run(["ip", "netns", "del", name], capture_output=True, timeout=10, check=False)


def _minga(namespace: str, root, *args: str) -> list[str]:
    return [
        "ip",
        "netns",
        "exec",
        namespace,
        sys.executable,
        "-m",
        "minga",
        "--data-dir",
        str(root),
        "--lang",
        "es",
        *args,
    ]


def test_teachers_find_the_host_by_mdns_between_namespaces_and_sync(
    network, sync_cli_env, namespaces
) -> None:
    _keyring_file(network, sync_cli_env)
    network.ana.add_practice("Huerto escolar")
    network.pedro.add_practice("Cuentos")
    for device in network.devices():
        device.close()
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SOURCE) + os.pathsep + env.get("PYTHONPATH", "")
    host = subprocess.Popen(
        _minga(
            namespaces["h"], network.advisor.root, "meeting", "host", "--json", "--stop-after", "40"
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert host.stdout is not None
        lines = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            line = host.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.rstrip() == "}":
                break
        info = json.loads("".join(lines))
        assert info["announced"] is True
        assert info["address"] == f"{SUBNET}.1:47400"
        found = subprocess.run(
            _minga(namespaces["a"], network.ana.root, "meeting", "join", "--wait", "8", "--json"),
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)["fingerprint"] == info["fingerprint"]
        typed = subprocess.run(
            _minga(
                namespaces["p"],
                network.pedro.root,
                "meeting",
                "join",
                "--address",
                info["address"],
                "--code",
                info["code"],
                "--json",
            ),
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert typed.returncode == 0, typed.stderr
    finally:
        host.send_signal(signal.SIGINT)
        _out, err = host.communicate(timeout=30)
    assert host.returncode == 0, err
    status = subprocess.run(
        [
            sys.executable,
            "-m",
            "minga",
            "--data-dir",
            str(network.advisor.root),
            "meeting",
            "status",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert json.loads(status.stdout)["synced"] == 2
    network.advisor.reopen()
    assert {"Huerto escolar", "Cuentos"} <= network.advisor.titles()
