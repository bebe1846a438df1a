"""Keys that outlive a laptop (issue 15, items 1 and 2), through real bundles on disk.

(a) A backup with keys made on Ana's computer, restored into a new folder with an empty
    keyring (her new computer): it reads the advisor's next bundle made for her, and its
    own next bundle is accepted by the advisor. A wrong passphrase changes nothing, and
    the standard `age` tool opens the sealed keys with the passphrase.
(b) Ana lost her computer and her keys: the advisor invites her back ("Volver a
    incorporar"); a fresh installation becomes Ana (same person id) with new keys; the
    advisor accepts them after comparing fingerprints; her old keys are refused at the
    advisor and, once the roster travels, at Pedro's; her new keys are accepted by both.

Nothing is mocked but the OS keyring (a real keyring backend in memory, one per
"computer"); `age` is the Debian package, driven through a pseudo-terminal because it
reads passphrases from the terminal only.
"""

from __future__ import annotations

import os
import pty
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.conftest import snapshot
from tests.support.file_keyring import MemoryKeyring
from tests.sync.conftest import Device, Network, refused_unchanged

PASSPHRASE = "copihue rojo 2026"


def _age_decrypt(path: Path, passphrase: str, out: Path) -> int:
    """`age --decrypt -o out path`, typing the passphrase at its terminal prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover (the child)
        os.execvp("age", ["age", "--decrypt", "-o", str(out), str(path)])
    seen = b""
    sent = False
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if not sent and b"passphrase" in seen.lower():
            os.write(fd, passphrase.encode("utf-8") + b"\n")
            sent = True
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _titles(device: Device) -> set[str]:
    """Live practice titles (the connection closed at once: a refused import compares the
    data folder byte for byte, and a connection left to the garbage collector keeps WAL
    files around)."""
    conn = sqlite3.connect(device.ws.dirs.database)
    try:
        return {r[0] for r in conn.execute("SELECT title FROM practices WHERE deleted = 0")}
    finally:
        conn.close()


def test_a_backup_with_keys_moves_her_identity_to_a_new_computer(
    network: Network, tmp_path: Path
) -> None:
    from minga.domain.errors import BackupError
    from minga.paths import DataDir
    from minga.services.backup import create_backup, restore_backup, write_recovery_sheet
    from minga.sync.keys import KeyVault

    rosa, ana = network.advisor, network.ana
    ana.add_practice("Huerto escolar con habas")
    rosa.import_(ana.export(network.path("ana")))
    fingerprint = ana.keys().public.fingerprint
    ana_id = ana.person_id

    backup = tmp_path / "usb" / "respaldo-ana.zip"
    info = create_backup(
        ana.ws.db, ana.ws.dirs, backup, keys_passphrase=PASSPHRASE, vault=ana.vault
    )
    assert info.fingerprint == fingerprint
    with zipfile.ZipFile(backup) as archive:
        sealed = archive.read("minga-keys.age")
    assert sealed.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert ana.keys().signing_secret.encode() not in backup.read_bytes()
    sheet = write_recovery_sheet(ana.ws.db, info, tmp_path / "hoja.pdf", lang="es")
    assert sheet.read_bytes().startswith(b"%PDF")

    # The standard age tool opens the sealed keys with the passphrase.
    if shutil.which("age"):
        (tmp_path / "keys.age").write_bytes(sealed)
        assert _age_decrypt(tmp_path / "keys.age", PASSPHRASE, tmp_path / "keys.json") == 0
        assert ana.keys().encryption_secret in (tmp_path / "keys.json").read_text()

    # Ana's old laptop is gone; the new one has an empty keyring.
    ana.close()
    new_keyring = MemoryKeyring()
    new_root = tmp_path / "computador-nuevo"
    new_root.mkdir()
    new_vault = KeyVault(new_root, new_keyring)
    before = snapshot(new_root)
    with pytest.raises(BackupError) as wrong:
        restore_backup(DataDir(new_root), backup, passphrase="copihue azul", vault=new_vault)
    assert "passphrase does not open" in str(wrong.value)
    assert snapshot(new_root) == before
    assert new_keyring.secrets == {}

    restored = restore_backup(DataDir(new_root), backup, passphrase=PASSPHRASE, vault=new_vault)
    assert restored.fingerprint == fingerprint
    assert len(new_keyring.secrets) == 2
    new = Device(new_root, new_keyring, "ana-nueva")
    try:
        assert new.person_id == ana_id
        assert new.keys().public.fingerprint == fingerprint

        # The advisor's next bundle, made for Ana, is read on the new computer.
        rosa.add_practice("Lectura compartida en voz alta")
        new.import_(rosa.export(network.path("rosa")))
        assert "Lectura compartida en voz alta" in _titles(new)

        # Her next bundle from the new computer is accepted by the advisor.
        new.add_practice("Fracciones con semillas")
        result = rosa.import_(new.export(network.path("ana-nueva")))
        assert result.sender.fingerprint == fingerprint
        assert "Fracciones con semillas" in _titles(rosa)
    finally:
        new.close()


def test_a_member_invited_back_gets_new_keys_and_her_old_ones_are_refused_everywhere(
    network: Network, tmp_path: Path
) -> None:
    from minga.sync.errors import RejoiningMemberError, RevokedKeyError
    from minga.sync.membership import roster_version, write_invitation

    rosa, ana, pedro = network.advisor, network.ana, network.pedro
    old_fingerprint = ana.keys().public.fingerprint
    ana_id = ana.person_id
    ana.add_practice("Huerto escolar con habas")
    rosa.import_(ana.export(network.path("ana")))  # her work before the laptop was lost
    rosa.add_practice("Lectura compartida en voz alta")
    # Bundles signed with her old keys, still on a USB stick somewhere.
    ana.add_practice("Radio escolar")
    old_for_rosa = ana.export(network.path("ana-vieja"))
    old_for_pedro = ana.export(network.path("ana-vieja-pedro"), to=pedro.person_id)

    invitation = tmp_path / "volver.minga"
    info = write_invitation(rosa.ws, invitation, rosa.vault, rejoin="Ana María Huenchumilla")
    assert info.rejoin_name == "Ana María Huenchumilla"
    with rosa.ws.db.session() as session:
        version_before = roster_version(session)

    # Her new computer: a fresh installation (not set up) that becomes Ana.
    new = Device(tmp_path / "ana-nueva", network.ana.backend, "ana-nueva")
    try:
        joined = new.import_(invitation)
        assert joined.rejoined
        assert new.person_id == ana_id
        new_fingerprint = joined.own_fingerprint
        assert new_fingerprint != old_fingerprint
        assert joined.advisor_fingerprint == rosa.keys().public.fingerprint
        new.add_practice("Fracciones con semillas")
        first = new.export(network.path("ana-nueva"))

        # The advisor compares fingerprints before taking the new keys.
        error = refused_unchanged(rosa, [first], RejoiningMemberError)
        assert new_fingerprint in str(error)
        accepted = rosa.import_(first, accept_new_members=True)
        assert accepted.accepted_member
        assert "Fracciones con semillas" in _titles(rosa)
        with rosa.ws.db.session() as session:
            assert roster_version(session) > version_before
        with rosa.ws.db.session() as session:
            from minga.store.models import Person

            assert session.get(Person, ana_id).signing_key == new.keys().public.signing_key

        # Her old keys: refused at the advisor, with a sentence saying why.
        revoked = refused_unchanged(rosa, [old_for_rosa], RevokedKeyError)
        assert "revoked" in str(revoked)
        refused_unchanged(rosa, [old_for_rosa], RevokedKeyError, accept_new_members=True)

        # The roster travels: Pedro refuses her old keys and takes her new ones.
        consolidated = rosa.export(network.path("rosa"))
        pedro.import_(consolidated)
        refused_unchanged(pedro, [old_for_pedro], RevokedKeyError)
        new.add_practice("Cuentos mapuches")
        pedro.import_(new.export(network.path("ana-pedro"), to=pedro.person_id))
        assert "Cuentos mapuches" in _titles(pedro)

        # Her new computer reads the advisor's bundles: the network's work, and hers from
        # before, come back to her.
        new.import_(consolidated)
        titles = _titles(new)
        assert {"Lectura compartida en voz alta", "Huerto escolar con habas"} <= titles
        assert "Radio escolar" not in titles  # only on the lost laptop, never accepted
        # ... and the old computer, if it turns up, is refused by both.
        refused_unchanged(rosa, [ana.export(network.path("ana-vuelve"))], RevokedKeyError)
    finally:
        new.close()


def test_an_invitation_back_is_for_a_new_installation_or_her_own(
    network: Network, tmp_path: Path
) -> None:
    from minga.sync.errors import RejoinNotAllowedError, RejoinOtherPersonError
    from minga.sync.membership import write_invitation

    rosa, pedro = network.advisor, network.pedro
    invitation = tmp_path / "volver.minga"
    write_invitation(rosa.ws, invitation, rosa.vault, rejoin=network.ana.person_id)
    # Pedro's installation cannot become Ana.
    refused_unchanged(pedro, [invitation], RejoinOtherPersonError)
    # The advisor cannot invite herself back.
    with pytest.raises(RejoinNotAllowedError):
        write_invitation(rosa.ws, tmp_path / "x.minga", rosa.vault, rejoin=rosa.person_id)
    assert not (tmp_path / "x.minga").exists()
    conn = sqlite3.connect(rosa.ws.dirs.database)
    try:
        pending = conn.execute("SELECT key FROM meta WHERE key LIKE 'sync_rejoin:%'").fetchall()
    finally:
        conn.close()
    assert pending == [(f"sync_rejoin:{network.ana.person_id}",)]
