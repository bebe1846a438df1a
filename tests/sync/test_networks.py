"""An advisor with two microcentros in one installation (`minga.core.networks`): each one a
data folder of its own, chosen with `--microcentre`; the same person and keys in both, and
each network's roster, practices and bundles kept apart (a teacher of one network never
receives the other's work)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.sync.conftest import ANA, PEDRO, ROSA


def ok(result) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def titles(cli: Cli, *before: str) -> set[str]:
    listed = json.loads(ok(cli(*before, "practice", "list", "--json", "--limit", "0")))
    return {p["title"] for p in listed["practices"]}


def test_two_networks_keep_their_own_roster_practices_and_bundles(
    tmp_path: Path, sync_cli_env: Path
) -> None:
    usb = tmp_path / "pendrive"
    usb.mkdir()
    rosa = Cli(tmp_path / "rosa")
    ok(rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues"))
    new = ("microcentro", "new", "--name", "Las Araucarias", "--region", "Maule", "--commune")
    made = json.loads(ok(rosa(*new, "Cauquenes", "--json")))
    assert made["name"] == "Las Araucarias"
    assert not made["main"]
    folder = Path(made["path"])
    assert folder == tmp_path / "rosa" / "microcentros" / made["id"]

    listed = json.loads(ok(rosa("microcentro", "list", "--json")))["microcentros"]
    assert [n["name"] for n in listed] == ["Los Copihues", "Las Araucarias"]
    assert [n["current"] for n in listed] == [True, False]
    chosen = json.loads(ok(rosa("--microcentre", "araucarias", "microcentro", "list", "--json")))
    assert [n["current"] for n in chosen["microcentros"]] == [False, True]

    # The same person with the same keys in both folders, each with its own device.
    main_id = json.loads(ok(rosa("identity", "--json")))
    other_id = json.loads(ok(rosa("--microcentre", "ARAUCARIAS", "identity", "--json")))
    assert main_id["person_id"] == other_id["person_id"]
    assert main_id["fingerprint"] == other_id["fingerprint"]
    assert main_id["device_id"] != other_id["device_id"]

    # One teacher in each network.
    ok(rosa("invite", "--out", str(usb / "copihues.minga")))
    ok(rosa("--microcentre", made["id"][:6], "invite", "--out", str(usb / "araucarias.minga")))
    ana, pedro = Cli(tmp_path / "ana"), Cli(tmp_path / "pedro")
    for cli, who, invitation in ((ana, ANA, "copihues"), (pedro, PEDRO, "araucarias")):
        ok(cli("init", "--role", "teacher", "--name", who["name"], "--school", who["school"],
               "--rbd", who["rbd"], "--accept-rbd"))  # fmt: skip
        ok(cli("import", str(usb / f"{invitation}.minga"), "--fingerprint-checked"))
    ok(ana("practice", "add", "--title", "Huerto escolar de Ana"))
    ok(pedro("practice", "add", "--title", "Cuentos de Pedro"))
    ok(ana("export", "--out", str(usb / "ana.minga")))
    ok(pedro("export", "--out", str(usb / "pedro.minga")))
    ok(rosa("import", str(usb / "ana.minga"), "--accept-new-members"))
    ok(rosa("--microcentre", "Las Araucarias", "import", str(usb / "pedro.minga"),
            "--accept-new-members"))  # fmt: skip
    ok(rosa("practice", "add", "--title", "Pauta para Los Copihues"))
    ok(rosa("--microcentre", "las araucarias", "practice", "add", "--title", "Pauta Araucarias"))

    ok(rosa("session", "add", "--date", "2026-04-15", "--title", "Sesión de Los Copihues"))
    arau = ("--microcentre", "Las Araucarias")
    ok(rosa(*arau, "session", "add", "--date", "2026-04-22", "--title", "Sesión Araucarias"))
    ok(rosa(*arau, "session", "add", "--date", "2026-05-20", "--title", "Segunda Araucarias"))

    def sessions(*before: str) -> list[str]:
        listed = json.loads(ok(rosa(*before, "sessions", "--year", "2026", "--json")))
        return [s["title"] for s in listed["sessions"]]

    assert sessions() == ["Sesión de Los Copihues"]
    assert sessions(*arau) == ["Sesión Araucarias", "Segunda Araucarias"]
    assert titles(rosa) == {"Huerto escolar de Ana", "Pauta para Los Copihues"}
    assert titles(rosa, "--microcentre", "Las Araucarias") == {
        "Cuentos de Pedro",
        "Pauta Araucarias",
    }
    # Pedro's bundle was not for Los Copihues: its advisor's folder there does not know him.
    refused = rosa("import", str(usb / "pedro.minga"))
    assert refused.returncode == 2, refused.stdout

    # Each network's bundle carries its own work only.
    ok(rosa("export", "--out", str(usb / "rosa-copihues.minga")))
    ok(rosa("--microcentre", "Las Araucarias", "export", "--out", str(usb / "rosa-arau.minga")))
    ok(ana("import", str(usb / "rosa-copihues.minga")))
    ok(pedro("import", str(usb / "rosa-arau.minga")))
    assert titles(ana) == {"Huerto escolar de Ana", "Pauta para Los Copihues"}
    assert titles(pedro) == {"Cuentos de Pedro", "Pauta Araucarias"}
    for cli, own in (
        (ana, ["Sesión de Los Copihues"]),
        (pedro, ["Sesión Araucarias", "Segunda Araucarias"]),
    ):
        listed = json.loads(ok(cli("sessions", "--year", "2026", "--json")))
        assert [s["title"] for s in listed["sessions"]] == own
    # A bundle of one network does not open in the other network's teacher's Minga.
    assert ana("import", str(usb / "rosa-arau.minga")).returncode == 2


def test_choosing_a_microcentre_by_name_id_or_prefix(tmp_path: Path, sync_cli_env: Path) -> None:
    rosa = Cli(tmp_path / "rosa")
    ok(rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues"))
    coigues = json.loads(ok(rosa("microcentro", "new", "--name", "Los Coigües", "--json")))
    ok(rosa("microcentro", "new", "--name", "Ñuble Costa"))

    def current(*wanted: str) -> str:
        document = json.loads(ok(rosa("--microcentre", *wanted, "microcentro", "list", "--json")))
        return next(n["name"] for n in document["microcentros"] if n["current"])

    assert current("los coigues") == "Los Coigües"
    assert current("LOS COPIHUES") == "Los Copihues"
    assert current("nuble") == "Ñuble Costa"
    assert current(coigues["id"]) == "Los Coigües"
    assert current(coigues["id"][:5]) == "Los Coigües"

    ambiguous = rosa("--microcentre", "los co", "practice", "list", lang="es")
    assert ambiguous.returncode == 2
    assert "más de un microcentro" in ambiguous.stderr
    assert "Los Coigües" in ambiguous.stderr
    assert "Los Copihues" in ambiguous.stderr
    missing = rosa("--microcentre", "Las Vertientes", "practice", "list", lang="es")
    assert missing.returncode == 2
    assert "No hay un microcentro «Las Vertientes»" in missing.stderr
    again = rosa("microcentro", "new", "--name", "los coigues", lang="es")
    assert again.returncode == 2
    assert "Ya hay un microcentro" in again.stderr
    figures = json.loads(ok(rosa("microcentro", "figures", "--json")))
    assert [c["microcentre"]["name"] for c in figures["microcentros"]] == [
        "Los Copihues",
        "Los Coigües",
        "Ñuble Costa",
    ]
    assert all(c["sessions_held"] == 0 for c in figures["microcentros"])
    assert "sesiones realizadas: 0 de 0" in ok(rosa("microcentro", "figures", lang="es"))
    text = ok(rosa("microcentro", "list", lang="es"))
    assert "* Los Copihues" in text
    assert "Ñuble Costa" in text


@pytest.mark.parametrize("real", [False, True], ids=["in-process", "subprocess"])
def test_a_teacher_belongs_to_one_network(tmp_path: Path, sync_cli_env: Path, real: bool) -> None:
    ana = Cli(tmp_path / "ana", real=real)
    ok(ana("init", "--role", "teacher", "--name", ANA["name"], "--school", ANA["school"],
           "--rbd", ANA["rbd"], "--accept-rbd", "--microcentre", "Los Copihues"))  # fmt: skip
    refused = ana("microcentro", "new", "--name", "Otro", lang="es")
    assert refused.returncode == 2
    assert "Solo una asesora" in refused.stderr or "Solo un" in refused.stderr
    assert not (tmp_path / "ana" / "microcentros").exists() or not any(
        p for p in (tmp_path / "ana" / "microcentros").iterdir() if not p.name.startswith(".")
    )
    assert ana("microcentro", "figures").returncode == 2
    listed = json.loads(ok(ana("microcentro", "list", "--json")))["microcentros"]
    assert [n["name"] for n in listed] == ["Los Copihues"]
