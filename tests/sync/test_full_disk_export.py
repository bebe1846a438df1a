"""An export onto a nearly full USB stick (a real 64 KB tmpfs with 8 KB free, when the
tests run as root; otherwise the write fails with ENOSPC through a patched write): a
sentence, exit status 2, no bundle and no partial file left on the stick."""

from __future__ import annotations

import errno
import os
import secrets
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from minga.i18n import catalog
from minga.sync.errors import WriteBundleError
from tests.sync.conftest import Network


@pytest.fixture
def nearly_full(tmp_path: Path) -> Iterator[Path]:
    stick = tmp_path / "usb"
    stick.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (the ENOSPC test below still runs)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(stick)], check=False
    )
    if mounted.returncode != 0:
        pytest.skip("tmpfs could not be mounted here")
    try:
        filler = stick / "otros-archivos.bin"
        with filler.open("wb") as handle:
            handle.write(b"\0" * (64 - 8) * 1024)
        yield stick
    finally:
        subprocess.run(["umount", str(stick)], check=False)


def _big_practices(network: Network) -> None:
    for number in range(3):  # random text does not compress: the bundle is ~60 KB
        network.ana.add_practice(f"Práctica {number}", description=secrets.token_hex(10_000))


def test_export_on_a_nearly_full_disk_is_a_sentence_and_leaves_nothing(
    network: Network, nearly_full: Path
) -> None:
    _big_practices(network)
    before = sorted(p.name for p in nearly_full.iterdir())
    with pytest.raises(WriteBundleError) as info:
        network.ana.export(nearly_full / "ana.minga")
    message = info.value.message(catalog("en"))  # type: ignore[attr-defined]
    assert "could not be written" in message
    assert "No space left on device" in message
    assert sorted(p.name for p in nearly_full.iterdir()) == before
    assert not any(network.ana.ws.dirs.tmp.iterdir())


def test_export_when_the_write_fails_with_enospc(
    network: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minga.sync import container

    _big_practices(network)
    real_encrypt = container.encrypt

    def encrypt_onto_a_full_disk(plain, out, recipients):
        real_encrypt(plain, _Full(out), recipients)

    monkeypatch.setattr(container, "encrypt", encrypt_onto_a_full_disk)
    out = tmp_path / "usb" / "ana.minga"
    with pytest.raises(WriteBundleError):
        network.ana.export(out)
    assert not out.parent.exists() or not any(out.parent.iterdir())


class _Full:
    """A file object whose writes fail once 8 KB are written, like a full disk."""

    def __init__(self, inner):
        self.inner = inner
        self.written = 0

    def write(self, data) -> int:
        self.written += len(data)
        if self.written > 8 * 1024:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self.inner.write(data)

    def __getattr__(self, name):
        return getattr(self.inner, name)
