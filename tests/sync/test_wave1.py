"""Two versions of Minga in one network: the released wave-1 Minga against this one.

Every installation is its own data folder driven by its own `minga` process: wave 1 from
its frozen venv (tests/support/wave1.py, commit `WAVE1_COMMIT`), this Minga from the
source tree. Bundles pass through one USB folder.

What each version sees (docs/bundle-format.md, Compatibility):
- wave 1 refuses every bundle of this Minga ("made by a newer Minga (data version N).
  Update Minga"), as it was written; it cannot be changed, and nothing changes in it;
- this Minga reads wave 1's invitation and bundles (every kind wave 1 knows, filled
  with the defaults of the columns added since);
- when a wave-1 installation is updated (this Minga's migrations run on its data
  folder), it imports what it refused before, and everyone converges: nothing was lost.

Skipped when the wave-1 venv is missing (prepared by `make wave1`), except under CI
(`CI` set), where its absence fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import wave1
from tests.sync.conftest import ANA, PEDRO, ROSA

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wave1_python() -> Path:
    if not wave1.ready():
        message = f"the wave-1 Minga ({wave1.WAVE1_COMMIT[:12]}) is not prepared: make wave1"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return wave1.python()


class Installation:
    """One data folder, driven by one version's command line in real processes."""

    def __init__(self, root: Path, python: Path, keyring: Path, *, old: bool):
        self.root = root
        self.python = python
        self.keyring = keyring
        self.old = old

    def __call__(self, *args: str, expect: int = 0) -> str:
        env = dict(os.environ)
        # The wave-1 process must not see this Minga's sources; `tests` gives both the
        # file-backed keyring (the OS keyring is never touched).
        env["PYTHONPATH"] = str(ROOT) if self.old else f"{ROOT / 'desktop'}{os.pathsep}{ROOT}"
        env["PYTHON_KEYRING_BACKEND"] = "tests.support.file_keyring.FileKeyring"
        env["MINGA_TEST_KEYRING"] = str(self.keyring)
        env.pop("MINGA_KEY_PASSPHRASE", None)
        done = subprocess.run(
            [str(self.python), "-m", "minga", "--data-dir", str(self.root), "--lang", "en", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
            cwd=self.root.parent,
        )
        assert done.returncode == expect, (args, done.stdout, done.stderr)
        return done.stdout + done.stderr

    def updated(self) -> Installation:
        """The same folder, now opened by this Minga (its migrations run)."""
        return Installation(self.root, Path(sys.executable), self.keyring, old=False)

    def titles(self) -> set[str]:
        listed = json.loads(self("practice", "list", "--json", "--limit", "0"))
        return {p["title"] for p in listed["practices"]}


def _teacher(cli: Installation, who: dict[str, str]) -> None:
    cli("init", "--role", "teacher", "--name", who["name"], "--school", who["school"],
        "--rbd", who["rbd"], "--accept-rbd")  # fmt: skip


def test_a_new_advisor_with_a_wave1_teacher(tmp_path: Path, wave1_python: Path) -> None:
    usb = tmp_path / "pendrive"
    usb.mkdir()
    keyring = tmp_path / "keyring.json"
    rosa = Installation(tmp_path / "rosa", Path(sys.executable), keyring, old=False)
    ana = Installation(tmp_path / "ana", wave1_python, keyring, old=True)
    rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues")
    rosa("invite", "--out", str(usb / "invitacion.minga"))
    _teacher(ana, ANA)
    # Wave 1 reads this Minga's invitation and joins.
    assert "You joined Los Copihues" in ana("import", str(usb / "invitacion.minga"))
    ana("practice", "add", "--title", "Huerto escolar (wave 1)", "--subject", "CN")
    ana("export", "--out", str(usb / "ana-1.minga"))
    # This Minga reads wave 1's bundle.
    summary = json.loads(rosa("import", str(usb / "ana-1.minga"), "--accept-new-members", "--json"))
    assert summary[0]["kinds"]["practice"]["new"] == 1
    assert summary[0]["newer_records"] == {}
    rosa("practice", "add", "--title", "Pauta de observación (nueva)")
    rosa("export", "--out", str(usb / "rosa-1.minga"))
    # Wave 1 refuses it as it was written, and nothing changes there.
    refused = ana("import", str(usb / "rosa-1.minga"), expect=2)
    assert "made by a newer Minga" in refused
    assert "Update Minga" in refused
    assert ana.titles() == {"Huerto escolar (wave 1)"}
    # Ana updates: her folder is migrated, and the bundle she could not read arrives.
    ana = ana.updated()
    assert ana.titles() == {"Huerto escolar (wave 1)"}
    ana("import", str(usb / "rosa-1.minga"))
    assert (
        ana.titles()
        == rosa.titles()
        == {
            "Huerto escolar (wave 1)",
            "Pauta de observación (nueva)",
        }
    )
    ana("check")


def test_a_wave1_advisor_with_a_new_teacher(tmp_path: Path, wave1_python: Path) -> None:
    usb = tmp_path / "pendrive"
    usb.mkdir()
    keyring = tmp_path / "keyring.json"
    rosa = Installation(tmp_path / "rosa", wave1_python, keyring, old=True)
    pedro = Installation(tmp_path / "pedro", Path(sys.executable), keyring, old=False)
    rosa("init", "--role", "advisor", "--name", ROSA, "--microcentre", "Los Copihues")
    rosa("invite", "--out", str(usb / "invitacion.minga"))
    _teacher(pedro, PEDRO)
    # This Minga reads wave 1's invitation.
    pedro("import", str(usb / "invitacion.minga"), "--fingerprint-checked")
    pedro("practice", "add", "--title", "Tiendita escolar (nueva)", "--level", "2B")
    pedro("export", "--out", str(usb / "pedro-1.minga"))
    # Wave 1 refuses this Minga's bundle (nothing changes), and so has nobody to send to.
    refused = rosa("import", str(usb / "pedro-1.minga"), "--accept-new-members", expect=2)
    assert "made by a newer Minga" in refused
    rosa("practice", "add", "--title", "Lectura compartida (wave 1)")
    # The advisor updates: her wave-1 folder is migrated; the refused bundle now arrives,
    # and her consolidated bundle (records written by wave 1) reaches the new teacher.
    rosa = rosa.updated()
    rosa("import", str(usb / "pedro-1.minga"), "--accept-new-members")
    rosa("export", "--out", str(usb / "rosa-1.minga"))
    pedro("import", str(usb / "rosa-1.minga"))
    assert (
        pedro.titles()
        == rosa.titles()
        == {
            "Tiendita escolar (nueva)",
            "Lectura compartida (wave 1)",
        }
    )
    rosa("check")
