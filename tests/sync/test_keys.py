"""Keys: made on first need, private halves in the keyring or a passphrase-protected file.

The OS keyring is replaced by real keyring backends from tests.support.file_keyring
(in memory, in a JSON file, or one that always fails); nothing else is mocked.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
import subprocess
from pathlib import Path

import pytest

from minga.store.models import Person
from minga.sync import errors
from minga.sync.keys import (
    KEY_FILE,
    SERVICE,
    DeviceKeys,
    KeyVault,
    ensure_keys,
    fingerprint,
    new_keys,
)
from tests.conftest import Cli
from tests.support.file_keyring import BrokenKeyring, MemoryKeyring
from tests.sync.conftest import ANA, Device

FINGERPRINT = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$")


def no_prompt(_path: Path, _new: bool) -> None:
    return None


def test_fingerprints_are_short_readable_and_stable() -> None:
    keys = DeviceKeys.generate("p", "d")
    other = DeviceKeys.generate("p", "d")
    printed = fingerprint(keys.public.signing_key)
    assert FINGERPRINT.match(printed)
    assert printed == keys.public.fingerprint == fingerprint(keys.public.signing_key)
    assert printed != other.public.fingerprint
    assert not set(printed) & set("ILOU")  # Crockford: no letters mistaken for digits


def test_keys_live_in_the_keyring_under_person_and_device(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    device = Device(tmp_path / "ana", backend).init("teacher", **ANA)
    info = device.ws
    with info.db.session() as session:
        keys = ensure_keys(session, device.vault)
        person = session.get(Person, keys.person_id)
        assert person.signing_key == keys.public.signing_key
        assert person.encryption_key == keys.public.encryption_key
        assert person.encryption_key.startswith("age1")
    names = {name for service, name in backend.secrets if service == SERVICE}
    base = f"{keys.person_id}/{keys.device_id}"
    assert names == {f"{base}/signing", f"{base}/encryption"}
    assert backend.secrets[(SERVICE, f"{base}/encryption")].startswith("AGE-SECRET-KEY-1")
    assert not (tmp_path / "ana" / KEY_FILE).exists()
    assert device.vault.storage().kind == "keyring"
    with info.db.session() as session:
        again = ensure_keys(session, device.vault)
    assert again == keys
    device.close()


def test_without_a_keyring_the_keys_go_to_a_passphrase_protected_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("MINGA_KEY_PASSPHRASE", "copihue rojo en la ventana")
    monkeypatch.setattr("minga.sync.keys._warned", False)
    root = tmp_path / "ana"
    device = Device(root, None).init("teacher", **ANA)
    device.vault = KeyVault(root, use_system_keyring=False, prompt=no_prompt)
    with (
        caplog.at_level(logging.WARNING, logger="minga.sync.keys"),
        device.ws.db.session() as session,
    ):
        keys = ensure_keys(session, device.vault)
    assert "No se encontró un llavero del sistema" in caplog.text  # Spanish by default
    key_file = root / KEY_FILE
    text = key_file.read_text()
    assert keys.signing_secret not in text
    assert keys.encryption_secret not in text
    assert "AGE-SECRET-KEY" not in text
    document = json.loads(text)
    assert document["kdf"]["name"] == "scrypt"
    assert document["cipher"] == "chacha20-poly1305"
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    storage = device.vault.storage()
    assert (storage.kind, storage.path, storage.warning) == ("file", str(key_file), True)
    # A new process (a new vault) opens it with the same passphrase...
    assert KeyVault(root, use_system_keyring=False).load(keys.person_id, keys.device_id) == keys
    # ...and not with another one.
    monkeypatch.setenv("MINGA_KEY_PASSPHRASE", "otra frase")
    with pytest.raises(errors.WrongPassphraseError):
        KeyVault(root, use_system_keyring=False).load(keys.person_id, keys.device_id)
    device.close()


def test_without_keyring_or_passphrase_the_user_is_told_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MINGA_KEY_PASSPHRASE", raising=False)
    root = tmp_path / "ana"
    device = Device(root, None).init("teacher", **ANA)
    device.vault = KeyVault(root, use_system_keyring=False, prompt=no_prompt)
    with pytest.raises(errors.NoPassphraseError) as info, device.ws.db.session() as session:
        ensure_keys(session, device.vault)
    assert "MINGA_KEY_PASSPHRASE" in str(info.value)
    assert not (root / KEY_FILE).exists()
    device.close()


def test_a_failing_keyring_falls_back_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINGA_KEY_PASSPHRASE", "frase")
    root = tmp_path / "ana"
    device = Device(root, BrokenKeyring()).init("teacher", **ANA)
    with device.ws.db.session() as session:
        keys = ensure_keys(session, device.vault)
    assert device.vault.storage().kind == "file"
    assert KeyVault(root, BrokenKeyring()).load(keys.person_id, keys.device_id) == keys
    device.close()


def test_lost_private_keys_are_not_silently_replaced(tmp_path: Path) -> None:
    device = Device(tmp_path / "ana", MemoryKeyring()).init("teacher", **ANA)
    with device.ws.db.session() as session:
        old = ensure_keys(session, device.vault)
    device.vault = KeyVault(device.root, MemoryKeyring())  # another computer's keyring
    with pytest.raises(errors.KeysMissingError) as info, device.ws.db.session() as session:
        ensure_keys(session, device.vault)
    assert "--with-keys" in str(info.value)
    assert "Volver a incorporar" in str(info.value)
    with device.ws.db.session() as session:
        fresh = new_keys(session, device.vault)
        assert session.get(Person, fresh.person_id).signing_key == fresh.public.signing_key
    assert fresh.public != old.public
    device.close()


def test_identity_on_the_command_line(tmp_path: Path, sync_cli_env: Path) -> None:
    cli = Cli(tmp_path / "ana")
    init = cli("init", "--role", "teacher", "--name", ANA["name"], "--school", ANA["school"],
               "--rbd", ANA["rbd"])  # fmt: skip
    assert init.returncode == 0, init.stderr
    result = cli("identity", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document) == {
        "device_id", "person_id", "name", "role", "fingerprint", "signing_key",
        "encryption_key", "key_storage", "system_keyring", "advisor",
    }  # fmt: skip
    assert FINGERPRINT.match(document["fingerprint"])
    assert document["key_storage"]["kind"] == "keyring"
    assert document["system_keyring"] is True
    stored = json.loads(sync_cli_env.read_text())
    assert any(name.endswith("/signing") for name in stored)
    again = json.loads(cli("identity", "--json").stdout)
    assert again["fingerprint"] == document["fingerprint"]
    human = cli("identity")
    assert f"Fingerprint: {document['fingerprint']}" in human.stdout
    assert "system keyring" in human.stdout


def _run(data_dir: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Like tests.conftest.Cli, never attached to a terminal (no passphrase prompt)."""
    return Cli(data_dir)(*args, env=env)


