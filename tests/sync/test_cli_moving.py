"""Issue 15 (items 1 and 2) on the command line: joining asks for the advisor's
fingerprint, `invite --rejoin` brings a member back with new keys, and `backup
--with-keys` / `restore` move an identity, all through files in a folder (the keyring is
tests.support.file_keyring.FileKeyring, a real backend keeping secrets in a JSON file).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli, snapshot
from tests.sync.conftest import ANA, ROSA
from tests.sync.test_cli_sync import ok, rejected


def test_invite_back_and_move_with_a_backup_on_the_command_line(
    tmp_path: Path, sync_cli_env: Path
) -> None:
    rosa, ana = Cli(tmp_path / "rosa"), Cli(tmp_path / "ana")
    usb = tmp_path / "pendrive"
    usb.mkdir()
    ok(rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues"))
    ok(ana("init", "--role", "teacher", "--name", ANA["name"], "--school", ANA["school"],
           "--rbd", ANA["rbd"], "--accept-rbd"))  # fmt: skip
    advisor = json.loads(ok(rosa("identity", "--json")))
    ok(rosa("invite", "--out", str(usb / "invitacion.minga")))

    # Joining: the advisor's fingerprint first; without a terminal, a sentence saying how.
    refusal = ana("import", str(usb / "invitacion.minga"))
    assert refusal.returncode == 2
    assert advisor["fingerprint"] in refusal.stdout
    assert "--fingerprint-checked" in refusal.stderr
    ok(ana("import", str(usb / "invitacion.minga"), "--fingerprint-checked"))
    ok(ana("export", "--out", str(usb / "ana-1.minga")))
    ok(rosa("import", str(usb / "ana-1.minga"), "--accept-new-members"))
    old = json.loads(ok(ana("identity", "--json")))
    rejected(ana, "identity", "--new-keys", expect="invite you back")
    ok(ana("practice", "add", "--title", "Huerto escolar con habas"))
    ok(ana("export", "--out", str(usb / "ana-vieja.minga")))

    # Ana lost her laptop: the advisor invites her back; a new folder becomes her.
    said = ok(rosa("invite", "--rejoin", ANA["name"], "--out", str(usb / "volver.minga")))
    assert advisor["fingerprint"] in said
    nueva = Cli(tmp_path / "ana-nueva")
    welcome = ok(nueva("import", str(usb / "volver.minga"), "--yes"))
    new = json.loads(ok(nueva("identity", "--json")))
    assert new["person_id"] == old["person_id"]
    assert new["fingerprint"] != old["fingerprint"]
    assert new["fingerprint"] in welcome
    ok(nueva("export", "--out", str(usb / "ana-nueva.minga")))
    asked = rejected(rosa, "import", str(usb / "ana-nueva.minga"), expect=new["fingerprint"])
    assert "invited back" in asked
    ok(rosa("import", str(usb / "ana-nueva.minga"), "--accept-new-members"))
    revoked = rejected(rosa, "import", str(usb / "ana-vieja.minga"), expect="revoked")
    assert old["fingerprint"] in revoked

    # Moving the new computer's Minga once more, this time with a backup with keys.
    rejected(nueva, "backup", "--with-keys", "--out", str(usb / "r.zip"),
             expect="--passphrase-file")  # fmt: skip
    short = usb / "corta.txt"
    short.write_text("corta\n", encoding="utf-8")
    rejected(nueva, "backup", "--with-keys", "--passphrase-file", str(short),
             "--out", str(usb / "r.zip"), expect="at least 8")  # fmt: skip
    secret = usb / "frase.txt"
    secret.write_text("copihue rojo 2026\n", encoding="utf-8")
    sheet = usb / "hoja.pdf"
    made = ok(nueva("backup", "--with-keys", "--passphrase-file", str(secret),
                    "--out", str(usb / "respaldo.zip"), "--sheet", str(sheet)))  # fmt: skip
    assert new["fingerprint"] in made
    assert sheet.read_bytes().startswith(b"%PDF")
    assert "copihue rojo" not in made

    otra = Cli(tmp_path / "otra")
    otra.data_dir.mkdir()
    wrong = usb / "mala.txt"
    wrong.write_text("copihue azul 2026\n", encoding="utf-8")
    before = snapshot(otra.data_dir)
    refused = otra("restore", str(usb / "respaldo.zip"), "--passphrase-file", str(wrong))
    assert refused.returncode == 2
    assert "passphrase does not open" in refused.stderr
    assert snapshot(otra.data_dir) == before
    restored = ok(otra("restore", str(usb / "respaldo.zip"), "--passphrase-file", str(secret)))
    assert new["fingerprint"] in restored
    assert json.loads(ok(otra("identity", "--json")))["fingerprint"] == new["fingerprint"]
