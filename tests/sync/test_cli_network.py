"""A whole microcentre through the command line: an advisor and three teachers, each in
their own data folder and process, pass bundles on one USB folder for two monthly rounds
and end with the same shared work; nobody gets what was not for them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli
from tests.sync.conftest import ANA, PEDRO, ROSA

LUZ = {"name": "Luz Marina Ñancupil Rivas", "school": "Escuela Rural Las Quilas", "rbd": "6033-2"}
TEACHERS = {"ana": ANA, "pedro": PEDRO, "luz": LUZ}


def ok(result) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def shared(cli: Cli) -> dict[str, str]:
    """id -> title of every practice this folder holds (live ones)."""
    listed = json.loads(ok(cli("practice", "list", "--json", "--limit", "0")))
    return {p["id"]: p["title"] for p in listed["practices"]}


def add(cli: Cli, title: str, *options: str) -> str:
    return json.loads(ok(cli("practice", "add", "--title", title, "--json", *options)))["id"]


def test_an_advisor_and_three_teachers_converge_through_a_usb_folder(
    tmp_path: Path, sync_cli_env: Path
) -> None:
    usb = tmp_path / "pendrive"
    usb.mkdir()
    rosa = Cli(tmp_path / "rosa")
    ok(rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues"))
    ok(rosa("invite", "--out", str(usb / "invitacion.minga")))
    teachers = {name: Cli(tmp_path / name) for name in TEACHERS}
    for name, cli in teachers.items():
        who = TEACHERS[name]
        ok(cli("init", "--role", "teacher", "--name", who["name"], "--school", who["school"],
               "--rbd", who["rbd"], "--accept-rbd"))  # fmt: skip
        ok(cli("import", str(usb / "invitacion.minga"), "--fingerprint-checked"))

    # Round 1: each teacher writes shared, private and advisor-only practices.
    for number, (name, cli) in enumerate(teachers.items()):
        photo = tmp_path / f"huerto-{name}.jpg"
        photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes([number]) * 10_000)
        first = add(cli, f"Huerto escolar de {name}", "--subject", "CN", "--level", "3B")
        add(cli, f"Tiendita de {name}", "--level", "1B", "--level", "2B", "--status", "ready")
        add(cli, f"Diario íntimo de {name}", "--visibility", "private")
        add(cli, f"Dudas de {name} para la asesora", "--visibility", "advisor")
        ok(cli("practice", "attach", first, str(photo)))
        ok(cli("export", "--out", str(usb / f"{name}-1.minga")))
    for name in teachers:
        ok(rosa("import", str(usb / f"{name}-1.minga"), "--accept-new-members"))
    add(rosa, "Pauta de observación entre pares")
    ok(rosa("export", "--out", str(usb / "rosa-1.minga")))
    for cli in teachers.values():
        ok(cli("import", str(usb / "rosa-1.minga")))

    network = {
        *(f"Huerto escolar de {n}" for n in teachers),
        *(f"Tiendita de {n}" for n in teachers),
        "Pauta de observación entre pares",
    }
    advisor_only = {f"Dudas de {n} para la asesora" for n in teachers}
    assert set(shared(rosa).values()) == network | advisor_only
    for name, cli in teachers.items():
        own = {f"Diario íntimo de {name}", f"Dudas de {name} para la asesora"}
        assert set(shared(cli).values()) == network | own
    ids = {i for i, t in shared(rosa).items() if t in network}
    for cli in teachers.values():
        assert {i for i, t in shared(cli).items() if t in network} == ids  # the same records

    # Round 2: the next month, only what changed travels, and it converges again. Every
    # teacher's bundle confirms what the advisor sent (Ana and Pedro send nothing new).
    add(teachers["luz"], "Cuentos mapuche en voz alta")
    for name, cli in teachers.items():
        ok(cli("export", "--out", str(usb / f"{name}-2.minga")))
        ok(rosa("import", str(usb / f"{name}-2.minga")))
    round_two = json.loads(ok(rosa("export", "--out", str(usb / "rosa-2.minga"), "--json")))
    assert round_two["counts"].get("practice") == 1
    for cli in teachers.values():
        ok(cli("import", str(usb / "rosa-2.minga")))
        assert "Cuentos mapuche en voz alta" in shared(cli).values()
        again = ok(cli("import", str(usb / "rosa-2.minga")))
        assert "nothing changed" in again

    # Every folder is sound, and every shared photo arrived whole.
    for cli in (rosa, *teachers.values()):
        checked = ok(cli("check"))
        assert "the database is sound and every attachment matches its hash (3 checked)" in checked
        stats = json.loads(ok(cli("stats", "--json")))
        assert stats["kinds"]["attachment"]["live"] == 3