def test_identity_says_when_there_is_no_keyring(tmp_path: Path) -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    data = tmp_path / "ana"
    _run(data, "init", "--role", "teacher", "--name", "Ana", "--school", "E", "--rbd", "4478-4",
         env=env)  # fmt: skip
    refused = _run(data, "identity", env={**env, "MINGA_KEY_PASSPHRASE": ""})
    assert refused.returncode == 2
    assert "MINGA_KEY_PASSPHRASE" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (data / KEY_FILE).exists()
    shown = _run(data, "identity", env={**env, "MINGA_KEY_PASSPHRASE": "frase larga"})
    assert shown.returncode == 0, shown.stderr
    assert "No system keyring was found" in shown.stdout
    assert str(data / KEY_FILE) in shown.stdout
    assert "No system keyring was found on this computer" in shown.stderr  # the warning


def test_a_keyring_that_fails_is_never_reported_as_holding_the_keys(tmp_path: Path) -> None:
    """Before any key is made, the Sincronizar area and `identity` say where keys will
    live: a keyring that answers with errors (locked, broken) means the file."""
    vault = KeyVault(tmp_path / "ana", BrokenKeyring())
    storage = vault.storage()
    assert storage.kind == "file"
    assert storage.path == str(tmp_path / "ana" / "keys.json")
    assert KeyVault(tmp_path / "rosa", MemoryKeyring()).storage().kind == "keyring"
