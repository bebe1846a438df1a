"""Real processes in network namespaces made by the test: the advisor's host in one, two
teachers in two others, joined by veth pairs on a bridge (in a namespace of its own), so
no traffic reaches this computer's networks. A teacher finds the host by real mDNS and
syncs; with multicast blocked the other types the address, and her upload resumes after
her link was taken down. Skipped where namespaces cannot be made (not root,
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

from tests.integration.test_practices import tiny_png
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


def _run(namespace: str, *args: str) -> None:
    subprocess.run(
        ["ip", "netns", "exec", namespace, *args], check=True, capture_output=True, timeout=10
    )


def _start_host(namespaces, network, env) -> tuple[subprocess.Popen, dict]:
    host = subprocess.Popen(
        _minga(
            namespaces["h"], network.advisor.root, "meeting", "host", "--json", "--stop-after", "60"
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert host.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        line = host.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.rstrip() == "}":
            break
    return host, json.loads("".join(lines))


def test_teachers_find_the_host_by_mdns_resume_after_a_link_down_and_type_the_address(
    network, sync_cli_env, namespaces, tmp_path
) -> None:
    """One meeting, as in a room:

    1. Pedro's Minga finds the host by real mDNS and syncs.
    2. The bridge stops forwarding multicast (`mcast_flood off` on every port: a hotspot
       that blocks it): Ana's discovery finds nothing and says to type the address.
    3. Ana types it, on a link slowed with `tc tbf`; her link is taken down in the middle
       of her upload, her Minga gives up after its timeout; with the link up again she
       connects again and the upload resumes from what the host kept (the host drops her
       stalled older connection).
    """
    tag = namespaces["h"][2:-1]
    _keyring_file(network, sync_cli_env)
    photo = tmp_path / "huerto.png"
    # A PNG's signature, then noise: Ana's bundle stays about this big.
    photo.write_bytes(tiny_png() + os.urandom(1_500_000))
    network.ana.practices.attach(network.ana.add_practice("Huerto con fotos"), photo)
    network.pedro.add_practice("Cuentos")
    for device in network.devices():
        device.close()
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SOURCE) + os.pathsep + env.get("PYTHONPATH", "")
    host, info = _start_host(namespaces, network, env)
    typed = ("--address", info["address"], "--code", info["code"], "--json")
    link = f"va{tag}"
    try:
        assert info["announced"] is True
        assert info["address"] == f"{SUBNET}.1:47400"
        found = subprocess.run(
            _minga(namespaces["p"], network.pedro.root, "meeting", "join", "--wait", "8", "--json"),
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)["fingerprint"] == info["fingerprint"]

        for role in ("h", "a", "p"):
            _ip(
                *("-n", namespaces["br"], "link", "set", "dev", f"b{role}{tag}"),
                *("type", "bridge_slave", "mcast_flood", "off"),
            )
        _run(
            namespaces["a"],
            *("tc", "qdisc", "add", "dev", link, "root", "tbf"),
            *("rate", "2mbit", "burst", "32kb", "latency", "2s"),
        )
        looked = subprocess.run(
            _minga(namespaces["a"], network.ana.root, "meeting", "join", "--wait", "2"),
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert looked.returncode != 0
        assert "--address" in looked.stderr, looked.stderr  # "type the address and code"

        ana = subprocess.Popen(
            _minga(namespaces["a"], network.ana.root, "meeting", "join", "--timeout", "2", *typed),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        incoming = network.advisor.root / "meeting" / "incoming"
        parts: list = []
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and ana.poll() is None:
            parts = list(incoming.glob(f"{network.ana.person_id}-*.part"))
            if parts and parts[0].stat().st_size >= 300_000:
                break
            time.sleep(0.05)
        _ip("-n", namespaces["a"], "link", "set", link, "down")
        _out, ana_err = ana.communicate(timeout=30)
        assert ana.returncode != 0, "the upload finished before the link went down"
        assert "dejó de responder" in ana_err, ana_err
        kept = parts[0].stat().st_size
        assert 0 < kept < photo.stat().st_size
        _ip("-n", namespaces["a"], "link", "set", link, "up")
        _run(namespaces["a"], "tc", "qdisc", "del", "dev", link, "root")
        again = subprocess.run(
            _minga(namespaces["a"], network.ana.root, "meeting", "join", *typed),
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout)["resumed_from"] >= kept
    finally:
        host.send_signal(signal.SIGINT)
        host.communicate(timeout=60)
    assert host.returncode == 0
    network.advisor.reopen()
    from minga.meeting.state import status

    report = status(network.advisor.ws)
    assert report.synced == 2, report
    assert {"Huerto con fotos", "Cuentos"} <= network.advisor.titles()
