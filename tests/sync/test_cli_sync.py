"""invite, export, import and identity through the command line (tests/support/cli.py).

An advisor and two teachers, each with their own data folder, exchange files in a
folder. The OS keyring is replaced by tests.support.file_keyring.FileKeyring (a real
keyring backend keeping secrets in a JSON file), so no developer keyring is touched.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest

from tests.conftest import Cli, snapshot
from tests.sync.conftest import ANA, PEDRO, ROSA


def ok(result) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def rejected(cli: Cli, *args: str, expect: str) -> str:
    cli.data_dir.mkdir(parents=True, exist_ok=True)
    before = snapshot(cli.data_dir)
    result = cli(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert expect in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(cli.data_dir) == before
    return result.stderr


@pytest.fixture
def people(tmp_path: Path, sync_cli_env: Path) -> tuple[Cli, Cli, Cli, Path]:
    rosa, ana, pedro = (Cli(tmp_path / name) for name in ("rosa", "ana", "pedro"))
    ok(rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues"))
    for cli, who in ((ana, ANA), (pedro, PEDRO)):
        ok(cli("init", "--role", "teacher", "--name", who["name"], "--school", who["school"],
               "--rbd", who["rbd"], "--accept-rbd"))  # fmt: skip
    folder = tmp_path / "pendrive"
    folder.mkdir()
    return rosa, ana, pedro, folder


def test_advisor_and_teachers_converge_through_a_folder(people) -> None:
    rosa, ana, pedro, usb = people
    advisor_id = json.loads(ok(rosa("identity", "--json")))
    invited = ok(rosa("invite", "--out", str(usb / "invitacion.minga")))
    assert advisor_id["fingerprint"] in invited

    # The teacher compares the advisor's fingerprint before joining (issue 15).
    rejected(ana, "import", str(usb / "invitacion.minga"), expect="--fingerprint-checked")
    joined = ok(ana("import", str(usb / "invitacion.minga"), "--fingerprint-checked"))
    assert advisor_id["fingerprint"] in joined
    ok(pedro("import", str(usb / "invitacion.minga"), "--yes"))
    ana_id = json.loads(ok(ana("identity", "--json")))
    assert ana_id["advisor"]["fingerprint"] == advisor_id["fingerprint"]

    ok(ana("practice", "add", "--title", "Huerto escolar con habas"))
    ok(ana("practice", "add", "--title", "Diario íntimo", "--visibility", "private"))
    ok(ana("practice", "add", "--title", "Dudas para la asesora", "--visibility", "advisor"))
    exported = ok(ana("export", "--out", str(usb / "ana-1.minga")))
    assert ROSA in exported

    refusal = rejected(rosa, "import", str(usb / "ana-1.minga"), expect=ana_id["fingerprint"])
    assert "--accept-new-members" in refusal
    summary = ok(rosa("import", str(usb / "ana-1.minga"), "--accept-new-members"))
    assert "practices: 2 new" in summary
    assert f"{ANA['name']} is now a member" in summary

    ok(pedro("practice", "add", "--title", "Tiendita escolar"))
    ok(pedro("export", "--out", str(usb / "pedro-1.minga")))
    ok(rosa("import", str(usb / "pedro-1.minga"), "--accept-new-members"))

    result = json.loads(ok(rosa("export", "--out", str(usb / "rosa-1.minga"), "--json")))
    assert {r["name"] for r in result["recipients"]} == {ANA["name"], PEDRO["name"]}
    assert result["consolidated"] is True
    assert set(result) >= {"files", "bundle_id", "counts", "records", "size", "seq_max"}

    imported = json.loads(ok(pedro("import", str(usb / "rosa-1.minga"), "--json")))
    assert imported[0]["sender"]["fingerprint"] == advisor_id["fingerprint"]
    assert imported[0]["totals"]["new"] > 0
    titles = {p["title"] for p in json.loads(ok(pedro("practice", "list", "--json")))["practices"]}
    assert titles == {"Huerto escolar con habas", "Tiendita escolar"}
    ok(ana("import", str(usb / "rosa-1.minga")))

    # Teacher to teacher, now that the advisor vouched for both.
    ok(pedro("practice", "add", "--title", "Cuentos mapuche en voz alta"))
    ok(pedro("export", "--out", str(usb / "pedro-ana.minga"), "--to", ana_id["person_id"]))
    ok(ana("import", str(usb / "pedro-ana.minga")))
    listed = ok(ana("practice", "list", "--search", "mapuche"))
    assert "Cuentos mapuche en voz alta" in listed

    # The same bundle again changes nothing.
    again = ok(ana("import", str(usb / "pedro-ana.minga")))
    assert "nothing changed" in again

    # Refusals: someone else's bundle, a newer format, not a bundle.
    rejected(rosa, "import", str(usb / "pedro-ana.minga"), expect="not addressed to you")
    newer = usb / "futuro.minga"
    newer.write_bytes(b"MINGA-BUNDLE 7\n" + (usb / "ana-1.minga").read_bytes()[15:])
    rejected(ana, "import", str(newer), expect="Update Minga")
    photo = usb / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a bundle")
    rejected(ana, "import", str(photo), expect="is not a Minga bundle")


def test_export_options_and_usage_errors(people) -> None:
    rosa, ana, _pedro, usb = people
    ok(rosa("invite", "--out", str(usb / "inv.minga")))
    ok(ana("import", str(usb / "inv.minga"), "--fingerprint-checked"))
    for number in range(6):  # random text does not compress: several parts of 64 KiB
        # `=`: a token may start with "-", which argparse would take for an option.
        ok(ana("practice", "add", "--title", f"Práctica {number}",
               f"--description={secrets.token_urlsafe(14_000)}"))  # fmt: skip
    split = json.loads(ok(ana("export", "--out", str(usb / "partes.minga"), "--split-mb",
                              "0.0625", "--json")))  # fmt: skip
    assert len(split["files"]) >= 2
    assert not (usb / "partes.minga").exists()
    summary = ok(rosa("import", split["files"][0], "--accept-new-members"))
    assert "practices: 6 new" in summary

    human = ok(ana("export", "--out", str(usb / "completo.minga"), "--full"))
    assert "(--full)" in human

    assert ana("export").returncode == 1
    assert ana("export", "--out", "x.minga", "--to", "y", "--all").returncode == 1
    assert ana("export", "--out", "x.minga", "--split-mb", "0").returncode == 1
    assert ana("import").returncode == 1
    rejected(ana, "export", "--out", str(usb / "todos.minga"), "--all", expect="Only the advisor")
    rejected(ana, "invite", "--out", str(usb / "inv2.minga"), expect="Only the advisor")
    assert not (usb / "todos.minga").exists()
