"""`minga territory …` end to end on the command line: an advisor with two microcentros
and her coordinator exchange the invitation and the card (fingerprints confirmed), the
advisor reads what will leave and exports the report, the hub imports it once; in
Spanish, as the person reads it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli
from tests.sync.conftest import ROSA


def ok(result) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def test_an_advisor_reports_her_two_microcentros_to_the_hub(
    tmp_path: Path, sync_cli_env: Path
) -> None:
    usb = tmp_path / "pendrive"
    usb.mkdir()
    rosa, hub = Cli(tmp_path / "rosa"), Cli(tmp_path / "hub")
    ok(rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues"))
    ok(rosa("microcentro", "new", "--name", "Las Araucarias", "--region", "Maule",
            "--commune", "Cauquenes"))  # fmt: skip
    ok(rosa("practice", "add", "--title", "Huerto escolar y fracciones"))
    ok(rosa("--microcentre", "araucarias", "practice", "add", "--title", "Cuentos del estero"))
    ok(rosa("practice", "add", "--title", "Diario íntimo de Rosa", "--visibility", "private"))
    ok(hub("init", "--role", "coordinator", "--name", "Marta Soto",
           "--territory", "SLEP Maule Costa"))  # fmt: skip

    ok(rosa("territory", "invite", "--out", str(usb / "invitacion.minga")))
    unchecked = hub("territory", "accept", str(usb / "invitacion.minga"), lang="es")
    assert unchecked.returncode == 2
    assert "Los Copihues, Las Araucarias" in unchecked.stdout
    assert "--fingerprint-checked" in unchecked.stderr
    assert "No se cambió nada" in unchecked.stderr
    accepted = ok(hub("territory", "accept", str(usb / "invitacion.minga"), "--yes", lang="es"))
    assert "ya es asesora de este territorio" in accepted
    card = usb / "tarjeta-coordinacion.minga"
    assert card.exists()
    said = ok(rosa("territory", "coordinator", str(card), "--fingerprint-checked", lang="es"))
    assert "Tus informes al territorio irán a Marta Soto (SLEP Maule Costa)" in said

    listed = json.loads(ok(rosa("territory", "contents", "--json", lang="es")))
    assert [n["name"] for n in listed["networks"]] == ["Los Copihues", "Las Araucarias"]
    assert "las autoevaluaciones" in listed["never"]
    assert "attendance" in listed["indicators"]
    none = json.loads(ok(rosa("territory", "contents", "--year", "2001", "--json")))
    assert [n["years"] for n in none["networks"]] == [[], []]  # only the year asked for
    shown = ok(rosa("territory", "contents", lang="es"))
    assert "Nunca lleva:" in shown
    assert "las direcciones de correo" in shown

    report = usb / "informe.minga"
    written = ok(rosa("territory", "export", "--out", str(report), lang="es"))
    assert "para Marta Soto (SLEP Maule Costa): 2 microcentros" in written
    imported = ok(hub("territory", "import", str(report), lang="es"))
    assert "Los Copihues, Las Araucarias" in imported
    again = ok(hub("territory", "import", str(report), lang="es"))
    assert "ya estaba importado" in again
    folder = json.loads(ok(hub("territory", "import", "--folder", str(usb), "--json")))
    assert folder == []  # the invitation and the card are no reports; the report was seen

    # A teacher's bundle command given the report says what it is (the hub's key opens it).
    refused = rosa("territory", "import", str(report), lang="es")
    assert refused.returncode == 2
    assert "coordinación" in refused.stderr
    on_the_hub = hub("import", str(report), lang="es")
    assert on_the_hub.returncode == 2
    assert "«minga territory import»" in on_the_hub.stderr

    # The hub manages its advisors: the list, then Rosa no longer reports.
    listed = json.loads(ok(hub("territory", "advisors", "--json")))
    assert [(a["name"], a["status"], a["reports"]) for a in listed] == [(ROSA, "active", 1)]
    assert listed[0]["fingerprint"] in unchecked.stdout  # the one she read
    assert [n["name"] for n in listed[0]["networks"]] == ["Las Araucarias", "Los Copihues"]
    assert all(n["still_reported"] for n in listed[0]["networks"])
    shown = ok(hub("territory", "advisors", lang="es"))
    assert "activa" in shown
    assert "Último informe" in shown
    unsaid = hub("territory", "advisor", "remove", "rosa", lang="es")
    assert unsaid.returncode == 2
    assert "Motivo" in unsaid.stderr
    removed = ok(
        hub("territory", "advisor", "remove", "rosa", "--reason", "Dejó el SLEP en julio",
            lang="es")
    )  # fmt: skip
    assert "Rosa" in removed
    assert "ya no informa" in removed
    listed = json.loads(ok(hub("territory", "advisors", "--json")))
    assert listed[0]["status"] == "removed"
    assert listed[0]["reason"] == "Dejó el SLEP en julio"
    assert not any(n["still_reported"] for n in listed[0]["networks"])
    shown = ok(hub("territory", "advisors", lang="es"))
    assert "Dejó el SLEP en julio" in shown
    assert "sus últimas cifras" in shown
    # Her next report is refused with a sentence that says why; nothing changes.
    later = usb / "informe-agosto.minga"
    ok(rosa("territory", "export", "--out", str(later)))
    refused = hub("territory", "import", str(later), lang="es")
    assert refused.returncode == 2
    assert "ya no informa a este territorio" in refused.stderr
    assert "Dejó el SLEP en julio" in refused.stderr
    assert "No se cambió nada" in refused.stderr
    again = hub("territory", "advisor", "remove", "rosa", "--reason", "otra vez", lang="es")
    assert again.returncode == 2
    nobody = hub("territory", "advisor", "remove", "Carla", "--reason", "x", lang="es")
    assert nobody.returncode == 2
    assert ROSA in nobody.stderr  # the sentence lists the territory's advisors
